#include "roles.h"

#include <QtCore/QCoreApplication>

using namespace Qt::StringLiterals;

namespace Api {

std::optional<Role> Role::fromJson(const QJsonObject &object)
{
    Role role;
    role.id = object.value("id"_L1).toString();
    role.slug = object.value("slug"_L1).toString();
    role.name = object.value("name"_L1).toString();
    role.type = object.value("type"_L1).toString();
    if (role.slug.isEmpty())
        return std::nullopt;
    return role;
}

QString roleSlugProblem(const QString &slug)
{
    if (slug.isEmpty())
        return QCoreApplication::translate("Api::Role", "A role needs a slug.");
    if (slug.size() > MaxRoleSlugLength)
        return QCoreApplication::translate("Api::Role", "The role slug “%1” is longer than %2 characters.")
            .arg(slug)
            .arg(MaxRoleSlugLength);
    for (const QChar c : slug) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
        if (!ok)
            return QCoreApplication::translate("Api::Role", "The role slug “%1” may hold only lowercase letters, digits, "
                                                            "“-” and “_”: WorkOS cannot create it.")
                .arg(slug);
    }
    return {};
}

QString roleNameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Api::Role", "A role needs a name.");
    if (name.size() > MaxRoleNameLength)
        return QCoreApplication::translate("Api::Role", "The role name “%1” is longer than %2 characters.")
            .arg(name)
            .arg(MaxRoleNameLength);
    return {};
}

QString suggestedRoleName(const QString &slug)
{
    QString name = slug;
    name.replace(u'-', u' ').replace(u'_', u' ');
    name = name.simplified();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.left(MaxRoleNameLength);
}

} // namespace Api
