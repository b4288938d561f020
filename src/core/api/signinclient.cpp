#include "signinclient.h"

#include "api/workosclient.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QTimer>
#include <QtNetwork/QNetworkAccessManager>
#include <QtNetwork/QNetworkReply>
#include <QtNetwork/QNetworkRequest>
#include <QtNetwork/QSslConfiguration>

using namespace Qt::StringLiterals;

namespace Api {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Api::SignInClient", text);
}

// Appends `bytes` as a JSON string (RFC 8259 escaping) without making another copy of them.
void appendJsonString(QByteArray &out, QByteArrayView bytes)
{
    static const char hex[] = "0123456789abcdef";
    out.append('"');
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out.append('\\');
            out.append(char(c));
        } else if (c < 0x20) {
            out.append("\\u00");
            out.append(hex[c >> 4]);
            out.append(hex[c & 0xf]);
        } else {
            out.append(char(c));
        }
    }
    out.append('"');
}

} // namespace

QString SignInAnswer::summary() const
{
    switch (outcome) {
    case Outcome::SignedIn:
        return tr("Signed in: passwords from this file work in WorkOS.");
    case Outcome::Refused:
        if (code == u"invalid_credentials"_s)
            return tr("WorkOS refused the sign-in: invalid credentials. The password is not the one WorkOS holds for this "
                      "user (check it with check-password before the import), or the user has no password (reset needed).");
        return tr("WorkOS did not sign the user in: %1 (%2).").arg(message, code);
    case Outcome::RateLimited:
        return tr("WorkOS allows 10 sign-in attempts per minute for one email; try again in %1 seconds.").arg(qMax(1, retryAfterSeconds));
    case Outcome::ClientRefused:
        return tr("WorkOS refused the client id or the API key (%1). Copy the client id from the WorkOS dashboard "
                  "(API Keys page, \"Client ID\", client_…) of the same environment as the API key.").arg(message);
    case Outcome::Unreachable:
    case Outcome::InvalidResponse:
    case Outcome::InvalidConfiguration:
        break;
    }
    return message;
}

SignInClient::SignInClient(QUrl baseUrl, QList<QSslCertificate> extraCaCertificates, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_extraCa(std::move(extraCaCertificates))
    , m_nam(new QNetworkAccessManager(this))
{
    m_nam->setAutoDeleteReplies(false);
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); // the body holds the key
}

SignInClient::~SignInClient()
{
    if (m_reply) {
        m_reply->abort();
        delete m_reply;
    }
    Passwords::wipe(m_body);
}

void SignInClient::finish(SignInAnswer answer)
{
    Passwords::wipe(m_body);
    Q_EMIT finished(answer);
}

void SignInClient::signIn(const QString &clientId, const ApiKey &apiKey, const QString &email, Passwords::SecretBytes password)
{
    SignInAnswer answer;
    if (const auto problem = WorkOsClient::checkBaseUrl(m_baseUrl)) {
        answer.message = problem->message();
        QTimer::singleShot(0, this, [this, answer] { finish(answer); });
        return;
    }
    if (clientId.trimmed().isEmpty() || apiKey.isEmpty() || email.trimmed().isEmpty() || password.isEmpty()) {
        answer.message = tr("A sign-in needs the client id, the API key, the email and the password.");
        QTimer::singleShot(0, this, [this, answer] { finish(answer); });
        return;
    }

    Passwords::wipe(m_body);
    m_body.reserve(256 + password.size() * 6);
    m_body.append("{\"grant_type\":\"password\",\"client_id\":");
    appendJsonString(m_body, clientId.trimmed().toUtf8());
    m_body.append(",\"client_secret\":");
    {
        QByteArray key = apiKey.reveal().toUtf8();
        appendJsonString(m_body, key);
        Passwords::wipe(key);
    }
    m_body.append(",\"email\":");
    appendJsonString(m_body, email.trimmed().toUtf8());
    m_body.append(",\"password\":");
    appendJsonString(m_body, password.bytes());
    m_body.append('}');
    password.clear();

    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/user_management/authenticate"_s);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(30'000);
    if (!m_extraCa.isEmpty() && url.scheme() == u"https"_s) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(m_extraCa);
        request.setSslConfiguration(ssl);
    }
    m_reply = m_nam->post(request, m_body);
    connect(m_reply, &QNetworkReply::finished, this, [this, reply = m_reply] {
        if (!reply)
            return;
        reply->deleteLater();
        SignInAnswer a;
        a.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.requestId = QString::fromLatin1(reply->rawHeader("X-Request-ID"));
        const QByteArray bytes = reply->read(1024 * 1024);
        if (a.httpStatus == 0) {
            a.outcome = SignInAnswer::Outcome::Unreachable;
            a.message = tr("WorkOS could not be reached (%1). Check the network and try again.").arg(reply->errorString());
            finish(a);
            return;
        }
        QJsonParseError parseError;
        const QJsonObject o = QJsonDocument::fromJson(bytes, &parseError).object();
        // WorkOS answers errors as {code, message}; OAuth-style {error, error_description} is read too.
        a.code = o.value(u"code"_s).toString(o.value(u"error"_s).toString());
        a.message = o.value(u"message"_s).toString(o.value(u"error_description"_s).toString());
        if (a.httpStatus == 200) {
            a.userId = o.value(u"user"_s).toObject().value(u"id"_s).toString();
            a.outcome = a.userId.isEmpty() ? SignInAnswer::Outcome::InvalidResponse : SignInAnswer::Outcome::SignedIn;
            if (a.userId.isEmpty())
                a.message = tr("WorkOS answered the sign-in without a user (HTTP 200); the address may not be WorkOS's API.");
        } else if (a.httpStatus == 429) {
            a.outcome = SignInAnswer::Outcome::RateLimited;
            a.retryAfterSeconds = reply->rawHeader("Retry-After").toInt();
        } else if (a.httpStatus == 401 || a.httpStatus == 403 || a.code == u"invalid_client"_s) {
            a.outcome = SignInAnswer::Outcome::ClientRefused;
        } else if (a.httpStatus >= 400 && a.httpStatus < 500 && !a.code.isEmpty()) {
            a.outcome = SignInAnswer::Outcome::Refused;
        } else {
            a.outcome = SignInAnswer::Outcome::InvalidResponse;
            a.message = tr("WorkOS answered HTTP %1 without saying why (request %2). Try again later.").arg(a.httpStatus).arg(a.requestId);
        }
        finish(a);
    });
}

} // namespace Api
