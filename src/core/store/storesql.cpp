#include "storesql.h"

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

Finish::~Finish()
{
    q.finish();
}

} // namespace Store::Sql
