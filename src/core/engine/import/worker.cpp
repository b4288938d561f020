#include "worker.h"

#include "csv/csvreader.h"
#include "source/detect.h"
#include "engine/import/rowimporter.h"
#include "model/rowrules.h"
#include "store/chunkhash.h"
#include "store/intentstore.h"
#include "store/jobstore.h"
#include "store/userupdatestore.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <QCoro/QCoroTask>

#include <QtCore/QCoreApplication>
#include <QtCore/QLoggingCategory>

#include <vector>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcWorker, "wizard.engine.worker")

namespace Engine {

namespace {

struct ChunkWork {
    std::vector<Model::UserRow> rows;
    size_t next = 0;
    bool abandoned = false;
};

QCoro::Task<void> lane(RunContext *ctx, RowImporter *importer, Api::WorkOsClient *client, ChunkWork *work, int slot)
{
    while (work->next < work->rows.size()) {
        if (ctx->stop.load()) {
            work->abandoned = true;
            co_return;
        }
        if (ctx->network.isDown()) {
            // WorkOS cannot be reached: send no new row into the outage, wait for the verdict.
            const std::optional<Api::ApiError> noError; // named: GCC 12 and co_await temporaries
            const NetworkGate::Verdict v = co_await ctx->network.wait(client, noError, &ctx->stop);
            if (v != NetworkGate::Verdict::Reachable) {
                if (v != NetworkGate::Verdict::Stopped)
                    ctx->setFatal(*ctx->network.error());
                work->abandoned = true;
                co_return;
            }
        }
        const Model::UserRow row = work->rows[work->next++]; // kept: replayed after an outage
        for (;;) {
            ctx->inFlightOf[size_t(slot)].fetch_add(1);
            RowImporter::Attempt attempt = co_await importer->attempt(row);
            ctx->inFlightOf[size_t(slot)].fetch_sub(1);
            if (attempt.outcome) {
                ctx->network.noteReachable();
                ctx->writer->push(*attempt.outcome);
                break;
            }
            if (!attempt.jobError) {
                work->abandoned = true; // cancelled: no outcome, replayed on resume
                break;
            }
            // A job-level failure: the row keeps no outcome.
            if (!NetworkGate::isUnreachable(*attempt.jobError)) {
                ctx->setFatal(*attempt.jobError); // key, TLS, proxy: stop at once
                work->abandoned = true;
                co_return;
            }
            const std::optional<Api::ApiError> why = attempt.jobError;
            const NetworkGate::Verdict v = co_await ctx->network.wait(client, why, &ctx->stop);
            if (v == NetworkGate::Verdict::Reachable)
                continue; // replay the row: every step of it is safe to replay
            if (v != NetworkGate::Verdict::Stopped)
                ctx->setFatal(*ctx->network.error());
            work->abandoned = true;
            co_return;
        }
        if (importer->fatalError) {
            ctx->setFatal(*importer->fatalError);
            work->abandoned = true;
            co_return;
        }
    }
}

// The message of a chunk whose bytes are no longer those the job was planned with.
QString fileChanged(const RunContext &ctx, const Store::ChunkRecord &chunk, const QString &detail)
{
    return u"The CSV file %1 changed since the job started: rows %2 to %3 (chunk %4) are no longer what they were "
           "when the job was planned (%5). The file changed during the import, and nothing from the changed part was "
           "sent. Put the original file back at that path and resume the job; to import the new file, start a new job "
           "for it."_s
        .arg(QFileInfo(ctx.csvPath).fileName())
        .arg(chunk.firstRow)
        .arg(chunk.lastRow)
        .arg(chunk.index)
        .arg(detail);
}

// True when the chunk's bytes in the file are the planned ones (or the job predates chunk
// hashes: then resume compared the whole file before any worker started).
bool chunkUnchanged(QFile &file, const Store::ChunkRecord &chunk, QString *detail)
{
    if (chunk.contentHash.isEmpty() || chunk.byteEnd <= chunk.byteOffset)
        return true;
    if (!file.isOpen() && !file.open(QIODevice::ReadOnly)) {
        *detail = file.errorString();
        return false;
    }
    QString error;
    const auto hash = Store::ChunkHash::ofRange(file, chunk.byteOffset, chunk.byteEnd - chunk.byteOffset, &error);
    if (!hash) {
        *detail = error;
        return false;
    }
    if (Store::ChunkHash::toHex(*hash) != chunk.contentHash) {
        *detail = u"its bytes differ"_s;
        return false;
    }
    return true;
}

// Returns an error text when the worker cannot go on.
QCoro::Task<QString> work(RunContext *ctx, int slot, QString workerId)
{
    Store::JobStore store(ctx->storePath);
    QString error;
    if (!store.open(&error))
        co_return error;
    // Our CSV or a provider's export: records with the same byte ranges the plan cut chunks at.
    const std::unique_ptr<Source::Reader> source = Source::openReader(ctx->csvPath, ctx->source);
    Source::Reader &reader = *source;
    if (!reader.open())
        co_return reader.errorMessage();
    QFile bytes(ctx->csvPath); // for checking chunks against their planned hash
    Api::WorkOsClient client(ctx->clientConfig);
    RowImporter importer(ctx->jobId, &client, &ctx->orgs, &ctx->users, &ctx->stop, &ctx->multipleRolesOff);
    importer.onWarning = [ctx](const QString &text) { ctx->warn(text); };
    importer.storedUserId = [&store, ctx](const QString &emailKey) {
        return store.userId(ctx->jobId, emailKey).value_or(QString());
    };
    if (const auto record = store.job(ctx->jobId))
        importer.idempotencyScope = Store::idempotencyScope(record->id, record->createdAt);
    // Every create's intent, recorded before it is sent (docs/resume.md): this worker's own
    // connection. A store that refuses it halts the job (the row is replayed on resume).
    Store::IntentStore intents(ctx->storePath);
    if (!intents.open(&error))
        co_return error;
    importer.recordIntent = [&intents, ctx](const Store::CreateIntent &intent) -> std::optional<QDateTime> {
        QString why;
        const std::optional<QDateTime> at = intents.record(ctx->jobId, intent, &why);
        if (!at)
            ctx->haltJob(OutcomeWriter::storeProblem(why));
        return at;
    };
    importer.forgetIntent = [&intents, ctx](Store::IntentKind kind, const QString &objectKey) {
        intents.forget(ctx->jobId, kind, objectKey);
    };
    // Updates of users that exist (docs/cutover.md), their intents recorded like creates'.
    Store::UserUpdateStore updates(ctx->storePath);
    if (!updates.open(&error))
        co_return error;
    importer.updateExisting = ctx->updateExisting || !ctx->catchUpOf.isEmpty();
    importer.replacePasswords = ctx->replaceExistingPasswords;
    if (!ctx->catchUpOf.isEmpty())
        importer.earlierUserId = [&store, ctx](const QString &emailKey) {
            return store.userId(ctx->catchUpOf, emailKey).value_or(QString());
        };
    importer.recordUpdate = [&updates, ctx](const Store::UserUpdate &update) -> std::optional<Store::UserUpdate> {
        QString why;
        std::optional<Store::UserUpdate> recorded = updates.intend(ctx->jobId, update, &why);
        if (!recorded)
            ctx->haltJob(OutcomeWriter::storeProblem(why));
        return recorded;
    };
    importer.findUpdate = [&updates, ctx](const QString &userId) { return updates.find(ctx->jobId, userId); };
    importer.finishUpdate = [&updates, ctx](const QString &userId, bool done) {
        QString why;
        if (!(done ? updates.markDone(ctx->jobId, userId, &why) : updates.forget(ctx->jobId, userId, &why)))
            ctx->haltJob(OutcomeWriter::storeProblem(why));
    };

    while (!ctx->stop.load()) {
        QString storeError;
        const std::optional<Store::ChunkRecord> chunk = store.claimNextChunk(ctx->jobId, workerId, &storeError);
        if (!chunk) {
            if (!storeError.isEmpty()) {
                // The store cannot hand out work (a write refused, the job deleted): a matter
                // of the whole job, not of this worker; another worker would fail the same way.
                ctx->haltJob(OutcomeWriter::storeProblem(storeError));
                co_return storeError;
            }
            break; // no more work
        }
        ctx->chunkOf[size_t(slot)] = chunk->index;
        const QSet<qint64> done = store.finalRows(ctx->jobId, chunk->firstRow, chunk->lastRow, &storeError);
        if (!storeError.isEmpty()) {
            // Without the rows already done, the chunk would be sent again from its start.
            ctx->haltJob(OutcomeWriter::storeProblem(storeError));
            co_return storeError;
        }

        // Nothing of a chunk is sent unless its bytes are the planned ones, checked before and
        // after its rows are read (a file overwritten in between is caught either way).
        QString changed;
        if (!chunkUnchanged(bytes, *chunk, &changed)) {
            ctx->haltJob(fileChanged(*ctx, *chunk, changed), Blocker::FileChanged);
            ctx->writer->chunkFinished(chunk->index, Store::ChunkState::Pending);
            ctx->chunkOf[size_t(slot)] = -1;
            co_return QString();
        }
        ChunkWork w;
        if (!reader.seek(chunk->byteOffset, chunk->firstRow, chunk->line)) {
            co_return u"Cannot read chunk %1 of the file at its recorded position; has the file changed?"_s.arg(chunk->index);
        }
        Csv::Record record;
        Model::RowNotes notes;
        while (reader.next(record, &notes) && record.row <= chunk->lastRow) {
            if (done.contains(record.row))
                continue;
            Model::RowResult result = Model::checkRow(ctx->schema, record);
            const bool sourceError = std::any_of(notes.warnings.cbegin(), notes.warnings.cend(), [](const Model::Issue &i) {
                return i.severity == Model::Severity::Error;
            });
            if (result.disposition != Model::Disposition::Import || sourceError)
                continue; // recorded when the job was planned
            w.rows.push_back(std::move(result.row));
            if (record.row == chunk->lastRow)
                break;
        }
        if (reader.failed())
            co_return reader.errorMessage();
        if (!chunkUnchanged(bytes, *chunk, &changed)) {
            ctx->haltJob(fileChanged(*ctx, *chunk, changed), Blocker::FileChanged);
            ctx->writer->chunkFinished(chunk->index, Store::ChunkState::Pending);
            ctx->chunkOf[size_t(slot)] = -1;
            co_return QString();
        }

        std::vector<QCoro::Task<void>> lanes;
        const int n = std::max(1, std::min<int>(ctx->concurrency, int(w.rows.size())));
        lanes.reserve(size_t(n));
        for (int i = 0; i < n; ++i)
            lanes.push_back(lane(ctx, &importer, &client, &w, slot));
        for (auto &l : lanes)
            co_await l;

        const bool complete = !w.abandoned && w.next >= w.rows.size();
        ctx->writer->chunkFinished(chunk->index, complete ? Store::ChunkState::Done : Store::ChunkState::Pending);
        ctx->chunkOf[size_t(slot)] = -1;
    }
    co_return QString();
}

} // namespace

Worker::Worker(std::shared_ptr<RunContext> context, int slot, ExitFn onExit)
    : m_ctx(std::move(context)), m_slot(slot), m_onExit(std::move(onExit))
{
    setAutoDelete(true);
}

QString Worker::idFor(int slot)
{
    return u"w%1-%2"_s.arg(slot).arg(QCoreApplication::applicationPid());
}

void Worker::run()
{
    QString error;
    try {
        error = QCoro::waitFor(work(m_ctx.get(), m_slot, workerId()));
    } catch (const std::exception &e) {
        error = QString::fromLocal8Bit(e.what());
    } catch (...) {
        error = u"unexpected error"_s;
    }
    if (!error.isEmpty())
        qCWarning(lcWorker) << "worker" << m_slot << "stopped:" << error;
    m_ctx->chunkOf[size_t(m_slot)] = -1;
    if (m_onExit)
        m_onExit(m_slot, !error.isEmpty(), error);
}

} // namespace Engine
