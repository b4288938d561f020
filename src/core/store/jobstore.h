#pragma once
// JobStore: the checkpoint of an import. One SQLite file (Qt SQL, QSQLITE driver, WAL journal,
// synchronous=NORMAL) holds every job, its chunks, each row's outcome, the email -> user id map
// and the organization map, so that a job killed at any moment resumes where it stopped and a
// finished job can still be reported on. See docs/job-store.md for the schema.
//
// Ownership and threads: a JobStore object is one SQLite connection and is used only in the
// thread that called open() (Qt SQL connections belong to their thread). Code that needs the
// store in several threads opens one JobStore per thread on the same file: the engine's
// writer thread owns the one that records outcomes (batched: one transaction per flush), each
// worker thread may own one to claim chunks, and another process (the CLI `jobs` command while
// an import runs) opens its own. WAL lets readers go on while the writer writes, and a busy
// timeout makes a second writer wait for the lock instead of failing.
//
// Errors: functions that change the store return false and describe the problem in plain words
// in `*error` (when given) and in lastError(). Reading functions take an optional `error` too,
// so that a caller can tell "none" from "could not read": on success `*error` is cleared, on a
// failure (a database error, or a job that is not in the store) the result is empty and
// `*error` says why. A caller that must not mistake an error for "nothing" passes `error`.
// Nothing here throws.
//
// Secrets: there is no column for an API key, a password or a password hash. Job settings are
// passed through withoutSecrets() (secretguard.h) and messages through redactSecrets() before
// they are written.

#include "jobrecords.h"

#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlDatabase>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class QSqlQuery;
class QThread;

namespace Store {

class JobLock;

class JobStore
{
public:
    // PRAGMA user_version of the schema this code writes; open() migrates older files and
    // refuses newer ones.
    static constexpr int SchemaVersion = 4;

    explicit JobStore(QString path);
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // Creates the folder and the file (readable by the owner only) when missing, switches to
    // WAL, migrates the schema. Call in the thread that will use the store.
    bool open(QString *error = nullptr);
    bool isOpen() const;
    void close();

    const QString &path() const { return m_path; }
    QString lastError() const { return m_lastError; }
    int schemaVersion() const; // as stored in the file (PRAGMA user_version); -1 when closed

    // <GenericDataLocation>/workos-migration-wizard/jobs.sqlite ($XDG_DATA_HOME moves it).
    // Independent of QCoreApplication's names, so the app and the CLI share one store.
    static QString defaultPath();
    // The store file inside a --checkpoint-dir folder.
    static QString pathInDirectory(const QString &directory);

    // Job ids are 1-64 characters of [A-Za-z0-9._-], not starting with '.' or '-'
    // (they name files such as default report paths).
    static bool isValidJobId(QStringView id);
    // The key of the users map: the email trimmed and lowercased.
    static QString emailKey(QStringView email);

    // ---- jobs ----
    // "job-<local yyyyMMdd-HHmmss>-<4 hex>", not used by any job in this store.
    QString newJobId() const;
    // Settings are stored without secrets (withoutSecrets(); the removed key names are logged,
    // never their values). createdAt/updatedAt default to now. Fails when the id exists.
    bool createJob(const JobRecord &job, QString *error = nullptr);
    // nullopt with `*error` empty: there is no such job; with `*error` set: it could not be read.
    std::optional<JobRecord> job(const QString &id, QString *error = nullptr) const;
    QList<JobRecord> jobs(int limit = 50, QString *error = nullptr) const; // newest first; limit <= 0: all
    std::optional<JobRecord> newestJob() const;
    // Sets the state and updatedAt; startedAt the first time the job runs; finishedAt when
    // the state is terminal (cleared when it runs again). A non-empty `message` replaces
    // lastError (an empty one keeps it).
    bool updateJobState(const QString &id, JobState state, const QString &message = {}, QString *error = nullptr);
    bool updateCounters(const QString &id, const JobCounters &counters, QString *error = nullptr);
    bool updateSettings(const QString &id, const QJsonObject &settings, QString *error = nullptr);
    // The file's fingerprint of `job` (csvSize, csvSha256, csvModified, headerHash,
    // planVersion), recorded once the planner has read the whole file.
    bool updateFingerprint(const JobRecord &job, QString *error = nullptr);
    // Removes the job with its chunks, outcomes and maps (foreign keys ON DELETE CASCADE).
    // Refuses while another holder (a process, a window, another JobLock) has the job's lock:
    // a job being planned or run is never deleted under its runner. `held` is the caller's own
    // lock on the job, when it has one (a runner deleting a job it failed to plan).
    bool deleteJob(const QString &id, QString *error = nullptr, const JobLock *held = nullptr);

    // ---- chunks (the job's queue of row ranges) ----
    // All in one transaction; the records' jobId is ignored (jobId is used).
    bool addChunks(const QString &jobId, const QList<ChunkRecord> &chunks, QString *error = nullptr);
    QList<ChunkRecord> chunks(const QString &jobId, QString *error = nullptr) const; // by index
    bool setChunkState(const QString &jobId, int index, ChunkState state, const QString &workerId = {},
                       QString *error = nullptr);
    // Atomically takes the pending chunk with the lowest index: in_progress, attempts + 1,
    // workerId set. Safe across connections and processes (BEGIN IMMEDIATE). nullopt when no
    // chunk is pending (`*error` cleared) or on error (`*error` and lastError() set; a job
    // that is gone is an error).
    std::optional<ChunkRecord> claimNextChunk(const QString &jobId, const QString &workerId, QString *error = nullptr);
    // After a crash or pause: every in_progress chunk goes back to pending. Returns how many,
    // -1 on error.
    int requeueInProgressChunks(const QString &jobId, QString *error = nullptr);
    // Chunks marked done that have rows without an outcome (a store damaged or edited by
    // hand) go back to pending so that a resume imports those rows. Returns how many, -1 on
    // error.
    int requeueIncompleteChunks(const QString &jobId, QString *error = nullptr);

    // ---- row outcomes ----
    // Upserts by (jobId, row), all in ONE transaction: either every outcome of the batch is
    // stored or none is. The engine's writer collects outcomes and flushes every ~100 ms or
    // 500 rows. An outcome with a userId also puts (emailKey(email) -> userId) into the
    // users map in the same transaction. Created/Existed outcomes imply the same UserResult. A
    // replayed row keeps the user result an earlier outcome gave it ("created" wins, then
    // "existed" over "none"), so that counters add up across every run of a job.
    bool recordOutcomes(const QList<RowOutcome> &outcomes, QString *error = nullptr);
    std::optional<RowOutcome> outcome(const QString &jobId, qint64 row, QString *error = nullptr) const;
    // Rows in [firstRow, lastRow] whose outcome is final (RowOutcome::isFinal(): every
    // outcome except a retryable failure); resume skips them.
    QSet<qint64> finalRows(const QString &jobId, qint64 firstRow, qint64 lastRow, QString *error = nullptr) const;
    // How many rows of the job have a final outcome (no row list in memory); -1 on error.
    qint64 countFinalRows(const QString &jobId, QString *error = nullptr) const;
    // Rows for the error report and for "Retry failed rows", by row number: invalid and
    // failed rows; with retryableOnly, only failed rows with retryable = true.
    QList<RowOutcome> failedRows(const QString &jobId, bool retryableOnly = false, QString *error = nullptr) const;
    // The same, streamed: one row at a time, in row order, never all in memory. `callback`
    // returns false to stop early (still a success). Returns false on a database error.
    bool forEachFailedRow(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                          bool retryableOnly = false, QString *error = nullptr) const;
    // Counters recomputed from the outcome table: invalid, created, existed, membershipsAdded,
    // membershipExisted, duplicatesSkipped, failed. totalRows, valid, retries and rateLimited
    // are not row outcomes: they are copied from the job's stored counters. Scans all of the
    // job's outcomes: for resume and the end of a job, not for a progress bar.
    JobCounters countOutcomes(const QString &jobId, QString *error = nullptr) const;
    // How many rows of the job have an outcome, by outcome (every row of a finished job has
    // exactly one: their sum is the plan's total). nullopt on error (`*error` says why).
    std::optional<std::map<Outcome, qint64>> countRowsByOutcome(const QString &jobId, QString *error = nullptr) const;

    // ---- maps ----
    bool putUser(const QString &jobId, const QString &email, const QString &userId, QString *error = nullptr);
    std::optional<QString> userId(const QString &jobId, const QString &email, QString *error = nullptr) const;
    QHash<QString, QString> users(const QString &jobId, QString *error = nullptr) const; // emailKey -> user id
    bool putOrg(const QString &jobId, const OrgEntry &org, QString *error = nullptr);
    std::optional<OrgEntry> org(const QString &jobId, const QString &key, QString *error = nullptr) const;
    QList<OrgEntry> orgs(const QString &jobId, QString *error = nullptr) const; // by key
    // The organizations the planner found, in file order (replaces what was there).
    bool setPlannedOrgs(const QString &jobId, const QList<PlannedOrg> &orgs, QString *error = nullptr);
    QList<PlannedOrg> plannedOrgs(const QString &jobId, QString *error = nullptr) const;

    // ---- the ID map and roles (schema 3, docs/cutover.md) ----
    // Whether the job was created by a version that records each row's external id and
    // membership id (false for jobs from a store older than schema 3). nullopt on error.
    std::optional<bool> idsRecorded(const QString &jobId, QString *error = nullptr) const;
    // The environment roles the job created (or planned to) with the person's consent.
    bool putRole(const QString &jobId, const RoleEntry &role, QString *error = nullptr);
    QList<RoleEntry> roles(const QString &jobId, QString *error = nullptr) const; // by slug
    // Every outcome of the job in row order, one at a time (never all in memory); `callback`
    // returns false to stop early. false on a database error.
    bool forEachOutcome(const QString &jobId, const std::function<bool(const RowOutcome &)> &callback,
                        QString *error = nullptr) const;

private:
    bool migrate(QString *error);
    bool execScript(const QStringList &statements, QString *error);
    QSqlQuery &prepared(const QString &sql) const;
    std::optional<qint64> jobKey(const QString &jobId) const;
    // What every per-job function starts with: the thread check, then the job's key. On a
    // failure `*error` and lastError() say why. Fresh: not from the cache (a job deleted by
    // another connection reads as gone, not by a stale key).
    enum class KeyLookup { Cached, Fresh };
    std::optional<qint64> keyOf(const QString &jobId, QString *error, KeyLookup lookup = KeyLookup::Cached) const;
    // Reads the rows `sql` selects for the job (the job's key is its first parameter, `more`
    // the next ones) into `row`, one at a time. On a failure `*error` and lastError() are
    // `failure` with the job id as %1 and the database's words as %2.
    bool readJobRows(const QString &jobId, const QString &sql, const QVariantList &more,
                     const std::function<void(const QSqlQuery &)> &row, const QString &failure, QString *error,
                     KeyLookup lookup = KeyLookup::Cached) const;
    bool begin(QString *error) const;
    bool commit(QString *error) const;
    void rollback() const;
    bool fail(QString *error, const QString &message) const;
    bool succeed(QString *error) const; // clears *error
    bool checkThread() const;

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QThread *m_thread = nullptr;
    mutable QString m_lastError;
    // Prepared statements by SQL text; std::map keeps references stable.
    mutable std::map<QString, std::unique_ptr<QSqlQuery>> m_queries;
    mutable QHash<QString, qint64> m_jobKeys; // job id -> jobs.key
};

} // namespace Store
