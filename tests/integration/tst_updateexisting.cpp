// The cutover's updates and catch-up (docs/cutover.md), end to end with the built programs:
//
//  * --update-existing: users that exist with other names, metadata, email_verified or external
//    id get exactly the fields that differ in one PUT each; an unchanged user costs no PUT; an
//    empty cell wipes nothing; metadata keys are merged; the counters and `jobs` say updated
//    (with which fields); verify passes; undo puts every field back (the full user objects
//    before the import and after the undo are equal) and never deletes an updated user;
//  * a field changed again after the import is left alone by undo and reported;
//  * without --update-existing nothing is updated (the users are "already existed");
//  * an import (--update-existing, and a catch-up) killed at several points and resumed
//    updates each user once, and its undo, killed once too, leaves every field as before;
//  * --catch-up JOB: a newer file (some users gone, some new, some renamed) creates the new,
//    updates the changed, leaves the unchanged without a write and never creates the earlier
//    job's users again; the dry run predicts the same counts; the missing users are listed;
//    undo of the catch-up leaves the state after the first job. The same on the npm emulator;
//  * --catch-up refuses a job that does not exist and a file with other columns, saying what
//    differs;
//  * --replace-existing-passwords warns that it cannot be undone, and no password or hash
//    reaches any output or the job store.

#include "engine/import/catchup.h"
#include "engine/jobenvironment.h"
#include "engine/planning/catchupmatch.h"
#include "source/sourcemapping.h"
#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtCore/QDirIterator>
#include <QtCore/QTemporaryDir>
#include <QtTest/QtTest>

#include <csignal>

using namespace Qt::StringLiterals;
using TestSupport::CliResult;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_Zq8UpdateKey"_s;
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

// Every byte under `dir` (the job store, its WAL and lock files).
QByteArray bytesUnder(const QString &dir)
{
    QByteArray all;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

// Every user the server holds, by lower-case email, without updated_at (WorkOS moves it on
// every write; the fields are what undo must put back).
QMap<QString, QJsonObject> usersOf(const QUrl &server)
{
    bool ok = false;
    const QJsonArray all = TestSupport::listAll(server, u"/user_management/users"_s, Key, &ok);
    QMap<QString, QJsonObject> users;
    for (const QJsonValue &v : all) {
        QJsonObject u = v.toObject();
        u.remove(u"updated_at"_s);
        users.insert(u[u"email"_s].toString().toLower(), u);
    }
    return users;
}

// (email, organization id) of every membership.
QSet<QString> membershipsOf(const QUrl &server)
{
    QSet<QString> out;
    QHash<QString, QString> emailOf;
    bool ok = false;
    for (const QJsonValue &u : TestSupport::listAll(server, u"/user_management/users"_s, Key, &ok))
        emailOf.insert(u[u"id"_s].toString(), u[u"email"_s].toString().toLower());
    for (const QString &id : emailOf.keys())
        for (const QJsonValue &m : TestSupport::listAll(server, u"/user_management/organization_memberships"_s, Key, &ok,
                                                         u"user_id="_s + id))
            out.insert(emailOf.value(id) + u'|' + m[u"organization_id"_s].toString());
    return out;
}

QString createUser(const QUrl &server, const QByteArray &body)
{
    int status = 0;
    const QJsonObject user =
        TestSupport::httpJson("POST", server.resolved(QUrl(u"/user_management/users"_s)), Key, body, &status).object();
    return user[u"id"_s].toString();
}

void putUser(const QUrl &server, const QString &id, const QByteArray &body)
{
    int status = 0;
    TestSupport::httpJson("PUT", server.resolved(QUrl(u"/user_management/users/"_s + id)), Key, body, &status);
    QCOMPARE(status, 200);
}

qint64 endpointCount(const QUrl &sandbox, const QString &endpoint)
{
    return TestSupport::sandboxStats(sandbox).value(u"endpoints"_s).toObject().value(endpoint).toInteger();
}

const QString PutUser = u"PUT /user_management/users/:id"_s;
const QString PostUser = u"POST /user_management/users"_s;

// Users that exist before the import, and a file that changes some of them.
const QByteArray AnnBefore = R"({"email":"ann@example.com","first_name":"Ann","last_name":"Old","email_verified":false,"metadata":{"tier":"silver","keep":"yes"}})";
const QByteArray BobBefore = R"({"email":"bob@example.com","first_name":"Bob","last_name":"Stone","email_verified":true,"external_id":"src-2"})";
const QByteArray DeeBefore = R"({"email":"dee@example.com","first_name":"Dee","last_name":"Park","email_verified":true,"external_id":"src-4","metadata":{"team":"red"}})";
// ann: last_name, email_verified, external_id and a metadata key differ; bob: the same values;
// cy: new; dee: empty cells (nothing is wiped).
const QByteArray UpdateCsv = "email,first_name,last_name,email_verified,external_id,metadata\n"
                             "ann@example.com,Ann,New,true,src-1,\"{\"\"tier\"\":\"\"gold\"\"}\"\n"
                             "bob@example.com,Bob,Stone,true,src-2,\n"
                             "cy@example.com,Cy,Young,false,src-3,\n"
                             "dee@example.com,,,,,\n";

// The first export of a source, and a newer one: cy and dee are gone, eve is new, bob renamed.
const QByteArray FirstExport = "email,first_name,last_name,external_id,org_external_id,org_name\n"
                               "ann@example.com,Ann,Lee,s1,acme,Acme\n"
                               "bob@example.com,Bob,Ray,s2,acme,Acme\n"
                               "cy@example.com,Cy,Young,s3,acme,Acme\n"
                               "dee@example.com,Dee,Park,s4,globex,Globex\n";
const QByteArray NewerExport = "email,first_name,last_name,external_id,org_external_id,org_name\n"
                               "ann@example.com,Ann,Lee,s1,acme,Acme\n"
                               "bob@example.com,Bobby,Ray,s2,acme,Acme\n"
                               "eve@example.com,Eve,Stone,s5,globex,Globex\n";

} // namespace

class TestUpdateExisting : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_store;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList importArgs(const QString &csv, const QUrl &server, const QString &jobId,
                           const QString &limits = FastLimits) const
    {
        return {u"--csv"_s, csv, u"--api-url"_s, server.toString(), u"--checkpoint-dir"_s, m_store->path(),
                u"--rate-limits"_s, limits, u"--job-id"_s, jobId, u"--json"_s};
    }
    QStringList storeArgs() const { return {u"--checkpoint-dir"_s, m_store->path()}; }

    void resetSandbox()
    {
        int status = 0;
        TestSupport::httpJson("POST", m_sandbox.url().resolved(QUrl(u"/_sandbox/reset"_s)), {}, "{}", &status);
        QCOMPARE(status, 200);
    }

    bool serverFor(const QString &which, TestSupport::SandboxProcess *emulator, QUrl *url)
    {
        return TestSupport::serverFor(which, m_sandbox, [this] { resetSandbox(); }, emulator, Key, url);
    }

    QJsonObject jobJson(const QString &jobId)
    {
        const CliResult jobs = ImportCli::run(QStringList {u"jobs"_s, u"--json"_s} + storeArgs(), Key);
        for (const QJsonValue &j : QJsonDocument::fromJson(jobs.out).array())
            if (j[u"id"_s].toString() == jobId)
                return j.toObject();
        return {};
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

    void updatesOnlyWhatDiffersAndUndoPutsItBack_data()
    {
        TestSupport::addServerRows();
    }

    void updatesOnlyWhatDiffersAndUndoPutsItBack()
    {
        QFETCH(QString, server);
        TestSupport::SandboxProcess emulator;
        QUrl url;
        QVERIFY2(serverFor(server, &emulator, &url),
                 "the npm emulator cannot start: run npm ci in tests/emulator (scripts/lib/setup.sh)");
        const bool sandbox = server == u"sandbox"_s;
        QVERIFY(!createUser(url, AnnBefore).isEmpty());
        QVERIFY(!createUser(url, BobBefore).isEmpty());
        QVERIFY(!createUser(url, DeeBefore).isEmpty());
        const QMap<QString, QJsonObject> before = usersOf(url);
        QCOMPARE(before.size(), 3);
        const QString csv = path(u"update-%1.csv"_s.arg(server));
        writeFile(csv, UpdateCsv);

        // The dry run predicts: 1 new, 1 to update, 2 unchanged.
        const CliResult dry = ImportCli::run(importArgs(csv, url, u"dry"_s) + QStringList {u"--update-existing"_s, u"--dry-run"_s}, Key);
        QVERIFY2(dry.exitCode == 0, dry.describe().constData());
        QCOMPARE(dry.json()[u"users_to_update"_s].toInteger(), 1);
        QCOMPARE(dry.json()[u"users_unchanged"_s].toInteger(), 2);
        QCOMPARE(dry.json()[u"counters"_s][u"users_created"_s].toInteger(), 1);

        const qint64 putsBefore = sandbox ? endpointCount(url, PutUser) : 0;
        const CliResult r = ImportCli::run(importArgs(csv, url, u"upd"_s) + QStringList {u"--update-existing"_s}, Key);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonObject c = r.json()[u"counters"_s].toObject();
        QCOMPARE(c[u"users_created"_s].toInteger(), 1);
        QCOMPARE(c[u"users_existed"_s].toInteger(), 3);
        QCOMPARE(c[u"users_updated"_s].toInteger(), 1);
        const QJsonObject fields = r.json()[u"updated_fields"_s].toObject();
        QCOMPARE(fields, QJsonObject({{u"email_verified"_s, 1}, {u"external_id"_s, 1}, {u"last_name"_s, 1}, {u"metadata"_s, 1}}));
        if (sandbox) // one PUT, for ann: bob and dee cost none
            QCOMPARE(endpointCount(url, PutUser), putsBefore + 1);

        const QMap<QString, QJsonObject> after = usersOf(url);
        const QJsonObject ann = after.value(u"ann@example.com"_s);
        QCOMPARE(ann[u"first_name"_s].toString(), u"Ann"_s);
        QCOMPARE(ann[u"last_name"_s].toString(), u"New"_s);
        QCOMPARE(ann[u"email_verified"_s].toBool(), true);
        QCOMPARE(ann[u"external_id"_s].toString(), u"src-1"_s);
        QCOMPARE(ann[u"metadata"_s].toObject(), QJsonObject({{u"tier"_s, u"gold"_s}, {u"keep"_s, u"yes"_s}})); // merged
        QCOMPARE(ann[u"id"_s], before.value(u"ann@example.com"_s)[u"id"_s]);
        QCOMPARE(after.value(u"bob@example.com"_s), before.value(u"bob@example.com"_s));
        QCOMPARE(after.value(u"dee@example.com"_s), before.value(u"dee@example.com"_s)); // empty cells wipe nothing
        QVERIFY(after.contains(u"cy@example.com"_s));

        // `jobs` says updated, with which fields.
        const QJsonObject job = jobJson(u"upd"_s);
        QCOMPARE(job[u"counters"_s][u"users_updated"_s].toInteger(), 1);
        QCOMPARE(job[u"updated_fields"_s].toObject(), fields);
        const CliResult jobsText = ImportCli::run(QStringList {u"jobs"_s} + storeArgs(), Key);
        QVERIFY2(jobsText.out.contains("updated 1 users that existed (email_verified 1, external_id 1, last_name 1, metadata 1)"),
                 jobsText.out.constData());

        const CliResult verified = ImportCli::run(QStringList {u"verify"_s, u"upd"_s} + storeArgs(), Key);
        QVERIFY2(verified.exitCode == 0, verified.describe().constData());

        const CliResult undone = ImportCli::run(QStringList {u"undo"_s, u"upd"_s, u"--yes"_s} + storeArgs(), Key);
        QVERIFY2(undone.exitCode == 0, undone.describe().constData());
        QVERIFY2(undone.out.contains("have their fields from before back"), undone.describe().constData());
        // Users it updated existed before and were touched (put back): undo does not claim otherwise.
        QVERIFY2(!undone.out.contains("nothing that existed before was touched"), undone.describe().constData());
        // Every user as before, field by field; cy (created) is gone; nobody updated was deleted.
        QCOMPARE(usersOf(url), before);
    }

    // A field changed again after the import is left alone (and reported); the rest goes back.
    void fieldChangedAgainIsLeftAndReported()
    {
        resetSandbox();
        const QUrl url = m_sandbox.url();
        const QString ann = createUser(url, AnnBefore);
        QVERIFY(!ann.isEmpty());
        const QString csv = path(u"again.csv"_s);
        writeFile(csv, UpdateCsv);
        const CliResult r = ImportCli::run(importArgs(csv, url, u"again"_s) + QStringList {u"--update-existing"_s}, Key);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        putUser(url, ann, R"({"last_name":"Changed"})");
        // Verify sees the updated field no longer holding what the import set.
        const QString report = path(u"again-verify.csv"_s);
        const CliResult verified = ImportCli::run(QStringList {u"verify"_s, u"again"_s, u"--report"_s, report} + storeArgs(), Key);
        QVERIFY2(verified.exitCode == 1, verified.describe().constData());
        QFile reportFile(report);
        QVERIFY(reportFile.open(QIODevice::ReadOnly));
        const QByteArray lines = reportFile.readAll();
        QVERIFY2(lines.contains("verify.update_differs") && lines.contains("last_name"), lines.constData());

        const CliResult undone = ImportCli::run(QStringList {u"undo"_s, u"again"_s, u"--yes"_s} + storeArgs(), Key);
        QVERIFY2(undone.out.contains("changed again since the import"), undone.describe().constData());
        const QJsonObject now = usersOf(url).value(u"ann@example.com"_s);
        QCOMPARE(now[u"last_name"_s].toString(), u"Changed"_s); // left alone
        QCOMPARE(now[u"email_verified"_s].toBool(), false);     // put back
        QCOMPARE(now[u"external_id"_s].toString(), QString());
        QCOMPARE(now[u"metadata"_s].toObject(), QJsonObject({{u"tier"_s, u"silver"_s}, {u"keep"_s, u"yes"_s}}));
    }

    // An update WorkOS refuses (an external id another user holds) fails the row with WorkOS's
    // code and changes nothing of that user; its intent goes, so undo has nothing to put back.
    void refusedUpdateFailsTheRowAndChangesNothing()
    {
        resetSandbox();
        const QUrl url = m_sandbox.url();
        QVERIFY(!createUser(url, AnnBefore).isEmpty());
        QVERIFY(!createUser(url, R"({"email":"zed@example.com","external_id":"taken"})").isEmpty());
        const QMap<QString, QJsonObject> before = usersOf(url);
        const QString csv = path(u"refused.csv"_s);
        writeFile(csv, "email,last_name,external_id\nann@example.com,New,taken\n");
        const QString report = path(u"refused-errors.csv"_s);
        const CliResult r = ImportCli::run(importArgs(csv, url, u"refused"_s)
                                               + QStringList {u"--update-existing"_s, u"--errors-out"_s, report}, Key);
        QVERIFY2(r.exitCode == 1, r.describe().constData());
        QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInteger(), 1);
        QCOMPARE(r.json()[u"counters"_s][u"users_updated"_s].toInteger(), 0);
        QFile errors(report);
        QVERIFY(errors.open(QIODevice::ReadOnly));
        QVERIFY(errors.readAll().contains("external_id_already_used"));
        QCOMPARE(usersOf(url), before);
        const CliResult undone = ImportCli::run(QStringList {u"undo"_s, u"refused"_s, u"--yes"_s} + storeArgs(), Key);
        QVERIFY2(undone.exitCode == 0, undone.describe().constData());
        QCOMPARE(usersOf(url), before);
    }

    // Today's behaviour without the flag: users that exist are used as they are.
    void withoutTheFlagNothingIsUpdated()
    {
        resetSandbox();
        const QUrl url = m_sandbox.url();
        QVERIFY(!createUser(url, AnnBefore).isEmpty());
        const QMap<QString, QJsonObject> before = usersOf(url);
        const QString csv = path(u"noflag.csv"_s);
        writeFile(csv, UpdateCsv);
        const qint64 puts = endpointCount(url, PutUser);
        const CliResult r = ImportCli::run(importArgs(csv, url, u"noflag"_s), Key);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QCOMPARE(r.json()[u"counters"_s][u"users_updated"_s].toInteger(), 0);
        QCOMPARE(r.json()[u"counters"_s][u"users_existed"_s].toInteger(), 1);
        QCOMPARE(endpointCount(url, PutUser), puts);
        QCOMPARE(usersOf(url).value(u"ann@example.com"_s), before.value(u"ann@example.com"_s));
    }

    // Killed at several points and resumed: each user is updated once, counted once, and the
    // undo leaves every field exactly as before.
    void killedAndResumedThenUndoneLeavesEveryFieldAsBefore_data()
    {
        QTest::addColumn<bool>("catchUp");
        QTest::addRow("--update-existing") << false;
        QTest::addRow("--catch-up") << true;
    }

    void killedAndResumedThenUndoneLeavesEveryFieldAsBefore()
    {
        QFETCH(bool, catchUp);
        resetSandbox();
        const QUrl url = m_sandbox.url();
        constexpr int People = 120;
        QByteArray csv = "email,first_name,last_name,email_verified,metadata\n";
        QByteArray seed = csv;
        for (int i = 0; i < People; ++i) {
            const QByteArray n = QByteArray::number(i);
            if (!catchUp)
                QVERIFY(!createUser(url, R"({"email":"p)" + n + R"(@example.com","first_name":"Old)" + n
                                              + R"(","last_name":"Name","email_verified":false,"metadata":{"k":"v)" + n + R"("}})")
                             .isEmpty());
            seed += "p" + n + "@example.com,Old" + n + ",Name,false,\"{\"\"k\"\":\"\"v" + n + "\"\"}\"\n";
            csv += "p" + n + "@example.com,New" + n + ",Name," + (i % 2 ? "true" : "false") + ",\"{\"\"k\"\":\"\"w" + n + "\"\"}\"\n";
        }
        if (catchUp) { // the earlier job made them
            const QString first = path(u"killed-seed.csv"_s);
            writeFile(first, seed);
            const CliResult seeded = ImportCli::run(importArgs(first, url, u"seed"_s), Key);
            QVERIFY2(seeded.exitCode == 0, seeded.describe().constData());
        }
        const QMap<QString, QJsonObject> before = usersOf(url);
        QCOMPARE(before.size(), People);
        // Users that existed well before the import, as in life: a user created within the
        // clock slack of a create intent (Store::IntentClockSlackMs) could be the job's own.
        QTest::qWait(int(2 * 2000));
        const QString file = path(u"killed.csv"_s);
        writeFile(file, csv);
        const QString slow = u"writes=40/1,reads=1000/1,all=100000/10"_s;

        ImportCli cli;
        QVERIFY(cli.start(importArgs(file, url, u"killed"_s, slow)
                              + (catchUp ? QStringList {u"--catch-up"_s, u"seed"_s} : QStringList {u"--update-existing"_s}),
                          Key));
        const qint64 putsBefore = endpointCount(url, PutUser);
        CliResult r = cli.signalAfter(1500, true);
        QVERIFY2(r.crashed, r.describe().constData());
        // Killed in the middle of the updates.
        const qint64 putsSent = endpointCount(url, PutUser) - putsBefore;
        QVERIFY2(putsSent > 0 && putsSent < People, qPrintable(QString::number(putsSent)));
        for (int round = 0; round < 6 && !(r.exitCode == 0 && !r.crashed); ++round) {
            QVERIFY(cli.start(QStringList {u"--resume"_s, u"killed"_s, u"--json"_s} + storeArgs(), Key));
            r = round < 2 ? cli.signalAfter(700 + 300 * round, true) : cli.finish(120000);
        }
        QVERIFY2(r.exitCode == 0 && !r.crashed, r.describe().constData());
        const QJsonObject job = jobJson(u"killed"_s);
        QCOMPARE(job[u"counters"_s][u"users_updated"_s].toInteger(), People);
        QCOMPARE(job[u"counters"_s][u"users_created"_s].toInteger(), 0);
        const QMap<QString, QJsonObject> after = usersOf(url);
        for (int i = 0; i < People; ++i) {
            const QJsonObject u = after.value(u"p%1@example.com"_s.arg(i));
            QCOMPARE(u[u"first_name"_s].toString(), u"New%1"_s.arg(i));
            QCOMPARE(u[u"metadata"_s].toObject(), QJsonObject({{u"k"_s, u"w%1"_s.arg(i)}}));
        }
        const CliResult verified = ImportCli::run(QStringList {u"verify"_s, u"killed"_s} + storeArgs(), Key);
        QVERIFY2(verified.exitCode == 0, verified.describe().constData());

        // The undo killed once too, then run to its end.
        ImportCli undo;
        QVERIFY(undo.start(QStringList {u"undo"_s, u"killed"_s, u"--yes"_s} + storeArgs(), Key));
        undo.signalAfter(150, true);
        const CliResult undone = ImportCli::run(QStringList {u"undo"_s, u"killed"_s, u"--yes"_s} + storeArgs(), Key);
        QVERIFY2(undone.exitCode == 0, undone.describe().constData());
        QCOMPARE(usersOf(url), before);
    }

    void catchUp_data()
    {
        TestSupport::addServerRows();
    }

    // job 1 imports the first export; a catch-up with the newer one creates eve, updates bob,
    // leaves ann without a write, lists cy and dee, and its undo leaves the state after job 1.
    void catchUp()
    {
        QFETCH(QString, server);
        TestSupport::SandboxProcess emulator;
        QUrl url;
        QVERIFY2(serverFor(server, &emulator, &url),
                 "the npm emulator cannot start: run npm ci in tests/emulator (scripts/lib/setup.sh)");
        const bool sandbox = server == u"sandbox"_s;
        const QString first = path(u"first-%1.csv"_s.arg(server));
        const QString newer = path(u"newer-%1.csv"_s.arg(server));
        writeFile(first, FirstExport);
        writeFile(newer, NewerExport);
        const CliResult one = ImportCli::run(importArgs(first, url, u"job1"_s), Key);
        QVERIFY2(one.exitCode == 0, one.describe().constData());
        const QMap<QString, QJsonObject> afterJob1 = usersOf(url);
        const QSet<QString> membersAfterJob1 = membershipsOf(url);
        QCOMPARE(afterJob1.size(), 4);

        {
            // The wizard's offer (the File page's matcher) finds job1 for this file, 2 of its 4
            // users: the job the engine then accepts as the earlier one of a catch-up.
            Source::Options source;
            Model::ColumnMapping mapping;
            if (const auto m = Source::fileMapping(newer, source, QString()))
                mapping = m->mapping;
            QString error;
            const std::optional<Engine::CatchUpMatch> match = Engine::CatchUpMatcher::find(
                Store::JobStore::pathInDirectory(m_store->path()), newer, source, mapping, nullptr, &error);
            QVERIFY2(match.has_value(), qPrintable(error));
            QCOMPARE(match->job.id, u"job1"_s);
            QCOMPARE(match->jobUsers, 4);
            QCOMPARE(match->overlap, 2);
        }
        const CliResult dry = ImportCli::run(importArgs(newer, url, u"dry"_s) + QStringList {u"--catch-up"_s, u"job1"_s, u"--dry-run"_s}, Key);
        QVERIFY2(dry.exitCode == 0, dry.describe().constData());
        const QJsonObject d = dry.json();
        QCOMPARE(d[u"counters"_s][u"users_created"_s].toInteger(), 1);
        QCOMPARE(d[u"users_to_update"_s].toInteger(), 1);
        QCOMPARE(d[u"users_unchanged"_s].toInteger(), 1);
        QCOMPARE(d[u"earlier_users_missing"_s].toInteger(), 2);
        QCOMPARE(d[u"earlier_users_missing_sample"_s].toArray(), QJsonArray({u"cy@example.com"_s, u"dee@example.com"_s}));

        const qint64 createsBefore = sandbox ? endpointCount(url, PostUser) : 0;
        const qint64 putsBefore = sandbox ? endpointCount(url, PutUser) : 0;
        const CliResult two = ImportCli::run(importArgs(newer, url, u"job2"_s) + QStringList {u"--catch-up"_s, u"job1"_s}, Key);
        QVERIFY2(two.exitCode == 0, two.describe().constData());
        const QJsonObject c = two.json()[u"counters"_s].toObject();
        const qint64 created = c[u"users_created"_s].toInteger();
        const qint64 updated = c[u"users_updated"_s].toInteger();
        const qint64 unchanged = c[u"users_existed"_s].toInteger() - updated;
        QCOMPARE(created, 1);
        QCOMPARE(updated, 1);
        QCOMPARE(unchanged, 1);
        QCOMPARE(created + updated + unchanged, 3); // the newer file's rows
        // The dry run said the same.
        QCOMPARE(created, d[u"counters"_s][u"users_created"_s].toInteger());
        QCOMPARE(updated, d[u"users_to_update"_s].toInteger());
        QCOMPARE(unchanged, d[u"users_unchanged"_s].toInteger());
        QCOMPARE(two.json()[u"earlier_users_missing"_s].toInteger(), 2);
        QVERIFY(two.json()[u"message"_s].toString().contains(u"2 users from the earlier import are not in this file"_s));
        if (sandbox) {
            QCOMPARE(endpointCount(url, PostUser), createsBefore + 1); // eve only: no refused create
            QCOMPARE(endpointCount(url, PutUser), putsBefore + 1);     // bob only
        }
        const QMap<QString, QJsonObject> afterJob2 = usersOf(url);
        QCOMPARE(afterJob2.value(u"bob@example.com"_s)[u"first_name"_s].toString(), u"Bobby"_s);
        QVERIFY(afterJob2.contains(u"cy@example.com"_s)); // listed, never deleted
        QVERIFY(afterJob2.contains(u"dee@example.com"_s));
        QVERIFY(afterJob2.contains(u"eve@example.com"_s));

        // The job keeps the missing users for `jobs` and the wizard.
        const QJsonObject job = jobJson(u"job2"_s);
        QCOMPARE(job[u"catch_up_of"_s].toString(), u"job1"_s);
        QStringList missing;
        for (const QJsonValue &m : job[u"earlier_users_missing"_s].toArray())
            missing.append(m[u"email"_s].toString());
        QCOMPARE(missing, QStringList({u"cy@example.com"_s, u"dee@example.com"_s}));

        const CliResult verified = ImportCli::run(QStringList {u"verify"_s, u"job2"_s} + storeArgs(), Key);
        QVERIFY2(verified.exitCode == 0, verified.describe().constData());
        const CliResult undone = ImportCli::run(QStringList {u"undo"_s, u"job2"_s, u"--yes"_s} + storeArgs(), Key);
        QVERIFY2(undone.exitCode == 0, undone.describe().constData());
        QCOMPARE(usersOf(url), afterJob1);
        QCOMPARE(membershipsOf(url), membersAfterJob1);
    }

    void catchUpRefusesWhatCannotBeCaughtUp()
    {
        resetSandbox();
        const QUrl url = m_sandbox.url();
        const QString first = path(u"refuse-first.csv"_s);
        writeFile(first, FirstExport);
        QCOMPARE(ImportCli::run(importArgs(first, url, u"base"_s), Key).exitCode, 0);

        const CliResult none = ImportCli::run(importArgs(first, url, u"x1"_s) + QStringList {u"--catch-up"_s, u"nosuchjob"_s}, Key);
        QCOMPARE(none.exitCode, 2);
        QVERIFY2(none.err.contains("There is no job \"nosuchjob\""), none.describe().constData());

        const QString other = path(u"refuse-other.csv"_s);
        writeFile(other, "email,first_name,department\nann@example.com,Ann,Sales\n");
        const CliResult columns = ImportCli::run(importArgs(other, url, u"x2"_s) + QStringList {u"--catch-up"_s, u"base"_s}, Key);
        QCOMPARE(columns.exitCode, 2);
        QVERIFY2(columns.err.contains("The columns differ") && columns.err.contains("\"department\"")
                     && columns.err.contains("\"org_external_id\""),
                 columns.describe().constData());
        QVERIFY2(columns.err.contains("without --catch-up"), columns.describe().constData());

        // Another place than the earlier job wrote to: its user ids mean nothing there. Checked
        // before anything is sent (no request leaves for the other address).
        {
            Store::JobStore store(Store::JobStore::pathInDirectory(m_store->path()));
            QVERIFY(store.open());
            Engine::JobSettings elsewhere;
            elsewhere.csvPath = first;
            elsewhere.catchUpOf = u"base"_s;
            if (const auto m = Source::fileMapping(first, elsewhere.source, QString()))
                elsewhere.mapping = m->mapping;
            elsewhere.apiUrl = url;
            elsewhere.environment = Engine::environmentFor(Key, url);
            QCOMPARE(Engine::catchUpProblem(store, elsewhere), QString()); // the same place: accepted
            elsewhere.apiUrl = QUrl(u"https://api.workos.com"_s);
            elsewhere.environment = u"production"_s;
            const QString problem = Engine::catchUpProblem(store, elsewhere);
            QVERIFY2(problem.contains(u"Job base wrote to "_s + url.toString()) && problem.contains(u"api.workos.com"_s)
                         && problem.contains(u"Production"_s),
                     qPrintable(problem));
            elsewhere.apiUrl = url; // same address, another kind of key (sk_live_ on this computer)
            elsewhere.environment = u"production"_s;
            QVERIFY(!Engine::catchUpProblem(store, elsewhere).isEmpty());
        }

        const CliResult lonely = ImportCli::run(importArgs(first, url, u"x3"_s) + QStringList {u"--replace-existing-passwords"_s}, Key);
        QCOMPARE(lonely.exitCode, 2);
        QVERIFY2(lonely.err.contains("--update-existing"), lonely.describe().constData());
    }

    // Replacing passwords is said to be final, and no password or hash reaches an output or the store.
    void replacedPasswordsNeverStored()
    {
        resetSandbox();
        const QUrl url = m_sandbox.url();
        QVERIFY(!createUser(url, AnnBefore).isEmpty());
        QVERIFY(!createUser(url, BobBefore).isEmpty());
        const QByteArray password = "Pw-Zq8Secret-Update-1!";
        const QByteArray hash = TestSupport::fakeBcryptHash(771);
        const QString csv = path(u"passwords.csv"_s);
        writeFile(csv, "email,password,password_hash,password_hash_type,first_name\n"
                       "ann@example.com," + password + ",,,Ann\n"
                       "bob@example.com,," + hash + ",bcrypt,Bob\n");
        const CliResult r = ImportCli::run(importArgs(csv, url, u"pw"_s)
                                               + QStringList {u"--update-existing"_s, u"--replace-existing-passwords"_s}, Key);
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY2(r.err.contains("cannot be undone"), r.describe().constData());
        QCOMPARE(r.json()[u"counters"_s][u"users_updated"_s].toInteger(), 2);
        QCOMPARE(r.json()[u"updated_fields"_s][u"password"_s].toInteger(), 2);
        const CliResult undone = ImportCli::run(QStringList {u"undo"_s, u"pw"_s, u"--yes"_s} + storeArgs(), Key);
        QVERIFY2(undone.out.contains("cannot be put back"), undone.describe().constData());
        const QByteArray everything = r.out + r.err + undone.out + undone.err + bytesUnder(m_store->path());
        QVERIFY(everything.contains("ann@example.com"));
        for (const QByteArray &secret : {password, hash, Key.toUtf8()})
            QVERIFY2(!everything.contains(secret), secret.constData());
    }
};

QTEST_GUILESS_MAIN(TestUpdateExisting)
#include "tst_updateexisting.moc"
