#pragma once
// CatchUpMatcher: whether a file looks like a newer export of a job already in the job store
// (docs/cutover.md, "Catch-up"): the same source (our CSV, or the same provider's export), the
// same columns read the same way (for a CSV the header's bytes, and the column mapping), and
// users in common (emails of the file among the emails the job imported: its users map). The
// wizard's File page asks once it has read the file and offers "Catch up with that import"
// (JobSettings::catchUpOf); the best match is the job sharing the most users with the file,
// the most recent one on a tie.
//
// Reads only, never writes. find() reads the whole file's emails and the candidate jobs' user
// maps, and opens its own store connection: call it off the GUI thread (QtConcurrent). The
// file's emails are kept as 64-bit hashes (about 16 bytes each), never as a list of strings;
// they are read only when some job has the file's source and columns.

#include "model/columnmapping.h"
#include "source/sourceoptions.h"
#include "store/jobrecords.h"

#include <QtCore/QDateTime>
#include <QtCore/QSet>
#include <QtCore/QString>

#include <atomic>
#include <optional>

namespace Store {
class JobStore;
}

namespace Engine {

// What a file is, as far as the match goes.
struct CatchUpFile {
    QString path;         // absolute
    qint64 size = 0;
    QDateTime modified;   // UTC
    Source::Kind kind = Source::Kind::Csv; // as read (never Auto once the file was opened)
    Model::ColumnMapping mapping;
    // Store::ChunkHash (hex) of a CSV's header bytes, as the planner records it
    // (JobRecord::headerHash); empty for a provider's export, whose columns are its own.
    QString headerHash;
};

struct CatchUpMatch {
    Store::JobRecord job;  // the earlier job
    qint64 overlap = 0;    // the job's users (by email) that are in the file
    qint64 jobUsers = 0;   // users the job imported or found (its users map)
    qint64 fileUsers = 0;  // distinct emails of the file
};

class CatchUpMatcher
{
public:
    using EmailSet = QSet<quint64>;

    // The hash of Store::JobStore::emailKey(email): what EmailSet holds.
    static quint64 emailHash(QStringView email);

    // True when `job` read a file of `file`'s source with the same columns and mapping, and is
    // not the very same file unchanged (same path, size and modification time).
    static bool sameSourceAndColumns(const Store::JobRecord &job, const CatchUpFile &file);

    // The jobs of `store` with `file`'s source and columns, newest first. `*error` on failure.
    static QList<Store::JobRecord> candidates(const Store::JobStore &store, const CatchUpFile &file,
                                              QString *error = nullptr);

    // Of `candidates`, the one whose users overlap `emails` most (the newest on a tie); nullopt
    // when none shares at least `minimumOverlap` users. The store must be open in this thread.
    static std::optional<CatchUpMatch> bestMatch(const Store::JobStore &store, const QList<Store::JobRecord> &candidates,
                                                 const EmailSet &emails, qint64 minimumOverlap = 1,
                                                 QString *error = nullptr);

    // The file's facts without its rows: kind, size, header hash. nullopt (with *error) when it
    // cannot be opened.
    static std::optional<CatchUpFile> describe(const QString &path, const Source::Options &source,
                                               const Model::ColumnMapping &mapping, QString *error = nullptr);
    // Every email of the file (its email column as mapped), hashed. Stops early, with what it
    // read, when `cancel` becomes true or the file cannot be read further.
    static EmailSet emailsOf(const QString &path, const Source::Options &source, const Model::ColumnMapping &mapping,
                             const std::atomic_bool *cancel = nullptr);

    // Everything, for a worker thread: describe the file, find the candidate jobs in the store
    // at `storePath` (its own connection), and only when there are some, read the file's emails
    // and pick the best. nullopt: no match (or an error, then `*error` says why).
    static std::optional<CatchUpMatch> find(const QString &storePath, const QString &path, const Source::Options &source,
                                            const Model::ColumnMapping &mapping, const std::atomic_bool *cancel = nullptr,
                                            QString *error = nullptr);
};

} // namespace Engine
