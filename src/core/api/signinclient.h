#pragma once
// SignInClient: signs one user in with their password after an import, the proof that the
// imported hashes work in WorkOS: POST /user_management/authenticate with grant_type=password,
// the environment's client_id, the API key as client_secret, the email and the password.
// WorkOS allows 10 attempts per 60 s per email, so the client never retries an attempt by
// itself (a retried attempt spends the person's budget and proves nothing new).
//
// The password is a Passwords::SecretBytes: it goes into the request body written here (no
// QString or QJsonDocument copy of it is made) and that body is wiped when the answer has come.
// The API key is sent in the body only, as WorkOS asks; neither is logged or shown in an answer.
//
// Lives in the thread that creates it (its own QNetworkAccessManager); one sign-in at a time.

#include "api/apitypes.h"

#include <passwords/secretbytes.h>

#include <QtCore/QObject>
#include <QtCore/QPointer>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>

class QNetworkAccessManager;
class QNetworkReply;

namespace Api {

struct SignInAnswer {
    enum class Outcome {
        SignedIn,             // 200 with a user: the password works in WorkOS
        Refused,              // WorkOS refused the credentials (invalid_credentials, ...)
        RateLimited,          // 429: 10 attempts per 60 s per email
        ClientRefused,        // 401/403: the client id or the API key (client secret) is refused
        Unreachable,          // no answer (network, TLS, timeout)
        InvalidResponse,      // an answer that is not WorkOS's shape
        InvalidConfiguration, // nothing was sent (base URL, empty client id or key)
    };
    Outcome outcome = Outcome::InvalidConfiguration;
    int httpStatus = 0;
    QString code;    // WorkOS's code ("invalid_credentials", "email_verification_required", ...)
    QString message; // WorkOS's message, or ours
    QString userId;  // when signed in
    QString requestId;
    int retryAfterSeconds = 0;

    bool signedIn() const { return outcome == Outcome::SignedIn; }
    // "signed in: passwords from this file work in WorkOS", or WorkOS's reason in plain words.
    QString summary() const;
};

class SignInClient : public QObject
{
    Q_OBJECT
public:
    explicit SignInClient(QUrl baseUrl, QList<QSslCertificate> extraCaCertificates = {}, QObject *parent = nullptr);
    ~SignInClient() override;

    // Starts the sign-in; finished() follows (also when nothing could be sent).
    void signIn(const QString &clientId, const ApiKey &apiKey, const QString &email, Passwords::SecretBytes password);

Q_SIGNALS:
    void finished(const Api::SignInAnswer &answer);

private:
    void finish(SignInAnswer answer);

    QUrl m_baseUrl;
    QList<QSslCertificate> m_extraCa;
    QNetworkAccessManager *m_nam = nullptr;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body; // holds the password while the request is on the wire; wiped after
};

} // namespace Api
