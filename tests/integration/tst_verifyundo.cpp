// `workos-import verify` and `workos-import undo`, the programs, end to end against
// workos-sandbox (and once against the npm WorkOS emulator): what a person relies on after an
// import.
//
//  * a finished import verifies clean (exit 0);
//  * a membership deleted behind the program's back, a changed name and a missing user are
//    each reported with the line of their row (exit 1), in the error report's columns;
//  * undo after a multi-organization import where some users, organizations and memberships
//    existed before leaves the server EXACTLY as it was (every object of /_sandbox/state,
//    field by field), and the file can then be imported again;
//  * undo killed with SIGKILL several times and resumed ends in that same exact state, with
//    every DELETE sent for an object the job created;
//  * a user the job created who since joined another organization is kept and reported;
//  * undo without --yes refuses, says what it would delete, and deletes nothing;
//  * verify killed with SIGKILL during its reads several times and run again continues where
//    it was (the pages it had read are not read again) and ends with the same report as a run
//    that was never interrupted.
// The job store lives in a temporary --checkpoint-dir; the key comes from WORKOS_API_KEY.
#include "store/followupstore.h"
#include "store/intentstore.h"
#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/undoscenario.h"

#include "csv/csvreader.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::CliResult;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_Zq8VerifyUndoKey"_s;
// A production-looking key the sandboxes also accept: jobs imported with it are "production".
const QString LiveKey = u"sk_live_Zq8VerifyUndoKey"_s;
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

// Every object the sandbox holds, as JSON, without the counts.
QJsonObject stateOf(const QUrl &sandbox)
{
    QJsonObject state = TestSupport::httpJson("GET", sandbox.resolved(QUrl(u"/_sandbox/state"_s))).object();
    state.remove(u"counts"_s);
    return state;
}

// Plain words about how two states differ (empty when they are the same).
QString difference(const QJsonObject &before, const QJsonObject &after)
{
    QStringList problems;
    for (const QString &kind : {u"users"_s, u"organizations"_s, u"organization_memberships"_s}) {
        const QJsonArray a = before.value(kind).toArray();
        const QJsonArray b = after.value(kind).toArray();
        if (a == b)
            continue;
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue &v : a)
            byId.insert(v[u"id"_s].toString(), v.toObject());
        QStringList extra;
        QStringList changed;
        for (const QJsonValue &v : b) {
            const QString id = v[u"id"_s].toString();
            if (!byId.contains(id))
                extra.append(id);
            else if (byId.take(id) != v.toObject())
                changed.append(id);
        }
        problems.append(u"%1: %2 before, %3 after; missing %4; extra %5; changed %6"_s.arg(kind).arg(a.size()).arg(b.size())
                            .arg(QStringList(byId.keys()).mid(0, 5).join(u' '), extra.mid(0, 5).join(u' '),
                                 changed.mid(0, 5).join(u' ')));
    }
    return problems.join(u"\n"_s);
}

QJsonObject post(const QUrl &server, const QString &path, const QJsonObject &body, const QString &key = Key)
{
    int status = 0;
    const QJsonObject answer = TestSupport::httpJson("POST", server.resolved(QUrl(path)), key,
                                                     QJsonDocument(body).toJson(QJsonDocument::Compact), &status).object();
    if (status != 201)
        qWarning() << "POST" << path << "answered" << status << answer;
    return answer;
}

// The report's rows (CSV with a header) as maps column -> value.
QList<QHash<QString, QString>> readCsvReport(const QString &path)
{
    QList<QHash<QString, QString>> rows;
    Csv::CsvReader reader(path);
    if (!reader.open())
        return rows;
    const QStringList header = reader.header();
    Csv::Record r;
    while (reader.next(r)) {
        QHash<QString, QString> row;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.insert(header[i], r.fields.value(i));
        rows.append(row);
    }
    return rows;
}

// The rows and physical lines of `path` (one line per record in these files) by lower-case email.
QMultiHash<QString, QPair<qint64, qint64>> rowsByEmail(const QString &path)
{
    QMultiHash<QString, QPair<qint64, qint64>> rows;
    Csv::CsvReader reader(path);
    if (!reader.open())
        return rows;
    Csv::Record r;
    qint64 row = 0;
    while (reader.next(r))
        rows.insert(r.fields.value(0).toLower(), {++row, r.line});
    return rows;
}

} // namespace

class TestVerifyUndo : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_fast; // no rate limits
    TestSupport::SandboxProcess m_slow; // 15 ms per answer: an undo runs long enough to be killed
    std::unique_ptr<QTemporaryDir> m_store;

    QString storeDir() const { return m_store->path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult run(const QStringList &args) { return ImportCli::run(args, Key); }

    CliResult import(const QString &csv, const QUrl &server, const QString &jobId)
    {
        return run({u"--csv"_s, csv, u"--api-url"_s, server.toString(), u"--checkpoint-dir"_s, storeDir(),
                    u"--rate-limits"_s, FastLimits, u"--job-id"_s, jobId, u"--quiet"_s});
    }
    QStringList followUp(const QString &command, const QString &jobId, const QStringList &more = {}) const
    {
        return QStringList {command, jobId, u"--checkpoint-dir"_s, storeDir(), u"--quiet"_s} + more;
    }

    // Objects that exist before the import: users of the file (one with a membership the file
    // also asks for), organizations of the file, and things the file never mentions.
    static void seedExisting(const QUrl &server)
    {
        for (const int p : {0, 1, 4})
            post(server, u"/user_management/users"_s,
                 {{u"email"_s, u"person%1@example.com"_s.arg(p)}, {u"first_name"_s, u"Before%1"_s.arg(p)}});
        const QString acme1 = post(server, u"/organizations"_s, {{u"name"_s, u"Acme 1 (before)"_s}, {u"external_id"_s, u"acme-1"_s}})
                                  .value(u"id"_s).toString();
        post(server, u"/organizations"_s, {{u"name"_s, u"Acme 0 (before)"_s}, {u"external_id"_s, u"acme-0"_s}});
        const QString person1 = TestSupport::httpJson("GET", server.resolved(QUrl(u"/user_management/users?email=person1%40example.com"_s)), Key)
                                    .object().value(u"data"_s).toArray().first()[u"id"_s].toString();
        post(server, u"/user_management/organization_memberships"_s, {{u"user_id"_s, person1}, {u"organization_id"_s, acme1}});
        // Not in the file at all.
        const QString outsider = post(server, u"/user_management/users"_s, {{u"email"_s, u"outsider@example.com"_s}})
                                     .value(u"id"_s).toString();
        const QString other = post(server, u"/organizations"_s, {{u"name"_s, u"Other"_s}, {u"external_id"_s, u"other"_s}})
                                  .value(u"id"_s).toString();
        post(server, u"/user_management/organization_memberships"_s, {{u"user_id"_s, outsider}, {u"organization_id"_s, other}});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fast.startSandbox({u"--keys"_s, Key + u',' + LiveKey, u"--rate-limits"_s, u"off"_s, u"--seed"_s, u"7"_s}),
                 qPrintable(m_fast.error()));
        QVERIFY2(m_slow.startSandbox({u"--keys"_s, Key + u',' + LiveKey, u"--rate-limits"_s, u"off"_s, u"--latency-ms"_s, u"15"_s,
                                      u"--seed"_s, u"8"_s}),
                 qPrintable(m_slow.error()));
    }

    void init()
    {
        m_store = std::make_unique<QTemporaryDir>();
        QVERIFY(m_store->isValid());
        QVERIFY(TestSupport::resetSandbox(m_fast.url()));
        QVERIFY(TestSupport::resetSandbox(m_slow.url()));
    }

    void finishedImportVerifiesClean()
    {
        const QString csv = path(u"clean.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 30, 4);
        seedExisting(m_fast.url());
        const CliResult imported = import(csv, m_fast.url(), u"clean"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());

        const QString report = path(u"clean-verify.csv"_s);
        const CliResult verified = run(followUp(u"verify"_s, u"clean"_s, {u"--report"_s, report}));
        QVERIFY2(verified.exitCode == 0, verified.describe());
        QVERIFY2(verified.out.contains("Verified"), verified.describe());
        QVERIFY(QFile::exists(report));
        QCOMPARE(readCsvReport(report).size(), 0);
        // Verify only reads: not one write reached the sandbox.
        const QJsonObject stats = TestSupport::sandboxStats(m_fast.url());
        const QJsonObject endpoints = stats.value(u"endpoints"_s).toObject();
        const qint64 writesBefore = endpoints.value(u"POST /user_management/users"_s).toInteger();
        QVERIFY2(run(followUp(u"verify"_s, u"clean"_s)).exitCode == 0, "a second verify");
        const QJsonObject after = TestSupport::sandboxStats(m_fast.url()).value(u"endpoints"_s).toObject();
        QCOMPARE(after.value(u"POST /user_management/users"_s).toInteger(), writesBefore);
        for (const QString &route : after.keys())
            if (!route.startsWith(u"GET "_s))
                QCOMPARE(after.value(route).toInteger(), endpoints.value(route).toInteger());
        // The job list says so.
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(jobs.out.contains("verified"), jobs.describe());
    }

    void verifyReportsEachMismatchWithItsLine()
    {
        const QString csv = path(u"mismatch.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 30, 4);
        const CliResult imported = import(csv, m_fast.url(), u"mismatch"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QMultiHash<QString, QPair<qint64, qint64>> lines = rowsByEmail(csv);

        // What the job store says the job did, row by row.
        Store::JobStore store(Store::JobStore::pathInDirectory(storeDir()));
        QVERIFY(store.open());
        const auto outcomeOf = [&](qint64 row) { return store.outcome(u"mismatch"_s, row).value(); };
        const QJsonObject state = stateOf(m_fast.url());
        QHash<QString, QString> userIdOf;
        for (const QJsonValue &u : state.value(u"users"_s).toArray())
            userIdOf.insert(u[u"email"_s].toString().toLower(), u[u"id"_s].toString());

        // 1. A membership deleted behind the program's back: person2's first row.
        const auto person2 = lines.values(u"person2@example.com"_s);
        qint64 membershipRow = 0, membershipLine = 0;
        for (const auto &[row, line] : person2)
            if (membershipRow == 0 || row < membershipRow)
                membershipRow = row, membershipLine = line;
        const Store::RowOutcome membershipOutcome = outcomeOf(membershipRow);
        const QString orgExternalId = membershipOutcome.orgKey.mid(4);
        QString membershipId;
        QHash<QString, QString> extOfOrg;
        for (const QJsonValue &o : state.value(u"organizations"_s).toArray())
            extOfOrg.insert(o[u"id"_s].toString(), o[u"external_id"_s].toString());
        for (const QJsonValue &m : state.value(u"organization_memberships"_s).toArray())
            if (m[u"user_id"_s].toString() == userIdOf.value(u"person2@example.com"_s)
                && extOfOrg.value(m[u"organization_id"_s].toString()) == orgExternalId)
                membershipId = m[u"id"_s].toString();
        QVERIFY(!membershipId.isEmpty());
        int status = 0;
        TestSupport::httpJson("DELETE", m_fast.url().resolved(QUrl(u"/user_management/organization_memberships/"_s + membershipId)),
                              Key, {}, &status);
        QCOMPARE(status, 204);

        // 2. A changed name: person4's first name, on the row that created the user.
        qint64 nameLine = 0;
        for (const auto &[row, line] : lines.values(u"person4@example.com"_s))
            if (outcomeOf(row).user == Store::UserResult::Created)
                nameLine = line;
        QVERIFY(nameLine > 0);
        TestSupport::httpJson("PUT", m_fast.url().resolved(QUrl(u"/user_management/users/"_s + userIdOf.value(u"person4@example.com"_s))),
                              Key, R"({"first_name":"Changed"})", &status);
        QCOMPARE(status, 200);

        // 3. A missing user: person7, on every one of its rows.
        TestSupport::httpJson("DELETE", m_fast.url().resolved(QUrl(u"/user_management/users/"_s + userIdOf.value(u"person7@example.com"_s))),
                              Key, {}, &status);
        QCOMPARE(status, 204);
        QSet<qint64> person7Lines;
        for (const auto &[row, line] : lines.values(u"person7@example.com"_s))
            person7Lines.insert(line);

        const QString report = path(u"mismatch-verify.csv"_s);
        const CliResult verified = run(followUp(u"verify"_s, u"mismatch"_s, {u"--report"_s, report}));
        QVERIFY2(verified.exitCode == 1, verified.describe());
        const QList<QHash<QString, QString>> rows = readCsvReport(report);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().size(), 11); // the error report's columns
        QSet<qint64> missingUserLines;
        int membershipMissing = 0, nameChanged = 0;
        for (const auto &r : rows) {
            const QString code = r.value(u"code"_s);
            if (code == u"verify.membership_missing"_s) {
                ++membershipMissing;
                QCOMPARE(r.value(u"line"_s).toLongLong(), membershipLine);
                QCOMPARE(r.value(u"email"_s).toLower(), u"person2@example.com"_s);
                QVERIFY(r.value(u"message"_s).contains(u"WorkOS holds no such membership"_s));
            } else if (code == u"verify.first_name_differs"_s) {
                ++nameChanged;
                QCOMPARE(r.value(u"line"_s).toLongLong(), nameLine);
                QVERIFY2(r.value(u"message"_s).contains(u"expected \"First4\", WorkOS holds \"Changed\""_s),
                         qPrintable(r.value(u"message"_s)));
            } else if (code == u"verify.user_missing"_s) {
                missingUserLines.insert(r.value(u"line"_s).toLongLong());
                QCOMPARE(r.value(u"email"_s).toLower(), u"person7@example.com"_s);
            } else {
                QFAIL(qPrintable(u"unexpected mismatch %1 on line %2: %3"_s.arg(code, r.value(u"line"_s), r.value(u"message"_s))));
            }
            QVERIFY(!r.value(u"hint"_s).isEmpty());
        }
        QCOMPARE(membershipMissing, 1);
        QCOMPARE(nameChanged, 1);
        QCOMPARE(missingUserLines, person7Lines);
        // The same in JSON lines.
        const QString jsonl = path(u"mismatch-verify.jsonl"_s);
        QCOMPARE(run(followUp(u"verify"_s, u"mismatch"_s, {u"--report"_s, jsonl})).exitCode, 1);
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll().count('\n'), qsizetype(rows.size()));
    }

    void undoWithoutYesRefusesAndDeletesNothing()
    {
        const QString csv = path(u"noyes.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 10, 3);
        QVERIFY(import(csv, m_fast.url(), u"noyes"_s).exitCode == 0);
        const QJsonObject before = stateOf(m_fast.url());
        const qint64 requests = TestSupport::sandboxStats(m_fast.url()).value(u"requests"_s).toInteger();
        const CliResult refused = run({u"undo"_s, u"noyes"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(refused.exitCode == 2, refused.describe());
        QVERIFY2(refused.err.contains("--yes"), refused.describe());
        QVERIFY2(refused.err.contains("nothing was deleted"), refused.describe());
        QVERIFY2(refused.err.contains("10 users"), refused.describe());
        QCOMPARE(stateOf(m_fast.url()), before);
        // Not one request reached the server.
        QCOMPARE(TestSupport::sandboxStats(m_fast.url()).value(u"requests"_s).toInteger(), requests);
    }

    void undoLeavesTheServerExactlyAsBefore()
    {
        const QString csv = path(u"undo.csv"_s);
        const TestSupport::ExpectedImport expected = TestSupport::writeMultiOrgCsv(csv, 40, 5);
        seedExisting(m_fast.url());
        const QJsonObject before = stateOf(m_fast.url());
        const CliResult imported = import(csv, m_fast.url(), u"undo"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        QVERIFY(stateOf(m_fast.url()) != before);

        const QString report = path(u"undo-report.csv"_s);
        const CliResult undone = run(followUp(u"undo"_s, u"undo"_s, {u"--yes"_s, u"--report"_s, report}));
        QVERIFY2(undone.exitCode == 0, undone.describe());
        const QString diff = difference(before, stateOf(m_fast.url()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(stateOf(m_fast.url()), before);
        QCOMPARE(readCsvReport(report).size(), 0);
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(jobs.out.contains("undone"), jobs.describe());

        // Again: nothing left to do, nothing sent but reads.
        const CliResult again = run(followUp(u"undo"_s, u"undo"_s, {u"--yes"_s}));
        QVERIFY2(again.exitCode == 0, again.describe());
        QCOMPARE(stateOf(m_fast.url()), before);

        // The file can be imported again, and that import verifies clean.
        const CliResult reimported = import(csv, m_fast.url(), u"undo-again"_s);
        QVERIFY2(reimported.exitCode == 0, reimported.describe());
        TestSupport::ExpectedImport withExisting = expected;
        withExisting.emails.insert(u"outsider@example.com"_s);
        withExisting.orgs.insert(u"other"_s);
        withExisting.members.insert({u"outsider@example.com"_s, u"other"_s});
        const QString problems = TestSupport::compareContents(TestSupport::sandboxContents(m_fast.url()), withExisting);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(run(followUp(u"verify"_s, u"undo-again"_s)).exitCode, 0);
    }

    void undoKeepsACreatedUserWhoJoinedAnotherOrganization()
    {
        const QString csv = path(u"keep.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 12, 3);
        seedExisting(m_fast.url());
        const QJsonObject before = stateOf(m_fast.url());
        QVERIFY(import(csv, m_fast.url(), u"keep"_s).exitCode == 0);
        // person5 (created by the job) joins "other", which the job never touched.
        QString person5, other;
        const QJsonObject state = stateOf(m_fast.url());
        for (const QJsonValue &u : state.value(u"users"_s).toArray())
            if (u[u"email"_s].toString().toLower() == u"person5@example.com"_s)
                person5 = u[u"id"_s].toString();
        for (const QJsonValue &o : state.value(u"organizations"_s).toArray())
            if (o[u"external_id"_s].toString() == u"other"_s)
                other = o[u"id"_s].toString();
        const QJsonObject joined = post(m_fast.url(), u"/user_management/organization_memberships"_s,
                                        {{u"user_id"_s, person5}, {u"organization_id"_s, other}});

        const QString report = path(u"keep-report.csv"_s);
        const CliResult undone = run(followUp(u"undo"_s, u"keep"_s, {u"--yes"_s, u"--report"_s, report}));
        QVERIFY2(undone.exitCode == 1, undone.describe());
        const QList<QHash<QString, QString>> rows = readCsvReport(report);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"code"_s), u"undo.user_has_other_memberships"_s);
        QCOMPARE(rows.first().value(u"email"_s).toLower(), u"person5@example.com"_s);
        QVERIFY(rows.first().value(u"line"_s).toLongLong() > 1);
        // Everything else is as before; person5 and its other membership stay.
        QJsonObject expected = before;
        QJsonArray users = expected.value(u"users"_s).toArray();
        QJsonArray memberships = expected.value(u"organization_memberships"_s).toArray();
        const QJsonObject after = stateOf(m_fast.url());
        for (const QJsonValue &u : after.value(u"users"_s).toArray())
            if (u[u"id"_s].toString() == person5)
                users.append(u);
        memberships.append(joined);
        expected.insert(u"users"_s, users);
        expected.insert(u"organization_memberships"_s, memberships);
        const QString diff = difference(expected, after);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void undoKilledAndResumedEndsInTheSameState()
    {
        const QString csv = path(u"killed.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 40, 5);
        seedExisting(m_slow.url());
        const QJsonObject before = stateOf(m_slow.url());
        const CliResult imported = import(csv, m_slow.url(), u"killed"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QJsonObject afterImport = stateOf(m_slow.url());
        qint64 createdObjects = 0;
        for (const QString &kind : {u"users"_s, u"organizations"_s, u"organization_memberships"_s})
            createdObjects += afterImport.value(kind).toArray().size() - before.value(kind).toArray().size();
        QVERIFY(createdObjects > 100);
        const qint64 deletesBefore = TestSupport::sandboxStats(m_slow.url()).value(u"statuses"_s).toObject()
                                         .value(u"204"_s).toInteger();
        QCOMPARE(deletesBefore, 0);

        QRandomGenerator random(20261129);
        int kills = 0;
        int finishedEarly = 0;
        for (int round = 0; round < 6; ++round) {
            ImportCli cli;
            QVERIFY(cli.start(followUp(u"undo"_s, u"killed"_s, {u"--yes"_s}), Key));
            const CliResult r = cli.signalAfter(150 + int(random.bounded(350)), true);
            if (r.crashed)
                ++kills;
            else
                ++finishedEarly;
        }
        QVERIFY2(kills >= 3, qPrintable(u"only %1 of the runs were killed"_s.arg(kills)));
        const CliResult last = run(followUp(u"undo"_s, u"killed"_s, {u"--yes"_s}));
        QVERIFY2(last.exitCode == 0, last.describe());
        const QString diff = difference(before, stateOf(m_slow.url()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(stateOf(m_slow.url()), before);
        // Exactly once: one successful DELETE per object the import created (memberships are
        // deleted one by one before their users); a replayed DELETE after a kill gets 404.
        const QJsonObject stats = TestSupport::sandboxStats(m_slow.url());
        QCOMPARE(stats.value(u"statuses"_s).toObject().value(u"204"_s).toInteger(), createdObjects);
    }

    // ---- issue 17, item 1: undo proves what it deleted, and only where the job wrote ----

    // The job lives in sandbox A; undo pointed at an empty sandbox B (same kind of address and
    // key) must refuse before deleting anything, leave the job not undone, and the real undo
    // against A must then still do all the work.
    void undoAgainstAnotherSandboxIsRefused()
    {
        const QString csv = path(u"elsewhere.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 20, 2);
        const QJsonObject beforeA = stateOf(m_fast.url());
        QVERIFY(import(csv, m_fast.url(), u"elsewhere"_s).exitCode == 0);
        const QJsonObject importedA = stateOf(m_fast.url());
        const QJsonObject emptyB = stateOf(m_slow.url());
        const qint64 deletesB = TestSupport::sandboxStats(m_slow.url()).value(u"statuses"_s).toObject().value(u"204"_s).toInteger();

        const CliResult wrong = run(followUp(u"undo"_s, u"elsewhere"_s, {u"--yes"_s, u"--api-url"_s, m_slow.url().toString()}));
        QVERIFY2(wrong.exitCode == 2, wrong.describe());
        QVERIFY2(wrong.err.contains("does not hold this job's data"), wrong.describe());
        QVERIFY2(!wrong.out.contains("Undone"), wrong.describe());
        QCOMPARE(stateOf(m_slow.url()), emptyB);
        QCOMPARE(TestSupport::sandboxStats(m_slow.url()).value(u"statuses"_s).toObject().value(u"204"_s).toInteger(), deletesB);
        QCOMPARE(stateOf(m_fast.url()), importedA);
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(!jobs.out.contains("undone") && !jobs.out.contains("undo unfinished"), jobs.describe());

        // The real undo, against A, does everything.
        const CliResult right = run(followUp(u"undo"_s, u"elsewhere"_s, {u"--yes"_s}));
        QVERIFY2(right.exitCode == 0, right.describe());
        const QString diff = difference(beforeA, stateOf(m_fast.url()));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // Another address (--api-url, or WORKOS_API_URL) or a key of another kind of environment:
    // refused with how to proceed, before anything is sent.
    void undoAtAnotherAddressOrWithAnotherKindOfKeyIsRefused()
    {
        const QString csv = path(u"address.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 6, 2);
        QVERIFY(import(csv, m_fast.url(), u"address"_s).exitCode == 0);
        const QJsonObject imported = stateOf(m_fast.url());
        const qint64 requests = TestSupport::sandboxStats(m_fast.url()).value(u"requests"_s).toInteger();
        // Plain http to another host: never contacted (the client refuses such an address anyway).
        const CliResult other = run(followUp(u"undo"_s, u"address"_s, {u"--yes"_s, u"--api-url"_s, u"http://example.com"_s}));
        QVERIFY2(other.exitCode == 2, other.describe());
        QVERIFY2(other.err.contains("Refused") && other.err.contains(m_fast.url().toString().toUtf8())
                     && other.err.contains("WORKOS_API_URL"),
                 other.describe());
        // A live key for a job that wrote with a test key.
        const CliResult live = ImportCli::run(followUp(u"undo"_s, u"address"_s, {u"--yes"_s, u"--confirm-production"_s}), LiveKey);
        QVERIFY2(live.exitCode == 2, live.describe());
        QVERIFY2(live.err.contains("Refused") && live.err.contains("Production"), live.describe());
        QCOMPARE(TestSupport::sandboxStats(m_fast.url()).value(u"requests"_s).toInteger(), requests);
        QCOMPARE(stateOf(m_fast.url()), imported);
    }

    // A 404 proves a deletion only for an object undo saw: a user deleted behind the program's
    // back is "not found", the exit code is not 0 and the job is not undone.
    void objectsNotFoundAreNoProof()
    {
        const QString csv = path(u"notfound.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 10, 2);
        QVERIFY(import(csv, m_fast.url(), u"notfound"_s).exitCode == 0);
        QString person3;
        for (const QJsonValue &u : stateOf(m_fast.url()).value(u"users"_s).toArray())
            if (u[u"email"_s].toString().toLower() == u"person3@example.com"_s)
                person3 = u[u"id"_s].toString();
        int status = 0;
        TestSupport::httpJson("DELETE", m_fast.url().resolved(QUrl(u"/user_management/users/"_s + person3)), Key, {}, &status);
        QCOMPARE(status, 204);
        const QString report = path(u"notfound-report.csv"_s);
        const CliResult undone = run(followUp(u"undo"_s, u"notfound"_s, {u"--yes"_s, u"--report"_s, report}));
        QVERIFY2(undone.exitCode == 1, undone.describe());
        QVERIFY2(undone.out.contains("Not undone") || undone.err.contains("Not undone"), undone.describe());
        bool userReported = false;
        for (const auto &r : readCsvReport(report))
            if (r.value(u"code"_s) == u"undo.not_found"_s && r.value(u"email"_s).toLower() == u"person3@example.com"_s)
                userReported = true;
        QVERIFY(userReported);
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(jobs.out.contains("undo unfinished") && !jobs.out.contains("undone"), jobs.describe());
    }

    // Without --yes: the address actually used and the environment are named. A production job
    // needs --confirm-production beside --yes; nothing is deleted without it.
    void undoConfirmationNamesThePlaceAndProductionNeedsItsOwn()
    {
        const QString csv = path(u"prod.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 6, 2);
        const CliResult imported = ImportCli::run({u"--csv"_s, csv, u"--api-url"_s, m_fast.url().toString(), u"--checkpoint-dir"_s,
                                                   storeDir(), u"--rate-limits"_s, FastLimits, u"--job-id"_s, u"prod"_s, u"--quiet"_s},
                                                  LiveKey);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const QJsonObject state = stateOf(m_fast.url());
        const CliResult asked = ImportCli::run(followUp(u"undo"_s, u"prod"_s), LiveKey);
        QVERIFY2(asked.exitCode == 2, asked.describe());
        QVERIFY2(asked.err.contains(m_fast.url().toString().toUtf8()) && asked.err.contains("Production")
                     && asked.err.contains("--confirm-production"),
                 asked.describe());
        const CliResult yesOnly = ImportCli::run(followUp(u"undo"_s, u"prod"_s, {u"--yes"_s}), LiveKey);
        QVERIFY2(yesOnly.exitCode == 2, yesOnly.describe());
        QVERIFY2(yesOnly.err.contains("--confirm-production"), yesOnly.describe());
        QCOMPARE(stateOf(m_fast.url()), state);
        const CliResult confirmed = ImportCli::run(followUp(u"undo"_s, u"prod"_s, {u"--yes"_s, u"--confirm-production"_s}), LiveKey);
        QVERIFY2(confirmed.exitCode == 0, confirmed.describe());
    }

    // ---- issue 17, item 2: once an undo has started, the job is closed to import ----

    void resumeAndRetryRefuseAJobWhoseUndoStarted()
    {
        const QString csv = path(u"closed.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 60, 4);
        const QJsonObject before = stateOf(m_slow.url());
        // An import stopped half way, then an undo of what it did.
        ImportCli cli;
        QVERIFY(cli.start({u"--csv"_s, csv, u"--api-url"_s, m_slow.url().toString(), u"--checkpoint-dir"_s, storeDir(),
                           u"--rate-limits"_s, FastLimits, u"--job-id"_s, u"closed"_s, u"--quiet"_s, u"--concurrency"_s, u"2"_s},
                          Key));
        const CliResult killed = cli.signalAfter(900, true); // usually half way; a finished job is closed just as well
        QVERIFY2(killed.crashed || killed.exitCode == 0, killed.describe());
        const CliResult undone = run(followUp(u"undo"_s, u"closed"_s, {u"--yes"_s}));
        QVERIFY2(undone.exitCode == 0, undone.describe());
        QCOMPARE(stateOf(m_slow.url()), before);
        for (const QStringList &args : {QStringList {u"--resume"_s, u"closed"_s}, QStringList {u"retry"_s, u"closed"_s},
                                        QStringList {u"retry"_s, u"closed"_s, u"--all"_s}}) {
            const CliResult r = run(args + QStringList {u"--checkpoint-dir"_s, storeDir()});
            QVERIFY2(r.exitCode != 0, r.describe());
            const QByteArray said = QByteArray(r.out + r.err).toLower();
            QVERIFY2(said.contains("import the file again as a new job"), r.describe());
            QCOMPARE(stateOf(m_slow.url()), before);
        }
        const CliResult jobs = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(jobs.out.contains("undone"), jobs.describe());
    }

    // Property: random sequences of import / resume / retry / retry --all / undo, each run
    // possibly killed at a random moment, never end with the job reported undone while
    // anything it created remains; and a last undo always brings back exactly the state before.
    void noSequenceEndsUndoneWithLeftovers()
    {
        const quint32 seed = qEnvironmentVariableIsSet("WIZARD_UNDO_SEED") ? quint32(qEnvironmentVariableIntValue("WIZARD_UNDO_SEED"))
                                                                            : QRandomGenerator::global()->generate();
        qInfo("sequences from seed %u (WIZARD_UNDO_SEED=%u replays them)", seed, seed);
        QRandomGenerator random(seed);
        const QString csv = path(u"sequence.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 40, 4);
        for (int sequence = 0; sequence < 4; ++sequence) {
            QVERIFY(TestSupport::resetSandbox(m_slow.url()));
            QTemporaryDir store;
            QVERIFY(store.isValid());
            const QString jobId = u"seq%1"_s.arg(sequence);
            const QJsonObject before = stateOf(m_slow.url());
            const QStringList where {u"--checkpoint-dir"_s, store.path(), u"--quiet"_s};
            bool imported = false;
            QStringList trace;
            const int length = 3 + int(random.bounded(4));
            for (int step = 0; step < length; ++step) {
                const int op = int(random.bounded(imported ? 5 : 1));
                QStringList args;
                QString name;
                switch (op) {
                case 0:
                    name = imported ? u"resume"_s : u"import"_s;
                    args = imported ? QStringList {u"--resume"_s, jobId, u"--concurrency"_s, u"2"_s}
                                    : QStringList {u"--csv"_s, csv, u"--api-url"_s, m_slow.url().toString(), u"--rate-limits"_s,
                                                   FastLimits, u"--job-id"_s, jobId, u"--concurrency"_s, u"2"_s};
                    break;
                case 1: name = u"retry"_s; args = {u"retry"_s, jobId}; break;
                case 2: name = u"retry --all"_s; args = {u"retry"_s, jobId, u"--all"_s}; break;
                default: name = u"undo"_s; args = {u"undo"_s, jobId, u"--yes"_s}; break;
                }
                const bool kill = random.bounded(2) == 0;
                const int at = 100 + int(random.bounded(1200));
                ImportCli cli;
                QVERIFY(cli.start(args + where, Key));
                const CliResult r = kill ? cli.signalAfter(at, true) : cli.finish(120000);
                trace.append(u"%1%2 -> %3"_s.arg(name, kill ? u" (kill at %1 ms)"_s.arg(at) : QString(),
                                                 r.crashed ? u"killed"_s : QString::number(r.exitCode)));
                imported = true;
                // The invariant: reported undone means nothing of the job is left.
                Store::JobStore jobStore(Store::JobStore::pathInDirectory(store.path()));
                Store::FollowUpStore followUps(Store::JobStore::pathInDirectory(store.path()));
                if (jobStore.open() && followUps.open()) {
                    const auto undo = followUps.followUp(jobId, Store::FollowUpKind::Undo);
                    if (undo && undo->state == Store::FollowUpState::Done && undo->problems == 0) {
                        const QString diff = difference(before, stateOf(m_slow.url()));
                        QVERIFY2(diff.isEmpty(), qPrintable(trace.join(u", "_s) + u"\n"_s + diff));
                    }
                }
                if (!r.crashed && name == u"undo"_s && r.exitCode == 0) {
                    const QString diff = difference(before, stateOf(m_slow.url()));
                    QVERIFY2(diff.isEmpty(), qPrintable(trace.join(u", "_s) + u"\n"_s + diff));
                }
            }
            // A last undo, to its end, leaves exactly the state before.
            const CliResult last = ImportCli::run(QStringList {u"undo"_s, jobId, u"--yes"_s} + where, Key, 120000);
            trace.append(u"undo -> %1"_s.arg(last.exitCode));
            if (last.exitCode == 2 && (last.err.contains("There is no job") || last.err.contains("no job"))) {
                QCOMPARE(stateOf(m_slow.url()), before); // killed before the job existed: nothing was sent
                continue;
            }
            QVERIFY2(last.exitCode == 0, qPrintable(trace.join(u", "_s) + u"\n"_s + QString::fromUtf8(last.describe())));
            const QString diff = difference(before, stateOf(m_slow.url()));
            QVERIFY2(diff.isEmpty(), qPrintable(trace.join(u", "_s) + u"\n"_s + diff));
            qInfo("sequence %d: %s", sequence, qPrintable(trace.join(u", "_s)));
        }
    }

    // ---- issue 17, item 3: kills never leave created objects behind as "already existed" ----

    // The short version of tst_undosoak: an import killed a few times (during pre-warm and the
    // rows) and resumed, then its undo killed and continued, leaves the sandbox exactly as before;
    // once where the sandbox replays Idempotency-Keys, once where it does not (every create runs
    // again, so a resumed create meets its own object and must recognise it).
    void killedImportAndUndoLeaveNothing_data()
    {
        QTest::addColumn<bool>("replays");
        QTest::addRow("idempotency keys honoured") << true;
        QTest::addRow("idempotency keys ignored") << false;
    }
    void killedImportAndUndoLeaveNothing()
    {
        QFETCH(bool, replays);
        TestSupport::SandboxProcess sandbox;
        QStringList args {u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--latency-ms"_s, u"30"_s, u"--seed"_s, u"11"_s};
        if (!replays)
            args << u"--ignore-idempotency-key"_s;
        QVERIFY2(sandbox.startSandbox(args), qPrintable(sandbox.error()));
        seedExisting(sandbox.url());
        // A create whose answer a kill lost is told from an object that was there by its
        // created_at, within the clocks' slack: what existed before is older than that.
        QTest::qWait(int(Store::IntentClockSlackMs) + 500);
        const QString csv = path(u"kill.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 50, 12);
        TestSupport::KillPlan plan;
        plan.server = sandbox.url();
        plan.key = Key;
        plan.csv = csv;
        plan.storeDir = storeDir();
        plan.jobId = u"kill"_s;
        plan.importKills = 4;
        plan.undoKills = 2;
        plan.minMs = 200;
        plan.maxMs = 1600;
        plan.seed = replays ? 17 : 18;
        plan.extraImportArgs = {u"--rate-limits"_s, FastLimits, u"--concurrency"_s, u"3"_s};
        const TestSupport::KillOutcome outcome = TestSupport::killImportResumeAndUndo(plan);
        qInfo("import killed %d times, undo killed %d times", outcome.importKilled, outcome.undoKilled);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QVERIFY2(outcome.importKilled >= 2, "the import was hardly ever killed: the kills came too late");
    }

    void killedImportAndUndoLeaveNothingOnTheNpmEmulator()
    {
        if (TestSupport::SandboxProcess::nodeProgram().isEmpty() || TestSupport::SandboxProcess::emulatorScript().isEmpty())
            QSKIP("node or the npm WorkOS emulator (tests/emulator, npm ci) is not installed");
        TestSupport::SandboxProcess emulator;
        QVERIFY2(emulator.startEmulator({u"--keys"_s, Key}), qPrintable(emulator.error()));
        // The emulator knows role_slug only and matches emails exactly: one role, lower case.
        const QString csv = path(u"emulator-kill.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("email,first_name,last_name,org_external_id,org_name,role_slugs\n");
        // Enough rows that the import outlasts the latest kill (500 ms) on a quiet machine too.
        for (int i = 0; i < 240; ++i)
            f.write(u"kill%1@example.com,First%1,Last,team-%2,Team %2,member\n"_s.arg(i).arg(i % 5).toUtf8());
        f.close();
        post(emulator.url(), u"/organizations"_s, {{u"name"_s, u"Team 0 (before)"_s}, {u"external_id"_s, u"team-0"_s}});
        QTest::qWait(int(Store::IntentClockSlackMs) + 500);
        TestSupport::KillPlan plan;
        plan.server = emulator.url();
        plan.key = Key;
        plan.csv = csv;
        plan.storeDir = storeDir();
        plan.jobId = u"emulator-kill"_s;
        plan.importKills = 3;
        plan.undoKills = 1;
        plan.minMs = 60;
        plan.maxMs = 500;
        plan.seed = 19;
        plan.extraImportArgs = {u"--rate-limits"_s, FastLimits, u"--concurrency"_s, u"1"_s};
        const TestSupport::KillOutcome outcome = TestSupport::killImportResumeAndUndo(plan);
        qInfo("import killed %d times, undo killed %d times", outcome.importKilled, outcome.undoKilled);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QVERIFY2(outcome.importKilled >= 1, "the import was never killed: the kills came too late");
    }

    // Organizations pre-warm created before a kill are the job's, not "found": undo removes them.
    void killDuringPrewarmLeavesNoOrganization()
    {
        TestSupport::SandboxProcess sandbox;
        QVERIFY2(sandbox.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--latency-ms"_s, u"100"_s}),
                 qPrintable(sandbox.error()));
        const QString csv = path(u"prewarm.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 60, 60);
        bool ok = false;
        const QJsonObject before = TestSupport::apiSnapshot(sandbox.url(), Key, &ok);
        QVERIFY(ok);
        // Eight organizations at a time, about 200 ms each (a read, then a create whose answer
        // comes 100 ms after the sandbox made it): the kill lands in pre-warm with creates in flight.
        const QStringList args {u"--csv"_s, csv, u"--api-url"_s, sandbox.url().toString(), u"--checkpoint-dir"_s, storeDir(),
                                u"--rate-limits"_s, FastLimits, u"--job-id"_s, u"prewarm"_s, u"--quiet"_s, u"--concurrency"_s, u"8"_s};
        ImportCli cli;
        QVERIFY(cli.start(args, Key));
        const CliResult killed = cli.signalAfter(900, true);
        QVERIFY2(killed.crashed, killed.describe());
        {
            Store::JobStore store(Store::JobStore::pathInDirectory(storeDir()));
            QVERIFY(store.open());
            const auto job = store.job(u"prewarm"_s);
            QVERIFY(job);
            QCOMPARE(job->state, Store::JobState::Prewarming);
        }
        const QJsonObject mid = TestSupport::apiSnapshot(sandbox.url(), Key, &ok);
        QVERIFY2(mid.value(u"organizations"_s).toArray().size() > before.value(u"organizations"_s).toArray().size(),
                 "the kill came before pre-warm created anything");
        const CliResult resumed = run({u"--resume"_s, u"prewarm"_s, u"--checkpoint-dir"_s, storeDir(), u"--quiet"_s});
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        const CliResult undone = run(followUp(u"undo"_s, u"prewarm"_s, {u"--yes"_s}));
        QVERIFY2(undone.exitCode == 0, undone.describe());
        const QString diff = TestSupport::snapshotDifference(before, TestSupport::apiSnapshot(sandbox.url(), Key, &ok));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // The Idempotency-Keys of a job's creates are derived from the job, not random: a job
    // deleted and imported again under the same id must not be answered with the old job's
    // creates (undone since), or it would "create" users that no longer exist.
    void aJobMadeAgainUnderTheSameIdCreatesAnew()
    {
        const QString csv = path(u"sameid.csv"_s);
        const TestSupport::ExpectedImport expected = TestSupport::writeMultiOrgCsv(csv, 12, 3);
        QVERIFY(import(csv, m_fast.url(), u"sameid"_s).exitCode == 0);
        QVERIFY(run(followUp(u"undo"_s, u"sameid"_s, {u"--yes"_s})).exitCode == 0);
        {
            Store::JobStore store(Store::JobStore::pathInDirectory(storeDir()));
            QVERIFY(store.open());
            QString error;
            QVERIFY2(store.deleteJob(u"sameid"_s, &error), qPrintable(error));
        }
        QTest::qWait(5); // another creation time, to the millisecond
        const CliResult again = import(csv, m_fast.url(), u"sameid"_s);
        QVERIFY2(again.exitCode == 0, again.describe());
        const QString problems = TestSupport::compareContents(TestSupport::sandboxContents(m_fast.url()), expected);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
        QCOMPARE(run(followUp(u"verify"_s, u"sameid"_s)).exitCode, 0);
    }

    // ---- issue 17, item 4: memberships of every status ----

    // A created user with an inactive membership the job did not make is kept (WorkOS lists
    // only active memberships unless asked); a re-activated inactive membership is recorded as
    // one that existed, and undo leaves it.
    void inactiveMembershipsAreSeenAndReactivationsKept()
    {
        const QString csv = path(u"inactive.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 12, 3);
        seedExisting(m_fast.url());
        // person0 existed before (seedExisting) with an inactive membership in acme-0.
        QString person0, acme0;
        for (const QJsonValue &u : stateOf(m_fast.url()).value(u"users"_s).toArray())
            if (u[u"email"_s].toString().toLower() == u"person0@example.com"_s)
                person0 = u[u"id"_s].toString();
        for (const QJsonValue &o : stateOf(m_fast.url()).value(u"organizations"_s).toArray())
            if (o[u"external_id"_s].toString() == u"acme-0"_s)
                acme0 = o[u"id"_s].toString();
        QVERIFY(!person0.isEmpty() && !acme0.isEmpty());
        const QString inactive = post(m_fast.url(), u"/user_management/organization_memberships"_s,
                                      {{u"user_id"_s, person0}, {u"organization_id"_s, acme0}}).value(u"id"_s).toString();
        int status = 0;
        TestSupport::httpJson("PUT", m_fast.url().resolved(QUrl(u"/user_management/organization_memberships/%1/deactivate"_s.arg(inactive))),
                              Key, "{}", &status);
        QCOMPARE(status, 200);
        // The import tells a re-activated membership by its creation time, which must be older
        // than the import's intent by more than the clocks' slack (Store::IntentClockSlackMs).
        QTest::qWait(int(Store::IntentClockSlackMs) + 500);
        QVERIFY(import(csv, m_fast.url(), u"inactive"_s).exitCode == 0);
        // The import re-activated it (WorkOS's rule for a create that matches an inactive membership).
        const QJsonObject reactivated = TestSupport::httpJson("GET", m_fast.url().resolved(QUrl(u"/user_management/organization_memberships/"_s + inactive)), Key).object();
        QCOMPARE(reactivated.value(u"status"_s).toString(), u"active"_s);

        // person5 (created by the job) joins "other" and that membership is made inactive.
        QString person5, other;
        for (const QJsonValue &u : stateOf(m_fast.url()).value(u"users"_s).toArray())
            if (u[u"email"_s].toString().toLower() == u"person5@example.com"_s)
                person5 = u[u"id"_s].toString();
        for (const QJsonValue &o : stateOf(m_fast.url()).value(u"organizations"_s).toArray())
            if (o[u"external_id"_s].toString() == u"other"_s)
                other = o[u"id"_s].toString();
        const QString joined = post(m_fast.url(), u"/user_management/organization_memberships"_s,
                                    {{u"user_id"_s, person5}, {u"organization_id"_s, other}}).value(u"id"_s).toString();
        TestSupport::httpJson("PUT", m_fast.url().resolved(QUrl(u"/user_management/organization_memberships/%1/deactivate"_s.arg(joined))),
                              Key, "{}", &status);
        QCOMPARE(status, 200);

        const QString report = path(u"inactive-report.csv"_s);
        const CliResult undone = run(followUp(u"undo"_s, u"inactive"_s, {u"--yes"_s, u"--report"_s, report}));
        QVERIFY2(undone.exitCode == 1, undone.describe());
        const QList<QHash<QString, QString>> rows = readCsvReport(report);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"code"_s), u"undo.user_has_other_memberships"_s);
        QCOMPARE(rows.first().value(u"email"_s).toLower(), u"person5@example.com"_s);
        const QJsonObject after = stateOf(m_fast.url());
        QStringList membershipIds;
        for (const QJsonValue &m : after.value(u"organization_memberships"_s).toArray())
            membershipIds.append(m[u"id"_s].toString());
        QVERIFY2(membershipIds.contains(inactive), "undo deleted a membership that existed before the import");
        QVERIFY2(membershipIds.contains(joined), "undo deleted an inactive membership the job did not make");
    }

    void verifyKilledAndResumedEndsWithTheSameReport()
    {
        const QString csv = path(u"verifykilled.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 700, 4);
        const CliResult imported = ImportCli::run({u"--csv"_s, csv, u"--api-url"_s, m_slow.url().toString(), u"--checkpoint-dir"_s,
                                        storeDir(), u"--rate-limits"_s, FastLimits, u"--job-id"_s, u"verifykilled"_s,
                                        u"--workers"_s, u"4"_s, u"--concurrency"_s, u"16"_s, u"--quiet"_s},
                                       Key, 300000);
        QVERIFY2(imported.exitCode == 0, imported.describe());

        // Mismatches behind the program's back: changed names, deleted users, deleted memberships.
        const QJsonObject state = stateOf(m_slow.url());
        const QJsonArray users = state.value(u"users"_s).toArray();
        const QJsonArray memberships = state.value(u"organization_memberships"_s).toArray();
        QVERIFY(users.size() >= 700);
        int status = 0;
        for (int i : {3, 250, 640}) {
            TestSupport::httpJson("PUT", m_slow.url().resolved(QUrl(u"/user_management/users/"_s + users[i][u"id"_s].toString())),
                                  Key, R"({"first_name":"Changed"})", &status);
            QCOMPARE(status, 200);
        }
        for (int i : {7, 1200}) {
            TestSupport::httpJson("DELETE", m_slow.url().resolved(QUrl(u"/user_management/organization_memberships/"_s
                                                                       + memberships[i][u"id"_s].toString())),
                                  Key, {}, &status);
            QCOMPARE(status, 204);
        }
        for (int i : {10, 500}) {
            TestSupport::httpJson("DELETE", m_slow.url().resolved(QUrl(u"/user_management/users/"_s + users[i][u"id"_s].toString())),
                                  Key, {}, &status);
            QCOMPARE(status, 204);
        }
        // Reads (GETs of the API) the sandbox has answered so far.
        const auto reads = [&] {
            qint64 n = 0;
            const QJsonObject endpoints = TestSupport::sandboxStats(m_slow.url()).value(u"endpoints"_s).toObject();
            for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
                if (it.key().startsWith(u"GET /"_s) && !it.key().startsWith(u"GET /_sandbox"_s))
                    n += it.value().toInteger();
            return n;
        };

        // An uninterrupted run: the reference report and its cost.
        const QString reference = path(u"verifykilled-reference.csv"_s);
        qint64 before = reads();
        const CliResult whole = run(followUp(u"verify"_s, u"verifykilled"_s, {u"--report"_s, reference}));
        QCOMPARE(whole.exitCode, 1);
        const qint64 wholeReads = reads() - before;
        const QList<QHash<QString, QString>> expected = readCsvReport(reference);
        QVERIFY2(expected.size() >= 7, qPrintable(QString::number(expected.size())));
        QVERIFY2(wholeReads >= 20, qPrintable(QString::number(wholeReads)));

        // Killed during its reads, again and again: each run is killed a few reads after it
        // began reading, until one gets to its end by itself and writes the report.
        const QString resumed = path(u"verifykilled-resumed.csv"_s);
        before = reads();
        int kills = 0;
        CliResult last;
        for (int round = 0; round < 40 && last.exitCode < 0; ++round) {
            ImportCli cli;
            QVERIFY(cli.start(followUp(u"verify"_s, u"verifykilled"_s, {u"--report"_s, resumed}), Key));
            const qint64 start = reads();
            while (cli.isRunning() && reads() < start + 3)
                QTest::qWait(2);
            const CliResult r = cli.isRunning() ? cli.signalAfter(0, true) : cli.finish();
            if (!r.crashed) {
                last = r;
                break;
            }
            // On a busy machine the kill can land after the run had got to its end (report
            // written, verify recorded as done): then that run is the last one.
            Store::FollowUpStore followUps(Store::JobStore::pathInDirectory(storeDir()));
            QVERIFY(followUps.open());
            const auto record = followUps.followUp(u"verifykilled"_s, Store::FollowUpKind::Verify);
            QVERIFY(record);
            if (record->state == Store::FollowUpState::Done) {
                QCOMPARE(record->problems, qint64(expected.size()));
                last.exitCode = 1;
                break;
            }
            ++kills;
        }
        QVERIFY2(kills >= 3, qPrintable(u"only %1 of the runs were killed during their reads"_s.arg(kills)));
        QVERIFY2(last.exitCode == 1, last.describe());
        const qint64 resumedReads = reads() - before;
        QCOMPARE(readCsvReport(resumed), expected);
        // Nothing read again wholesale: at most the page each kill interrupted (and the one
        // the kill raced with) is read a second time.
        qInfo("uninterrupted: %lld reads; %d kills, then %lld reads in all", wholeReads, kills, resumedReads);
        QVERIFY2(resumedReads <= wholeReads + 2 * kills,
                 qPrintable(u"%1 reads after %2 kills, %3 uninterrupted"_s.arg(resumedReads).arg(kills).arg(wholeReads)));
        // And the next verify, after a finished one, reads afresh (same report).
        const QString again = path(u"verifykilled-again.csv"_s);
        before = reads();
        QCOMPARE(run(followUp(u"verify"_s, u"verifykilled"_s, {u"--report"_s, again})).exitCode, 1);
        QCOMPARE(reads() - before, wholeReads);
        QCOMPARE(readCsvReport(again), expected);
    }

    void verifyAndUndoAgainstTheNpmEmulator()
    {
        if (TestSupport::SandboxProcess::nodeProgram().isEmpty() || TestSupport::SandboxProcess::emulatorScript().isEmpty())
            QSKIP("node or the npm WorkOS emulator (tests/emulator, npm ci) is not installed");
        TestSupport::SandboxProcess emulator;
        QVERIFY2(emulator.startEmulator({u"--keys"_s, Key}), qPrintable(emulator.error()));
        const QUrl url = emulator.url();
        // The emulator knows role_slug only and matches emails exactly: one role, lower case.
        const QString csv = path(u"emulator.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("email,first_name,last_name,org_external_id,org_name,role_slugs\n");
        for (int i = 0; i < 12; ++i)
            f.write(u"emu%1@example.com,First%1,Last,team-%2,Team %2,member\n"_s.arg(i).arg(i % 3).toUtf8());
        f.close();
        post(url, u"/organizations"_s, {{u"name"_s, u"Team 0 (before)"_s}, {u"external_id"_s, u"team-0"_s}});
        const auto snapshot = [&] {
            bool ok = true;
            QJsonObject s;
            s.insert(u"users"_s, TestSupport::listAll(url, u"/user_management/users"_s, Key, &ok));
            s.insert(u"organizations"_s, TestSupport::listAll(url, u"/organizations"_s, Key, &ok));
            QJsonArray memberships;
            for (const QJsonValue &o : s.value(u"organizations"_s).toArray())
                for (const QJsonValue &m : TestSupport::listAll(url, u"/user_management/organization_memberships"_s, Key, &ok,
                                                                u"organization_id="_s + o[u"id"_s].toString()))
                    memberships.append(m);
            s.insert(u"organization_memberships"_s, memberships);
            return ok ? s : QJsonObject();
        };
        const QJsonObject before = snapshot();
        QVERIFY(!before.isEmpty());

        const CliResult imported = import(csv, url, u"emulator"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const CliResult verified = run(followUp(u"verify"_s, u"emulator"_s));
        QVERIFY2(verified.exitCode == 0, verified.describe());
        const CliResult undone = run(followUp(u"undo"_s, u"emulator"_s, {u"--yes"_s}));
        QVERIFY2(undone.exitCode == 0, undone.describe());
        const QString diff = difference(before, snapshot());
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }
};

QTEST_GUILESS_MAIN(TestVerifyUndo)
#include "tst_verifyundo.moc"
