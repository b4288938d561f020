#include "engine/import/finishproof.h"

#include "engine/import/runmessages.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Engine {

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


} // namespace Engine
