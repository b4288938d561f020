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

// Finishes a cached query when the scope ends, so that no statement keeps a read
// transaction open (which would hold back WAL checkpoints and other writers).
struct Finish {
    QSqlQuery &q;
    ~Finish();
};

} // namespace Store::Sql
