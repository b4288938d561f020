#pragma once
// IntentStore: the create intents of an import job (docs/resume.md, "Creates that lost their
// answer"). Before the import sends a create (a row's user, a row's membership, an
// organization in pre-warm) it records here what it is about to create, when, and the
// Idempotency-Key it sends (derived from the job and the object, never random per call). A
// process killed after the create left but before its answer was recorded leaves the intent
// behind; the next run (resume, or undo) reconciles it instead of calling the object
// "already there": WorkOS replays the same key with the original answer, and a server that
// cannot replay is asked for the object, which is this job's when it was created after the
// intent (its created_at, with IntentClockSlack for the two clocks).
//
// A create answered with a refusal (the object was not made) deletes its intent, so that a
// later retry never mistakes somebody else's object for its own.
//
// The table lives in the job store's SQLite file (create_intents), refers to jobs(key) with ON
// DELETE CASCADE and is created (IF NOT EXISTS) when this class opens the file. One object is
// one SQLite connection, used only in the thread that called open() (each worker has its own).
// No secret is stored: emails, ids, external ids, the key's hash-derived Idempotency-Key.

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace Store {

enum class IntentKind { User, Membership, Organization };
QString intentKindId(IntentKind kind);
std::optional<IntentKind> intentKindFromId(QStringView id);

struct CreateIntent {
    IntentKind kind = IntentKind::User;
    // What names the object: the lower-case email (user), "userId\norganizationId"
    // (membership), the organization's key (organization).
    QString objectKey;
    QString email;          // user: as written in the file
    QString userId;         // membership
    QString organizationId; // membership
    QString externalId;     // user, organization
    QString idempotencyKey;
    QDateTime intentAt;     // UTC, when the intent was first recorded
    qint64 row = 0;
    qint64 line = 0;
};

// How far the server's clock may lag this computer's when created_at is compared with an
// intent's time (WorkOS and the local sandbox are both NTP-synchronised).
inline constexpr qint64 IntentClockSlackMs = 2000;
// True when an object created at `createdAt` can be the one this intent asked for.
bool createdAfterIntent(const QDateTime &createdAt, const QDateTime &intentAt);

// The Idempotency-Key of a create: the same for the same job, object and request body in
// every run and process (so a replayed create is answered as the original), different for
// any other (hex of a SHA-256, 40 characters).
QByteArray idempotencyKeyFor(const QString &jobId, IntentKind kind, const QString &objectKey, const QByteArray &body);
// What names a job in its Idempotency-Keys: its id and the moment it was created, so that a job
// deleted and made again under the same id never has its creates answered with the old job's
// (WorkOS keeps a key's answer for a while, and those objects may have been undone since).
QString idempotencyScope(const QString &jobId, const QDateTime &jobCreatedAt);

class IntentStore
{
public:
    explicit IntentStore(QString path);
    ~IntentStore();
    IntentStore(const IntentStore &) = delete;
    IntentStore &operator=(const IntentStore &) = delete;

    bool open(QString *error = nullptr);

    // Records the intent (committed before this returns) unless one for the same object is
    // there already; returns the time of the recorded one (the earlier, when it was there).
    std::optional<QDateTime> record(const QString &jobId, const CreateIntent &intent, QString *error = nullptr);
    // The create was refused: the object was not made by it.
    bool forget(const QString &jobId, IntentKind kind, const QString &objectKey, QString *error = nullptr);
    std::optional<CreateIntent> find(const QString &jobId, IntentKind kind, const QString &objectKey) const;
    QList<CreateIntent> all(const QString &jobId, QString *error = nullptr) const;

private:
    std::optional<qint64> jobKey(const QString &jobId) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Store
