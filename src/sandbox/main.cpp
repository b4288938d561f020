// workos-sandbox: a local WorkOS-compatible API server on 127.0.0.1 (see docs/sandbox.md).
//
// main() parses the options, starts the HttpServer with an ApiRouter as its handler, prints
// the one-line JSON handshake on stdout and runs the event loop until SIGTERM or SIGINT.

#include "apirouter.h"
#include "httpserver.h"
#include "sandboxoptions.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <memory>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int g_signalPipe[2] = {-1, -1};

// Async-signal-safe: only writes a byte; the event loop does the rest.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"workos-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WIZARD_VERSION));

    const auto parsed = Sandbox::SandboxOptions::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case Sandbox::SandboxOptions::Action::Help:
        printLine(stdout, Sandbox::SandboxOptions::helpText());
        return 0;
    case Sandbox::SandboxOptions::Action::Version:
        printLine(stdout, u"workos-sandbox "_s + QCoreApplication::applicationVersion());
        return 0;
    case Sandbox::SandboxOptions::Action::Error:
        printLine(stderr, u"workos-sandbox: "_s + parsed.error + u"\nTry --help."_s);
        return 2;
    case Sandbox::SandboxOptions::Action::Run:
        break;
    }
    Sandbox::SandboxOptions options = parsed.options;
    if (!options.seedGiven)
        options.seed = QRandomGenerator::system()->generate() & 0xffffffffu;

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        printLine(stderr, u"workos-sandbox: cannot set up signal handling"_s);
        return 1;
    }
    QSocketNotifier signalNotifier(g_signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] {
        char byte;
        [[maybe_unused]] const auto bytesRead = ::read(g_signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    ::signal(SIGPIPE, SIG_IGN);
    // A journal past the file size limit: the write fails (and is answered as an error)
    // instead of the process being killed.
    ::signal(SIGXFSZ, SIG_IGN);

    // --exit-on-stdin-close: the wizard's rehearsal sandbox never outlives the wizard. The
    // parent's end of the stdin pipe closes when it ends in any way (killed too); the
    // parent-death signal covers a parent whose stdin pipe is held by someone else.
    std::unique_ptr<QSocketNotifier> stdinNotifier;
    if (options.exitWithParent) {
        ::prctl(PR_SET_PDEATHSIG, SIGTERM);
        stdinNotifier = std::make_unique<QSocketNotifier>(STDIN_FILENO, QSocketNotifier::Read);
        QObject::connect(stdinNotifier.get(), &QSocketNotifier::activated, &app, [&stdinNotifier] {
            char buffer[256];
            const auto n = ::read(STDIN_FILENO, buffer, sizeof buffer);
            if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
                stdinNotifier->setEnabled(false);
                printLine(stderr, u"workos-sandbox: standard input closed (the program that started it is gone); stopping"_s);
                QCoreApplication::quit();
            }
        });
    }

    Sandbox::ApiRouter router(options);
    if (!options.journalPath.isEmpty()) {
        QString error;
        if (!router.openJournal(options.journalPath, &error)) {
            printLine(stderr, u"workos-sandbox: "_s + error);
            return 1;
        }
    }
    Sandbox::HttpServer server([&router](const Sandbox::HttpRequest &request) { return router.handle(request); },
                               options.stallSeconds * 1000);
    if (!server.listen(options.port)) {
        printLine(stderr, u"workos-sandbox: cannot listen on 127.0.0.1:%1: %2"_s.arg(options.port)
                              .arg(server.errorString()));
        return 1;
    }

    // The handshake: the first line on stdout, so a parent process can read the URL.
    QJsonObject handshake {
        {u"url"_s, u"http://127.0.0.1:%1"_s.arg(server.serverPort())},
        {u"keys"_s, QJsonArray::fromStringList(options.keys)},
        {u"seed"_s, qint64(options.seed)},
    };
    // A secret it made itself goes to whoever reads this line (the parent's pipe, or the
    // terminal of the person who started it), never to other local users.
    if (options.adminSecretMade)
        handshake.insert(u"admin_secret"_s, QString::fromLatin1(options.adminSecret));
    printLine(stdout, QString::fromUtf8(QJsonDocument(handshake).toJson(QJsonDocument::Compact)));

    const int status = app.exec();
    server.close();
    printLine(stderr, u"workos-sandbox: stopped after %1 API requests"_s.arg(router.stats().requests()));
    return status;
}
