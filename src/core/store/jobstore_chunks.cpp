// JobStore: the chunks, a job's queue of row ranges (with each range's byte span and content hash).

#include "jobstore.h"

#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

const QString chunkColumns = u"chunk_index, first_row, last_row, byte_offset, first_line, row_count, state, attempts, "
                             "worker_id, updated_at, byte_end, content_hash"_s;

ChunkRecord chunkFromQuery(const QSqlQuery &q, const QString &jobId)
{
    ChunkRecord c;
    c.jobId = jobId;
    c.index = q.value(0).toInt();
    c.firstRow = q.value(1).toLongLong();
    c.lastRow = q.value(2).toLongLong();
    c.byteOffset = q.value(3).toLongLong();
    c.line = q.value(4).toLongLong();
    c.rowCount = q.value(5).toLongLong();
    c.state = chunkStateFromId(q.value(6).toString()).value_or(ChunkState::Pending);
    c.attempts = q.value(7).toInt();
    c.workerId = q.value(8).toString();
    c.updatedAt = dateTime(q.value(9));
    c.byteEnd = q.value(10).toLongLong();
    c.contentHash = q.value(11).toString();
    return c;
}

} // namespace

// ---- chunks ----

bool JobStore::addChunks(const QString &jobId, const QList<ChunkRecord> &chunks, QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    if (!begin(error))
        return false;
    QSqlQuery &q = prepared(u"INSERT INTO chunks (job_key, "_s % chunkColumns
                            % u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMs();
    for (const ChunkRecord &c : chunks) {
        if (!bindAndExec(q, {*key, c.index, c.firstRow, c.lastRow, c.byteOffset, c.line, c.rowCount,
                             chunkStateId(c.state), c.attempts, text(c.workerId),
                             c.updatedAt.isValid() ? c.updatedAt.toMSecsSinceEpoch() : now, c.byteEnd,
                             text(c.contentHash)})) {
            const QString why = sqlError(q);
            q.finish();
            rollback();
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save chunk %1 of job %2: %3").arg(c.index).arg(jobId, why));
        }
    }
    q.finish();
    return commit(error);
}

QList<ChunkRecord> JobStore::chunks(const QString &jobId, QString *error) const
{
    QList<ChunkRecord> out;
    // Fresh: a job deleted by another connection reads as gone, not as "no chunks".
    if (!readJobRows(jobId, u"SELECT "_s % chunkColumns % u" FROM chunks WHERE job_key = ? ORDER BY chunk_index"_s, {},
                     [&](const QSqlQuery &row) { out.append(chunkFromQuery(row, jobId)); },
                     QCoreApplication::translate("Store::JobStore", "Cannot read the chunks of job %1: %2"), error,
                     KeyLookup::Fresh))
        return {};
    return out;
}

bool JobStore::setChunkState(const QString &jobId, int index, ChunkState state, const QString &workerId,
                             QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    QSqlQuery &q = prepared(
        u"UPDATE chunks SET state = ?, worker_id = ?, updated_at = ? WHERE job_key = ? AND chunk_index = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {chunkStateId(state), text(workerId), nowMs(), *key, index}))
        return fail(error, u"Cannot save chunk %1 of job %2: %3"_s.arg(index).arg(jobId, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, u"Job %1 has no chunk %2."_s.arg(jobId).arg(index));
    return true;
}

std::optional<ChunkRecord> JobStore::claimNextChunk(const QString &jobId, const QString &workerId, QString *error)
{
    // Looked up afresh: a job deleted by another connection must not be claimed from by a
    // stale cached key.
    const auto key = keyOf(jobId, error, KeyLookup::Fresh);
    if (!key)
        return std::nullopt;
    if (!begin(error))
        return std::nullopt;
    std::optional<ChunkRecord> chunk;
    {
        QSqlQuery &q = prepared(u"SELECT "_s % chunkColumns
                                % u" FROM chunks WHERE job_key = ? AND state = 'pending' ORDER BY chunk_index LIMIT 1"_s);
        Finish f {q};
        if (!bindAndExec(q, {*key})) {
            const QString why = sqlError(q);
            q.finish();
            rollback();
            fail(error, u"Cannot claim a chunk of job %1: %2"_s.arg(jobId, why));
            return std::nullopt;
        }
        if (q.next())
            chunk = chunkFromQuery(q, jobId);
    }
    if (!chunk) {
        rollback();
        m_lastError.clear();
        succeed(error);
        return std::nullopt;
    }
    const qint64 now = nowMs();
    QSqlQuery &update = prepared(u"UPDATE chunks SET state = 'in_progress', attempts = attempts + 1, worker_id = ?, "
                            "updated_at = ? WHERE job_key = ? AND chunk_index = ?"_s);
    {
        Finish f {update};
        if (!bindAndExec(update, {text(workerId), now, *key, chunk->index})) {
            const QString why = sqlError(update);
            update.finish();
            rollback();
            fail(error, u"Cannot claim chunk %1 of job %2: %3"_s.arg(chunk->index).arg(jobId, why));
            return std::nullopt;
        }
    }
    if (!commit(error))
        return std::nullopt;
    succeed(error);
    chunk->state = ChunkState::InProgress;
    chunk->attempts += 1;
    chunk->workerId = workerId;
    chunk->updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return chunk;
}

int JobStore::requeueInProgressChunks(const QString &jobId, QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return -1;
    QSqlQuery &q = prepared(u"UPDATE chunks SET state = 'pending', worker_id = '', updated_at = ? "
                            "WHERE job_key = ? AND state = 'in_progress'"_s);
    Finish f {q};
    if (!bindAndExec(q, {nowMs(), *key})) {
        fail(error, u"Cannot requeue the chunks of job %1: %2"_s.arg(jobId, sqlError(q)));
        return -1;
    }
    return q.numRowsAffected();
}

int JobStore::requeueIncompleteChunks(const QString &jobId, QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return -1;
    // One range count per chunk on the outcomes' primary key.
    QSqlQuery &q = prepared(u"UPDATE chunks SET state = 'pending', worker_id = '', updated_at = ? "
                            "WHERE job_key = ? AND state = 'done' AND row_count > (SELECT COUNT(*) FROM row_outcomes o "
                            "WHERE o.job_key = chunks.job_key AND o.row_number BETWEEN chunks.first_row AND chunks.last_row)"_s);
    Finish f {q};
    if (!bindAndExec(q, {nowMs(), *key})) {
        fail(error, u"Cannot requeue the chunks of job %1: %2"_s.arg(jobId, sqlError(q)));
        return -1;
    }
    succeed(error);
    return q.numRowsAffected();
}

} // namespace Store
