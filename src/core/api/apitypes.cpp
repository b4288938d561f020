#include "apitypes.h"

#include <QtCore/QDebug>
#include <QtCore/QJsonArray>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

// A JSON string, or empty for null/missing.
QString text(const QJsonObject &object, QLatin1StringView key)
{
    return object.value(key).toString();
}

} // namespace

QDebug operator<<(QDebug debug, const ApiKey &key)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << (key.isEmpty() ? "ApiKey(empty)" : "ApiKey(<redacted>)");
    return debug;
}

QJsonObject NewUser::toJson() const
{
    QJsonObject object {{u"email"_s, email}};
    if (!password.isEmpty())
        object.insert(u"password"_s, password);
    if (!passwordHash.isEmpty()) {
        object.insert(u"password_hash"_s, passwordHash);
        object.insert(u"password_hash_type"_s, passwordHashType);
    }
    if (!firstName.isEmpty())
        object.insert(u"first_name"_s, firstName);
    if (!lastName.isEmpty())
        object.insert(u"last_name"_s, lastName);
    if (emailVerified.has_value())
        object.insert(u"email_verified"_s, *emailVerified);
    if (!externalId.isEmpty())
        object.insert(u"external_id"_s, externalId);
    if (!metadata.isEmpty())
        object.insert(u"metadata"_s, metadata);
    return object;
}

QDebug operator<<(QDebug debug, const NewUser &user)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "NewUser(" << user.email;
    if (!user.password.isEmpty())
        debug << ", password set";
    if (!user.passwordHash.isEmpty())
        debug << ", " << user.passwordHashType << " hash set";
    if (!user.externalId.isEmpty())
        debug << ", external_id " << user.externalId;
    debug << ')';
    return debug;
}

std::optional<User> User::fromJson(const QJsonObject &object)
{
    User user;
    user.id = text(object, "id"_L1);
    if (user.id.isEmpty())
        return std::nullopt;
    user.email = text(object, "email"_L1);
    user.firstName = text(object, "first_name"_L1);
    user.lastName = text(object, "last_name"_L1);
    user.emailVerified = object.value("email_verified"_L1).toBool();
    user.externalId = text(object, "external_id"_L1);
    user.metadata = object.value("metadata"_L1).toObject();
    user.createdAt = QDateTime::fromString(text(object, "created_at"_L1), Qt::ISODateWithMs);
    return user;
}

QDebug operator<<(QDebug debug, const User &user)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "User(" << user.id << ", " << user.email << ')';
    return debug;
}

std::optional<Organization> Organization::fromJson(const QJsonObject &object)
{
    Organization organization;
    organization.id = text(object, "id"_L1);
    if (organization.id.isEmpty())
        return std::nullopt;
    organization.name = text(object, "name"_L1);
    organization.externalId = text(object, "external_id"_L1);
    organization.metadata = object.value("metadata"_L1).toObject();
    organization.createdAt = QDateTime::fromString(text(object, "created_at"_L1), Qt::ISODateWithMs);
    return organization;
}

QDebug operator<<(QDebug debug, const Organization &organization)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Organization(" << organization.id << ", " << organization.name;
    if (!organization.externalId.isEmpty())
        debug << ", external_id " << organization.externalId;
    debug << ')';
    return debug;
}

std::optional<Membership> Membership::fromJson(const QJsonObject &object)
{
    Membership membership;
    membership.id = text(object, "id"_L1);
    if (membership.id.isEmpty())
        return std::nullopt;
    membership.userId = text(object, "user_id"_L1);
    membership.organizationId = text(object, "organization_id"_L1);
    membership.status = text(object, "status"_L1);
    membership.createdAt = QDateTime::fromString(text(object, "created_at"_L1), Qt::ISODateWithMs);
    membership.updatedAt = QDateTime::fromString(text(object, "updated_at"_L1), Qt::ISODateWithMs);
    // With Multiple Roles the API answers "roles": [{slug}, ...] beside "role": {slug}.
    const QJsonArray roles = object.value("roles"_L1).toArray();
    for (const QJsonValue &role : roles) {
        const QString slug = role.toObject().value("slug"_L1).toString();
        if (!slug.isEmpty() && !membership.roleSlugs.contains(slug))
            membership.roleSlugs.append(slug);
    }
    const QString single = object.value("role"_L1).toObject().value("slug"_L1).toString();
    if (!single.isEmpty() && !membership.roleSlugs.contains(single))
        membership.roleSlugs.prepend(single);
    return membership;
}

QDebug operator<<(QDebug debug, const Membership &membership)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "Membership(" << membership.id << ", user " << membership.userId << ", org "
                    << membership.organizationId << ", roles " << membership.roleSlugs << ')';
    return debug;
}

} // namespace Api
