#include "storesql.h"

#include <QtCore/QAtomicInteger>
#include <QtCore/QCoreApplication>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "wizard.store")

namespace Store::Sql {

QVariant text(const QString &s)
{
    return s.isNull() ? QVariant(u""_s) : QVariant(s);
}

QVariant msecs(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant();
}

QDateTime dateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

bool bindAndExec(QSqlQuery &q, const QVariantList &values)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    return q.exec();
}

bool readRows(QSqlQuery &q, const QVariantList &values, const std::function<bool(const QSqlQuery &)> &row,
              QString *why)
{
    if (!bindAndExec(q, values)) {
        *why = sqlError(q);
        return false;
    }
    while (q.next()) {
        if (!row(q))
            break;
    }
    if (q.lastError().isValid()) {
        *why = sqlError(q);
        return false;
    }
    return true;
}

QString uniqueConnectionName(const QString &prefix)
{
    static QAtomicInteger<quint64> counter;
    return prefix + QString::number(counter.fetchAndAddRelaxed(1));
}

bool openConnection(QSqlDatabase &db, const QString &name, const QString &path, const QString &cannotOpen,
                    const QString &cannotSetUp, QString *error)
{
    db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open()) {
        if (error)
            *error = cannotOpen.arg(path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    for (const QString &pragma : {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s}) {
        if (!q.exec(pragma)) {
            if (error)
                *error = cannotSetUp.arg(path, sqlError(q));
            return false;
        }
        q.finish();
    }
    return true;
}

void closeConnection(QSqlDatabase &db, const QString &name)
{
    if (!db.isValid())
        return;
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

const QString &jobKeySql()
{
    static const QString sql = u"SELECT key FROM jobs WHERE id = ?"_s;
    return sql;
}

std::optional<qint64> readJobKey(QSqlQuery &q, const QString &jobId, QString *why)
{
    const Finish f {q};
    if (!bindAndExec(q, {jobId})) {
        *why = sqlError(q);
        return std::nullopt;
    }
    if (!q.next()) {
        *why = QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(jobId);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<qint64> readJobKey(const QSqlDatabase &db, const QString &jobId, QString *why)
{
    QSqlQuery q(db);
    if (!q.prepare(jobKeySql())) {
        *why = sqlError(q);
        return std::nullopt;
    }
    return readJobKey(q, jobId, why);
}

bool writeTransaction(const QSqlDatabase &db, const std::function<bool(QString *why)> &work, QString *why,
                      TransactionLock lock)
{
    QSqlQuery q(db);
    if (!q.exec(lock == TransactionLock::Immediate ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s)) {
        *why = sqlError(q);
        return false;
    }
    q.finish();
    if (!work(why)) {
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    if (!q.exec(u"COMMIT"_s)) {
        *why = sqlError(q);
        q.exec(u"ROLLBACK"_s);
        return false;
    }
    return true;
}

Finish::~Finish()
{
    q.finish();
}

} // namespace Store::Sql
