#include "orgdirectory.h"

namespace Engine {

void OrgDirectory::put(const OrgState &state)
{
    QWriteLocker locker(&m_lock);
    m_orgs.insert(state.entry.key, state);
}

std::optional<OrgState> OrgDirectory::find(const QString &key) const
{
    QReadLocker locker(&m_lock);
    const auto it = m_orgs.constFind(key);
    if (it == m_orgs.constEnd())
        return std::nullopt;
    return *it;
}

qsizetype OrgDirectory::size() const
{
    QReadLocker locker(&m_lock);
    return m_orgs.size();
}

QList<OrgState> OrgDirectory::all() const
{
    QReadLocker locker(&m_lock);
    return m_orgs.values();
}

} // namespace Engine
