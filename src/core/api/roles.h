#pragma once
// Role: an environment role of WorkOS (GET/POST /authorization/roles): its id, slug and name.
// And the rules WorkOS gives for a new role (CreateRoleDto in WorkOS's OpenAPI description):
// a slug of lowercase letters, digits, '-' and '_', at most 48 characters; a name of at most 48.
// Plain values and functions; any thread.

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <optional>

namespace Api {

struct Role
{
    QString id;
    QString slug;
    QString name;
    QString type; // "EnvironmentRole" or "OrganizationRole"

    static std::optional<Role> fromJson(const QJsonObject &object);
    friend bool operator==(const Role &, const Role &) = default;
};

inline constexpr int MaxRoleSlugLength = 48;
inline constexpr int MaxRoleNameLength = 48;

// Plain words about what is wrong with a slug or a name for a new role; empty when it is fine.
QString roleSlugProblem(const QString &slug);
QString roleNameProblem(const QString &name);
// A name to offer for a slug: "billing-admin" -> "Billing admin" (at most 48 characters).
QString suggestedRoleName(const QString &slug);

} // namespace Api
