// WorkOsClient: the WorkOS operations on organization memberships (see workosclient.h). Each builds
// a Request, sends it through the transport (workosclient_transport.cpp) and reads the answer.
#include "workosclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;

namespace Api {

using namespace ClientDetail;

namespace {

// WorkOS's `statuses` filter of the membership list, comma-separated as WorkOS's own SDKs send
// it (statuses=active,inactive,pending). Without it WorkOS lists active memberships only.
QString statusFilters(const QStringList &statuses)
{
    return statuses.isEmpty() ? QString() : queryItem("statuses"_L1, statuses.join(u','));
}

} // namespace

QCoro::Task<Result<Membership>> WorkOsClient::createMembership(QString userId, QString organizationId,
                                                               QStringList roleSlugs, QByteArray idempotencyKey)
{
    QJsonObject body {{u"user_id"_s, userId}, {u"organization_id"_s, organizationId}};
    // role_slug and role_slugs are mutually exclusive; role_slugs needs Multiple Roles.
    if (roleSlugs.size() == 1)
        body.insert(u"role_slug"_s, roleSlugs.constFirst());
    else if (roleSlugs.size() > 1)
        body.insert(u"role_slugs"_s, QJsonArray::fromStringList(roleSlugs));
    Request request {"POST"_ba, u"/user_management/organization_memberships"_s, {},
                     QJsonDocument(body).toJson(QJsonDocument::Compact), m_config.retryPolicy.maxRetries, true};
    request.idempotencyKey = idempotencyKey;
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    if (std::optional<Membership> membership = Membership::fromJson(result.value()))
        co_return *std::move(membership);
    co_return invalidResponse(u"the created membership has no id"_s);
}

QCoro::Task<Result<QList<Membership>>> WorkOsClient::listMemberships(MembershipQuery query)
{
    if (query.userId.isEmpty() && query.organizationId.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"listMemberships() needs a user or an organization"_s);
    QStringList filters;
    if (!query.userId.isEmpty())
        filters.append(queryItem("user_id"_L1, query.userId));
    if (!query.organizationId.isEmpty())
        filters.append(queryItem("organization_id"_L1, query.organizationId));
    filters.append(statusFilters(query.statuses));
    filters.removeAll(QString());
    filters.append(u"limit=%1"_s.arg(std::clamp(query.pageSize, 1, 100)));
    const QString baseQuery = filters.join(u'&');

    QList<Membership> memberships;
    QSet<QString> cursors;
    QString after;
    for (;;) {
        Request request {"GET"_ba, u"/user_management/organization_memberships"_s,
                         after.isEmpty() ? baseQuery : baseQuery + u'&' + queryItem("after"_L1, after), {},
                         m_config.retryPolicy.maxRetries};
        const Result<QJsonObject> page = co_await send(std::move(request));
        if (!page)
            co_return page.error();
        const QJsonArray data = page.value().value("data"_L1).toArray();
        for (const QJsonValue &item : data) {
            std::optional<Membership> membership = Membership::fromJson(item.toObject());
            if (!membership)
                co_return invalidResponse(u"a listed membership has no id"_s);
            memberships.append(*std::move(membership));
        }
        after = page.value().value("list_metadata"_L1).toObject().value("after"_L1).toString();
        if (after.isEmpty() || data.isEmpty())
            break;
        if (cursors.contains(after))
            co_return invalidResponse(u"the membership list repeats its cursor %1"_s.arg(after));
        cursors.insert(after);
    }
    co_return memberships;
}

QCoro::Task<Result<Page<Membership>>> WorkOsClient::listMembershipsPage(MembershipQuery query, PageRequest page)
{
    if (query.userId.isEmpty() && query.organizationId.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"listMembershipsPage() needs a user or an organization"_s);
    QStringList filters;
    if (!query.userId.isEmpty())
        filters.append(queryItem("user_id"_L1, query.userId));
    if (!query.organizationId.isEmpty())
        filters.append(queryItem("organization_id"_L1, query.organizationId));
    filters.append(statusFilters(query.statuses));
    filters.removeAll(QString());
    const Result<QJsonObject> answer =
        co_await getPage(u"/user_management/organization_memberships"_s, filters, page);
    if (!answer)
        co_return answer.error();
    if (std::optional<Page<Membership>> parsed = parsePage<Membership>(answer.value()))
        co_return *std::move(parsed);
    co_return invalidResponse(u"a listed membership has no id"_s);
}

QCoro::Task<Result<void>> WorkOsClient::deleteMembership(QString id)
{
    co_return co_await deleteObject(u"/user_management/organization_memberships/"_s, std::move(id));
}

} // namespace Api
