#pragma once
// Plain words for a run that stopped (JobRunner's translation context): the job-level
// condition behind a failure, what happened, and how to go on.

#include "api/apierror.h"
#include "engine/import/jobprogress.h"

#include <QtCore/QString>

#include <chrono>

namespace Engine {

struct PrewarmResult;

// The job-level condition behind a failure that stopped the whole job.
Blocker blockerFor(const Api::ApiError &error);
// A job stopped by a job-level failure: what happened, that no row was charged with it, and
// how to go on.
QString stoppedByMessage(const Api::ApiError &error, const QString &jobId, std::chrono::seconds patience);
QString dryRunStoppedMessage(const Api::ApiError &error);
// Why the import does not start while organizations are unresolved, naming the first few.
QString unresolvedOrgsMessage(const PrewarmResult &warmed, const QString &jobId);
// While WorkOS cannot be reached: what failed and when the run tries again.
QString waitingForNetworkMessage(const Api::ApiError &error, int seconds);
// A failure of the job store, in plain words (OutcomeWriter::storeProblem).
QString storeProblem(const QString &why);

} // namespace Engine
