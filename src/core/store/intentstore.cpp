#include "intentstore.h"

#include "idtable.h"
#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QCryptographicHash>
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

} // namespace

namespace {
constexpr std::array intentKinds {
    std::pair {IntentKind::User, "user"_L1},
    std::pair {IntentKind::Membership, "membership"_L1},
    std::pair {IntentKind::Organization, "organization"_L1},
};
} // namespace

QString intentKindId(IntentKind kind) { return idOf(intentKinds, kind); }
std::optional<IntentKind> intentKindFromId(QStringView id) { return fromId(intentKinds, id); }

bool createdAfterIntent(const QDateTime &createdAt, const QDateTime &intentAt)
{
    if (!createdAt.isValid() || !intentAt.isValid())
        return false;
    return createdAt.toMSecsSinceEpoch() >= intentAt.toMSecsSinceEpoch() - IntentClockSlackMs;
}

QByteArray idempotencyKeyFor(const QString &jobId, IntentKind kind, const QString &objectKey, const QByteArray &body)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData("workos-migration-wizard create v1\n");
    hash.addData(jobId.toUtf8());
    hash.addData("\n");
    hash.addData(intentKindId(kind).toUtf8());
    hash.addData("\n");
    hash.addData(objectKey.toUtf8());
    hash.addData("\n");
    hash.addData(body);
    return hash.result().toHex().left(40);
}

QString idempotencyScope(const QString &jobId, const QDateTime &jobCreatedAt)
{
    return jobId + u'@' + QString::number(jobCreatedAt.isValid() ? jobCreatedAt.toMSecsSinceEpoch() : 0);
}

IntentStore::IntentStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName(u"intents-"_s))
{
}

IntentStore::~IntentStore()
{
    closeConnection(m_db, m_connectionName);
}

bool IntentStore::open(QString *error)
{
    if (!openConnection(m_db, m_connectionName, m_path,
                        QCoreApplication::translate("Store::IntentStore", "Cannot open the job store %1: %2"),
                        QCoreApplication::translate("Store::IntentStore", "Cannot set up the job store %1: %2"), error))
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(uR"(CREATE TABLE IF NOT EXISTS create_intents (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            object_key TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL DEFAULT '',
            organization_id TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            idempotency_key TEXT NOT NULL DEFAULT '',
            intent_at INTEGER NOT NULL,
            row_number INTEGER NOT NULL DEFAULT 0,
            line INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (job_key, kind, object_key)
        ) WITHOUT ROWID)"_s))
        return fail(error, QCoreApplication::translate("Store::IntentStore", "Cannot add the create intents to the job store %1: %2").arg(m_path, q.lastError().text()));
    return true;
}

std::optional<qint64> IntentStore::jobKey(const QString &jobId) const
{
    QString why; // the callers say it in their own words
    return readJobKey(m_db, jobId, &why);
}

std::optional<QDateTime> IntentStore::record(const QString &jobId, const CreateIntent &intent, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, QCoreApplication::translate("Store::IntentStore", "There is no job \"%1\" in the job store.").arg(jobId));
        return std::nullopt;
    }
    const QDateTime now = intent.intentAt.isValid() ? intent.intentAt : QDateTime::currentDateTimeUtc();
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR IGNORE INTO create_intents (job_key, kind, object_key, email, user_id, organization_id, "
              "external_id, idempotency_key, intent_at, row_number, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!bindAndExec(q, {*key, intentKindId(intent.kind), text(intent.objectKey), text(intent.email),
                         text(intent.userId), text(intent.organizationId), text(intent.externalId),
                         text(intent.idempotencyKey), now.toMSecsSinceEpoch(), intent.row, intent.line})) {
        fail(error, QCoreApplication::translate("Store::IntentStore", "Cannot record a create in the job store: %1").arg(sqlError(q)));
        return std::nullopt;
    }
    if (q.numRowsAffected() == 1)
        return now;
    const auto existing = find(jobId, intent.kind, intent.objectKey);
    if (!existing) {
        fail(error, QCoreApplication::translate("Store::IntentStore", "Cannot read a create back from the job store."));
        return std::nullopt;
    }
    return existing->intentAt;
}

bool IntentStore::forget(const QString &jobId, IntentKind kind, const QString &objectKey, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, QCoreApplication::translate("Store::IntentStore", "There is no job \"%1\" in the job store.").arg(jobId));
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM create_intents WHERE job_key = ? AND kind = ? AND object_key = ?"_s);
    if (!bindAndExec(q, {*key, intentKindId(kind), objectKey}))
        return fail(error, QCoreApplication::translate("Store::IntentStore", "Cannot record a refused create in the job store: %1").arg(sqlError(q)));
    return true;
}

namespace {
const QString Columns = u"kind, object_key, email, user_id, organization_id, external_id, idempotency_key, intent_at, "
                        "row_number, line"_s;

CreateIntent intentFrom(const QSqlQuery &q)
{
    CreateIntent i;
    i.kind = intentKindFromId(q.value(0).toString()).value_or(IntentKind::User);
    i.objectKey = q.value(1).toString();
    i.email = q.value(2).toString();
    i.userId = q.value(3).toString();
    i.organizationId = q.value(4).toString();
    i.externalId = q.value(5).toString();
    i.idempotencyKey = q.value(6).toString();
    i.intentAt = QDateTime::fromMSecsSinceEpoch(q.value(7).toLongLong(), Qt::UTC);
    i.row = q.value(8).toLongLong();
    i.line = q.value(9).toLongLong();
    return i;
}
} // namespace

std::optional<CreateIntent> IntentStore::find(const QString &jobId, IntentKind kind, const QString &objectKey) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT "_s + Columns + u" FROM create_intents WHERE job_key = ? AND kind = ? AND object_key = ?"_s);
    if (!bindAndExec(q, {*key, intentKindId(kind), objectKey}) || !q.next())
        return std::nullopt;
    return intentFrom(q);
}

QList<CreateIntent> IntentStore::all(const QString &jobId, QString *error) const
{
    QList<CreateIntent> list;
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, QCoreApplication::translate("Store::IntentStore", "There is no job \"%1\" in the job store.").arg(jobId));
        return list;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + Columns + u" FROM create_intents WHERE job_key = ? ORDER BY intent_at"_s);
    QString why;
    if (!readRows(q, {*key}, [&](const QSqlQuery &row) {
            list.append(intentFrom(row));
            return true;
        }, &why)) {
        fail(error, QCoreApplication::translate("Store::IntentStore", "Cannot read the creates of job %1: %2").arg(jobId, why));
        return {};
    }
    return list;
}

} // namespace Store
