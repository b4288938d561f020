// Engine::RowImporter's replay paths against a scripted server (FakeHttpServer), for answers
// WorkOS may give but workos-sandbox does not: a replayed user creation refused with
// external_id_already_used (WorkOS checking the external id before the email), a lookup by
// email that finds nothing for a moment right after a create, and 409s on a membership whose
// code is not WorkOS's "already a member". Each must end as "already existed" when the record
// really is this row's, and as the row's error with the API's code when it is not.
#include "engine/import/orgdirectory.h"
#include "engine/import/rowimporter.h"
#include "engine/import/userdirectory.h"

#include "../testsupport/fakehttpserver.h"

#include <QCoro/QCoroTask>

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Answer = TestSupport::FakeHttpServer::Answer;

Q_DECLARE_METATYPE(Store::Outcome)
Q_DECLARE_METATYPE(Store::UserResult)
Q_DECLARE_METATYPE(Store::Stage)

namespace {

const QByteArray UserJson = R"({"object":"user","id":"user_1","email":"Ann@Example.com","external_id":"ext-1"})"_ba;
const QByteArray OtherUserJson = R"({"object":"user","id":"user_9","email":"someone.else@example.com","external_id":"ext-1"})"_ba;
const QByteArray MembershipJson =
    R"({"object":"organization_membership","id":"om_1","user_id":"user_1","organization_id":"org_1","status":"active","role":{"slug":"member"}})"_ba;

Answer answer(int status, const QByteArray &body)
{
    Answer a;
    a.status = status;
    a.body = body;
    return a;
}

Answer emailTaken()
{
    return answer(400, R"({"code":"user_creation_error","message":"Could not create user.","errors":[{"code":"email_not_available","message":"This email is not available."}]})"_ba);
}

Answer externalIdTaken()
{
    return answer(400, R"({"code":"external_id_already_used","message":"The external_id provided has already been assigned to another user.","errors":[{"field":"external_id","code":"external_id_already_used"}]})"_ba);
}

Answer list(const QByteArray &items)
{
    return answer(200, R"({"object":"list","data":[)"_ba + items + R"(],"list_metadata":{"before":null,"after":null}})"_ba);
}

Answer conflict(const QByteArray &code)
{
    return answer(409, R"({"code":")"_ba + code + R"(","message":"conflict"})"_ba);
}

} // namespace

class TestRowImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replays_data();
    void replays();
};

void TestRowImporter::replays_data()
{
    QTest::addColumn<QList<Answer>>("answers");
    QTest::addColumn<QStringList>("requests"); // "METHOD target" in order
    QTest::addColumn<Store::Outcome>("outcome");
    QTest::addColumn<Store::UserResult>("user");
    QTest::addColumn<QString>("code"); // of a failed row
    QTest::addColumn<bool>("retryable");

    const QString create = u"POST /user_management/users"_s;
    const QString byEmail = u"GET /user_management/users?email=Ann%40Example.com&limit=10"_s;
    const QString byExternalId = u"GET /user_management/users/external_id/ext-1"_s;
    const QString addMember = u"POST /user_management/organization_memberships"_s;
    const QString listMembers = u"GET /user_management/organization_memberships?user_id=user_1&limit=100"_s;

    QTest::addRow("replayed create answered external_id_already_used: the holder has this email")
        << QList<Answer> {externalIdTaken(), answer(200, UserJson), answer(201, MembershipJson)}
        << QStringList {create, byExternalId, addMember} << Store::Outcome::MembershipAdded
        << Store::UserResult::Existed << QString() << false;
    QTest::addRow("external_id_already_used by another person: the row's error")
        << QList<Answer> {externalIdTaken(), answer(200, OtherUserJson)} << QStringList {create, byExternalId}
        << Store::Outcome::Failed << Store::UserResult::None << u"external_id_already_used"_s << false;
    QTest::addRow("email taken, the lookup lags twice, then finds the user")
        << QList<Answer> {emailTaken(), list({}), list({}), list(UserJson), answer(201, MembershipJson)}
        << QStringList {create, byEmail, byEmail, byEmail, addMember} << Store::Outcome::MembershipAdded
        << Store::UserResult::Existed << QString() << false;
    QTest::addRow("email taken, the lookup lags; found by external id")
        << QList<Answer> {emailTaken(), list({}), list({}), list({}), list({}), list({}), answer(200, UserJson),
                          answer(201, MembershipJson)}
        << QStringList {create, byEmail, byEmail, byEmail, byEmail, byEmail, byExternalId, addMember}
        << Store::Outcome::MembershipAdded << Store::UserResult::Existed << QString() << false;
    QTest::addRow("email taken, nobody found: a failure a later run retries")
        << QList<Answer> {emailTaken(), list({}), list({}), list({}), list({}), list({}),
                          answer(404, R"({"code":"entity_not_found","message":"not found"})"_ba)}
        << QStringList {create, byEmail, byEmail, byEmail, byEmail, byEmail, byExternalId} << Store::Outcome::Failed
        << Store::UserResult::None << u"not_found"_s << true;
    QTest::addRow("409 organization_membership_already_exists: already a member, nothing to check")
        << QList<Answer> {answer(201, UserJson), conflict("organization_membership_already_exists")}
        << QStringList {create, addMember} << Store::Outcome::MembershipExisted << Store::UserResult::Created
        << QString() << false;
    QTest::addRow("409 with another code, the membership is there: already a member")
        << QList<Answer> {answer(201, UserJson), conflict("conflict"), list(MembershipJson)}
        << QStringList {create, addMember, listMembers} << Store::Outcome::MembershipExisted
        << Store::UserResult::Created << QString() << false;
    QTest::addRow("409 with another code, no membership: the row's error with that code")
        << QList<Answer> {answer(201, UserJson), conflict("cannot_reactivate_pending_organization_membership"), list({})}
        << QStringList {create, addMember, listMembers} << Store::Outcome::Failed << Store::UserResult::Created
        << u"cannot_reactivate_pending_organization_membership"_s << false;
    QByteArray pending = MembershipJson;
    pending.replace(R"("status":"active")", R"("status":"pending")");
    QTest::addRow("409 with another code, only a pending membership: the row's error")
        << QList<Answer> {answer(201, UserJson), conflict("cannot_reactivate_pending_organization_membership"), list(pending)}
        << QStringList {create, addMember, listMembers} << Store::Outcome::Failed << Store::UserResult::Created
        << u"cannot_reactivate_pending_organization_membership"_s << false;
}

void TestRowImporter::replays()
{
    QFETCH(QList<Answer>, answers);
    QFETCH(QStringList, requests);
    QFETCH(Store::Outcome, outcome);
    QFETCH(Store::UserResult, user);
    QFETCH(QString, code);
    QFETCH(bool, retryable);

    TestSupport::FakeHttpServer server;
    for (const Answer &a : answers)
        server.enqueue(a);
    Api::ClientConfig config;
    config.baseUrl = server.url();
    config.apiKey = Api::ApiKey(u"sk_test_rowimporter"_s);
    config.retryPolicy.maxRetries = 0;
    Api::WorkOsClient client(config);

    Engine::OrgDirectory orgs;
    Engine::OrgState org;
    org.entry.key = u"ext:acme"_s;
    org.entry.organizationId = u"org_1"_s;
    org.entry.name = u"Acme"_s;
    org.entry.resolution = Store::OrgResolution::Existed;
    orgs.put(org);
    Engine::UserDirectory users;
    std::atomic_bool stop = false;
    std::atomic_bool multipleRolesOff = false;
    Engine::RowImporter importer(u"job"_s, &client, &orgs, &users, &stop, &multipleRolesOff);

    Model::UserRow row;
    row.row = 1;
    row.line = 2;
    row.email = u"Ann@Example.com"_s;
    row.emailKey = row.email.toLower();
    row.externalId = u"ext-1"_s;
    row.org.externalId = u"acme"_s;
    row.org.name = u"Acme"_s;
    row.roleSlugs = {u"member"_s};

    const std::optional<Store::RowOutcome> result = QCoro::waitFor(importer.import(row));
    QVERIFY(result.has_value());
    QStringList sent;
    for (const auto &request : server.requests())
        sent.append(QString::fromLatin1(request.method + ' ' + request.target));
    QCOMPARE(sent, requests);
    QVERIFY2(result->outcome == outcome, qPrintable(result->code + u": "_s + result->message));
    QCOMPARE(result->user, user);
    if (outcome == Store::Outcome::Failed) {
        QCOMPARE(result->code, code);
        QCOMPARE(result->retryable, retryable);
        QVERIFY(!result->message.isEmpty());
    } else {
        QCOMPARE(result->userId, u"user_1"_s);
        QCOMPARE(users.claim(row.emailKey).userId, u"user_1"_s);
    }
}

QTEST_GUILESS_MAIN(TestRowImporter)
#include "tst_rowimporter.moc"
