#include "engine/import/jobrun.h"

#include "engine/import/catchup.h"
#include "source/detect.h"

#include "engine/importclosure.h"
#include "engine/jobenvironment.h"
#include "engine/import/jobfilechecks.h"
#include "engine/import/joblocking.h"
#include "engine/import/prewarmer.h"
#include "engine/import/rolecreator.h"
#include "engine/import/runmessages.h"
#include "engine/planning/jobplanner.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QElapsedTimer>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonObject>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Engine {

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
        // Where the job writes, recorded for people and for undo's check of the place it runs
        // against (Engine::environmentMismatch); never the key or any part of it.
        if (settings.environment.isEmpty())
            settings.environment = environmentFor(key.reveal(), settings.apiUrl);
        // A catch-up (docs/cutover.md) updates what changed; refused with what differs (the
        // place it writes to included).
        if (!settings.catchUpOf.isEmpty()) {
            settings.updateExisting = true;
            if (const QString problem = catchUpProblem(store, settings); !problem.isEmpty()) {
                fail(problem);
                co_return;
            }
        }
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
        say(waitingForNetworkMessage(error, seconds));
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
        co_await finishDryRun(self, run, &client, ctx.get(), schema, settings, planned, qint64(organizations.size()),
                              &result, say, finish);
        co_return;
    }
    const RunFail failed = fail;
    co_await importRows(self, run, ctx, job, settings, schema, planNow, storePath, storeAtStart, csvAtStart,
                        &result, failed, finish, say, emitProgress);
}

} // namespace Engine
