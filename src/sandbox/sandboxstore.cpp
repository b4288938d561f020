// SandboxStore: construction, the indexes' upkeep (live lookups, tombstones, compaction), the
// state dump and clear. The resources are in sandboxstore_<resource>.cpp, the field checks and
// list paging in sandboxstore_checks.cpp and sandboxstore_p.h.
#include "sandboxstore.h"
#include "sandboxstore_p.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace Sandbox {

using namespace StoreDetail;

SandboxStore::SandboxStore(const Settings &settings)
    : m_settings(settings)
    , m_ids(settings.seed)
{
    m_defaultRole = m_settings.roles.contains(u"member"_s) || m_settings.roles.isEmpty()
        ? u"member"_s
        : m_settings.roles.first();
}

int SandboxStore::liveUser(const QString &id) const
{
    const int index = m_userById.value(id, -1);
    return index >= 0 && !m_users[index].deleted ? index : -1;
}

int SandboxStore::liveOrganization(const QString &id) const
{
    const int index = m_organizationById.value(id, -1);
    return index >= 0 && !m_organizations[index].deleted ? index : -1;
}

// ---- inspection --------------------------------------------------------------------------

QJsonObject SandboxStore::state() const
{
    QJsonArray users;
    for (const User &user : m_users)
        if (!user.deleted)
            users.append(userJson(user));
    QJsonArray organizations;
    for (const Organization &organization : m_organizations)
        if (!organization.deleted)
            organizations.append(organizationJson(organization));
    QJsonArray memberships;
    for (const Membership &membership : m_memberships)
        if (!membership.deleted)
            memberships.append(membershipJson(membership));
    return QJsonObject {
        {u"users"_s, users},
        {u"organizations"_s, organizations},
        {u"organization_memberships"_s, memberships},
        {u"counts"_s, QJsonObject {{u"users"_s, qint64(userCount())},
                                   {u"organizations"_s, qint64(organizationCount())},
                                   {u"organization_memberships"_s, qint64(membershipCount())}}},
    };
}

QString SandboxStore::takeId(QStringView prefix)
{
    return m_replayId.isEmpty() ? m_ids.next(prefix) : std::exchange(m_replayId, QString());
}

QString SandboxStore::takeCreatedAt()
{
    return m_replayCreatedAt.isEmpty() ? now() : std::exchange(m_replayCreatedAt, QString());
}

void SandboxStore::clear()
{
    for (auto it = m_createdRoles.cbegin(); it != m_createdRoles.cend(); ++it)
        m_settings.roles.removeAll(it.key());
    m_createdRoles.clear();
    m_users.clear();
    m_userById.clear();
    m_userByEmail.clear();
    m_userByExternalId.clear();
    m_organizations.clear();
    m_organizationById.clear();
    m_organizationByExternalId.clear();
    m_memberships.clear();
    m_membershipById.clear();
    m_membershipByPair.clear();
    m_membershipsOfUser.clear();
    m_membershipsOfOrganization.clear();
    m_deadUsers = m_deadOrganizations = m_deadMemberships = 0;
}

void SandboxStore::removeMembership(int index)
{
    Membership &membership = m_memberships[index];
    if (membership.deleted)
        return;
    membership.deleted = true;
    ++m_deadMemberships;
    m_membershipByPair.remove((quint64(quint32(membership.user)) << 32) | quint32(membership.organization));
}

// Rebuilds every vector and index without the tombstones once they are the majority, so
// that lists never walk long runs of deleted objects. Creation order (and so paging order)
// is kept; cursors naming deleted objects stop working afterwards.
void SandboxStore::compactIfSparse()
{
    const qsizetype dead = m_deadUsers + m_deadOrganizations + m_deadMemberships;
    const qsizetype all = qsizetype(m_users.size() + m_organizations.size() + m_memberships.size());
    if (dead < 4096 || dead * 2 < all)
        return;
    std::vector<User> users = std::exchange(m_users, {});
    std::vector<Organization> organizations = std::exchange(m_organizations, {});
    std::vector<Membership> memberships = std::exchange(m_memberships, {});
    clear();
    std::vector<int> userIndex(users.size(), -1);
    for (std::size_t i = 0; i < users.size(); ++i) {
        if (users[i].deleted)
            continue;
        const int index = int(m_users.size());
        userIndex[i] = index;
        m_userById.insert(users[i].id, index);
        m_userByEmail.insert(users[i].email.toLower(), index);
        if (users[i].externalId.isString())
            m_userByExternalId.insert(users[i].externalId.toString(), index);
        m_users.push_back(std::move(users[i]));
        m_membershipsOfUser.emplace_back();
    }
    std::vector<int> organizationIndex(organizations.size(), -1);
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        if (organizations[i].deleted)
            continue;
        const int index = int(m_organizations.size());
        organizationIndex[i] = index;
        m_organizationById.insert(organizations[i].id, index);
        if (organizations[i].externalId.isString())
            m_organizationByExternalId.insert(organizations[i].externalId.toString(), index);
        m_organizations.push_back(std::move(organizations[i]));
        m_membershipsOfOrganization.emplace_back();
    }
    for (Membership &membership : memberships) {
        if (membership.deleted)
            continue;
        membership.user = userIndex[std::size_t(membership.user)];
        membership.organization = organizationIndex[std::size_t(membership.organization)];
        const int index = int(m_memberships.size());
        m_membershipById.insert(membership.id, index);
        m_membershipByPair.insert((quint64(quint32(membership.user)) << 32) | quint32(membership.organization), index);
        m_membershipsOfUser[std::size_t(membership.user)].push_back(index);
        m_membershipsOfOrganization[std::size_t(membership.organization)].push_back(index);
        m_memberships.push_back(std::move(membership));
    }
}

} // namespace Sandbox
