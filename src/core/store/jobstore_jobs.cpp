// JobStore: jobs and their settings, counters, fingerprint and state.

#include "jobstore.h"

#include "joblock.h"
#include "secretguard.h"
#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

const QString jobColumns = u"id, name, csv_path, csv_size, csv_sha256, settings, mode, state, "
                           "total_rows, valid_rows, invalid_rows, users_created, users_existed, "
                           "memberships_added, memberships_existed, duplicates_skipped, failed_rows, "
                           "retries, rate_limited, created_at, started_at, updated_at, finished_at, "
                           "api_host, last_error, plan_version, csv_mtime, header_hash, users_updated"_s;

JobRecord jobFromQuery(const QSqlQuery &q)
{
    JobRecord j;
    j.id = q.value(0).toString();
    j.name = q.value(1).toString();
    j.csvPath = q.value(2).toString();
    j.csvSize = q.value(3).toLongLong();
    j.csvSha256 = q.value(4).toString();
    j.settings = QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object();
    j.mode = q.value(6).toString();
    j.state = jobStateFromId(q.value(7).toString()).value_or(JobState::Interrupted);
    JobCounters &c = j.counters;
    c.totalRows = q.value(8).toLongLong();
    c.valid = q.value(9).toLongLong();
    c.invalid = q.value(10).toLongLong();
    c.created = q.value(11).toLongLong();
    c.existed = q.value(12).toLongLong();
    c.membershipsAdded = q.value(13).toLongLong();
    c.membershipExisted = q.value(14).toLongLong();
    c.duplicatesSkipped = q.value(15).toLongLong();
    c.failed = q.value(16).toLongLong();
    c.retries = q.value(17).toLongLong();
    c.rateLimited = q.value(18).toLongLong();
    j.createdAt = dateTime(q.value(19));
    j.startedAt = dateTime(q.value(20));
    j.updatedAt = dateTime(q.value(21));
    j.finishedAt = dateTime(q.value(22));
    j.apiHost = q.value(23).toString();
    j.lastError = q.value(24).toString();
    j.planVersion = q.value(25).toInt();
    j.csvModified = dateTime(q.value(26));
    j.headerHash = q.value(27).toString();
    c.updated = q.value(28).toLongLong();
    return j;
}

QVariantList counterValues(const JobCounters &c)
{
    return {c.totalRows, c.valid, c.invalid, c.created, c.existed, c.membershipsAdded,
            c.membershipExisted, c.duplicatesSkipped, c.failed, c.retries, c.rateLimited};
}

} // namespace

// ---- jobs ----

QString JobStore::newJobId() const
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    for (;;) {
        const quint32 r = QRandomGenerator::system()->bounded(0x10000u);
        const QString id = u"job-"_s % stamp % u'-' % QString::number(r, 16).rightJustified(4, u'0');
        if (!isOpen() || !job(id))
            return id;
    }
}

bool JobStore::createJob(const JobRecord &job, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    if (!isValidJobId(job.id))
        return fail(error, u"\"%1\" cannot be a job id: use 1 to 64 letters, digits, '.', '_' or '-'."_s.arg(job.id));

    QStringList removed;
    const QJsonObject settings = withoutSecrets(job.settings, &removed);
    if (!removed.isEmpty())
        qCWarning(lcStore) << "settings entries that may hold secrets were not stored:" << removed.join(u", "_s);

    const qint64 now = nowMs();
    QSqlQuery &q = prepared(u"INSERT INTO jobs (id, name, csv_path, csv_size, csv_sha256, settings, mode, state, "
                            "total_rows, valid_rows, invalid_rows, users_created, users_existed, memberships_added, "
                            "memberships_existed, duplicates_skipped, failed_rows, retries, rate_limited, "
                            "created_at, started_at, updated_at, finished_at, api_host, last_error, "
                            "plan_version, csv_mtime, header_hash) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    Finish f {q};
    QVariantList values {job.id,
                         text(job.name),
                         text(job.csvPath),
                         job.csvSize,
                         text(job.csvSha256.toLower()),
                         QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)),
                         text(job.mode),
                         jobStateId(job.state)};
    values += counterValues(job.counters);
    values += QVariantList {job.createdAt.isValid() ? job.createdAt.toMSecsSinceEpoch() : now,
                            msecs(job.startedAt),
                            job.updatedAt.isValid() ? job.updatedAt.toMSecsSinceEpoch() : now,
                            msecs(job.finishedAt),
                            text(job.apiHost),
                            text(redactSecrets(job.lastError)),
                            job.planVersion,
                            msecs(job.csvModified),
                            text(job.headerHash)};
    if (!bindAndExec(q, values)) {
        if (this->job(job.id))
            return fail(error, u"A job with the id %1 already exists."_s.arg(job.id));
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save the job %1: %2").arg(job.id, sqlError(q)));
    }
    return true;
}

std::optional<JobRecord> JobStore::job(const QString &id, QString *error) const
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    QSqlQuery &q = prepared(u"SELECT "_s % jobColumns % u" FROM jobs WHERE id = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {id})) {
        fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read job %1 from the job store: %2").arg(id, sqlError(q)));
        return std::nullopt;
    }
    if (!q.next()) {
        if (q.lastError().isValid()) {
            fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read job %1 from the job store: %2").arg(id, sqlError(q)));
            return std::nullopt;
        }
        succeed(error); // none
        return std::nullopt;
    }
    succeed(error);
    return jobFromQuery(q);
}

QList<JobRecord> JobStore::jobs(int limit, QString *error) const
{
    QList<JobRecord> out;
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    QSqlQuery &q = prepared(u"SELECT "_s % jobColumns % u" FROM jobs ORDER BY created_at DESC, key DESC LIMIT ?"_s);
    Finish f {q};
    QString why;
    if (!readRows(q, {limit > 0 ? limit : -1}, [&](const QSqlQuery &row) {
            out.append(jobFromQuery(row));
            return true;
        }, &why)) {
        fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read the jobs from the job store: %1").arg(why));
        return {};
    }
    succeed(error);
    return out;
}

std::optional<JobRecord> JobStore::newestJob() const
{
    const QList<JobRecord> list = jobs(1);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

bool JobStore::updateJobState(const QString &id, JobState state, const QString &message, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    const qint64 now = nowMs();
    const bool running = state == JobState::Running;
    QSqlQuery &q = prepared(u"UPDATE jobs SET state = ?, updated_at = ?, "
                            "started_at = COALESCE(started_at, CASE WHEN ? THEN ? END), "
                            "finished_at = CASE WHEN ? THEN ? END, "
                            "last_error = CASE WHEN ? <> '' THEN ? ELSE last_error END "
                            "WHERE id = ?"_s);
    Finish f {q};
    const QString cleanMessage = text(redactSecrets(message)).toString();
    if (!bindAndExec(q, {jobStateId(state), now, running ? 1 : 0, now, isTerminal(state) ? 1 : 0, now,
                         cleanMessage, cleanMessage, id}))
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save the state of job %1: %2").arg(id, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(id));
    return true;
}

bool JobStore::updateCounters(const QString &id, const JobCounters &counters, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    QSqlQuery &q = prepared(u"UPDATE jobs SET total_rows = ?, valid_rows = ?, invalid_rows = ?, users_created = ?, "
                            "users_existed = ?, memberships_added = ?, memberships_existed = ?, "
                            "duplicates_skipped = ?, failed_rows = ?, retries = ?, rate_limited = ?, "
                            "users_updated = ?, updated_at = ? WHERE id = ?"_s);
    Finish f {q};
    QVariantList values = counterValues(counters);
    values += QVariantList {counters.updated, nowMs(), id};
    if (!bindAndExec(q, values))
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save the counters of job %1: %2").arg(id, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(id));
    return true;
}

bool JobStore::updateSettings(const QString &id, const QJsonObject &settings, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    QStringList removed;
    const QJsonObject clean = withoutSecrets(settings, &removed);
    if (!removed.isEmpty())
        qCWarning(lcStore) << "settings entries that may hold secrets were not stored:" << removed.join(u", "_s);
    QSqlQuery &q = prepared(u"UPDATE jobs SET settings = ?, updated_at = ? WHERE id = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {QString::fromUtf8(QJsonDocument(clean).toJson(QJsonDocument::Compact)), nowMs(), id}))
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save the settings of job %1: %2").arg(id, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(id));
    return true;
}

bool JobStore::updateFingerprint(const JobRecord &job, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    QSqlQuery &q = prepared(u"UPDATE jobs SET csv_size = ?, csv_sha256 = ?, csv_mtime = ?, header_hash = ?, "
                            "plan_version = ?, updated_at = ? WHERE id = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {job.csvSize, text(job.csvSha256.toLower()), msecs(job.csvModified), text(job.headerHash),
                         job.planVersion, nowMs(), job.id}))
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save the file fingerprint of job %1: %2").arg(job.id, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(job.id));
    return true;
}

bool JobStore::deleteJob(const QString &id, QString *error, const JobLock *held)
{
    if (!checkThread())
        return fail(error, m_lastError);
    // Hold the job's lock while deleting, so that no runner starts it in between.
    std::optional<JobLock> own;
    if (!held || !held->isLocked() || held->jobId() != id) {
        own.emplace(m_path, id);
        if (!own->tryLock())
            return fail(error, u"Job %1 is running in another window or process (%2). Stop it there first, "
                                "then delete it."_s.arg(id, own->holder().isEmpty() ? u"its lock file cannot be taken"_s
                                                                                     : own->holder()));
    }
    QSqlQuery &q = prepared(u"DELETE FROM jobs WHERE id = ?"_s);
    Finish f {q};
    m_jobKeys.remove(id);
    if (!bindAndExec(q, {id}))
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot delete job %1: %2").arg(id, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(id));
    return true;
}

// ---- the ID map (schema 3) ----

std::optional<bool> JobStore::idsRecorded(const QString &jobId, QString *error) const
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    QSqlQuery &q = prepared(u"SELECT ids_recorded FROM jobs WHERE id = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {jobId}) || !q.next()) {
        fail(error, q.lastError().isValid() ? sqlError(q)
                                            : QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(jobId));
        return std::nullopt;
    }
    succeed(error);
    return q.value(0).toInt() != 0;
}

} // namespace Store
