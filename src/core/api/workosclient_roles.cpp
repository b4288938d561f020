// WorkOsClient: the WorkOS operations on the environment's roles (see workosclient.h). Each builds
// a Request, sends it through the transport (workosclient_transport.cpp) and reads the answer.
#include "workosclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;

namespace Api {

using namespace ClientDetail;


QCoro::Task<Result<QStringList>> WorkOsClient::listRoleSlugs()
{
    Request request {"GET"_ba, u"/authorization/roles"_s, {}, {}, m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    QStringList slugs;
    const QJsonArray data = result.value().value("data"_L1).toArray();
    for (const QJsonValue &item : data) {
        const QString slug = item.toObject().value("slug"_L1).toString();
        if (slug.isEmpty())
            co_return invalidResponse(u"a listed role has no slug"_s);
        slugs.append(slug);
    }
    co_return slugs;
}

QCoro::Task<Result<QList<Role>>> WorkOsClient::listRoles()
{
    Request request {"GET"_ba, u"/authorization/roles"_s, {}, {}, m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    QList<Role> roles;
    const QJsonArray data = result.value().value("data"_L1).toArray();
    for (const QJsonValue &item : data) {
        std::optional<Role> role = Role::fromJson(item.toObject());
        if (!role)
            co_return invalidResponse(u"a listed role has no slug"_s);
        roles.append(*std::move(role));
    }
    co_return roles;
}

QCoro::Task<Result<Role>> WorkOsClient::createRole(QString slug, QString name)
{
    const QJsonObject body {{u"slug"_s, slug}, {u"name"_s, name}};
    Request request {"POST"_ba, u"/authorization/roles"_s, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    if (std::optional<Role> role = Role::fromJson(result.value()))
        co_return *std::move(role);
    co_return invalidResponse(u"the created role has no slug"_s);
}

} // namespace Api
