// SandboxStore: organization memberships (POST, GET, list, deactivate/reactivate, DELETE
// /user_management/organization_memberships).
#include "sandboxstore.h"
#include "sandboxstore_p.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

using namespace StoreDetail;

ApiResult SandboxStore::createMembership(const QJsonObject &body)
{
    FieldErrors errors;
    const QJsonValue userId = body.value(u"user_id"_s);
    const QJsonValue organizationId = body.value(u"organization_id"_s);
    if (!userId.isString() || userId.toString().isEmpty())
        errors.add(u"user_id"_s, u"user_id_required"_s, u"user_id is required."_s);
    if (!organizationId.isString() || organizationId.toString().isEmpty())
        errors.add(u"organization_id"_s, u"organization_id_required"_s, u"organization_id is required."_s);

    // role_slug (one) and role_slugs (many) are mutually exclusive; neither = default role.
    QStringList roles;
    const QJsonValue roleSlug = body.value(u"role_slug"_s);
    const QJsonValue roleSlugs = body.value(u"role_slugs"_s);
    const bool hasSlug = !roleSlug.isUndefined() && !roleSlug.isNull();
    const bool hasSlugs = !roleSlugs.isUndefined() && !roleSlugs.isNull();
    if (hasSlug && hasSlugs) {
        errors.add(u"role_slugs"_s, u"role_slug_and_role_slugs_exclusive"_s,
                   u"role_slug and role_slugs cannot be used together."_s);
    } else if (hasSlug) {
        if (!roleSlug.isString() || roleSlug.toString().isEmpty())
            errors.add(u"role_slug"_s, u"role_slug_invalid"_s, u"role_slug must be a non-empty string."_s);
        else
            roles.append(roleSlug.toString());
    } else if (hasSlugs) {
        if (!roleSlugs.isArray()) {
            errors.add(u"role_slugs"_s, u"role_slugs_invalid"_s, u"role_slugs must be an array of strings."_s);
        } else {
            for (const QJsonValue slug : roleSlugs.toArray()) {
                if (!slug.isString() || slug.toString().isEmpty())
                    errors.add(u"role_slugs"_s, u"role_slugs_invalid"_s,
                               u"role_slugs must be an array of strings."_s);
                else if (!roles.contains(slug.toString()))
                    roles.append(slug.toString());
            }
        }
    }
    if (!errors.isEmpty())
        return errors.result();
    if (roles.isEmpty())
        roles.append(m_defaultRole);

    const int user = liveUser(userId.toString());
    if (user < 0)
        return notFound(u"User"_s, userId.toString());
    const int organization = liveOrganization(organizationId.toString());
    if (organization < 0)
        return notFound(u"Organization"_s, organizationId.toString());

    if (roles.size() > 1 && !m_settings.multipleRoles) {
        return ApiResult::error(
            422, u"multiple_roles_not_enabled"_s,
            u"Multiple roles are not enabled for this environment; pass exactly one role slug."_s,
            QJsonArray {QJsonObject {{u"field"_s, u"role_slugs"_s},
                                     {u"code"_s, u"multiple_roles_not_enabled"_s},
                                     {u"message"_s, u"Multiple roles are not enabled."_s}}});
    }
    for (const QString &role : std::as_const(roles)) {
        if (!m_settings.roles.contains(role)) {
            const QString message = u"Role '%1' does not exist; the roles of this environment are: %2."_s
                                        .arg(role, m_settings.roles.join(u", "_s));
            return ApiResult::error(422, u"invalid_role"_s, message,
                                    QJsonArray {QJsonObject {{u"field"_s, hasSlugs ? u"role_slugs"_s : u"role_slug"_s},
                                                             {u"code"_s, u"invalid_role"_s},
                                                             {u"message"_s, message}}});
        }
    }

    const quint64 pair = (quint64(quint32(user)) << 32) | quint32(organization);
    if (const auto it = m_membershipByPair.constFind(pair); it != m_membershipByPair.constEnd()) {
        Membership &existing = m_memberships[it.value()];
        if (existing.status != u"inactive"_s)
            return ApiResult::error(409, u"organization_membership_already_exists"_s,
                                    u"The user is already a member of this organization."_s);
        // WorkOS: a create that matches an inactive membership activates it with the roles given.
        existing.status = u"active"_s;
        existing.roles = roles;
        existing.updatedAt = now();
        return ApiResult::ok(membershipJson(existing), 201);
    }

    Membership membership;
    membership.id = takeId(u"om");
    membership.user = user;
    membership.organization = organization;
    membership.roles = roles;
    membership.createdAt = takeCreatedAt();
    const int index = int(m_memberships.size());
    m_membershipById.insert(membership.id, index);
    m_membershipByPair.insert(pair, index);
    m_membershipsOfUser[membership.user].push_back(index);
    m_membershipsOfOrganization[membership.organization].push_back(index);
    m_memberships.push_back(std::move(membership));
    return ApiResult::ok(membershipJson(m_memberships.back()), 201);
}

ApiResult SandboxStore::getMembership(const QString &id) const
{
    const auto it = m_membershipById.constFind(id);
    if (it == m_membershipById.constEnd() || m_memberships[it.value()].deleted)
        return notFound(u"Organization membership"_s, id);
    return ApiResult::ok(membershipJson(m_memberships[it.value()]));
}

ApiResult SandboxStore::listMemberships(const QueryParams &query) const
{
    const QString userId = query.value(u"user_id"_s);
    const QString organizationId = query.value(u"organization_id"_s);
    if (userId.isEmpty() && organizationId.isEmpty()) {
        return ApiResult::error(
            422, u"invalid_request_parameters"_s, u"Validation failed: user_id or organization_id is required."_s,
            QJsonArray {QJsonObject {{u"field"_s, u"user_id"_s},
                                     {u"code"_s, u"user_id_or_organization_id_required"_s},
                                     {u"message"_s, u"user_id or organization_id is required."_s}}});
    }
    PageQuery page;
    if (auto error = parsePageQuery(query, m_membershipById, page))
        return *error;

    // Active memberships only, unless `statuses` asks for others.
    QString statusFilter = query.value(u"statuses"_s);
    if (statusFilter.isEmpty())
        statusFilter = query.value(u"statuses[]"_s);
    const QStringList wanted = statusFilter.isEmpty() ? QStringList {u"active"_s}
                                                      : statusFilter.split(u',', Qt::SkipEmptyParts);

    static const std::vector<int> none;
    const std::vector<int> *selection = &none;
    std::vector<int> both;
    const int user = liveUser(userId);
    const int organization = liveOrganization(organizationId);
    if (!userId.isEmpty() && !organizationId.isEmpty()) {
        if (user >= 0 && organization >= 0) {
            const auto it = m_membershipByPair.constFind((quint64(quint32(user)) << 32) | quint32(organization));
            if (it != m_membershipByPair.constEnd())
                both.push_back(it.value());
        }
        selection = &both;
    } else if (!userId.isEmpty()) {
        if (user >= 0)
            selection = &m_membershipsOfUser[user];
    } else if (organization >= 0) {
        selection = &m_membershipsOfOrganization[organization];
    }
    return ApiResult::ok(listPage(
        *selection, page, [this, &wanted](int i) { return !m_memberships[i].deleted && wanted.contains(m_memberships[i].status); },
        [this](int i) { return membershipJson(m_memberships[i]); },
        [this](int i) { return m_memberships[i].id; }));
}

QJsonObject SandboxStore::membershipJson(const Membership &membership) const
{
    QJsonArray roles;
    for (const QString &role : membership.roles)
        roles.append(QJsonObject {{u"slug"_s, role}});
    return QJsonObject {
        {u"object"_s, u"organization_membership"_s},
        {u"id"_s, membership.id},
        {u"user_id"_s, m_users[membership.user].id},
        {u"organization_id"_s, m_organizations[membership.organization].id},
        {u"organization_name"_s, m_organizations[membership.organization].name},
        {u"role"_s, QJsonObject {{u"slug"_s, membership.roles.first()}}},
        {u"roles"_s, roles},
        {u"status"_s, membership.status},
        {u"directory_managed"_s, false},
        {u"created_at"_s, membership.createdAt},
        {u"updated_at"_s, membership.updatedAt.isEmpty() ? membership.createdAt : membership.updatedAt},
    };
}

ApiResult SandboxStore::setMembershipActive(const QString &id, bool active)
{
    const auto it = m_membershipById.constFind(id);
    if (it == m_membershipById.constEnd() || m_memberships[it.value()].deleted)
        return notFound(u"Organization membership"_s, id);
    Membership &membership = m_memberships[it.value()];
    const QString status = active ? u"active"_s : u"inactive"_s;
    if (membership.status != status) {
        membership.status = status;
        membership.updatedAt = now();
    }
    return ApiResult::ok(membershipJson(membership));
}

ApiResult SandboxStore::deleteMembership(const QString &id)
{
    const auto it = m_membershipById.constFind(id);
    if (it == m_membershipById.constEnd() || m_memberships[it.value()].deleted)
        return notFound(u"Organization membership"_s, id);
    removeMembership(it.value());
    compactIfSparse();
    return ApiResult::ok({}, 204);
}

} // namespace Sandbox
