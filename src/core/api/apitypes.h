#pragma once
// Value types of the WorkOS API as the wizard uses them: what we send (NewUser) and what we
// read back (User, Organization, Membership), each parsed from the API's JSON. Also ApiKey,
// the secret key wrapped so that it cannot end up in a log or a debug print by accident.
//
// Plain values: copy them across threads freely. Parsing never throws: fromJson() returns
// nullopt when the object lacks an id (the only field we cannot do without).

#include <QtCore/QDateTime>
#include <QtCore/QJsonObject>
#include <QtCore/QString>
#include <QtCore/QStringList>

#include <optional>

class QDebug;

namespace Api {

// The WorkOS secret key ("sk_..."). reveal() is for the Authorization header only; QDebug
// prints "ApiKey(<redacted>)" and there is deliberately no conversion to QString.
class ApiKey
{
public:
    ApiKey() = default;
    explicit ApiKey(QString key) : m_key(std::move(key).trimmed()) { }

    bool isEmpty() const { return m_key.isEmpty(); }
    const QString &reveal() const { return m_key; }

    friend bool operator==(const ApiKey &, const ApiKey &) = default;

private:
    QString m_key;
};
QDebug operator<<(QDebug debug, const ApiKey &key);

// A user to create (POST /user_management/users). Optional fields left empty are not sent.
// The password and the hash are never printed (QDebug shows only whether they are set).
struct NewUser
{
    QString email;
    QString password;         // plain password, or
    QString passwordHash;     // a hash of a type WorkOS imports
    QString passwordHashType; // bcrypt, firebase-scrypt, ssha, ssha256, scrypt, pbkdf2, argon2
    QString firstName;
    QString lastName;
    std::optional<bool> emailVerified;
    QString externalId;
    QJsonObject metadata;

    QJsonObject toJson() const;
};
QDebug operator<<(QDebug debug, const NewUser &user);

struct User
{
    QString id;
    QString email;
    QString firstName;
    QString lastName;
    bool emailVerified = false;
    QString externalId;
    QJsonObject metadata;
    QDateTime createdAt;

    static std::optional<User> fromJson(const QJsonObject &object);
};
QDebug operator<<(QDebug debug, const User &user);

struct Organization
{
    QString id;
    QString name;
    QString externalId;
    QJsonObject metadata;
    QDateTime createdAt;

    static std::optional<Organization> fromJson(const QJsonObject &object);
};
QDebug operator<<(QDebug debug, const Organization &organization);

struct Membership
{
    QString id;
    QString userId;
    QString organizationId;
    QString status;        // active, inactive, pending
    QStringList roleSlugs; // role.slug, or every roles[].slug when the environment has Multiple Roles
    QDateTime createdAt;
    QDateTime updatedAt;

    static std::optional<Membership> fromJson(const QJsonObject &object);
};
QDebug operator<<(QDebug debug, const Membership &membership);

// Which memberships listMemberships() returns: those of one user or of one organization (or
// both: the one pair). pageSize is the API's `limit` (1..100).
struct MembershipQuery
{
    QString userId;
    QString organizationId;
    int pageSize = 100;
    // WorkOS's `statuses` filter; empty: not sent, and WorkOS lists active memberships only.
    // Undo's safety checks and the import's proofs of "already a member" ask for all three.
    QStringList statuses = {};

    static MembershipQuery forUser(QString userId) { return {std::move(userId), {}, 100}; }
    static MembershipQuery forOrganization(QString organizationId) { return {{}, std::move(organizationId), 100}; }
    static QStringList allStatuses() { return {QStringLiteral("active"), QStringLiteral("inactive"), QStringLiteral("pending")}; }
};

// Paging of one request to a list endpoint (WorkOS pagination): `limit` 1..100, the `after`
// or `before` cursor (ids of listed objects), and the order (WorkOS lists newest first).
struct PageRequest
{
    int limit = 100;
    QString after;
    QString before;
    bool ascending = false;
};

// One page of a list endpoint. `after` is list_metadata.after: the cursor of the next page,
// empty on the last one; `before` likewise for the previous page.
template <typename T>
struct Page
{
    QList<T> items;
    QString after;
    QString before;
};

// Filters of GET /user_management/users: email (matched in any letter case) and
// organization_id; both empty lists every user.
struct UserFilter
{
    QString email;
    QString organizationId;
};

// Filters of GET /organizations: domains (an organization with any of them).
struct OrganizationFilter
{
    QStringList domains;
};

} // namespace Api
