// JobStore: the schema of the job store file and its migrations, one step per version
// (docs/job-store.md).

#include "jobstore.h"

#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

namespace {

// ---- schema ----

// Version 1. Child tables refer to jobs by an integer key (jobs.key) rather than by the text id:
// a million outcome rows do not repeat a 24-character id twice (table + primary key).
const QStringList &schemaV1()
{
    static const QStringList statements {
        uR"(CREATE TABLE jobs (
            key INTEGER PRIMARY KEY AUTOINCREMENT,
            id TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            csv_path TEXT NOT NULL DEFAULT '',
            csv_size INTEGER NOT NULL DEFAULT 0,
            csv_sha256 TEXT NOT NULL DEFAULT '',
            settings TEXT NOT NULL DEFAULT '{}',
            mode TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            total_rows INTEGER NOT NULL DEFAULT 0,
            valid_rows INTEGER NOT NULL DEFAULT 0,
            invalid_rows INTEGER NOT NULL DEFAULT 0,
            users_created INTEGER NOT NULL DEFAULT 0,
            users_existed INTEGER NOT NULL DEFAULT 0,
            memberships_added INTEGER NOT NULL DEFAULT 0,
            memberships_existed INTEGER NOT NULL DEFAULT 0,
            duplicates_skipped INTEGER NOT NULL DEFAULT 0,
            failed_rows INTEGER NOT NULL DEFAULT 0,
            retries INTEGER NOT NULL DEFAULT 0,
            rate_limited INTEGER NOT NULL DEFAULT 0,
            created_at INTEGER NOT NULL,
            started_at INTEGER,
            updated_at INTEGER NOT NULL,
            finished_at INTEGER,
            api_host TEXT NOT NULL DEFAULT '',
            last_error TEXT NOT NULL DEFAULT ''
        ))"_s,
        u"CREATE INDEX jobs_by_created ON jobs(created_at)"_s,
        uR"(CREATE TABLE chunks (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            chunk_index INTEGER NOT NULL,
            first_row INTEGER NOT NULL,
            last_row INTEGER NOT NULL,
            byte_offset INTEGER NOT NULL,
            first_line INTEGER NOT NULL,
            row_count INTEGER NOT NULL,
            state TEXT NOT NULL DEFAULT 'pending',
            attempts INTEGER NOT NULL DEFAULT 0,
            worker_id TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job_key, chunk_index)
        ) WITHOUT ROWID)"_s,
        u"CREATE INDEX chunks_by_state ON chunks(job_key, state, chunk_index)"_s,
        // No password or password-hash column, on purpose: outcomes feed reports.
        uR"(CREATE TABLE row_outcomes (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            row_number INTEGER NOT NULL,
            line INTEGER NOT NULL DEFAULT 0,
            email TEXT NOT NULL DEFAULT '',
            org_key TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL,
            user_result TEXT NOT NULL DEFAULT 'none',
            stage TEXT NOT NULL,
            code TEXT NOT NULL DEFAULT '',
            http_status INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT '',
            request_id TEXT NOT NULL DEFAULT '',
            retryable INTEGER NOT NULL DEFAULT 0,
            user_id TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job_key, row_number)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE users (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            email_key TEXT NOT NULL,
            user_id TEXT NOT NULL,
            PRIMARY KEY (job_key, email_key)
        ) WITHOUT ROWID)"_s,
        uR"(CREATE TABLE orgs (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            org_key TEXT NOT NULL,
            organization_id TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL,
            error TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job_key, org_key)
        ) WITHOUT ROWID)"_s,
    };
    return statements;
}

// Version 2: file integrity per chunk and the planned organizations (docs/job-store.md).
const QStringList &schemaV2()
{
    static const QStringList statements {
        u"ALTER TABLE jobs ADD COLUMN plan_version INTEGER NOT NULL DEFAULT 1"_s,
        u"ALTER TABLE jobs ADD COLUMN csv_mtime INTEGER"_s,
        u"ALTER TABLE jobs ADD COLUMN header_hash TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE chunks ADD COLUMN byte_end INTEGER NOT NULL DEFAULT 0"_s,
        u"ALTER TABLE chunks ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''"_s,
        uR"(CREATE TABLE planned_orgs (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            organization_id TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (job_key, position)
        ) WITHOUT ROWID)"_s,
    };
    return statements;
}

// Version 3: the ID map (docs/cutover.md). Each outcome keeps the row's external id and the
// membership's id; jobs planned before have ids_recorded = 0 (their ids are unknown, and the
// map says so); the environment roles a job created with the person's consent.
const QStringList &schemaV3()
{
    static const QStringList statements {
        u"ALTER TABLE row_outcomes ADD COLUMN external_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE row_outcomes ADD COLUMN membership_id TEXT NOT NULL DEFAULT ''"_s,
        // The default is for jobs created from now on; the jobs already there did not record ids.
        u"ALTER TABLE jobs ADD COLUMN ids_recorded INTEGER NOT NULL DEFAULT 1"_s,
        u"UPDATE jobs SET ids_recorded = 0"_s,
        uR"(CREATE TABLE job_roles (
            job_key INTEGER NOT NULL REFERENCES jobs(key) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            role_id TEXT NOT NULL DEFAULT '',
            resolution TEXT NOT NULL,
            error TEXT NOT NULL DEFAULT '',
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (job_key, slug)
        ) WITHOUT ROWID)"_s,
    };
    return statements;
}

// Version 4: users whose fields the import updated (docs/cutover.md; counted in users_existed too).
const QStringList &schemaV4()
{
    static const QStringList statements {
        u"ALTER TABLE jobs ADD COLUMN users_updated INTEGER NOT NULL DEFAULT 0"_s,
    };
    return statements;
}

} // namespace

// ---- migrations ----

bool JobStore::migrate(QString *error)
{
    // BEGIN IMMEDIATE: two processes opening a new file at once migrate it once.
    if (!begin(error))
        return false;
    int version = 0;
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next()) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            rollback();
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read the job store's schema version: %1").arg(why));
        }
        version = q.value(0).toInt();
    }
    if (version > SchemaVersion) {
        rollback();
        return fail(error, u"The job store %1 was written by a newer version of the wizard (schema %2, this "
                            "version knows %3). Update the wizard, or use another checkpoint folder."_s
                               .arg(m_path)
                               .arg(version)
                               .arg(SchemaVersion));
    }
    // One step per version; each step brings the file from version n-1 to n.
    if (version < 1 && !execScript(schemaV1(), error)) {
        rollback();
        return false;
    }
    if (version < 2 && !execScript(schemaV2(), error)) {
        rollback();
        return false;
    }
    if (version < 3 && !execScript(schemaV3(), error)) {
        rollback();
        return false;
    }
    if (version < 4 && !execScript(schemaV4(), error)) {
        rollback();
        return false;
    }
    if (version != SchemaVersion) {
        QSqlQuery q(m_db);
        if (!q.exec(u"PRAGMA user_version=%1"_s.arg(SchemaVersion))) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            rollback();
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot store the job store's schema version: %1").arg(why));
        }
    }
    return commit(error);
}

bool JobStore::execScript(const QStringList &statements, QString *error)
{
    QSqlQuery q(m_db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot create the job store's tables: %1").arg(q.lastError().text()));
        q.finish();
    }
    return true;
}

} // namespace Store
