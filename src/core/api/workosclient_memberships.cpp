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

// The user, organization and status filters of a membership list query.
QStringList membershipFilters(const MembershipQuery &query)
{
    QStringList filters;
    if (!query.userId.isEmpty())
        filters.append(queryItem("user_id"_L1, query.userId));
    if (!query.organizationId.isEmpty())
        filters.append(queryItem("organization_id"_L1, query.organizationId));
    filters.append(statusFilters(query.statuses));
    filters.removeAll(QString());
    return filters;
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
    co_return objectFrom<Membership>(co_await send(std::move(request)),
                                     u"the created membership has no id"_s);
}

QCoro::Task<Result<QList<Membership>>> WorkOsClient::listMemberships(MembershipQuery query)
{
    if (query.userId.isEmpty() && query.organizationId.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"listMemberships() needs a user or an organization"_s);
    QList<Membership> memberships;
    QSet<QString> cursors;
    PageRequest next;
    next.limit = std::clamp(query.pageSize, 1, 100);
    for (;;) {
        const Result<Page<Membership>> page = co_await listMembershipsPage(query, next);
        if (!page)
            co_return page.error();
        memberships.append(page.value().items);
        next.after = page.value().after;
        if (next.after.isEmpty() || page.value().items.isEmpty())
            break;
        if (cursors.contains(next.after))
            co_return invalidResponse(u"the membership list repeats its cursor %1"_s.arg(next.after));
        cursors.insert(next.after);
    }
    co_return memberships;
}

QCoro::Task<Result<Page<Membership>>> WorkOsClient::listMembershipsPage(MembershipQuery query, PageRequest page)
{
    if (query.userId.isEmpty() && query.organizationId.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"listMembershipsPage() needs a user or an organization"_s);
    co_return pageFrom<Membership>(co_await getPage(u"/user_management/organization_memberships"_s,
                                                    membershipFilters(query), page),
                                   u"a listed membership has no id"_s);
}

QCoro::Task<Result<void>> WorkOsClient::deleteMembership(QString id)
{
    co_return co_await deleteObject(u"/user_management/organization_memberships/"_s, std::move(id));
}

} // namespace Api
