#include "importexecute.h"

#include "console.h"

#include "api/tlscheck.h"
#include "engine/import/catchup.h"
#include "engine/import/jobrunner.h"
#include "report/errorreport.h"
#include "report/peoplereport.h"
#include "source/detect.h"
#include "store/fileidentity.h"
#include "store/passwordproofstore.h"
#include "store/jobstore.h"
#include "store/userupdatestore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QTimer>

#include <atomic>
#include <cmath>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

namespace {

enum : int { ExitInterrupted = 130 };

std::atomic_int g_signal {0};
std::atomic_int g_signals {0}; // how many: a second one abandons the rows still in flight

extern "C" void onSignal(int signal)
{
    g_signal = signal;
    g_signals.fetch_add(1);
}

QString humanDuration(qint64 seconds)
{
    if (seconds < 0)
        return u"?"_s;
    if (seconds < 60)
        return u"%1 s"_s.arg(seconds);
    if (seconds < 3600)
        return u"%1 min %2 s"_s.arg(seconds / 60).arg(seconds % 60);
    return u"%1 h %2 min"_s.arg(seconds / 3600).arg((seconds % 3600) / 60);
}

} // namespace

QJsonObject countersJson(const Store::JobCounters &c)
{
    return QJsonObject{
        {u"total_rows"_s, c.totalRows},           {u"valid"_s, c.valid},
        {u"invalid"_s, c.invalid},                 {u"users_created"_s, c.created},
        {u"users_existed"_s, c.existed},           {u"users_updated"_s, c.updated},
        {u"memberships_added"_s, c.membershipsAdded},
        {u"memberships_existed"_s, c.membershipExisted}, {u"duplicates_skipped"_s, c.duplicatesSkipped},
        {u"failed"_s, c.failed},                   {u"retries"_s, c.retries},
        {u"rate_limited"_s, c.rateLimited},
    };
}

QMap<QString, qint64> updatedFields(const QString &storePath, const QString &jobId)
{
    Store::UserUpdateStore updates(storePath);
    if (jobId.isEmpty() || !updates.open())
        return {};
    return updates.fieldCounts(jobId);
}

QJsonObject fieldsJson(const QMap<QString, qint64> &counts)
{
    QJsonObject o;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

namespace {

// A dry run's duration (Engine::DurationModel): estimate_seconds with its range.
void addEstimate(QJsonObject &o, const Engine::JobResult &r)
{
    if (!r.estimate)
        return;
    const auto rounded = [](double seconds) { return std::round(seconds * 10.0) / 10.0; };
    o.insert(u"estimate_seconds"_s, rounded(r.estimate->seconds));
    o.insert(u"estimate_low_seconds"_s, rounded(r.estimate->lowSeconds));
    o.insert(u"estimate_high_seconds"_s, rounded(r.estimate->highSeconds));
}

// The same for people: "about 2 min 3 s (between 1 min 58 s and 2 min 10 s)".
QString estimateText(const Engine::JobResult &r)
{
    if (!r.estimate)
        return {};
    return u"The import would take about %1 (between %2 and %3)."_s
        .arg(humanDuration(qint64(std::ceil(r.estimate->seconds))), humanDuration(qint64(std::floor(r.estimate->lowSeconds))),
             humanDuration(qint64(std::ceil(r.estimate->highSeconds))));
}

int exitCodeFor(const Engine::JobResult &r)
{
    switch (r.state) {
    case Store::JobState::Finished: return ExitOk;
    case Store::JobState::FinishedWithErrors: return ExitInvalidRows;
    case Store::JobState::Paused:
    case Store::JobState::Interrupted:
    case Store::JobState::Cancelled: return g_signal ? int(ExitInterrupted) : int(ExitUnusable);
    case Store::JobState::Planned: // a dry run: the code the import would end with
        if (!r.dryRun)
            return ExitUnusable;
        return r.counters.failed + r.counters.invalid > 0 ? ExitInvalidRows : ExitOk;
    default: return ExitUnusable;
    }
}

} // namespace

bool writeErrorReport(const QString &storePath, const QString &jobId, const QString &out, bool quiet)
{
    Store::JobStore store(storePath);
    QString error;
    if (!store.open(&error)) {
        err() << "workos-import: cannot open the job store: " << error << '\n';
        return false;
    }
    // .xlsx: the report for people (their own columns, what went wrong, what to do).
    if (QFileInfo(out).suffix().compare(u"xlsx"_s, Qt::CaseInsensitive) == 0) {
        Report::PeopleReport people(out);
        if (!people.write(store, jobId, &error)) {
            err() << "workos-import: cannot write the error report: " << error << '\n';
            return false;
        }
        if (!quiet)
            err() << "Error report: " << people.rowsWritten() << " rows written to " << QDir::toNativeSeparators(out) << '\n';
        return true;
    }
    Report::ErrorReport report(out);
    if (!report.write(store, jobId, &error)) {
        err() << "workos-import: cannot write the error report: " << error << '\n';
        return false;
    }
    if (!quiet)
        err() << "Error report: " << report.rowsWritten() << " rows written to " << QDir::toNativeSeparators(out) << '\n';
    return true;
}

// Empty when an error report can be written at `path` (a known format, a folder that exists
// and takes a new file); otherwise what is wrong, in plain words. Checked before the first
// request: finding out after hours of importing would lose the report.
QString reportPathProblem(const QString &path)
{
    if (!Report::ErrorReport::formatForPath(path))
        return u"cannot tell the error report's format from \"%1\": name it .csv, .json or .jsonl."_s
            .arg(QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    if (info.isDir())
        return u"the error report %1 is a folder; give a file name (errors.csv)."_s.arg(QDir::toNativeSeparators(path));
    if (!info.dir().exists())
        return u"cannot write the error report %1: the folder %2 does not exist."_s
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(info.absolutePath()));
    QSaveFile probe(path); // writes to a temporary file next to it; an existing report stays
    if (!probe.open(QIODevice::WriteOnly))
        return u"cannot write the error report %1: %2. Choose a folder you can write to."_s
            .arg(QDir::toNativeSeparators(path), probe.errorString());
    probe.cancelWriting();
    return {};
}

// Runs `request` to the end with a progress line on a terminal; prints the summary.
int execute(Engine::RunRequest request, const QString &storePath, const Api::ApiKey &key, bool quiet, bool json,
            const QString &errorsOut)
{
    if (request.kind == Engine::RunRequest::Kind::New && request.settings.apiUrl.scheme() == u"https"_s) {
        const Api::TlsSupport tls = Api::checkTlsSupport();
        if (!tls.available) {
            err() << "workos-import: " << tls.message << '\n';
            return ExitUnusable;
        }
    }
    const bool dryRunRequested = request.dryRun;
    if (!errorsOut.isEmpty())
        if (const QString problem = reportPathProblem(errorsOut); !problem.isEmpty()) {
            err() << "workos-import: " << problem << '\n';
            return ExitUnusable;
        }
    // Never the job's input or the job store, by any path: before anything is sent.
    if (const QString clash = Store::outputPathProblem(errorsOut, storePath, {request.settings.csvPath}); !clash.isEmpty()) {
        err() << "workos-import: --errors-out: " << clash << '\n';
        return ExitUnusable;
    }
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    StatusLine status(quiet);

    Engine::JobRunner runner(storePath, key);
    Engine::JobResult result;
    bool done = false;
    QObject::connect(&runner, &Engine::JobRunner::message, [&](const QString &text) { status.message(text); });
    QObject::connect(&runner, &Engine::JobRunner::progress, [&](const Engine::JobProgress &p) {
        if (!status.onTerminal())
            return;
        QString line;
        if (p.phase == Engine::Phase::Planning && p.stepTotal > 0)
            line = u"Checking the file: %1%"_s.arg(p.stepDone * 100 / p.stepTotal);
        else if (p.blocker == Engine::Blocker::ServerUnreachable && p.retryInSeconds >= 0)
            line = u"Cannot reach WorkOS, retrying in %1 s"_s.arg(p.retryInSeconds);
        else if (p.phase == Engine::Phase::Prewarming)
            line = u"Organizations: %1 of %2"_s.arg(p.stepDone).arg(p.stepTotal);
        else if (p.phase == Engine::Phase::Importing)
            line = u"%1 of %2 rows | %3 users/s | ETA %4 | retries %5 | 429s %6 | failed %7"_s
                       .arg(p.rowsDone).arg(p.rowsToImport).arg(p.usersPerSecond, 0, 'f', 1)
                       .arg(humanDuration(p.etaSeconds)).arg(p.counters.retries).arg(p.counters.rateLimited)
                       .arg(p.counters.failed);
        status.progress(line);
    });
    QObject::connect(&runner, &Engine::JobRunner::finished, [&](const Engine::JobResult &r) {
        result = r;
        done = true;
        QCoreApplication::exit(0);
    });
    QTimer signalPoll;
    int signalsSeen = 0;
    QObject::connect(&signalPoll, &QTimer::timeout, [&] {
        const int now = g_signals.load();
        if (now == signalsSeen)
            return;
        if (signalsSeen == 0 && !quiet)
            err() << "\nStopping: the users being sent are finished first (Ctrl+C again to abandon them); "
                     "the job stays resumable (workos-import --resume).\n";
        signalsSeen = now;
        runner.cancel(); // the second time: at once
    });
    signalPoll.start(100);

    runner.start(std::move(request));
    if (!done)
        QCoreApplication::exec();
    signalPoll.stop();
    status.finish();

    // A new job's password fates, kept with the job for `jobs` and the job list (passwordproofstore.h).
    if (result.passwordFates && !dryRunRequested && !result.dryRun && !result.jobId.isEmpty()) {
        Store::PasswordProofStore fates(storePath);
        QString why;
        if (!fates.open(&why) || !fates.recordFates(result.jobId, result.passwordFates->toJson(), &why))
            err() << "workos-import: warning: the password fates were not kept with the job: " << why << '\n';
    }

    bool reportWritten = true;
    if (!errorsOut.isEmpty() && !result.jobId.isEmpty() && result.state != Store::JobState::Planned)
        reportWritten = writeErrorReport(storePath, result.jobId, errorsOut, quiet);

    const Store::JobCounters &c = result.counters;
    if (json) {
        QJsonObject o{
            {u"job_id"_s, result.jobId},
            {u"state"_s, Store::jobStateId(result.state)},
            {u"message"_s, result.message},
            {u"counters"_s, countersJson(c)},
            {u"elapsed_ms"_s, result.elapsedMs},
            {u"users_per_second"_s, result.usersPerSecond},
        };
        if (result.blocker != Engine::Blocker::None)
            o.insert(u"blocker"_s, Engine::blockerId(result.blocker));
        if (result.dryRun)
            o.insert(u"dry_run"_s, true);
        if (result.passwordFates) {
            o.insert(u"source"_s, Source::kindId(result.source));
            o.insert(u"password_fates"_s, result.passwordFates->toJson());
        }
        if (result.dryRun && (result.usersToUpdate + result.usersUnchanged > 0)) {
            o.insert(u"users_to_update"_s, result.usersToUpdate);
            o.insert(u"users_unchanged"_s, result.usersUnchanged);
        }
        if (!result.dryRun && c.updated > 0)
            o.insert(u"updated_fields"_s, fieldsJson(updatedFields(storePath, result.jobId)));
        if (result.earlierUsersMissing > 0 || !result.earlierUsersMissingSample.isEmpty()) {
            o.insert(u"earlier_users_missing"_s, result.earlierUsersMissing);
            o.insert(u"earlier_users_missing_sample"_s, QJsonArray::fromStringList(result.earlierUsersMissingSample));
        }
        if (result.orgsExisting + result.orgsToCreate + result.orgsMissing > 0)
            o.insert(u"organizations"_s, QJsonObject{{u"existing"_s, result.orgsExisting},
                                                     {u"to_create"_s, result.orgsToCreate},
                                                     {u"unresolved"_s, result.orgsMissing}});
        addEstimate(o, result);
        out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else if (!quiet || exitCodeFor(result) != ExitOk) {
        QTextStream &s = exitCodeFor(result) == ExitUnusable ? err() : out();
        if (!result.jobId.isEmpty())
            s << "Job " << result.jobId << ": " << Store::jobStateId(result.state) << '\n';
        s << result.message << '\n';
        if (const QString estimate = estimateText(result); !estimate.isEmpty())
            s << "  " << estimate << '\n';
        if (result.passwordFates)
            s << "  read as " << Source::kindName(result.source) << "; passwords: " << result.passwordFates->text() << '\n';
        if (c.totalRows > 0)
            s << "  rows " << c.totalRows << ", invalid " << c.invalid << ", duplicates skipped " << c.duplicatesSkipped
              << ", users created " << c.created << ", already existed " << c.existed << ", memberships added "
              << c.membershipsAdded << ", already members " << c.membershipExisted << ", failed " << c.failed
              << ", retries " << c.retries << ", rate limited " << c.rateLimited << '\n';
        if (result.dryRun && result.usersToUpdate + result.usersUnchanged > 0)
            s << "  of the users that exist: " << result.usersToUpdate << " would be updated, " << result.usersUnchanged
              << " are unchanged (no write)\n";
        if (!result.dryRun && c.updated > 0)
            s << "  users updated " << c.updated << " ("
              << Store::fieldCountsText(updatedFields(storePath, result.jobId)) << "); undo puts their fields back\n";
        if (result.dryRun && result.earlierUsersMissing > 0)
            s << "  " << Engine::missingUsersSentence(result.earlierUsersMissing, result.earlierUsersMissingSample) << '\n';
        if (result.state == Store::JobState::Finished && Report::PeopleReport::isNothingNew(c))
            s << Report::PeopleReport::nothingNewHeadline() << '\n';
        if (result.state == Store::JobState::Interrupted || result.state == Store::JobState::Paused)
            s << "Resume with: workos-import --resume " << result.jobId << '\n';
    }
    out().flush();
    err().flush();
    if (!reportWritten) {
        err() << "workos-import: the import ended, but its error report could not be written; write it again with "
                 "workos-import report " << result.jobId << " --out FILE\n";
        return ExitUnusable;
    }
    return exitCodeFor(result);
}

} // namespace Cli
