#include "engine/import/runmessages.h"

#include "engine/import/outcomewriter.h"
#include "engine/import/prewarmer.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace Engine {

// The job-level condition behind a failure that stopped the whole job.
Blocker blockerFor(const Api::ApiError &error)
{
    switch (error.kind()) {
    case Api::ApiError::Kind::Unauthorized:
    case Api::ApiError::Kind::Forbidden: return Blocker::KeyRefused;
    case Api::ApiError::Kind::TlsError:
    case Api::ApiError::Kind::ProxyError: return Blocker::TlsOrProxy;
    case Api::ApiError::Kind::Transient:
    case Api::ApiError::Kind::Timeout: return Blocker::ServerUnreachable;
    default: return Blocker::None;
    }
}

// Plain words for a job stopped by a job-level failure: what happened, that no row was
// charged with it, and how to go on.
QString stoppedByMessage(const Api::ApiError &error, const QString &jobId, std::chrono::seconds patience)
{
    QString what;
    switch (blockerFor(error)) {
    case Blocker::ServerUnreachable:
        what = patience.count() > 0
            ? QCoreApplication::translate("Engine::JobRunner", "WorkOS could not be reached, and still not after %1 s of trying again (%2). Check the internet "
              "connection, a proxy or firewall, and the API address.").arg(patience.count()).arg(error.message())
            : QCoreApplication::translate("Engine::JobRunner", "WorkOS could not be reached (%1). Check the internet connection, a proxy or firewall, and the API "
              "address.").arg(error.message());
        break;
    default:
        what = error.userMessage();
        break;
    }
    return what + u" Job %1 stopped; no row was marked as failed because of this. Once this is fixed, resume "
                  "the job: it carries on where it stopped."_s.arg(jobId);
}

QString dryRunStoppedMessage(const Api::ApiError &error)
{
    return error.userMessage() + u" The dry run stopped here; the import would stop the same way."_s;
}

// Why the import does not start while organizations are unresolved, naming the first few,
// and how to go on.
QString unresolvedOrgsMessage(const PrewarmResult &warmed, const QString &jobId)
{
    QString list = warmed.failures.join(u", "_s);
    if (warmed.failed > warmed.failures.size())
        list += u" and %1 more"_s.arg(warmed.failed - warmed.failures.size());
    return u"%1 organization(s) could not be resolved, so the import did not start (no user was written): %2. "
           "Fix them in the file and start a new job, or import everything else and let the rows of these "
           "organizations fail with this reason: workos-import --resume %3 --skip-unresolved-orgs"_s
        .arg(warmed.failed).arg(list, jobId);
}

QString waitingForNetworkMessage(const Api::ApiError &error, int seconds)
{
    return QCoreApplication::translate("Engine::JobRunner", "Cannot reach WorkOS (%1); retrying in %2 s.").arg(error.message()).arg(seconds);
}

QString storeProblem(const QString &why)
{
    return OutcomeWriter::storeProblem(why);
}

} // namespace Engine
