// WorkOsClient: the WorkOS operations on organizations (see workosclient.h). Each builds
// a Request, sends it through the transport (workosclient_transport.cpp) and reads the answer.
#include "workosclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;

namespace Api {

using namespace ClientDetail;

QCoro::Task<Result<Organization>> WorkOsClient::getOrganization(QString id)
{
    if (id.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"getOrganization() needs an id"_s);
    Request request {"GET"_ba, u"/organizations/"_s + segment(id), {}, {}, m_config.retryPolicy.maxRetries};
    co_return objectFrom<Organization>(co_await send(std::move(request)), u"the organization has no id"_s);
}

QCoro::Task<Result<Organization>> WorkOsClient::getOrganizationByExternalId(QString externalId)
{
    if (externalId.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"getOrganizationByExternalId() needs an external id"_s);
    Request request {"GET"_ba, u"/organizations/external_id/"_s + segment(externalId), {}, {},
                     m_config.retryPolicy.maxRetries};
    co_return objectFrom<Organization>(co_await send(std::move(request)), u"the organization has no id"_s);
}

QCoro::Task<Result<Organization>> WorkOsClient::createOrganization(QString name, QString externalId,
                                                                   QByteArray idempotencyKey)
{
    QJsonObject body {{u"name"_s, name}};
    if (!externalId.isEmpty())
        body.insert(u"external_id"_s, externalId);
    Request request {"POST"_ba, u"/organizations"_s, {}, QJsonDocument(body).toJson(QJsonDocument::Compact),
                     m_config.retryPolicy.maxRetries};
    request.idempotencyKey = idempotencyKey;
    co_return objectFrom<Organization>(co_await send(std::move(request)),
                                       u"the created organization has no id"_s);
}

QCoro::Task<Result<Page<Organization>>> WorkOsClient::listOrganizations(OrganizationFilter filter, PageRequest page)
{
    QStringList filters;
    for (const QString &domain : std::as_const(filter.domains))
        filters.append(queryItem("domains"_L1, domain));
    co_return pageFrom<Organization>(co_await getPage(u"/organizations"_s, filters, page),
                                     u"a listed organization has no id"_s);
}

QCoro::Task<Result<void>> WorkOsClient::deleteOrganization(QString id)
{
    co_return co_await deleteObject(u"/organizations/"_s, std::move(id));
}

} // namespace Api
