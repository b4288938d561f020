// The cutover (docs/cutover.md), end to end with the built programs:
//
//  * roles created with consent: `workos-import --create-missing-roles` creates exactly the
//    role slugs the environment lacks (POST /authorization/roles, with a name made from the
//    slug), records them with the job, and the memberships get those roles; a second run
//    creates nothing. The same test runs against workos-sandbox and the npm emulator;
//  * without the flag the rows with an unknown role fail (invalid_role) and no role is made;
//  * undo takes back users, organizations and memberships and names the roles the job
//    created (WorkOS's API cannot delete an environment role);
//  * `workos-import map JOB --out FILE` (CSV and JSON) from a real import into the sandbox:
//    every line's WorkOS user id, organization id and membership id are the server's, the
//    row's external id is its source id, no request reaches the server while the map is made,
//    and the job's input file or store is refused as the output;
//  * the sandbox's POST /authorization/roles and PUT /user_management/users/{id}: WorkOS's
//    validation, counted as a write, journalled without a password or a hash.

#include "api/workosclient.h"
#include "engine/import/rolecreator.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QCoro/QCoroTask>

#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::readFile;
using TestSupport::writeFile;
using TestSupport::CliResult;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_Zq8CutoverKey"_s;
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

// Five people in two organizations; "auditor" and "billing-admin" are not roles of a fresh
// sandbox (member, admin) nor of a fresh emulator.
const QByteArray RolesCsv = "email,first_name,external_id,org_external_id,org_name,role_slugs\n"
                            "ann@example.com,Ann,src-1,acme,Acme,member\n"
                            "bob@example.com,Bob,src-2,acme,Acme,auditor\n"
                            "cy@example.com,Cy,src-3,globex,Globex,billing-admin\n"
                            "ann@example.com,Ann,src-1,globex,Globex,auditor\n"
                            "dee@example.com,Dee,src-4,,,\n";

QStringList roleSlugs(const QUrl &server)
{
    int status = 0;
    const QJsonObject list = TestSupport::httpJson("GET", server.resolved(QUrl(u"/authorization/roles"_s)), Key, {}, &status).object();
    QStringList slugs;
    for (const QJsonValue &r : list.value(u"data"_s).toArray())
        slugs.append(r[u"slug"_s].toString());
    return slugs;
}

QString roleName(const QUrl &server, const QString &slug)
{
    const QJsonObject list = TestSupport::httpJson("GET", server.resolved(QUrl(u"/authorization/roles"_s)), Key).object();
    for (const QJsonValue &r : list.value(u"data"_s).toArray())
        if (r[u"slug"_s].toString() == slug)
            return r[u"name"_s].toString();
    return {};
}

QList<QStringList> readCsv(const QString &path)
{
    QList<QStringList> rows;
    const QString text = QString::fromUtf8(readFile(path));
    for (const QString &line : text.split(u"\r\n"_s, Qt::SkipEmptyParts))
        rows.append(line.split(u','));
    return rows;
}

qint64 requestCount(const QUrl &sandbox)
{
    const QJsonObject stats = TestSupport::sandboxStats(sandbox);
    qint64 n = 0;
    const QJsonObject endpoints = stats.value(u"endpoints"_s).toObject();
    for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
        n += it.value().toInteger();
    return n;
}

} // namespace

class TestCutover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList importArgs(const QString &csv, const QUrl &server, const QString &jobId) const
    {
        return {u"--csv"_s, csv, u"--api-url"_s, server.toString(), u"--checkpoint-dir"_s, m_store->path(),
                u"--rate-limits"_s, FastLimits, u"--job-id"_s, jobId, u"--json"_s};
    }

    void resetSandbox() { QVERIFY(TestSupport::resetSandbox(m_sandbox.url())); }

    // The server to run a data-driven case against: the sandbox (reset) or a fresh emulator.
    bool serverFor(const QString &which, TestSupport::SandboxProcess *emulator, QUrl *url)
    {
        return TestSupport::serverFor(which, m_sandbox, [this] { resetSandbox(); }, emulator, Key, url);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_sandbox.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s}), qPrintable(m_sandbox.error()));
    }

    void init()
    {
        m_store = std::make_unique<QTemporaryDir>();
        QVERIFY(m_store->isValid());
    }

    void createMissingRoles_data()
    {
        TestSupport::addServerRows();
    }

    // The same scenario on both servers: the roles the file lacks are created once, before the
    // rows, recorded with the job, and a second run of the file creates none.
    void createMissingRoles()
    {
        QFETCH(QString, server);
        TestSupport::SandboxProcess emulator;
        QUrl url;
        QVERIFY2(serverFor(server, &emulator, &url),
                 "the npm emulator cannot start: run npm ci in tests/emulator (scripts/lib/setup.sh)");
        const QStringList before = roleSlugs(url);
        QVERIFY(!before.contains(u"auditor"_s));
        QVERIFY(!before.contains(u"billing-admin"_s));
        // What the file gives that the server lacks (a fresh emulator has no role at all).
        QStringList missing;
        for (const QString &slug : {u"auditor"_s, u"billing-admin"_s, u"member"_s})
            if (!before.contains(slug))
                missing.append(slug);
        const QString csv = path(u"roles-%1.csv"_s.arg(server));
        writeFile(csv, RolesCsv);

        const CliResult r = ImportCli::run(importArgs(csv, url, u"roles-"_s + server) << u"--create-missing-roles"_s, Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.err.contains("auditor") && r.err.contains("billing-admin"), r.describe());
        const QJsonObject c = r.json().value(u"counters"_s).toObject();
        QCOMPARE(c.value(u"failed"_s).toInteger(), 0);
        QCOMPARE(c.value(u"memberships_added"_s).toInteger(), 4);
        const QStringList after = roleSlugs(url);
        QCOMPARE(after.count(u"auditor"_s), 1);
        QCOMPARE(after.count(u"billing-admin"_s), 1);
        QCOMPARE(after.size(), before.size() + missing.size());
        QCOMPARE(roleName(url, u"billing-admin"_s), u"Billing admin"_s);
        // The memberships carry the created roles (the sandbox lists memberships per user or
        // organization only: its state has them all).
        bool ok = true;
        const QJsonArray members = server == u"sandbox"_s
            ? TestSupport::httpJson("GET", url.resolved(QUrl(u"/_sandbox/state"_s))).object().value(u"organization_memberships"_s).toArray()
            : TestSupport::listAll(url, u"/user_management/organization_memberships"_s, Key, &ok);
        QVERIFY(ok);
        QStringList given;
        for (const QJsonValue &m : members)
            given.append(m[u"role"_s][u"slug"_s].toString());
        given.sort();
        QCOMPARE(given, QStringList({u"auditor"_s, u"auditor"_s, u"billing-admin"_s, u"member"_s}));

        // Recorded with the job: the JSON map lists them as created.
        const QString map = path(u"roles-%1.json"_s.arg(server));
        const CliResult m = ImportCli::run({u"map"_s, u"roles-"_s + server, u"--out"_s, map, u"--checkpoint-dir"_s,
                                            m_store->path()},
                                           Key);
        QVERIFY2(m.exitCode == 0, m.describe());
        QStringList recorded;
        for (const QJsonValue &role : QJsonDocument::fromJson(readFile(map)).object().value(u"roles"_s).toArray()) {
            QCOMPARE(role[u"resolution"_s].toString(), u"created"_s);
            QVERIFY(!role[u"role_id"_s].toString().isEmpty());
            recorded.append(role[u"slug"_s].toString());
        }
        QCOMPARE(recorded, missing);

        // A second import of the file (a new job) finds every role: none is created again.
        const CliResult again =
            ImportCli::run(importArgs(csv, url, u"roles-again-"_s + server) << u"--create-missing-roles"_s, Key);
        QVERIFY2(again.exitCode == 0, again.describe());
        QVERIFY2(again.err.contains("none will be created"), again.describe());
        QCOMPARE(roleSlugs(url).size(), before.size() + missing.size());
    }

    // A role found in WorkOS is this job's only when the job recorded its intent first (a kill
    // between the POST and its answer); otherwise it existed and undo never claims it. A slug
    // WorkOS would refuse is a failure said in plain words, with nothing sent for it.
    void roleCreatorClaimsOnlyWhatItMeantToCreate()
    {
        resetSandbox();
        int status = 0;
        TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/authorization/roles"_s)), Key,
                              R"({"slug":"auditor","name":"Auditor"})", &status);
        QCOMPARE(status, 201);
        Api::ClientConfig config;
        config.baseUrl = m_sandbox.url();
        config.apiKey = Api::ApiKey(Key);
        auto client = std::make_unique<Api::WorkOsClient>(config);
        Engine::RoleCreator creator(client.get(), false);
        const QList<Engine::RoleToCreate> wanted {{u"auditor"_s, u"Auditor"_s}, {u"Bad Slug"_s, u"Bad"_s},
                                                  {u"support"_s, u"Support"_s}};
        QList<Store::RoleEntry> recorded;
        std::function<bool(const Store::RoleEntry &)> record = [&recorded](const Store::RoleEntry &e) {
            recorded.append(e);
            return true;
        };
        // No intent recorded: "auditor" existed.
        const Engine::RoleCreationResult fresh = QCoro::waitFor(creator.run(wanted, {}, record));
        QVERIFY(!fresh.fatalError);
        QCOMPARE(fresh.entries.size(), 3);
        QCOMPARE(fresh.entries.at(0).resolution, Store::RoleResolution::Existed);
        QCOMPARE(fresh.entries.at(1).resolution, Store::RoleResolution::Failed);
        QVERIFY(fresh.entries.at(1).error.contains(u"lowercase"_s));
        QCOMPARE(fresh.entries.at(2).resolution, Store::RoleResolution::Created);
        QVERIFY(!fresh.entries.at(2).roleId.isEmpty());
        QCOMPARE(fresh.created, 1);
        QCOMPARE(fresh.failed, 1);
        QVERIFY(fresh.problem().contains(u"Bad Slug"_s));
        // The intent went to the store before the create ("planned", then "created").
        QCOMPARE(recorded.size(), 4);
        QCOMPARE(recorded.at(1).slug, u"Bad Slug"_s);
        QCOMPARE(recorded.at(1).resolution, Store::RoleResolution::Failed);
        QCOMPARE(recorded.at(2).slug, u"support"_s);
        QCOMPARE(recorded.at(2).resolution, Store::RoleResolution::Planned);
        QCOMPARE(recorded.at(3).resolution, Store::RoleResolution::Created);
        // One POST per role that was missing and acceptable.
        QCOMPARE(TestSupport::sandboxStats(m_sandbox.url()).value(u"endpoints"_s).toObject()
                     .value(u"POST /authorization/roles"_s).toInteger(), 2);

        // A resume after a kill that left "auditor" planned: the role is this job's.
        Store::RoleEntry planned;
        planned.slug = u"auditor"_s;
        planned.name = u"Auditor"_s;
        planned.resolution = Store::RoleResolution::Planned;
        const Engine::RoleCreationResult resumed =
            QCoro::waitFor(creator.run({{u"auditor"_s, u"Auditor"_s}}, {planned}, record));
        QCOMPARE(resumed.entries.size(), 1);
        QCOMPARE(resumed.entries.first().resolution, Store::RoleResolution::Created);
        QCOMPARE(resumed.created, 1);
        client.release()->deleteLater();
    }

    // Without consent no role is created: the rows with an unknown role fail with WorkOS's
    // answer, and the others are imported.
    void withoutConsentNoRoleIsCreated()
    {
        resetSandbox();
        const QString csv = path(u"no-consent.csv"_s);
        writeFile(csv, RolesCsv);
        const CliResult r = ImportCli::run(importArgs(csv, m_sandbox.url(), u"no-consent"_s), Key);
        QCOMPARE(r.exitCode, 1);
        const QJsonObject c = r.json().value(u"counters"_s).toObject();
        QCOMPARE(c.value(u"failed"_s).toInteger(), 3);
        QCOMPARE(c.value(u"memberships_added"_s).toInteger(), 1);
        QCOMPARE(roleSlugs(m_sandbox.url()), QStringList({u"member"_s, u"admin"_s}));
    }

    // Undo deletes what the job made and says which roles it created: WorkOS's API has no
    // delete for an environment role.
    void undoNamesTheCreatedRoles()
    {
        resetSandbox();
        const QString csv = path(u"undo.csv"_s);
        writeFile(csv, RolesCsv);
        const CliResult r = ImportCli::run(importArgs(csv, m_sandbox.url(), u"undo-roles"_s) << u"--create-missing-roles"_s, Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        const CliResult u = ImportCli::run({u"undo"_s, u"undo-roles"_s, u"--yes"_s, u"--api-url"_s,
                                            m_sandbox.url().toString(), u"--checkpoint-dir"_s, m_store->path()},
                                           Key);
        QVERIFY2(u.exitCode == 0, u.describe());
        QVERIFY2(u.out.contains("auditor, billing-admin") && u.out.contains("dashboard"), u.describe());
        const TestSupport::ServerContents left = TestSupport::sandboxContents(m_sandbox.url());
        QCOMPARE(int(left.emails.size()), 0);
        QCOMPARE(int(left.members.size()), 0);
        QCOMPARE(int(left.orgs.size()), 0);
    }

    // The map of a real import: every id is the server's, nothing is asked of the server.
    void mapOfARealImport()
    {
        resetSandbox();
        const QString csv = path(u"map.csv"_s);
        writeFile(csv, "email,first_name,external_id,org_external_id,org_name\n"
                       "ann@example.com,Ann,src-1,acme,Acme\n"
                       "bob@example.com,Bob,src-2,acme,Acme\n"
                       "ann@example.com,Ann,src-1,globex,Globex\n"
                       "dee@example.com,Dee,src-4,,\n");
        const CliResult r = ImportCli::run(importArgs(csv, m_sandbox.url(), u"map-job"_s), Key);
        QVERIFY2(r.exitCode == 0, r.describe());

        const qint64 requestsBefore = requestCount(m_sandbox.url());
        const QString out = path(u"out/id-map.csv"_s);
        QVERIFY(QDir().mkpath(path(u"out"_s)));
        // No key: the map needs none.
        const CliResult m = ImportCli::run({u"map"_s, u"map-job"_s, u"--out"_s, out, u"--checkpoint-dir"_s, m_store->path()},
                                           QString());
        QVERIFY2(m.exitCode == 0, m.describe());
        QVERIFY2(m.out.contains("4 lines, 3 users, 3 memberships, 2 organizations"), m.describe());
        // No API request reached the sandbox (its /_sandbox/stats reads are not counted).
        QCOMPARE(requestCount(m_sandbox.url()), requestsBefore);

        const QJsonObject state =
            TestSupport::httpJson("GET", m_sandbox.url().resolved(QUrl(u"/_sandbox/state"_s))).object();
        QHash<QString, QString> userByEmail, orgByExternal, membershipByPair;
        for (const QJsonValue &u : state.value(u"users"_s).toArray())
            userByEmail.insert(u[u"email"_s].toString(), u[u"id"_s].toString());
        for (const QJsonValue &o : state.value(u"organizations"_s).toArray())
            orgByExternal.insert(o[u"external_id"_s].toString(), o[u"id"_s].toString());
        for (const QJsonValue &ms : state.value(u"organization_memberships"_s).toArray())
            membershipByPair.insert(ms[u"user_id"_s].toString() + u'/' + ms[u"organization_id"_s].toString(),
                                    ms[u"id"_s].toString());
        QCOMPARE(userByEmail.size(), 3);
        QCOMPARE(membershipByPair.size(), 3);

        const QList<QStringList> rows = readCsv(out);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first().first(), u"source_id"_s);
        const QHash<QString, QString> sourceByEmail {{u"ann@example.com"_s, u"src-1"_s},
                                                     {u"bob@example.com"_s, u"src-2"_s},
                                                     {u"dee@example.com"_s, u"src-4"_s}};
        int memberships = 0;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const QStringList &line = rows.at(i);
            QCOMPARE(line.size(), 9);
            QCOMPARE(line.at(0), sourceByEmail.value(line.at(1)));
            QCOMPARE(line.at(2), userByEmail.value(line.at(1)));
            QCOMPARE(line.at(3), u"created"_s);
            if (line.at(4).isEmpty()) {
                QVERIFY(line.at(5).isEmpty() && line.at(6).isEmpty());
                continue;
            }
            ++memberships;
            QCOMPARE(line.at(5), orgByExternal.value(line.at(4)));
            QCOMPARE(line.at(6), membershipByPair.value(line.at(2) + u'/' + line.at(5)));
            QVERIFY2(line.at(7).isEmpty(), qPrintable(line.at(7)));
        }
        QCOMPARE(memberships, 3);
        const QList<QStringList> orgs = readCsv(path(u"out/id-map.organizations.csv"_s));
        QCOMPARE(orgs.size(), 3);
        for (qsizetype i = 1; i < orgs.size(); ++i) {
            QCOMPARE(orgs.at(i).at(3), orgByExternal.value(orgs.at(i).at(1)));
            QCOMPARE(orgs.at(i).at(4), u"created"_s);
        }

        // The job's own input and its store are refused; nothing is written.
        const QByteArray input = readFile(csv);
        const CliResult refused = ImportCli::run({u"map"_s, u"map-job"_s, u"--out"_s, csv, u"--checkpoint-dir"_s,
                                                  m_store->path()},
                                                 QString());
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("input file"), refused.describe());
        QCOMPARE(readFile(csv), input);
        const CliResult refusedStore = ImportCli::run({u"map"_s, u"map-job"_s, u"--out"_s,
                                                       QDir(m_store->path()).filePath(u"jobs.sqlite"_s),
                                                       u"--checkpoint-dir"_s, m_store->path()},
                                                      QString());
        QCOMPARE(refusedStore.exitCode, 2);
        QVERIFY2(refusedStore.err.contains("job store"), refusedStore.describe());
        const CliResult unknown = ImportCli::run({u"map"_s, u"no-such-job"_s, u"--out"_s, path(u"x.csv"_s),
                                                  u"--checkpoint-dir"_s, m_store->path()},
                                                 QString());
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path(u"x.csv"_s)));
    }

    // POST /authorization/roles with WorkOS's rules.
    void sandboxCreatesRoles_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addRow("created") << QByteArray(R"({"slug":"support-agent","name":"Support agent"})") << 201 << QString();
        QTest::addRow("existing slug") << QByteArray(R"({"slug":"admin","name":"Admin again"})") << 409
                                       << u"role_slug_conflict"_s;
        QTest::addRow("no name") << QByteArray(R"({"slug":"x"})") << 422 << u"invalid_request_parameters"_s;
        QTest::addRow("upper case slug") << QByteArray(R"({"slug":"Admins","name":"A"})") << 422
                                         << u"invalid_request_parameters"_s;
        QTest::addRow("slug too long") << (R"({"slug":")" + QByteArray(49, 'a') + R"(","name":"A"})") << 422
                                       << u"invalid_request_parameters"_s;
    }

    void sandboxCreatesRoles()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, code);
        resetSandbox();
        int got = 0;
        const QJsonObject answer =
            TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/authorization/roles"_s)), Key, body, &got).object();
        QCOMPARE(got, status);
        if (status == 201) {
            QVERIFY(answer[u"id"_s].toString().startsWith(u"role_"_s));
            QCOMPARE(answer[u"type"_s].toString(), u"EnvironmentRole"_s);
            // Listed last (WorkOS places a new role at the bottom of the priority order).
            QCOMPARE(roleSlugs(m_sandbox.url()), QStringList({u"member"_s, u"admin"_s, u"support-agent"_s}));
            // A membership may use it at once.
            const QString user = TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/user_management/users"_s)),
                                                       Key, R"({"email":"r@example.com"})").object()[u"id"_s].toString();
            const QString org = TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/organizations"_s)), Key,
                                                      R"({"name":"R"})").object()[u"id"_s].toString();
            int memberStatus = 0;
            TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/user_management/organization_memberships"_s)), Key,
                                  QJsonDocument(QJsonObject {{u"user_id"_s, user}, {u"organization_id"_s, org},
                                                             {u"role_slug"_s, u"support-agent"_s}})
                                      .toJson(QJsonDocument::Compact),
                                  &memberStatus);
            QCOMPARE(memberStatus, 201);
        } else {
            QCOMPARE(answer[u"code"_s].toString(), code);
            QCOMPARE(roleSlugs(m_sandbox.url()), QStringList({u"member"_s, u"admin"_s}));
        }
    }

    // PUT /user_management/users/{id}: the fields present change, the password rules of a
    // create apply, it counts as a user-management write.
    void sandboxUpdatesUsers_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addRow("names and metadata") << QByteArray(R"({"first_name":"Anna","last_name":"Lee","metadata":{"tier":"gold"}})")
                                            << 200 << QString();
        QTest::addRow("email verified") << QByteArray(R"({"email_verified":true})") << 200 << QString();
        QTest::addRow("external id") << QByteArray(R"({"external_id":"new-ext"})") << 200 << QString();
        QTest::addRow("a password") << QByteArray(R"({"password":"Another-Secret-1"})") << 200 << QString();
        QTest::addRow("a hash") << QByteArray(R"({"password_hash":"$2b$10$SECRETSECRETSECRETSECRETSECRETSECRETSECRETSECRETSECRE","password_hash_type":"bcrypt"})")
                                << 200 << QString();
        QTest::addRow("password and hash") << QByteArray(R"({"password":"x-Secret-1","password_hash":"h","password_hash_type":"bcrypt"})")
                                           << 422 << u"password"_s;
        QTest::addRow("hash without type") << QByteArray(R"({"password_hash":"h"})") << 422 << u"password_hash_type"_s;
        QTest::addRow("unknown hash type") << QByteArray(R"({"password_hash":"h","password_hash_type":"md5"})") << 422
                                           << u"password_hash_type"_s;
        QTest::addRow("verified not a boolean") << QByteArray(R"({"email_verified":"yes"})") << 422 << u"email_verified"_s;
        QTest::addRow("external id too long") << (R"({"external_id":")" + QByteArray(129, 'x') + R"("})") << 422
                                              << u"external_id"_s;
    }

    void sandboxUpdatesUsers()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, field);
        resetSandbox();
        const QUrl users = m_sandbox.url().resolved(QUrl(u"/user_management/users"_s));
        const QJsonObject user =
            TestSupport::httpJson("POST", users, Key, R"({"email":"ann@example.com","first_name":"Ann","external_id":"old-ext"})")
                .object();
        const QString id = user[u"id"_s].toString();
        QVERIFY(!id.isEmpty());
        const qint64 writesBefore = TestSupport::sandboxStats(m_sandbox.url())
                                        .value(u"endpoints"_s).toObject().value(u"PUT /user_management/users/:id"_s).toInteger();
        int got = 0;
        const QJsonObject answer = TestSupport::httpJson("PUT", users.resolved(QUrl(u"/user_management/users/"_s + id)), Key, body, &got).object();
        QCOMPARE(got, status);
        const QJsonObject stats = TestSupport::sandboxStats(m_sandbox.url());
        QCOMPARE(stats.value(u"endpoints"_s).toObject().value(u"PUT /user_management/users/:id"_s).toInteger(), writesBefore + 1);
        const QJsonObject now = TestSupport::httpJson("GET", users.resolved(QUrl(u"/user_management/users/"_s + id)), Key).object();
        // Never a password or a hash in an answer.
        QVERIFY(!now.contains(u"password"_s) && !now.contains(u"password_hash"_s));
        QVERIFY(!QJsonDocument(answer).toJson().contains("SECRET"));
        if (status != 200) {
            bool named = false;
            for (const QJsonValue &e : answer[u"errors"_s].toArray())
                named = named || e[u"field"_s].toString() == field;
            QVERIFY2(named, QJsonDocument(answer).toJson().constData());
            QCOMPARE(now[u"first_name"_s].toString(), u"Ann"_s); // nothing changed
            QCOMPARE(now[u"external_id"_s].toString(), u"old-ext"_s);
            return;
        }
        const QJsonObject sent = QJsonDocument::fromJson(body).object();
        for (const QString &key : {u"first_name"_s, u"last_name"_s, u"email_verified"_s, u"external_id"_s, u"metadata"_s})
            if (sent.contains(key))
                QCOMPARE(now.value(key), sent.value(key));
        if (!sent.contains(u"first_name"_s))
            QCOMPARE(now[u"first_name"_s].toString(), u"Ann"_s); // a field not sent is kept
    }

    // The journal keeps the update and the created role across a restart, never a hash.
    void updatesAndRolesSurviveARestartWithoutSecrets()
    {
        const QString journal = path(u"journal.jsonl"_s);
        QFile::remove(journal);
        QString id;
        {
            TestSupport::SandboxProcess s;
            QVERIFY2(s.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--journal"_s, journal}),
                     qPrintable(s.error()));
            id = TestSupport::httpJson("POST", s.url().resolved(QUrl(u"/user_management/users"_s)), Key,
                                       R"({"email":"j@example.com"})").object()[u"id"_s].toString();
            int status = 0;
            TestSupport::httpJson("PUT", s.url().resolved(QUrl(u"/user_management/users/"_s + id)), Key,
                                  R"({"last_name":"Journal","password_hash":"$2b$10$HASHSECRETHASHSECRET","password_hash_type":"bcrypt"})",
                                  &status);
            QCOMPARE(status, 200);
            TestSupport::httpJson("POST", s.url().resolved(QUrl(u"/authorization/roles"_s)), Key,
                                  R"({"slug":"kept-role","name":"Kept"})", &status);
            QCOMPARE(status, 201);
        }
        QVERIFY(!readFile(journal).contains("HASHSECRET"));
        TestSupport::SandboxProcess again;
        QVERIFY2(again.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--journal"_s, journal}),
                 qPrintable(again.error()));
        const QJsonObject user =
            TestSupport::httpJson("GET", again.url().resolved(QUrl(u"/user_management/users/"_s + id)), Key).object();
        QCOMPARE(user[u"last_name"_s].toString(), u"Journal"_s);
        QVERIFY(roleSlugs(again.url()).contains(u"kept-role"_s));
    }
};

QTEST_GUILESS_MAIN(TestCutover)
#include "tst_cutover.moc"
