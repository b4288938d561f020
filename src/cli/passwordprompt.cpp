#include "passwordprompt.h"

#include "console.h"

#include <openssl/crypto.h>

#include <array>
#include <cerrno>
#include <csignal>

#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

// The terminal's settings while echo is off, so a Ctrl+C can give the person their echo back.
struct termios g_saved {};
volatile sig_atomic_t g_echoOff = 0;

extern "C" void restoreEchoAndExit(int signal)
{
    if (g_echoOff)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

} // namespace

std::optional<Passwords::SecretBytes> readPassword(const QString &prompt, QString *error)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    struct termios quiet {};
    if (terminal) {
        if (::tcgetattr(STDIN_FILENO, &g_saved) != 0) {
            *error = u"cannot switch the terminal's echo off, so the password would show. Pipe it in instead: "
                     "... | workos-import COMMAND ..."_s;
            return std::nullopt;
        }
        quiet = g_saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        quiet.c_lflag |= ECHONL;
        std::signal(SIGINT, restoreEchoAndExit);
        std::signal(SIGTERM, restoreEchoAndExit);
        g_echoOff = 1;
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        err() << prompt;
        err().flush();
    }

    // Byte by byte up to the line end: no stdio buffer keeps a copy of what follows.
    std::array<char, 4096> buffer {};
    size_t length = 0;
    bool ended = false;
    while (length < buffer.size()) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ended = true;
            break;
        }
        if (c == '\n')
            break;
        buffer[length++] = c;
    }
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &g_saved);
        g_echoOff = 0;
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
    }
    if (length > 0 && buffer[length - 1] == '\r')
        --length;
    if (length == buffer.size()) {
        OPENSSL_cleanse(buffer.data(), buffer.size());
        *error = u"the password is longer than 4,096 bytes; no password is that long."_s;
        return std::nullopt;
    }
    if (length == 0) {
        *error = ended && !terminal ? u"no password on standard input (it was empty)."_s : u"no password was typed."_s;
        return std::nullopt;
    }
    QByteArray bytes(buffer.data(), qsizetype(length));
    OPENSSL_cleanse(buffer.data(), buffer.size());
    return Passwords::SecretBytes(std::move(bytes));
}

} // namespace Cli
