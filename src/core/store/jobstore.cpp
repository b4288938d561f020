#include "jobstore.h"

#include "joblock.h"
#include "privatefiles.h"
#include "secretguard.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QAtomicInteger>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QJsonDocument>
#include <QtCore/QLoggingCategory>
#include <QtCore/QRandomGenerator>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "wizard.store")

namespace Store {

namespace {

// How long a connection waits for another connection's write lock before giving up.
constexpr int BusyTimeoutMs = 10000;

// Text columns are NOT NULL: a null QString would bind as SQL NULL.
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

// ---- row mapping ----

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

const QString chunkColumns = u"chunk_index, first_row, last_row, byte_offset, first_line, row_count, state, attempts, "
                             "worker_id, updated_at, byte_end, content_hash"_s;

ChunkRecord chunkFromQuery(const QSqlQuery &q, const QString &jobId)
{
    ChunkRecord c;
    c.jobId = jobId;
    c.index = q.value(0).toInt();
    c.firstRow = q.value(1).toLongLong();
    c.lastRow = q.value(2).toLongLong();
    c.byteOffset = q.value(3).toLongLong();
    c.line = q.value(4).toLongLong();
    c.rowCount = q.value(5).toLongLong();
    c.state = chunkStateFromId(q.value(6).toString()).value_or(ChunkState::Pending);
    c.attempts = q.value(7).toInt();
    c.workerId = q.value(8).toString();
    c.updatedAt = dateTime(q.value(9));
    c.byteEnd = q.value(10).toLongLong();
    c.contentHash = q.value(11).toString();
    return c;
}

const QString outcomeColumns = u"row_number, line, email, org_key, outcome, user_result, stage, code, "
                               "http_status, message, request_id, retryable, user_id, attempts, updated_at, "
                               "external_id, membership_id"_s;

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
// transaction open (which would hold back WAL checkpoints and other writers).
struct Finish {
    QSqlQuery &q;
    ~Finish() { q.finish(); }
};

} // namespace

JobStore::JobStore(QString path)
    : m_path(std::move(path))
{
    static QAtomicInteger<quint64> counter;
    m_connectionName = u"wizard.store.%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

JobStore::~JobStore()
{
    close();
}

bool JobStore::open(QString *error)
{
    if (isOpen())
        return true;
    const QFileInfo info(m_path);
    // Folders made for the store (the default one, a new --checkpoint-dir) are the owner's only.
    if (!ensurePrivateFolder(info.absolutePath()))
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot create the folder %1 for the job store.").arg(info.absolutePath()));
    if (m_path == defaultPath())
        QFile::setPermissions(info.absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!info.exists()) {
        // Outcomes hold email addresses: keep the file (and the -wal/-shm files SQLite
        // creates with the same mode) readable by the owner only.
        QFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot create the job store %1: %2").arg(m_path, file.errorString()));
        restrictToOwner(file);
        file.close();
    }

    m_thread = QThread::currentThread();
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!m_db.open()) {
        const QString why = m_db.lastError().text();
        close();
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot open the job store %1: %2").arg(m_path, why));
    }

    QSqlQuery q(m_db);
    // WAL: readers (the CLI, the GUI's job list) never block the writer and see only
    // committed transactions. synchronous=NORMAL: a commit survives a crash of the program
    // (what a checkpoint is for); a power cut may lose the last commits but never corrupts.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        const QString why = q.lastError().text();
        q = QSqlQuery();
        close();
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot switch the job store %1 to WAL mode: %2").arg(m_path, why));
    }
    q.finish();
    // cache_size: each worker, the outcome writer and the runner hold a connection; SQLite's
    // default 2 MiB page cache each is 12 MiB with 4 workers, whatever the job's size. 1 MiB
    // holds the indexes' upper levels; the rest comes from the OS's file cache.
    const QStringList pragmas {u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA foreign_keys=ON"_s,
                               u"PRAGMA busy_timeout=%1"_s.arg(BusyTimeoutMs), u"PRAGMA cache_size=-1024"_s};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            const QString why = q.lastError().text();
            q = QSqlQuery();
            close();
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot set up the job store %1: %2").arg(m_path, why));
        }
        q.finish();
    }
    q = QSqlQuery();

    if (!migrate(error)) {
        const QString why = m_lastError;
        close();
        m_lastError = why;
        return false;
    }
    return true;
}

bool JobStore::isOpen() const
{
    return m_db.isValid() && m_db.isOpen();
}

void JobStore::close()
{
    m_queries.clear();
    m_jobKeys.clear();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_thread = nullptr;
}

int JobStore::schemaVersion() const
{
    if (!isOpen() || !checkThread())
        return -1;
    QSqlQuery &q = prepared(u"PRAGMA user_version"_s);
    Finish f {q};
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

QString JobStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + u"/workos-migration-wizard/jobs.sqlite"_s;
}

QString JobStore::pathInDirectory(const QString &directory)
{
    return QDir(directory).filePath(u"jobs.sqlite"_s);
}

bool JobStore::isValidJobId(QStringView id)
{
    if (id.isEmpty() || id.size() > 64 || id.front() == u'.' || id.front() == u'-')
        return false;
    for (QChar c : id) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

QString JobStore::emailKey(QStringView email)
{
    return email.trimmed().toString().toLower();
}

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

// ---- helpers ----

QSqlQuery &JobStore::prepared(const QString &sql) const
{
    auto it = m_queries.find(sql);
    if (it == m_queries.end()) {
        auto q = std::make_unique<QSqlQuery>(m_db);
        if (!q->prepare(sql))
            qCWarning(lcStore) << "cannot prepare a statement:" << q->lastError().text();
        it = m_queries.emplace(sql, std::move(q)).first;
    }
    return *it->second;
}

std::optional<qint64> JobStore::jobKey(const QString &jobId) const
{
    const auto cached = m_jobKeys.constFind(jobId);
    if (cached != m_jobKeys.constEnd())
        return *cached;
    QSqlQuery &q = prepared(u"SELECT key FROM jobs WHERE id = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {jobId})) {
        m_lastError = sqlError(q);
        return std::nullopt;
    }
    if (!q.next()) {
        m_lastError = QCoreApplication::translate("Store::JobStore", "There is no job %1 in the job store.").arg(jobId);
        return std::nullopt;
    }
    const qint64 key = q.value(0).toLongLong();
    m_jobKeys.insert(jobId, key);
    return key;
}

bool JobStore::begin(QString *error) const
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so a transaction
    // never fails half-way because another connection wrote in between (WAL snapshots).
    QSqlQuery &q = prepared(u"BEGIN IMMEDIATE"_s);
    Finish f {q};
    if (!q.exec())
        return fail(error, QCoreApplication::translate("Store::JobStore", "The job store is busy or not writable: %1").arg(sqlError(q)));
    return true;
}

bool JobStore::commit(QString *error) const
{
    QSqlQuery &q = prepared(u"COMMIT"_s);
    Finish f {q};
    if (!q.exec()) {
        const QString why = sqlError(q);
        rollback();
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save to the job store: %1").arg(why));
    }
    return true;
}

void JobStore::rollback() const
{
    QSqlQuery &q = prepared(u"ROLLBACK"_s);
    q.exec();
    q.finish();
}

bool JobStore::fail(QString *error, const QString &message) const
{
    m_lastError = message;
    if (error)
        *error = message;
    return false;
}

bool JobStore::succeed(QString *error) const
{
    if (error)
        error->clear();
    return true;
}

bool JobStore::checkThread() const
{
    if (!isOpen()) {
        m_lastError = QCoreApplication::translate("Store::JobStore", "The job store is not open.");
        return false;
    }
    if (QThread::currentThread() != m_thread) {
        qCCritical(lcStore) << "JobStore used from a thread other than the one that opened it";
        Q_ASSERT_X(false, "JobStore", "used from a thread other than the one that opened it");
        m_lastError = QCoreApplication::translate("Store::JobStore", "The job store was used from the wrong thread.");
        return false;
    }
    return true;
}

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
    if (!bindAndExec(q, {limit > 0 ? limit : -1})) {
        fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read the jobs from the job store: %1").arg(sqlError(q)));
        return out;
    }
    while (q.next())
        out.append(jobFromQuery(q));
    if (q.lastError().isValid()) {
        fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read the jobs from the job store: %1").arg(sqlError(q)));
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

// ---- chunks ----

bool JobStore::addChunks(const QString &jobId, const QList<ChunkRecord> &chunks, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    if (!begin(error))
        return false;
    QSqlQuery &q = prepared(u"INSERT INTO chunks (job_key, "_s % chunkColumns
                            % u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMs();
    for (const ChunkRecord &c : chunks) {
        if (!bindAndExec(q, {*key, c.index, c.firstRow, c.lastRow, c.byteOffset, c.line, c.rowCount,
                             chunkStateId(c.state), c.attempts, text(c.workerId),
                             c.updatedAt.isValid() ? c.updatedAt.toMSecsSinceEpoch() : now, c.byteEnd,
                             text(c.contentHash)})) {
            const QString why = sqlError(q);
            q.finish();
            rollback();
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot save chunk %1 of job %2: %3").arg(c.index).arg(jobId, why));
        }
    }
    q.finish();
    return commit(error);
}

QList<ChunkRecord> JobStore::chunks(const QString &jobId, QString *error) const
{
    QList<ChunkRecord> out;
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    m_jobKeys.remove(jobId); // a job deleted by another connection reads as gone, not as "no chunks"
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return out;
    }
    QSqlQuery &q = prepared(u"SELECT "_s % chunkColumns % u" FROM chunks WHERE job_key = ? ORDER BY chunk_index"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, QCoreApplication::translate("Store::JobStore", "Cannot read the chunks of job %1: %2").arg(jobId, sqlError(q)));
        return out;
    }
    while (q.next())
        out.append(chunkFromQuery(q, jobId));
    if (q.lastError().isValid()) {
        fail(error, u"Cannot read the chunks of job %1: %2"_s.arg(jobId, sqlError(q)));
        return {};
    }
    succeed(error);
    return out;
}

bool JobStore::setChunkState(const QString &jobId, int index, ChunkState state, const QString &workerId,
                             QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery &q = prepared(
        u"UPDATE chunks SET state = ?, worker_id = ?, updated_at = ? WHERE job_key = ? AND chunk_index = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {chunkStateId(state), text(workerId), nowMs(), *key, index}))
        return fail(error, u"Cannot save chunk %1 of job %2: %3"_s.arg(index).arg(jobId, sqlError(q)));
    if (q.numRowsAffected() < 1)
        return fail(error, u"Job %1 has no chunk %2."_s.arg(jobId).arg(index));
    return true;
}

std::optional<ChunkRecord> JobStore::claimNextChunk(const QString &jobId, const QString &workerId, QString *error)
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    // Looked up afresh: a job deleted by another connection must not be claimed from by a
    // stale cached key.
    m_jobKeys.remove(jobId);
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    if (!begin(error))
        return std::nullopt;
    std::optional<ChunkRecord> chunk;
    {
        QSqlQuery &q = prepared(u"SELECT "_s % chunkColumns
                                % u" FROM chunks WHERE job_key = ? AND state = 'pending' ORDER BY chunk_index LIMIT 1"_s);
        Finish f {q};
        if (!bindAndExec(q, {*key})) {
            const QString why = sqlError(q);
            q.finish();
            rollback();
            fail(error, u"Cannot claim a chunk of job %1: %2"_s.arg(jobId, why));
            return std::nullopt;
        }
        if (q.next())
            chunk = chunkFromQuery(q, jobId);
    }
    if (!chunk) {
        rollback();
        m_lastError.clear();
        succeed(error);
        return std::nullopt;
    }
    const qint64 now = nowMs();
    QSqlQuery &update = prepared(u"UPDATE chunks SET state = 'in_progress', attempts = attempts + 1, worker_id = ?, "
                            "updated_at = ? WHERE job_key = ? AND chunk_index = ?"_s);
    {
        Finish f {update};
        if (!bindAndExec(update, {text(workerId), now, *key, chunk->index})) {
            const QString why = sqlError(update);
            update.finish();
            rollback();
            fail(error, u"Cannot claim chunk %1 of job %2: %3"_s.arg(chunk->index).arg(jobId, why));
            return std::nullopt;
        }
    }
    if (!commit(error))
        return std::nullopt;
    succeed(error);
    chunk->state = ChunkState::InProgress;
    chunk->attempts += 1;
    chunk->workerId = workerId;
    chunk->updatedAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return chunk;
}

int JobStore::requeueInProgressChunks(const QString &jobId, QString *error)
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return -1;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return -1;
    }
    QSqlQuery &q = prepared(u"UPDATE chunks SET state = 'pending', worker_id = '', updated_at = ? "
                            "WHERE job_key = ? AND state = 'in_progress'"_s);
    Finish f {q};
    if (!bindAndExec(q, {nowMs(), *key})) {
        fail(error, u"Cannot requeue the chunks of job %1: %2"_s.arg(jobId, sqlError(q)));
        return -1;
    }
    return q.numRowsAffected();
}

int JobStore::requeueIncompleteChunks(const QString &jobId, QString *error)
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return -1;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return -1;
    }
    // One range count per chunk on the outcomes' primary key.
    QSqlQuery &q = prepared(u"UPDATE chunks SET state = 'pending', worker_id = '', updated_at = ? "
                            "WHERE job_key = ? AND state = 'done' AND row_count > (SELECT COUNT(*) FROM row_outcomes o "
                            "WHERE o.job_key = chunks.job_key AND o.row_number BETWEEN chunks.first_row AND chunks.last_row)"_s);
    Finish f {q};
    if (!bindAndExec(q, {nowMs(), *key})) {
        fail(error, u"Cannot requeue the chunks of job %1: %2"_s.arg(jobId, sqlError(q)));
        return -1;
    }
    succeed(error);
    return q.numRowsAffected();
}

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
        u"INSERT INTO row_outcomes (job_key, "_s % outcomeColumns
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    QSqlQuery &q = prepared(u"SELECT "_s % outcomeColumns % u" FROM row_outcomes WHERE job_key = ? AND row_number = ?"_s);
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return out;
    }
    // Keep in step with RowOutcome::isFinal().
    QSqlQuery &q = prepared(u"SELECT row_number FROM row_outcomes WHERE job_key = ? AND row_number BETWEEN ? AND ? "
                            "AND NOT (outcome = 'failed' AND retryable <> 0)"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, firstRow, lastRow})) {
        fail(error, u"Cannot read the finished rows of job %1: %2"_s.arg(jobId, sqlError(q)));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toLongLong());
    if (q.lastError().isValid()) {
        fail(error, u"Cannot read the finished rows of job %1: %2"_s.arg(jobId, sqlError(q)));
        return {};
    }
    succeed(error);
    return out;
}

qint64 JobStore::countFinalRows(const QString &jobId, QString *error) const
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return -1;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return -1;
    }
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
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    // Walks the primary key in row order (no sort, no temporary table, flat memory); its own
    // statement, because the callback may call back into the store.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    const QString filter = retryableOnly ? u"outcome = 'failed' AND retryable <> 0"_s
                                         : u"outcome IN ('invalid', 'failed')"_s;
    if (!q.prepare(u"SELECT "_s % outcomeColumns % u" FROM row_outcomes WHERE job_key = ? AND "_s % filter
                   % u" ORDER BY row_number"_s)
        || !bindAndExec(q, {*key}))
        return fail(error, u"Cannot read the failed rows of job %1: %2"_s.arg(jobId, sqlError(q)));
    while (q.next()) {
        if (!callback(outcomeFromQuery(q, jobId)))
            break;
    }
    if (q.lastError().isValid())
        return fail(error, u"Cannot read the failed rows of job %1: %2"_s.arg(jobId, sqlError(q)));
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    m_jobKeys.remove(jobId); // a job deleted by another connection must not be counted by a stale key
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return std::nullopt;
    }
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

// ---- maps ----

bool JobStore::putUser(const QString &jobId, const QString &email, const QString &userId, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    QSqlQuery &q = prepared(u"INSERT INTO users (job_key, email_key, user_id) VALUES (?, ?, ?) "
                            "ON CONFLICT (job_key, email_key) DO UPDATE SET user_id = excluded.user_id"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key, emailKey(email), text(userId)}))
        return fail(error, u"Cannot save a user of job %1: %2"_s.arg(jobId, sqlError(q)));
    return true;
}

std::optional<QString> JobStore::userId(const QString &jobId, const QString &email, QString *error) const
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return std::nullopt;
    }
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return out;
    }
    QSqlQuery &q = prepared(u"SELECT email_key, user_id FROM users WHERE job_key = ?"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, u"Cannot read the users of job %1: %2"_s.arg(jobId, sqlError(q)));
        return out;
    }
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    if (q.lastError().isValid()) {
        fail(error, u"Cannot read the users of job %1: %2"_s.arg(jobId, sqlError(q)));
        return {};
    }
    succeed(error);
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return std::nullopt;
    }
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return out;
    }
    QSqlQuery &q = prepared(u"SELECT "_s % orgColumns % u" FROM orgs WHERE job_key = ? ORDER BY org_key"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, u"Cannot read the organizations of job %1: %2"_s.arg(jobId, sqlError(q)));
        return out;
    }
    while (q.next())
        out.append(orgFromQuery(q));
    if (q.lastError().isValid()) {
        fail(error, u"Cannot read the organizations of job %1: %2"_s.arg(jobId, sqlError(q)));
        return {};
    }
    succeed(error);
    return out;
}

bool JobStore::setPlannedOrgs(const QString &jobId, const QList<PlannedOrg> &orgs, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return out;
    }
    QSqlQuery &q = prepared(u"SELECT organization_id, external_id, name FROM planned_orgs WHERE job_key = ? "
                            "ORDER BY position"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, u"Cannot read the organizations of job %1: %2"_s.arg(jobId, sqlError(q)));
        return out;
    }
    while (q.next())
        out.append(PlannedOrg {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (q.lastError().isValid()) {
        fail(error, u"Cannot read the organizations of job %1: %2"_s.arg(jobId, sqlError(q)));
        return {};
    }
    succeed(error);
    return out;
}

// ---- the ID map and roles (schema 3) ----

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

bool JobStore::putRole(const QString &jobId, const RoleEntry &role, QString *error)
{
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
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
    if (!checkThread()) {
        fail(error, m_lastError);
        return out;
    }
    const auto key = jobKey(jobId);
    if (!key) {
        fail(error, m_lastError);
        return out;
    }
    QSqlQuery &q = prepared(u"SELECT slug, name, role_id, resolution, error, updated_at FROM job_roles "
                            "WHERE job_key = ? ORDER BY slug"_s);
    Finish f {q};
    if (!bindAndExec(q, {*key})) {
        fail(error, u"Cannot read the roles of job %1: %2"_s.arg(jobId, sqlError(q)));
        return out;
    }
    while (q.next()) {
        RoleEntry r;
        r.slug = q.value(0).toString();
        r.name = q.value(1).toString();
        r.roleId = q.value(2).toString();
        r.resolution = roleResolutionFromId(q.value(3).toString()).value_or(RoleResolution::Failed);
        r.error = q.value(4).toString();
        r.updatedAt = dateTime(q.value(5));
        out.append(r);
    }
    succeed(error);
    return out;
}

bool JobStore::forEachOutcome(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                              QString *error) const
{
    if (!checkThread())
        return fail(error, m_lastError);
    const auto key = jobKey(jobId);
    if (!key)
        return fail(error, m_lastError);
    // Its own statement (not the cache): the callback may use the store.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(u"SELECT "_s % outcomeColumns % u" FROM row_outcomes WHERE job_key = ? ORDER BY row_number"_s)
        || !bindAndExec(q, {*key}))
        return fail(error, u"Cannot read the outcomes of job %1: %2"_s.arg(jobId, sqlError(q)));
    while (q.next()) {
        if (!callback(outcomeFromQuery(q, jobId)))
            break;
    }
    if (q.lastError().isValid())
        return fail(error, u"Cannot read the outcomes of job %1: %2"_s.arg(jobId, sqlError(q)));
    return succeed(error);
}

} // namespace Store
