#pragma once
// ApiRouter: turns one HTTP request into the sandbox's answer. In order: match the route,
// answer /_sandbox/* directly (only with the admin secret in X-Sandbox-Secret, else 401), check
// the Bearer key (401), apply the key's rate limit
// (429 with Retry-After), draw latency and faults, run the operation on the SandboxStore,
// and wrap the result with X-Request-ID and X-RateLimit-* headers.
//
// Faults: a 500/503 is answered before the operation runs (nothing changes); a reset or a
// stall happens after it ran (the change is made, the answer is lost) — the case a client
// must survive by replaying safely. A replay with the same Idempotency-Key gets the first
// answer; with --ignore-idempotency-key it runs again (email_not_available, 409).
//
// Owned by main() (the HttpServer calls handle() through a std::function); main thread only.

#include "faultinjector.h"
#include "httpmessage.h"
#include "idgenerator.h"
#include "journal.h"
#include "passwordsignin.h"
#include "sandboxoptions.h"
#include "sandboxratelimit.h"
#include "sandboxstats.h"
#include "sandboxstore.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QHash>
#include <QtCore/QSet>

namespace Sandbox {

class ApiRouter
{
public:
    explicit ApiRouter(const SandboxOptions &options);

    HttpOutcome handle(const HttpRequest &request);

    // --journal: replays the changes the file holds into the store, then records every
    // successful change in it. false with a sentence in `error` when the file cannot be used.
    bool openJournal(const QString &path, QString *error);

    const SandboxStore &store() const { return m_store; }
    const SandboxStats &stats() const { return m_stats; }

private:
    struct Match
    {
        Route route = Route::Unknown;
        QString parameter; // the :id or :external_id of the path, decoded
    };
    Match match(const QByteArray &method, const QByteArray &path) const;
    HttpOutcome handleApi(const Match &match, const HttpRequest &request);
    HttpResponse handleSandbox(Route route, const HttpRequest &request);
    ApiResult runOperation(const Match &match, const HttpRequest &request);
    // The changes (creates, update, deletes), shared by requests and journal replay.
    ApiResult applyChange(Route route, const QString &parameter, const QJsonObject &body);
    bool isChange(Route route) const;
    HttpResponse toResponse(const ApiResult &result);
    bool authorized(const QByteArray &authorization) const;
    bool sandboxAuthorized(const QByteArray &secret) const;
    // After a change the journal could not take: the journal is cut back to its last whole
    // entry and the store rebuilt from it, so memory holds exactly what the file holds.
    void revertToJournal();

    SandboxStore m_store;
    RateLimiter m_limiter;
    FaultInjector m_faults;
    SandboxStats m_stats;
    IdGenerator m_requestIds;
    QSet<QByteArray> m_keys;
    // Like WorkOS: a POST repeated with the same Idempotency-Key (per API key) gets the first
    // answer again instead of running twice. Answers that were 5xx are not kept. Off with
    // --ignore-idempotency-key (every POST runs).
    QHash<QByteArray, HttpResponse> m_idempotent;
    bool m_honourIdempotencyKey = true;
    QElapsedTimer m_clock;
    // POST /_sandbox/switches, for tests of job-level failures: while `m_unreachable`, every
    // API request's connection is dropped before anything runs (as if the server were down);
    // keys in `m_refusedKeys` get 401 as if they had been revoked.
    bool m_unreachable = false;
    QSet<QByteArray> m_refusedKeys;
    Journal m_journal;
    // POST /user_management/authenticate (passwordsignin.h): passwords in memory only.
    PasswordSignIn m_signIn;
    HttpOutcome handleSignIn(const HttpRequest &request);
    QByteArray m_adminSecret; // what /_sandbox/* needs in X-Sandbox-Secret
    bool m_journalBroken = false; // the journal could not be read back: every change is refused
};

} // namespace Sandbox
