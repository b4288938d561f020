#include "jobplanner.h"

#include "csv/csvreader.h"
#include "model/schema.h"
#include "model/validator.h"
#include "store/filehash.h"
#include "store/jobstore.h"

#include <QtCore/QFileInfo>
#include <QtCore/QSet>

using namespace Qt::StringLiterals;

namespace Engine {

namespace {
constexpr int OutcomeBatch = 2000;
}

Plan JobPlanner::plan(Store::JobStore *store, const JobSettings &settings, const Progress &progress,
                      const std::atomic_bool *cancel, bool dryRun)
{
    Plan plan;
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        plan.error = problem;
        return plan;
    }
    Csv::CsvReader reader(settings.csvPath);
    if (!reader.open()) {
        plan.error = reader.errorMessage();
        return plan;
    }
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

    // The file's fingerprint: resume refuses a changed file.
    const qint64 size = reader.fileSize();
    const Store::FileHash hash = Store::sha256OfFile(settings.csvPath, [&](qint64 done, qint64) {
        if (progress)
            progress(done / 4, size); // hashing is the first quarter of planning
        return !(cancel && cancel->load());
    });
    if (!hash.ok()) {
        plan.error = hash.error;
        return plan;
    }

    Store::JobRecord job;
    job.id = jobId;
    job.name = settings.name.isEmpty() ? QFileInfo(settings.csvPath).fileName() : settings.name;
    job.csvPath = QFileInfo(settings.csvPath).absoluteFilePath();
    job.csvSize = hash.size;
    job.csvSha256 = hash.sha256;
    JobSettings stored = settings;
    stored.csvPath = job.csvPath;
    job.settings = stored.toJson();
    job.mode = Model::importModeId(schema.mode());
    job.state = Store::JobState::Planned;
    job.apiHost = settings.apiUrl.host();

    Model::Validator validator(schema);
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
    qint64 n = 0;
    while (reader.next(record)) {
        if ((++n & 0x3fff) == 0) {
            if (progress)
                progress(size / 4 + reader.position() * 3 / 4, size);
            if (cancel && cancel->load()) {
                plan.error = u"Planning was cancelled."_s;
                if (!dryRun)
                    store->deleteJob(jobId);
                return plan;
            }
        }
        const Model::RowResult result = validator.validate(record);
        if (!chunkOpen) {
            chunk = Store::ChunkRecord{};
            chunk.index = int(chunks.size());
            chunk.firstRow = record.row;
            chunk.byteOffset = record.offset;
            chunk.line = record.line;
            chunkOpen = true;
        }
        chunk.lastRow = record.row;
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
    if (reader.error() != Csv::ErrorCode::None) {
        plan.error = reader.errorMessage();
        if (!dryRun)
            store->deleteJob(jobId);
        return plan;
    }
    closeChunk();
    if (!flushOutcomes())
        return plan;

    plan.summary = validator.summary();
    if (plan.summary.rows == 0) {
        plan.error = u"The file has a header but no rows: there is nothing to import."_s;
        if (!dryRun)
            store->deleteJob(jobId);
        return plan;
    }
    job.counters.totalRows = plan.summary.rows;
    job.counters.valid = plan.summary.valid;
    job.counters.invalid = plan.summary.invalid;
    job.counters.duplicatesSkipped = plan.summary.duplicates;
    plan.chunks = int(chunks.size());
    if (!dryRun) {
        QString error;
        if (!store->addChunks(jobId, chunks, &error) || !store->updateCounters(jobId, job.counters, &error)) {
            plan.error = error;
            store->deleteJob(jobId);
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
