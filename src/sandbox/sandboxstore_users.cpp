// SandboxStore: users (POST, GET, list, PUT, DELETE /user_management/users).
#include "sandboxstore.h"
#include "sandboxstore_p.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace Sandbox {

using namespace StoreDetail;

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

} // namespace Sandbox
