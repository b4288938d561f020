#include "engine/import/jobfilechecks.h"

#include "csv/csvreader.h"
#include "model/rowrules.h"
#include "source/detect.h"
#include "store/chunkhash.h"
#include "store/filehash.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QHash>

#include <memory>

using namespace Qt::StringLiterals;

namespace Engine {

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

namespace {

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


} // namespace

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

} // namespace Engine
