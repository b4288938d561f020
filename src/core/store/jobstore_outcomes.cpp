// JobStore: each row's outcome, and the counters and lists made from them.

#include "jobstore.h"

#include "outcomerows.h"
#include "secretguard.h"
#include "storesql.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

// ---- outcomes ----

bool JobStore::recordOutcomes(const QList<RowOutcome> &outcomes, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    if (outcomes.isEmpty())
        return true;
    // Resolve every job key before the transaction (a lookup failure must not leave one open).
    QHash<QString, qint64> keys;
    for (const RowOutcome &o : outcomes) {
        if (keys.contains(o.jobId))
            continue;
        const auto key = jobKey(o.jobId);
        if (!key)
            return fail(error, m_lastError);
        keys.insert(o.jobId, *key);
    }

    if (!begin(error))
        return false;
    QSqlQuery &q = prepared(
        u"INSERT INTO row_outcomes (job_key, "_s % outcomeColumns()
        % u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
          "ON CONFLICT (job_key, row_number) DO UPDATE SET line = excluded.line, email = excluded.email, "
          "org_key = excluded.org_key, outcome = excluded.outcome, "
          // A user this row created (or found) stays so when the row is replayed by a retry or
          // a resume that finds the user id in the store: counters add up across runs.
          "user_result = CASE WHEN row_outcomes.user_result = 'created' OR excluded.user_result = 'none' "
          "OR (row_outcomes.user_result = 'updated' AND excluded.user_result = 'existed') "
          "THEN row_outcomes.user_result ELSE excluded.user_result END, "
          "stage = excluded.stage, code = excluded.code, http_status = excluded.http_status, "
          "message = excluded.message, request_id = excluded.request_id, retryable = excluded.retryable, "
          "user_id = excluded.user_id, attempts = excluded.attempts, updated_at = excluded.updated_at, "
          // A replay that only found the membership ("already a member") keeps the id it had.
          "external_id = excluded.external_id, membership_id = CASE WHEN excluded.membership_id = '' "
          "THEN row_outcomes.membership_id ELSE excluded.membership_id END"_s);
    QSqlQuery &userQuery = prepared(u"INSERT INTO users (job_key, email_key, user_id) VALUES (?, ?, ?) "
                            "ON CONFLICT (job_key, email_key) DO UPDATE SET user_id = excluded.user_id"_s);
    const qint64 now = nowMs();
    for (const RowOutcome &o : outcomes) {
        const qint64 key = keys.value(o.jobId);
        UserResult user = o.user;
        if (user == UserResult::None && o.outcome == Outcome::Created)
            user = UserResult::Created;
        else if (user == UserResult::None && o.outcome == Outcome::Existed)
            user = UserResult::Existed;
        const bool ok = bindAndExec(q, {key, o.row, o.line, text(o.email), text(o.orgKey), outcomeId(o.outcome),
                                        userResultId(user), stageId(o.stage), text(o.code), o.httpStatus,
                                        text(redactSecrets(o.message)), text(o.requestId), o.retryable ? 1 : 0,
                                        text(o.userId), o.attempts,
                                        o.updatedAt.isValid() ? o.updatedAt.toMSecsSinceEpoch() : now,
                                        text(o.externalId), text(o.membershipId)});
        QString why = ok ? QString() : sqlError(q);
        if (ok && !o.userId.isEmpty() && !o.email.trimmed().isEmpty()) {
            if (!bindAndExec(userQuery, {key, emailKey(o.email), o.userId}))
                why = sqlError(userQuery);
        }
        if (!why.isEmpty()) {
            q.finish();
            userQuery.finish();
            rollback();
            // A job deleted (and maybe re-created) by another connection leaves a stale key
            // here; look the keys up again next time.
            m_jobKeys.clear();
            return fail(error, u"Cannot save the outcome of row %1 of job %2: %3"_s.arg(o.row).arg(o.jobId, why));
        }
    }
    q.finish();
    userQuery.finish();
    return commit(error);
}

std::optional<RowOutcome> JobStore::outcome(const QString &jobId, qint64 row, QString *error) const
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return std::nullopt;
    QSqlQuery &q = prepared(u"SELECT "_s % outcomeColumns() % u" FROM row_outcomes WHERE job_key = ? AND row_number = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, row})) {
        fail(error, u"Cannot read row %1 of job %2: %3"_s.arg(row).arg(jobId, sqlError(q)));
        return std::nullopt;
    }
    succeed(error);
    if (!q.next())
        return std::nullopt;
    return outcomeFromQuery(q, jobId);
}

QSet<qint64> JobStore::finalRows(const QString &jobId, qint64 firstRow, qint64 lastRow, QString *error) const
{
    QSet<qint64> out;
    // Keep in step with RowOutcome::isFinal().
    if (!readJobRows(jobId, u"SELECT row_number FROM row_outcomes WHERE job_key = ? AND row_number BETWEEN ? AND ? "
                            "AND NOT (outcome = 'failed' AND retryable <> 0)"_s, {firstRow, lastRow},
                     [&](const QSqlQuery &row) { out.insert(row.value(0).toLongLong()); },
                     u"Cannot read the finished rows of job %1: %2"_s, error))
        return {};
    return out;
}

qint64 JobStore::countFinalRows(const QString &jobId, QString *error) const
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return -1;
    // Keep in step with RowOutcome::isFinal() and finalRows().
    QSqlQuery &q = prepared(u"SELECT COUNT(*) FROM row_outcomes WHERE job_key = ? "
                            "AND NOT (outcome = 'failed' AND retryable <> 0)"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key}) || !q.next()) {
        fail(error, u"Cannot count the finished rows of job %1: %2"_s.arg(jobId, sqlError(q)));
        return -1;
    }
    succeed(error);
    return q.value(0).toLongLong();
}

QList<RowOutcome> JobStore::failedRows(const QString &jobId, bool retryableOnly, QString *error) const
{
    QList<RowOutcome> out;
    if (!forEachFailedRow(jobId, [&out](const RowOutcome &o) {
            out.append(o);
            return true;
        }, retryableOnly, error))
        return {};
    return out;
}

bool JobStore::forEachFailedRow(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                                bool retryableOnly, QString *error) const
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    const QString filter = retryableOnly ? u"outcome = 'failed' AND retryable <> 0"_s
                                         : u"outcome IN ('invalid', 'failed')"_s;
    QString why;
    if (!forEachOutcomeRow(m_db, *key, jobId, filter, callback, &why))
        return fail(error, u"Cannot read the failed rows of job %1: %2"_s.arg(jobId, why));
    return succeed(error);
}

JobCounters JobStore::countOutcomes(const QString &jobId, QString *error) const
{
    JobCounters c;
    const auto stored = job(jobId, error);
    if (!stored) {
        if (error && error->isEmpty())
            fail(error, u"There is no job %1 in the job store."_s.arg(jobId));
        return c;
    }
    c.totalRows = stored->counters.totalRows;
    c.valid = stored->counters.valid;
    c.retries = stored->counters.retries;
    c.rateLimited = stored->counters.rateLimited;
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return JobCounters();
    }
    QSqlQuery &q = prepared(u"SELECT outcome, user_result, COUNT(*) FROM row_outcomes WHERE job_key = ? "
                            "GROUP BY outcome, user_result"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, u"Cannot count the outcomes of job %1: %2"_s.arg(jobId, sqlError(q)));
        return JobCounters();
    }
    while (q.next()) {
        const auto outcome = outcomeFromId(q.value(0).toString());
        const auto user = userResultFromId(q.value(1).toString());
        const qint64 n = q.value(2).toLongLong();
        if (user == UserResult::Created)
            c.created += n;
        else if (user == UserResult::Existed)
            c.existed += n;
        else if (user == UserResult::Updated)
            c.existed += n, c.updated += n;
        if (!outcome)
            continue;
        switch (*outcome) {
        case Outcome::MembershipAdded: c.membershipsAdded += n; break;
        case Outcome::MembershipExisted: c.membershipExisted += n; break;
        case Outcome::DuplicateSkipped: c.duplicatesSkipped += n; break;
        case Outcome::Invalid: c.invalid += n; break;
        case Outcome::Failed: c.failed += n; break;
        case Outcome::Created:
        case Outcome::Existed: break; // counted through user_result
        }
    }
    if (q.lastError().isValid()) {
        fail(error, u"Cannot count the outcomes of job %1: %2"_s.arg(jobId, sqlError(q)));
        return JobCounters();
    }
    succeed(error);
    return c;
}

std::optional<std::map<Outcome, qint64>> JobStore::countRowsByOutcome(const QString &jobId, QString *error) const
{
    // A job deleted by another connection must not be counted by a stale key.
    const auto key = keyOf(jobId, error, KeyLookup::Fresh);
    if (!key)
        return std::nullopt;
    QSqlQuery &q = prepared(u"SELECT outcome, COUNT(*) FROM row_outcomes WHERE job_key = ? GROUP BY outcome"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, u"Cannot count the outcomes of job %1: %2"_s.arg(jobId, sqlError(q)));
        return std::nullopt;
    }
    std::map<Outcome, qint64> out;
    while (q.next()) {
        const auto outcome = outcomeFromId(q.value(0).toString());
        if (!outcome) {
            fail(error, u"Job %1 has rows with an unknown outcome \"%2\" in the job store."_s.arg(jobId, q.value(0).toString()));
            return std::nullopt;
        }
        out[*outcome] += q.value(1).toLongLong();
    }
    if (q.lastError().isValid()) {
        fail(error, u"Cannot count the outcomes of job %1: %2"_s.arg(jobId, sqlError(q)));
        return std::nullopt;
    }
    succeed(error);
    return out;
}

bool JobStore::forEachOutcome(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                              QString *error) const
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    QString why;
    if (!forEachOutcomeRow(m_db, *key, jobId, {}, callback, &why))
        return fail(error, u"Cannot read the outcomes of job %1: %2"_s.arg(jobId, why));
    return succeed(error);
}

} // namespace Store
