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
// Deletes (DELETE /user_management/users/:id, /organizations/:id, /user_management/
// organization_memberships/:id) leave a tombstone (deleted = true) that every read skips, so
// indexes stay valid and paging stays a binary search; the email and external_id of a deleted
// object are free again at once. When tombstones outnumber live objects the vectors are
// compacted (O(n), amortised O(1) per delete). Deleting a user or an organization deletes its
// memberships, as WorkOS does.
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
    // GET /authorization/roles: the environment roles (--roles, then those created), as WorkOS lists them.
    ApiResult listRoles() const;
    // Adds environment roles, as a person does in the WorkOS dashboard (POST /_sandbox/switches
    // {"add_roles": [...]}): a test follows the advice "add the role, then press Retry".
    void addRoles(const QStringList &slugs);
    // POST /authorization/roles {slug, name, description?}: 201 with the role, 409
    // role_slug_conflict, 422 with the field errors. A write of the "general" family.
    ApiResult createRole(const QJsonObject &body);

    // POST /user_management/organization_memberships
    ApiResult createMembership(const QJsonObject &body);
    // GET /user_management/organization_memberships/:id
    ApiResult getMembership(const QString &id) const;
    // GET /user_management/organization_memberships?user_id=&organization_id=&statuses=&limit=...
    // Like WorkOS: active memberships only unless `statuses` (comma-separated: active,
    // inactive, pending; or one statuses[]) says otherwise.
    ApiResult listMemberships(const QueryParams &query) const;
    // PUT /user_management/organization_memberships/:id/deactivate and /reactivate: 200 with the
    // membership (deactivating an inactive one changes nothing), 404. A create for a user and
    // organization whose membership is inactive re-activates it with the roles asked for (the
    // same id and created_at, a new updated_at), as WorkOS does.
    ApiResult setMembershipActive(const QString &id, bool active);

    // PUT /user_management/users/:id: first_name, last_name, email_verified, external_id,
    // metadata (the fields present change; null clears), password or password_hash +
    // password_hash_type (checked like a create, never kept). 200 with the user, 404, 422.
    ApiResult updateUser(const QString &id, const QJsonObject &body);
    // DELETE /user_management/users/:id: 204, or 404 entity_not_found. Deletes the user's
    // memberships too.
    ApiResult deleteUser(const QString &id);
    // DELETE /organizations/:id: 204, or 404. Deletes the organization's memberships too.
    ApiResult deleteOrganization(const QString &id);
    // DELETE /user_management/organization_memberships/:id: 204, or 404.
    ApiResult deleteMembership(const QString &id);

    // Every object, for GET /_sandbox/state.
    QJsonObject state() const;
    qsizetype userCount() const { return qsizetype(m_users.size()) - m_deadUsers; }
    qsizetype organizationCount() const { return qsizetype(m_organizations.size()) - m_deadOrganizations; }
    qsizetype membershipCount() const { return qsizetype(m_memberships.size()) - m_deadMemberships; }
    void clear();

    // Journal replay: the next object created takes this id and creation time instead of new
    // ones, so that a sandbox started again on its journal answers with the same ids.
    void setReplayIdentity(const QString &id, const QString &createdAt)
    {
        m_replayId = id;
        m_replayCreatedAt = createdAt;
    }

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
        bool deleted = false;
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
        bool deleted = false;
    };
    struct Membership
    {
        QString id;
        int user = 0;         // index into m_users
        int organization = 0; // index into m_organizations
        QStringList roles;
        QString createdAt;
        QString updatedAt; // empty: createdAt
        QString status = QStringLiteral("active"); // active, inactive
        bool deleted = false;
    };

    QJsonObject userJson(const User &user) const;
    QJsonObject organizationJson(const Organization &organization) const;
    QJsonObject membershipJson(const Membership &membership) const;
    int liveUser(const QString &id) const;         // index, -1 when unknown or deleted
    int liveOrganization(const QString &id) const; // index, -1 when unknown or deleted
    void removeMembership(int index);
    void compactIfSparse();
    QString takeId(QStringView prefix);
    QString takeCreatedAt();

    Settings m_settings;
    QString m_defaultRole;
    IdGenerator m_ids;
    QString m_replayId;
    QString m_replayCreatedAt;

    std::vector<User> m_users;
    QHash<QString, int> m_userById;
    QHash<QString, int> m_userByEmail; // lower-case email
    QHash<QString, int> m_userByExternalId;

    std::vector<Organization> m_organizations;
    QHash<QString, int> m_organizationById;
    QHash<QString, int> m_organizationByExternalId;

    QHash<QString, QJsonObject> m_createdRoles; // slug -> the role as created (POST /authorization/roles)

    std::vector<Membership> m_memberships;
    QHash<QString, int> m_membershipById;
    QHash<quint64, int> m_membershipByPair; // (user << 32) | organization
    std::vector<std::vector<int>> m_membershipsOfUser;         // per user, ascending
    std::vector<std::vector<int>> m_membershipsOfOrganization; // per organization, ascending
    // Tombstones in the vectors above.
    qsizetype m_deadUsers = 0;
    qsizetype m_deadOrganizations = 0;
    qsizetype m_deadMemberships = 0;
};

} // namespace Sandbox
