#pragma once
// UserUpdateStore: the updates an import made to users that already existed (JobSettings::
// updateExisting, docs/cutover.md), and the users of an earlier job a catch-up's file no longer
// has. Two tables in the job store's SQLite file, created (IF NOT EXISTS) when this class opens
// it, each referring to jobs(key) with ON DELETE CASCADE:
//
//   user_updates: one per user an import updated: the fields' values before and after (a JSON
//   array of {field, before, after}), recorded BEFORE the PUT is sent (state "intended") and
//   marked "done" once WorkOS answered. A process killed in between leaves the intent; the next
//   run (resume, or undo) reads the user: fields that hold the "after" values were set by this
//   job. Undo records what it did per user (restored, changed again since, ...). Never a
//   password or a hash: a replaced password is only a flag (it cannot be read back or undone).
//
//   catch_up_missing: a catch-up's list of users the earlier job imported that its file no
//   longer has (listed, never deleted), for the summary and the wizard.
//
// One object is one SQLite connection, used only in the thread that called open() (each worker
// has its own).

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QList>
#include <QtCore/QMap>
#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <optional>

namespace Store {

enum class UpdateState { Intended, Done };
// What undo did with a recorded update.
enum class RestoreState {
    None,         // not undone yet
    Restored,     // every field that still held the import's value holds the value from before again
    ChangedAgain, // restored where it could; some fields were changed again since the import (left alone)
    Gone,         // the user no longer exists
    Failed,       // WorkOS refused or could not be reached: undo again
};
QString restoreStateId(RestoreState state);
std::optional<RestoreState> restoreStateFromId(QStringView id);

struct UserUpdate {
    QString userId;
    QString email;
    qint64 row = 0;
    qint64 line = 0;
    QJsonArray changes;       // [{field, before, after}] (Engine::changesToJson)
    bool passwordReplaced = false;
    UpdateState state = UpdateState::Intended;
    QDateTime intentAt;       // UTC
    RestoreState restore = RestoreState::None;
    QString restoreMessage;   // plain words: which fields were changed again, why it failed
};

struct MissingUser {
    QString emailKey;
    QString userId;
};

// "first_name 3, metadata 2": UserUpdateStore::fieldCounts for people.
QString fieldCountsText(const QMap<QString, qint64> &counts);

class UserUpdateStore
{
public:
    explicit UserUpdateStore(QString path);
    ~UserUpdateStore();
    UserUpdateStore(const UserUpdateStore &) = delete;
    UserUpdateStore &operator=(const UserUpdateStore &) = delete;

    bool open(QString *error = nullptr);

    // Records the update's intent (committed before this returns) unless the job has one for
    // this user already; returns the recorded one (the earlier run's, when it was there).
    std::optional<UserUpdate> intend(const QString &jobId, const UserUpdate &update, QString *error = nullptr);
    bool markDone(const QString &jobId, const QString &userId, QString *error = nullptr);
    // The update was refused (nothing changed): its intent goes.
    bool forget(const QString &jobId, const QString &userId, QString *error = nullptr);
    std::optional<UserUpdate> find(const QString &jobId, const QString &userId) const;
    QList<UserUpdate> all(const QString &jobId, QString *error = nullptr) const; // by row
    qint64 countDone(const QString &jobId) const;
    // How many done updates changed each field ("first_name" -> 3; "password" for replaced passwords).
    QMap<QString, qint64> fieldCounts(const QString &jobId) const;
    bool setRestore(const QString &jobId, const QString &userId, RestoreState state, const QString &message,
                    QString *error = nullptr);

    // A catch-up's missing users: replaced as a whole.
    bool setMissing(const QString &jobId, const QList<MissingUser> &users, QString *error = nullptr);
    QList<MissingUser> missing(const QString &jobId, QString *error = nullptr) const; // by email

private:
    std::optional<qint64> jobKey(const QString &jobId) const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
};

} // namespace Store
