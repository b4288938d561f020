#pragma once
// OrgDirectory: the job's organizations, by key ("id:org_123", "ext:acme"): the WorkOS id each
// resolved to, or why it could not be. Filled by the PreWarmer before any worker starts (so
// no two workers ever race to create one organization), loaded from the job store on resume,
// then only read by the workers. Shared by all threads; thread-safe.

#include "api/apierror.h"
#include "store/jobrecords.h"

#include <QtCore/QHash>
#include <QtCore/QReadWriteLock>

#include <optional>

namespace Engine {

struct OrgState {
    Store::OrgEntry entry;
    bool retryable = false; // a failure a later retry may fix (network, rate limit)
    std::optional<Api::ApiError> error; // the API's answer, for a failure in this run
};

class OrgDirectory
{
public:
    void put(const OrgState &state);
    std::optional<OrgState> find(const QString &key) const;
    qsizetype size() const;
    QList<OrgState> all() const;

private:
    mutable QReadWriteLock m_lock;
    QHash<QString, OrgState> m_orgs;
};

} // namespace Engine
