#pragma once
// PasswordSignIn: the sandbox's POST /user_management/authenticate with grant_type=password,
// so a rehearsal proves that the imported users sign in with their old passwords.
//
// It keeps, for each user created through the API, the password hash and its type (or the
// plain password) in memory only: never in the journal (the router strips them before
// writing), never in /_sandbox/state, never in a log. A sandbox restarted from its journal
// therefore has users without passwords, as the journal promises. Verification uses the
// importer's own code (migration_passwords: libxcrypt, libargon2, OpenSSL).
//
// WorkOS's shapes: 200 {user, organization_id, access_token, refresh_token,
// authentication_method: "Password"}; 400 {code: "invalid_credentials"} for an unknown email,
// a user without password or a wrong password (the same answer, so emails cannot be probed);
// 401 {code: "invalid_client"} for a client_secret that is not an accepted API key; and at most
// 10 attempts per 60 s per email (429 rate_limit_exceeded with Retry-After).
//
// Owned by the ApiRouter; main thread only.

#include "apiresult.h"
#include "sandboxstats.h"

#include <passwords/passwordhash.h>

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QList>
#include <QtCore/QSet>

#include <functional>

namespace Sandbox {

class PasswordSignIn
{
public:
    static bool isAuthenticateRequest(const QByteArray &method, const QByteArray &path);

    // Called by the router after every successful change: remembers the password of a created
    // user (and a changed one), follows email changes, forgets deleted users.
    void observe(Route route, const QString &parameter, const QJsonObject &requestBody, const ApiResult &result);
    void clear();

    struct Answer {
        ApiResult result;
        int retryAfterSeconds = 0; // > 0 with a 429
    };
    // `user(id)` gives the user's JSON for the answer. `keys`: the accepted API keys.
    Answer authenticate(const QByteArray &body, const QSet<QByteArray> &keys, qint64 nowMs,
                        const std::function<QJsonObject(const QString &)> &user);

    static constexpr int AttemptsPerWindow = 10;
    static constexpr qint64 WindowMs = 60'000;

private:
    struct Credential {
        QString userId;
        QString hashType;   // empty: a plain password
        QString hash;       // the hash, or the plain password; in memory only
        Passwords::SaltPosition position = Passwords::SaltPosition::Suffix;
    };
    void rememberFrom(const QString &userId, const QString &email, const QJsonObject &body);

    QHash<QString, Credential> m_byEmail; // lower-case email → credential
    QHash<QString, QList<qint64>> m_attempts; // lower-case email → attempt times in the window
    quint64 m_tokens = 0;
};

} // namespace Sandbox
