#pragma once
// Running an import, a resume or a retry of workos-import to its end: the progress line on
// a terminal, Ctrl+C (pause, then stop), the error report, and the summary (for people or
// JSON) with the exit code. Main thread only.

#include "api/apitypes.h"
#include "engine/import/jobrunner.h"
#include "store/jobrecords.h"

#include <QtCore/QJsonObject>
#include <QtCore/QMap>
#include <QtCore/QString>

namespace Cli {

QJsonObject countersJson(const Store::JobCounters &c);
// How many updated users had each field changed (docs/cutover.md); empty when none.
QMap<QString, qint64> updatedFields(const QString &storePath, const QString &jobId);
QJsonObject fieldsJson(const QMap<QString, qint64> &counts);

// Writes job `jobId`'s error report to `out` (its format from the name); false, said on
// stderr, when it cannot.
bool writeErrorReport(const QString &storePath, const QString &jobId, const QString &out, bool quiet);

// Empty when an error report can be written at `path`; otherwise what is wrong, in plain
// words. Checked before the first request.
QString reportPathProblem(const QString &path);

// Runs `request` to the end with a progress line on a terminal; prints the summary.
int execute(Engine::RunRequest request, const QString &storePath, const Api::ApiKey &key, bool quiet, bool json,
            const QString &errorsOut);

} // namespace Cli
