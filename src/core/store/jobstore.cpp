// JobStore: the connection (open, close, pragmas), paths and ids, the statement cache,
// transactions and errors. The other jobstore_*.cpp files hold one concern each.

#include "jobstore.h"

#include "privatefiles.h"
#include "storesql.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtCore/QFileInfo>
#include <QtCore/QStandardPaths>
#include <QtCore/QThread>
#include <QtSql/QSqlError>
#include <QtSql/QSqlQuery>

using namespace Qt::StringLiterals;

namespace Store {

using namespace Sql;

JobStore::JobStore(QString path)
    : m_path(std::move(path))
{
    m_connectionName = uniqueConnectionName(u"wizard.store."_s);
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
    QString why;
    if (!openConnection(m_db, m_connectionName, m_path,
                        QCoreApplication::translate("Store::JobStore", "Cannot open the job store %1: %2"),
                        QCoreApplication::translate("Store::JobStore", "Cannot set up the job store %1: %2"), &why)) {
        close();
        return fail(error, why);
    }

    QSqlQuery q(m_db);
    // WAL: readers (the CLI, the GUI's job list) never block the writer and see only
    // committed transactions. synchronous=NORMAL: a commit survives a crash of the program
    // (what a checkpoint is for); a power cut may lose the last commits but never corrupts.
    if (!q.exec(u"PRAGMA journal_mode=WAL"_s) || !q.next()
        || q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
        why = q.lastError().text();
        q = QSqlQuery();
        close();
        return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot switch the job store %1 to WAL mode: %2").arg(m_path, why));
    }
    q.finish();
    // cache_size: each worker, the outcome writer and the runner hold a connection; SQLite's
    // default 2 MiB page cache each is 12 MiB with 4 workers, whatever the job's size. 1 MiB
    // holds the indexes' upper levels; the rest comes from the OS's file cache.
    // (synchronous=NORMAL and foreign keys are set by openConnection().)
    const QStringList pragmas {u"PRAGMA busy_timeout=%1"_s.arg(BusyTimeoutMs), u"PRAGMA cache_size=-1024"_s};
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma)) {
            why = q.lastError().text();
            q = QSqlQuery();
            close();
            return fail(error, QCoreApplication::translate("Store::JobStore", "Cannot set up the job store %1: %2").arg(m_path, why));
        }
        q.finish();
    }
    q = QSqlQuery();

    if (!migrate(error)) {
        why = m_lastError;
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
    closeConnection(m_db, m_connectionName);
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
    QString why;
    const auto key = readJobKey(prepared(jobKeySql()), jobId, &why);
    if (!key) {
        m_lastError = why;
        return std::nullopt;
    }
    m_jobKeys.insert(jobId, *key);
    return key;
}

std::optional<qint64> JobStore::keyOf(const QString &jobId, QString *error, KeyLookup lookup) const
{
    if (!checkThread()) {
        fail(error, m_lastError);
        return std::nullopt;
    }
    if (lookup == KeyLookup::Fresh)
        m_jobKeys.remove(jobId);
    const auto key = jobKey(jobId);
    if (!key)
        fail(error, m_lastError);
    return key;
}

bool JobStore::readJobRows(const QString &jobId, const QString &sql, const QVariantList &more,
                           const std::function<void(const QSqlQuery &)> &row, const QString &failure,
                           QString *error, KeyLookup lookup) const
{
    const auto key = keyOf(jobId, error, lookup);
    if (!key)
        return false;
    QSqlQuery &q = prepared(sql);
    Finish f {q};
    QString why;
    if (!readRows(q, QVariantList {*key} + more, [&](const QSqlQuery &r) {
            row(r);
            return true;
        }, &why))
        return fail(error, failure.arg(jobId, why));
    return succeed(error);
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

} // namespace Store
