#pragma once
// WorkOsClient: the WorkOS API operations the import needs (verify the key, create and find
// users, get and create organizations, create and list organization memberships) as QCoro
// coroutines that answer a Result<T>: the value, or an ApiError that says what went wrong.
//
// Inside, every request passes the job's shared RateLimiter first, is retried on network
// errors, 408, 429 and 5xx (after Retry-After or backoff, RetryPolicy), has an inactivity
// timeout and a deadline, and can be cancelled. A POST carries an Idempotency-Key that stays
// the same across its retries, so a retried create never makes a second record. Qt is kept
// from re-sending an attempt by itself, so every request that reaches the server passed the
// limiter and is counted in ClientStats::requests.
//
// Ownership and threads: one client per thread. It lives in the thread that creates it, owns
// its QNetworkAccessManager there, and every operation must be started from that thread (a
// QNAM is never shared across threads). The client must outlive every task it returned: QCoro
// 0.8 resumes a coroutine inside QNetworkReply::finished(), so the QNAM has to be alive then.
// Destroying the client while tasks are suspended is survivable (they finish with Cancelled
// when they next wake) but do not plan on it. The RateLimiter, the ClientStats and the
// cancellation flag are shared between the clients of all workers and are thread-safe.
//
// The API key is sent only in the Authorization header: it never appears in an error, a log
// line or a QDebug print (ApiKey prints as "<redacted>", errors are scrubbed).

#include "api/apierror.h"
#include "api/apitypes.h"
#include "api/ratelimiter.h"
#include "api/retrypolicy.h"
#include "api/roles.h"

#include <QtCore/QObject>
#include <QtCore/QSet>
#include <QtCore/QUrl>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslConfiguration>

#include <QCoro/QCoroTask>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Api {

// The most the client reads of one answer. WorkOS's answers are small (a user is about 1 KiB,
// a page of 100 memberships about 60 KiB); a bigger one is not an answer the importer can use
// (a misbehaving proxy, a wrong base URL), and reading it whole could take all the memory. The
// client stops reading at this size, aborts the request and fails it with InvalidResponse.
inline constexpr qint64 MaxAnswerBytes = 4 * 1024 * 1024;

// Counters of all requests made through the clients that share it; readable from any thread.
struct ClientStats
{
    std::atomic<qint64> requests {0};          // HTTP requests sent (every attempt counts)
    std::atomic<qint64> retries {0};           // attempts after the first
    std::atomic<qint64> rateLimited {0};       // 429 answers
    std::atomic<qint64> timeouts {0};          // attempts that hit the inactivity timeout or deadline
    std::atomic<qint64> transientFailures {0}; // network errors, 408 and 5xx answers
    std::atomic<qint64> bytesReceived {0};     // bytes of answer bodies read
    std::atomic<qint64> answers {0};           // attempts that got an HTTP answer ...
    std::atomic<qint64> answerMicros {0};      // ... and their time from send to answer, summed

    struct Snapshot {
        qint64 requests = 0;
        qint64 retries = 0;
        qint64 rateLimited = 0;
        qint64 timeouts = 0;
        qint64 transientFailures = 0;
        qint64 bytesReceived = 0;
        qint64 answers = 0;
        qint64 answerMicros = 0;
        // The mean time from sending a request to its answer, in seconds; 0 when none yet.
        double meanAnswerSeconds() const { return answers > 0 ? double(answerMicros) / 1e6 / double(answers) : 0.0; }
    };
    Snapshot snapshot() const;
};

struct ClientConfig
{
    // https:// anywhere; plain http:// only to this computer (127.0.0.0/8, ::1, localhost).
    QUrl baseUrl = QUrl(QStringLiteral("https://api.workos.com"));
    ApiKey apiKey;
    // An attempt fails with Timeout when no byte moved for this long ...
    std::chrono::milliseconds inactivityTimeout {std::chrono::seconds(30)};
    // ... or when it took longer than this in all (per attempt; retries get a fresh deadline).
    std::chrono::milliseconds deadline {std::chrono::seconds(60)};
    RetryPolicy retryPolicy;
    // The job's limiter, shared by every worker; null sends without pacing (key checks, tests).
    std::shared_ptr<RateLimiter> rateLimiter;
    // Shared counters; null gives the client counters of its own.
    std::shared_ptr<ClientStats> stats;
    // Set to true from any thread to make every operation of the client end with Cancelled.
    std::shared_ptr<const std::atomic_bool> cancelFlag;
    // Certificate authorities trusted beside the system's (a company's TLS-inspecting proxy, tests).
    QList<QSslCertificate> extraCaCertificates;
};
QDebug operator<<(QDebug debug, const ClientConfig &config);

class WorkOsClient : public QObject
{
    Q_OBJECT
public:
    explicit WorkOsClient(ClientConfig config, QObject *parent = nullptr);
    ~WorkOsClient() override;

    // nullopt when `url` may be used as the API's base URL, else an InvalidConfiguration
    // error saying why in plain words.
    static std::optional<ApiError> checkBaseUrl(const QUrl &url);
    // The problem with this client's configuration (base URL, empty key), if any; every
    // operation answers with it without sending anything.
    std::optional<ApiError> configurationError() const { return m_configError; }

    // A cheap authenticated read (GET /organizations?limit=1). Tells apart a wrong key
    // (Unauthorized), a key without permission (Forbidden), no network (Transient/Timeout),
    // TLS (TlsError) and proxy (ProxyError) failures. Retries at most once.
    QCoro::Task<Result<void>> verifyKey();

    // POST /user_management/users. A taken email gives EmailTaken. `idempotencyKey`: the
    // caller's (Store::idempotencyKeyFor), so that a later run's replay gets the original
    // answer; empty: a random one (the same for the retries of this call only).
    QCoro::Task<Result<User>> createUser(NewUser user, QByteArray idempotencyKey = {});
    // GET /user_management/users/{id}; NotFound when there is none.
    QCoro::Task<Result<User>> getUser(QString id);
    // GET /user_management/users?email=...: the user, or nullopt when there is none.
    QCoro::Task<Result<std::optional<User>>> findUserByEmail(QString email);
    // GET /user_management/users/external_id/{externalId}: the user, or nullopt when there is none.
    QCoro::Task<Result<std::optional<User>>> findUserByExternalId(QString externalId);
    // PUT /user_management/users/{id} with `fields` (only the fields to change: first_name,
    // last_name, email_verified, external_id, metadata, password or password_hash with
    // password_hash_type): the user as WorkOS holds it after. A user-management write, through
    // the limiter; retried like every request (a PUT sets values: a replay sets the same ones).
    // NotFound when there is no such user.
    QCoro::Task<Result<User>> updateUser(QString id, QJsonObject fields);

    // GET /organizations/{id}; NotFound when there is none.
    QCoro::Task<Result<Organization>> getOrganization(QString id);
    // GET /organizations/external_id/{externalId}; NotFound when there is none.
    QCoro::Task<Result<Organization>> getOrganizationByExternalId(QString externalId);
    // POST /organizations. An empty externalId is not sent.
    QCoro::Task<Result<Organization>> createOrganization(QString name, QString externalId = {},
                                                         QByteArray idempotencyKey = {});

    // POST /user_management/organization_memberships. One slug is sent as role_slug, several
    // as role_slugs, none leaves the environment's default role.
    QCoro::Task<Result<Membership>> createMembership(QString userId, QString organizationId,
                                                     QStringList roleSlugs = {}, QByteArray idempotencyKey = {});
    // GET /authorization/roles: the slugs of the environment's roles, in priority order.
    QCoro::Task<Result<QStringList>> listRoleSlugs();
    // GET /authorization/roles: the environment's roles with their ids and names.
    QCoro::Task<Result<QList<Role>>> listRoles();
    // POST /authorization/roles {slug, name}: a new environment role (WorkOS places it last in
    // the priority order). A slug that exists answers 409 role_slug_conflict (InvalidRequest).
    QCoro::Task<Result<Role>> createRole(QString slug, QString name);

    // GET /user_management/organization_memberships, every page (follows list_metadata.after).
    QCoro::Task<Result<QList<Membership>>> listMemberships(MembershipQuery query);

    // One page of a list endpoint (verify and undo read WorkOS this way: up to 100 objects per
    // read). Follow Page::after with PageRequest::after for the next page.
    // GET /user_management/users?email=&organization_id=&limit=&after=&before=&order=
    QCoro::Task<Result<Page<User>>> listUsers(UserFilter filter, PageRequest page);
    // GET /organizations?domains=&limit=&after=&before=&order=
    QCoro::Task<Result<Page<Organization>>> listOrganizations(OrganizationFilter filter, PageRequest page);
    // GET /user_management/organization_memberships?user_id=&organization_id=&limit=&after=...
    // (query.pageSize is ignored: page.limit counts).
    QCoro::Task<Result<Page<Membership>>> listMembershipsPage(MembershipQuery query, PageRequest page);

    // DELETE /user_management/users/{id} (WorkOS deletes the user's memberships with it),
    // DELETE /organizations/{id} (and its memberships), DELETE
    // /user_management/organization_memberships/{id}. A 404 is NotFound: the caller decides
    // whether "already gone" counts as done. Retried like every request (a delete is
    // idempotent: a retry after a lost answer gets 404).
    QCoro::Task<Result<void>> deleteUser(QString id);
    QCoro::Task<Result<void>> deleteOrganization(QString id);
    QCoro::Task<Result<void>> deleteMembership(QString id);

    // Ends every operation in progress (sending, waiting for a slot or a retry) with
    // Cancelled. Later operations run normally. Thread-safe.
    void cancelAll();

    // Requests on the wire right now.
    int inFlight() const { return int(m_replies.size()); }
    std::shared_ptr<ClientStats> stats() const { return m_stats; }
    QUrl baseUrl() const { return m_config.baseUrl; }

Q_SIGNALS:
    // Internal: tells in-flight requests and sleeping retries to stop.
    void cancelRequested(QPrivateSignal);

private:
    struct Request;
    struct Response;

    QCoro::Task<Result<QJsonObject>> send(Request request);
    QCoro::Task<Result<QJsonObject>> getPage(QString path, QStringList filters, PageRequest page);
    QCoro::Task<Result<void>> deleteObject(QString path, QString id);
    QCoro::Task<Response> sendOnce(Request request, QByteArray idempotencyKey, quint64 generation);
    QCoro::Task<bool> sleep(std::chrono::milliseconds delay, quint64 generation);
    QCoro::Task<bool> waitForSlot(EndpointFamily family, quint64 generation);

    QUrl requestUrl(const Request &request) const;
    bool isCancelled(quint64 generation) const;
    ApiError cancelledError() const;
    void updateCancelPolling();

    ClientConfig m_config;
    std::optional<ApiError> m_configError;
    std::shared_ptr<ClientStats> m_stats;
    std::shared_ptr<bool> m_alive; // false once the destructor started; checked after co_await
    QNetworkAccessManager *m_nam = nullptr;
    QSslConfiguration m_sslConfig;
    bool m_customSsl = false;
    std::atomic<quint64> m_cancelGeneration {0};
    int m_busy = 0; // operations in progress, for polling the cancellation flag
    QTimer *m_cancelPoll = nullptr;
    QSet<QNetworkReply *> m_replies;
};

} // namespace Api
