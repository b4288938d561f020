// Api::WorkOsClient against an independent implementation of the WorkOS API: the emulator
// shipped in the npm package workos@0.14.0 (tests/emulator, started here on 127.0.0.1 with
// port 0). The main behaviours must hold there too; the differences_* tests pin down the
// places where the emulator and workos-sandbox disagree (docs/emulator-vs-sandbox.md), so
// that the document stays true.

#include "api/workosclient.h"

#include "../testsupport/sandboxprocess.h"

#include <QCoro/QCoroTask>

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Api::ApiError;
using Kind = ApiError::Kind;

namespace {

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

class TestClientEmulator : public QObject
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
    void createAndFindUser();
    void emailTaken();
    void findUserByEmailMissing();
    void organizations();
    void organizationNotFound_data();
    void organizationNotFound();
    void membershipAndMembershipExists();
    void listMembershipsFollowsPages();
    void invalidRequest();

    void differences_emailIsCaseSensitive();
    void differences_passwordHashNotValidated();
    void differences_externalIdsNotUnique();
    void differences_rolesNotValidated();

private:
    std::unique_ptr<Api::WorkOsClient> client(const QString &key = {})
    {
        Api::ClientConfig config;
        config.baseUrl = m_emulator.url();
        config.apiKey = Api::ApiKey(key.isEmpty() ? m_emulator.keys().constFirst() : key);
        config.retryPolicy.baseDelay = 20ms;
        return std::make_unique<Api::WorkOsClient>(std::move(config));
    }
    Api::User newUser(Api::WorkOsClient &client, const QString &email)
    {
        Api::NewUser user;
        user.email = email;
        auto created = QCoro::waitFor(client.createUser(user));
        if (!created)
            qFatal("cannot create a user: %s", qPrintable(describe(created.error())));
        return created.value();
    }

    TestSupport::SandboxProcess m_emulator;
};

void TestClientEmulator::initTestCase()
{
    if (TestSupport::SandboxProcess::nodeProgram().isEmpty())
        QSKIP("node is not installed: install Node.js 20 to run the client against the npm WorkOS emulator");
    if (TestSupport::SandboxProcess::emulatorScript().isEmpty())
        QSKIP("the npm WorkOS emulator is not installed: run `npm ci` in tests/emulator");
    QVERIFY2(m_emulator.startEmulator(), qPrintable(m_emulator.error()));
    QCOMPARE(m_emulator.url().host(), u"127.0.0.1"_s);
}

void TestClientEmulator::cleanupTestCase()
{
    m_emulator.stop();
}

void TestClientEmulator::verifyKeyAcceptsTheKey()
{
    auto c = client();
    const auto result = QCoro::waitFor(c->verifyKey());
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : describe(result.error())));
}

void TestClientEmulator::verifyKeyTellsAWrongKey()
{
    auto c = client(u"sk_test_not_the_emulators_key"_s);
    const auto result = QCoro::waitFor(c->verifyKey());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::Unauthorized);
    QVERIFY(!result.error().requestId().isEmpty());
}

void TestClientEmulator::createAndFindUser()
{
    auto c = client();
    Api::NewUser user;
    user.email = uniqueEmail(u"emu.user"_s);
    user.firstName = u"Ada"_s;
    user.lastName = u"Lovelace"_s;
    user.emailVerified = true;
    user.externalId = u"emu-ext-1"_s;
    const auto created = QCoro::waitFor(c->createUser(user));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    QVERIFY(created->id.startsWith(u"user_"_s));
    QCOMPARE(created->email, user.email);
    QCOMPARE(created->firstName, user.firstName);
    QCOMPARE(created->emailVerified, true);
    QCOMPARE(created->externalId, user.externalId);

    const auto found = QCoro::waitFor(c->findUserByEmail(user.email));
    QVERIFY(found.ok());
    QVERIFY(found->has_value());
    QCOMPARE(found.value()->id, created->id);
}

void TestClientEmulator::emailTaken()
{
    auto c = client();
    const Api::User first = newUser(*c, uniqueEmail(u"emu.taken"_s));
    Api::NewUser again;
    again.email = first.email;
    const auto result = QCoro::waitFor(c->createUser(again));
    QVERIFY(!result.ok());
    // The emulator answers the legacy 409 user_already_exists; it still means "email taken".
    QCOMPARE(result.error().kind(), Kind::EmailTaken);
    QCOMPARE(result.error().httpStatus(), 409);
    QCOMPARE(result.error().code(), u"user_already_exists"_s);
}

void TestClientEmulator::findUserByEmailMissing()
{
    auto c = client();
    const auto found = QCoro::waitFor(c->findUserByEmail(u"nobody.at.all@example.com"_s));
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());
}

void TestClientEmulator::organizations()
{
    auto c = client();
    const QString externalId = u"emu/org 1"_s;
    const auto created = QCoro::waitFor(c->createOrganization(u"Emulated Org"_s, externalId));
    QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : describe(created.error())));
    QVERIFY(created->id.startsWith(u"org_"_s));
    QCOMPARE(created->externalId, externalId);
    const auto byId = QCoro::waitFor(c->getOrganization(created->id));
    QVERIFY(byId.ok());
    QCOMPARE(byId->name, u"Emulated Org"_s);
    const auto byExternalId = QCoro::waitFor(c->getOrganizationByExternalId(externalId));
    QVERIFY2(byExternalId.ok(), qPrintable(byExternalId.ok() ? QString() : describe(byExternalId.error())));
    QCOMPARE(byExternalId->id, created->id);
}

void TestClientEmulator::organizationNotFound_data()
{
    QTest::addColumn<bool>("byExternalId");
    QTest::addRow("by id") << false;
    QTest::addRow("by external id") << true;
}

void TestClientEmulator::organizationNotFound()
{
    QFETCH(bool, byExternalId);
    auto c = client();
    const auto result = QCoro::waitFor(byExternalId ? c->getOrganizationByExternalId(u"emu-missing"_s)
                                                    : c->getOrganization(u"org_01NOSUCHORGANIZATION0000"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::NotFound);
}

void TestClientEmulator::membershipAndMembershipExists()
{
    auto c = client();
    const Api::User user = newUser(*c, uniqueEmail(u"emu.member"_s));
    const auto organization = QCoro::waitFor(c->createOrganization(u"Members Ltd"_s));
    QVERIFY(organization.ok());
    const auto membership = QCoro::waitFor(c->createMembership(user.id, organization->id, {u"admin"_s}));
    QVERIFY2(membership.ok(), qPrintable(membership.ok() ? QString() : describe(membership.error())));
    QCOMPARE(membership->userId, user.id);
    QCOMPARE(membership->organizationId, organization->id);
    QCOMPARE(membership->roleSlugs, QStringList {u"admin"_s});

    // The emulator answers an existing membership with a bare 409 "conflict", not WorkOS's
    // organization_membership_already_exists: the client does not take that as proof (the row
    // importer then checks the user's memberships, see tst_rowimporter), and keeps the code.
    const auto again = QCoro::waitFor(c->createMembership(user.id, organization->id, {u"admin"_s}));
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind(), Kind::InvalidRequest);
    QCOMPARE(again.error().httpStatus(), 409);
    QCOMPARE(again.error().code(), u"conflict"_s);
}

void TestClientEmulator::listMembershipsFollowsPages()
{
    auto c = client();
    const Api::User user = newUser(*c, uniqueEmail(u"emu.paged"_s));
    QSet<QString> organizationIds;
    for (int i = 0; i < 5; ++i) {
        const auto organization = QCoro::waitFor(c->createOrganization(u"Paged %1"_s.arg(i)));
        QVERIFY(organization.ok());
        QVERIFY(QCoro::waitFor(c->createMembership(user.id, organization->id)).ok());
        organizationIds.insert(organization->id);
    }
    const qint64 before = c->stats()->snapshot().requests;
    Api::MembershipQuery query = Api::MembershipQuery::forUser(user.id);
    query.pageSize = 2;
    const auto listed = QCoro::waitFor(c->listMemberships(query));
    QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : describe(listed.error())));
    QSet<QString> seen;
    for (const Api::Membership &membership : listed.value())
        seen.insert(membership.organizationId);
    QCOMPARE(listed->size(), 5);
    QCOMPARE(seen, organizationIds);
    QCOMPARE(c->stats()->snapshot().requests - before, 3);
}

void TestClientEmulator::invalidRequest()
{
    auto c = client();
    const auto result = QCoro::waitFor(c->createUser(Api::NewUser {})); // no email at all
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind(), Kind::InvalidRequest);
    QCOMPARE(result.error().httpStatus(), 422);
    QVERIFY(result.error().message().contains(u"email"_s));
}

void TestClientEmulator::differences_emailIsCaseSensitive()
{
    // The sandbox (like WorkOS) treats emails case-insensitively; the emulator does not.
    auto c = client();
    const QString email = uniqueEmail(u"emu.case"_s);
    newUser(*c, email);
    Api::NewUser upper;
    upper.email = email.toUpper();
    QVERIFY(QCoro::waitFor(c->createUser(upper)).ok());
    const QString onlyLower = uniqueEmail(u"emu.lower"_s);
    newUser(*c, onlyLower);
    const auto found = QCoro::waitFor(c->findUserByEmail(onlyLower.toUpper()));
    QVERIFY(found.ok());
    QVERIFY(!found->has_value());
}

void TestClientEmulator::differences_passwordHashNotValidated()
{
    auto c = client();
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

void TestClientEmulator::differences_externalIdsNotUnique()
{
    auto c = client();
    Api::NewUser user;
    user.externalId = u"emu-shared-ext"_s;
    user.email = uniqueEmail(u"emu.ext.a"_s);
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    user.email = uniqueEmail(u"emu.ext.b"_s);
    QVERIFY(QCoro::waitFor(c->createUser(user)).ok());
    QVERIFY(QCoro::waitFor(c->createOrganization(u"One"_s, u"emu-shared-org"_s)).ok());
    QVERIFY(QCoro::waitFor(c->createOrganization(u"Two"_s, u"emu-shared-org"_s)).ok());
}

void TestClientEmulator::differences_rolesNotValidated()
{
    auto c = client();
    const Api::User user = newUser(*c, uniqueEmail(u"emu.roles"_s));
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

// DELETE of a user, a membership, an organization: done the first time, NotFound after (the
// undo counts that as done for an object it was deleting). Deleting a user takes its
// memberships with it.
void TestClientEmulator::deletesAnswerNotFoundTheSecondTime()
{
    auto c = client();
    const Api::User user = newUser(*c, uniqueEmail(u"emu.del"_s));
    const Api::User other = newUser(*c, uniqueEmail(u"emu.del"_s));
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

void TestClientEmulator::pagedListsVisitEveryObjectOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<bool>("ascending");
    for (const int limit : {1, 3, 100})
        for (const bool ascending : {false, true})
            QTest::addRow("limit %d %s", limit, ascending ? "asc" : "desc") << limit << ascending;
}

// Whatever the page size and order, following the cursors visits every object once, in order.
void TestClientEmulator::pagedListsVisitEveryObjectOnce()
{
    QFETCH(int, limit);
    QFETCH(bool, ascending);
    auto c = client();
    const auto organization = QCoro::waitFor(c->createOrganization(u"Paging %1"_s.arg(limit)));
    QVERIFY(organization.ok());
    QStringList users;
    QStringList memberships;
    for (int i = 0; i < 7; ++i) {
        const Api::User user = newUser(*c, uniqueEmail(u"emu.del"_s));
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

QTEST_GUILESS_MAIN(TestClientEmulator)
#include "tst_clientemulator.moc"
