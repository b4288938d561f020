#pragma once
// Private to src/core/store: the SQL helpers the store's classes share (binding values,
// reading times, closing statements, the error text of a query). Not for code outside the
// store folder: callers use JobStore and the other store classes.

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>
#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtCore/QVariantList>

#include <functional>
#include <optional>

class QSqlDatabase;
class QSqlQuery;

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace Store::Sql {

// How long a connection waits for another connection's write lock before giving up.
inline constexpr int BusyTimeoutMs = 10000;

// Text columns are NOT NULL: a null QString would bind as SQL NULL.
QVariant text(const QString &s);
// A time column: milliseconds since the epoch, NULL for an invalid time.
QVariant msecs(const QDateTime &dt);
QDateTime dateTime(const QVariant &v); // UTC; invalid for NULL
qint64 nowMs();
QString sqlError(const QSqlQuery &q);
// Binds `values` by position, then runs the (prepared) statement.
bool bindAndExec(QSqlQuery &q, const QVariantList &values);
// Binds `values`, runs the statement and hands each row to `row` until it returns false
// (still a success). false when the statement or reading a row failed: `*why` has the
// database's words.
bool readRows(QSqlQuery &q, const QVariantList &values, const std::function<bool(const QSqlQuery &)> &row,
              QString *why);

// ---- connections ----
// A connection name unique in the process: `prefix` and a number.
QString uniqueConnectionName(const QString &prefix);
// Adds the QSQLITE connection `name` on the job store file `path` and opens it with the
// busy timeout, synchronous=NORMAL and foreign keys on: what every class that uses the file
// needs. On a failure `*error` (when given) is `cannotOpen` or `cannotSetUp` with the path as %1 and the
// database's words as %2; the caller closes the connection (closeConnection()).
bool openConnection(QSqlDatabase &db, const QString &name, const QString &path, const QString &cannotOpen,
                    const QString &cannotSetUp, QString *error);
// Closes and removes the connection (nothing when it was never added).
void closeConnection(QSqlDatabase &db, const QString &name);

// The key (jobs.key) of the job `jobId`; nullopt with `*why` when there is no such job or it
// could not be read. `q` is prepared from jobKeySql() (JobStore keeps it in its cache).
const QString &jobKeySql();
std::optional<qint64> readJobKey(QSqlQuery &q, const QString &jobId, QString *why);
// The same on a statement of its own.
std::optional<qint64> readJobKey(const QSqlDatabase &db, const QString &jobId, QString *why);

// Runs `work` in one transaction: commits when it returns true, rolls back when it returns
// false. Immediate (BEGIN IMMEDIATE, like JobStore's) takes the write lock first, so the work
// never fails half-way because another connection wrote in between; Deferred takes it at the
// first write, if any. false when the work, BEGIN or COMMIT failed; `*why` has the
// database's words (the work fills it for its own failures).
enum class TransactionLock { Immediate, Deferred };
bool writeTransaction(const QSqlDatabase &db, const std::function<bool(QString *why)> &work, QString *why,
                      TransactionLock lock = TransactionLock::Immediate);

// Finishes a cached query when the scope ends, so that no statement keeps a read
// transaction open (which would hold back WAL checkpoints and other writers).
struct Finish {
    QSqlQuery &q;
    ~Finish();
};

} // namespace Store::Sql
