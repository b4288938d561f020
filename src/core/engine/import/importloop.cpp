#include "engine/import/jobrun.h"

#include "engine/import/catchup.h"
#include "engine/import/finishproof.h"
#include "engine/import/jobfilechecks.h"
#include "engine/import/runmessages.h"
#include "engine/import/worker.h"
#include "engine/planning/durationmodel.h"

#include <QCoro/QCoroSignal>
#include <QtCore/QCoreApplication>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Engine {

QCoro::Task<void> importRows(QPointer<JobRunner> self, JobRunner::Run *run, std::shared_ptr<RunContext> ctx,
                             Store::JobRecord job, JobSettings settings, Model::Schema schema, bool planNow,
                             QString storePath, Store::FileIdentity storeAtStart, Store::FileIdentity csvAtStart,
                             JobResult *resultOut, RunFail failWith, std::function<void(JobResult)> finish,
                             std::function<void(QString)> say, std::function<void()> emitProgress)
{
    const RunRequest &req = run->request;
    Store::JobStore &store = *run->store;
    JobResult &result = *resultOut;
    auto fail = [&failWith](QString message, Store::JobState state, Blocker blocker = Blocker::None) {
        failWith(std::move(message), state, blocker);
    };

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
        ctx->warn(waitingForNetworkMessage(error, seconds));
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

} // namespace Engine
