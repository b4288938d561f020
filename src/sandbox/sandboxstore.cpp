#include "sandboxstore.h"

#include <model/emailrule.h>

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>

#include <algorithm>
#include <optional>
#include <ranges>
#include <utility>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

// Limits of the WorkOS API (user object docs; the migration tools' README).
constexpr qsizetype MaxExternalIdLength = 128;
constexpr qsizetype MaxMetadataKeys = 50;
constexpr qsizetype MaxMetadataKeyLength = 40;
constexpr qsizetype MaxMetadataValueLength = 600;
constexpr int DefaultListLimit = 10;
constexpr int MaxListLimit = 100;

const QStringList &passwordHashTypes()
{
    static const QStringList types {u"bcrypt"_s, u"firebase-scrypt"_s, u"ssha"_s, u"ssha256"_s,
                                    u"scrypt"_s, u"pbkdf2"_s, u"argon2"_s};
    return types;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// Field validation errors, answered together as one 422 like the API does.
class FieldErrors
{
public:
    void add(const QString &field, const QString &code, const QString &message)
    {
        m_errors.append(QJsonObject {{u"field"_s, field}, {u"code"_s, code}, {u"message"_s, message}});
        m_messages.append(message);
    }
    bool isEmpty() const { return m_errors.isEmpty(); }
    ApiResult result() const
    {
        return ApiResult::error(422, u"invalid_request_parameters"_s,
                                u"Validation failed: "_s + m_messages.join(u' '), m_errors);
    }

private:
    QJsonArray m_errors;
    QStringList m_messages;
};

// The email rule WorkOS applies, shared with the CSV validator (src/core/model/emailrule.h),
// so a file that passes the check is never refused here for its emails.
bool isValidEmail(QStringView email)
{
    return Model::checkEmailSyntax(email) == Model::EmailProblem::None;
}

bool isValidDomain(QStringView domain)
{
    return isValidEmail(QString(u"x@"_s + domain.toString()));
}

// Optional string field: absent/null is fine; anything else must be a string.
std::optional<QJsonValue> optionalString(const QJsonObject &body, const QString &field,
                                         FieldErrors &errors)
{
    const QJsonValue value = body.value(field);
    if (value.isUndefined() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    if (!value.isString()) {
        errors.add(field, field + u"_string_required"_s, field + u" must be a string."_s);
        return std::nullopt;
    }
    return value;
}

void validateExternalId(const QJsonValue &externalId, FieldErrors &errors)
{
    if (!externalId.isString())
        return;
    const QString text = externalId.toString();
    if (text.isEmpty())
        errors.add(u"external_id"_s, u"external_id_invalid"_s, u"external_id must not be empty."_s);
    else if (text.size() > MaxExternalIdLength)
        errors.add(u"external_id"_s, u"external_id_too_long"_s,
                   u"external_id must be at most %1 characters."_s.arg(MaxExternalIdLength));
}

// metadata: an object of at most 50 string values, keys up to 40 characters, values up to
// 600 characters (WorkOS metadata limits).
QJsonObject validateMetadata(const QJsonObject &body, FieldErrors &errors)
{
    const QJsonValue value = body.value(u"metadata"_s);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isObject()) {
        errors.add(u"metadata"_s, u"metadata_invalid"_s, u"metadata must be a JSON object."_s);
        return {};
    }
    const QJsonObject metadata = value.toObject();
    if (metadata.size() > MaxMetadataKeys) {
        errors.add(u"metadata"_s, u"metadata_too_many_keys"_s,
                   u"metadata may have at most %1 keys; it has %2."_s.arg(MaxMetadataKeys)
                       .arg(metadata.size()));
    }
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (it.key().isEmpty() || it.key().size() > MaxMetadataKeyLength) {
            errors.add(u"metadata"_s, u"metadata_key_invalid"_s,
                       u"metadata key \"%1\" must be 1 to %2 characters long."_s
                           .arg(it.key().left(60)).arg(MaxMetadataKeyLength));
        }
        if (!it.value().isString()) {
            errors.add(u"metadata"_s, u"metadata_value_invalid"_s,
                       u"metadata value of \"%1\" must be a string."_s.arg(it.key().left(60)));
        } else if (it.value().toString().size() > MaxMetadataValueLength) {
            errors.add(u"metadata"_s, u"metadata_value_too_long"_s,
                       u"metadata value of \"%1\" must be at most %2 characters."_s
                           .arg(it.key().left(60)).arg(MaxMetadataValueLength));
        }
    }
    return metadata;
}

ApiResult notFound(const QString &entity, const QString &id)
{
    ApiResult result = ApiResult::error(404, u"entity_not_found"_s,
                                        u"%1 not found: '%2'."_s.arg(entity, id));
    result.body.insert(u"entity_id"_s, id);
    return result;
}

// ---- list paging -------------------------------------------------------------------------

struct PageQuery
{
    int limit = DefaultListLimit;
    bool descending = true; // the API lists newest first unless order=asc
    int after = -1;         // creation index of the `after` cursor
    int before = -1;        // creation index of the `before` cursor
};

std::optional<ApiResult> parsePageQuery(const QueryParams &query, const QHash<QString, int> &ids,
                                        PageQuery &page)
{
    FieldErrors errors;
    if (query.contains(u"limit"_s)) {
        bool ok = false;
        page.limit = query.value(u"limit"_s).toInt(&ok);
        if (!ok || page.limit < 1 || page.limit > MaxListLimit)
            errors.add(u"limit"_s, u"limit_invalid"_s,
                       u"limit must be a number from 1 to %1."_s.arg(MaxListLimit));
    }
    const QString order = query.value(u"order"_s, u"desc"_s);
    if (order == "asc"_L1)
        page.descending = false;
    else if (order != "desc"_L1 && order != "normal"_L1)
        errors.add(u"order"_s, u"order_invalid"_s, u"order must be asc or desc."_s);
    for (const auto &[name, target] : {std::pair {u"after"_s, &page.after},
                                       std::pair {u"before"_s, &page.before}}) {
        const QString cursor = query.value(name);
        if (cursor.isEmpty())
            continue;
        const auto it = ids.constFind(cursor);
        if (it == ids.constEnd())
            errors.add(name, u"cursor_invalid"_s, u"%1 cursor '%2' does not exist."_s.arg(name, cursor));
        else
            *target = it.value();
    }
    if (!errors.isEmpty())
        return errors.result();
    return std::nullopt;
}

// One page of seq (ascending creation indices), as a WorkOS list object. Cursors are ids of
// items; list_metadata.before is the first item's id when earlier items exist, after the
// last item's id when more follow. Items for which alive() is false (deleted) are skipped;
// a cursor may name a deleted item and still marks its position.
template <typename Seq, typename Alive, typename ToJson, typename IdOf>
QJsonObject listPage(const Seq &seq, const PageQuery &page, Alive alive, ToJson toJson, IdOf idOf)
{
    const qsizetype n = qsizetype(std::ranges::size(seq));
    const auto lower = [&](int c) { return qsizetype(std::ranges::lower_bound(seq, c) - std::ranges::begin(seq)); };
    const auto upper = [&](int c) { return qsizetype(std::ranges::upper_bound(seq, c) - std::ranges::begin(seq)); };
    const auto at = [&](qsizetype viewIndex) {
        return int(seq[page.descending ? n - 1 - viewIndex : viewIndex]);
    };
    const auto anyAlive = [&](qsizetype from, qsizetype to, qsizetype step) {
        for (qsizetype i = from; i != to; i += step)
            if (alive(at(i)))
                return true;
        return false;
    };
    std::vector<int> items;
    bool earlier = false;
    bool more = false;
    if (page.after < 0 && page.before >= 0) {
        const qsizetype end = page.descending ? n - upper(page.before) : lower(page.before);
        qsizetype i = end - 1;
        for (; i >= 0 && qsizetype(items.size()) < page.limit; --i)
            if (alive(at(i)))
                items.push_back(at(i));
        std::ranges::reverse(items);
        earlier = i >= 0 && anyAlive(i, -1, -1);
        more = anyAlive(end, n, 1);
    } else {
        qsizetype start = 0;
        if (page.after >= 0)
            start = page.descending ? n - lower(page.after) : upper(page.after);
        qsizetype i = start;
        for (; i < n && qsizetype(items.size()) < page.limit; ++i)
            if (alive(at(i)))
                items.push_back(at(i));
        more = anyAlive(i, n, 1);
        earlier = start > 0 && anyAlive(start - 1, -1, -1);
    }
    QJsonArray data;
    for (const int item : items)
        data.append(toJson(item));
    QJsonObject metadata {{u"before"_s, QJsonValue::Null}, {u"after"_s, QJsonValue::Null}};
    if (!items.empty()) {
        if (earlier)
            metadata.insert(u"before"_s, idOf(items.front()));
        if (more)
            metadata.insert(u"after"_s, idOf(items.back()));
    }
    return QJsonObject {{u"object"_s, u"list"_s}, {u"data"_s, data}, {u"list_metadata"_s, metadata}};
}

// The password fields of POST and PUT /user_management/users: password, or password_hash with
// password_hash_type (one of WorkOS's types); never both. Checked, then dropped by the caller.
void validatePassword(const QJsonObject &body, FieldErrors &errors)
{
    const auto password = optionalString(body, u"password"_s, errors);
    const auto hash = optionalString(body, u"password_hash"_s, errors);
    const auto hashType = optionalString(body, u"password_hash_type"_s, errors);
    const bool hasPassword = password && password->isString();
    const bool hasHash = hash && hash->isString();
    const bool hasHashType = hashType && hashType->isString();
    if (hasPassword && password->toString().isEmpty())
        errors.add(u"password"_s, u"password_invalid"_s, u"password must not be empty."_s);
    if (hasPassword && (hasHash || hasHashType))
        errors.add(u"password"_s, u"password_and_password_hash_exclusive"_s,
                   u"password cannot be combined with password_hash or password_hash_type."_s);
    if (hasHash && hash->toString().isEmpty())
        errors.add(u"password_hash"_s, u"password_hash_invalid"_s, u"password_hash must not be empty."_s);
    if (hasHash && !hasHashType)
        errors.add(u"password_hash_type"_s, u"password_hash_type_required"_s,
                   u"password_hash_type is required with password_hash."_s);
    if (hasHashType && !hasHash)
        errors.add(u"password_hash"_s, u"password_hash_required"_s,
                   u"password_hash is required with password_hash_type."_s);
    if (hasHashType && !passwordHashTypes().contains(hashType->toString()))
        errors.add(u"password_hash_type"_s, u"password_hash_type_invalid"_s,
                   u"password_hash_type must be one of %1."_s.arg(passwordHashTypes().join(u", "_s)));
}

} // namespace

SandboxStore::SandboxStore(const Settings &settings)
    : m_settings(settings)
    , m_ids(settings.seed)
{
    m_defaultRole = m_settings.roles.contains(u"member"_s) || m_settings.roles.isEmpty()
        ? u"member"_s
        : m_settings.roles.first();
}

// ---- users -------------------------------------------------------------------------------

ApiResult SandboxStore::createUser(const QJsonObject &body)
{
    FieldErrors errors;
    const QJsonValue emailValue = body.value(u"email"_s);
    QString email;
    if (!emailValue.isString() || emailValue.toString().isEmpty()) {
        errors.add(u"email"_s, u"email_required"_s, u"email is required and must be a string."_s);
    } else {
        email = emailValue.toString();
        if (!isValidEmail(email))
            errors.add(u"email"_s, u"email_invalid"_s, u"email is not a valid email address."_s);
    }

    validatePassword(body, errors);

    const auto firstName = optionalString(body, u"first_name"_s, errors);
    const auto lastName = optionalString(body, u"last_name"_s, errors);
    const QJsonValue verified = body.value(u"email_verified"_s);
    if (!verified.isUndefined() && !verified.isNull() && !verified.isBool())
        errors.add(u"email_verified"_s, u"email_verified_boolean_required"_s,
                   u"email_verified must be true or false."_s);
    const auto externalId = optionalString(body, u"external_id"_s, errors);
    if (externalId)
        validateExternalId(*externalId, errors);
    QJsonObject metadata = validateMetadata(body, errors);
    if (!errors.isEmpty())
        return errors.result();

    // Uniqueness: the email in any letter case, then the external id.
    const QString emailKey = email.toLower();
    if (m_userByEmail.contains(emailKey)) {
        return ApiResult::error(
            400, u"user_creation_error"_s, u"Could not create user."_s,
            QJsonArray {QJsonObject {{u"code"_s, u"email_not_available"_s},
                                     {u"message"_s, u"This email is not available."_s}}});
    }
    if (externalId->isString() && m_userByExternalId.contains(externalId->toString())) {
        return ApiResult::error(
            400, u"external_id_already_used"_s,
            u"The external_id provided has already been assigned to another user."_s,
            QJsonArray {QJsonObject {{u"field"_s, u"external_id"_s},
                                     {u"code"_s, u"external_id_already_used"_s},
                                     {u"message"_s, u"The external_id provided has already been assigned to another user."_s}}});
    }

    User user;
    user.id = takeId(u"user");
    user.email = email;
    user.firstName = *firstName;
    user.lastName = *lastName;
    user.emailVerified = verified.toBool(false);
    user.externalId = *externalId;
    user.metadata = std::move(metadata);
    user.createdAt = takeCreatedAt();
    // The password or hash is checked above and then dropped: the sandbox never keeps it.

    const int index = int(m_users.size());
    m_userById.insert(user.id, index);
    m_userByEmail.insert(emailKey, index);
    if (user.externalId.isString())
        m_userByExternalId.insert(user.externalId.toString(), index);
    m_users.push_back(std::move(user));
    m_membershipsOfUser.emplace_back();
    return ApiResult::ok(userJson(m_users.back()), 201);
}

int SandboxStore::liveUser(const QString &id) const
{
    const int index = m_userById.value(id, -1);
    return index >= 0 && !m_users[index].deleted ? index : -1;
}

int SandboxStore::liveOrganization(const QString &id) const
{
    const int index = m_organizationById.value(id, -1);
    return index >= 0 && !m_organizations[index].deleted ? index : -1;
}

ApiResult SandboxStore::getUser(const QString &id) const
{
    const int index = liveUser(id);
    if (index < 0)
        return notFound(u"User"_s, id);
    return ApiResult::ok(userJson(m_users[index]));
}

ApiResult SandboxStore::getUserByExternalId(const QString &externalId) const
{
    const auto it = m_userByExternalId.constFind(externalId);
    if (it == m_userByExternalId.constEnd())
        return notFound(u"User"_s, externalId);
    return ApiResult::ok(userJson(m_users[it.value()]));
}

ApiResult SandboxStore::listUsers(const QueryParams &query) const
{
    PageQuery page;
    if (auto error = parsePageQuery(query, m_userById, page))
        return *error;
    const auto toJson = [this](int i) { return userJson(m_users[i]); };
    const auto idOf = [this](int i) { return m_users[i].id; };
    const auto alive = [this](int i) { return !m_users[i].deleted; };

    std::vector<int> selection;
    bool filtered = false;
    if (query.contains(u"email"_s)) {
        filtered = true;
        const auto it = m_userByEmail.constFind(query.value(u"email"_s).toLower());
        if (it != m_userByEmail.constEnd())
            selection.push_back(it.value());
    }
    if (query.contains(u"organization_id"_s)) {
        const int org = liveOrganization(query.value(u"organization_id"_s));
        std::vector<int> members;
        if (org >= 0) {
            for (const int m : m_membershipsOfOrganization[org])
                if (!m_memberships[m].deleted)
                    members.push_back(m_memberships[m].user);
            std::ranges::sort(members);
        }
        if (filtered) {
            std::vector<int> both;
            std::ranges::set_intersection(selection, members, std::back_inserter(both));
            selection = std::move(both);
        } else {
            selection = std::move(members);
        }
        filtered = true;
    }
    if (filtered)
        return ApiResult::ok(listPage(selection, page, alive, toJson, idOf));
    return ApiResult::ok(listPage(std::views::iota(0, int(m_users.size())), page, alive, toJson, idOf));
}

QJsonObject SandboxStore::userJson(const User &user) const
{
    return QJsonObject {
        {u"object"_s, u"user"_s},
        {u"id"_s, user.id},
        {u"email"_s, user.email},
        {u"first_name"_s, user.firstName},
        {u"last_name"_s, user.lastName},
        {u"email_verified"_s, user.emailVerified},
        {u"profile_picture_url"_s, QJsonValue::Null},
        {u"last_sign_in_at"_s, QJsonValue::Null},
        {u"external_id"_s, user.externalId},
        {u"metadata"_s, user.metadata},
        {u"created_at"_s, user.createdAt},
        {u"updated_at"_s, user.createdAt},
    };
}

// ---- organizations -----------------------------------------------------------------------

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

// ---- organization memberships ------------------------------------------------------------

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

// ---- inspection --------------------------------------------------------------------------

QJsonObject SandboxStore::state() const
{
    QJsonArray users;
    for (const User &user : m_users)
        if (!user.deleted)
            users.append(userJson(user));
    QJsonArray organizations;
    for (const Organization &organization : m_organizations)
        if (!organization.deleted)
            organizations.append(organizationJson(organization));
    QJsonArray memberships;
    for (const Membership &membership : m_memberships)
        if (!membership.deleted)
            memberships.append(membershipJson(membership));
    return QJsonObject {
        {u"users"_s, users},
        {u"organizations"_s, organizations},
        {u"organization_memberships"_s, memberships},
        {u"counts"_s, QJsonObject {{u"users"_s, qint64(userCount())},
                                   {u"organizations"_s, qint64(organizationCount())},
                                   {u"organization_memberships"_s, qint64(membershipCount())}}},
    };
}

QString SandboxStore::takeId(QStringView prefix)
{
    return m_replayId.isEmpty() ? m_ids.next(prefix) : std::exchange(m_replayId, QString());
}

QString SandboxStore::takeCreatedAt()
{
    return m_replayCreatedAt.isEmpty() ? now() : std::exchange(m_replayCreatedAt, QString());
}

void SandboxStore::clear()
{
    for (auto it = m_createdRoles.cbegin(); it != m_createdRoles.cend(); ++it)
        m_settings.roles.removeAll(it.key());
    m_createdRoles.clear();
    m_users.clear();
    m_userById.clear();
    m_userByEmail.clear();
    m_userByExternalId.clear();
    m_organizations.clear();
    m_organizationById.clear();
    m_organizationByExternalId.clear();
    m_memberships.clear();
    m_membershipById.clear();
    m_membershipByPair.clear();
    m_membershipsOfUser.clear();
    m_membershipsOfOrganization.clear();
    m_deadUsers = m_deadOrganizations = m_deadMemberships = 0;
}

// ---- update ------------------------------------------------------------------------------

ApiResult SandboxStore::updateUser(const QString &id, const QJsonObject &body)
{
    const int index = liveUser(id);
    if (index < 0)
        return notFound(u"User"_s, id);
    FieldErrors errors;
    const auto firstName = optionalString(body, u"first_name"_s, errors);
    const auto lastName = optionalString(body, u"last_name"_s, errors);
    const QJsonValue verified = body.value(u"email_verified"_s);
    if (!verified.isUndefined() && !verified.isNull() && !verified.isBool())
        errors.add(u"email_verified"_s, u"email_verified_boolean_required"_s, u"email_verified must be true or false."_s);
    const auto externalId = optionalString(body, u"external_id"_s, errors);
    if (externalId)
        validateExternalId(*externalId, errors);
    QJsonObject metadata = validateMetadata(body, errors);
    // A new password or hash, with the rules of a create; checked and dropped (never kept).
    validatePassword(body, errors);
    if (!errors.isEmpty())
        return errors.result();
    User &user = m_users[index];
    if (body.contains(u"external_id"_s) && externalId->isString() && externalId->toString() != user.externalId.toString()
        && m_userByExternalId.contains(externalId->toString()))
        return ApiResult::error(400, u"external_id_already_used"_s,
                                u"The external_id provided has already been assigned to another user."_s);
    if (body.contains(u"first_name"_s))
        user.firstName = *firstName;
    if (body.contains(u"last_name"_s))
        user.lastName = *lastName;
    if (verified.isBool())
        user.emailVerified = verified.toBool();
    if (body.contains(u"external_id"_s)) {
        if (user.externalId.isString())
            m_userByExternalId.remove(user.externalId.toString());
        user.externalId = *externalId;
        if (user.externalId.isString())
            m_userByExternalId.insert(user.externalId.toString(), index);
    }
    if (body.contains(u"metadata"_s))
        user.metadata = std::move(metadata);
    return ApiResult::ok(userJson(user));
}

// ---- deletes -----------------------------------------------------------------------------

void SandboxStore::removeMembership(int index)
{
    Membership &membership = m_memberships[index];
    if (membership.deleted)
        return;
    membership.deleted = true;
    ++m_deadMemberships;
    m_membershipByPair.remove((quint64(quint32(membership.user)) << 32) | quint32(membership.organization));
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

ApiResult SandboxStore::deleteUser(const QString &id)
{
    const int index = liveUser(id);
    if (index < 0)
        return notFound(u"User"_s, id);
    User &user = m_users[index];
    user.deleted = true;
    ++m_deadUsers;
    // The email and the external id may be used again at once.
    m_userByEmail.remove(user.email.toLower());
    if (user.externalId.isString())
        m_userByExternalId.remove(user.externalId.toString());
    for (const int m : m_membershipsOfUser[index])
        removeMembership(m);
    compactIfSparse();
    return ApiResult::ok({}, 204);
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

// Rebuilds every vector and index without the tombstones once they are the majority, so
// that lists never walk long runs of deleted objects. Creation order (and so paging order)
// is kept; cursors naming deleted objects stop working afterwards.
void SandboxStore::compactIfSparse()
{
    const qsizetype dead = m_deadUsers + m_deadOrganizations + m_deadMemberships;
    const qsizetype all = qsizetype(m_users.size() + m_organizations.size() + m_memberships.size());
    if (dead < 4096 || dead * 2 < all)
        return;
    std::vector<User> users = std::exchange(m_users, {});
    std::vector<Organization> organizations = std::exchange(m_organizations, {});
    std::vector<Membership> memberships = std::exchange(m_memberships, {});
    clear();
    std::vector<int> userIndex(users.size(), -1);
    for (std::size_t i = 0; i < users.size(); ++i) {
        if (users[i].deleted)
            continue;
        const int index = int(m_users.size());
        userIndex[i] = index;
        m_userById.insert(users[i].id, index);
        m_userByEmail.insert(users[i].email.toLower(), index);
        if (users[i].externalId.isString())
            m_userByExternalId.insert(users[i].externalId.toString(), index);
        m_users.push_back(std::move(users[i]));
        m_membershipsOfUser.emplace_back();
    }
    std::vector<int> organizationIndex(organizations.size(), -1);
    for (std::size_t i = 0; i < organizations.size(); ++i) {
        if (organizations[i].deleted)
            continue;
        const int index = int(m_organizations.size());
        organizationIndex[i] = index;
        m_organizationById.insert(organizations[i].id, index);
        if (organizations[i].externalId.isString())
            m_organizationByExternalId.insert(organizations[i].externalId.toString(), index);
        m_organizations.push_back(std::move(organizations[i]));
        m_membershipsOfOrganization.emplace_back();
    }
    for (Membership &membership : memberships) {
        if (membership.deleted)
            continue;
        membership.user = userIndex[std::size_t(membership.user)];
        membership.organization = organizationIndex[std::size_t(membership.organization)];
        const int index = int(m_memberships.size());
        m_membershipById.insert(membership.id, index);
        m_membershipByPair.insert((quint64(quint32(membership.user)) << 32) | quint32(membership.organization), index);
        m_membershipsOfUser[std::size_t(membership.user)].push_back(index);
        m_membershipsOfOrganization[std::size_t(membership.organization)].push_back(index);
        m_memberships.push_back(std::move(membership));
    }
}

} // namespace Sandbox
