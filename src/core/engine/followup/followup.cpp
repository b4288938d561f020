#include "followup.h"

#include "engine/jobsettings.h"
#include "store/filehash.h"
#include "store/jobstore.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFileInfo>

using namespace Qt::StringLiterals;

namespace Engine {

QString csvChangedProblem(const Store::JobRecord &job)
{
    const QFileInfo info(job.csvPath);
    if (!info.exists())
        return QCoreApplication::translate("Engine::FollowUp", "The CSV file of job %1 is gone: %2. Put it back at that path: verify and undo read the rows "
               "from it.").arg(job.id, job.csvPath);
    if (info.size() != job.csvSize)
        return QCoreApplication::translate("Engine::FollowUp", "The CSV file of job %1 changed since the job ran (its size was %2 bytes, now %3). Put the "
               "original file back at %4.").arg(job.id).arg(job.csvSize).arg(info.size()).arg(job.csvPath);
    const Store::FileHash hash = Store::sha256OfFile(job.csvPath);
    if (!hash.ok())
        return hash.error;
    if (hash.sha256 != job.csvSha256)
        return QCoreApplication::translate("Engine::FollowUp", "The CSV file of job %1 changed since the job ran (its contents differ). Put the original file "
               "back at %2.").arg(job.id, job.csvPath);
    return {};
}

namespace {

QString origin(const QUrl &url)
{
    const int defaultPort = url.scheme() == u"http"_s ? 80 : 443;
    return u"%1://%2:%3"_s.arg(url.scheme().toLower(), url.host().toLower()).arg(url.port(defaultPort));
}

} // namespace

QString environmentMismatch(const Store::JobRecord &job, const QString &key, const QUrl &apiUrl)
{
    const JobSettings settings = JobSettings::fromJson(job.settings);
    const QUrl recorded = settings.apiUrl;
    const QUrl given = apiUrl.isEmpty() ? recorded : apiUrl;
    // A rehearsal's local sandbox comes back on another port: both on this computer is the same place.
    const bool sameAddress = (isLocalAddress(recorded) && isLocalAddress(given)) || origin(recorded) == origin(given);
    if (!sameAddress)
        return QCoreApplication::translate("Engine::FollowUp",
                   "Job %1 wrote to %2, but this would go to %3. Refused: undo and verify work only where the job "
                   "wrote. Run it again without --api-url and with WORKOS_API_URL unset, so that the job's own "
                   "address is used.").arg(job.id, recorded.toString(), given.toString());
    if (settings.environment.isEmpty())
        return {}; // a job of an earlier version: its environment was not recorded
    const bool liveKey = key.trimmed().startsWith(u"sk_live_"_s);
    const bool production = settings.environment == u"production"_s;
    if (liveKey != production)
        return QCoreApplication::translate("Engine::FollowUp",
                   "Job %1 wrote to %2 (%3), but the API key given is for %4. Refused: use the key of the "
                   "environment the job wrote to (WORKOS_API_KEY).")
            .arg(job.id, recorded.host(), environmentTitle(settings.environment),
                 liveKey ? environmentTitle(u"production"_s)
                         : QCoreApplication::translate("Engine::FollowUp", "a test environment (not production)"));
    return {};
}

Api::ClientConfig followUpClientConfig(const Store::JobRecord &job, const Api::ApiKey &key, const QUrl &apiUrl,
                                       std::shared_ptr<const std::atomic_bool> cancelFlag)
{
    const JobSettings settings = JobSettings::fromJson(job.settings);
    Api::ClientConfig config;
    config.baseUrl = apiUrl.isEmpty() ? settings.apiUrl : apiUrl;
    config.apiKey = key;
    config.rateLimiter = std::make_shared<Api::RateLimiter>(settings.rateLimits);
    config.stats = std::make_shared<Api::ClientStats>();
    config.cancelFlag = std::move(cancelFlag);
    return config;
}

} // namespace Engine
