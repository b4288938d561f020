#include "verifycheckpoint.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

namespace Engine::Verify {

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parsed(const QString &data)
{
    return QJsonDocument::fromJson(data.toUtf8()).object();
}

Store::VerifyRead userRead(const Api::User &u)
{
    const QJsonObject o {{u"id"_s, u.id}, {u"email"_s, u.email}, {u"first_name"_s, u.firstName},
                         {u"last_name"_s, u.lastName}, {u"email_verified"_s, u.emailVerified},
                         {u"external_id"_s, u.externalId}, {u"metadata"_s, u.metadata}};
    return {u"user"_s, u.id, compact(o)};
}

Store::VerifyRead organizationRead(const Api::Organization &org)
{
    const QJsonObject o {{u"id"_s, org.id}, {u"name"_s, org.name}, {u"external_id"_s, org.externalId}};
    return {u"organization"_s, org.id, compact(o)};
}

Store::VerifyRead membershipRead(const QString &key, const QStringList &roleSlugs)
{
    return {u"membership"_s, key, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roleSlugs)).toJson(QJsonDocument::Compact))};
}

Store::VerifyRead cursorRead(const QString &name, const PageCursor &c)
{
    return {u"cursor"_s, name, compact({{u"after"_s, c.after}, {u"pages"_s, c.pages}, {u"end"_s, c.end}})};
}

void Checkpoint::add(const Store::VerifyRead &r)
{
    ++reads;
    if (r.kind == u"organization"_s) {
        if (const auto o = Api::Organization::fromJson(parsed(r.data)))
            organizations.insert(r.key, *o);
    } else if (r.kind == u"organization-absent"_s) {
        absentOrganizations.insert(r.key);
    } else if (r.kind == u"user"_s) {
        if (const auto u = Api::User::fromJson(parsed(r.data)))
            users.insert(r.key, *u);
    } else if (r.kind == u"user-absent"_s) {
        absentUsers.insert(r.key);
    } else if (r.kind == u"user-replaced"_s) {
        replacedBy.insert(r.key, r.data);
    } else if (r.kind == u"membership"_s) {
        QStringList roles;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.data.toUtf8()).array())
            roles.append(v.toString());
        memberships.insert(r.key, roles);
    } else if (r.kind == u"membership-absent"_s) {
        absentMemberships.insert(r.key);
    } else if (r.kind == u"cursor"_s) {
        const QJsonObject o = parsed(r.data);
        cursors.insert(r.key, PageCursor {o.value(u"after"_s).toString(), o.value(u"pages"_s).toInteger(),
                                      o.value(u"end"_s).toBool()});
    }
}

} // namespace Engine::Verify
