#include "passwordsignin.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QRandomGenerator>

#include <openssl/crypto.h>

using namespace Qt::StringLiterals;

namespace Sandbox {

namespace {

ApiResult invalidCredentials()
{
    return ApiResult::error(400, u"invalid_credentials"_s, u"Invalid credentials."_s);
}

QString randomToken(const char *prefix)
{
    QByteArray bytes(24, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(prefix) + QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

bool PasswordSignIn::isAuthenticateRequest(const QByteArray &method, const QByteArray &path)
{
    QByteArrayView p(path);
    while (p.size() > 1 && p.endsWith('/'))
        p.chop(1);
    return method == "POST" && p == "/user_management/authenticate";
}

void PasswordSignIn::rememberFrom(const QString &userId, const QString &email, const QJsonObject &body)
{
    Credential c;
    c.userId = userId;
    if (body.value(u"password"_s).isString() && !body.value(u"password"_s).toString().isEmpty()) {
        c.hash = body.value(u"password"_s).toString();
    } else if (body.value(u"password_hash"_s).isString()) {
        c.hash = body.value(u"password_hash"_s).toString();
        c.hashType = body.value(u"password_hash_type"_s).toString();
        c.position = Passwords::saltPositionFromName(body.value(u"password_salt_position"_s).toString())
                         .value_or(Passwords::SaltPosition::Suffix);
    } else {
        return;
    }
    m_byEmail.insert(email.toLower(), c);
}

void PasswordSignIn::observe(Route route, const QString &parameter, const QJsonObject &requestBody, const ApiResult &result)
{
    if (result.status < 200 || result.status >= 300)
        return;
    switch (route) {
    case Route::CreateUser:
        rememberFrom(result.body.value(u"id"_s).toString(), result.body.value(u"email"_s).toString(), requestBody);
        break;
    case Route::UpdateUser: {
        const QString email = result.body.value(u"email"_s).toString().toLower();
        // An email change moves the credential; a new password replaces it.
        for (auto it = m_byEmail.begin(); it != m_byEmail.end(); ++it) {
            if (it.value().userId == parameter && it.key() != email) {
                const Credential moved = it.value();
                m_byEmail.erase(it);
                m_byEmail.insert(email, moved);
                break;
            }
        }
        rememberFrom(parameter, email, requestBody);
        break;
    }
    case Route::DeleteUser:
        for (auto it = m_byEmail.begin(); it != m_byEmail.end();) {
            if (it.value().userId == parameter)
                it = m_byEmail.erase(it);
            else
                ++it;
        }
        break;
    default:
        break;
    }
}

void PasswordSignIn::clear()
{
    m_byEmail.clear();
    m_attempts.clear();
}

PasswordSignIn::Answer PasswordSignIn::authenticate(const QByteArray &body, const QSet<QByteArray> &keys, qint64 nowMs,
                                                    const std::function<QJsonObject(const QString &)> &user)
{
    Answer answer;
    const QJsonObject in = QJsonDocument::fromJson(body).object();
    if (in.value(u"grant_type"_s).toString() != u"password"_s) {
        answer.result = ApiResult::error(400, u"invalid_request"_s,
                                         u"This sandbox signs in with grant_type \"password\" only."_s);
        return answer;
    }
    const QString clientId = in.value(u"client_id"_s).toString();
    const QString email = in.value(u"email"_s).toString().trimmed();
    const QString password = in.value(u"password"_s).toString();
    if (clientId.isEmpty() || email.isEmpty() || password.isEmpty()) {
        answer.result = ApiResult::error(400, u"invalid_request"_s, u"client_id, email and password are required."_s);
        return answer;
    }
    // The API key is the client secret; it is compared, never echoed.
    if (!keys.contains(in.value(u"client_secret"_s).toString().toUtf8())) {
        answer.result = ApiResult::error(401, u"invalid_client"_s, u"Invalid client secret."_s);
        return answer;
    }

    // 10 attempts per 60 s per email, successful or not.
    const QString key = email.toLower();
    QList<qint64> &times = m_attempts[key];
    while (!times.isEmpty() && times.first() <= nowMs - WindowMs)
        times.removeFirst();
    if (times.size() >= AttemptsPerWindow) {
        answer.retryAfterSeconds = int((times.first() + WindowMs - nowMs + 999) / 1000);
        answer.result = ApiResult::error(429, u"rate_limit_exceeded"_s,
                                         u"Too many sign-in attempts for this email: at most %1 per %2 seconds. Retry after %3 seconds."_s
                                             .arg(AttemptsPerWindow).arg(WindowMs / 1000).arg(answer.retryAfterSeconds));
        return answer;
    }
    times.append(nowMs);

    const auto it = m_byEmail.constFind(key);
    if (it == m_byEmail.constEnd()) {
        answer.result = invalidCredentials();
        return answer;
    }
    const Credential &c = it.value();
    bool ok = false;
    QByteArray typed = password.toUtf8();
    if (c.hashType.isEmpty()) {
        const QByteArray plain = c.hash.toUtf8();
        ok = plain.size() == typed.size() && CRYPTO_memcmp(plain.constData(), typed.constData(), size_t(plain.size())) == 0;
        Passwords::wipe(typed);
    } else if (const auto type = Passwords::hashTypeFromName(c.hashType)) {
        ok = Passwords::verify(*type, c.hash, Passwords::SecretBytes(std::move(typed)), c.position).matches();
    }
    Passwords::wipe(typed);
    if (!ok) {
        answer.result = invalidCredentials();
        return answer;
    }
    const QJsonObject u = user(c.userId);
    if (u.isEmpty()) {
        answer.result = invalidCredentials();
        return answer;
    }
    ++m_tokens;
    answer.result = ApiResult::ok(QJsonObject{{u"user"_s, u},
                                              {u"organization_id"_s, QJsonValue()},
                                              {u"access_token"_s, randomToken("sandbox_at_")},
                                              {u"refresh_token"_s, randomToken("sandbox_rt_")},
                                              {u"authentication_method"_s, u"Password"_s}});
    return answer;
}

} // namespace Sandbox
