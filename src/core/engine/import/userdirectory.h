#pragma once
// UserDirectory: email -> WorkOS user id for every user this job has created or found, shared
// by all workers so that a later row of the same email (any chunk, any worker, any letter
// case) reuses the user instead of creating it again. Single-flight: the first row of an
// email to ask claims it and creates the user; a row asking while that is in progress is told
// to wait and ask again, so one email costs one create.
//
// Bounded memory: keyed by a 64-bit hash of the lower-case email, the id and the email key
// held together as one byte array, in two generations: when the newer one holds `capacity` / 2
// entries the older one is dropped. Identity is never taken from the hash alone: a hit counts
// only when the entry's email key is exactly the one asked for, so two emails whose hashes
// collide never share a user id (the later one replaces the earlier in the slot, and the
// earlier is looked up again when next asked). An email that fell out (or was imported by an earlier run of the job) is found in
// the job store by the caller (RowImporter asks it before creating), so a million-user job
// keeps a few MB here, not hundreds. Thread-safe; one per job, owned by the JobRunner.

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QMutex>
#include <QtCore/QSet>
#include <QtCore/QString>

namespace Engine {

class UserDirectory
{
public:
    enum class Claim {
        Known, // the id is in `userId`
        Mine,  // the caller creates the user, then calls resolve() or release()
        Wait,  // another row is creating it right now: ask again shortly
    };
    struct Answer {
        Claim claim = Claim::Mine;
        QString userId;
    };

    static quint64 keyOf(QStringView emailKey);
    using HashFunction = quint64 (*)(QStringView emailKey);

    // `hash` replaces keyOf() (tests: a hash that collides).
    explicit UserDirectory(qsizetype capacity = 32768, HashFunction hash = &UserDirectory::keyOf)
        : m_capacity(std::max<qsizetype>(2, capacity)), m_hash(hash) { }

    Answer claim(const QString &emailKey);
    void resolve(const QString &emailKey, const QString &userId);
    void release(const QString &emailKey);
    void put(const QString &emailKey, const QString &userId); // preloading on resume
    qsizetype size() const;

private:
    void insertLocked(quint64 key, QByteArray entry);

    qsizetype m_capacity;
    HashFunction m_hash;
    mutable QMutex m_mutex;
    QHash<quint64, QByteArray> m_ids;  // newer generation
    QHash<quint64, QByteArray> m_older; // older generation
    QSet<QString> m_inFlight; // email keys being created right now (a handful: exact keys)
};

} // namespace Engine
