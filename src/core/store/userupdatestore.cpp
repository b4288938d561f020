#include "userupdatestore.h"

#include "idtable.h"
#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Store::UserUpdateStore", text);
}

const QString Columns = u"user_id, email, row_number, line, changes, password_replaced, state, intent_at, "
                        "restore_state, restore_message"_s;

UserUpdate updateFrom(const QSqlQuery &q)
{
    UserUpdate u;
    u.userId = q.value(0).toString();
    u.email = q.value(1).toString();
    u.row = q.value(2).toLongLong();
    u.line = q.value(3).toLongLong();
    u.changes = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).array();
    u.passwordReplaced = q.value(5).toInt() != 0;
    u.state = q.value(6).toString() == u"done"_s ? UpdateState::Done : UpdateState::Intended;
    u.intentAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    u.restore = restoreStateFromId(q.value(8).toString()).value_or(RestoreState::None);
    u.restoreMessage = q.value(9).toString();
    return u;
}

} // namespace

namespace {
constexpr std::array restoreStates {
    std::pair {RestoreState::None, ""_L1},
    std::pair {RestoreState::Restored, "restored"_L1},
    std::pair {RestoreState::ChangedAgain, "changed_again"_L1},
    std::pair {RestoreState::Gone, "gone"_L1},
    std::pair {RestoreState::Failed, "failed"_L1},
};
} // namespace

QString restoreStateId(RestoreState state) { return idOf(restoreStates, state); }
std::optional<RestoreState> restoreStateFromId(QStringView id) { return fromId(restoreStates, id); }

UserUpdateStore::UserUpdateStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName(u"user-updates-"_s))
{
}

UserUpdateStore::~UserUpdateStore()
{
    closeConnection(m_db, m_connectionName);
}

bool UserUpdateStore::open(QString *error)
{
    if (!openConnection(m_db, m_connectionName, m_path, tr("Cannot open the job store %1: %2"),
                        tr("Cannot set up the job store %1: %2"), error))
        return false;
    QSqlQuery q(m_db);
    for (const QString &sql : {QString(uR"(CREATE TABLE IF NOT EXISTS user_updates (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            user_id TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            row_number INTEGER NOT NULL DEFAULT 0,
            line INTEGER NOT NULL DEFAULT 0,
            changes TEXT NOT NULL DEFAULT '[]',
            password_replaced INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL DEFAULT 'intended',
            intent_at INTEGER NOT NULL,
            restore_state TEXT NOT NULL DEFAULT '',
            restore_message TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_key, user_id)
        ) WITHOUT ROWID)"_s),
                               QString(uR"(CREATE TABLE IF NOT EXISTS catch_up_missing (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            email_key TEXT NOT NULL,
            user_id TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_key, email_key)
        ) WITHOUT ROWID)"_s)})
        if (!q.exec(sql))
            return fail(error, tr("Cannot add the user updates to the job store %1: %2").arg(m_path, q.lastError().text()));
    return true;
}

std::optional<qint64> UserUpdateStore::jobKey(const QString &jobId) const
{
    QString why;
    return readJobKey(m_db, jobId, &why);
}

std::optional<UserUpdate> UserUpdateStore::intend(const QString &jobId, const UserUpdate &update, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
        return std::nullopt;
    }
    const QDateTime at = update.intentAt.isValid() ? update.intentAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO user_updates (job_key, user_id, email, row_number, line, changes, "
              "password_replaced, state, intent_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'intended', ?)"_s);
    for (const QVariant &v : {QVariant(*key), text(update.userId), text(update.email), QVariant(update.row),
                              QVariant(update.line),
                              QVariant(QString::fromUtf8(QJsonDocument(update.changes).toJson(QJsonDocument::Compact))),
                              QVariant(update.passwordReplaced ? 1 : 0), QVariant(at.toMSecsSinceEpoch())})
        q.addBindValue(v);
    if (!q.exec()) {
        fail(error, tr("Cannot record a user update in the job store: %1").arg(q.lastError().text()));
        return std::nullopt;
    }
    std::optional<UserUpdate> recorded = find(jobId, update.userId);
    if (!recorded)
        fail(error, tr("Cannot read a user update back from the job store."));
    return recorded;
}

bool UserUpdateStore::markDone(const QString &jobId, const QString &userId, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE user_updates SET state = 'done' WHERE job_key = ? AND user_id = ?"_s);
    q.addBindValue(*key);
    q.addBindValue(userId);
    if (!q.exec())
        return fail(error, tr("Cannot record a user update in the job store: %1").arg(q.lastError().text()));
    return true;
}

bool UserUpdateStore::forget(const QString &jobId, const QString &userId, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM user_updates WHERE job_key = ? AND user_id = ?"_s);
    q.addBindValue(*key);
    q.addBindValue(userId);
    if (!q.exec())
        return fail(error, tr("Cannot record a refused user update in the job store: %1").arg(q.lastError().text()));
    return true;
}

std::optional<UserUpdate> UserUpdateStore::find(const QString &jobId, const QString &userId) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + Columns + u" FROM user_updates WHERE job_key = ? AND user_id = ?"_s);
    q.addBindValue(*key);
    q.addBindValue(userId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return updateFrom(q);
}

QList<UserUpdate> UserUpdateStore::all(const QString &jobId, QString *error) const
{
    QList<UserUpdate> list;
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
        return list;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + Columns + u" FROM user_updates WHERE job_key = ? ORDER BY row_number, user_id"_s);
    q.addBindValue(*key);
    if (!q.exec()) {
        fail(error, tr("Cannot read the user updates of job %1: %2").arg(jobId, q.lastError().text()));
        return list;
    }
    while (q.next())
        list.append(updateFrom(q));
    return list;
}

qint64 UserUpdateStore::countDone(const QString &jobId) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return 0;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT COUNT(*) FROM user_updates WHERE job_key = ? AND state = 'done'"_s);
    q.addBindValue(*key);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QMap<QString, qint64> UserUpdateStore::fieldCounts(const QString &jobId) const
{
    QMap<QString, qint64> counts;
    for (const UserUpdate &u : all(jobId)) {
        if (u.state != UpdateState::Done)
            continue;
        for (const QJsonValue &c : u.changes)
            ++counts[c.toObject().value(u"field"_s).toString()];
        if (u.passwordReplaced)
            ++counts[u"password"_s];
    }
    return counts;
}

QString fieldCountsText(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        parts.append(u"%1 %2"_s.arg(it.key()).arg(it.value()));
    return parts.join(u", "_s);
}

bool UserUpdateStore::setRestore(const QString &jobId, const QString &userId, RestoreState state,
                                 const QString &message, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE user_updates SET restore_state = ?, restore_message = ? WHERE job_key = ? AND user_id = ?"_s);
    q.addBindValue(restoreStateId(state));
    q.addBindValue(text(message));
    q.addBindValue(*key);
    q.addBindValue(userId);
    if (!q.exec())
        return fail(error, tr("Cannot record the undo of a user update in the job store: %1").arg(q.lastError().text()));
    return true;
}

bool UserUpdateStore::setMissing(const QString &jobId, const QList<MissingUser> &users, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
    QString why;
    const bool written = writeTransaction(m_db, [&](QString *failure) {
        QSqlQuery q(m_db);
        q.prepare(u"DELETE FROM catch_up_missing WHERE job_key = ?"_s);
        if (!bindAndExec(q, {*key})) {
            *failure = sqlError(q);
            return false;
        }
        q.prepare(u"INSERT OR REPLACE INTO catch_up_missing (job_key, email_key, user_id) VALUES (?, ?, ?)"_s);
        for (const MissingUser &u : users) {
            if (!bindAndExec(q, {*key, text(u.emailKey), text(u.userId)})) {
                *failure = sqlError(q);
                return false;
            }
        }
        return true;
    }, &why);
    if (!written)
        return fail(error, tr("Cannot record the missing users in the job store: %1").arg(why));
    return true;
}

QList<MissingUser> UserUpdateStore::missing(const QString &jobId, QString *error) const
{
    QList<MissingUser> list;
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, tr("There is no job \"%1\" in the job store.").arg(jobId));
        return list;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT email_key, user_id FROM catch_up_missing WHERE job_key = ? ORDER BY email_key"_s);
    q.addBindValue(*key);
    if (!q.exec()) {
        fail(error, tr("Cannot read the missing users of job %1: %2").arg(jobId, q.lastError().text()));
        return list;
    }
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString()});
    return list;
}

} // namespace Store
