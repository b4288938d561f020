#include "jobplanner.h"

#include "csv/csvreader.h"
#include "source/detect.h"
#include "model/schema.h"
#include "model/validator.h"
#include "store/chunkhash.h"
#include "store/jobstore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {
constexpr int OutcomeBatch = 2000;

struct Fingerprint {
    QString error;
    qint64 size = 0;
    QString sha256;
    QString headerHash;
};

// One pass over the file once its chunks are known: the SHA-256 of the whole file, the hash of
// the header bytes (before the first chunk) and of every chunk's bytes, from the same blocks.
Fingerprint fingerprint(const QString &path, QList<Store::ChunkRecord> &chunks, const JobPlanner::Progress &progress,
                        const std::atomic_bool *cancel)
{
    Fingerprint out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
        return out;
    }
    const qint64 total = file.size();
    const qint64 headerEnd = chunks.isEmpty() ? 0 : chunks.first().byteOffset;
    QCryptographicHash sha(QCryptographicHash::Sha256);
    Store::ChunkHash header;
    Store::ChunkHash current;
    qsizetype next = 0; // the chunk `current` is for
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    qint64 pos = 0;
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0) {
            out.error = u"Cannot read %1: %2"_s.arg(path, file.errorString());
            return out;
        }
        if (n == 0)
            break;
        const QByteArrayView bytes(block.constData(), n);
        sha.addData(bytes);
        const qint64 end = pos + n;
        if (pos < headerEnd)
            header.addData(bytes.first(std::min(end, headerEnd) - pos));
        // Chunks are in file order and do not overlap: feed each the part of the block it covers.
        while (next < chunks.size()) {
            Store::ChunkRecord &c = chunks[next];
            const qint64 from = std::max(pos, c.byteOffset);
            const qint64 to = std::min(end, c.byteEnd);
            if (from < to)
                current.addData(bytes.sliced(from - pos, to - from));
            if (c.byteEnd > end)
                break; // continues in the next block
            c.contentHash = current.hex();
            current = Store::ChunkHash();
            ++next;
        }
        pos = end;
        if (progress)
            progress(total / 4 * 3 + pos / 4, total); // the last quarter of planning
        if (cancel && cancel->load()) {
            out.error = u"Planning was cancelled."_s;
            return out;
        }
    }
    if (next < chunks.size()) {
        out.error = u"%1 became shorter while it was being checked. Start the import again once the file is complete."_s
                        .arg(path);
        return out;
    }
    out.size = pos;
    out.sha256 = QString::fromLatin1(sha.result().toHex());
    out.headerHash = header.hex();
    return out;
}
}

Plan JobPlanner::plan(Store::JobStore *store, const JobSettings &settings, const Progress &progress,
                      const std::atomic_bool *cancel, bool dryRun, const Store::JobLock *lock)
{
    Plan plan;
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        plan.error = problem;
        return plan;
    }
    // Our CSV or a provider's export, read into the same rows (src/core/source).
    const std::unique_ptr<Source::Reader> source = Source::openReader(settings.csvPath, settings.source);
    Source::Reader &reader = *source;
    if (!reader.open()) {
        plan.error = reader.errorMessage();
        return plan;
    }
    plan.source = reader.kind();
    Model::Schema schema = Model::Schema::fromHeader(reader.header(), settings.mapping);
    if (!schema.isUsable()) {
        plan.error = schema.problem();
        return plan;
    }
    if (!settings.singleOrg.isEmpty()) {
        QString error;
        if (!schema.setSingleOrganization(settings.singleOrg, &error)) {
            plan.error = error;
            return plan;
        }
    }
    plan.warnings = reader.fileWarnings() + schema.warnings();

    QString jobId = settings.jobId;
    if (!dryRun) {
        if (jobId.isEmpty())
            jobId = store->newJobId();
        else if (store->job(jobId)) {
            plan.error = u"A job named \"%1\" exists already. Resume it with --resume %1, or choose another --job-id."_s.arg(jobId);
            return plan;
        } else if (!Store::JobStore::isValidJobId(jobId)) {
            plan.error = u"\"%1\" cannot be a job id: use 1-64 letters, digits, '.', '_' or '-'."_s.arg(jobId);
            return plan;
        }
    }

    // The file as it is now: a file that changes while it is planned is refused at the end.
    const qint64 size = reader.fileSize();
    const QFileInfo before(settings.csvPath);
    const QDateTime modifiedBefore = before.lastModified();

    Store::JobRecord job;
    job.id = jobId;
    job.name = settings.name.isEmpty() ? QFileInfo(settings.csvPath).fileName() : settings.name;
    job.csvPath = QFileInfo(settings.csvPath).absoluteFilePath();
    job.csvSize = size;
    job.planVersion = Store::CurrentPlanVersion;
    JobSettings stored = settings;
    stored.csvPath = job.csvPath;
    stored.source.kind = reader.kind(); // resume reads the file as this plan did
    stored.source.sideFilesSha256 = reader.sideFilesSha256(); // and refuses other side files
    job.settings = stored.toJson();
    job.mode = Model::importModeId(schema.mode());
    job.state = Store::JobState::Planned;
    job.apiHost = settings.apiUrl.host();

    Model::Validator validator(schema);
    validator.setSourceFile(settings.csvPath, stored.source); // a hash hit is confirmed on the exact key
    QList<Store::RowOutcome> outcomes;
    QList<Store::ChunkRecord> chunks;
    QHash<QString, qsizetype> orgIndex;
    Store::ChunkRecord chunk;
    bool chunkOpen = false;

    auto flushOutcomes = [&]() -> bool {
        if (dryRun || outcomes.isEmpty())
            return true;
        QString error;
        if (!store->recordOutcomes(outcomes, &error)) {
            plan.error = u"Cannot record the invalid rows in the job store: %1"_s.arg(error);
            store->deleteJob(jobId, nullptr, lock); // a half-planned job is never left behind
            return false;
        }
        outcomes.clear();
        return true;
    };
    auto closeChunk = [&] {
        if (chunkOpen) {
            chunks.append(chunk);
            chunkOpen = false;
        }
    };

    // The job must exist before its outcomes (foreign keys).
    if (!dryRun) {
        QString error;
        if (!store->createJob(job, &error)) {
            plan.error = error;
            return plan;
        }
    }

    Csv::Record record;
    Model::RowNotes notes;
    qint64 n = 0;
    while (reader.next(record, &notes)) {
        if ((++n & 0x3fff) == 0) {
            if (progress)
                progress(reader.position() / 4 * 3, size); // reading is the first three quarters
            if (cancel && cancel->load()) {
                plan.error = u"Planning was cancelled."_s;
                if (!dryRun)
                    store->deleteJob(jobId, nullptr, lock);
                return plan;
            }
        }
        const Model::RowResult result = validator.validate(record, notes);
        if (!chunkOpen) {
            chunk = Store::ChunkRecord{};
            chunk.index = int(chunks.size());
            chunk.firstRow = record.row;
            chunk.byteOffset = record.offset;
            chunk.line = record.line;
            chunkOpen = true;
        }
        chunk.lastRow = record.row;
        chunk.byteEnd = record.endOffset;
        ++chunk.rowCount;
        if (chunk.rowCount >= settings.chunkSize)
            closeChunk();

        if (result.disposition == Model::Disposition::Import) {
            const Model::OrgRef &org = result.row.org;
            if (!org.isEmpty()) {
                const QString key = org.key();
                const auto it = orgIndex.constFind(key);
                if (it == orgIndex.constEnd()) {
                    orgIndex.insert(key, plan.organizations.size());
                    plan.organizations.append(org);
                } else if (plan.organizations[*it].name.isEmpty() && !org.name.isEmpty()) {
                    plan.organizations[*it].name = org.name;
                }
            }
            continue;
        }
        Store::RowOutcome o;
        o.jobId = jobId;
        o.row = record.row;
        o.line = record.line;
        o.email = result.row.email;
        o.orgKey = result.row.org.key();
        o.stage = Store::Stage::Validate;
        if (result.disposition == Model::Disposition::SkipDuplicate) {
            o.outcome = Store::Outcome::DuplicateSkipped;
            o.code = u"duplicate"_s;
            for (const Model::Issue &issue : result.issues)
                if (issue.rule.startsWith(u"duplicate."_s)) {
                    o.code = issue.rule;
                    o.message = issue.message;
                    break;
                }
        } else {
            o.outcome = Store::Outcome::Invalid;
            QStringList messages;
            for (const Model::Issue &issue : result.issues) {
                if (issue.severity != Model::Severity::Error)
                    continue;
                if (o.code.isEmpty())
                    o.code = issue.rule;
                messages.append(issue.message);
            }
            o.message = messages.join(u' ');
        }
        outcomes.append(o);
        if (outcomes.size() >= OutcomeBatch && !flushOutcomes())
            return plan;
    }
    if (reader.failed()) {
        plan.error = reader.errorMessage();
        if (!dryRun)
            store->deleteJob(jobId, nullptr, lock);
        return plan;
    }
    closeChunk();
    if (!flushOutcomes())
        return plan;
    plan.warnings = reader.fileWarnings() + schema.warnings(); // now with the Auth0 join's misses

    plan.summary = validator.summary();
    if (plan.summary.rows == 0) {
        plan.error = u"The file has a header but no rows: there is nothing to import."_s;
        if (!dryRun)
            store->deleteJob(jobId, nullptr, lock);
        return plan;
    }
    if (!dryRun) {
        // Every chunk's hash (workers check it before sending a row of it; resume never reads
        // the whole file), the header's, and the whole file's SHA-256, in one more pass.
        const Fingerprint print = fingerprint(settings.csvPath, chunks, progress, cancel);
        const QFileInfo after(settings.csvPath);
        QString changed = print.error;
        if (changed.isEmpty() && (print.size != size || after.size() != size || after.lastModified() != modifiedBefore))
            changed = u"%1 changed while it was being checked. Start the import again once nothing writes to the file."_s
                          .arg(QFileInfo(settings.csvPath).fileName());
        if (!changed.isEmpty()) {
            plan.error = changed;
            store->deleteJob(jobId, nullptr, lock);
            return plan;
        }
        job.csvSha256 = print.sha256;
        job.headerHash = print.headerHash;
        job.csvModified = modifiedBefore.toUTC();
    }
    job.counters.totalRows = plan.summary.rows;
    job.counters.valid = plan.summary.valid;
    job.counters.invalid = plan.summary.invalid;
    job.counters.duplicatesSkipped = plan.summary.duplicates;
    plan.chunks = int(chunks.size());
    if (!dryRun) {
        QString error;
        QList<Store::PlannedOrg> orgs;
        orgs.reserve(plan.organizations.size());
        for (const Model::OrgRef &o : std::as_const(plan.organizations))
            orgs.append(Store::PlannedOrg {o.id, o.externalId, o.name});
        // The counters last: a job with counted rows is a job whose plan is complete.
        if (!store->addChunks(jobId, chunks, &error) || !store->setPlannedOrgs(jobId, orgs, &error)
            || !store->updateFingerprint(job, &error) || !store->updateCounters(jobId, job.counters, &error)) {
            plan.error = error;
            store->deleteJob(jobId, nullptr, lock);
            return plan;
        }
    }
    if (progress)
        progress(size, size);
    plan.job = job;
    plan.ok = true;
    return plan;
}

} // namespace Engine
