#include "followupcommand.h"

#include "console.h"

#include "engine/followup/undoer.h"
#include "engine/followup/verifier.h"
#include "report/errorreport.h"
#include "store/fileidentity.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QTimer>

#include <atomic>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli::FollowUp {

namespace {

std::atomic_int g_signal {0};

extern "C" void onFollowUpSignal(int signal)
{
    g_signal = signal;
}

} // namespace

void addCommonOptions(QCommandLineParser &p)
{
    p.addOptions({
        {u"report"_s, u"Write the report to FILE (.csv, .json or .jsonl), in the columns of the error report."_s, u"FILE"_s},
        {u"api-url"_s, u"The WorkOS API (default: the job's, or $WORKOS_API_URL)."_s, u"URL"_s},
        {u"checkpoint-dir"_s, u"Keep the job store in DIR instead of the app data folder."_s, u"DIR"_s},
        {u"quiet"_s, u"Print nothing but errors and the summary."_s},
    });
}

QString storePath(const QCommandLineParser &p)
{
    const QString dir = p.value(u"checkpoint-dir"_s);
    return dir.isEmpty() ? Store::JobStore::defaultPath() : Store::JobStore::pathInDirectory(dir);
}

QString helpText(const QCommandLineParser &p, const QString &usage)
{
    const QString text = p.helpText();
    return u"Usage: workos-import "_s + usage + text.mid(text.indexOf(u'\n'));
}

int usageError(const QString &message)
{
    err() << "workos-import: " << message << '\n';
    err().flush();
    return ExitUnusable;
}

Api::ApiKey keyFromEnvironment()
{
    QString key = qEnvironmentVariable("WORKOS_API_KEY");
    if (key.isEmpty())
        key = qEnvironmentVariable("WORKOS_SECRET_KEY");
    return Api::ApiKey(key);
}

bool requestFrom(const QCommandLineParser &p, Engine::FollowUpRequest *request, QString *error)
{
    request->jobId = p.positionalArguments().value(0);
    request->reportPath = p.value(u"report"_s);
    if (!request->reportPath.isEmpty() && !Report::ErrorReport::formatForPath(request->reportPath)) {
        *error = u"--report %1: the file name must end in .csv, .json or .jsonl."_s.arg(request->reportPath);
        return false;
    }
    // Never the job's CSV file or the job store, by any path: checked before anything is read or sent.
    if (const QString clash = Store::outputPathProblem(request->reportPath, storePath(p)); !clash.isEmpty()) {
        *error = u"--report: "_s + clash;
        return false;
    }
    QString url = p.value(u"api-url"_s);
    if (url.isEmpty())
        url = qEnvironmentVariable("WORKOS_API_URL");
    if (!url.isEmpty())
        request->apiUrl = QUrl(url);
    return true;
}

template <typename Worker>
Engine::FollowUpResult run(Worker &worker, Engine::FollowUpRequest request, bool quiet)
{
    std::signal(SIGINT, onFollowUpSignal);
    std::signal(SIGTERM, onFollowUpSignal);
    StatusLine status(quiet);
    Engine::FollowUpResult result;
    bool done = false;
    QObject::connect(&worker, &Worker::message, [&](const QString &text) { status.message(text); });
    QObject::connect(&worker, &Worker::progress, [&](const Engine::FollowUpProgress &p) {
        if (status.onTerminal())
            status.progress(p.total > 0 ? u"%1: %2 of %3 | %4 requests"_s.arg(p.step).arg(p.done).arg(p.total).arg(p.requests)
                                        : u"%1 | %2 requests"_s.arg(p.step).arg(p.requests));
    });
    QObject::connect(&worker, &Worker::finished, [&](const Engine::FollowUpResult &r) {
        result = r;
        done = true;
        QCoreApplication::exit(0);
    });
    QTimer signalPoll;
    bool stopping = false;
    QObject::connect(&signalPoll, &QTimer::timeout, [&] {
        if (g_signal && !stopping) {
            stopping = true;
            worker.cancel();
        }
    });
    signalPoll.start(100);
    worker.start(std::move(request));
    if (!done)
        QCoreApplication::exec();
    signalPoll.stop();
    status.finish();
    return result;
}

template Engine::FollowUpResult run<Engine::Verifier>(Engine::Verifier &, Engine::FollowUpRequest, bool);
template Engine::FollowUpResult run<Engine::Undoer>(Engine::Undoer &, Engine::FollowUpRequest, bool);

} // namespace Cli::FollowUp
