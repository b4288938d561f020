// WorkOsClient: the WorkOS operations on users (see workosclient.h). Each builds
// a Request, sends it through the transport (workosclient_transport.cpp) and reads the answer.
#include "workosclient.h"

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>

#include "workosclient_p.h"

using namespace Qt::StringLiterals;

namespace Api {

using namespace ClientDetail;

QCoro::Task<Result<User>> WorkOsClient::createUser(NewUser user, QByteArray idempotencyKey)
{
    Request request {"POST"_ba, u"/user_management/users"_s, {},
                     QJsonDocument(user.toJson()).toJson(QJsonDocument::Compact), m_config.retryPolicy.maxRetries};
    request.idempotencyKey = idempotencyKey;
    co_return objectFrom<User>(co_await send(std::move(request)), u"the created user has no id"_s);
}

QCoro::Task<Result<User>> WorkOsClient::getUser(QString id)
{
    if (id.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"getUser() needs an id"_s);
    Request request {"GET"_ba, u"/user_management/users/"_s + segment(id), {}, {}, m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    std::optional<User> user = User::fromJson(result.value());
    if (!user || user->id != id)
        co_return invalidResponse(u"the user read by id has another id"_s);
    co_return *std::move(user);
}

QCoro::Task<Result<User>> WorkOsClient::updateUser(QString id, QJsonObject fields)
{
    if (id.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"updateUser() needs an id"_s);
    Request request {"PUT"_ba, u"/user_management/users/"_s + segment(id), {},
                     QJsonDocument(fields).toJson(QJsonDocument::Compact), m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    std::optional<User> user = User::fromJson(result.value());
    if (!user || user->id != id)
        co_return invalidResponse(u"the updated user has another id"_s);
    co_return *std::move(user);
}

QCoro::Task<Result<std::optional<User>>> WorkOsClient::findUserByEmail(QString email)
{
    Request request {"GET"_ba, u"/user_management/users"_s, queryItem("email"_L1, email) + u"&limit=10"_s, {},
                     m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (!result)
        co_return result.error();
    // Take only a user whose email matches (in any letter case): a server that ignored the
    // filter must not make us attach memberships to somebody else.
    const QJsonArray data = result.value().value("data"_L1).toArray();
    for (const QJsonValue &item : data) {
        std::optional<User> user = User::fromJson(item.toObject());
        if (user && user->email.compare(email, Qt::CaseInsensitive) == 0)
            co_return std::optional<User>(std::move(user));
    }
    co_return std::optional<User>();
}

QCoro::Task<Result<std::optional<User>>> WorkOsClient::findUserByExternalId(QString externalId)
{
    if (externalId.isEmpty())
        co_return ApiError(ApiError::Kind::Internal, u"findUserByExternalId() needs an external id"_s);
    Request request {"GET"_ba, u"/user_management/users/external_id/"_s + segment(externalId), {}, {},
                     m_config.retryPolicy.maxRetries};
    const Result<QJsonObject> result = co_await send(std::move(request));
    if (result.hasError(ApiError::Kind::NotFound))
        co_return std::optional<User>();
    if (!result)
        co_return result.error();
    std::optional<User> user = User::fromJson(result.value());
    if (!user)
        co_return invalidResponse(u"the user has no id"_s);
    // Only a user that really carries this external id (a server that ignored the path must
    // not make us take somebody else).
    if (user->externalId != externalId)
        co_return std::optional<User>();
    co_return std::optional<User>(std::move(user));
}

QCoro::Task<Result<Page<User>>> WorkOsClient::listUsers(UserFilter filter, PageRequest page)
{
    QStringList filters;
    if (!filter.email.isEmpty())
        filters.append(queryItem("email"_L1, filter.email));
    if (!filter.organizationId.isEmpty())
        filters.append(queryItem("organization_id"_L1, filter.organizationId));
    co_return pageFrom<User>(co_await getPage(u"/user_management/users"_s, filters, page),
                             u"a listed user has no id"_s);
}

QCoro::Task<Result<void>> WorkOsClient::deleteUser(QString id)
{
    co_return co_await deleteObject(u"/user_management/users/"_s, std::move(id));
}

} // namespace Api
