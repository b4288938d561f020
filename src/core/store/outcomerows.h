#pragma once
// Private to src/core/store: how a row of the row_outcomes table maps to a RowOutcome, and
// the walk over a job's outcomes in row order. Shared by JobStore and FollowUpStore, which
// read the same table on their own connections.

#include "jobrecords.h"

#include <QtCore/QString>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace Store::Sql {

// The columns outcomeFromQuery() reads, in its order.
const QString &outcomeColumns();
RowOutcome outcomeFromQuery(const QSqlQuery &q, const QString &jobId);

// Calls `callback` for each outcome of the job (key `jobKey`, id `jobId`) that matches
// `filter` (an SQL condition; empty: all), in row order, until it returns false (still a
// success). It walks the primary key (no sort, no temporary table, flat memory) on a
// statement of its own, so the callback may use the store. false on a database error:
// `*why` has the database's words.
bool forEachOutcomeRow(const QSqlDatabase &db, qint64 jobKey, const QString &jobId, const QString &filter,
                       const std::function<bool(const RowOutcome &)> &callback, QString *why);

} // namespace Store::Sql
