#include "jobrunner.h"

#include "csv/csvreader.h"
#include "engine/dryrun.h"
#include "engine/jobplanner.h"
#include "engine/prewarmer.h"
#include "engine/runcontext.h"
#include "engine/worker.h"
#include "model/rowrules.h"
#include "store/filehash.h"
#include "store/jobstore.h"

#include <QCoro/QCoroSignal>
#include <QCoro/QCoroTask>

#include <QtCore/QDeadlineTimer>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QLockFile>
#include <QtCore/QLoggingCategory>
#include <QtCore/QPointer>
#include <QtCore/QThread>
#include <QtCore/QThreadPool>
#include <QtCore/QTimer>

#include <deque>

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
            ? u"WorkOS could not be reached, and still not after %1 s of trying again (%2). Check the internet "
              "connection, a proxy or firewall, and the API address."_s.arg(patience.count()).arg(error.message())
            : u"WorkOS could not be reached (%1). Check the internet connection, a proxy or firewall, and the API "
              "address."_s.arg(error.message());
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
    std::unique_ptr<QLockFile> lock;
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
        m_run->ctx->stop = true;
        m_run->ctx->cancel->store(true);
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
        r.message = u"A job is already running."_s;
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

Checked checkFileUnchanged(const Store::JobRecord &job)
{
    QFileInfo info(job.csvPath);
    if (!info.exists())
        return {false, u"The CSV file of job %1 is gone: %2. Put it back at that path to resume."_s.arg(job.id, job.csvPath)};
    if (info.size() != job.csvSize)
        return {false, u"The CSV file of job %1 changed since the job started (its size was %2 bytes, now %3). "
                        "Resuming would import the wrong rows: start a new job for the changed file."_s
                            .arg(job.id).arg(job.csvSize).arg(info.size())};
    const Store::FileHash hash = Store::sha256OfFile(job.csvPath);
    if (!hash.ok())
        return {false, hash.error};
    if (hash.sha256 != job.csvSha256)
        return {false, u"The CSV file of job %1 changed since the job started (its contents differ). "
                        "Resuming would import the wrong rows: start a new job for the changed file."_s.arg(job.id)};
    return {true, {}};
}

// The distinct organizations of a file, for a resumed job whose pre-warming did not finish.
QList<Model::OrgRef> scanOrganizations(const QString &path, const Model::Schema &schema)
{
    QList<Model::OrgRef> orgs;
    QHash<QString, qsizetype> index;
    Csv::CsvReader reader(path);
    if (!reader.open())
        return orgs;
    Csv::Record record;
    while (reader.next(record)) {
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

} // namespace

QString JobRunner::lockPath(const QString &storePath, const QString &jobId)
{
    return storePath + u"."_s + jobId + u".lock"_s;
}

namespace {

// The dry run's second half: what the import would do with each valid row (DryRun), as the
// result's counters. A job-level failure sets result->blocker (and ctx's fatal error).
QCoro::Task<void> dryRunRows(QPointer<JobRunner> self, JobRunner::Run *run, Api::WorkOsClient *client,
                             RunContext *ctx, Model::Schema schema, JobSettings settings,
                             Model::ValidationSummary planned, JobResult *result, std::function<void(QString)> say)
{
    say(u"Looking up the file's users in WorkOS (reads only)."_s);
    DryRun dry(client, &ctx->orgs, &ctx->network, &run->stop);
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
        result->message = u"Stopped before the dry run ended."_s;
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
    result->dryRun = true;
    result->writesNeeded = d.usersToCreate + d.membershipsToAdd + result->orgsToCreate;
    result->message = u"Dry run: nothing was written to WorkOS. The import would create %1 users (%2 already exist), "
                      "add %3 memberships (%4 already there) and create %5 organizations; %6 rows would fail and "
                      "%7 are invalid."_s
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
        if (run->store && !result.jobId.isEmpty() && !req.dryRun)
            run->store->updateJobState(result.jobId, state, result.message);
        finish(result);
    };

    run->store = std::make_unique<Store::JobStore>(storePath);
    QString error;
    if (!run->store->open(&error)) {
        fail(u"Cannot open the job store %1: %2"_s.arg(storePath, error));
        co_return;
    }
    Store::JobStore &store = *run->store;

    Store::JobRecord job;
    JobSettings settings;
    QList<Model::OrgRef> organizations;
    Model::ValidationSummary planned; // New: what planning found
    bool needOrgScan = false;

    bool planNow = req.kind == RunRequest::Kind::New;
    if (planNow) {
        settings = req.settings;
    } else {
        std::optional<Store::JobRecord> found;
        if (req.jobId.isEmpty()) {
            for (const Store::JobRecord &j : store.jobs(0))
                if (Store::isResumable(j.state)) {
                    found = j;
                    break;
                }
            if (!found) {
                fail(u"There is no interrupted job to resume."_s);
                co_return;
            }
        } else {
            found = store.job(req.jobId);
            if (!found) {
                fail(u"There is no job \"%1\". `workos-import jobs` lists the jobs."_s.arg(req.jobId));
                co_return;
            }
        }
        job = *found;
        result.jobId = job.id;
        if (req.kind == RunRequest::Kind::Resume && Store::isTerminal(job.state)) {
            result.state = job.state;
            result.counters = store.countOutcomes(job.id);
            result.message = u"Job %1 has already ended (%2); nothing to resume. Use `workos-import retry %1` to run its failed rows again."_s
                                 .arg(job.id, Store::jobStateId(job.state));
            finish(result);
            co_return;
        }
        const Checked unchanged = checkFileUnchanged(job);
        if (!unchanged.ok) {
            result.state = job.state;
            result.message = unchanged.error;
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
            // The process was killed while it planned the file: the job has no chunks (or
            // only some), and nothing was sent to WorkOS yet. Plan it again under its id;
            // importing it as it is would "finish" it without a single row.
            run->lock = std::make_unique<QLockFile>(JobRunner::lockPath(storePath, job.id));
            run->lock->setStaleLockTime(0);
            if (!run->lock->tryLock(0)) {
                result.state = job.state;
                result.message = u"Job %1 is running in another window or process. Stop it there first."_s.arg(job.id);
                finish(result);
                co_return;
            }
            say(u"Job %1 was stopped while its file was being checked; checking it again."_s.arg(job.id));
            store.deleteJob(job.id);
            settings.jobId = job.id;
            settings.name = job.name;
            planNow = true;
            needOrgScan = false;
        }
    }
    if (planNow) {
        run->progress.phase = Phase::Planning;
        emitProgress();
        say(u"Reading and checking %1"_s.arg(QFileInfo(settings.csvPath).fileName()));
        QElapsedTimer tick;
        tick.start();
        const Plan plan = JobPlanner::plan(&store, settings, [&](qint64 done, qint64 total) {
            if (tick.elapsed() < 200)
                return;
            tick.restart();
            run->progress.stepDone = done;
            run->progress.stepTotal = total;
            emitProgress();
        }, &run->stop, req.dryRun);
        if (!self)
            co_return;
        if (!plan.ok) {
            fail(plan.error);
            co_return;
        }
        for (const QString &w : plan.warnings)
            say(w);
        job = plan.job;
        organizations = plan.organizations;
        planned = plan.summary;
        result.jobId = job.id;
        say(u"%1 rows: %2 to import, %3 invalid, %4 duplicates; %5 organizations, %6 chunks."_s
                .arg(plan.summary.rows).arg(plan.summary.valid)
                .arg(plan.summary.invalid).arg(plan.summary.duplicates)
                .arg(plan.summary.distinctOrganizations).arg(plan.chunks));
        run->writesPerRow = plan.summary.valid > 0
            ? double(plan.summary.distinctEmails + plan.summary.memberships) / double(std::max<qint64>(1, plan.summary.valid))
            : 1.0;
        result.writesNeeded = plan.summary.distinctEmails + plan.summary.memberships;
    }
    if (!req.dryRun && !run->lock) {
        run->lock = std::make_unique<QLockFile>(JobRunner::lockPath(storePath, job.id));
        run->lock->setStaleLockTime(0);
        if (!run->lock->tryLock(0)) {
            result.state = job.state;
            result.message = u"Job %1 is running in another window or process. Stop it there first."_s.arg(job.id);
            finish(result);
            co_return;
        }
    }

    // The schema to rebuild rows with.
    Model::Schema schema;
    {
        Csv::CsvReader reader(settings.csvPath);
        if (!reader.open()) {
            fail(reader.errorMessage());
            co_return;
        }
        schema = Model::Schema::fromHeader(reader.header(), settings.mapping);
        if (!settings.singleOrg.isEmpty())
            schema.setSingleOrganization(settings.singleOrg);
    }

    if (req.kind == RunRequest::Kind::RetryFailed) {
        if (req.retryAll) {
            QList<Store::RowOutcome> again;
            for (Store::RowOutcome o : store.failedRows(job.id, false))
                if (o.outcome == Store::Outcome::Failed && !o.retryable) {
                    o.retryable = true;
                    again.append(o);
                }
            store.recordOutcomes(again);
        }
        const QList<Store::RowOutcome> retry = store.failedRows(job.id, true);
        QSet<int> pendingChunks;
        const QList<Store::ChunkRecord> chunks = store.chunks(job.id);
        for (const Store::RowOutcome &o : retry)
            for (const Store::ChunkRecord &c : chunks)
                if (o.row >= c.firstRow && o.row <= c.lastRow) {
                    pendingChunks.insert(c.index);
                    break;
                }
        for (int index : std::as_const(pendingChunks))
            store.setChunkState(job.id, index, Store::ChunkState::Pending);
        // Organizations that failed get another chance.
        say(u"Retrying %1 failed rows of job %2."_s.arg(retry.size()).arg(job.id));
    }

    // The shared state of the run.
    auto ctx = std::make_shared<RunContext>();
    run->ctx = ctx;
    ctx->storePath = storePath;
    ctx->jobId = job.id;
    ctx->csvPath = settings.csvPath;
    ctx->schema = schema;
    ctx->concurrency = settings.concurrency;
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
        say(u"Cannot reach WorkOS (%1); retrying in %2 s."_s.arg(error.message()).arg(seconds));
        emitProgress();
    };

    if (!req.dryRun) {
        for (const Store::OrgEntry &e : store.orgs(job.id)) {
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
        for (const Model::OrgRef &org : scanOrganizations(settings.csvPath, schema))
            if (!ctx->orgs.find(org.key()))
                organizations.append(org);
    }

    // Pre-warming: every organization once, before any worker starts.
    Api::WorkOsClient client(ctx->clientConfig);
    if (const auto problem = client.configurationError()) {
        fail(problem->userMessage());
        co_return;
    }
    if (!organizations.isEmpty()) {
        run->progress.phase = Phase::Prewarming;
        run->progress.stepDone = 0;
        run->progress.stepTotal = organizations.size();
        if (!req.dryRun)
            store.updateJobState(job.id, Store::JobState::Prewarming);
        emitProgress();
        say(u"Resolving %1 organizations%2."_s.arg(organizations.size()).arg(req.dryRun ? u" (reads only)"_s : QString()));
        PreWarmer warmer(&client, &ctx->orgs, req.dryRun, &run->stop, &ctx->network);
        QElapsedTimer tick;
        tick.start();
        // A named callback, not a temporary: GCC 12 may destroy temporaries of a co_await
        // expression twice (GCC bug 99576).
        std::function<void(const OrgState &)> onResolved = [&](const OrgState &s) {
            if (!req.dryRun && self)
                run->store->putOrg(job.id, s.entry);
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
            fail(u"Stopped while resolving organizations; resume to continue."_s,
                 run->paused ? Store::JobState::Paused : Store::JobState::Interrupted);
            co_return;
        }
        say(u"Organizations: %1 existed, %2 %3, %4 failed."_s.arg(warmed.existed)
                .arg(req.dryRun ? warmed.wouldCreate : warmed.created)
                .arg(req.dryRun ? u"would be created"_s : u"created"_s).arg(warmed.failed));
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
        result.elapsedMs = run->clock.elapsed();
        finish(result);
        co_return;
    }

    // Import. Chunks left in progress by a killed process, or set aside after failing
    // workers, are taken again.
    store.requeueInProgressChunks(job.id);
    for (const Store::ChunkRecord &c : store.chunks(job.id))
        if (c.state == Store::ChunkState::Failed)
            store.setChunkState(job.id, c.index, Store::ChunkState::Pending);
    Store::JobCounters baseline = store.countOutcomes(job.id);
    const qint64 retryingNow = store.failedRows(job.id, true).size();
    baseline.failed = std::max<qint64>(0, baseline.failed - retryingNow);
    const qint64 finalRows = std::max<qint64>(0, store.countFinalRows(job.id));
    run->progress.jobId = job.id;
    run->progress.totalRows = job.counters.totalRows;
    run->progress.rowsToImport = std::max<qint64>(0, job.counters.totalRows - finalRows);
    run->progress.phase = Phase::Importing;
    run->progress.state = Store::JobState::Running;
    store.updateJobState(job.id, Store::JobState::Running);

    run->writer = std::make_unique<OutcomeWriter>(storePath, job.id);
    run->writer->setBaseline(baseline);
    run->writer->moveToThread(&run->writerThread);
    run->writerThread.setObjectName(u"outcome-writer"_s);
    run->writerThread.start();
    bool opened = false;
    QMetaObject::invokeMethod(run->writer.get(), &OutcomeWriter::open, Qt::BlockingQueuedConnection, &opened);
    if (!opened) {
        fail(u"Cannot write to the job store %1."_s.arg(storePath));
        co_return;
    }
    ctx->writer = run->writer.get();
    ctx->network.onWaiting = [ctx = ctx.get()](int seconds, const Api::ApiError &error) {
        ctx->warn(u"Cannot reach WorkOS (%1); retrying in %2 s."_s.arg(error.message()).arg(seconds));
    };
    QObject::connect(run->writer.get(), &OutcomeWriter::writeFailed, self.data(), [ctx, say](const QString &message) {
        say(u"Cannot record progress: %1"_s.arg(message));
    });

    const int workers = std::clamp(settings.workers, 1, JobSettings::MaxWorkers);
    run->pool.setMaxThreadCount(workers);
    run->pool.setExpiryTimeout(-1);
    run->activeWorkers = 0;
    const Api::RateLimiter &limiter = *ctx->clientConfig.rateLimiter;
    const double writesPerSecond = double(limiter.effectiveBudget(Api::EndpointFamily::UserManagementWrite))
        / (double(settings.rateLimits.userManagementWrites.window.count()) / 1000.0);

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
                    for (const Store::ChunkRecord &c : run->store->chunks(run->ctx->jobId))
                        if (c.state == Store::ChunkState::InProgress && c.workerId == id)
                            run->store->setChunkState(run->ctx->jobId, c.index,
                                                      c.attempts >= 3 ? Store::ChunkState::Failed
                                                                      : Store::ChunkState::Pending);
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
    auto tickProgress = [run, ctx, writesPerSecond, emitProgress, say] {
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
        const qint64 remaining = std::max<qint64>(0, p.rowsToImport - p.rowsDone);
        const double ceiling = writesPerSecond / std::max(1.0, run->writesPerRow);
        const double rate = p.usersPerSecond > 0.5 ? std::min(p.usersPerSecond, ceiling) : ceiling;
        p.etaSeconds = rate > 0 ? qint64(double(remaining) / rate) : -1;
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

    say(u"Importing with %1 worker(s), %2 rows in flight each."_s.arg(workers).arg(settings.concurrency));
    for (int slot = 0; slot < workers; ++slot)
        startWorker(slot);
    co_await qCoro(&run->workersDone, &WorkersDone::done);
    if (!self)
        co_return;
    run->progressTimer.stop();

    // Finish: flush every outcome, count from the store, set the state.
    run->progress.phase = Phase::Finishing;
    QMetaObject::invokeMethod(run->writer.get(), &OutcomeWriter::close, Qt::BlockingQueuedConnection);
    run->writerThread.quit();
    run->writerThread.wait();
    tickProgress();

    Store::JobCounters counters = store.countOutcomes(job.id);
    const Api::ClientStats::Snapshot stats = ctx->clientConfig.stats->snapshot();
    counters.retries = job.counters.retries + stats.retries;
    counters.rateLimited = job.counters.rateLimited + stats.rateLimited;
    store.updateCounters(job.id, counters);
    result.counters = counters;
    result.elapsedMs = run->clock.elapsed();
    const qint64 importedRows = run->progress.rowsDone;
    result.usersPerSecond = result.elapsedMs > 0 ? double(importedRows) * 1000.0 / double(result.elapsedMs) : 0;

    bool pending = false;
    for (const Store::ChunkRecord &c : store.chunks(job.id))
        if (c.state != Store::ChunkState::Done) {
            pending = true;
            break;
        }
    if (const auto fatal = ctx->fatalError()) {
        fail(stoppedByMessage(*fatal, job.id, req.networkPatience), Store::JobState::Interrupted, blockerFor(*fatal));
        co_return;
    }
    if (run->cancelled) {
        fail(u"Stopped. The job can be resumed: rows already imported will not be sent again."_s, Store::JobState::Interrupted);
        co_return;
    }
    if (run->paused) {
        fail(u"Paused. Resume to continue where it stopped."_s, Store::JobState::Paused);
        co_return;
    }
    if (pending) {
        fail(u"Some chunks could not be finished (%1). Resume the job to try them again."_s.arg(run->workerFailure),
             Store::JobState::Interrupted);
        co_return;
    }
    result.state = (counters.failed + counters.invalid) > 0 ? Store::JobState::FinishedWithErrors : Store::JobState::Finished;
    result.message = result.state == Store::JobState::Finished
        ? u"Done: every valid row was imported."_s
        : u"Done, with %1 failed and %2 invalid rows. Export the error report to see why."_s.arg(counters.failed).arg(counters.invalid);
    store.updateJobState(job.id, result.state, result.state == Store::JobState::Finished ? QString() : result.message);
    finish(result);
}

} // namespace

} // namespace Engine

#include "jobrunner.moc"
