#include "pagedwalk.h"

namespace Engine {

qint64 pageBudget(qint64 wanted)
{
    return (wanted + 99) / 100 * 2 + 5;
}

PagingGuard::PagingGuard(const QString &start)
    : m_seen {start}
{
}

bool PagingGuard::broken(const QString &after, qsizetype items) const
{
    return !after.isEmpty() && (items == 0 || m_seen.contains(after));
}

void PagingGuard::passed(const QString &after)
{
    m_seen.insert(after);
}

FollowUpClient::FollowUpClient(const Store::JobRecord &job, const Api::ApiKey &key, const QUrl &apiUrl,
                               std::shared_ptr<const std::atomic_bool> cancelFlag)
    : config(followUpClientConfig(job, key, apiUrl, std::move(cancelFlag)))
    , stats(config.stats)
    , client(config)
{
}

} // namespace Engine
