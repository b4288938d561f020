#include "field.h"

#include <QtCore/QStringList>

using namespace Qt::StringLiterals;

namespace Model {

namespace {
constexpr std::array<QLatin1StringView, FieldCount> Names = {
    "email"_L1,       "password"_L1,    "password_hash"_L1, "password_hash_type"_L1, "first_name"_L1,
    "last_name"_L1,   "email_verified"_L1, "external_id"_L1, "metadata"_L1,          "org_id"_L1,
    "org_external_id"_L1, "org_name"_L1, "role_slugs"_L1,
};
} // namespace

const std::array<Field, FieldCount> &allFields()
{
    static const std::array<Field, FieldCount> fields = [] {
        std::array<Field, FieldCount> f{};
        for (int i = 0; i < FieldCount; ++i)
            f[size_t(i)] = Field(i);
        return f;
    }();
    return fields;
}

QString fieldName(Field field)
{
    return QString(Names[size_t(field)]);
}

std::optional<Field> fieldFromName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (int i = 0; i < FieldCount; ++i) {
        if (trimmed.compare(Names[size_t(i)], Qt::CaseInsensitive) == 0)
            return Field(i);
    }
    return std::nullopt;
}

QString fieldNameList()
{
    QStringList names;
    names.reserve(FieldCount);
    for (const QLatin1StringView n : Names)
        names.append(QString(n));
    return names.join(u", "_s);
}

bool isOrganizationField(Field field)
{
    return field == Field::OrgId || field == Field::OrgExternalId || field == Field::OrgName;
}

} // namespace Model
