#pragma once
// SandboxStore: the sandbox's data — users, organizations and organization memberships —
// and the WorkOS API's rules for them: field validation, uniqueness (email in any letter
// case, external_id), role checks, list paging with before/after cursors. Every operation
// returns an ApiResult shaped like the real API's answer (status + JSON body).
//
// Everything is in memory: vectors in creation order plus hash indexes keyed by id,
// lower-case email and external_id, so lookups and uniqueness checks are O(1) and paging is
// a binary search. Passwords and hashes are validated, never stored and never echoed.
//
// Owned by the ApiRouter; main thread only; not thread-safe.

#include "apiresult.h"
#include "idgenerator.h"

#include <QtCore/QHash>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <vector>

namespace Sandbox {

using QueryParams = QHash<QString, QString>;

class SandboxStore
{
public:
    struct Settings
    {
        QStringList roles {QStringLiteral("member"), QStringLiteral("admin")};
        bool multipleRoles = false;
        quint64 seed = 0;
    };

    explicit SandboxStore(const Settings &settings);

    // POST /user_management/users
    ApiResult createUser(const QJsonObject &body);
    // GET /user_management/users/:id, /user_management/users/external_id/:external_id
    ApiResult getUser(const QString &id) const;
    ApiResult getUserByExternalId(const QString &externalId) const;
    // GET /user_management/users?email=&organization_id=&limit=&before=&after=&order=
    ApiResult listUsers(const QueryParams &query) const;

    // POST /organizations
    ApiResult createOrganization(const QJsonObject &body);
    // GET /organizations/:id, /organizations/external_id/:external_id
    ApiResult getOrganization(const QString &id) const;
    ApiResult getOrganizationByExternalId(const QString &externalId) const;
    // GET /organizations?limit=&before=&after=&order=
    ApiResult listOrganizations(const QueryParams &query) const;
    // GET /authorization/roles: the environment roles (--roles), as WorkOS lists them.
    ApiResult listRoles() const;

    // POST /user_management/organization_memberships
    ApiResult createMembership(const QJsonObject &body);
    // GET /user_management/organization_memberships/:id
    ApiResult getMembership(const QString &id) const;
    // GET /user_management/organization_memberships?user_id=&organization_id=&limit=...
    ApiResult listMemberships(const QueryParams &query) const;

    // Every object, for GET /_sandbox/state.
    QJsonObject state() const;
    qsizetype userCount() const { return qsizetype(m_users.size()); }
    qsizetype organizationCount() const { return qsizetype(m_organizations.size()); }
    qsizetype membershipCount() const { return qsizetype(m_memberships.size()); }
    void clear();

private:
    struct User
    {
        QString id;
        QString email;
        QJsonValue firstName; // string or null
        QJsonValue lastName;
        bool emailVerified = false;
        QJsonValue externalId; // string or null
        QJsonObject metadata;
        QString createdAt;
    };
    struct Domain
    {
        QString id;
        QString domain;
        QString state;
    };
    struct Organization
    {
        QString id;
        QString name;
        bool allowProfilesOutsideOrganization = false;
        std::vector<Domain> domains;
        QJsonValue externalId;
        QJsonObject metadata;
        QString createdAt;
    };
    struct Membership
    {
        QString id;
        int user = 0;         // index into m_users
        int organization = 0; // index into m_organizations
        QStringList roles;
        QString createdAt;
    };

    QJsonObject userJson(const User &user) const;
    QJsonObject organizationJson(const Organization &organization) const;
    QJsonObject membershipJson(const Membership &membership) const;

    Settings m_settings;
    QString m_defaultRole;
    IdGenerator m_ids;

    std::vector<User> m_users;
    QHash<QString, int> m_userById;
    QHash<QString, int> m_userByEmail; // lower-case email
    QHash<QString, int> m_userByExternalId;

    std::vector<Organization> m_organizations;
    QHash<QString, int> m_organizationById;
    QHash<QString, int> m_organizationByExternalId;

    std::vector<Membership> m_memberships;
    QHash<QString, int> m_membershipById;
    QHash<quint64, int> m_membershipByPair; // (user << 32) | organization
    std::vector<std::vector<int>> m_membershipsOfUser;         // per user, ascending
    std::vector<std::vector<int>> m_membershipsOfOrganization; // per organization, ascending
};

} // namespace Sandbox
