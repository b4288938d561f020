#include "followup.h"

#include "engine/jobsettings.h"
#include "store/filehash.h"

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
