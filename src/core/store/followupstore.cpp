#include "followupstore.h"

#include "idtable.h"
#include "outcomerows.h"
#include "secretguard.h"
#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

const QStringList &schema()
{
    static const QStringList statements {
        uR"(CREATE TABLE IF NOT EXISTS followups (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            state TEXT NOT NULL,
            started_at INTEGER,
            updated_at INTEGER,
            finished_at INTEGER,
            checked INTEGER NOT NULL DEFAULT 0,
            problems INTEGER NOT NULL DEFAULT 0,
            done INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_key, kind)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE IF NOT EXISTS undo_actions (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL,
            object_id TEXT NOT NULL DEFAULT '',
            user_id TEXT NOT NULL DEFAULT '',
            organization_id TEXT NOT NULL DEFAULT '',
            row_number INTEGER NOT NULL DEFAULT 0,
            line INTEGER NOT NULL DEFAULT 0,
            email TEXT NOT NULL DEFAULT '',
            org_key TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL DEFAULT '',
            http_status INTEGER NOT NULL DEFAULT 0,
            request_id TEXT NOT NULL DEFAULT '',
            retryable INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job_key, seq)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE IF NOT EXISTS verify_mismatches (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            seq INTEGER NOT NULL,
            row_number INTEGER NOT NULL DEFAULT 0,
            line INTEGER NOT NULL DEFAULT 0,
            email TEXT NOT NULL DEFAULT '',
            org_key TEXT NOT NULL DEFAULT '',
            stage TEXT NOT NULL,
            code TEXT NOT NULL,
            message TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_key, seq)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE IF NOT EXISTS verify_reads (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            object_key TEXT NOT NULL,
            data TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_key, kind, object_key)
        ) WITHOUT ROWID)"_s,
    };
    return statements;
}

constexpr std::array followUpKinds {
    std::pair {FollowUpKind::Verify, "verify"_L1},
    std::pair {FollowUpKind::Undo, "undo"_L1},
};

constexpr std::array followUpStates {
    std::pair {FollowUpState::Running, "running"_L1},
    std::pair {FollowUpState::Done, "done"_L1},
    std::pair {FollowUpState::Failed, "failed"_L1},
};

constexpr std::array undoKinds {
    std::pair {UndoKind::Membership, "membership"_L1},
    std::pair {UndoKind::User, "user"_L1},
    std::pair {UndoKind::Organization, "organization"_L1},
};

constexpr std::array undoStates {
    std::pair {UndoState::Pending, "pending"_L1},
    std::pair {UndoState::Deleting, "deleting"_L1},
    std::pair {UndoState::Deleted, "deleted"_L1},
    std::pair {UndoState::Gone, "gone"_L1},
    std::pair {UndoState::Kept, "kept"_L1},
    std::pair {UndoState::Refused, "refused"_L1},
    std::pair {UndoState::Failed, "failed"_L1},
    std::pair {UndoState::NotFound, "not_found"_L1},
};

} // namespace

QString followUpKindId(FollowUpKind kind) { return idOf(followUpKinds, kind); }
QString followUpStateId(FollowUpState state) { return idOf(followUpStates, state); }
std::optional<FollowUpState> followUpStateFromId(QStringView id) { return fromId(followUpStates, id); }
QString undoKindId(UndoKind kind) { return idOf(undoKinds, kind); }
std::optional<UndoKind> undoKindFromId(QStringView id) { return fromId(undoKinds, id); }
QString undoStateId(UndoState state) { return idOf(undoStates, state); }
std::optional<UndoState> undoStateFromId(QStringView id) { return fromId(undoStates, id); }

FollowUpStore::FollowUpStore(QString path)
    : m_path(std::move(path))
    , m_connectionName(uniqueConnectionName(u"followups-"_s))
{
}

FollowUpStore::~FollowUpStore()
{
    closeConnection(m_db, m_connectionName);
}

bool FollowUpStore::fail(QString *error, const QString &message) const
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool FollowUpStore::open(QString *error)
{
    QString why;
    if (!openConnection(m_db, m_connectionName, m_path,
                        QCoreApplication::translate("Store::FollowUpStore", "Cannot open the job store %1: %2"),
                        QCoreApplication::translate("Store::FollowUpStore", "Cannot set up the job store %1: %2"), &why))
        return fail(error, why);
    const bool created = writeTransaction(m_db, [this](QString *why) {
        QSqlQuery q(m_db);
        for (const QString &statement : schema()) {
            if (!q.exec(statement)) {
                *why = sqlError(q);
                return false;
            }
        }
        return true;
    }, &why, TransactionLock::Deferred); // no write lock when the tables are there
    if (!created)
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot add the verify and undo tables to the job store %1: %2").arg(m_path, why));
    return true;
}

std::optional<qint64> FollowUpStore::jobKey(const QString &jobId) const
{
    QString why;
    const auto key = readJobKey(m_db, jobId, &why);
    if (!key)
        m_lastError = why;
    return key;
}

std::optional<FollowUpRecord> FollowUpStore::followUp(const QString &jobId, FollowUpKind kind) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT state, started_at, updated_at, finished_at, checked, problems, done, message "
              "FROM followups WHERE job_key = ? AND kind = ?"_s);
    if (!bindAndExec(q, {*key, followUpKindId(kind)}) || !q.next())
        return std::nullopt;
    FollowUpRecord r;
    r.jobId = jobId;
    r.kind = kind;
    r.state = followUpStateFromId(q.value(0).toString()).value_or(FollowUpState::Failed);
    r.startedAt = dateTime(q.value(1));
    r.updatedAt = dateTime(q.value(2));
    r.finishedAt = dateTime(q.value(3));
    r.checked = q.value(4).toLongLong();
    r.problems = q.value(5).toLongLong();
    r.done = q.value(6).toLongLong();
    r.message = q.value(7).toString();
    return r;
}

QString FollowUpStore::stateText(const QString &jobId, JobState state) const
{
    if (const auto undo = followUp(jobId, FollowUpKind::Undo)) {
        if (undo->state == FollowUpState::Done)
            return undo->problems == 0 ? u"undone"_s : u"undone (%1 kept)"_s.arg(undo->problems);
        return u"undo unfinished"_s;
    }
    if (const auto verify = followUp(jobId, FollowUpKind::Verify); verify && verify->state == FollowUpState::Done) {
        const QString when = verify->finishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
        return verify->problems == 0 ? u"verified %1"_s.arg(when)
                                     : u"verify: %1 mismatches"_s.arg(verify->problems);
    }
    return jobStateId(state);
}

QString FollowUpStore::stateText(const JobRecord &job) const
{
    const auto verify = followUp(job.id, FollowUpKind::Verify);
    const bool jobDone = job.state == JobState::Finished || job.state == JobState::FinishedWithErrors;
    const bool importedSince = verify && job.updatedAt.isValid() && verify->finishedAt.isValid()
        && job.updatedAt > verify->finishedAt;
    if (followUp(job.id, FollowUpKind::Undo) || !verify || verify->state != FollowUpState::Done
        || (jobDone && !importedSince))
        return stateText(job.id, job.state);
    const QString when = verify->finishedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
    const QString how = verify->problems == 0
        ? u"verified %1 of %2 rows %3"_s.arg(verify->checked).arg(job.counters.totalRows).arg(when)
        : u"verify: %1 mismatches in %2 of %3 rows"_s.arg(verify->problems).arg(verify->checked).arg(job.counters.totalRows);
    return jobStateId(job.state) + u" \u00b7 "_s + how;
}

bool FollowUpStore::putFollowUp(const FollowUpRecord &record, QString *error)
{
    const auto key = jobKey(record.jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO followups (job_key, kind, state, started_at, updated_at, finished_at, "
              "checked, problems, done, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!bindAndExec(q, {*key, followUpKindId(record.kind), followUpStateId(record.state), msecs(record.startedAt),
                         msecs(record.updatedAt.isValid() ? record.updatedAt : QDateTime::currentDateTimeUtc()),
                         msecs(record.finishedAt), record.checked, record.problems, record.done,
                         text(redactSecrets(record.message))}))
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot record the %1 of job %2: %3").arg(followUpKindId(record.kind), record.jobId,
                                                                       sqlError(q)));
    return true;
}

bool FollowUpStore::forEachOutcome(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                                   QString *error) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QString why;
    if (!forEachOutcomeRow(m_db, *key, jobId, {}, callback, &why))
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot read the outcomes of job %1: %2").arg(jobId, why));
    return true;
}

namespace {

// Runs `q` (prepared) once for each entry of `rows`; false at the first failure, with `*why`.
bool insertRows(QSqlQuery &q, const QList<QVariantList> &rows, QString *why)
{
    for (const QVariantList &values : rows) {
        if (!bindAndExec(q, values)) {
            *why = sqlError(q);
            return false;
        }
    }
    return true;
}

// Replaces the job's rows of `table` by `rows`, inserted with `insert`, in the transaction
// the caller runs.
bool replaceRows(const QSqlDatabase &db, const QString &table, qint64 key, const QString &insert,
                 const QList<QVariantList> &rows, QString *why)
{
    QSqlQuery q(db);
    if (!q.prepare(u"DELETE FROM "_s % table % u" WHERE job_key = ?"_s) || !bindAndExec(q, {key})
        || !q.prepare(insert)) {
        *why = sqlError(q);
        return false;
    }
    return insertRows(q, rows, why);
}

} // namespace

bool FollowUpStore::saveUndoPlan(const QString &jobId, const QList<UndoAction> &actions,
                                 const FollowUpRecord &record, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    const qint64 now = nowMs();
    QList<QVariantList> rows;
    rows.reserve(actions.size());
    for (const UndoAction &a : actions)
        rows.append({*key, a.seq, undoKindId(a.kind), text(a.objectId), text(a.userId), text(a.organizationId), a.row,
                     a.line, text(a.email), text(a.orgKey), undoStateId(a.state), text(a.code),
                     text(redactSecrets(a.message)), a.httpStatus, text(a.requestId), a.retryable ? 1 : 0, now});
    QString why;
    const bool saved = writeTransaction(m_db, [&](QString *why) {
        return replaceRows(m_db, u"undo_actions"_s, *key,
                           u"INSERT INTO undo_actions (job_key, seq, kind, object_id, user_id, organization_id, "
                           "row_number, line, email, org_key, state, code, message, http_status, request_id, "
                           "retryable, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           rows, why)
            && putFollowUp(record, why);
    }, &why);
    if (!saved)
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the undo plan of job %1: %2").arg(jobId, why));
    return true;
}

QList<UndoAction> FollowUpStore::undoActions(const QString &jobId) const
{
    QList<UndoAction> actions;
    const auto key = jobKey(jobId);
    if (!key)
        return actions;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT seq, kind, object_id, user_id, organization_id, row_number, line, email, org_key, state, "
              "code, message, http_status, request_id, retryable FROM undo_actions WHERE job_key = ? ORDER BY seq"_s);
    QString why;
    if (!readRows(q, {*key}, [&](const QSqlQuery &row) {
            UndoAction a;
            a.seq = row.value(0).toLongLong();
            a.kind = undoKindFromId(row.value(1).toString()).value_or(UndoKind::Membership);
            a.objectId = row.value(2).toString();
            a.userId = row.value(3).toString();
            a.organizationId = row.value(4).toString();
            a.row = row.value(5).toLongLong();
            a.line = row.value(6).toLongLong();
            a.email = row.value(7).toString();
            a.orgKey = row.value(8).toString();
            a.state = undoStateFromId(row.value(9).toString()).value_or(UndoState::Pending);
            a.code = row.value(10).toString();
            a.message = row.value(11).toString();
            a.httpStatus = row.value(12).toInt();
            a.requestId = row.value(13).toString();
            a.retryable = row.value(14).toInt() != 0;
            actions.append(a);
            return true;
        }, &why))
        m_lastError = why;
    return actions;
}

bool FollowUpStore::updateUndoAction(const QString &jobId, const UndoAction &a, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE undo_actions SET object_id = ?, state = ?, code = ?, message = ?, http_status = ?, "
              "request_id = ?, retryable = ?, updated_at = ? WHERE job_key = ? AND seq = ?"_s);
    if (!bindAndExec(q, {text(a.objectId), undoStateId(a.state), text(a.code), text(redactSecrets(a.message)),
                         a.httpStatus, text(a.requestId), a.retryable ? 1 : 0, nowMs(), *key, a.seq})
        || q.numRowsAffected() != 1)
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot record the undo of %1 %2: %3").arg(undoKindId(a.kind), a.objectId,
                                                                        sqlError(q)));
    return true;
}

QMap<UndoState, qint64> FollowUpStore::undoCounts(const QString &jobId) const
{
    QMap<UndoState, qint64> counts;
    const auto key = jobKey(jobId);
    if (!key)
        return counts;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT state, COUNT(*) FROM undo_actions WHERE job_key = ? GROUP BY state"_s);
    QString why;
    readRows(q, {*key}, [&](const QSqlQuery &row) {
        if (const auto state = undoStateFromId(row.value(0).toString()))
            counts.insert(*state, row.value(1).toLongLong());
        return true;
    }, &why);
    return counts;
}

bool FollowUpStore::saveMismatches(const QString &jobId, const QList<RowOutcome> &mismatches, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QList<QVariantList> rows;
    rows.reserve(mismatches.size());
    qint64 seq = 0;
    for (const RowOutcome &m : mismatches)
        rows.append({*key, ++seq, m.row, m.line, text(m.email), text(m.orgKey), stageId(m.stage), text(m.code),
                     text(redactSecrets(m.message))});
    QString why;
    const bool saved = writeTransaction(m_db, [&](QString *why) {
        return replaceRows(m_db, u"verify_mismatches"_s, *key,
                           u"INSERT INTO verify_mismatches (job_key, seq, row_number, line, email, org_key, stage, "
                           "code, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                           rows, why);
    }, &why);
    if (!saved)
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the verify result of job %1: %2").arg(jobId, why));
    return true;
}

QList<RowOutcome> FollowUpStore::mismatches(const QString &jobId) const
{
    QList<RowOutcome> list;
    const auto key = jobKey(jobId);
    if (!key)
        return list;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT row_number, line, email, org_key, stage, code, message FROM verify_mismatches "
              "WHERE job_key = ? ORDER BY seq"_s);
    QString why;
    readRows(q, {*key}, [&](const QSqlQuery &row) {
        RowOutcome m;
        m.jobId = jobId;
        m.row = row.value(0).toLongLong();
        m.line = row.value(1).toLongLong();
        m.email = row.value(2).toString();
        m.orgKey = row.value(3).toString();
        m.stage = stageFromId(row.value(4).toString()).value_or(Stage::User);
        m.code = row.value(5).toString();
        m.message = row.value(6).toString();
        m.outcome = Outcome::Failed;
        list.append(m);
        return true;
    }, &why);
    return list;
}

bool FollowUpStore::saveVerifyReads(const QString &jobId, const QList<VerifyRead> &reads, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QList<QVariantList> rows;
    rows.reserve(reads.size());
    for (const VerifyRead &r : reads)
        rows.append({*key, text(r.kind), text(r.key), text(r.data)});
    QString why;
    const bool saved = writeTransaction(m_db, [&](QString *why) {
        QSqlQuery q(m_db);
        if (!q.prepare(u"INSERT OR REPLACE INTO verify_reads (job_key, kind, object_key, data) VALUES (?, ?, ?, ?)"_s)) {
            *why = sqlError(q);
            return false;
        }
        return insertRows(q, rows, why);
    }, &why);
    if (!saved)
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the verify checkpoint of job %1: %2").arg(jobId, why));
    return true;
}

bool FollowUpStore::forEachVerifyRead(const QString &jobId, const std::function<void(const VerifyRead &)> &callback,
                                      QString *error) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT kind, object_key, data FROM verify_reads WHERE job_key = ?"_s);
    QString why;
    if (!readRows(q, {*key}, [&](const QSqlQuery &row) {
            callback(VerifyRead {row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
            return true;
        }, &why))
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot read the verify checkpoint of job %1: %2").arg(jobId, why));
    return true;
}

bool FollowUpStore::clearVerifyReads(const QString &jobId, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM verify_reads WHERE job_key = ?"_s);
    if (!bindAndExec(q, {*key}))
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot clear the verify checkpoint of job %1: %2").arg(jobId, sqlError(q)));
    return true;
}

} // namespace Store
