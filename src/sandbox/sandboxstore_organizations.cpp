// SandboxStore: organizations (POST, GET, list, DELETE /organizations).
#include "sandboxstore.h"
#include "sandboxstore_p.h"

using namespace Qt::StringLiterals;

namespace Sandbox {

using namespace StoreDetail;

ApiResult SandboxStore::createOrganization(const QJsonObject &body)
{
    FieldErrors errors;
    const QJsonValue name = body.value(u"name"_s);
    if (!name.isString() || name.toString().trimmed().isEmpty())
        errors.add(u"name"_s, u"name_required"_s, u"name is required and must be a non-empty string."_s);
    const auto externalId = optionalString(body, u"external_id"_s, errors);
    if (externalId)
        validateExternalId(*externalId, errors);
    QJsonObject metadata = validateMetadata(body, errors);
    const QJsonValue allowOutside = body.value(u"allow_profiles_outside_organization"_s);
    if (!allowOutside.isUndefined() && !allowOutside.isNull() && !allowOutside.isBool())
        errors.add(u"allow_profiles_outside_organization"_s, u"boolean_required"_s,
                   u"allow_profiles_outside_organization must be true or false."_s);

    // domain_data: [{domain, state}] (current API); domains: ["a.com"] (older API).
    std::vector<std::pair<QString, QString>> domains;
    const QJsonValue domainData = body.value(u"domain_data"_s);
    const QJsonValue legacyDomains = body.value(u"domains"_s);
    if (domainData.isArray()) {
        for (const QJsonValue entry : domainData.toArray()) {
            const QJsonObject object = entry.toObject();
            const QString domain = object.value(u"domain"_s).toString();
            const QString state = object.value(u"state"_s).toString(u"pending"_s);
            if (!isValidDomain(domain))
                errors.add(u"domain_data"_s, u"domain_invalid"_s, u"'%1' is not a valid domain."_s.arg(domain));
            else if (state != "pending"_L1 && state != "verified"_L1)
                errors.add(u"domain_data"_s, u"domain_state_invalid"_s,
                           u"domain state must be pending or verified."_s);
            else
                domains.emplace_back(domain.toLower(), state);
        }
    } else if (!domainData.isUndefined() && !domainData.isNull()) {
        errors.add(u"domain_data"_s, u"domain_data_invalid"_s, u"domain_data must be an array."_s);
    }
    if (legacyDomains.isArray()) {
        for (const QJsonValue entry : legacyDomains.toArray()) {
            const QString domain = entry.toString();
            if (!isValidDomain(domain))
                errors.add(u"domains"_s, u"domain_invalid"_s, u"'%1' is not a valid domain."_s.arg(domain));
            else
                domains.emplace_back(domain.toLower(), u"pending"_s);
        }
    } else if (!legacyDomains.isUndefined() && !legacyDomains.isNull()) {
        errors.add(u"domains"_s, u"domains_invalid"_s, u"domains must be an array of strings."_s);
    }
    if (!errors.isEmpty())
        return errors.result();

    if (externalId->isString() && m_organizationByExternalId.contains(externalId->toString())) {
        return ApiResult::error(
            400, u"external_id_already_used"_s,
            u"The external_id provided has already been assigned to another organization."_s,
            QJsonArray {QJsonObject {{u"field"_s, u"external_id"_s},
                                     {u"code"_s, u"external_id_already_used"_s},
                                     {u"message"_s, u"The external_id provided has already been assigned to another organization."_s}}});
    }

    Organization organization;
    organization.id = takeId(u"org");
    organization.name = name.toString();
    organization.allowProfilesOutsideOrganization = allowOutside.toBool(false);
    for (auto &[domain, state] : domains)
        organization.domains.push_back(Domain {m_ids.next(u"org_domain"), domain, state});
    organization.externalId = *externalId;
    organization.metadata = std::move(metadata);
    organization.createdAt = takeCreatedAt();

    const int index = int(m_organizations.size());
    m_organizationById.insert(organization.id, index);
    if (organization.externalId.isString())
        m_organizationByExternalId.insert(organization.externalId.toString(), index);
    m_organizations.push_back(std::move(organization));
    m_membershipsOfOrganization.emplace_back();
    return ApiResult::ok(organizationJson(m_organizations.back()), 201);
}

ApiResult SandboxStore::getOrganization(const QString &id) const
{
    const int index = liveOrganization(id);
    if (index < 0)
        return notFound(u"Organization"_s, id);
    return ApiResult::ok(organizationJson(m_organizations[index]));
}

ApiResult SandboxStore::getOrganizationByExternalId(const QString &externalId) const
{
    const auto it = m_organizationByExternalId.constFind(externalId);
    if (it == m_organizationByExternalId.constEnd())
        return notFound(u"Organization"_s, externalId);
    return ApiResult::ok(organizationJson(m_organizations[it.value()]));
}

ApiResult SandboxStore::listOrganizations(const QueryParams &query) const
{
    PageQuery page;
    if (auto error = parsePageQuery(query, m_organizationById, page))
        return *error;
    return ApiResult::ok(listPage(
        std::views::iota(0, int(m_organizations.size())), page,
        [this](int i) { return !m_organizations[i].deleted; },
        [this](int i) { return organizationJson(m_organizations[i]); },
        [this](int i) { return m_organizations[i].id; }));
}

QJsonObject SandboxStore::organizationJson(const Organization &organization) const
{
    QJsonArray domains;
    for (const Domain &domain : organization.domains) {
        domains.append(QJsonObject {{u"object"_s, u"organization_domain"_s},
                                    {u"id"_s, domain.id},
                                    {u"domain"_s, domain.domain},
                                    {u"state"_s, domain.state},
                                    {u"organization_id"_s, organization.id}});
    }
    return QJsonObject {
        {u"object"_s, u"organization"_s},
        {u"id"_s, organization.id},
        {u"name"_s, organization.name},
        {u"allow_profiles_outside_organization"_s, organization.allowProfilesOutsideOrganization},
        {u"domains"_s, domains},
        {u"external_id"_s, organization.externalId},
        {u"metadata"_s, organization.metadata},
        {u"created_at"_s, organization.createdAt},
        {u"updated_at"_s, organization.createdAt},
    };
}

ApiResult SandboxStore::deleteOrganization(const QString &id)
{
    const int index = liveOrganization(id);
    if (index < 0)
        return notFound(u"Organization"_s, id);
    Organization &organization = m_organizations[index];
    organization.deleted = true;
    ++m_deadOrganizations;
    if (organization.externalId.isString())
        m_organizationByExternalId.remove(organization.externalId.toString());
    for (const int m : m_membershipsOfOrganization[index])
        removeMembership(m);
    compactIfSparse();
    return ApiResult::ok({}, 204);
}

} // namespace Sandbox
