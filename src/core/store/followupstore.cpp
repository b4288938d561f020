#include "followupstore.h"

#include "store/secretguard.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QAtomicInteger>
#include <QtCore/QVariant>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

namespace {

constexpr int BusyTimeoutMs = 10000;

QVariant timeValue(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant();
}

// A text column: never NULL (the columns are NOT NULL DEFAULT '', and Qt binds a null QString as NULL).
QVariant text(const QString &value)
{
    return QVariant(value.isNull() ? QString(u""_s) : value);
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

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

} // namespace

QString followUpKindId(FollowUpKind kind)
{
    return kind == FollowUpKind::Verify ? u"verify"_s : u"undo"_s;
}

QString followUpStateId(FollowUpState state)
{
    switch (state) {
    case FollowUpState::Running: return u"running"_s;
    case FollowUpState::Done: return u"done"_s;
    case FollowUpState::Failed: return u"failed"_s;
    }
    return {};
}

std::optional<FollowUpState> followUpStateFromId(QStringView id)
{
    for (FollowUpState s : {FollowUpState::Running, FollowUpState::Done, FollowUpState::Failed})
        if (followUpStateId(s) == id)
            return s;
    return std::nullopt;
}

QString undoKindId(UndoKind kind)
{
    switch (kind) {
    case UndoKind::Membership: return u"membership"_s;
    case UndoKind::User: return u"user"_s;
    case UndoKind::Organization: return u"organization"_s;
    }
    return {};
}

std::optional<UndoKind> undoKindFromId(QStringView id)
{
    for (UndoKind k : {UndoKind::Membership, UndoKind::User, UndoKind::Organization})
        if (undoKindId(k) == id)
            return k;
    return std::nullopt;
}

QString undoStateId(UndoState state)
{
    switch (state) {
    case UndoState::Pending: return u"pending"_s;
    case UndoState::Deleting: return u"deleting"_s;
    case UndoState::Deleted: return u"deleted"_s;
    case UndoState::Gone: return u"gone"_s;
    case UndoState::Kept: return u"kept"_s;
    case UndoState::Refused: return u"refused"_s;
    case UndoState::Failed: return u"failed"_s;
    case UndoState::NotFound: return u"not_found"_s;
    }
    return {};
}

std::optional<UndoState> undoStateFromId(QStringView id)
{
    for (UndoState s : {UndoState::Pending, UndoState::Deleting, UndoState::Deleted, UndoState::Gone,
                        UndoState::Kept, UndoState::Refused, UndoState::Failed, UndoState::NotFound})
        if (undoStateId(s) == id)
            return s;
    return std::nullopt;
}

FollowUpStore::FollowUpStore(QString path)
    : m_path(std::move(path))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = u"followups-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

FollowUpStore::~FollowUpStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
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
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot open the job store %1: %2").arg(m_path, m_db.lastError().text()));
    QSqlQuery q(m_db);
    for (const QString &pragma : {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s})
        if (!q.exec(pragma))
            return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot set up the job store %1: %2").arg(m_path, q.lastError().text()));
    if (!m_db.transaction())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot write to the job store %1: %2").arg(m_path, m_db.lastError().text()));
    for (const QString &statement : schema()) {
        if (!q.exec(statement)) {
            const QString why = q.lastError().text();
            m_db.rollback();
            return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot add the verify and undo tables to the job store %1: %2").arg(m_path, why));
        }
    }
    if (!m_db.commit())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot write to the job store %1: %2").arg(m_path, m_db.lastError().text()));
    return true;
}

std::optional<qint64> FollowUpStore::jobKey(const QString &jobId) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT key FROM jobs WHERE id = ?"_s);
    q.addBindValue(jobId);
    if (!q.exec() || !q.next()) {
        m_lastError = u"There is no job \"%1\" in the job store."_s.arg(jobId);
        return std::nullopt;
    }
    return q.value(0).toLongLong();
}

std::optional<FollowUpRecord> FollowUpStore::followUp(const QString &jobId, FollowUpKind kind) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT state, started_at, updated_at, finished_at, checked, problems, done, message "
              "FROM followups WHERE job_key = ? AND kind = ?"_s);
    q.addBindValue(*key);
    q.addBindValue(followUpKindId(kind));
    if (!q.exec() || !q.next())
        return std::nullopt;
    FollowUpRecord r;
    r.jobId = jobId;
    r.kind = kind;
    r.state = followUpStateFromId(q.value(0).toString()).value_or(FollowUpState::Failed);
    r.startedAt = timeFrom(q.value(1));
    r.updatedAt = timeFrom(q.value(2));
    r.finishedAt = timeFrom(q.value(3));
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
    q.addBindValue(*key);
    q.addBindValue(followUpKindId(record.kind));
    q.addBindValue(followUpStateId(record.state));
    q.addBindValue(timeValue(record.startedAt));
    q.addBindValue(timeValue(record.updatedAt.isValid() ? record.updatedAt : QDateTime::currentDateTimeUtc()));
    q.addBindValue(timeValue(record.finishedAt));
    q.addBindValue(record.checked);
    q.addBindValue(record.problems);
    q.addBindValue(record.done);
    q.addBindValue(text(redactSecrets(record.message)));
    if (!q.exec())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot record the %1 of job %2: %3").arg(followUpKindId(record.kind), record.jobId,
                                                                       q.lastError().text()));
    return true;
}

bool FollowUpStore::forEachOutcome(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                                   QString *error) const
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT row_number, line, email, org_key, outcome, user_result, stage, code, user_id "
              "FROM row_outcomes WHERE job_key = ? ORDER BY row_number"_s);
    q.addBindValue(*key);
    if (!q.exec())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot read the outcomes of job %1: %2").arg(jobId, q.lastError().text()));
    while (q.next()) {
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
        o.userId = q.value(8).toString();
        if (!callback(o))
            break;
    }
    return true;
}

bool FollowUpStore::saveUndoPlan(const QString &jobId, const QList<UndoAction> &actions,
                                 const FollowUpRecord &record, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    if (!m_db.transaction())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot write to the job store: %1").arg(m_db.lastError().text()));
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM undo_actions WHERE job_key = ?"_s);
    q.addBindValue(*key);
    bool ok = q.exec();
    if (ok) {
        q.prepare(u"INSERT INTO undo_actions (job_key, seq, kind, object_id, user_id, organization_id, row_number, "
                  "line, email, org_key, state, code, message, http_status, request_id, retryable, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const UndoAction &a : actions) {
            for (const QVariant &v : {QVariant(*key), QVariant(a.seq), QVariant(undoKindId(a.kind)), text(a.objectId),
                                      text(a.userId), text(a.organizationId), QVariant(a.row), QVariant(a.line),
                                      text(a.email), text(a.orgKey), QVariant(undoStateId(a.state)),
                                      text(a.code), text(redactSecrets(a.message)), QVariant(a.httpStatus),
                                      text(a.requestId), QVariant(a.retryable ? 1 : 0), QVariant(now)})
                q.addBindValue(v);
            if (!q.exec()) {
                ok = false;
                break;
            }
        }
    }
    const QString why = q.lastError().text();
    q = QSqlQuery();
    if (!ok || !putFollowUp(record, error)) {
        m_db.rollback();
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the undo plan of job %1: %2").arg(jobId, ok ? m_lastError : why));
    }
    if (!m_db.commit())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the undo plan of job %1: %2").arg(jobId, m_db.lastError().text()));
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
    q.addBindValue(*key);
    if (!q.exec()) {
        m_lastError = q.lastError().text();
        return actions;
    }
    while (q.next()) {
        UndoAction a;
        a.seq = q.value(0).toLongLong();
        a.kind = undoKindFromId(q.value(1).toString()).value_or(UndoKind::Membership);
        a.objectId = q.value(2).toString();
        a.userId = q.value(3).toString();
        a.organizationId = q.value(4).toString();
        a.row = q.value(5).toLongLong();
        a.line = q.value(6).toLongLong();
        a.email = q.value(7).toString();
        a.orgKey = q.value(8).toString();
        a.state = undoStateFromId(q.value(9).toString()).value_or(UndoState::Pending);
        a.code = q.value(10).toString();
        a.message = q.value(11).toString();
        a.httpStatus = q.value(12).toInt();
        a.requestId = q.value(13).toString();
        a.retryable = q.value(14).toInt() != 0;
        actions.append(a);
    }
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
    q.addBindValue(text(a.objectId));
    q.addBindValue(undoStateId(a.state));
    q.addBindValue(text(a.code));
    q.addBindValue(text(redactSecrets(a.message)));
    q.addBindValue(a.httpStatus);
    q.addBindValue(text(a.requestId));
    q.addBindValue(a.retryable ? 1 : 0);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    q.addBindValue(*key);
    q.addBindValue(a.seq);
    if (!q.exec() || q.numRowsAffected() != 1)
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot record the undo of %1 %2: %3").arg(undoKindId(a.kind), a.objectId,
                                                                        q.lastError().text()));
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
    q.addBindValue(*key);
    if (!q.exec())
        return counts;
    while (q.next())
        if (const auto state = undoStateFromId(q.value(0).toString()))
            counts.insert(*state, q.value(1).toLongLong());
    return counts;
}

bool FollowUpStore::saveMismatches(const QString &jobId, const QList<RowOutcome> &mismatches, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    if (!m_db.transaction())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot write to the job store: %1").arg(m_db.lastError().text()));
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM verify_mismatches WHERE job_key = ?"_s);
    q.addBindValue(*key);
    bool ok = q.exec();
    if (ok) {
        q.prepare(u"INSERT INTO verify_mismatches (job_key, seq, row_number, line, email, org_key, stage, code, message) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        qint64 seq = 0;
        for (const RowOutcome &m : mismatches) {
            for (const QVariant &v : {QVariant(*key), QVariant(++seq), QVariant(m.row), QVariant(m.line),
                                      text(m.email), text(m.orgKey), QVariant(stageId(m.stage)),
                                      text(m.code), text(redactSecrets(m.message))})
                q.addBindValue(v);
            if (!q.exec()) {
                ok = false;
                break;
            }
        }
    }
    const QString why = q.lastError().text();
    q = QSqlQuery();
    if (!ok) {
        m_db.rollback();
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the verify result of job %1: %2").arg(jobId, why));
    }
    if (!m_db.commit())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the verify result of job %1: %2").arg(jobId, m_db.lastError().text()));
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
    q.addBindValue(*key);
    if (!q.exec())
        return list;
    while (q.next()) {
        RowOutcome m;
        m.jobId = jobId;
        m.row = q.value(0).toLongLong();
        m.line = q.value(1).toLongLong();
        m.email = q.value(2).toString();
        m.orgKey = q.value(3).toString();
        m.stage = stageFromId(q.value(4).toString()).value_or(Stage::User);
        m.code = q.value(5).toString();
        m.message = q.value(6).toString();
        m.outcome = Outcome::Failed;
        list.append(m);
    }
    return list;
}

bool FollowUpStore::saveVerifyReads(const QString &jobId, const QList<VerifyRead> &reads, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    if (!m_db.transaction())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot write to the job store: %1").arg(m_db.lastError().text()));
    QSqlQuery q(m_db);
    q.prepare(u"INSERT OR REPLACE INTO verify_reads (job_key, kind, object_key, data) VALUES (?, ?, ?, ?)"_s);
    bool ok = true;
    for (const VerifyRead &r : reads) {
        for (const QVariant &v : {QVariant(*key), text(r.kind), text(r.key), text(r.data)})
            q.addBindValue(v);
        if (!q.exec()) {
            ok = false;
            break;
        }
    }
    const QString why = q.lastError().text();
    q = QSqlQuery();
    if (!ok) {
        m_db.rollback();
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the verify checkpoint of job %1: %2").arg(jobId, why));
    }
    if (!m_db.commit())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot store the verify checkpoint of job %1: %2").arg(jobId, m_db.lastError().text()));
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
    q.addBindValue(*key);
    if (!q.exec())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot read the verify checkpoint of job %1: %2").arg(jobId, q.lastError().text()));
    while (q.next())
        callback(VerifyRead {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    return true;
}

bool FollowUpStore::clearVerifyReads(const QString &jobId, QString *error)
{
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM verify_reads WHERE job_key = ?"_s);
    q.addBindValue(*key);
    if (!q.exec())
        return fail(error, QCoreApplication::translate("Store::FollowUpStore", "Cannot clear the verify checkpoint of job %1: %2").arg(jobId, q.lastError().text()));
    return true;
}

} // namespace Store
