#pragma once
// JobRunner: runs one import job from start to end: plan (validate the file, cut it into
// chunks, record invalid rows), pre-warm (resolve or create every organization once), import
// (a QThreadPool of workers claims chunks), finish (final counts, state). Also resumes an
// interrupted job and retries a job's failed rows.
//
// Ownership and threads: the caller owns it. It lives in one thread with an event loop (the
// CLI's main thread, or the GUI's engine thread, never the GUI thread: planning reads the whole
// file). start() returns at once; progress() and finished() are emitted from that thread and
// reach other threads as queued signals. pause() and cancel() are thread-safe.
//
// The API key is given to the constructor and kept in memory only; it never reaches the job
// store, a log, a report or a message.

#include "engine/planning/durationmodel.h"
#include "engine/import/jobprogress.h"
#include "engine/jobsettings.h"

#include "api/apitypes.h"
#include "store/jobrecords.h"
#include "model/passwordfate.h"

#include <QtCore/QObject>
#include <QtCore/QStringList>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

namespace Engine {

struct RunRequest {
    enum class Kind {
        New,         // plan and import `settings`
        Resume,      // continue job `jobId` (empty: the newest resumable job)
        RetryFailed, // import again the failed rows of `jobId` that a retry may fix
    };
    Kind kind = Kind::New;
    JobSettings settings;        // New
    QString jobId;               // Resume, RetryFailed
    std::optional<int> workers;  // Resume, RetryFailed: a different worker count
    bool retryAll = false;       // RetryFailed: every failed row, not only the retryable ones
    // Resume, RetryFailed: take now the decision a job stored as "not yet" (see
    // JobSettings::skipUnresolvedOrgs): go on without the organizations that cannot be resolved.
    bool skipUnresolvedOrgs = false;
    bool dryRun = false;         // New: validate, plan and resolve organizations with reads only
    // How long to keep trying when WorkOS cannot be reached before the job stops (interrupted).
    std::chrono::seconds networkPatience {300};
};

struct JobResult {
    QString jobId;
    Store::JobState state = Store::JobState::Failed;
    Store::JobCounters counters;
    QString message;        // plain words: why it stopped, or a summary
    Blocker blocker = Blocker::None; // the job-level condition that stopped it, if any
    qint64 elapsedMs = 0;
    double usersPerSecond = 0;
    // Dry run: what would happen. When `dryRun` (a dry run that ran to its end), `counters`
    // are what the import would do: users created/existed, memberships added/existed, rows
    // failed (with why in `message`), invalid and duplicate rows.
    bool dryRun = false;
    qint64 orgsExisting = 0;
    qint64 orgsToCreate = 0;
    qint64 orgsMissing = 0;
    qint64 writesNeeded = 0;
    // Dry run: how long the import would take (Engine::DurationModel, at the answer time
    // the dry run's reads observed).
    std::optional<DurationEstimate> estimate;
    // A new job's plan: the format the file was read as and every row's password fate.
    std::optional<Model::PasswordFateCounts> passwordFates;
    Source::Kind source = Source::Kind::Auto;
    // Dry run with JobSettings::updateExisting or a catch-up (Engine::DryRunResult): of the
    // users that exist, those the import would update and those unchanged; in a catch-up, the
    // earlier job's users this file no longer has (listed, never deleted) and the first few.
    qint64 usersToUpdate = 0;
    qint64 usersUnchanged = 0;
    qint64 earlierUsersMissing = 0;
    QStringList earlierUsersMissingSample;
};

class JobRunner : public QObject
{
    Q_OBJECT
public:
    JobRunner(QString storePath, Api::ApiKey apiKey, QObject *parent = nullptr);
    ~JobRunner() override;

    // Starts the run; returns at once. finished() follows, always exactly once.
    void start(RunRequest request);

    // Stop taking rows and let the rows in flight finish; the job is left Paused.
    void pause();
    // Stop: no new row starts, and the rows already on their way finish for up to
    // StopGraceMs (so a user created in that moment is recorded as created by this job, and
    // undo takes it back, instead of being met as "already in WorkOS" on resume); what is
    // still in flight then is abandoned (replayed safely on resume). A second cancel()
    // abandons at once. The job is left Interrupted (Cancelled before any row), resumable.
    void cancel();
    static constexpr int StopGraceMs = 10000;

    bool isRunning() const { return m_running; }

    // The lock file a run holds for its job: another window or process that finds it locked
    // knows the job is running there.
    static QString lockPath(const QString &storePath, const QString &jobId);

Q_SIGNALS:
    void progress(const Engine::JobProgress &progress);
    // A line for people: phases, warnings (for example a fallback to the first role slug).
    void message(const QString &text);
    void finished(const Engine::JobResult &result);

public:
    struct Run; // the state of one run (jobrun.h)

private:
    std::unique_ptr<Run> m_run;
    QString m_storePath;
    Api::ApiKey m_apiKey;
    bool m_running = false;
};

} // namespace Engine

Q_DECLARE_METATYPE(Engine::JobResult)
