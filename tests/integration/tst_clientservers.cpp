// Api::WorkOsClient's main behaviours against two implementations of the WorkOS API, each
// case run once per server (the data rows "sandbox/…" and "emulator/…"): workos-sandbox and
// the emulator shipped in the npm package workos@0.14.0 (tests/emulator). Both are started here
// on 127.0.0.1 with port 0. Where the servers answer differently, the row says what each
// answers; the differences_* tests pin down the places where the emulator and workos-sandbox
// disagree (docs/emulator-vs-sandbox.md), so that the document stays true.
//
// Without node or the emulator's npm packages, the emulator's rows are skipped (and the
// differences_* tests): the sandbox's rows still run.
//
// What only one server or a scripted answer can show (faults, limits, exact bytes on the wire)
// is in tst_workosclient. No QtTest macro runs inside a coroutine: every test slot drives the
// client with QCoro::waitFor.

#include "api/workosclient.h"

#include "../testsupport/clientfixtures.h"
#include "../testsupport/sandboxprocess.h"

#include <QCoro/QCoroTask>

#include <QtCore/QJsonObject>
#include <QtCore/QUuid>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using Api::ApiError;
using Kind = ApiError::Kind;
using TestSupport::newOrganization;
using TestSupport::newUser;
using TestSupport::uniqueEmail;

namespace {

enum class Server { Sandbox, Emulator };

QString describe(const ApiError &error)
{
    return error.technicalSummary();
}

} // namespace

Q_DECLARE_METATYPE(Server)
Q_DECLARE_METATYPE(Api::ApiError::Kind)

class TestClientServers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void verifyKeyAcceptsTheKey_data() { serverRows(); }
    void verifyKeyAcceptsTheKey();
    void verifyKeyTellsAWrongKey_data() { serverRows(); }
    void verifyKeyTellsAWrongKey();
    void createUserSendsEveryField_data() { serverRows(); }
    void createUserSendsEveryField();
    void emailTaken_data();
    void emailTaken();
    void findUserByEmail_data();
    void findUserByEmail();
    void organizations_data() { serverRows(); }
    void organizations();
    void organizationNotFound_data();
    void organizationNotFound();
    void membershipRoles_data();
    void membershipRoles();
    void membershipExists_data();
    void membershipExists();
    void invalidRequest_data();
    void invalidRequest();
    void listMembershipsFollowsPages_data() { serverRows(); }
    void listMembershipsFollowsPages();
    void deletesAnswerNotFoundTheSecondTime_data() { serverRows(); }
    void deletesAnswerNotFoundTheSecondTime();
    void pagedListsVisitEveryObjectOnce_data();
    void pagedListsVisitEveryObjectOnce();

    void differences_emailIsCaseSensitive();
    void differences_passwordHashNotValidated();
    void differences_externalIdsNotUnique();
    void differences_rolesNotValidated();

private:
    // The column "server" and one row per server, named after it.
    static void serverRows()
    {
        QTest::addColumn<Server>("server");
        QTest::newRow("sandbox") << Server::Sandbox;
        QTest::newRow("emulator") << Server::Emulator;
    }

    const TestSupport::SandboxProcess &process(Server server) const
    {
        return server == Server::Sandbox ? m_sandbox : m_emulator;
    }

    // A client for `server` with its key (or `key`); nullptr when that server is not running
    // (the emulator is not installed: m_emulatorMissing says why).
    std::unique_ptr<Api::WorkOsClient> client(Server server, const QString &key = {}) const
    {
        const TestSupport::SandboxProcess &p = process(server);
        if (!p.isRunning())
            return nullptr;
        return std::make_unique<Api::WorkOsClient>(
            TestSupport::clientConfig(p.url(), key.isEmpty() ? p.keys().constFirst() : key));
    }

    TestSupport::SandboxProcess m_sandbox;
    TestSupport::SandboxProcess m_emulator;
    QByteArray m_emulatorMissing;
};

// The client for the row's server, or the row skipped when that server is not there.
#define CLIENT_FOR_ROW(c, ...)                                                                      \
    QFETCH(Server, server);                                                                       \
    auto c = client(server __VA_OPT__(, ) __VA_ARGS__);                                           \
    if (!c)                                                                                       \
        QSKIP(m_emulatorMissing.constData());

void TestClientServers::initTestCase()
{
    QVERIFY2(m_sandbox.startSandbox(), qPrintable(m_sandbox.error()));
    QCOMPARE(m_sandbox.url().host(), u"127.0.0.1"_s);
    if (TestSupport::SandboxProcess::nodeProgram().isEmpty()) {
        m_emulatorMissing = "node is not installed: install Node.js 20 to run the client against the npm WorkOS emulator";
    } else if (TestSupport::SandboxProcess::emulatorScript().isEmpty()) {
        m_emulatorMissing = "the npm WorkOS emulator is not installed: run `npm ci` in tests/emulator";
    } else {
        QVERIFY2(m_emulator.startEmulator(), qPrintable(m_emulator.error()));
        QCOMPARE(m_emulator.url().host(), u"127.0.0.1"_s);
    }
}

void TestClientServers::cleanupTestCase()
{
    m_emulator.stop();
    m_sandbox.stop();
}

void TestClientServers::verifyKeyAcceptsTheKey()
{
    CLIENT_FOR_ROW(c);
    const auto result = QCoro::waitFor(c->verifyKey());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QCOMPARE(c->stats()->snapshot().requests, 1);
}

void TestClientServers::verifyKeyTellsAWrongKey()
{
    CLIENT_FOR_ROW(c, u"sk_test_not_the_servers_key"_s);
    const auto result = QCoro::waitFor(c->verifyKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Unauthorized);
    QCOMPARE(result.error().httpStatus(), 401);
    QVERIFY(!result.error().retryable());
    QVERIFY(result.error().blocksAllRequests());
    QVERIFY(result.error().userMessage().contains(u"API key"_s));
    QVERIFY(!result.error().requestId().isEmpty());
    QCOMPARE(c->stats()->snapshot().requests, 1); // a 401 is not retried
}

void TestClientServers::createUserSendsEveryField()
{
    CLIENT_FOR_ROW(c);
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

    const auto found = QCoro::waitFor(c->findUserByEmail(user.email));
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(found.value()->id, created->id);
}

void TestClientServers::emailTaken_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<bool>("upper");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("subCode"); // empty: none expected
    QTest::addRow("sandbox/same letter case") << Server::Sandbox << false << 400 << u"user_creation_error"_s
                                              << u"email_not_available"_s;
    QTest::addRow("sandbox/different letter case") << Server::Sandbox << true << 400 << u"user_creation_error"_s
                                                   << u"email_not_available"_s;
    // The emulator answers the legacy 409 user_already_exists; it still means "email taken".
    // (It takes another letter case for another email: differences_emailIsCaseSensitive.)
    QTest::addRow("emulator/same letter case") << Server::Emulator << false << 409 << u"user_already_exists"_s
                                               << QString();
}

void TestClientServers::emailTaken()
{
    QFETCH(bool, upper);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, subCode);
    CLIENT_FOR_ROW(c);
    const Api::User first = newUser(*c, u"taken"_s);
    Api::NewUser again;
    again.email = upper ? first.email.toUpper() : first.email;
    const auto result = QCoro::waitFor(c->createUser(again));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::EmailTaken);
    QCOMPARE(result.error().httpStatus(), status);
    QCOMPARE(result.error().code(), code);
    if (!subCode.isEmpty())
        QVERIFY(result.error().subCodes().contains(subCode));
    QVERIFY(!result.error().requestId().isEmpty());
    QCOMPARE(result.error().endpoint(), u"POST /user_management/users"_s);
    QVERIFY(!result.error().retryable());
}

void TestClientServers::findUserByEmail_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("asked");
    QTest::addColumn<bool>("found");
    for (const Server server : {Server::Sandbox, Server::Emulator}) {
        const char *name = server == Server::Sandbox ? "sandbox" : "emulator";
        QTest::addRow("%s/exact", name) << server << u"find.exact@example.com"_s << u"find.exact@example.com"_s << true;
        // The emulator compares emails letter for letter: differences_emailIsCaseSensitive.
        if (server == Server::Sandbox)
            QTest::addRow("%s/other letter case", name)
                << server << u"Find.Case@Example.com"_s << u"find.case@example.COM"_s << true;
        QTest::addRow("%s/plus sign", name) << server << u"find+tag@example.com"_s << u"find+tag@example.com"_s << true;
        QTest::addRow("%s/missing", name) << server << QString() << u"nobody.here@example.com"_s << false;
    }
}

void TestClientServers::findUserByEmail()
{
    QFETCH(QString, stored);
    QFETCH(QString, asked);
    QFETCH(bool, found);
    CLIENT_FOR_ROW(c);
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

void TestClientServers::organizations()
{
    CLIENT_FOR_ROW(c);
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

void TestClientServers::organizationNotFound_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<bool>("byExternalId");
    for (const Server server : {Server::Sandbox, Server::Emulator}) {
        const char *name = server == Server::Sandbox ? "sandbox" : "emulator";
        QTest::addRow("%s/by id", name) << server << false;
        QTest::addRow("%s/by external id", name) << server << true;
    }
}

void TestClientServers::organizationNotFound()
{
    QFETCH(bool, byExternalId);
    CLIENT_FOR_ROW(c);
    const auto result = QCoro::waitFor(byExternalId ? c->getOrganizationByExternalId(u"no-such-org"_s)
                                                    : c->getOrganization(u"org_01NOSUCHORGANIZATION0000"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::NotFound);
    QCOMPARE(result.error().httpStatus(), 404);
    QCOMPARE(c->stats()->snapshot().requests, 1);
}

void TestClientServers::membershipRoles_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<QStringList>("sent");
    QTest::addColumn<QStringList>("expected");
    for (const Server server : {Server::Sandbox, Server::Emulator}) {
        const char *name = server == Server::Sandbox ? "sandbox" : "emulator";
        QTest::addRow("%s/none: the default role", name) << server << QStringList() << QStringList {u"member"_s};
        QTest::addRow("%s/one slug", name) << server << QStringList {u"admin"_s} << QStringList {u"admin"_s};
    }
}

void TestClientServers::membershipRoles()
{
    QFETCH(QStringList, sent);
    QFETCH(QStringList, expected);
    CLIENT_FOR_ROW(c);
    const Api::User user = newUser(*c, u"member"_s);
    const Api::Organization organization = newOrganization(*c, u"Roles Inc"_s);
    const auto result = QCoro::waitFor(c->createMembership(user.id, organization.id, sent));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
    QVERIFY(!result->id.isEmpty());
    QCOMPARE(result->userId, user.id);
    QCOMPARE(result->organizationId, organization.id);
    QCOMPARE(result->roleSlugs, expected);
}

void TestClientServers::membershipExists_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addRow("sandbox") << Server::Sandbox << Kind::MembershipExists
                             << u"organization_membership_already_exists"_s;
    // The emulator answers an existing membership with a bare 409 "conflict", not WorkOS's
    // organization_membership_already_exists: the client does not take that as proof (the row
    // importer then checks the user's memberships, see tst_rowimporter), and keeps the code.
    QTest::addRow("emulator") << Server::Emulator << Kind::InvalidRequest << u"conflict"_s;
}

void TestClientServers::membershipExists()
{
    QFETCH(Kind, kind);
    QFETCH(QString, code);
    CLIENT_FOR_ROW(c);
    const Api::User user = newUser(*c, u"twice"_s);
    const Api::Organization organization = newOrganization(*c, u"Twice"_s);
    QVERIFY(QCoro::waitFor(c->createMembership(user.id, organization.id)).ok());
    const auto result = QCoro::waitFor(c->createMembership(user.id, organization.id));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), kind);
    QCOMPARE(result.error().httpStatus(), 409);
    QCOMPARE(result.error().code(), code);
}

void TestClientServers::invalidRequest_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QList<int>>("statuses"); // the HTTP statuses the server may answer
    QTest::addRow("sandbox/not an email") << Server::Sandbox << u"not-an-email"_s << QList<int> {400, 422};
    QTest::addRow("sandbox/no email") << Server::Sandbox << QString() << QList<int> {400, 422};
    // The emulator takes any text for an email: differences_passwordHashNotValidated.
    QTest::addRow("emulator/no email") << Server::Emulator << QString() << QList<int> {422};
}

void TestClientServers::invalidRequest()
{
    QFETCH(QString, email);
    QFETCH(QList<int>, statuses);
    CLIENT_FOR_ROW(c);
    Api::NewUser user;
    user.email = email;
    const auto result = QCoro::waitFor(c->createUser(user));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidRequest);
    QVERIFY2(statuses.contains(result.error().httpStatus()), qPrintable(QString::number(result.error().httpStatus())));
    QVERIFY2(result.error().message().contains(u"email"_s), qPrintable(result.error().message()));
    // The API's own words reach the person running the import.
    QVERIFY(result.error().userMessage().contains(result.error().message()));
    QCOMPARE(c->stats()->snapshot().requests, 1);
}

void TestClientServers::listMembershipsFollowsPages()
{
    CLIENT_FOR_ROW(c);
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

// DELETE of a user, a membership, an organization: done the first time, NotFound after (the
// undo counts that as done for an object it was deleting). Deleting a user takes its
// memberships with it.
void TestClientServers::deletesAnswerNotFoundTheSecondTime()
{
    CLIENT_FOR_ROW(c);
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

void TestClientServers::pagedListsVisitEveryObjectOnce_data()
{
    QTest::addColumn<Server>("server");
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("ascending");
    for (const Server server : {Server::Sandbox, Server::Emulator})
        for (const int limit : {1, 3, 100})
            for (const bool ascending : {false, true})
                QTest::addRow("%s/limit %d %s", server == Server::Sandbox ? "sandbox" : "emulator", limit,
                              ascending ? "asc" : "desc")
                    << server << limit << ascending;
}

// Whatever the page size and order, following the cursors visits every object once, in order.
void TestClientServers::pagedListsVisitEveryObjectOnce()
{
    QFETCH(int, limit);
    QFETCH(bool, ascending);
    CLIENT_FOR_ROW(c);
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
    using TestSupport::collectPages;
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

// The emulator only, where it disagrees with workos-sandbox (docs/emulator-vs-sandbox.md).
#define EMULATOR_CLIENT(c)                                                                          \
    auto c = client(Server::Emulator);                                                              \
    if (!c)                                                                                         \
        QSKIP(m_emulatorMissing.constData());

void TestClientServers::differences_emailIsCaseSensitive()
{
    // The sandbox (like WorkOS) treats emails case-insensitively; the emulator does not.
    EMULATOR_CLIENT(c);
    const QString email = newUser(*c, u"emu.case"_s).email;
    Api::NewUser upper;
    upper.email = email.toUpper();
    QVERIFY(QCoro::waitFor(c->createUser(upper)).ok());
    const QString onlyLower = newUser(*c, u"emu.lower"_s).email;
    const auto found = QCoro::waitFor(c->findUserByEmail(onlyLower.toUpper()));
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());
}

void TestClientServers::differences_passwordHashNotValidated()
{
    EMULATOR_CLIENT(c);
    Api::NewUser user;
    user.email = uniqueEmail(u"emu.hash"_s);
    user.passwordHash = u"this is not a bcrypt hash"_s;
    user.passwordHashType = u"bcrypt"_s;
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    // Not even the hash type is checked (the sandbox answers password_hash_type_invalid).
    user.email = uniqueEmail(u"emu.md5"_s);
    user.passwordHashType = u"md5"_s;
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    // Nor the email's form (the sandbox answers email_invalid).
    Api::NewUser invalidEmail;
    invalidEmail.email = u"not-an-email"_s;
    QVERIFY(QCoro::waitFor(c->createUser(invalidEmail)).ok());
}

void TestClientServers::differences_externalIdsNotUnique()
{
    EMULATOR_CLIENT(c);
    Api::NewUser user;
    user.externalId = u"emu-shared-ext"_s;
    user.email = uniqueEmail(u"emu.ext.a"_s);
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    user.email = uniqueEmail(u"emu.ext.b"_s);
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    QVERIFY(QCoro::waitFor(c->createOrganization(u"One"_s, u"emu-shared-org"_s)).ok());
    QVERIFY(QCoro::waitFor(c->createOrganization(u"Two"_s, u"emu-shared-org"_s)).ok());
}

void TestClientServers::differences_rolesNotValidated()
{
    EMULATOR_CLIENT(c);
    const Api::User user = newUser(*c, u"emu.roles"_s);
    const auto first = QCoro::waitFor(c->createOrganization(u"Roles A"_s));
    const auto second = QCoro::waitFor(c->createOrganization(u"Roles B"_s));
    QVERIFY(first.ok() && second.ok());
    // An unknown role slug is stored as given (the sandbox answers invalid_role) ...
    const auto unknown = QCoro::waitFor(c->createMembership(user.id, first->id, {u"overlord"_s}));
    QVERIFY(unknown.ok());
    QCOMPARE(unknown->roleSlugs, QStringList {u"overlord"_s});
    // ... and role_slugs is ignored: the default role, no multiple_roles_not_enabled.
    const auto several = QCoro::waitFor(c->createMembership(user.id, second->id, {u"admin"_s, u"member"_s}));
    QVERIFY(several.ok());
    QCOMPARE(several->roleSlugs, QStringList {u"member"_s});
    // A membership for a user that does not exist is accepted too.
    QVERIFY(QCoro::waitFor(c->createMembership(u"user_01DOESNOTEXIST0000000000"_s, first->id)).ok());
}

QTEST_GUILESS_MAIN(TestClientServers)
#include "tst_clientservers.moc"
