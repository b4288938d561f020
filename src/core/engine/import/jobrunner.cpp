#include "jobrunner.h"

#include "source/detect.h"

#include "csv/csvreader.h"
#include "engine/followup/followup.h"
#include "engine/planning/dryrun.h"
#include "engine/planning/jobplanner.h"
#include "engine/import/catchup.h"
#include "engine/import/prewarmer.h"
#include "engine/import/rolecreator.h"
#include "engine/import/runcontext.h"
#include "engine/import/worker.h"
#include "model/rowrules.h"
#include "store/chunkhash.h"
#include "store/fileidentity.h"
#include "store/filehash.h"
#include "store/joblock.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>
#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTask>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>

#include <cmath>
#include <deque>
#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcEngine, "wizard.engine")

namespace Engine {

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Planning: return u"planning"_s;
    case Phase::Prewarming: return u"prewarming"_s;
    case Phase::Importing: return u"importing"_s;
    case Phase::Finishing: return u"finishing"_s;
    case Phase::Done: return u"done"_s;
    }
    return {};
}

QString blockerId(Blocker blocker)
{
    switch (blocker) {
    case Blocker::None: return u"none"_s;
    case Blocker::KeyRefused: return u"key_refused"_s;
    case Blocker::ServerUnreachable: return u"server_unreachable"_s;
    case Blocker::TlsOrProxy: return u"tls_or_proxy"_s;
    case Blocker::FileChanged: return u"file_changed"_s;
    case Blocker::StoreFailed: return u"store_failed"_s;
    }
    return {};
}

namespace {

// The job-level condition behind a failure that stopped the whole job.
Blocker blockerFor(const Api::ApiError &error)
{
    switch (error.kind()) {
    case Api::ApiError::Kind::Unauthorized:
    case Api::ApiError::Kind::Forbidden: return Blocker::KeyRefused;
    case Api::ApiError::Kind::TlsError:
    case Api::ApiError::Kind::ProxyError: return Blocker::TlsOrProxy;
    case Api::ApiError::Kind::Transient:
    case Api::ApiError::Kind::Timeout: return Blocker::ServerUnreachable;
    default: return Blocker::None;
    }
}

// Plain words for a job stopped by a job-level failure: what happened, that no row was
// charged with it, and how to go on.
QString stoppedByMessage(const Api::ApiError &error, const QString &jobId, std::chrono::seconds patience)
{
    QString what;
    switch (blockerFor(error)) {
    case Blocker::ServerUnreachable:
        what = patience.count() > 0
            ? QCoreApplication::translate("Engine::JobRunner", "WorkOS could not be reached, and still not after %1 s of trying again (%2). Check the internet "
              "connection, a proxy or firewall, and the API address.").arg(patience.count()).arg(error.message())
            : QCoreApplication::translate("Engine::JobRunner", "WorkOS could not be reached (%1). Check the internet connection, a proxy or firewall, and the API "
              "address.").arg(error.message());
        break;
    default:
        what = error.userMessage();
        break;
    }
    return what + u" Job %1 stopped; no row was marked as failed because of this. Once this is fixed, resume "
                  "the job: it carries on where it stopped."_s.arg(jobId);
}

QString dryRunStoppedMessage(const Api::ApiError &error)
{
    return error.userMessage() + u" The dry run stopped here; the import would stop the same way."_s;
}

// Why the import does not start while organizations are unresolved, naming the first few,
// and how to go on.
QString unresolvedOrgsMessage(const PrewarmResult &warmed, const QString &jobId)
{
    QString list = warmed.failures.join(u", "_s);
    if (warmed.failed > warmed.failures.size())
        list += u" and %1 more"_s.arg(warmed.failed - warmed.failures.size());
    return u"%1 organization(s) could not be resolved, so the import did not start (no user was written): %2. "
           "Fix them in the file and start a new job, or import everything else and let the rows of these "
           "organizations fail with this reason: workos-import --resume %3 --skip-unresolved-orgs"_s
        .arg(warmed.failed).arg(list, jobId);
}

} // namespace

// Tells the run's coroutine that every worker has ended.
class WorkersDone : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void done();
};

struct JobRunner::Run {
    RunRequest request;
    std::shared_ptr<RunContext> ctx;
    std::unique_ptr<Store::JobStore> store;
    std::unique_ptr<Store::JobLock> lock; // held from before the job exists until the run ends
    QThread writerThread;
    std::unique_ptr<OutcomeWriter> writer;
    QThreadPool pool;
    WorkersDone workersDone;
    int activeWorkers = 0;
    int replacements = 0;
    QString workerFailure;
    std::atomic_bool stop {false};     // planning and pre-warming
    bool paused = false;
    bool cancelled = false;
    JobProgress progress;
    QElapsedTimer clock;
    QTimer progressTimer;
    std::deque<std::pair<qint64, qint64>> rateSamples; // (ms, rowsDone)
    qint64 rowsDoneAtStart = 0;
    double writesPerRow = 1.0;
    DurationInput duration;    // the ETA's model input (the rows of this run)
    qint64 importStartMs = 0;  // run->clock when the rows started

    ~Run()
    {
        if (writerThread.isRunning()) {
            writerThread.quit();
            writerThread.wait();
        }
    }
};

JobRunner::JobRunner(QString storePath, Api::ApiKey apiKey, QObject *parent)
    : QObject(parent), m_storePath(std::move(storePath)), m_apiKey(std::move(apiKey))
{
    qRegisterMetaType<Engine::JobProgress>();
    qRegisterMetaType<Engine::JobResult>();
}

JobRunner::~JobRunner()
{
    if (m_run) {
        m_run->stop = true;
        if (m_run->ctx) {
            m_run->ctx->stop = true;
            m_run->ctx->cancel->store(true);
        }
        m_run->pool.waitForDone();
    }
}

void JobRunner::pause()
{
    if (!m_run)
        return;
    m_run->paused = true;
    m_run->stop = true;
    if (m_run->ctx)
        m_run->ctx->stop = true;
}

void JobRunner::cancel()
{
    if (!m_run)
        return;
    m_run->cancelled = true;
    m_run->stop = true;
    if (m_run->ctx) {
        const bool again = m_run->ctx->stop.exchange(true);
        const std::shared_ptr<std::atomic_bool> abandon = m_run->ctx->cancel;
        if (again)
            abandon->store(true);
        else
            QTimer::singleShot(StopGraceMs, this, [abandon] { abandon->store(true); });
    }
}

namespace {

QCoro::Task<void> runJob(QPointer<JobRunner> self, JobRunner::Run *run, QString storePath, Api::ApiKey key,
                         std::function<void(JobResult)> finish, std::function<void(QString)> say,
                         std::function<void()> emitProgress);

} // namespace

void JobRunner::start(RunRequest request)
{
    if (m_running) {
        JobResult r;
        r.message = QCoreApplication::translate("Engine::JobRunner", "A job is already running.");
        Q_EMIT finished(r);
        return;
    }
    m_running = true;
    m_run = std::make_unique<Run>();
    m_run->request = std::move(request);
    m_run->clock.start();
    QPointer<JobRunner> self(this);
    auto finish = [self](JobResult result) {
        if (!self)
            return;
        // The job's final state is written: another process may take the job now.
        if (self->m_run && self->m_run->lock)
            self->m_run->lock->unlock();
        self->m_running = false;
        Q_EMIT self->finished(result);
    };
    auto say = [self](QString text) {
        if (self)
            Q_EMIT self->message(text);
    };
    auto emitProgress = [self] {
        if (self && self->m_run)
            Q_EMIT self->progress(self->m_run->progress);
    };
    // The task runs on this thread's event loop; it owns nothing that outlives `this`.
    [](QCoro::Task<void> task) { Q_UNUSED(task); }(runJob(self, m_run.get(), m_storePath, m_apiKey, finish, say, emitProgress));
}

namespace {

struct Checked {
    bool ok = false;
    QString error;
};

// Before a resume: the file is there, has its planned size and (plan version 2) its planned
// header. The rows themselves are checked lazily, chunk by chunk, by the worker that takes
// each (its hash, before any row of it is sent), so a resume reads a few bytes here instead
// of the whole file. Jobs planned before chunk hashes existed compare the whole file's SHA-256.
Checked checkFileUnchanged(const Store::JobRecord &job, qint64 headerEnd)
{
    QFileInfo info(job.csvPath);
    if (!info.exists())
        return {false, QCoreApplication::translate("Engine::JobRunner", "The CSV file of job %1 is gone: %2. Put it back at that path to resume.").arg(job.id, job.csvPath)};
    if (info.size() != job.csvSize)
        return {false, QCoreApplication::translate("Engine::JobRunner", "The CSV file of job %1 changed since the job started (its size was %2 bytes, now %3). "
                        "Resuming would import the wrong rows: put the original file back to resume, or start a new "
                        "job for the changed file.")
                            .arg(job.id).arg(job.csvSize).arg(info.size())};
    if (job.planVersion >= 2 && !job.headerHash.isEmpty()) {
        QFile file(job.csvPath);
        if (!file.open(QIODevice::ReadOnly))
            return {false, QCoreApplication::translate("Engine::JobRunner", "Cannot read the CSV file of job %1: %2").arg(job.id, file.errorString())};
        QString error;
        const auto header = Store::ChunkHash::ofRange(file, 0, headerEnd, &error);
        if (!header)
            return {false, QCoreApplication::translate("Engine::JobRunner", "Cannot read the CSV file of job %1: %2").arg(job.id, error)};
        if (Store::ChunkHash::toHex(*header) != job.headerHash)
            return {false, QCoreApplication::translate("Engine::JobRunner", "The CSV file of job %1 changed since the job started (its header differs). Resuming "
                            "would import the wrong rows: put the original file back to resume, or start a new job "
                            "for the changed file.").arg(job.id)};
        return {true, {}};
    }
    const Store::FileHash hash = Store::sha256OfFile(job.csvPath);
    if (!hash.ok())
        return {false, hash.error};
    if (hash.sha256 != job.csvSha256)
        return {false, QCoreApplication::translate("Engine::JobRunner", "The CSV file of job %1 changed since the job started (its contents differ). "
                        "Resuming would import the wrong rows: put the original file back to resume, or start a new "
                        "job for the changed file.").arg(job.id)};
    return {true, {}};
}

// The distinct organizations of a file, for a resumed job whose pre-warming did not finish.
QList<Model::OrgRef> scanOrganizations(const QString &path, const Source::Options &source, const Model::Schema &schema)
{
    QList<Model::OrgRef> orgs;
    QHash<QString, qsizetype> index;
    const std::unique_ptr<Source::Reader> reader = Source::openReader(path, source);
    if (!reader->open())
        return orgs;
    Csv::Record record;
    while (reader->next(record)) {
        const Model::RowResult r = Model::checkRow(schema, record);
        if (r.disposition != Model::Disposition::Import || r.row.org.isEmpty())
            continue;
        const QString key = r.row.org.key();
        const auto it = index.constFind(key);
        if (it == index.constEnd()) {
            index.insert(key, orgs.size());
            orgs.append(r.row.org);
        } else if (orgs[*it].name.isEmpty()) {
            orgs[*it].name = r.row.org.name;
        }
    }
    return orgs;
}


// ---- the job's lock (planning, resume, retry) ----

struct Locked {
    std::unique_ptr<Store::JobLock> lock; // null: `message` says why
    QString message;
};

// A new job: its id (the caller's, or a new one) locked before the job is written.
Locked lockNewJob(const Store::JobStore &store, const QString &storePath, const QString &wantedId)
{
    Locked out;
    if (!wantedId.isEmpty()) {
        if (!Store::JobStore::isValidJobId(wantedId)) {
            out.message = u"\"%1\" cannot be a job id: use 1-64 letters, digits, '.', '_' or '-'."_s.arg(wantedId);
            return out;
        }
        if (store.job(wantedId)) {
            out.message = QCoreApplication::translate("Engine::JobRunner", "A job named \"%1\" exists already. Resume it with --resume %1, or choose another --job-id.")
                              .arg(wantedId);
            return out;
        }
        auto lock = std::make_unique<Store::JobLock>(storePath, wantedId);
        if (!lock->tryLock()) {
            out.message = QCoreApplication::translate("Engine::JobRunner", "A job named \"%1\" is being started by another window or process (%2). Choose another --job-id.")
                              .arg(wantedId, lock->holder().isEmpty() ? u"its lock file cannot be taken"_s : lock->holder());
            return out;
        }
        out.lock = std::move(lock);
        return out;
    }
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString id = store.newJobId();
        auto lock = std::make_unique<Store::JobLock>(storePath, id);
        // Another process may have picked the same id in the same second: it holds the lock.
        if (lock->tryLock() && !store.job(id)) {
            out.lock = std::move(lock);
            return out;
        }
    }
    out.message = QCoreApplication::translate("Engine::JobRunner", "Cannot make a lock file next to the job store %1. Check that its folder is writable.").arg(storePath);
    return out;
}

struct Picked {
    std::unique_ptr<Store::JobLock> lock; // null: `message` says why
    Store::JobRecord job;                 // as stored once the lock was held
    QString message;
};

QString runningElsewhere(const QString &jobId, const Store::JobLock &lock)
{
    const QString who = lock.holder();
    return who.isEmpty()
        ? QCoreApplication::translate("Engine::JobRunner", "Job %1 is running in another window or process. Stop it there first, or wait for it to end.").arg(jobId)
        //: %2 names the window or process, e.g. "process 4711 on host"
        : QCoreApplication::translate("Engine::JobRunner", "Job %1 is running in another window or process (%2). Stop it there first, or wait for it to end.")
              .arg(jobId, who);
}

// The job a resume or a retry runs, locked. With an id: that job, refused when another live
// process holds it. Without (plain --resume): the newest resumable job no live process holds.
// The job is read again once the lock is held: its state may have changed in between.
Picked lockExistingJob(const Store::JobStore &store, const QString &storePath, const RunRequest &req)
{
    Picked out;
    if (!req.jobId.isEmpty()) {
        QString error;
        if (!store.job(req.jobId, &error)) {
            out.message = error.isEmpty() ? QCoreApplication::translate("Engine::JobRunner", "There is no job \"%1\". `workos-import jobs` lists the jobs.").arg(req.jobId)
                                          : error;
            return out;
        }
        auto lock = std::make_unique<Store::JobLock>(storePath, req.jobId);
        if (!lock->tryLock()) {
            out.job.id = req.jobId;
            if (const auto j = store.job(req.jobId))
                out.job = *j;
            out.message = runningElsewhere(req.jobId, *lock);
            return out;
        }
        const auto job = store.job(req.jobId, &error);
        if (!job) {
            out.message = error.isEmpty() ? QCoreApplication::translate("Engine::JobRunner", "Job \"%1\" was deleted just now.").arg(req.jobId) : error;
            return out;
        }
        out.job = *job;
        out.lock = std::move(lock);
        return out;
    }
    QString error;
    const QList<Store::JobRecord> all = store.jobs(0, &error);
    if (!error.isEmpty()) {
        out.message = error;
        return out;
    }
    QStringList busy;
    for (const Store::JobRecord &candidate : all) {
        if (!Store::isResumable(candidate.state))
            continue;
        auto lock = std::make_unique<Store::JobLock>(storePath, candidate.id);
        if (!lock->tryLock()) {
            busy.append(candidate.id);
            continue;
        }
        const auto job = store.job(candidate.id);
        if (!job || !Store::isResumable(job->state))
            continue; // ended or deleted in between; the lock goes with `lock`
        out.job = *job;
        out.lock = std::move(lock);
        return out;
    }
    if (busy.isEmpty())
        out.message = QCoreApplication::translate("Engine::JobRunner", "There is no interrupted job to resume.");
    else
        out.message = (busy.size() == 1
                           ? QCoreApplication::translate("Engine::JobRunner", "There is no interrupted job to resume: %1 is running in another window or "
                                                    "process. Resume a job by its id once it has stopped there.")
                           : QCoreApplication::translate("Engine::JobRunner", "There is no interrupted job to resume: %1 are running in another window or "
                                                    "process. Resume a job by its id once it has stopped there."))
                          .arg(busy.join(u", "_s));
    return out;
}


// ---- the files under a run: the job store and the CSV ----

// Plain words when the job store at `path` is no longer the file this run opened (deleted,
// or replaced): SQLite goes on writing into the deleted file without an error, so this is
// the only way to know. Empty while it is the same file.
QString storeGoneProblem(const QString &path, const Store::FileIdentity &atStart)
{
    if (!atStart.exists || Store::FileIdentity::of(path).sameFileAs(atStart))
        return {};
    return QCoreApplication::translate("Engine::JobRunner",
                                       "The job store %1 was deleted or replaced while the import ran: what this run recorded "
                                       "went with it, so this job can no longer be resumed, verified or undone. The import "
                                       "stopped. What it created in WorkOS is still there; put the job store back from a "
                                       "backup, or import the file again as a new job (existing users are recognised).")
        .arg(path);
}

// Records (lines that are not empty) in bytes [from, end) of `path`.
qint64 linesAfter(const QString &path, qint64 from)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || !file.seek(from))
        return 0;
    qint64 lines = 0;
    bool inLine = false;
    while (!file.atEnd()) {
        const QByteArray block = file.read(1 << 20);
        if (block.isEmpty())
            break;
        for (const char c : block) {
            if (c == '\n') {
                lines += inLine ? 1 : 0;
                inLine = false;
            } else if (c != '\r') {
                inLine = true;
            }
        }
    }
    return lines + (inLine ? 1 : 0);
}

// Plain words when the job's CSV file is not, at the end of a run, the file the run started
// from with the size it was planned with: replaced by rename (sed -i, most editors save a new
// file), grown or cut. The per-chunk hashes prove the rows a worker read; this proves that
// nothing was added or swapped beside them. Empty when the file is the same.
QString csvChangedDuringRun(const Store::JobRecord &job, const Store::FileIdentity &atStart)
{
    const Store::FileIdentity now = Store::FileIdentity::of(job.csvPath);
    if (!now.exists)
        return QCoreApplication::translate("Engine::JobRunner",
                                           "The file changed during the import: %1 was deleted or moved while it ran. The rows "
                                           "imported are those it had when the job started; put it back to resume or verify the job.")
            .arg(job.csvPath);
    const bool replaced = atStart.exists && !now.sameFileAs(atStart);
    if (now.size > job.csvSize && !replaced) {
        const qint64 added = linesAfter(job.csvPath, job.csvSize);
        const QString rows = added == 1 ? QCoreApplication::translate("Engine::JobRunner", "1 row added after it started was")
                                        : QCoreApplication::translate("Engine::JobRunner", "%1 rows added after it started were").arg(added);
        return QCoreApplication::translate("Engine::JobRunner",
                                           "The file changed during the import: %1 not imported. Import the new rows as a new "
                                           "job (rows already in WorkOS are recognised); this job keeps the rows it was started with.")
            .arg(rows);
    }
    if (now.size != job.csvSize)
        return QCoreApplication::translate("Engine::JobRunner",
                                           "The file changed during the import: %1 was %2 (it had %3 bytes when the job started, "
                                           "now %4). The rows imported are those of the file as it was; check what changed and "
                                           "import the changed file as a new job.")
            .arg(job.csvPath, replaced ? QCoreApplication::translate("Engine::JobRunner", "replaced by another file")
                                       : QCoreApplication::translate("Engine::JobRunner", "changed"))
            .arg(job.csvSize).arg(now.size);
    if (replaced) {
        // Saved again with the same bytes (an editor that saved without a change) is no change.
        if (!job.csvSha256.isEmpty()) {
            const Store::FileHash hash = Store::sha256OfFile(job.csvPath);
            if (hash.ok() && hash.sha256 == job.csvSha256)
                return {};
        }
        return QCoreApplication::translate("Engine::JobRunner",
                                           "The file changed during the import: %1 was replaced by another file (an editor or "
                                           "a tool such as sed -i saves a new file). The rows imported are those of the file "
                                           "when the job started; import the new file as a new job.")
            .arg(job.csvPath);
    }
    return {};
}

// ---- store failures and the proof of a finished job ----

QString storeProblem(const QString &why)
{
    return OutcomeWriter::storeProblem(why);
}

struct ImportStart {
    bool ok = false;
    QString error;
    Store::JobCounters baseline; // the counters before this run, without the rows it retries
    qint64 finalRows = 0;
};

// Before the workers start: chunks left in progress by a killed process, or set aside after
// failing workers, are taken again; the counters so far are read. Every step is checked.
ImportStart prepareImport(Store::JobStore &store, const QString &jobId)
{
    ImportStart out;
    if (store.requeueInProgressChunks(jobId, &out.error) < 0)
        return out;
    const QList<Store::ChunkRecord> chunks = store.chunks(jobId, &out.error);
    if (!out.error.isEmpty())
        return out;
    for (const Store::ChunkRecord &c : chunks)
        if (c.state == Store::ChunkState::Failed && !store.setChunkState(jobId, c.index, Store::ChunkState::Pending, {}, &out.error))
            return out;
    out.baseline = store.countOutcomes(jobId, &out.error);
    if (!out.error.isEmpty())
        return out;
    const qint64 retryingNow = store.failedRows(jobId, true, &out.error).size();
    if (!out.error.isEmpty())
        return out;
    out.baseline.failed = std::max<qint64>(0, out.baseline.failed - retryingNow);
    out.finalRows = store.countFinalRows(jobId, &out.error);
    if (out.finalRows < 0)
        return out;
    out.ok = true;
    return out;
}

struct Proof {
    bool finished = false;  // proved from the store
    bool counted = false;   // `counters` were read from the store
    bool chunksLeft = false; // some chunk is not done
    bool jobGone = false;   // the job is not in the store any more
    QString problem;        // why it is not proved, for the person
    Store::JobCounters counters;
};

// A job is finished only when the store shows it: the job is there, it has chunks that cover
// its planned rows, every chunk is done, and every planned row has exactly one outcome, the
// valid ones an import outcome and the others invalid or duplicate (the planner's counts:
// totalRows = valid + invalid + duplicates). An empty answer or a failed read proves nothing.
Proof proveFinished(Store::JobStore &store, const QString &jobId)
{
    Proof p;
    QString error;
    const auto job = store.job(jobId, &error);
    if (!job) {
        p.jobGone = error.isEmpty();
        p.problem = error.isEmpty()
            ? QCoreApplication::translate("Engine::JobRunner", "Job %1 is no longer in the job store: it was deleted during the run (in another window or "
               "process?). What was sent is in WorkOS; start a new job for the file to import the rest (rows "
               "already imported are found and counted as existing).").arg(jobId)
            : storeProblem(error);
        return p;
    }
    p.counters = store.countOutcomes(jobId, &error);
    if (!error.isEmpty()) {
        p.problem = storeProblem(error);
        return p;
    }
    p.counted = true;
    const QList<Store::ChunkRecord> chunks = store.chunks(jobId, &error);
    if (!error.isEmpty()) {
        p.problem = storeProblem(error);
        return p;
    }
    const qint64 total = job->counters.totalRows;
    if (chunks.isEmpty() || total <= 0) {
        p.problem = QCoreApplication::translate("Engine::JobRunner", "Job %1 has no planned rows in the job store, so it cannot be called finished. Resume it to plan "
                     "it again.").arg(jobId);
        return p;
    }
    qint64 planned = 0, expectedFirst = 1, notDone = 0;
    bool contiguous = true;
    for (const Store::ChunkRecord &c : chunks) {
        planned += c.rowCount;
        contiguous = contiguous && c.firstRow == expectedFirst && c.lastRow - c.firstRow + 1 == c.rowCount;
        expectedFirst = c.lastRow + 1;
        if (c.state != Store::ChunkState::Done)
            ++notDone;
    }
    if (notDone > 0) {
        p.chunksLeft = true;
        p.problem = u"%1 of %2 chunks of job %3 are not finished. Resume the job to import them."_s.arg(notDone)
                        .arg(chunks.size()).arg(jobId);
        return p;
    }
    if (!contiguous || planned != total) {
        p.problem = QCoreApplication::translate("Engine::JobRunner", "The chunks of job %1 cover %2 rows but the plan has %3. The job store is damaged: start a new "
                     "job for the file (rows already imported are found and counted as existing).")
                        .arg(jobId).arg(planned).arg(total);
        return p;
    }
    const auto byOutcome = store.countRowsByOutcome(jobId, &error);
    if (!byOutcome) {
        p.problem = storeProblem(error);
        return p;
    }
    auto n = [&](Store::Outcome o) {
        const auto it = byOutcome->find(o);
        return it == byOutcome->end() ? qint64(0) : it->second;
    };
    const qint64 imported = n(Store::Outcome::Created) + n(Store::Outcome::Existed) + n(Store::Outcome::MembershipAdded)
        + n(Store::Outcome::MembershipExisted) + n(Store::Outcome::Failed);
    const qint64 notImported = n(Store::Outcome::Invalid) + n(Store::Outcome::DuplicateSkipped);
    if (imported + notImported != total || imported != job->counters.valid) {
        QString requeueError;
        const int requeued = store.requeueIncompleteChunks(jobId, &requeueError);
        p.problem = QCoreApplication::translate("Engine::JobRunner", "Only %1 of the %2 rows of job %3 have a recorded outcome (%4 of %5 rows to import). %6")
                        .arg(imported + notImported).arg(total).arg(jobId).arg(imported).arg(job->counters.valid)
                        .arg(requeued > 0 ? QCoreApplication::translate("Engine::JobRunner", "Resume the job to import the rest.")
                                          : QCoreApplication::translate("Engine::JobRunner", "Resume the job; if this repeats, start a new job for the file."));
        return p;
    }
    p.finished = true;
    return p;
}

} // namespace

namespace {

// `count` cheap authenticated reads one after another, for the duration model's answer time.
// False when one fails (no point in more).
QCoro::Task<bool> probeAnswerTime(Api::WorkOsClient *client, int count)
{
    for (int i = 0; i < count; ++i) {
        const Api::Result<void> ok = co_await client->verifyKey();
        if (!ok.ok())
            co_return false;
    }
    co_return true;
}

} // namespace

QString JobRunner::lockPath(const QString &storePath, const QString &jobId)
{
    return Store::JobLock::path(storePath, jobId);
}

namespace {

// The dry run's second half: what the import would do with each valid row (DryRun), as the
// result's counters. A job-level failure sets result->blocker (and ctx's fatal error).
QCoro::Task<void> dryRunRows(QPointer<JobRunner> self, JobRunner::Run *run, Api::WorkOsClient *client,
                             RunContext *ctx, Model::Schema schema, JobSettings settings,
                             Model::ValidationSummary planned, JobResult *result, std::function<void(QString)> say)
{
    say(QCoreApplication::translate("Engine::JobRunner", "Looking up the file's users in WorkOS (reads only)."));
    DryRun dry(client, &ctx->orgs, &ctx->network, &run->stop);
    dry.setUpdateExisting(settings.updateExisting || !settings.catchUpOf.isEmpty());
    dry.setSource(settings.source);
    const DryRunResult d = co_await dry.run(settings.csvPath, schema, std::min(8, settings.concurrency));
    if (!self)
        co_return;
    result->state = Store::JobState::Failed; // a dry run that could not end (never stored)
    if (d.fatalError) {
        ctx->setFatal(*d.fatalError);
        result->blocker = blockerFor(*d.fatalError);
        if (result->blocker == Blocker::None)
            result->blocker = Blocker::ServerUnreachable;
        co_return;
    }
    if (!d.error.isEmpty()) {
        result->message = d.error;
        co_return;
    }
    if (run->cancelled || run->paused) {
        result->message = QCoreApplication::translate("Engine::JobRunner", "Stopped before the dry run ended.");
        co_return;
    }
    result->state = Store::JobState::Planned;
    Store::JobCounters &c = result->counters;
    c.totalRows = planned.rows;
    c.valid = planned.valid;
    c.invalid = planned.invalid;
    c.duplicatesSkipped = planned.duplicates;
    c.created = d.usersToCreate;
    c.existed = d.usersExisting;
    c.membershipsAdded = d.membershipsToAdd;
    c.membershipExisted = d.membershipsExisting;
    c.failed = d.rowsFailing;
    c.updated = d.usersToUpdate;
    result->usersToUpdate = d.usersToUpdate;
    result->usersUnchanged = d.usersUnchanged;
    if (!settings.catchUpOf.isEmpty() && run->store) {
        const MissingSummary missing = recordMissingEarlierUsers(*run->store, settings, {});
        result->earlierUsersMissing = missing.count;
        result->earlierUsersMissingSample = missing.sample;
    }
    result->dryRun = true;
    result->writesNeeded = d.usersToCreate + d.membershipsToAdd + result->orgsToCreate;
    result->message = QCoreApplication::translate("Engine::JobRunner", "Dry run: nothing was written to WorkOS. The import would create %1 users (%2 already exist), "
                      "add %3 memberships (%4 already there) and create %5 organizations; %6 rows would fail and "
                      "%7 are invalid.")
                          .arg(d.usersToCreate).arg(d.usersExisting).arg(d.membershipsToAdd).arg(d.membershipsExisting)
                          .arg(result->orgsToCreate).arg(d.rowsFailing).arg(planned.invalid);
    if (!d.failures.isEmpty())
        result->message += u" Rows that would fail: %1%2."_s.arg(d.failures.join(u"; "_s),
                                                                d.rowsFailing > d.failures.size() ? u"; ..."_s : QString());
}

QCoro::Task<void> runJob(QPointer<JobRunner> self, JobRunner::Run *run, QString storePath, Api::ApiKey key,
                         std::function<void(JobResult)> finish, std::function<void(QString)> say,
                         std::function<void()> emitProgress)
{
    const RunRequest &req = run->request;
    JobResult result;
    auto fail = [&](QString message, Store::JobState state = Store::JobState::Failed, Blocker blocker = Blocker::None) {
        result.state = state;
        result.blocker = blocker;
        result.message = std::move(message);
        result.elapsedMs = run->clock.elapsed();
        // Only a job this run holds is written: another process's job is never touched.
        if (run->store && run->lock && run->lock->isLocked() && !result.jobId.isEmpty() && !req.dryRun) {
            QString why;
            if (!run->store->updateJobState(result.jobId, state, result.message, &why))
                result.message += u" (The job's state could not be saved either: %1)"_s.arg(why);
        }
        finish(result);
    };

    run->store = std::make_unique<Store::JobStore>(storePath);
    QString error;
    if (!run->store->open(&error)) {
        fail(QCoreApplication::translate("Engine::JobRunner", "Cannot open the job store %1: %2").arg(storePath, error));
        co_return;
    }
    Store::JobStore &store = *run->store;
    // Which files this run works on, to tell at the end (and on every progress tick, for the
    // store) whether they are still those files.
    const Store::FileIdentity storeAtStart = Store::FileIdentity::of(storePath);
    Store::FileIdentity csvAtStart;

    Store::JobRecord job;
    JobSettings settings;
    QList<Model::OrgRef> organizations;
    Model::ValidationSummary planned; // New: what planning found
    bool needOrgScan = false;

    bool planNow = req.kind == RunRequest::Kind::New;
    if (planNow) {
        settings = req.settings;
        // A catch-up (docs/cutover.md) updates what changed; refused with what differs.
        if (!settings.catchUpOf.isEmpty()) {
            settings.updateExisting = true;
            if (const QString problem = catchUpProblem(store, settings); !problem.isEmpty()) {
                fail(problem);
                co_return;
            }
        }
        // Where the job writes, recorded for people and for undo's check of the place it runs
        // against (Engine::environmentMismatch); never the key or any part of it.
        if (settings.environment.isEmpty())
            settings.environment = environmentFor(key.reveal(), settings.apiUrl);
        if (!req.dryRun) {
            // The job's lock before the job exists: nobody else may see it half planned.
            Locked locked = lockNewJob(store, storePath, settings.jobId);
            if (!locked.lock) {
                fail(locked.message);
                co_return;
            }
            run->lock = std::move(locked.lock);
            settings.jobId = run->lock->jobId();
        }
    } else {
        Picked picked = lockExistingJob(store, storePath, req);
        result.jobId = picked.job.id;
        if (!picked.lock) {
            result.state = picked.job.id.isEmpty() ? Store::JobState::Failed : picked.job.state;
            result.message = picked.message;
            result.elapsedMs = run->clock.elapsed();
            finish(result);
            co_return;
        }
        run->lock = std::move(picked.lock);
        job = picked.job;
        if (const QString closed = importClosedByUndo(storePath, job.id); !closed.isEmpty()) {
            // Once an undo has started, nothing more of this job is imported (docs/resume.md).
            result.state = Store::JobState::Cancelled;
            result.counters = store.countOutcomes(job.id);
            result.message = closed;
            result.elapsedMs = run->clock.elapsed();
            finish(result);
            co_return;
        }
        if (req.kind == RunRequest::Kind::Resume && Store::isTerminal(job.state)) {
            result.state = job.state;
            result.counters = store.countOutcomes(job.id);
            result.message = QCoreApplication::translate("Engine::JobRunner", "Job %1 has already ended (%2); nothing to resume. Use `workos-import retry %1` to run its failed rows again.")
                                 .arg(job.id, Store::jobStateId(job.state));
            finish(result);
            co_return;
        }
        settings = JobSettings::fromJson(job.settings);
        settings.csvPath = job.csvPath;
        if (req.workers)
            settings.workers = *req.workers;
        if (req.skipUnresolvedOrgs && !settings.skipUnresolvedOrgs) {
            // The decision is taken now, once, and kept with the job for every later run.
            settings.skipUnresolvedOrgs = true;
            QJsonObject stored = job.settings;
            stored.insert(u"skip_unresolved_orgs"_s, true);
            store.updateSettings(job.id, stored);
        }
        needOrgScan = true;
        if (req.kind == RunRequest::Kind::Resume && job.state == Store::JobState::Planned && job.counters.totalRows == 0) {
            // The process that planned it died while it planned the file (we hold the job's
            // lock, so no live process is planning it): the job has no chunks (or only some),
            // and nothing was sent to WorkOS yet. Plan it again under its id; importing it as
            // it is would "finish" it without a single row.
            say(QCoreApplication::translate("Engine::JobRunner", "Job %1 was stopped while its file was being checked; checking it again.").arg(job.id));
            QString why;
            if (!store.deleteJob(job.id, &why, run->lock.get())) {
                fail(why, Store::JobState::Interrupted);
                co_return;
            }
            settings.jobId = job.id;
            settings.name = job.name;
            planNow = true;
            needOrgScan = false;
        }
        if (!planNow) {
            // A job planned in full: the file must still be the one it was planned from.
            QString chunkError;
            const QList<Store::ChunkRecord> planned = store.chunks(job.id, &chunkError);
            if (!chunkError.isEmpty()) {
                fail(storeProblem(chunkError), job.state);
                co_return;
            }
            const Checked unchanged = checkFileUnchanged(job, planned.isEmpty() ? 0 : planned.first().byteOffset);
            if (!unchanged.ok) {
                result.state = job.state;
                result.message = unchanged.error;
                finish(result);
                co_return;
            }
        }
    }
    csvAtStart = Store::FileIdentity::of(planNow ? settings.csvPath : job.csvPath);
    if (planNow) {
        run->progress.phase = Phase::Planning;
        emitProgress();
        say(QCoreApplication::translate("Engine::JobRunner", "Reading and checking %1").arg(QFileInfo(settings.csvPath).fileName()));
        QElapsedTimer tick;
        tick.start();
        const Plan plan = JobPlanner::plan(&store, settings, [&](qint64 done, qint64 total) {
            if (tick.elapsed() < 200)
                return;
            tick.restart();
            run->progress.stepDone = done;
            run->progress.stepTotal = total;
            emitProgress();
        }, &run->stop, req.dryRun, run->lock.get());
        if (!self)
            co_return;
        if (!plan.ok) {
            // The planner removed its half-written job; there is no state left to write.
            if (run->lock)
                run->lock->unlock();
            if (run->cancelled || run->paused) // stopped by the person: nothing was sent, no job is left
                fail(QCoreApplication::translate("Engine::JobRunner", "Stopped while the file was being checked: nothing was sent to WorkOS."), Store::JobState::Cancelled);
            else
                fail(plan.error);
            co_return;
        }
        for (const QString &w : plan.warnings)
            say(w);
        job = plan.job;
        organizations = plan.organizations;
        planned = plan.summary;
        result.jobId = job.id;
        result.passwordFates = plan.summary.passwordFates;
        result.source = plan.source;
        say(QCoreApplication::translate("Engine::JobRunner", "Read as: %1. Passwords: %2.")
                .arg(Source::kindName(plan.source), plan.summary.passwordFates.text()));
        say(QCoreApplication::translate("Engine::JobRunner", "%1 rows: %2 to import, %3 invalid, %4 duplicates; %5 organizations, %6 chunks.")
                .arg(plan.summary.rows).arg(plan.summary.valid)
                .arg(plan.summary.invalid).arg(plan.summary.duplicates)
                .arg(plan.summary.distinctOrganizations).arg(plan.chunks));
        run->writesPerRow = plan.summary.valid > 0
            ? double(plan.summary.distinctEmails + plan.summary.memberships) / double(std::max<qint64>(1, plan.summary.valid))
            : 1.0;
        result.writesNeeded = plan.summary.distinctEmails + plan.summary.memberships;
        run->duration.rows = plan.summary.valid;
        run->duration.distinctUsers = plan.summary.distinctEmails;
        run->duration.memberships = plan.summary.memberships;
    }

    // The schema to rebuild rows with.
    Model::Schema schema;
    {
        const std::unique_ptr<Source::Reader> reader = Source::openReader(settings.csvPath, settings.source);
        if (!reader->open()) {
            // Other side files (an Auth0 password export, Firebase parameters) than the plan's:
            // a condition of the job, like a changed file; it stays resumable once they are back.
            if (reader->errorId() == u"source.side_file_changed"_s)
                fail(reader->errorMessage(), job.state, Blocker::FileChanged);
            else
                fail(reader->errorMessage());
            co_return;
        }
        schema = Model::Schema::fromHeader(reader->header(), settings.mapping);
        if (!settings.singleOrg.isEmpty())
            schema.setSingleOrganization(settings.singleOrg);
    }

    if (req.kind == RunRequest::Kind::RetryFailed) {
        QString why;
        if (req.retryAll) {
            QList<Store::RowOutcome> again;
            const QList<Store::RowOutcome> failed = store.failedRows(job.id, false, &why);
            if (!why.isEmpty()) {
                fail(storeProblem(why), job.state);
                co_return;
            }
            for (Store::RowOutcome o : failed)
                if (o.outcome == Store::Outcome::Failed && !o.retryable) {
                    o.retryable = true;
                    again.append(o);
                }
            if (!store.recordOutcomes(again, &why)) {
                fail(storeProblem(why), job.state);
                co_return;
            }
        }
        const QList<Store::RowOutcome> retry = store.failedRows(job.id, true, &why);
        const QList<Store::ChunkRecord> chunks = why.isEmpty() ? store.chunks(job.id, &why) : QList<Store::ChunkRecord>();
        if (!why.isEmpty()) {
            fail(storeProblem(why), job.state);
            co_return;
        }
        QSet<int> pendingChunks;
        for (const Store::RowOutcome &o : retry)
            for (const Store::ChunkRecord &c : chunks)
                if (o.row >= c.firstRow && o.row <= c.lastRow) {
                    pendingChunks.insert(c.index);
                    break;
                }
        for (int index : std::as_const(pendingChunks))
            if (!store.setChunkState(job.id, index, Store::ChunkState::Pending, {}, &why)) {
                fail(storeProblem(why), job.state);
                co_return;
            }
        // Organizations that failed get another chance.
        say(QCoreApplication::translate("Engine::JobRunner", "Retrying %n failed rows of job %1.", nullptr, int(retry.size())).arg(job.id));
    }

    // The shared state of the run.
    auto ctx = std::make_shared<RunContext>();
    run->ctx = ctx;
    ctx->storePath = storePath;
    ctx->jobId = job.id;
    ctx->csvPath = settings.csvPath;
    ctx->source = settings.source;
    ctx->schema = schema;
    ctx->concurrency = settings.concurrency;
    ctx->updateExisting = settings.updateExisting;
    ctx->replaceExistingPasswords = settings.replaceExistingPasswords;
    ctx->catchUpOf = settings.catchUpOf;
    if (run->cancelled || run->paused)
        ctx->stop = true;
    ctx->clientConfig.baseUrl = settings.apiUrl;
    ctx->clientConfig.apiKey = key;
    ctx->clientConfig.rateLimiter = std::make_shared<Api::RateLimiter>(settings.rateLimits);
    ctx->clientConfig.stats = std::make_shared<Api::ClientStats>();
    ctx->clientConfig.cancelFlag = ctx->cancel;
    ctx->network.setPatience(req.networkPatience);
    // While pre-warming (and in a dry run) the waits happen in this thread.
    ctx->network.onWaiting = [&](int seconds, const Api::ApiError &error) {
        run->progress.blocker = Blocker::ServerUnreachable;
        run->progress.retryInSeconds = seconds;
        say(QCoreApplication::translate("Engine::JobRunner", "Cannot reach WorkOS (%1); retrying in %2 s.").arg(error.message()).arg(seconds));
        emitProgress();
    };

    if (!req.dryRun) {
        QString why;
        const QList<Store::OrgEntry> known = store.orgs(job.id, &why);
        if (!why.isEmpty()) {
            fail(storeProblem(why), Store::JobState::Interrupted);
            co_return;
        }
        for (const Store::OrgEntry &e : known) {
            OrgState s;
            s.entry = e;
            s.retryable = true; // a failed organization is tried again on resume
            if (e.resolution != Store::OrgResolution::Failed)
                ctx->orgs.put(s);
        }
        // Users known from earlier runs are not loaded: workers ask the store for an email
        // they do not know (RowImporter::storedUserId), which keeps memory flat.
    }
    if (needOrgScan && schema.mode() != Model::ImportMode::UserOnly) {
        // The organizations the planner recorded (plan version 2); older jobs scan the file.
        QList<Model::OrgRef> all;
        if (job.planVersion >= 2) {
            QString why;
            for (const Store::PlannedOrg &o : store.plannedOrgs(job.id, &why))
                all.append(Model::OrgRef {o.id, o.externalId, o.name});
            if (!why.isEmpty()) {
                fail(storeProblem(why), Store::JobState::Interrupted);
                co_return;
            }
        } else {
            all = scanOrganizations(settings.csvPath, settings.source, schema);
        }
        for (const Model::OrgRef &org : std::as_const(all))
            if (!ctx->orgs.find(org.key()))
                organizations.append(org);
    }

    // Pre-warming: every organization once, before any worker starts.
    Api::WorkOsClient client(ctx->clientConfig);
    if (const auto problem = client.configurationError()) {
        fail(problem->userMessage());
        co_return;
    }
    // Roles the person agreed to create (rolecreator.h): before any organization or row.
    if (!settings.rolesToCreate.isEmpty()) {
        QString why;
        const QList<Store::RoleEntry> knownRoles = req.dryRun ? QList<Store::RoleEntry>() : store.roles(job.id, &why);
        if (!why.isEmpty()) {
            fail(storeProblem(why), Store::JobState::Interrupted);
            co_return;
        }
        QStringList slugs;
        for (const RoleToCreate &r : settings.rolesToCreate)
            slugs.append(r.slug);
        say(QCoreApplication::translate("Engine::JobRunner", "Creating the roles you agreed to: %1.").arg(slugs.join(u", "_s)));
        QString roleWriteError;
        std::function<bool(const Store::RoleEntry &)> recordRole = [&](const Store::RoleEntry &e) {
            return self && run->store->putRole(job.id, e, &roleWriteError);
        };
        RoleCreator roleCreator(&client, req.dryRun);
        const RoleCreationResult roles = co_await roleCreator.run(settings.rolesToCreate, knownRoles, recordRole);
        if (!self)
            co_return;
        if (!roleWriteError.isEmpty()) {
            fail(storeProblem(roleWriteError), Store::JobState::Interrupted);
            co_return;
        }
        if (roles.fatalError) {
            fail(req.dryRun ? dryRunStoppedMessage(*roles.fatalError)
                            : stoppedByMessage(*roles.fatalError, job.id, req.networkPatience),
                 req.dryRun ? Store::JobState::Failed : Store::JobState::Interrupted, blockerFor(*roles.fatalError));
            co_return;
        }
        say((req.dryRun ? QCoreApplication::translate("Engine::JobRunner", "Roles: %1 existed, %2 would be created, %3 failed.")
                        : QCoreApplication::translate("Engine::JobRunner", "Roles: %1 existed, %2 created, %3 failed."))
                .arg(roles.existed).arg(req.dryRun ? roles.wouldCreate : roles.created).arg(roles.failed));
        if (roles.failed > 0) {
            fail(roles.problem(), req.dryRun ? Store::JobState::Failed : Store::JobState::Interrupted);
            co_return;
        }
    }
    if (!organizations.isEmpty()) {
        run->progress.phase = Phase::Prewarming;
        run->progress.stepDone = 0;
        run->progress.stepTotal = organizations.size();
        if (!req.dryRun)
            store.updateJobState(job.id, Store::JobState::Prewarming);
        emitProgress();
        say(req.dryRun ? QCoreApplication::translate("Engine::JobRunner", "Resolving %n organizations (reads only).", nullptr, int(organizations.size()))
                       : QCoreApplication::translate("Engine::JobRunner", "Resolving %n organizations.", nullptr, int(organizations.size())));
        PreWarmer warmer(&client, &ctx->orgs, req.dryRun, &run->stop, &ctx->network);
        // Each organization create's intent before it is sent (docs/resume.md).
        Store::IntentStore intents(storePath);
        QString intentWriteError;
        if (!req.dryRun) {
            QString why;
            if (!intents.open(&why)) {
                fail(storeProblem(why), Store::JobState::Interrupted);
                co_return;
            }
            const std::optional<Store::JobRecord> stored = store.job(job.id); // its creation time as recorded
            warmer.jobId = Store::idempotencyScope(job.id, stored ? stored->createdAt : job.createdAt);
            warmer.recordIntent = [&intents, &intentWriteError, run, jobId = job.id](const Store::CreateIntent &intent) -> std::optional<QDateTime> {
                QString why;
                const std::optional<QDateTime> at = intents.record(jobId, intent, &why);
                if (!at) {
                    if (intentWriteError.isEmpty())
                        intentWriteError = why;
                    run->stop = true; // nothing is created without its intent recorded first
                }
                return at;
            };
            warmer.intentTime = [&intents, jobId = job.id](const QString &orgKey) -> std::optional<QDateTime> {
                if (const auto intent = intents.find(jobId, Store::IntentKind::Organization, orgKey))
                    return intent->intentAt;
                return std::nullopt;
            };
        }
        QElapsedTimer tick;
        tick.start();
        // A named callback, not a temporary: GCC 12 may destroy temporaries of a co_await
        // expression twice (GCC bug 99576).
        QString orgWriteError;
        std::function<void(const OrgState &)> onResolved = [&](const OrgState &s) {
            if (!req.dryRun && self && orgWriteError.isEmpty() && !run->store->putOrg(job.id, s.entry, &orgWriteError))
                run->stop = true; // the organization map cannot be recorded: stop resolving
            ++run->progress.stepDone;
            if (tick.elapsed() >= 200) {
                tick.restart();
                emitProgress();
            }
        };
        const PrewarmResult warmed = co_await warmer.run(organizations, std::min(8, settings.concurrency), onResolved);
        if (!self)
            co_return;
        result.orgsExisting = warmed.existed;
        result.orgsToCreate = warmed.wouldCreate + warmed.created;
        result.orgsMissing = warmed.failed;
        if (!orgWriteError.isEmpty() || !intentWriteError.isEmpty()) {
            fail(storeProblem(orgWriteError.isEmpty() ? intentWriteError : orgWriteError), Store::JobState::Interrupted);
            co_return;
        }
        run->progress.blocker = Blocker::None;
        run->progress.retryInSeconds = -1;
        if (warmed.fatalError) {
            // A job-level failure: no organization and no row was charged with it.
            fail(req.dryRun ? dryRunStoppedMessage(*warmed.fatalError)
                            : stoppedByMessage(*warmed.fatalError, job.id, req.networkPatience),
                 req.dryRun ? Store::JobState::Failed : Store::JobState::Interrupted, blockerFor(*warmed.fatalError));
            co_return;
        }
        if (run->cancelled || run->paused) {
            fail(QCoreApplication::translate("Engine::JobRunner", "Stopped while resolving organizations; resume to continue."),
                 run->paused ? Store::JobState::Paused : Store::JobState::Interrupted);
            co_return;
        }
        say((req.dryRun ? QCoreApplication::translate("Engine::JobRunner", "Organizations: %1 existed, %2 would be created, %3 failed.")
                    : QCoreApplication::translate("Engine::JobRunner", "Organizations: %1 existed, %2 created, %3 failed."))
                .arg(warmed.existed).arg(req.dryRun ? warmed.wouldCreate : warmed.created).arg(warmed.failed));
        if (warmed.failed > 0 && !settings.skipUnresolvedOrgs) {
            fail(unresolvedOrgsMessage(warmed, job.id), req.dryRun ? Store::JobState::Failed : Store::JobState::Interrupted);
            co_return;
        }
    }
    if (req.dryRun) {
        co_await dryRunRows(self, run, &client, ctx.get(), schema, settings, planned, &result, say);
        if (!self)
            co_return;
        if (result.blocker != Blocker::None)
            result.message = dryRunStoppedMessage(*ctx->fatalError());
        if (result.blocker == Blocker::None && result.state == Store::JobState::Planned) {
            // How long the import would take, at the answer time seen here.
            DurationInput in = DurationModel::inputFor(run->duration.rows, run->duration.distinctUsers,
                                                       run->duration.memberships, settings);
            in.existingUsers = result.counters.existed; // the dry run's per-row prediction
            in.organizationsToRead = organizations.size();
            in.organizationsToCreate = result.orgsToCreate;
            // The answer time: cheap reads (GET /organizations?limit=1) on at most 6 lanes (more
            // would wait for a connection and look slow); 96 when it decides the duration
            // (answer times have a tail: the mean needs about a hundred samples).
            const Api::ClientStats::Snapshot before = ctx->clientConfig.stats->snapshot();
            for (const int wanted : {16, 96}) {
                if (wanted > 16) {
                    const DurationEstimate guess = DurationModel::estimate(in);
                    if (guess.latencyBoundSeconds < 0.5 * guess.rateBoundSeconds)
                        break; // the rate limit decides; the answer time hardly matters
                }
                const qint64 answered = ctx->clientConfig.stats->snapshot().answers - before.answers;
                std::vector<QCoro::Task<bool>> lanes;
                const int perLane = int((wanted - answered + 5) / 6);
                for (int lane = 0; lane < 6; ++lane)
                    lanes.push_back(probeAnswerTime(&client, perLane));
                bool reached = true;
                for (auto &l : lanes)
                    reached = (co_await l) && reached;
                if (!self)
                    co_return;
                const Api::ClientStats::Snapshot after = ctx->clientConfig.stats->snapshot();
                if (after.answers > before.answers) {
                    in.latencySeconds = double(after.answerMicros - before.answerMicros) / 1e6
                        / double(after.answers - before.answers);
                    in.latencyObserved = true;
                }
                if (!reached)
                    break;
            }
            result.estimate = DurationModel::estimate(in);
        }
        result.elapsedMs = run->clock.elapsed();
        finish(result);
        co_return;
    }

    // Import.
    const ImportStart start = prepareImport(store, job.id);
    if (!start.ok) {
        fail(storeProblem(start.error), Store::JobState::Interrupted);
        co_return;
    }
    Store::JobCounters baseline = start.baseline;
    run->progress.jobId = job.id;
    run->progress.totalRows = job.counters.totalRows;
    run->progress.rowsToImport = std::max<qint64>(0, job.counters.totalRows - start.finalRows);
    run->progress.phase = Phase::Importing;
    run->progress.state = Store::JobState::Running;
    {
        QString why;
        if (!store.updateJobState(job.id, Store::JobState::Running, {}, &why)) {
            fail(storeProblem(why), Store::JobState::Interrupted);
            co_return;
        }
    }

    run->writer = std::make_unique<OutcomeWriter>(storePath, job.id);
    run->writer->setBaseline(baseline);
    run->writer->moveToThread(&run->writerThread);
    run->writerThread.setObjectName(u"outcome-writer"_s);
    run->writerThread.start();
    bool opened = false;
    QMetaObject::invokeMethod(run->writer.get(), &OutcomeWriter::open, Qt::BlockingQueuedConnection, &opened);
    if (!opened) {
        fail(storeProblem(run->writer->failure()), Store::JobState::Interrupted);
        co_return;
    }
    ctx->writer = run->writer.get();
    ctx->network.onWaiting = [ctx = ctx.get()](int seconds, const Api::ApiError &error) {
        ctx->warn(QCoreApplication::translate("Engine::JobRunner", "Cannot reach WorkOS (%1); retrying in %2 s.").arg(error.message()).arg(seconds));
    };
    // A row whose outcome cannot be recorded would be imported again by every resume, and a
    // job whose progress is not recorded cannot be proved finished: stop the whole run.
    QObject::connect(run->writer.get(), &OutcomeWriter::writeFailed, self.data(), [ctx](const QString &message) {
        ctx->haltJob(storeProblem(message));
    });

    const int workers = std::clamp(settings.workers, 1, JobSettings::MaxWorkers);
    run->pool.setMaxThreadCount(workers);
    run->pool.setExpiryTimeout(-1);
    run->activeWorkers = 0;
    // The ETA's model: the rows of this run (a resumed job was not planned here: one user and,
    // with organizations, one membership per row).
    DurationInput &eta = run->duration;
    if (!planNow || eta.rows != run->progress.rowsToImport) {
        const double share = eta.rows > 0 ? double(run->progress.rowsToImport) / double(eta.rows) : 0.0;
        eta.distinctUsers = eta.rows > 0 ? qint64(double(eta.distinctUsers) * share) : run->progress.rowsToImport;
        eta.memberships = eta.rows > 0 ? qint64(double(eta.memberships) * share)
                                       : (schema.mode() == Model::ImportMode::UserOnly ? 0 : run->progress.rowsToImport);
        eta.rows = run->progress.rowsToImport;
    }
    eta = DurationModel::inputFor(eta.rows, eta.distinctUsers, eta.memberships, settings);

    std::function<void(int)> startWorker;
    startWorker = [&, self](int slot) {
        ++run->activeWorkers;
        auto *w = new Worker(ctx, slot, [self, run, &startWorker](int s, bool failed, QString why) {
            QMetaObject::invokeMethod(self.data(), [self, run, s, failed, why, &startWorker] {
                if (!self)
                    return;
                --run->activeWorkers;
                if (failed) {
                    // Its chunk goes back to the queue; a replacement takes over.
                    const QString id = Worker::idFor(s);
                    // A chunk that made three workers fail is set aside (failed) so that the
                    // others go on; the job then ends resumable, naming the problem.
                    QString storeError;
                    const QList<Store::ChunkRecord> chunks = run->store->chunks(run->ctx->jobId, &storeError);
                    for (const Store::ChunkRecord &c : chunks)
                        if (storeError.isEmpty() && c.state == Store::ChunkState::InProgress && c.workerId == id)
                            run->store->setChunkState(run->ctx->jobId, c.index,
                                                      c.attempts >= 3 ? Store::ChunkState::Failed
                                                                      : Store::ChunkState::Pending,
                                                      {}, &storeError);
                    if (!storeError.isEmpty())
                        run->ctx->haltJob(storeProblem(storeError));
                    run->workerFailure = why;
                    if (!run->ctx->stop.load() && run->replacements < 3 * JobSettings::MaxWorkers) {
                        ++run->replacements;
                        startWorker(s);
                        return;
                    }
                }
                if (run->activeWorkers == 0)
                    Q_EMIT run->workersDone.done();
            }, Qt::QueuedConnection);
        });
        run->pool.start(w);
    };

    // Progress, a few times a second.
    // The CSV replaced while the run goes on (sed -i, an editor): the workers would go on
    // reading the old file, so the run stops at the next tick instead of importing what the
    // person has since changed. Each new identity is judged once (a file saved again with the
    // same bytes is no change, and that takes a hash).
    auto csvJudged = std::make_shared<Store::FileIdentity>(csvAtStart);
    auto tickProgress = [run, ctx, emitProgress, say, storePath, storeAtStart, csvAtStart, csvJudged, job] {
        if (const QString gone = storeGoneProblem(storePath, storeAtStart); !gone.isEmpty() && !ctx->haltReason())
            ctx->haltJob(gone);
        if (const Store::FileIdentity csvNow = Store::FileIdentity::of(job.csvPath);
            !ctx->haltReason() && !csvNow.sameFileAs(*csvJudged)) {
            *csvJudged = csvNow;
            if (!csvNow.sameFileAs(csvAtStart))
                if (const QString changed = csvChangedDuringRun(job, csvAtStart); !changed.isEmpty())
                    ctx->haltJob(changed, Blocker::FileChanged);
        }
        const OutcomeWriter::Tally t = run->writer->tally();
        const Api::ClientStats::Snapshot s = ctx->clientConfig.stats->snapshot();
        JobProgress &p = run->progress;
        p.counters = t.counters;
        p.counters.retries = s.retries;
        p.counters.rateLimited = s.rateLimited;
        p.requests = s.requests;
        p.rowsDone = t.rowsDone;
        const qint64 now = run->clock.elapsed();
        run->rateSamples.emplace_back(now, t.rowsDone);
        while (run->rateSamples.size() > 2 && now - run->rateSamples.front().first > 10000)
            run->rateSamples.pop_front();
        const auto &[t0, r0] = run->rateSamples.front();
        p.usersPerSecond = now > t0 ? double(t.rowsDone - r0) * 1000.0 / double(now - t0) : 0.0;
        DurationObservation seen;
        seen.rowsDone = t.rowsDone;
        seen.elapsedSeconds = double(now - run->importStartMs) / 1000.0;
        if (s.answers > 0)
            seen.latencySeconds = s.meanAnswerSeconds();
        const DurationEstimate left = DurationModel::refine(run->duration, seen);
        p.etaSeconds = qint64(std::ceil(left.seconds));
        p.etaLowSeconds = qint64(std::floor(left.lowSeconds));
        p.etaHighSeconds = qint64(std::ceil(left.highSeconds));
        p.blocker = ctx->network.isDown() ? Blocker::ServerUnreachable : Blocker::None;
        p.retryInSeconds = ctx->network.retryInSeconds();
        p.workers.clear();
        for (int i = 0; i < run->pool.maxThreadCount(); ++i)
            p.workers.append({u"worker %1"_s.arg(i + 1), ctx->chunkOf[size_t(i)].load(), ctx->inFlightOf[size_t(i)].load()});
        for (const QString &w : ctx->takeWarnings())
            say(w);
        emitProgress();
    };
    QObject::connect(&run->progressTimer, &QTimer::timeout, self.data(), tickProgress);
    run->progressTimer.start(250);

    say(QCoreApplication::translate("Engine::JobRunner", "Importing with %n worker(s), %1 rows in flight each.", nullptr, workers).arg(settings.concurrency));
    run->importStartMs = run->clock.elapsed();
    for (int slot = 0; slot < workers; ++slot)
        startWorker(slot);
    co_await qCoro(&run->workersDone, &WorkersDone::done);
    if (!self)
        co_return;
    run->progressTimer.stop();

    // Finish: flush every outcome, count from the store, set the state.
    run->progress.phase = Phase::Finishing;
    bool flushed = false;
    QMetaObject::invokeMethod(run->writer.get(), &OutcomeWriter::close, Qt::BlockingQueuedConnection, &flushed);
    run->writerThread.quit();
    run->writerThread.wait();
    tickProgress();
    if (!flushed)
        ctx->haltJob(storeProblem(run->writer->failure()));

    const Api::ClientStats::Snapshot stats = ctx->clientConfig.stats->snapshot();
    result.elapsedMs = run->clock.elapsed();
    const qint64 importedRows = run->progress.rowsDone;
    result.usersPerSecond = result.elapsedMs > 0 ? double(importedRows) * 1000.0 / double(result.elapsedMs) : 0;

    // What the store holds decides: never an empty answer taken for "nothing left".
    const Proof proof = proveFinished(store, job.id);
    if (proof.counted) {
        Store::JobCounters counters = proof.counters;
        counters.retries = job.counters.retries + stats.retries;
        counters.rateLimited = job.counters.rateLimited + stats.rateLimited;
        QString why;
        if (!store.updateCounters(job.id, counters, &why))
            ctx->haltJob(storeProblem(why));
        result.counters = counters;
    } else {
        result.counters = run->progress.counters;
    }
    if (const QString gone = storeGoneProblem(storePath, storeAtStart); !gone.isEmpty()) {
        // Nothing to write the state into: the file is gone (writing into the deleted file
        // would only hide it).
        result.state = Store::JobState::Failed;
        result.message = gone;
        finish(result);
        co_return;
    }
    if (proof.jobGone) {
        // Nothing left to resume: say what happened rather than what failed because of it.
        fail(proof.problem, Store::JobState::Failed);
        co_return;
    }
    if (const auto halted = ctx->haltReason()) {
        fail(*halted, Store::JobState::Interrupted, ctx->haltBlocker());
        co_return;
    }
    if (const auto fatal = ctx->fatalError()) {
        fail(stoppedByMessage(*fatal, job.id, req.networkPatience), Store::JobState::Interrupted, blockerFor(*fatal));
        co_return;
    }
    if (run->cancelled) {
        fail(QCoreApplication::translate("Engine::JobRunner", "Stopped. The job can be resumed: rows already imported will not be sent again."), Store::JobState::Interrupted);
        co_return;
    }
    if (run->paused) {
        fail(QCoreApplication::translate("Engine::JobRunner", "Paused. Resume to continue where it stopped."), Store::JobState::Paused);
        co_return;
    }
    if (const QString changed = csvChangedDuringRun(job, csvAtStart); !changed.isEmpty()) {
        fail(changed, Store::JobState::Interrupted, Blocker::FileChanged);
        co_return;
    }
    if (!proof.finished) {
        const QString why = proof.chunksLeft && !run->workerFailure.isEmpty()
            ? QCoreApplication::translate("Engine::JobRunner", "Some chunks could not be finished (%1). Resume the job to try them again.").arg(run->workerFailure)
            : proof.problem;
        fail(why, Store::JobState::Interrupted);
        co_return;
    }
    const Store::JobCounters &counters = result.counters;
    result.state = (counters.failed + counters.invalid) > 0 ? Store::JobState::FinishedWithErrors : Store::JobState::Finished;
    result.message = result.state == Store::JobState::Finished
        ? QCoreApplication::translate("Engine::JobRunner", "Done: every valid row was imported.")
        : QCoreApplication::translate("Engine::JobRunner", "Done, with %1 failed and %2 invalid rows. Export the error report to see why.").arg(counters.failed).arg(counters.invalid);
    if (!settings.catchUpOf.isEmpty()) {
        // A catch-up lists the earlier job's users this file no longer has (never deletes them).
        const MissingSummary missing = recordMissingEarlierUsers(store, settings, job.id);
        result.earlierUsersMissing = missing.count;
        result.earlierUsersMissingSample = missing.sample;
        if (!missing.error.isEmpty())
            say(QCoreApplication::translate("Engine::JobRunner", "The users missing from this file could not be listed: %1").arg(missing.error));
        else if (missing.count > 0)
            result.message += u' ' + missingUsersSentence(missing.count, missing.sample);
    }
    QString why;
    if (!store.updateJobState(job.id, result.state, result.state == Store::JobState::Finished ? QString() : result.message, &why)) {
        fail(storeProblem(why), Store::JobState::Interrupted);
        co_return;
    }
    finish(result);
}

} // namespace

} // namespace Engine

#include "jobrunner.moc"
