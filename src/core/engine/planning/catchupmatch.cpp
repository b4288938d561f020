#include "catchupmatch.h"

#include "engine/jobsettings.h"
#include "model/schema.h"
#include "source/detect.h"
#include "store/chunkhash.h"
#include "store/jobstore.h"

#include <QtCore/QFile>
#include <QtCore/QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Engine {

quint64 CatchUpMatcher::emailHash(QStringView email)
{
    const QByteArray key = Store::JobStore::emailKey(email).toUtf8();
    return Store::ChunkHash::of(key);
}

namespace {

// A job planned before the kind was recorded says "auto": it read a CSV unless detection said
// otherwise, which it did not record; taken for a CSV.
Source::Kind kindOf(const Store::JobRecord &job)
{
    const Source::Kind kind = Source::Options::fromJson(job.settings.value(u"source"_s).toObject()).kind;
    return kind == Source::Kind::Auto ? Source::Kind::Csv : kind;
}

QString emailHeader(const Model::ColumnMapping &mapping)
{
    return mapping.headerFor(Model::Field::Email).trimmed().toCaseFolded();
}

} // namespace

bool CatchUpMatcher::sameSourceAndColumns(const Store::JobRecord &job, const CatchUpFile &file)
{
    const Source::Kind fileKind = file.kind == Source::Kind::Auto ? Source::Kind::Csv : file.kind;
    if (kindOf(job) != fileKind)
        return false;
    const JobSettings settings = JobSettings::fromJson(job.settings);
    // The identity is read from the same column (both files' own "email", or the same header
    // mapped to it).
    if (emailHeader(settings.mapping) != emailHeader(file.mapping))
        return false;
    if (fileKind == Source::Kind::Csv) {
        // The same header, byte for byte, where both are known (jobs planned since plan
        // version 2 record it); else the same mapping of the columns.
        if (!job.headerHash.isEmpty() && !file.headerHash.isEmpty()) {
            if (job.headerHash != file.headerHash)
                return false;
        } else if (settings.mapping.toString() != file.mapping.toString()) {
            return false;
        }
    }
    // The very same file, unchanged since the job read it, is not a newer export.
    const bool samePath = !job.csvPath.isEmpty() && QFileInfo(job.csvPath).absoluteFilePath() == file.path;
    if (samePath && job.csvSize == file.size && job.csvModified.isValid() && file.modified.isValid()
        && job.csvModified.toMSecsSinceEpoch() == file.modified.toMSecsSinceEpoch())
        return false;
    return true;
}

QList<Store::JobRecord> CatchUpMatcher::candidates(const Store::JobStore &store, const CatchUpFile &file, QString *error)
{
    QString why;
    const QList<Store::JobRecord> jobs = store.jobs(0, &why); // newest first
    if (error)
        *error = why;
    QList<Store::JobRecord> out;
    for (const Store::JobRecord &job : jobs)
        if (sameSourceAndColumns(job, file))
            out.append(job);
    return out;
}

std::optional<CatchUpMatch> CatchUpMatcher::bestMatch(const Store::JobStore &store,
                                                      const QList<Store::JobRecord> &candidates,
                                                      const EmailSet &emails, qint64 minimumOverlap, QString *error)
{
    if (error)
        error->clear();
    std::optional<CatchUpMatch> best;
    for (const Store::JobRecord &job : candidates) {
        QString why;
        const QHash<QString, QString> users = store.users(job.id, &why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            continue;
        }
        CatchUpMatch m;
        m.job = job;
        m.jobUsers = users.size();
        m.fileUsers = emails.size();
        for (auto it = users.cbegin(); it != users.cend(); ++it)
            if (emails.contains(emailHash(it.key())))
                ++m.overlap;
        if (m.overlap < std::max<qint64>(1, minimumOverlap))
            continue;
        const bool better = !best || m.overlap > best->overlap
            || (m.overlap == best->overlap && m.job.createdAt > best->job.createdAt);
        if (better)
            best = m;
    }
    if (best && error)
        error->clear(); // a match was found: an unreadable other job does not matter
    return best;
}

std::optional<CatchUpFile> CatchUpMatcher::describe(const QString &path, const Source::Options &source,
                                                    const Model::ColumnMapping &mapping, QString *error)
{
    const auto reader = Source::openReader(path, source);
    if (!reader->open()) {
        if (error)
            *error = reader->errorMessage();
        return std::nullopt;
    }
    const QFileInfo info(path);
    CatchUpFile f;
    f.path = info.absoluteFilePath();
    f.size = info.size();
    f.modified = info.lastModified().toUTC();
    f.kind = reader->kind() == Source::Kind::Auto ? Source::Kind::Csv : reader->kind();
    f.mapping = mapping;
    if (f.kind == Source::Kind::Csv) {
        // The planner's header hash: the bytes before the first record (JobRecord::headerHash).
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            if (const auto hash = Store::ChunkHash::ofRange(file, 0, reader->dataStartOffset()))
                f.headerHash = Store::ChunkHash::toHex(*hash);
        }
    }
    return f;
}

CatchUpMatcher::EmailSet CatchUpMatcher::emailsOf(const QString &path, const Source::Options &source,
                                                  const Model::ColumnMapping &mapping, const std::atomic_bool *cancel)
{
    EmailSet out;
    const auto reader = Source::openReader(path, source);
    if (!reader->open())
        return out;
    const int column = Model::Schema::fromHeader(reader->header(), mapping).column(Model::Field::Email);
    if (column < 0)
        return out;
    Csv::Record record;
    qint64 n = 0;
    while (reader->next(record)) {
        if (column < record.fields.size()) {
            const QStringView email = QStringView(record.fields[column]).trimmed();
            if (!email.isEmpty())
                out.insert(emailHash(email));
        }
        if ((++n & 1023) == 0 && cancel && cancel->load())
            break;
    }
    return out;
}

std::optional<CatchUpMatch> CatchUpMatcher::find(const QString &storePath, const QString &path,
                                                 const Source::Options &source, const Model::ColumnMapping &mapping,
                                                 const std::atomic_bool *cancel, QString *error)
{
    if (error)
        error->clear();
    if (storePath.isEmpty() || !QFileInfo::exists(storePath))
        return std::nullopt; // no job yet: nothing to catch up with (and no store is created)
    const std::optional<CatchUpFile> file = describe(path, source, mapping, error);
    if (!file)
        return std::nullopt;
    Store::JobStore store(storePath);
    if (!store.open(error))
        return std::nullopt;
    const QList<Store::JobRecord> jobs = candidates(store, *file, error);
    if (jobs.isEmpty() || (cancel && cancel->load()))
        return std::nullopt;
    const EmailSet emails = emailsOf(path, source, mapping, cancel);
    if (cancel && cancel->load())
        return std::nullopt;
    return bestMatch(store, jobs, emails, 1, error);
}

} // namespace Engine
