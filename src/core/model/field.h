#pragma once
// The columns of the WorkOS migration CSV contract (docs/csv-format.md) and their names.
// Plain values and free functions; usable from any thread.

#include <QtCore/QList>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <array>
#include <optional>

namespace Model {

enum class Field {
    Email,
    Password,
    PasswordHash,
    PasswordHashType,
    FirstName,
    LastName,
    EmailVerified,
    ExternalId,
    Metadata,
    OrgId,
    OrgExternalId,
    OrgName,
    RoleSlugs,
};

inline constexpr int FieldCount = int(Field::RoleSlugs) + 1;

// Every field in the order of the canonical header.
const std::array<Field, FieldCount> &allFields();

// The canonical header name ("email", "password_hash", ...).
QString fieldName(Field field);

// The field a header name means, matched case-insensitively after trimming; nullopt when it
// is not one of the canonical names.
std::optional<Field> fieldFromName(QStringView name);

// "email, password, ..., role_slugs": for messages that list what is accepted.
QString fieldNameList();

// True for org_id, org_external_id and org_name.
bool isOrganizationField(Field field);

} // namespace Model
