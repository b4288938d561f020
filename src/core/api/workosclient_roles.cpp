// WorkOsClient: the WorkOS operations on the environment's roles (see workosclient.h). Each builds
// a Request, sends it through the transport (workosclient_transport.cpp) and reads the answer.
#include "workosclient.h"

#include <QtCore/QJsonDocument>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;

namespace Api {

using namespace ClientDetail;

QCoro::Task<Result<QStringList>> WorkOsClient::listRoleSlugs()
{
    const Result<QList<Role>> roles = co_await listRoles();
    if (!roles)
        co_return roles.error();
    QStringList slugs;
    for (const Role &role : roles.value())
        slugs.append(role.slug);
    co_return slugs;
}

QCoro::Task<Result<QList<Role>>> WorkOsClient::listRoles()
{
    Request request {"GET"_ba, u"/authorization/roles"_s, {}, {}, m_config.retryPolicy.maxRetries};
    const Result<Page<Role>> roles =
        pageFrom<Role>(co_await send(std::move(request)), u"a listed role has no slug"_s);
    if (!roles)
        co_return roles.error();
    co_return roles.value().items;
}

QCoro::Task<Result<Role>> WorkOsClient::createRole(QString slug, QString name)
{
    const QJsonObject body {{u"slug"_s, slug}, {u"name"_s, name}};
    Request request {"POST"_ba, u"/authorization/roles"_s, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     m_config.retryPolicy.maxRetries};
    co_return objectFrom<Role>(co_await send(std::move(request)), u"the created role has no slug"_s);
}

} // namespace Api
