// Api::WorkOsClient against workos-sandbox (started here on 127.0.0.1, port 0) and, where a
// test must see the exact bytes or script an answer, against a FakeHttpServer: what only the
// sandbox's switches or a scripted answer can show (faults, limits, timeouts, the bytes on the
// wire, cancellation) and the sandbox's own rules (unique external ids, roles). The main
// behaviours, run against workos-sandbox and the npm emulator alike, are in tst_clientservers.
// No QtTest macro runs inside a coroutine: every test slot drives the client with QCoro::waitFor.

#include "api/ratelimiter.h"
#include "api/workosclient.h"

#include "../testsupport/clientfixtures.h"
#include "../testsupport/fakehttpserver.h"
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QCoro/QCoroTask>

#include <QtCore/QJsonArray>
#include <QtCore/QJsonDocument>
#include <QtCore/QTimer>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

#include <atomic>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Api::ApiError;
using Kind = ApiError::Kind;
using TestSupport::clientConfig;
using TestSupport::newOrganization;
using TestSupport::newUser;
using TestSupport::uniqueEmail;

Q_DECLARE_METATYPE(Api::ApiError::Kind)

namespace {

const QString kFakeKey = u"sk_test_fake_0123456789abcdef"_s;

QString describe(const ApiError &error)
{
    return error.technicalSummary();
}

} // namespace

class TestWorkOsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void externalIdTaken();
    void findUserByExternalId();
    void organizationExternalIdTaken();
    void multipleRolesWhenEnabled();
    void multipleRolesNotEnabled();
    void otherConflictIsAPlainError();
    void invalidRole();
    void listRoleSlugs();
    void baseUrlRules_data();
    void baseUrlRules();
    void headersAndIdempotencyKey();
    void retryAfterPausesTheSharedLimiter();
    void injectedFaults_data();
    void injectedFaults();
    void everyAttemptOnTheWireIsCounted_data();
    void everyAttemptOnTheWireIsCounted();
    void resetsStayInsideWorkOsLimits();
    void hugeAnswerIsCutOff_data();
    void hugeAnswerIsCutOff();
    void rateLimitedThenSucceeds();
    void timeouts_data();
    void timeouts();
    void cancelAllStopsARequest();
    void cancellationFlagStopsARequest();
    void cancelStopsARetryWait();
    void apiKeyNeverShows();
    void destroyingTheClientEndsItsTasks();

private:
    std::unique_ptr<Api::WorkOsClient> client(const std::function<void(Api::ClientConfig &)> &tweak = {})
    {
        Api::ClientConfig config = clientConfig(m_sandbox.url(), m_sandbox.keys().constFirst());
        if (tweak)
            tweak(config);
        return std::make_unique<Api::WorkOsClient>(std::move(config));
    }
    TestSupport::SandboxProcess m_sandbox;
};

void TestWorkOsClient::initTestCase()
{
    QVERIFY2(m_sandbox.startSandbox(), qPrintable(m_sandbox.error()));
    QCOMPARE(m_sandbox.url().host(), u"127.0.0.1"_s);
}

void TestWorkOsClient::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestWorkOsClient::externalIdTaken()
{
    auto c = client();
    Api::NewUser user;
    user.email = uniqueEmail(u"ext.a"_s);
    user.externalId = u"legacy-42"_s;
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    user.email = uniqueEmail(u"ext.b"_s);
    const auto result = QCoro::waitFor(c->createUser(user));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::ExternalIdTaken);
}

void TestWorkOsClient::findUserByExternalId()
{
    auto c = client();
    Api::NewUser user;
    user.email = uniqueEmail(u"byext"_s);
    user.externalId = u"crm/42 #a"_s; // needs percent-encoding in the path
    const auto created = QCoro::waitFor(c->createUser(user));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    const auto found = QCoro::waitFor(c->findUserByExternalId(user.externalId));
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : describe(found.error())));
    QVERIFY(found->has_value());
    QCOMPARE(found.value()->id, created->id);
    QCOMPARE(found.value()->email, user.email);
    const auto missing = QCoro::waitFor(c->findUserByExternalId(u"nobody-has-this"_s));
    QVERIFY(missing.ok());
    QVERIFY(!missing->has_value());
}

void TestWorkOsClient::organizationExternalIdTaken()
{
    auto c = client();
    QVERIFY(QCoro::waitFor(c->createOrganization(u"First"_s, u"org-ext-7"_s)).ok());
    const auto result = QCoro::waitFor(c->createOrganization(u"Second"_s, u"org-ext-7"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::ExternalIdTaken);
}

void TestWorkOsClient::multipleRolesWhenEnabled()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--multiple-roles"_s}), qPrintable(sandbox.error()));
    Api::WorkOsClient c(clientConfig(sandbox.url(), sandbox.keys().constFirst()));
    const Api::User user = newUser(c, u"multi"_s);
    const Api::Organization organization = newOrganization(c, u"Multi Roles"_s);
    const auto result = QCoro::waitFor(c.createMembership(user.id, organization.id, {u"admin"_s, u"member"_s}));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QStringList roles = result->roleSlugs;
    roles.sort();
    QCOMPARE(roles, (QStringList {u"admin"_s, u"member"_s}));
}

void TestWorkOsClient::multipleRolesNotEnabled()
{
    auto c = client();
    const Api::User user = newUser(*c, u"multi.off"_s);
    const Api::Organization organization = newOrganization(*c, u"Single Role"_s);
    const auto result = QCoro::waitFor(c->createMembership(user.id, organization.id, {u"admin"_s, u"member"_s}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::MultipleRolesNotEnabled);
    QVERIFY(result.error().userMessage().contains(u"Multiple Roles"_s));
}

// Only organization_membership_already_exists means "already a member" (tst_clientservers):
// another 409 keeps its code as a plain error.
void TestWorkOsClient::otherConflictIsAPlainError()
{
    TestSupport::FakeHttpServer server;
    server.enqueue({409, R"({"code":"cannot_reactivate_pending_organization_membership","message":"pending"})"_ba});
    Api::WorkOsClient fake(clientConfig(server.url(), kFakeKey));
    const auto other = QCoro::waitFor(fake.createMembership(u"user_1"_s, u"org_1"_s));
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind(), Kind::InvalidRequest);
    QCOMPARE(other.error().httpStatus(), 409);
    QCOMPARE(other.error().code(), u"cannot_reactivate_pending_organization_membership"_s);
}

void TestWorkOsClient::invalidRole()
{
    auto c = client();
    const Api::User user = newUser(*c, u"badrole"_s);
    const Api::Organization organization = newOrganization(*c, u"Bad Role"_s);
    const auto result = QCoro::waitFor(c->createMembership(user.id, organization.id, {u"overlord"_s}));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidRole);
    QVERIFY(result.error().subCodes().contains(u"invalid_role"_s));
}

// GET /authorization/roles: the environment's roles, which the wizard compares with the file's
// role slugs before anything is written. A read: it never changes the sandbox.
void TestWorkOsClient::listRoleSlugs()
{
    auto c = client();
    const auto result = QCoro::waitFor(c->listRoleSlugs());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().userMessage()));
    QCOMPARE(result.value(), (QStringList{u"member"_s, u"admin"_s}));
    QCOMPARE(c->stats()->snapshot().requests, 1);
    auto wrong = client([](Api::ClientConfig &config) { config.apiKey = Api::ApiKey(u"sk_test_wrong_key"_s); });
    const auto refused = QCoro::waitFor(wrong->listRoleSlugs());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind(), Kind::Unauthorized);
}

void TestWorkOsClient::baseUrlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::addRow("https") << u"https://api.workos.com"_s << true;
    QTest::addRow("https with a path") << u"https://proxy.example.com/workos"_s << true;
    QTest::addRow("http to 127.0.0.1") << u"http://127.0.0.1:8080"_s << true;
    QTest::addRow("http to 127.9.9.9") << u"http://127.9.9.9"_s << true;
    QTest::addRow("http to ::1") << u"http://[::1]:9000"_s << true;
    QTest::addRow("http to localhost") << u"http://LOCALHOST:9000"_s << true;
    QTest::addRow("http to a host") << u"http://api.workos.com"_s << false;
    QTest::addRow("http to a LAN address") << u"http://192.168.1.10"_s << false;
    QTest::addRow("http to localhost.example.com") << u"http://localhost.example.com"_s << false;
    QTest::addRow("ftp") << u"ftp://api.workos.com"_s << false;
    QTest::addRow("no host") << u"https://"_s << false;
}

void TestWorkOsClient::baseUrlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(!Api::WorkOsClient::checkBaseUrl(QUrl(url)).has_value(), allowed);
    if (allowed)
        return;
    // A client with such a URL answers every operation with the configuration error and
    // never sends anything.
    Api::WorkOsClient c(clientConfig(QUrl(url), kFakeKey));
    QVERIFY(c.configurationError().has_value());
    const auto result = QCoro::waitFor(c.verifyKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidConfiguration);
    QVERIFY(result.error().blocksAllRequests());
    if (url.startsWith(u"http:"_s))
        QVERIFY2(result.error().userMessage().contains(u"https://"_s), qPrintable(result.error().userMessage()));
    QCOMPARE(c.stats()->snapshot().requests, 0);
}

void TestWorkOsClient::headersAndIdempotencyKey()
{
    TestSupport::FakeHttpServer server;
    QVERIFY(server.isListening());
    server.enqueue({503, R"({"code":"service_unavailable","message":"try later"})"_ba});
    const QByteArray userJson = R"({"object":"user","id":"user_1","email":"h@example.com"})"_ba;
    server.enqueue({201, userJson});
    server.enqueue({201, userJson});

    Api::WorkOsClient c(clientConfig(server.url(), kFakeKey));
    Api::NewUser user;
    user.email = u"h@example.com"_s;
    const auto first = QCoro::waitFor(c.createUser(user));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : describe(first.error())));
    QCOMPARE(first->id, u"user_1"_s);
    QCOMPARE(c.stats()->snapshot().retries, 1);
    const auto second = QCoro::waitFor(c.createUser(user));
    QVERIFY(second.ok());
    QVERIFY(QCoro::waitFor(c.verifyKey()).ok());

    const QList<TestSupport::FakeHttpServer::Request> &requests = server.requests();
    QCOMPARE(requests.size(), 4);
    for (const auto &request : requests) {
        QCOMPARE(request.headers.value("authorization"), "Bearer "_ba + kFakeKey.toLatin1());
        QCOMPARE(request.headers.value("accept"), "application/json"_ba);
        QCOMPARE(request.headers.value("user-agent"), QByteArray("workos-migration-wizard/" WIZARD_VERSION));
    }
    QCOMPARE(requests[0].method, "POST"_ba);
    QCOMPARE(requests[0].target, "/user_management/users"_ba);
    QCOMPARE(requests[0].headers.value("content-type"), "application/json"_ba);
    QCOMPARE(QJsonDocument::fromJson(requests[0].body).object().value(u"email"_s).toString(), user.email);
    // The retry of a POST repeats its Idempotency-Key; the next POST has a new one.
    const QByteArray key = requests[0].headers.value("idempotency-key");
    QVERIFY(!QUuid::fromString(QLatin1StringView(key)).isNull());
    QCOMPARE(requests[1].headers.value("idempotency-key"), key);
    QVERIFY(!requests[2].headers.value("idempotency-key").isEmpty());
    QVERIFY(requests[2].headers.value("idempotency-key") != key);
    // A GET carries none.
    QCOMPARE(requests[3].method, "GET"_ba);
    QCOMPARE(requests[3].target, "/organizations?limit=1"_ba);
    QVERIFY(!requests[3].headers.contains("idempotency-key"));
}

void TestWorkOsClient::retryAfterPausesTheSharedLimiter()
{
    TestSupport::FakeHttpServer server;
    server.enqueue({429, R"({"code":"rate_limit_exceeded","message":"slow down"})"_ba, {{"Retry-After"_ba, "1"_ba}}});
    auto limiter = std::make_shared<Api::RateLimiter>();
    auto config = clientConfig(server.url(), kFakeKey);
    config.rateLimiter = limiter;
    Api::WorkOsClient c(config);
    const auto before = Api::RateLimiter::Clock::now();
    const auto result = QCoro::waitFor(c.verifyKey());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(server.requests().size(), 2);
    QCOMPARE(c.stats()->snapshot().rateLimited, 1);
    QCOMPARE(c.stats()->snapshot().retries, 1);
    // The pause went to the shared limiter (so every worker waits), for the Retry-After.
    QCOMPARE(limiter->stats(Api::EndpointFamily::General).pauses, 1);
    QVERIFY(limiter->pausedUntil(Api::EndpointFamily::General) >= before + 1s);
    QCOMPARE(limiter->stats(Api::EndpointFamily::UserManagementWrite).pauses, 0);
}

void TestWorkOsClient::injectedFaults_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("500/503 answers") << QStringList {u"--fail-rate"_s, u"0.5"_s, u"--seed"_s, u"7"_s};
    QTest::addRow("connection resets") << QStringList {u"--reset-rate"_s, u"0.5"_s, u"--seed"_s, u"11"_s};
}

void TestWorkOsClient::injectedFaults()
{
    QFETCH(QStringList, arguments);
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox(arguments), qPrintable(sandbox.error()));

    // Without retries, some requests fail with a retryable Transient error, others succeed.
    {
        auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
        config.retryPolicy.maxRetries = 0;
        Api::WorkOsClient c(config);
        int failed = 0;
        int succeeded = 0;
        for (int i = 0; i < 16; ++i) {
            const auto result = QCoro::waitFor(c.verifyKey());
            if (result.ok()) {
                ++succeeded;
                continue;
            }
            ++failed;
            QCOMPARE(result.error().kind(), Kind::Transient);
            QVERIFY(result.error().retryable());
            QCOMPARE(result.error().attempts(), 1);
        }
        QVERIFY(failed > 0);
        QVERIFY(succeeded > 0);
        QCOMPARE(c.stats()->snapshot().transientFailures, failed);
    }
    // With retries every operation goes through in the end, and the retries are counted.
    {
        auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
        config.retryPolicy.maxRetries = 10;
        Api::WorkOsClient c(config);
        for (int i = 0; i < 12; ++i) {
            const auto result = QCoro::waitFor(c.getOrganizationByExternalId(u"nothing-%1"_s.arg(i)));
            // A read that arrives answers 404 (there is no such organization), never Transient.
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind(), Kind::NotFound);
        }
        const auto stats = c.stats()->snapshot();
        QVERIFY(stats.retries > 0);
        QCOMPARE(stats.requests, 12 + stats.retries);
    }
}

void TestWorkOsClient::everyAttemptOnTheWireIsCounted_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addRow("POST /user_management/users (write)") << u"createUser"_s;
    QTest::addRow("POST /user_management/organization_memberships (write)") << u"createMembership"_s;
    QTest::addRow("GET /user_management/users (read)") << u"findUserByEmail"_s;
    QTest::addRow("GET /organizations (general)") << u"verifyKey"_s;
}

// Every connection is reset after the server ran the request. Qt's QNetworkAccessManager
// would send the request again by itself (its "reconnect attempts"), around the rate limiter
// and unseen by the client's counters. Every request that reaches the server must be one the
// client sent through its limiter and counted: exactly 1 + maxRetries per operation.
void TestWorkOsClient::everyAttemptOnTheWireIsCounted()
{
    QFETCH(QString, operation);
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--reset-rate"_s, u"1"_s}), qPrintable(sandbox.error()));
    auto limiter = std::make_shared<Api::RateLimiter>();
    auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
    config.retryPolicy.maxRetries = 2;
    config.rateLimiter = limiter;
    Api::WorkOsClient c(config);
    const int operations = 3;
    for (int i = 0; i < operations; ++i) {
        std::optional<ApiError> error;
        if (operation == u"createUser"_s) {
            Api::NewUser user;
            user.email = uniqueEmail(u"reset"_s);
            const auto r = QCoro::waitFor(c.createUser(user));
            if (!r.ok())
                error = r.error();
        } else if (operation == u"createMembership"_s) {
            const auto r = QCoro::waitFor(c.createMembership(u"user_x"_s, u"org_x"_s));
            if (!r.ok())
                error = r.error();
        } else if (operation == u"findUserByEmail"_s) {
            const auto r = QCoro::waitFor(c.findUserByEmail(uniqueEmail(u"reset"_s)));
            if (!r.ok())
                error = r.error();
        } else {
            const auto r = QCoro::waitFor(c.verifyKey());
            if (!r.ok())
                error = r.error();
        }
        QVERIFY2(error.has_value(), "every connection is reset: nothing can succeed");
        QCOMPARE(error->kind(), Kind::Transient);
        QCOMPARE(error->attempts(), operation == u"verifyKey"_s ? 2 : 3); // verifyKey retries at most once
    }
    const auto stats = c.stats()->snapshot();
    const QJsonObject server = TestSupport::sandboxStats(sandbox.url());
    QCOMPARE(server[u"faults"_s][u"reset"_s].toInteger(), server[u"requests"_s].toInteger());
    QCOMPARE(server[u"requests"_s].toInteger(), stats.requests);
    QCOMPARE(stats.requests, qint64(operations) * (operation == u"verifyKey"_s ? 2 : 3));
    // ... and every one of them took a slot of the limiter.
    qint64 reserved = 0;
    for (const auto family : {Api::EndpointFamily::UserManagementWrite, Api::EndpointFamily::UserManagementRead,
                              Api::EndpointFamily::General})
        reserved += limiter->stats(family).reserved;
    QCOMPARE(reserved, stats.requests);
}

// WorkOS's real write limit (500 per 10 s per key) and the client's default limiter (98% of
// it), with one connection in ten reset after the server ran the request: by the server's own
// count no 10 s window ever holds more than 500 write attempts, nothing is answered 429, and
// the client counted every request the server received.
void TestWorkOsClient::resetsStayInsideWorkOsLimits()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--reset-rate"_s, u"0.1"_s, u"--seed"_s, u"5"_s}), qPrintable(sandbox.error()));
    auto limiter = std::make_shared<Api::RateLimiter>(); // WorkOS's limits, 2% margin
    auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
    config.rateLimiter = limiter;
    config.retryPolicy.maxRetries = 10;
    Api::WorkOsClient c(config);

    // A little more than one window's budget, so that the run lasts longer than a window.
    const int users = 560;
    std::vector<QCoro::Task<Api::Result<Api::User>>> tasks;
    tasks.reserve(users);
    for (int i = 0; i < users; ++i) {
        Api::NewUser user;
        user.email = uniqueEmail(u"limits"_s);
        tasks.push_back(c.createUser(user));
    }
    QSet<QString> ids;
    for (auto &task : tasks) {
        const auto result = QCoro::waitFor(task);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        ids.insert(result->id);
    }
    QCOMPARE(ids.size(), users);

    const auto stats = c.stats()->snapshot();
    const QJsonObject server = TestSupport::sandboxStats(sandbox.url());
    const QJsonObject writes = server[u"families"_s][u"writes"_s].toObject();
    QVERIFY2(server[u"faults"_s][u"reset"_s].toInteger() > 20, "the resets must have happened");
    QCOMPARE(server[u"rate_limited"_s].toInteger(), 0);
    QCOMPARE(stats.rateLimited, 0);
    QVERIFY2(writes[u"max_attempted_in_window"_s].toInteger() <= 500,
             qPrintable(u"%1 write attempts in one 10 s window"_s.arg(writes[u"max_attempted_in_window"_s].toInteger())));
    QCOMPARE(server[u"requests"_s].toInteger(), stats.requests);
    QCOMPARE(stats.requests, users + stats.retries);
    QCOMPARE(server[u"counts"_s][u"users"_s].toInteger(), users);
}

void TestWorkOsClient::hugeAnswerIsCutOff_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("declareLength");
    QTest::addRow("200 with Content-Length of 256 MiB") << 200 << true;
    QTest::addRow("200 without length, 256 MiB until the server closes") << 200 << false;
    QTest::addRow("502 without length (a proxy's page)") << 502 << false;
    QTest::addRow("404 with Content-Length of 256 MiB") << 404 << true;
}

// An answer far bigger than any WorkOS answer (a proxy, a wrong URL, an attacker) is not read
// whole: the client stops at Api::MaxAnswerBytes, aborts, and fails that request with a clear
// InvalidResponse, without retrying it. The bytes it read, and the bytes the server got
// written at all, stay near the cap instead of the 256 MiB on offer.
void TestWorkOsClient::hugeAnswerIsCutOff()
{
    QFETCH(int, status);
    QFETCH(bool, declareLength);
    TestSupport::FakeHttpServer server;
    TestSupport::FakeHttpServer::Answer huge;
    huge.status = status;
    huge.fillerBytes = 256LL * 1024 * 1024;
    huge.declareLength = declareLength;
    server.enqueue(huge);
    Api::WorkOsClient c(clientConfig(server.url(), kFakeKey));
    const auto result = QCoro::waitFor(c.findUserByEmail(u"big@example.com"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidResponse);
    QVERIFY2(result.error().message().contains(u"larger than 4 MiB"_s), qPrintable(describe(result.error())));
    QCOMPARE(result.error().attempts(), 1);
    QCOMPARE(server.requests().size(), 1);
    const qint64 read = c.stats()->snapshot().bytesReceived;
    QVERIFY2(read <= Api::MaxAnswerBytes + 1, qPrintable(u"the client read %1 bytes"_s.arg(read)));
    // What the server got written includes the sockets' buffers on both sides.
    QVERIFY2(server.bytesSent() < Api::MaxAnswerBytes + 32 * 1024 * 1024,
             qPrintable(u"the server wrote %1 bytes"_s.arg(server.bytesSent())));
    qInfo("client read %lld bytes, server wrote %lld bytes", read, server.bytesSent());
    QCOMPARE(c.inFlight(), 0);

    // The client is fine afterwards, and an answer just under the cap is read whole.
    TestSupport::FakeHttpServer::Answer big;
    big.fillerBytes = Api::MaxAnswerBytes - 2;
    server.enqueue(big);
    const auto justUnder = QCoro::waitFor(c.verifyKey());
    QVERIFY(!justUnder.ok()); // the filler is not JSON ...
    QCOMPARE(justUnder.error().kind(), Kind::InvalidResponse);
    QVERIFY2(justUnder.error().message().contains(u"not a JSON object"_s), qPrintable(describe(justUnder.error())));
    QVERIFY(QCoro::waitFor(c.verifyKey()).ok()); // ... and the default answer is
}

void TestWorkOsClient::rateLimitedThenSucceeds()
{
    // The sandbox allows 5 user-management writes per 2 s; the client's limiter believes in
    // 50, so it sends too fast, meets 429s, pauses every request for Retry-After and gets
    // everything through.
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--rate-limits"_s, u"writes=5/2"_s}), qPrintable(sandbox.error()));
    Api::RateLimits limits;
    limits.userManagementWrites = {50, std::chrono::seconds(2)};
    auto limiter = std::make_shared<Api::RateLimiter>(limits);
    auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
    config.rateLimiter = limiter;
    config.retryPolicy.maxRetries = 10;
    Api::WorkOsClient c(config);

    std::vector<QCoro::Task<Api::Result<Api::User>>> tasks;
    for (int i = 0; i < 12; ++i) {
        Api::NewUser user;
        user.email = uniqueEmail(u"burst"_s);
        tasks.push_back(c.createUser(user)); // all at once, like several workers
    }
    QSet<QString> ids;
    for (auto &task : tasks) {
        const auto result = QCoro::waitFor(task);
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
        ids.insert(result->id);
    }
    QCOMPARE(ids.size(), 12);
    const auto stats = c.stats()->snapshot();
    QVERIFY(stats.rateLimited >= 1);
    QCOMPARE(stats.retries, stats.rateLimited);
    QVERIFY(limiter->stats(Api::EndpointFamily::UserManagementWrite).pauses >= 1);
}

void TestWorkOsClient::timeouts_data()
{
    QTest::addColumn<int>("inactivityMs");
    QTest::addColumn<int>("deadlineMs");
    QTest::addColumn<QString>("wording");
    QTest::addRow("no bytes for the inactivity timeout") << 300 << 20000 << u"no data arrived"_s;
    QTest::addRow("past the deadline") << 20000 << 300 << u"no complete answer"_s;
}

void TestWorkOsClient::timeouts()
{
    QFETCH(int, inactivityMs);
    QFETCH(int, deadlineMs);
    QFETCH(QString, wording);
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--stall-rate"_s, u"1"_s}), qPrintable(sandbox.error()));
    auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
    config.inactivityTimeout = std::chrono::milliseconds(inactivityMs);
    config.deadline = std::chrono::milliseconds(deadlineMs);
    config.retryPolicy.maxRetries = 1;
    Api::WorkOsClient c(config);
    const auto result = QCoro::waitFor(c.verifyKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Timeout);
    QVERIFY(result.error().retryable());
    QVERIFY2(result.error().message().contains(wording), qPrintable(result.error().message()));
    QCOMPARE(result.error().attempts(), 2); // a timed-out attempt is retried
    QCOMPARE(c.stats()->snapshot().timeouts, 2);
    QCOMPARE(c.inFlight(), 0);
}

void TestWorkOsClient::cancelAllStopsARequest()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--stall-rate"_s, u"1"_s}), qPrintable(sandbox.error()));
    Api::WorkOsClient c(clientConfig(sandbox.url(), sandbox.keys().constFirst()));
    auto first = c.verifyKey();
    auto second = c.findUserByEmail(u"someone@example.com"_s);
    QTRY_COMPARE(c.inFlight(), 2);
    // From another thread, as an engine's controller would.
    std::thread canceller([&c] { c.cancelAll(); });
    canceller.join();
    const auto firstResult = QCoro::waitFor(first);
    const auto secondResult = QCoro::waitFor(second);
    QVERIFY(!firstResult.ok());
    QCOMPARE(firstResult.error().kind(), Kind::Cancelled);
    QVERIFY(!firstResult.error().retryable());
    QVERIFY(!secondResult.ok());
    QCOMPARE(secondResult.error().kind(), Kind::Cancelled);
    QCOMPARE(c.stats()->snapshot().timeouts, 0);
    QCOMPARE(c.inFlight(), 0);

    // A cancellation ends what is in progress; operations started after it run normally.
    TestSupport::SandboxProcess healthy;
    QVERIFY2(healthy.startSandbox(), qPrintable(healthy.error()));
    Api::WorkOsClient later(clientConfig(healthy.url(), healthy.keys().constFirst()));
    later.cancelAll();
    QVERIFY(QCoro::waitFor(later.verifyKey()).ok());
}

void TestWorkOsClient::cancellationFlagStopsARequest()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--stall-rate"_s, u"1"_s}), qPrintable(sandbox.error()));
    auto flag = std::make_shared<std::atomic_bool>(false);
    auto config = clientConfig(sandbox.url(), sandbox.keys().constFirst());
    config.cancelFlag = flag;
    Api::WorkOsClient c(config);
    auto task = c.verifyKey();
    QTRY_COMPARE(c.inFlight(), 1);
    std::thread setter([flag] { flag->store(true); });
    setter.join();
    const auto result = QCoro::waitFor(task);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Cancelled);
    // While the flag stays set, nothing is sent.
    const qint64 sent = c.stats()->snapshot().requests;
    QCOMPARE(QCoro::waitFor(c.verifyKey()).error().kind(), Kind::Cancelled);
    QCOMPARE(c.stats()->snapshot().requests, sent);
}

void TestWorkOsClient::cancelStopsARetryWait()
{
    // A 503 with a long Retry-After: the client sleeps; a cancel must end the sleep.
    TestSupport::FakeHttpServer server;
    server.enqueue({503, R"({"message":"maintenance"})"_ba, {{"Retry-After"_ba, "60"_ba}}});
    Api::WorkOsClient c(clientConfig(server.url(), kFakeKey));
    auto task = c.verifyKey();
    QTRY_COMPARE(server.requests().size(), 1);
    QTRY_COMPARE(c.stats()->snapshot().retries, 1); // the answer arrived: now sleeping
    c.cancelAll();
    const auto result = QCoro::waitFor(task);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Cancelled);
    QCOMPARE(server.requests().size(), 1);
}

void TestWorkOsClient::apiKeyNeverShows()
{
    // A server that echoes the Authorization header back in its error message.
    TestSupport::FakeHttpServer server;
    TestSupport::FakeHttpServer::Answer echo;
    echo.status = 401;
    echo.echoAuthorization = true;
    server.enqueue(echo);
    const QString key = u"sk_test_TOP_SECRET_abcdef0123456789"_s;
    auto config = clientConfig(server.url(), key);
    Api::WorkOsClient c(config);
    const auto result = QCoro::waitFor(c.verifyKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Unauthorized);
    QVERIFY(result.error().message().contains(u"<redacted>"_s)); // the echo arrived, scrubbed

    QString printed;
    QDebug(&printed) << result.error() << config << config.apiKey << Api::ClientConfig();
    const QStringList texts {result.error().message(), result.error().userMessage(),
                             result.error().technicalSummary(), printed};
    for (const QString &text : texts)
        QVERIFY2(!text.contains(key) && !text.contains(u"TOP_SECRET"_s), qPrintable(text));
    QVERIFY(printed.contains(u"<redacted>"_s));
}

void TestWorkOsClient::destroyingTheClientEndsItsTasks()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--stall-rate"_s, u"1"_s}), qPrintable(sandbox.error()));
    auto c = std::make_unique<Api::WorkOsClient>(clientConfig(sandbox.url(), sandbox.keys().constFirst()));
    auto task = c->verifyKey();
    QTRY_COMPARE(c->inFlight(), 1);
    QTimer::singleShot(0, this, [&c] { c.reset(); });
    const auto result = QCoro::waitFor(task);
    QVERIFY(!c);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Cancelled);
}

QTEST_GUILESS_MAIN(TestWorkOsClient)
#include "tst_workosclient.moc"
