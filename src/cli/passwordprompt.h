#pragma once
// Reading a password a person types, for check-password and sign-in-check: from the terminal
// without echo (termios) when standard input is a terminal, otherwise one line of standard
// input (a pipe, a password manager's output). Never from the command line, where `ps` and the
// shell history would show it. The bytes go straight into a Passwords::SecretBytes; the
// buffers they passed through are wiped. Main thread.

#include <passwords/secretbytes.h>

#include <QtCore/QString>

#include <optional>

namespace Cli {

// The password, without its line ending. nullopt with *error when nothing could be read
// (end of input, an empty line, no terminal). `prompt` is written to standard error, and
// only when reading from a terminal.
std::optional<Passwords::SecretBytes> readPassword(const QString &prompt, QString *error);

} // namespace Cli
