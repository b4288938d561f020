// SandboxStore: the environment's roles (GET and POST /authorization/roles, the --roles and
// add_roles switches).
#include "sandboxstore.h"
#include "sandboxstore_p.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

using namespace StoreDetail;

void SandboxStore::addRoles(const QStringList &slugs)
{
    for (const QString &slug : slugs)
        if (!slug.isEmpty() && !m_settings.roles.contains(slug))
            m_settings.roles.append(slug);
}

ApiResult SandboxStore::listRoles() const
{
    QJsonArray data;
    int i = 0;
    for (const QString &slug : m_settings.roles) {
        ++i;
        if (const auto created = m_createdRoles.constFind(slug); created != m_createdRoles.cend()) {
            data.append(*created);
            continue;
        }
        QString name = slug;
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        data.append(QJsonObject {{u"object"_s, u"role"_s},
                                 {u"id"_s, u"role_sandbox_%1"_s.arg(i)},
                                 {u"slug"_s, slug},
                                 {u"name"_s, name},
                                 {u"description"_s, QJsonValue::Null},
                                 {u"type"_s, u"EnvironmentRole"_s},
                                 {u"permissions"_s, QJsonArray()},
                                 {u"created_at"_s, u"2024-01-01T00:00:00.000Z"_s},
                                 {u"updated_at"_s, u"2024-01-01T00:00:00.000Z"_s}});
    }
    return ApiResult::ok(QJsonObject {{u"object"_s, u"list"_s}, {u"data"_s, data}});
}

ApiResult SandboxStore::createRole(const QJsonObject &body)
{
    // CreateRoleDto of WorkOS's API description: slug and name required, at most 48 characters;
    // the slug of lowercase letters, digits, '-' and '_'; description at most 150 or null.
    FieldErrors errors;
    const QJsonValue slugValue = body.value(u"slug"_s);
    const QJsonValue nameValue = body.value(u"name"_s);
    const QString slug = slugValue.toString();
    if (!slugValue.isString() || slug.isEmpty()) {
        errors.add(u"slug"_s, u"slug_required"_s, u"slug is required and must be a string."_s);
    } else if (slug.size() > 48) {
        errors.add(u"slug"_s, u"slug_too_long"_s, u"slug must be at most 48 characters."_s);
    } else {
        for (const QChar c : slug) {
            if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_')) {
                errors.add(u"slug"_s, u"slug_invalid"_s,
                           u"slug can only contain lowercase letters, numbers, hyphens, and underscores."_s);
                break;
            }
        }
    }
    if (!nameValue.isString() || nameValue.toString().trimmed().isEmpty())
        errors.add(u"name"_s, u"name_required"_s, u"name is required and must be a string."_s);
    else if (nameValue.toString().size() > 48)
        errors.add(u"name"_s, u"name_too_long"_s, u"name must be at most 48 characters."_s);
    const QJsonValue description = body.value(u"description"_s);
    if (!description.isUndefined() && !description.isNull()
        && (!description.isString() || description.toString().size() > 150))
        errors.add(u"description"_s, u"description_invalid"_s, u"description must be a string of at most 150 characters."_s);
    if (!errors.isEmpty())
        return errors.result();
    if (m_settings.roles.contains(slug))
        return ApiResult::error(409, u"role_slug_conflict"_s, u"A role with the slug '%1' already exists."_s.arg(slug));
    const QString createdAt = takeCreatedAt();
    const QJsonObject role {{u"object"_s, u"role"_s},
                            {u"id"_s, takeId(u"role")},
                            {u"slug"_s, slug},
                            {u"name"_s, nameValue.toString()},
                            {u"description"_s, description.isString() ? description : QJsonValue(QJsonValue::Null)},
                            {u"type"_s, u"EnvironmentRole"_s},
                            {u"resource_type_slug"_s, u"organization"_s},
                            {u"permissions"_s, QJsonArray()},
                            {u"created_at"_s, createdAt},
                            {u"updated_at"_s, createdAt}};
    // New roles go last in the priority order, as WorkOS places them.
    m_settings.roles.append(slug);
    m_createdRoles.insert(slug, role);
    return ApiResult::ok(role, 201);
}

} // namespace Sandbox
