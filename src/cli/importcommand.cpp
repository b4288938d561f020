#include "importcommand.h"

#include "console.h"
#include "sourceflags.h"

#include "api/tlscheck.h"
#include "engine/import/catchup.h"
#include "engine/import/jobrunner.h"
#include "model/columnmapping.h"
#include "model/filemapping.h"
#include "report/errorreport.h"
#include "report/peoplereport.h"
#include "source/sourcemapping.h"
#include "store/fileidentity.h"
#include "store/followupstore.h"
#include "store/passwordproofstore.h"
#include "store/jobstore.h"
#include "store/userupdatestore.h"

#include <QtCore/QCommandLineParser>
#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QSaveFile>
#include <QtCore/QThread>
#include <QtCore/QTimer>

#include <atomic>
#include <cmath>
#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Cli {

// missingroles.cpp: --create-missing-roles.
bool planMissingRoles(Engine::JobSettings &settings, const Api::ApiKey &key, bool quiet, QString *error);


namespace {

enum : int { ExitInterrupted = 130 };

std::atomic_int g_signal {0};
std::atomic_int g_signals {0}; // how many: a second one abandons the rows still in flight

extern "C" void onSignal(int signal)
{
    g_signal = signal;
    g_signals.fetch_add(1);
}

QString storePathFor(const QString &checkpointDir)
{
    return checkpointDir.isEmpty() ? Store::JobStore::defaultPath() : Store::JobStore::pathInDirectory(checkpointDir);
}

void addStoreOption(QCommandLineParser &p)
{
    p.addOption({u"checkpoint-dir"_s, u"Keep the job store in DIR instead of the app data folder."_s, u"DIR"_s});
}

// The key comes from the environment only: a flag value would show in `ps`.
Api::ApiKey keyFromEnvironment()
{
    QString key = qEnvironmentVariable("WORKOS_API_KEY");
    if (key.isEmpty())
        key = qEnvironmentVariable("WORKOS_SECRET_KEY");
    return Api::ApiKey(key);
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

// How many updated users had each field changed (docs/cutover.md); empty when none.
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
    const bool terminal = !quiet && ::isatty(STDERR_FILENO);

    Engine::JobRunner runner(storePath, key);
    Engine::JobResult result;
    bool done = false;
    QString lastLine;
    QObject::connect(&runner, &Engine::JobRunner::message, [&](const QString &text) {
        if (quiet)
            return;
        if (terminal && !lastLine.isEmpty())
            err() << '\r' << QString(lastLine.size(), u' ') << '\r';
        err() << text << '\n';
        err().flush();
        lastLine.clear();
    });
    QObject::connect(&runner, &Engine::JobRunner::progress, [&](const Engine::JobProgress &p) {
        if (!terminal)
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
        if (line.isEmpty())
            return;
        const qsizetype pad = std::max<qsizetype>(0, lastLine.size() - line.size());
        err() << '\r' << line << QString(pad, u' ');
        err().flush();
        lastLine = line;
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
    if (terminal && !lastLine.isEmpty())
        err() << '\n';
    err().flush();

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

// QCommandLineParser has no optional values: "--resume" alone means the newest job.
QStringList normaliseResume(QStringList args, bool *resume, QString *resumeId)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString a = args[i];
        if (a == u"--resume"_s) {
            *resume = true;
            if (i + 1 < args.size() && !args[i + 1].startsWith(u'-')) {
                *resumeId = args[i + 1];
                args.removeAt(i + 1);
            }
            args.removeAt(i);
            --i;
        } else if (a.startsWith(u"--resume="_s)) {
            *resume = true;
            *resumeId = a.mid(9);
            args.removeAt(i);
            --i;
        }
    }
    return args;
}

// QCommandLineParser's usage line names argv[0] (a full path) and no command.
QString helpText(const QCommandLineParser &p, const QString &usage)
{
    const QString text = p.helpText();
    return u"Usage: workos-import "_s + usage + text.mid(text.indexOf(u'\n'));
}

int usageError(const QString &message)
{
    err() << "workos-import: " << message << '\n';
    return ExitUnusable;
}

bool readInt(const QCommandLineParser &p, const QString &name, int *value, QString *error)
{
    if (!p.isSet(name))
        return true;
    bool ok = false;
    const int v = p.value(name).toInt(&ok);
    if (!ok) {
        *error = u"--%1 needs a whole number, not \"%2\"."_s.arg(name, p.value(name));
        return false;
    }
    *value = v;
    return true;
}

// --wait-for-network: how long a run keeps trying when WorkOS cannot be reached.
const QCommandLineOption &waitForNetworkOption()
{
    static const QCommandLineOption option {u"wait-for-network"_s,
        u"When WorkOS cannot be reached, keep trying for this many seconds before the job stops, resumable "
        "(default 300)."_s, u"SECONDS"_s};
    return option;
}

bool readNetworkPatience(const QCommandLineParser &p, Engine::RunRequest *request, QString *error)
{
    int seconds = int(request->networkPatience.count());
    if (!readInt(p, u"wait-for-network"_s, &seconds, error))
        return false;
    if (seconds < 0 || seconds > 24 * 3600) {
        *error = u"--wait-for-network must be between 0 and 86400 seconds."_s;
        return false;
    }
    request->networkPatience = std::chrono::seconds(seconds);
    return true;
}

// --workers for a resume or a retry: the one setting a job may change.
bool readWorkerOverride(const QCommandLineParser &p, Engine::RunRequest *request, QString *error)
{
    if (!p.isSet(u"workers"_s))
        return true;
    int w = 1;
    if (!readInt(p, u"workers"_s, &w, error))
        return false;
    if (w < 1 || w > Engine::JobSettings::MaxWorkers) {
        *error = u"--workers must be between 1 and %1."_s.arg(Engine::JobSettings::MaxWorkers);
        return false;
    }
    request->workers = w;
    return true;
}

} // namespace

namespace {

// Issue 18, any CSV: the wizard's mapping (everyday headers in seven languages, the values of the
// first rows) with --map on top, printed on stderr before anything is sent, with every column
// left out that looks like user data and the --map entry that would import it. A file that is
// not a CSV keeps --map alone (its reader knows its fields).
bool applyFileMapping(Engine::JobSettings &settings, const QString &spec, bool quiet, QString *error)
{
    const auto own = Model::ColumnMapping::parse(spec, error);
    if (!own)
        return false;
    settings.mapping = *own;
    const std::optional<Model::FileMapping> file = Source::fileMapping(settings.csvPath, settings.source, spec);
    if (!file)
        return true;
    settings.mapping = file->mapping;
    if (!quiet) {
        err() << "workos-import: columns (change with --map \"Column=field\" or \"Column=ignore\"):\n";
        for (const QString &line : file->describe())
            err() << line << '\n';
        err().flush();
    }
    return true;
}

} // namespace

int runImport(const QStringList &arguments)
{
    bool resume = false;
    QString resumeId;
    const QStringList args = normaliseResume(arguments, &resume, &resumeId);

    QCommandLineParser p;
    p.setApplicationDescription(
        u"Imports the users of a CSV file into WorkOS User Management: users, password hashes, organizations "
        "and memberships, at WorkOS's rate limit, resumable at any point.\n\n"
        "The API key is read from the environment variable WORKOS_API_KEY (or WORKOS_SECRET_KEY), never "
        "from a flag.\n\n"
        "  --resume [JOB]             Continue an interrupted job (when JOB is left out, the newest one that no\n"
        "                             other process is running).\n\n"
        "A refused key or a WorkOS that cannot be reached stops the job (interrupted, resumable) and is never "
        "counted against a row.\n\n"
        "Exit codes: 0 every row imported or already present, 1 finished with invalid or failed rows, "
        "2 usage or fatal error, or the job could not go on (resumable), 130 interrupted (resumable). "
        "A dry run exits with the code the import would."_s);
    p.addHelpOption();
    p.addOptions({
        {u"csv"_s, u"The file of users: a CSV, or an export of Auth0, Firebase, Clerk, Supabase, Cognito or Okta "
                   "(detected from the content; docs/sources.md)."_s, u"FILE"_s},
        {u"source"_s, u"What the file is: auth0, firebase, clerk, supabase, cognito, okta or csv (default: detected)."_s, u"KIND"_s},
        {u"firebase-hash-config"_s, u"Firebase's password hash parameters (hash_config {...} as the console shows "
                                    "them, or JSON); needed when a Firebase export has hashes."_s, u"FILE"_s},
        {u"auth0-passwords"_s, u"Auth0's password export (NDJSON), joined to the user export by user id, then email."_s, u"FILE"_s},
        {u"org-from-app-metadata"_s, u"Supabase/Auth0: the app metadata KEY whose value is the user's organization (external id)."_s, u"KEY"_s},
        {u"created-at-metadata"_s, u"Keep the provider's created_at in the user's metadata under KEY."_s, u"KEY"_s},
        {u"job-id"_s, u"A name for the new job (default: made up from the date)."_s, u"ID"_s},
        {u"workers"_s, u"Worker threads, 1-16 (default 1)."_s, u"N"_s},
        {u"chunk-size"_s, u"Rows per chunk of work (default 1000)."_s, u"N"_s},
        {u"concurrency"_s, u"Rows in flight per worker (default 10)."_s, u"N"_s},
        {u"errors-out"_s, u"Write the failed and invalid rows to FILE (.csv, .json or .jsonl)."_s, u"FILE"_s},
        {u"quiet"_s, u"Print nothing but errors."_s},
        {u"dry-run"_s, u"Validate, plan and resolve organizations with reads only; write nothing to WorkOS."_s},
        {u"org-id"_s, u"Put every row of a file without organization columns into this organization."_s, u"ID"_s},
        {u"org-external-id"_s, u"The same, naming the organization by its external id."_s, u"EXT"_s},
        {u"create-org-if-missing"_s, u"With --org-external-id: create the organization when it does not exist."_s},
        {u"org-name"_s, u"The name of the organization to create."_s, u"NAME"_s},
        {u"map"_s, u"Map your header names onto fields: \"Email Address=email,Given Name=first_name\"; \"Notes=ignore\" "
                   "leaves a column out. Everyday headers (English, German, French, Spanish, Italian, Dutch, "
                   "Portuguese) are recognised without it; --map overrides them. The mapping used is printed."_s, u"SPEC"_s},
        {u"api-url"_s, u"The WorkOS API (default $WORKOS_API_URL or https://api.workos.com)."_s, u"URL"_s},
        {u"rate-limits"_s, u"The rate budget, e.g. writes=500/10,reads=1000/10,all=6000/60 (WorkOS's by default)."_s, u"SPEC"_s},
        {u"json"_s, u"Print a machine-readable summary on stdout."_s},
        {u"skip-unresolved-orgs"_s, u"Import even when some organizations cannot be resolved: their rows fail with "
                                    "the reason, everything else is imported. Without it such an import does not "
                                    "start. Kept with the job for every resume and retry."_s},
        {u"update-existing"_s, u"For a row whose user already exists in WorkOS, send the fields that differ "
                               "(first_name, last_name, email_verified, metadata, external_id) with one PUT; an "
                               "empty cell changes nothing, metadata keys are merged. The values before are kept "
                               "with the job: undo puts them back. Off by default (existing users are left as they are)."_s},
        {u"replace-existing-passwords"_s, u"With --update-existing or --catch-up: also give existing users the "
                                          "file's password or hash. This cannot be undone: WorkOS never returns a hash."_s},
        {u"catch-up"_s, u"Import a newer export of the same source on top of job JOB: its users are recognised "
                        "from the job store (not created again), new users are created, changed ones updated "
                        "(implies --update-existing), unchanged rows cost no write; users of JOB the file no "
                        "longer has are listed, never deleted."_s, u"JOB"_s},
        {u"create-missing-roles"_s, u"Create the role slugs the file uses that the environment lacks (POST "
                                    "/authorization/roles, named after the slug) before the import; recorded with "
                                    "the job. Without it such rows fail with invalid_role."_s},
    });
    p.addOption(waitForNetworkOption());
    addStoreOption(p);
    if (!p.parse(args))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"[import] [options]"_s);
        return ExitOk;
    }
    if (!p.positionalArguments().isEmpty())
        return usageError(u"unexpected argument \"%1\". Run workos-import --help."_s.arg(p.positionalArguments().first()));

    const QString storePath = storePathFor(p.value(u"checkpoint-dir"_s));
    const Api::ApiKey key = keyFromEnvironment();
    if (key.isEmpty())
        return usageError(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment; it is never "
                          "taken from a flag, where other users of this computer could see it."_s);

    Engine::RunRequest request;
    QString error;
    if (resume) {
        // A job keeps the settings it was planned with; only the worker count may change.
        // --dry-run cannot be honoured by a resume, which writes: refuse it rather than write.
        if (p.isSet(u"dry-run"_s))
            return usageError(u"--dry-run cannot be combined with --resume: a resumed job imports. "
                              "Run the dry run as a new job: workos-import --csv FILE --dry-run"_s);
        for (const QString &name : {u"csv"_s, u"chunk-size"_s, u"concurrency"_s, u"map"_s, u"org-id"_s,
                                    u"org-external-id"_s, u"create-org-if-missing"_s, u"org-name"_s, u"api-url"_s,
                                    u"rate-limits"_s, u"create-missing-roles"_s, u"update-existing"_s,
                                    u"replace-existing-passwords"_s, u"catch-up"_s})
            if (p.isSet(name))
                err() << "workos-import: warning: --" << name
                      << " is ignored with --resume: a job keeps the settings it started with (only --workers may change).\n";
        request.kind = Engine::RunRequest::Kind::Resume;
        request.jobId = resumeId.isEmpty() ? p.value(u"job-id"_s) : resumeId;
        request.skipUnresolvedOrgs = p.isSet(u"skip-unresolved-orgs"_s);
        if (!readWorkerOverride(p, &request, &error))
            return usageError(error);
    } else {
        Engine::JobSettings &s = request.settings;
        s.csvPath = p.value(u"csv"_s);
        if (s.csvPath.isEmpty())
            return usageError(u"no CSV file. Give one with --csv FILE (or --resume to continue a job)."_s);
        s.jobId = p.value(u"job-id"_s);
        if (!readInt(p, u"workers"_s, &s.workers, &error) || !readInt(p, u"chunk-size"_s, &s.chunkSize, &error)
            || !readInt(p, u"concurrency"_s, &s.concurrency, &error))
            return usageError(error);
        {
            // The same flags as validate's (sourceflags.h); the parser here already knows them.
            const SourceFlags flags;
            const std::optional<Source::Options> source = flags.read(p, &error);
            if (!source)
                return usageError(error);
            s.source = *source;
        }
        if (!applyFileMapping(s, p.value(u"map"_s), p.isSet(u"quiet"_s), &error))
            return usageError(error);
        s.singleOrg.id = p.value(u"org-id"_s);
        s.singleOrg.externalId = p.value(u"org-external-id"_s);
        s.singleOrg.name = p.value(u"org-name"_s);
        s.createOrgIfMissing = p.isSet(u"create-org-if-missing"_s);
        s.skipUnresolvedOrgs = p.isSet(u"skip-unresolved-orgs"_s);
        if (!s.singleOrg.name.isEmpty() && !s.createOrgIfMissing)
            return usageError(u"--org-name is only used with --create-org-if-missing."_s);
        if (!s.createOrgIfMissing && s.singleOrg.externalId.isEmpty() == false)
            s.singleOrg.name.clear();
        QString url = p.value(u"api-url"_s);
        if (url.isEmpty())
            url = qEnvironmentVariable("WORKOS_API_URL");
        if (!url.isEmpty())
            s.apiUrl = QUrl(url);
        if (p.isSet(u"rate-limits"_s)) {
            const auto limits = Api::RateLimits::parse(p.value(u"rate-limits"_s), &error);
            if (!limits)
                return usageError(error);
            s.rateLimits = *limits;
        }
        if (const QString problem = s.problem(); !problem.isEmpty())
            return usageError(problem);
        if (s.workers > QThread::idealThreadCount())
            err() << "workos-import: warning: " << s.workers << " workers on " << QThread::idealThreadCount()
                  << " CPUs. More workers do not make an import faster than WorkOS's rate limit.\n";
        s.updateExisting = p.isSet(u"update-existing"_s) || p.isSet(u"catch-up"_s);
        s.catchUpOf = p.value(u"catch-up"_s);
        s.replaceExistingPasswords = p.isSet(u"replace-existing-passwords"_s);
        if (s.replaceExistingPasswords && !s.updateExisting)
            return usageError(u"--replace-existing-passwords needs --update-existing (or --catch-up JOB)."_s);
        if (!s.catchUpOf.isEmpty()) {
            // Refused before anything is read from WorkOS: no such job, another source or columns.
            Store::JobStore store(storePath);
            QString why;
            if (!store.open(&why))
                return usageError(u"cannot open the job store: "_s + why);
            if (const QString problem = Engine::catchUpProblem(store, s); !problem.isEmpty())
                return usageError(u"--catch-up: "_s + problem);
        }
        if (s.replaceExistingPasswords && !p.isSet(u"quiet"_s))
            err() << "workos-import: warning: --replace-existing-passwords gives users that already exist the file's "
                     "password or hash. This cannot be undone: WorkOS never returns a hash, so undo cannot put the "
                     "old password back.\n";
        request.dryRun = p.isSet(u"dry-run"_s);
        if (p.isSet(u"create-missing-roles"_s) && !planMissingRoles(s, key, p.isSet(u"quiet"_s), &error))
            return usageError(error);
    }
    if (!readNetworkPatience(p, &request, &error))
        return usageError(error);
    return execute(std::move(request), storePath, key, p.isSet(u"quiet"_s), p.isSet(u"json"_s), p.value(u"errors-out"_s));
}

int runRetry(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Imports again the failed rows of a job whose failure a retry may fix "
                                "(network errors, rate limits, timeouts); --all retries every failed row. "
                                "The API key is read from WORKOS_API_KEY (or WORKOS_SECRET_KEY).\n\n"
                                "Exit codes: 0 the job has no failed or invalid rows left, 1 some rows still fail "
                                "(or the job has invalid rows), 2 usage or fatal error, 130 interrupted (resumable)."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    p.addOptions({
        {u"all"_s, u"Retry every failed row, not only those a retry may fix."_s},
        {u"workers"_s, u"Worker threads, 1-16."_s, u"N"_s},
        {u"errors-out"_s, u"Write the rows that still fail to FILE."_s, u"FILE"_s},
        {u"quiet"_s, u"Print nothing but errors."_s},
        {u"json"_s, u"Print a machine-readable summary on stdout."_s},
    });
    p.addOption(waitForNetworkOption());
    addStoreOption(p);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"retry JOB [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1)
        return usageError(u"retry needs one job id: workos-import retry JOB"_s);
    const Api::ApiKey key = keyFromEnvironment();
    if (key.isEmpty())
        return usageError(u"no API key. Set WORKOS_API_KEY (or WORKOS_SECRET_KEY) in the environment."_s);
    Engine::RunRequest request;
    request.kind = Engine::RunRequest::Kind::RetryFailed;
    request.jobId = p.positionalArguments().first();
    request.retryAll = p.isSet(u"all"_s);
    QString error;
    if (!readWorkerOverride(p, &request, &error) || !readNetworkPatience(p, &request, &error))
        return usageError(error);
    return execute(std::move(request), storePathFor(p.value(u"checkpoint-dir"_s)), key, p.isSet(u"quiet"_s),
                   p.isSet(u"json"_s), p.value(u"errors-out"_s));
}

int runJobs(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Lists the import jobs in the job store, newest first, with their state and counts."_s);
    p.addHelpOption();
    p.addOption({u"json"_s, u"Print JSON."_s});
    addStoreOption(p);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"jobs [options]"_s);
        return ExitOk;
    }
    Store::JobStore store(storePathFor(p.value(u"checkpoint-dir"_s)));
    QString error;
    if (!store.open(&error))
        return usageError(u"cannot open the job store: "_s + error);
    const QList<Store::JobRecord> jobs = store.jobs(0);
    // "verified"/"undone" after verify and undo (Store::FollowUpStore).
    Store::FollowUpStore followUps(store.path());
    const bool haveFollowUps = followUps.open();
    const auto stateText = [&](const Store::JobRecord &j) {
        return haveFollowUps ? followUps.stateText(j) : Store::jobStateId(j.state);
    };
    // "known password verified locally", "sign-in verified" (Store::PasswordProofStore).
    Store::PasswordProofStore proofStore(store.path());
    const bool haveProofs = proofStore.open();
    const auto proofsOf = [&](const Store::JobRecord &j) {
        return haveProofs ? proofStore.proofs(j.id) : QList<Store::PasswordProof>();
    };
    // Updated users and a catch-up's missing users (Store::UserUpdateStore).
    Store::UserUpdateStore updates(store.path());
    const bool haveUpdates = updates.open();
    const auto missingOf = [&](const Store::JobRecord &j) {
        return haveUpdates ? updates.missing(j.id) : QList<Store::MissingUser>();
    };
    const auto missingText = [&](const Store::JobRecord &j) {
        if (!j.settings.contains(u"catch_up_of"_s))
            return QString();
        const QList<Store::MissingUser> missing = missingOf(j);
        return Engine::missingUsersSentence(missing.size(), Engine::missingSample(missing));
    };
    if (p.isSet(u"json"_s)) {
        QJsonArray a;
        for (const Store::JobRecord &j : jobs) {
            QJsonObject cutover;
            if (j.counters.updated > 0)
                cutover.insert(u"updated_fields"_s, fieldsJson(haveUpdates ? updates.fieldCounts(j.id) : QMap<QString, qint64>()));
            if (j.settings.contains(u"catch_up_of"_s)) {
                QJsonArray missing;
                for (const Store::MissingUser &m : missingOf(j))
                    missing.append(QJsonObject{{u"email"_s, m.emailKey}, {u"user_id"_s, m.userId}});
                cutover.insert(u"catch_up_of"_s, j.settings.value(u"catch_up_of"_s));
                cutover.insert(u"earlier_users_missing"_s, missing);
            }
            a.append(QJsonObject{{u"id"_s, j.id}, {u"name"_s, j.name}, {u"csv"_s, j.csvPath},
                                 {u"state"_s, Store::jobStateId(j.state)}, {u"status"_s, stateText(j)},
                                 {u"mode"_s, j.mode},
                                 {u"created_at"_s, j.createdAt.toString(Qt::ISODate)},
                                 {u"updated_at"_s, j.updatedAt.toString(Qt::ISODate)},
                                 {u"counters"_s, countersJson(j.counters)}, {u"last_error"_s, j.lastError},
                                 {u"password_checks"_s, Store::passwordProofsJson(proofsOf(j))},
                                 {u"password_fates"_s, haveProofs ? proofStore.fates(j.id) : QJsonObject()}});
            if (!cutover.isEmpty()) {
                QJsonObject last = a.last().toObject();
                for (auto it = cutover.constBegin(); it != cutover.constEnd(); ++it)
                    last.insert(it.key(), it.value());
                a[a.size() - 1] = last;
            }
        }
        out() << QJsonDocument(a).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (jobs.isEmpty()) {
        out() << "No jobs yet. Start one with: workos-import --csv FILE\n";
        return ExitOk;
    }
    out() << QString(u"JOB"_s).leftJustified(30) << QString(u"STATE"_s).leftJustified(26) << QString(u"ROWS"_s).rightJustified(9)
          << QString(u"CREATED"_s).rightJustified(9) << QString(u"FAILED"_s).rightJustified(8) << "  FILE\n";
    for (const Store::JobRecord &j : jobs) {
        out() << j.id.leftJustified(30) << stateText(j).leftJustified(26)
              << QString::number(j.counters.totalRows).rightJustified(9)
              << QString::number(j.counters.created).rightJustified(9)
              << QString::number(j.counters.failed + j.counters.invalid).rightJustified(8) << "  " << j.csvPath << '\n';
        QStringList passwords;
        if (haveProofs)
            passwords << Store::passwordFatesText(proofStore.fates(j.id));
        passwords << Store::passwordProofsText(proofsOf(j));
        passwords.removeAll(QString());
        if (!passwords.isEmpty())
            out() << "  passwords: " << passwords.join(u"; "_s) << '\n';
        if (j.counters.updated > 0)
            out() << "  updated " << j.counters.updated << " users that existed ("
                  << Store::fieldCountsText(updates.fieldCounts(j.id)) << ")\n";
        if (const QString missing = missingText(j); !missing.isEmpty())
            out() << "  " << missing << '\n';
    }
    return ExitOk;
}

int runReport(const QStringList &arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(u"Writes every failed or invalid row of a job with "
                                "row,line,email,org,stage,code,http_status,message,request_id,retryable,hint "
                                "as CSV, JSON or JSON lines (by the file's extension), or, for people, as a spreadsheet "
                                "(.xlsx): the file's own columns with \"What went wrong\" and \"What to do\" in plain "
                                "words. Never a password or a hash."_s);
    p.addHelpOption();
    p.addPositionalArgument(u"JOB"_s, u"The job id (see workos-import jobs)."_s);
    p.addOption({u"out"_s, u"The report file: .xlsx (for people), .csv, .json or .jsonl."_s, u"FILE"_s});
    addStoreOption(p);
    if (!p.parse(arguments))
        return usageError(p.errorText());
    if (p.isSet(u"help"_s)) {
        out() << helpText(p, u"report JOB --out FILE [options]"_s);
        return ExitOk;
    }
    if (p.positionalArguments().size() != 1 || !p.isSet(u"out"_s))
        return usageError(u"usage: workos-import report JOB --out FILE"_s);
    const QString storePath = storePathFor(p.value(u"checkpoint-dir"_s));
    {
        Store::JobStore store(storePath);
        QString error;
        if (!store.open(&error))
            return usageError(u"cannot open the job store: "_s + error);
        if (!store.job(p.positionalArguments().first()))
            return usageError(u"there is no job \"%1\". workos-import jobs lists them."_s.arg(p.positionalArguments().first()));
    }
    if (const QString clash = Store::outputPathProblem(p.value(u"out"_s), storePath); !clash.isEmpty())
        return usageError(u"--out: "_s + clash);
    return writeErrorReport(storePath, p.positionalArguments().first(), p.value(u"out"_s), false) ? ExitOk : ExitUnusable;
}

} // namespace Cli
