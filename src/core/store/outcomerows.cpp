#include "outcomerows.h"

#include "storesql.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store::Sql {

const QString &outcomeColumns()
{
    static const QString columns = u"row_number, line, email, org_key, outcome, user_result, stage, code, "
                                   "http_status, message, request_id, retryable, user_id, attempts, updated_at, "
                                   "external_id, membership_id"_s;
    return columns;
}

RowOutcome outcomeFromQuery(const QSqlQuery &q, const QString &jobId)
{
    RowOutcome o;
    o.jobId = jobId;
    o.row = q.value(0).toLongLong();
    o.line = q.value(1).toLongLong();
    o.email = q.value(2).toString();
    o.orgKey = q.value(3).toString();
    o.outcome = outcomeFromId(q.value(4).toString()).value_or(Outcome::Failed);
    o.user = userResultFromId(q.value(5).toString()).value_or(UserResult::None);
    o.stage = stageFromId(q.value(6).toString()).value_or(Stage::Validate);
    o.code = q.value(7).toString();
    o.httpStatus = q.value(8).toInt();
    o.message = q.value(9).toString();
    o.requestId = q.value(10).toString();
    o.retryable = q.value(11).toInt() != 0;
    o.userId = q.value(12).toString();
    o.attempts = q.value(13).toInt();
    o.updatedAt = dateTime(q.value(14));
    o.externalId = q.value(15).toString();
    o.membershipId = q.value(16).toString();
    return o;
}

bool forEachOutcomeRow(const QSqlDatabase &db, qint64 jobKey, const QString &jobId, const QString &filter,
                       const std::function<bool(const RowOutcome &)> &callback, QString *why)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString where = filter.isEmpty() ? QString() : u" AND ("_s % filter % u')';
    if (!q.prepare(u"SELECT "_s % outcomeColumns() % u" FROM row_outcomes WHERE job_key = ?"_s % where
                   % u" ORDER BY row_number"_s)) {
        *why = sqlError(q);
        return false;
    }
    return readRows(q, {jobKey}, [&](const QSqlQuery &row) { return callback(outcomeFromQuery(row, jobId)); }, why);
}

} // namespace Store::Sql
