// Api::WorkOsClient against workos-sandbox (started here on 127.0.0.1, port 0) and, where a
// test must see the exact bytes or script an answer, against a FakeHttpServer.
// No QtTest macro runs inside a coroutine: every test slot drives the client with QCoro::waitFor.

#include "api/ratelimiter.h"
#include "api/workosclient.h"

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

Q_DECLARE_METATYPE(Api::ApiError::Kind)

namespace {

const QString kFakeKey = u"sk_test_fake_0123456789abcdef"_s;

// Short backoff so that retries do not slow the tests down.
Api::ClientConfig configFor(const QUrl &url, const QString &key)
{
    Api::ClientConfig config;
    config.baseUrl = url;
    config.apiKey = Api::ApiKey(key);
    config.retryPolicy.baseDelay = 20ms;
    config.retryPolicy.maxDelay = 200ms;
    return config;
}

QString uniqueEmail(const QString &tag)
{
    static int counter = 0;
    return u"%1.%2@example.com"_s.arg(tag).arg(++counter);
}

QString describe(const ApiError &error)
{
    return error.technicalSummary();
}


// Follows Page::after from the first page to the end; the ids in order (or an error text).
template <typename Fetch>
QStringList collectPages(Fetch fetch, int limit, bool ascending, int *requests = nullptr)
{
    QStringList ids;
    Api::PageRequest page;
    page.limit = limit;
    page.ascending = ascending;
    for (int n = 1; n <= 1000; ++n) {
        const auto answer = fetch(page);
        if (requests)
            *requests = n;
        if (!answer)
            return {u"<error: %1>"_s.arg(answer.error().technicalSummary())};
        if (answer->items.size() > limit)
            return {u"<page too long>"_s};
        for (const auto &item : answer->items)
            ids.append(item.id);
        if (answer->after.isEmpty())
            break;
        page.after = answer->after;
    }
    return ids;
}

} // namespace

class TestWorkOsClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletesAnswerNotFoundTheSecondTime();
    void pagedListsVisitEveryObjectOnce_data();
    void pagedListsVisitEveryObjectOnce();
    void initTestCase();
    void cleanupTestCase();

    void verifyKeyAcceptsTheKey();
    void verifyKeyTellsAWrongKey();
    void createUserSendsEveryField();
    void emailTaken_data();
    void emailTaken();
    void externalIdTaken();
    void findUserByEmail_data();
    void findUserByEmail();
    void findUserByExternalId();
    void organizations();
    void organizationNotFound_data();
    void organizationNotFound();
    void organizationExternalIdTaken();
    void membershipRoles_data();
    void membershipRoles();
    void multipleRolesWhenEnabled();
    void multipleRolesNotEnabled();
    void membershipExists();
    void invalidRole();
    void listRoleSlugs();
    void invalidRequest();
    void listMembershipsFollowsPages();
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
        Api::ClientConfig config = configFor(m_sandbox.url(), m_sandbox.keys().constFirst());
        if (tweak)
            tweak(config);
        return std::make_unique<Api::WorkOsClient>(std::move(config));
    }
    Api::User newUser(Api::WorkOsClient &client, const QString &tag)
    {
        Api::NewUser user;
        user.email = uniqueEmail(tag);
        auto created = QCoro::waitFor(client.createUser(user));
        if (!created)
            qFatal("cannot create a user: %s", qPrintable(describe(created.error())));
        return created.value();
    }
    Api::Organization newOrganization(Api::WorkOsClient &client, const QString &name)
    {
        auto created = QCoro::waitFor(client.createOrganization(name));
        if (!created)
            qFatal("cannot create an organization: %s", qPrintable(describe(created.error())));
        return created.value();
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

void TestWorkOsClient::verifyKeyAcceptsTheKey()
{
    auto c = client();
    const auto result = QCoro::waitFor(c->verifyKey());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(c->stats()->snapshot().requests, 1);
}

void TestWorkOsClient::verifyKeyTellsAWrongKey()
{
    auto c = client([](Api::ClientConfig &config) { config.apiKey = Api::ApiKey(u"sk_test_wrong_key"_s); });
    const auto result = QCoro::waitFor(c->verifyKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Unauthorized);
    QCOMPARE(result.error().httpStatus(), 401);
    QVERIFY(!result.error().retryable());
    QVERIFY(result.error().blocksAllRequests());
    QVERIFY(result.error().userMessage().contains(u"API key"_s));
    QCOMPARE(c->stats()->snapshot().requests, 1); // a 401 is not retried
}

void TestWorkOsClient::createUserSendsEveryField()
{
    auto c = client();
    Api::NewUser user;
    user.email = uniqueEmail(u"every.field"_s);
    user.firstName = u"Zoë"_s;
    user.lastName = u"O'Brien"_s;
    user.emailVerified = true;
    user.externalId = u"ext-%1"_s.arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    user.metadata = QJsonObject {{u"plan"_s, u"gold"_s}};
    user.password = u"correct horse battery staple"_s;
    const auto created = QCoro::waitFor(c->createUser(user));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    QVERIFY(created->id.startsWith(u"user_"_s));
    QCOMPARE(created->email, user.email);
    QCOMPARE(created->firstName, user.firstName);
    QCOMPARE(created->lastName, user.lastName);
    QCOMPARE(created->emailVerified, true);
    QCOMPARE(created->externalId, user.externalId);
    QCOMPARE(created->metadata.value(u"plan"_s).toString(), u"gold"_s);
}

void TestWorkOsClient::emailTaken_data()
{
    QTest::addColumn<bool>("upper");
    QTest::addRow("same letter case") << false;
    QTest::addRow("different letter case") << true;
}

void TestWorkOsClient::emailTaken()
{
    QFETCH(bool, upper);
    auto c = client();
    const Api::User first = newUser(*c, u"taken"_s);
    Api::NewUser again;
    again.email = upper ? first.email.toUpper() : first.email;
    const auto result = QCoro::waitFor(c->createUser(again));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::EmailTaken);
    QCOMPARE(result.error().httpStatus(), 400);
    QCOMPARE(result.error().code(), u"user_creation_error"_s);
    QVERIFY(result.error().subCodes().contains(u"email_not_available"_s));
    QVERIFY(!result.error().requestId().isEmpty());
    QCOMPARE(result.error().endpoint(), u"POST /user_management/users"_s);
    QVERIFY(!result.error().retryable());
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

void TestWorkOsClient::findUserByEmail_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<bool>("found");
    QTest::addRow("exact") << u"find.exact@example.com"_s << u"find.exact@example.com"_s << true;
    QTest::addRow("other letter case") << u"Find.Case@Example.com"_s << u"find.case@example.COM"_s << true;
    QTest::addRow("plus sign") << u"find+tag@example.com"_s << u"find+tag@example.com"_s << true;
    QTest::addRow("missing") << QString() << u"nobody.here@example.com"_s << false;
}

void TestWorkOsClient::findUserByEmail()
{
    QFETCH(QString, stored);
    QFETCH(QString, asked);
    QFETCH(bool, found);
    auto c = client();
    QString id;
    if (!stored.isEmpty()) {
        Api::NewUser user;
        user.email = stored;
        const auto created = QCoro::waitFor(c->createUser(user));
        QVERIFY(created.ok());
        id = created->id;
    }
    const auto result = QCoro::waitFor(c->findUserByEmail(asked));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(result->has_value(), found);
    if (found)
        QCOMPARE(result.value()->id, id);
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

void TestWorkOsClient::organizations()
{
    auto c = client();
    // An external id with characters that must be percent-encoded in the path.
    const QString externalId = u"acme/eu west#1"_s;
    const auto created = QCoro::waitFor(c->createOrganization(u"Acme Europe"_s, externalId));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    QVERIFY(created->id.startsWith(u"org_"_s));
    QCOMPARE(created->name, u"Acme Europe"_s);
    QCOMPARE(created->externalId, externalId);

    const auto byId = QCoro::waitFor(c->getOrganization(created->id));
    QVERIFY(byId.ok());
    QCOMPARE(byId->name, u"Acme Europe"_s);

    const auto byExternalId = QCoro::waitFor(c->getOrganizationByExternalId(externalId));
    QVERIFY2(byExternalId.ok(), qPrintable(byExternalId.ok() ? QString() : describe(byExternalId.error())));
    QCOMPARE(byExternalId->id, created->id);

    const auto withoutExternalId = QCoro::waitFor(c->createOrganization(u"Plain Org"_s));
    QVERIFY(withoutExternalId.ok());
    QVERIFY(withoutExternalId->externalId.isEmpty());
}

void TestWorkOsClient::organizationNotFound_data()
{
    QTest::addColumn<bool>("byExternalId");
    QTest::addRow("by id") << false;
    QTest::addRow("by external id") << true;
}

void TestWorkOsClient::organizationNotFound()
{
    QFETCH(bool, byExternalId);
    auto c = client();
    const auto result = QCoro::waitFor(byExternalId ? c->getOrganizationByExternalId(u"no-such-org"_s)
                                                    : c->getOrganization(u"org_01NOSUCHORGANIZATION0000"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::NotFound);
    QCOMPARE(result.error().httpStatus(), 404);
    QCOMPARE(c->stats()->snapshot().requests, 1);
}

void TestWorkOsClient::organizationExternalIdTaken()
{
    auto c = client();
    QVERIFY(QCoro::waitFor(c->createOrganization(u"First"_s, u"org-ext-7"_s)).ok());
    const auto result = QCoro::waitFor(c->createOrganization(u"Second"_s, u"org-ext-7"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::ExternalIdTaken);
}

void TestWorkOsClient::membershipRoles_data()
{
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("none: the default role") << QStringList() << QStringList {u"member"_s};
    QTest::addRow("one slug") << QStringList {u"admin"_s} << QStringList {u"admin"_s};
}

void TestWorkOsClient::membershipRoles()
{
    QFETCH(QStringList, sent);
    QFETCH(QStringList, expected);
    auto c = client();
    const Api::User user = newUser(*c, u"member"_s);
    const Api::Organization organization = newOrganization(*c, u"Roles Inc"_s);
    const auto result = QCoro::waitFor(c->createMembership(user.id, organization.id, sent));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QVERIFY(!result->id.isEmpty());
    QCOMPARE(result->userId, user.id);
    QCOMPARE(result->organizationId, organization.id);
    QCOMPARE(result->roleSlugs, expected);
}

void TestWorkOsClient::multipleRolesWhenEnabled()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--multiple-roles"_s}), qPrintable(sandbox.error()));
    Api::WorkOsClient c(configFor(sandbox.url(), sandbox.keys().constFirst()));
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

void TestWorkOsClient::membershipExists()
{
    auto c = client();
    const Api::User user = newUser(*c, u"twice"_s);
    const Api::Organization organization = newOrganization(*c, u"Twice"_s);
    QVERIFY(QCoro::waitFor(c->createMembership(user.id, organization.id)).ok());
    const auto result = QCoro::waitFor(c->createMembership(user.id, organization.id));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::MembershipExists);
    QCOMPARE(result.error().httpStatus(), 409);
    QCOMPARE(result.error().code(), u"organization_membership_already_exists"_s);

    // Only that code means "already a member": another 409 keeps its code as a plain error.
    TestSupport::FakeHttpServer server;
    server.enqueue({409, R"({"code":"cannot_reactivate_pending_organization_membership","message":"pending"})"_ba});
    Api::WorkOsClient fake(configFor(server.url(), kFakeKey));
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

void TestWorkOsClient::invalidRequest()
{
    auto c = client();
    Api::NewUser user;
    user.email = u"not-an-email"_s;
    const auto result = QCoro::waitFor(c->createUser(user));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidRequest);
    QVERIFY(result.error().httpStatus() == 400 || result.error().httpStatus() == 422);
    QVERIFY(!result.error().message().isEmpty());
    // The API's own words reach the person running the import.
    QVERIFY(result.error().userMessage().contains(result.error().message()));
    QCOMPARE(c->stats()->snapshot().requests, 1);
}

void TestWorkOsClient::listMembershipsFollowsPages()
{
    auto c = client();
    const Api::User user = newUser(*c, u"paged"_s);
    QSet<QString> organizationIds;
    for (int i = 0; i < 5; ++i) {
        const Api::Organization organization = newOrganization(*c, u"Paged %1"_s.arg(i));
        QVERIFY(QCoro::waitFor(c->createMembership(user.id, organization.id)).ok());
        organizationIds.insert(organization.id);
    }
    const qint64 before = c->stats()->snapshot().requests;
    Api::MembershipQuery query = Api::MembershipQuery::forUser(user.id);
    query.pageSize = 2;
    const auto listed = QCoro::waitFor(c->listMemberships(query));
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : describe(listed.error())));
    QCOMPARE(listed->size(), 5);
    QSet<QString> seen;
    for (const Api::Membership &membership : listed.value()) {
        QCOMPARE(membership.userId, user.id);
        seen.insert(membership.organizationId);
    }
    QCOMPARE(seen, organizationIds);
    QCOMPARE(c->stats()->snapshot().requests - before, 3); // pages of 2, 2 and 1

    const auto ofOrganization =
        QCoro::waitFor(c->listMemberships(Api::MembershipQuery::forOrganization(*organizationIds.cbegin())));
    QVERIFY(ofOrganization.ok());
    QCOMPARE(ofOrganization->size(), 1);
    QCOMPARE(ofOrganization->constFirst().userId, user.id);
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
    Api::WorkOsClient c(configFor(QUrl(url), kFakeKey));
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

    Api::WorkOsClient c(configFor(server.url(), kFakeKey));
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
    auto config = configFor(server.url(), kFakeKey);
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
        auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
        auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
    auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
    auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
    Api::WorkOsClient c(configFor(server.url(), kFakeKey));
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
    auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
    auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
    Api::WorkOsClient c(configFor(sandbox.url(), sandbox.keys().constFirst()));
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
    Api::WorkOsClient later(configFor(healthy.url(), healthy.keys().constFirst()));
    later.cancelAll();
    QVERIFY(QCoro::waitFor(later.verifyKey()).ok());
}

void TestWorkOsClient::cancellationFlagStopsARequest()
{
    TestSupport::SandboxProcess sandbox;
    QVERIFY2(sandbox.startSandbox({u"--stall-rate"_s, u"1"_s}), qPrintable(sandbox.error()));
    auto flag = std::make_shared<std::atomic_bool>(false);
    auto config = configFor(sandbox.url(), sandbox.keys().constFirst());
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
    Api::WorkOsClient c(configFor(server.url(), kFakeKey));
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
    auto config = configFor(server.url(), key);
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
    auto c = std::make_unique<Api::WorkOsClient>(configFor(sandbox.url(), sandbox.keys().constFirst()));
    auto task = c->verifyKey();
    QTRY_COMPARE(c->inFlight(), 1);
    QTimer::singleShot(0, this, [&c] { c.reset(); });
    const auto result = QCoro::waitFor(task);
    QVERIFY(!c);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Cancelled);
}

// DELETE of a user, a membership, an organization: done the first time, NotFound after (the
// undo counts that as done for an object it was deleting). Deleting a user takes its
// memberships with it.
void TestWorkOsClient::deletesAnswerNotFoundTheSecondTime()
{
    auto c = client();
    const Api::User user = newUser(*c, u"del"_s);
    const Api::User other = newUser(*c, u"del"_s);
    const auto organization = QCoro::waitFor(c->createOrganization(u"Deleted soon"_s));
    QVERIFY(organization.ok());
    const auto membership = QCoro::waitFor(c->createMembership(user.id, organization->id));
    QVERIFY(membership.ok());
    const auto otherMembership = QCoro::waitFor(c->createMembership(other.id, organization->id));
    QVERIFY(otherMembership.ok());

    const auto first = QCoro::waitFor(c->deleteMembership(membership->id));
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : describe(first.error())));
    const auto second = QCoro::waitFor(c->deleteMembership(membership->id));
    QVERIFY(second.hasError(Kind::NotFound));
    QCOMPARE(second.error().httpStatus(), 404);

    QVERIFY(QCoro::waitFor(c->deleteUser(other.id)).ok());
    QVERIFY(QCoro::waitFor(c->deleteUser(other.id)).hasError(Kind::NotFound));
    // The other user's membership went with the user.
    Api::PageRequest page;
    const auto left = QCoro::waitFor(c->listMembershipsPage(Api::MembershipQuery::forOrganization(organization->id), page));
    QVERIFY(left.ok());
    QCOMPARE(left->items.size(), 0);

    QVERIFY(QCoro::waitFor(c->deleteOrganization(organization->id)).ok());
    QVERIFY(QCoro::waitFor(c->deleteOrganization(organization->id)).hasError(Kind::NotFound));
    QVERIFY(QCoro::waitFor(c->getOrganization(organization->id)).hasError(Kind::NotFound));
    // The first user stays.
    const auto still = QCoro::waitFor(c->findUserByEmail(user.email));
    QVERIFY(still.ok() && still.value().has_value());
}

void TestWorkOsClient::pagedListsVisitEveryObjectOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("ascending");
    for (const int limit : {1, 3, 100})
        for (const bool ascending : {false, true})
            QTest::addRow("limit %d %s", limit, ascending ? "asc" : "desc") << limit << ascending;
}

// Whatever the page size and order, following the cursors visits every object once, in order.
void TestWorkOsClient::pagedListsVisitEveryObjectOnce()
{
    QFETCH(int, limit);
    QFETCH(bool, ascending);
    auto c = client();
    const auto organization = QCoro::waitFor(c->createOrganization(u"Paging %1"_s.arg(limit)));
    QVERIFY(organization.ok());
    QStringList users;
    QStringList memberships;
    for (int i = 0; i < 7; ++i) {
        const Api::User user = newUser(*c, u"del"_s);
        users.append(user.id);
        const auto m = QCoro::waitFor(c->createMembership(user.id, organization->id));
        QVERIFY(m.ok());
        memberships.append(m->id);
    }
    if (!ascending) {
        std::reverse(users.begin(), users.end());
        std::reverse(memberships.begin(), memberships.end());
    }
    Api::UserFilter inOrganization;
    inOrganization.organizationId = organization->id;
    int requests = 0;
    QCOMPARE(collectPages([&](Api::PageRequest page) { return QCoro::waitFor(c->listUsers(inOrganization, page)); },
                          limit, ascending, &requests),
             users);
    QCOMPARE(requests, (7 + limit - 1) / limit); // 100 objects per read at most, never a wasted read
    const Api::MembershipQuery ofOrganization = Api::MembershipQuery::forOrganization(organization->id);
    QCOMPARE(collectPages([&](Api::PageRequest page) { return QCoro::waitFor(c->listMembershipsPage(ofOrganization, page)); },
                          limit, ascending),
             memberships);
    // Every organization of the environment, each once, the new one among them.
    const QStringList organizations = collectPages(
        [&](Api::PageRequest page) { return QCoro::waitFor(c->listOrganizations(Api::OrganizationFilter(), page)); },
        std::max(limit, 50), ascending);
    QVERIFY(organizations.contains(organization->id));
    QCOMPARE(QSet<QString>(organizations.begin(), organizations.end()).size(), organizations.size());
}

QTEST_GUILESS_MAIN(TestWorkOsClient)
#include "tst_workosclient.moc"
