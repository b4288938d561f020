// JobStore: the job's maps: email -> user id, organizations (found, created, planned) and
// the environment roles the job created.

#include "jobstore.h"

#include "secretguard.h"
#include "storesql.h"

#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

const QString orgColumns = u"org_key, organization_id, name, resolution, error, updated_at"_s;

OrgEntry orgFromQuery(const QSqlQuery &q)
{
    OrgEntry e;
    e.key = q.value(0).toString();
    e.organizationId = q.value(1).toString();
    e.name = q.value(2).toString();
    e.resolution = orgResolutionFromId(q.value(3).toString()).value_or(OrgResolution::Failed);
    e.error = q.value(4).toString();
    e.updatedAt = dateTime(q.value(5));
    return e;
}

// Finishes a cached query when the scope ends, so that no statement keeps a read

} // namespace

// ---- maps ----

bool JobStore::putUser(const QString &jobId, const QString &email, const QString &userId, QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    QSqlQuery &q = prepared(u"INSERT INTO users (job_key, email_key, user_id) VALUES (?, ?, ?) "
                            "ON CONFLICT (job_key, email_key) DO UPDATE SET user_id = excluded.user_id"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, emailKey(email), text(userId)}))
        return fail(error, u"Cannot save a user of job %1: %2"_s.arg(jobId, sqlError(q)));
    return true;
}

std::optional<QString> JobStore::userId(const QString &jobId, const QString &email, QString *error) const
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return std::nullopt;
    QSqlQuery &q = prepared(u"SELECT user_id FROM users WHERE job_key = ? AND email_key = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, emailKey(email)})) {
        fail(error, u"Cannot read a user of job %1: %2"_s.arg(jobId, sqlError(q)));
        return std::nullopt;
    }
    succeed(error);
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

QHash<QString, QString> JobStore::users(const QString &jobId, QString *error) const
{
    QHash<QString, QString> out;
    if (!readJobRows(jobId, u"SELECT email_key, user_id FROM users WHERE job_key = ?"_s, {},
                     [&](const QSqlQuery &row) { out.insert(row.value(0).toString(), row.value(1).toString()); },
                     u"Cannot read the users of job %1: %2"_s, error))
        return {};
    return out;
}

bool JobStore::putOrg(const QString &jobId, const OrgEntry &org, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    if (org.key.isEmpty())
        return fail(error, u"An organization entry needs a key."_s);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery &q = prepared(u"INSERT INTO orgs (job_key, "_s % orgColumns
                            % u") VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_key, org_key) DO UPDATE SET "
                              "organization_id = excluded.organization_id, name = excluded.name, "
                              "resolution = excluded.resolution, error = excluded.error, "
                              "updated_at = excluded.updated_at"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, org.key, text(org.organizationId), text(org.name), orgResolutionId(org.resolution),
                         text(redactSecrets(org.error)),
                         org.updatedAt.isValid() ? org.updatedAt.toMSecsSinceEpoch() : nowMs()}))
        return fail(error, u"Cannot save organization %1 of job %2: %3"_s.arg(org.key, jobId, sqlError(q)));
    return true;
}

std::optional<OrgEntry> JobStore::org(const QString &jobId, const QString &orgKey, QString *error) const
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return std::nullopt;
    QSqlQuery &q = prepared(u"SELECT "_s % orgColumns % u" FROM orgs WHERE job_key = ? AND org_key = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, orgKey})) {
        fail(error, u"Cannot read organization %1 of job %2: %3"_s.arg(orgKey, jobId, sqlError(q)));
        return std::nullopt;
    }
    succeed(error);
    if (!q.next())
        return std::nullopt;
    return orgFromQuery(q);
}

QList<OrgEntry> JobStore::orgs(const QString &jobId, QString *error) const
{
    QList<OrgEntry> out;
    if (!readJobRows(jobId, u"SELECT "_s % orgColumns % u" FROM orgs WHERE job_key = ? ORDER BY org_key"_s, {},
                     [&](const QSqlQuery &row) { out.append(orgFromQuery(row)); },
                     u"Cannot read the organizations of job %1: %2"_s, error))
        return {};
    return out;
}

bool JobStore::setPlannedOrgs(const QString &jobId, const QList<PlannedOrg> &orgs, QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    if (!begin(error))
        return false;
    QSqlQuery &clear = prepared(u"DELETE FROM planned_orgs WHERE job_key = ?"_s);
    {
        Finish f {clear};
        if (!bindAndExec(clear, {*key})) {
            const QString why = sqlError(clear);
            clear.finish();
            rollback();
            return fail(error, u"Cannot save the organizations of job %1: %2"_s.arg(jobId, why));
        }
    }
    QSqlQuery &q = prepared(u"INSERT INTO planned_orgs (job_key, position, organization_id, external_id, name) "
                            "VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < orgs.size(); ++i) {
        const PlannedOrg &o = orgs.at(i);
        if (!bindAndExec(q, {*key, qint64(i), text(o.id), text(o.externalId), text(o.name)})) {
            const QString why = sqlError(q);
            q.finish();
            rollback();
            return fail(error, u"Cannot save the organizations of job %1: %2"_s.arg(jobId, why));
        }
    }
    q.finish();
    return commit(error);
}

QList<PlannedOrg> JobStore::plannedOrgs(const QString &jobId, QString *error) const
{
    QList<PlannedOrg> out;
    if (!readJobRows(jobId, u"SELECT organization_id, external_id, name FROM planned_orgs WHERE job_key = ? "
                            "ORDER BY position"_s, {},
                     [&](const QSqlQuery &row) {
                         out.append(PlannedOrg {row.value(0).toString(), row.value(1).toString(), row.value(2).toString()});
                     },
                     u"Cannot read the organizations of job %1: %2"_s, error))
        return {};
    return out;
}

bool JobStore::putRole(const QString &jobId, const RoleEntry &role, QString *error)
{
    const auto key = keyOf(jobId, error);
    if (!key)
        return false;
    QSqlQuery &q = prepared(u"INSERT INTO job_roles (job_key, slug, name, role_id, resolution, error, updated_at) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (job_key, slug) DO UPDATE SET "
                            "name = excluded.name, role_id = excluded.role_id, resolution = excluded.resolution, "
                            "error = excluded.error, updated_at = excluded.updated_at"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, role.slug, text(role.name), text(role.roleId), roleResolutionId(role.resolution),
                         text(redactSecrets(role.error)),
                         role.updatedAt.isValid() ? role.updatedAt.toMSecsSinceEpoch() : nowMs()}))
        return fail(error, u"Cannot save the role %1 of job %2: %3"_s.arg(role.slug, jobId, sqlError(q)));
    return succeed(error);
}

QList<RoleEntry> JobStore::roles(const QString &jobId, QString *error) const
{
    QList<RoleEntry> out;
    if (!readJobRows(jobId, u"SELECT slug, name, role_id, resolution, error, updated_at FROM job_roles "
                            "WHERE job_key = ? ORDER BY slug"_s, {},
                     [&](const QSqlQuery &row) {
                         RoleEntry r;
                         r.slug = row.value(0).toString();
                         r.name = row.value(1).toString();
                         r.roleId = row.value(2).toString();
                         r.resolution = roleResolutionFromId(row.value(3).toString()).value_or(RoleResolution::Failed);
                         r.error = row.value(4).toString();
                         r.updatedAt = dateTime(row.value(5));
                         out.append(r);
                     },
                     u"Cannot read the roles of job %1: %2"_s, error))
        return {};
    return out;
}
} // namespace Store
