// What verify must see and what an import must never call finished, end to end with the
// programs (workos-import, workos-sandbox, and a scripted server for a hostile one):
//
//  * roles: a row without roles whose membership now holds `admin`, and with Multiple Roles a
//    membership reduced from [admin, member] to [admin], are mismatches; a job whose rows were
//    truncated to their first slug (Multiple Roles off) still verifies clean;
//  * a verify of an unfinished job says so (exit 3) and `jobs` shows both facts;
//  * a server that pages for ever (endless cursors, empty pages) cannot keep verify reading:
//    it ends, within a bounded number of requests, and never as success;
//  * an output flag (--errors-out, verify --report, report --out, validate --report) that names
//    the job's CSV or the job store, by any path (symlink, hard link), is refused before anything
//    is sent, and the file is untouched;
//  * a CSV grown or replaced by rename during an import, and a job store deleted during one,
//    end the run with what happened and a non-zero exit, never "finished".
#include "store/jobstore.h"

#include "../testsupport/fakehttpserver.h"
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtTest/QtTest>

#include <unistd.h>

using namespace Qt::StringLiterals;
using TestSupport::readFile;
using TestSupport::writeFile;
using TestSupport::CliResult;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_VerifyGuardKey"_s;
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

QJsonObject post(const QUrl &server, const QString &path, const QJsonObject &body)
{
    int status = 0;
    const QJsonObject answer = TestSupport::httpJson("POST", server.resolved(QUrl(path)), Key,
                                                     QJsonDocument(body).toJson(QJsonDocument::Compact), &status).object();
    if (status != 201)
        qWarning() << "POST" << path << "answered" << status << answer;
    return answer;
}

qint64 userCount(const QUrl &sandbox)
{
    return TestSupport::httpJson("GET", sandbox.resolved(QUrl(u"/_sandbox/state"_s))).object()
        .value(u"counts"_s).toObject().value(u"users"_s).toInteger();
}

// Replaces the membership of `email` in the sandbox by one with `roles` (WorkOS has no
// "change role" in the sandbox: delete, then create with the same user and organization).
bool replaceMembership(const QUrl &sandbox, const QString &email, const QStringList &roles)
{
    const QJsonObject state = TestSupport::httpJson("GET", sandbox.resolved(QUrl(u"/_sandbox/state"_s))).object();
    QString userId;
    for (const QJsonValue &u : state.value(u"users"_s).toArray())
        if (u[u"email"_s].toString() == email)
            userId = u[u"id"_s].toString();
    for (const QJsonValue &m : state.value(u"organization_memberships"_s).toArray()) {
        if (m[u"user_id"_s].toString() != userId)
            continue;
        int status = 0;
        TestSupport::httpJson("DELETE", sandbox.resolved(QUrl(u"/user_management/organization_memberships/"_s + m[u"id"_s].toString())),
                              Key, {}, &status);
        if (status != 204)
            return false;
        QJsonObject body {{u"user_id"_s, userId}, {u"organization_id"_s, m[u"organization_id"_s].toString()}};
        if (roles.size() == 1)
            body.insert(u"role_slug"_s, roles.first());
        else
            body.insert(u"role_slugs"_s, QJsonArray::fromStringList(roles));
        return !post(sandbox, u"/user_management/organization_memberships"_s, body).value(u"id"_s).toString().isEmpty();
    }
    return false;
}

} // namespace

class TestVerifyGuard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_fast;     // no rate limits
    TestSupport::SandboxProcess m_multiple; // Multiple Roles on
    TestSupport::SandboxProcess m_slow;     // 25 ms per answer: an import runs long enough to change things under it
    std::unique_ptr<QTemporaryDir> m_store;

    QString storeDir() const { return m_store->path(); }
    QString storeFile() const { return Store::JobStore::pathInDirectory(storeDir()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    CliResult run(const QStringList &args) { return ImportCli::run(args, Key); }
    QStringList importArgs(const QString &csv, const QUrl &server, const QString &jobId) const
    {
        return {u"--csv"_s, csv, u"--api-url"_s, server.toString(), u"--checkpoint-dir"_s, storeDir(),
                u"--rate-limits"_s, FastLimits, u"--job-id"_s, jobId, u"--quiet"_s};
    }
    CliResult import(const QString &csv, const QUrl &server, const QString &jobId)
    {
        return run(importArgs(csv, server, jobId));
    }
    CliResult verify(const QString &jobId, const QStringList &more = {})
    {
        return run(QStringList {u"verify"_s, jobId, u"--checkpoint-dir"_s, storeDir(), u"--quiet"_s} + more);
    }
    // A slow import of `rows` users (one worker, one row at a time, chunks of 10) started in
    // the background once at least `before` users are in the sandbox.
    bool startSlowImport(ImportCli &cli, const QString &csv, int rows, const QString &jobId)
    {
        QByteArray text = "email,first_name,last_name\n";
        for (int i = 0; i < rows; ++i)
            text += "slow" + QByteArray::number(i).rightJustified(4, '0') + "@example.com,First,Last\n";
        writeFile(csv, text);
        return cli.start({u"--csv"_s, csv, u"--api-url"_s, m_slow.url().toString(), u"--checkpoint-dir"_s, storeDir(),
                          u"--rate-limits"_s, FastLimits, u"--job-id"_s, jobId, u"--workers"_s, u"1"_s,
                          u"--concurrency"_s, u"1"_s, u"--chunk-size"_s, u"10"_s},
                         Key);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_fast.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--seed"_s, u"11"_s}),
                 qPrintable(m_fast.error()));
        QVERIFY2(m_multiple.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--multiple-roles"_s,
                                          u"--roles"_s, u"member,admin,billing"_s, u"--seed"_s, u"12"_s}),
                 qPrintable(m_multiple.error()));
        QVERIFY2(m_slow.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--latency-ms"_s, u"25"_s,
                                      u"--seed"_s, u"13"_s}),
                 qPrintable(m_slow.error()));
    }

    void init()
    {
        m_store = std::make_unique<QTemporaryDir>();
        QVERIFY(m_store->isValid());
        QVERIFY(TestSupport::resetSandbox(m_fast.url()));
        QVERIFY(TestSupport::resetSandbox(m_multiple.url()));
        QVERIFY(TestSupport::resetSandbox(m_slow.url()));
    }

    // ---- item 5: roles ----

    void roleGivenBehindTheJobsBackIsAMismatch()
    {
        const QString csv = path(u"roles.csv"_s);
        writeFile(csv, "email,first_name,org_external_id,org_name,role_slugs\n"
                       "norole@example.com,Nora,acme,Acme,\n"
                       "member@example.com,Mia,acme,Acme,member\n");
        const CliResult imported = import(csv, m_fast.url(), u"roles"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const CliResult clean = verify(u"roles"_s);
        QVERIFY2(clean.exitCode == 0, clean.describe());

        // The row named no role: the import left the default one. Now it is admin.
        QVERIFY(replaceMembership(m_fast.url(), u"norole@example.com"_s, {u"admin"_s}));
        const QString report = path(u"roles-report.csv"_s);
        const CliResult found = verify(u"roles"_s, {u"--report"_s, report});
        QVERIFY2(found.exitCode == 1, found.describe());
        const QByteArray written = readFile(report);
        QVERIFY2(written.contains("verify.role_differs") && written.contains("norole@example.com")
                     && written.contains("admin"),
                 written.constData());
        QVERIFY2(!written.contains("member@example.com"), written.constData());
    }

    void multipleRolesReducedIsAMismatch()
    {
        const QString csv = path(u"multiple.csv"_s);
        writeFile(csv, "email,org_external_id,org_name,role_slugs\n"
                       "both@example.com,acme,Acme,\"admin,member\"\n");
        const CliResult imported = import(csv, m_multiple.url(), u"multiple"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const CliResult clean = verify(u"multiple"_s, {u"--api-url"_s, m_multiple.url().toString()});
        QVERIFY2(clean.exitCode == 0, clean.describe());

        QVERIFY(replaceMembership(m_multiple.url(), u"both@example.com"_s, {u"admin"_s}));
        const CliResult found = verify(u"multiple"_s, {u"--api-url"_s, m_multiple.url().toString()});
        QVERIFY2(found.exitCode == 1, found.describe());
    }

    void firstSlugOnlyWhenTheImportTruncated()
    {
        // Multiple Roles off: the import gives the first slug and records it; verify agrees.
        const QString csv = path(u"truncated.csv"_s);
        writeFile(csv, "email,org_external_id,org_name,role_slugs\n"
                       "two@example.com,acme,Acme,\"admin,member\"\n");
        const CliResult imported = import(csv, m_fast.url(), u"truncated"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        const CliResult clean = verify(u"truncated"_s);
        QVERIFY2(clean.exitCode == 0, clean.describe());
    }

    // ---- item 6: an unfinished job ----

    void verifyOfAnUnfinishedJobSaysSo()
    {
        const QString csv = path(u"unfinished.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 12, 2);
        const CliResult imported = import(csv, m_fast.url(), u"unfinished"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());
        {
            Store::JobStore store(storeFile());
            QVERIFY(store.open());
            QVERIFY(store.updateJobState(u"unfinished"_s, Store::JobState::Interrupted, u"killed"_s));
        }
        const CliResult verified = verify(u"unfinished"_s);
        QVERIFY2(verified.exitCode == 3, verified.describe());
        QVERIFY2(verified.out.contains("unfinished"), verified.describe());
        const CliResult listed = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(listed.out.contains("interrupted \xc2\xb7 verified"), listed.describe());

        // Imported further after the verify (a resume that finished): both facts still.
        QTest::qWait(1100); // the store keeps times in seconds
        {
            Store::JobStore store(storeFile());
            QVERIFY(store.open());
            QVERIFY(store.updateJobState(u"unfinished"_s, Store::JobState::Finished));
        }
        const CliResult after = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(after.out.contains("finished \xc2\xb7 verified"), after.describe());
    }

    void verifyOfAKilledImportThenResumed()
    {
        // A real partial job: killed while importing, verified, then resumed to the end.
        const QString csv = path(u"killed.csv"_s);
        ImportCli cli;
        QVERIFY(startSlowImport(cli, csv, 120, u"killed"_s));
        QTRY_VERIFY_WITH_TIMEOUT(userCount(m_slow.url()) >= 15, 60000);
        cli.stop(); // SIGKILL
        const CliResult verified = verify(u"killed"_s, {u"--api-url"_s, m_slow.url().toString()});
        QVERIFY2(verified.exitCode == 3, verified.describe());
        QVERIFY2(verified.out.contains("The job itself is unfinished") && verified.out.contains("of 120 rows"),
                 verified.describe());
        const CliResult listed = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(listed.out.contains("verified") && listed.out.contains("of 120 rows"), listed.describe());

        QTest::qWait(1100); // the store keeps times in seconds
        const CliResult resumed = run({u"--resume"_s, u"killed"_s, u"--checkpoint-dir"_s, storeDir(), u"--quiet"_s});
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        const CliResult after = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(after.out.contains("finished \xc2\xb7 verified") && after.out.contains("of 120 rows"), after.describe());
        const CliResult again = verify(u"killed"_s, {u"--api-url"_s, m_slow.url().toString()});
        QVERIFY2(again.exitCode == 0, again.describe());
        const CliResult clean = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(!clean.out.contains("of 120 rows") && clean.out.contains("verified"), clean.describe());
    }

    // ---- item 7: paging bounded ----

    void verifyPagingIsBounded_data()
    {
        QTest::addColumn<bool>("emptyPages");
        QTest::addRow("endless cursors") << false;
        QTest::addRow("empty pages") << true;
    }

    void verifyPagingIsBounded()
    {
        QFETCH(bool, emptyPages);
        // The organization existed before: the verify's reads are the memberships' pages.
        post(m_fast.url(), u"/organizations"_s, {{u"name"_s, u"Acme"_s}, {u"external_id"_s, u"acme"_s}});
        const QString csv = path(u"paging.csv"_s);
        writeFile(csv, "email,org_external_id,org_name\na@example.com,acme,Acme\nb@example.com,acme,Acme\n"
                       "c@example.com,acme,Acme\n");
        const CliResult imported = import(csv, m_fast.url(), u"paging"_s);
        QVERIFY2(imported.exitCode == 0, imported.describe());

        TestSupport::FakeHttpServer hostile;
        QVERIFY(hostile.isListening());
        for (int i = 0; i < 3000; ++i) {
            const QByteArray id = "om_hostile_" + QByteArray::number(i);
            const QByteArray data = emptyPages
                ? QByteArray("[]")
                : "[{\"object\":\"organization_membership\",\"id\":\"" + id
                    + "\",\"user_id\":\"user_other\",\"organization_id\":\"org_other\",\"status\":\"active\","
                      "\"role\":{\"slug\":\"member\"}}]";
            hostile.enqueue({200, "{\"object\":\"list\",\"data\":" + data + ",\"list_metadata\":{\"after\":\"" + id + "\"}}"});
        }
        hostile.setDefaultAnswer({200, "{\"object\":\"list\",\"data\":[],\"list_metadata\":{}}"});

        ImportCli cli;
        QVERIFY(cli.start({u"verify"_s, u"paging"_s, u"--checkpoint-dir"_s, storeDir(), u"--quiet"_s, u"--api-url"_s,
                           hostile.url().toString()},
                          Key));
        QTRY_VERIFY_WITH_TIMEOUT(!cli.isRunning(), 120000);
        const CliResult r = cli.finish();
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(hostile.requests().size() < 60,
                 qPrintable(u"%1 requests to a server that pages for ever"_s.arg(hostile.requests().size())));
        if (emptyPages)
            QVERIFY2(r.exitCode == 2 && r.err.contains("does not page"), r.describe());
    }

    // ---- item 8: outputs that are the job's input or store ----

    void outputThatIsTheInputIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("link");
        QTest::addColumn<QString>("target");
        QTest::addRow("errors-out is the CSV") << u"import"_s << u""_s << u"csv"_s;
        QTest::addRow("errors-out is a symlink to the CSV") << u"import"_s << u"symlink"_s << u"csv"_s;
        QTest::addRow("errors-out is a hard link to the CSV") << u"import"_s << u"hardlink"_s << u"csv"_s;
        QTest::addRow("errors-out is the store") << u"import"_s << u"symlink"_s << u"store"_s;
        QTest::addRow("verify --report is the CSV") << u"verify"_s << u"hardlink"_s << u"csv"_s;
        QTest::addRow("report --out is the CSV") << u"report"_s << u""_s << u"csv"_s;
        QTest::addRow("report --out is the store") << u"report"_s << u"symlink"_s << u"store"_s;
        QTest::addRow("retry --errors-out is the CSV") << u"retry"_s << u"symlink"_s << u"csv"_s;
        QTest::addRow("validate --report is the CSV") << u"validate"_s << u"hardlink"_s << u"csv"_s;
    }

    void outputThatIsTheInputIsRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, link);
        QFETCH(QString, target);
        const QString csv = path(u"own.csv"_s);
        TestSupport::writeMultiOrgCsv(csv, 6, 1);
        if (command != u"import"_s && command != u"validate"_s) {
            const CliResult first = import(csv, m_fast.url(), u"own"_s);
            QVERIFY2(first.exitCode == 0, first.describe());
        } else {
            // The store exists (another job) so that it can be named.
            const QString other = path(u"other.csv"_s);
            TestSupport::writeMultiOrgCsv(other, 2, 1);
            const CliResult first = import(other, m_fast.url(), u"other"_s);
            QVERIFY2(first.exitCode == 0, first.describe());
        }
        const QString targetPath = target == u"csv"_s ? csv : storeFile();
        QString out = targetPath;
        if (link == u"symlink"_s) {
            out = path(u"link-%1.csv"_s.arg(QString::number(QRandomGenerator::global()->generate())));
            QVERIFY(QFile::link(targetPath, out));
        } else if (link == u"hardlink"_s) {
            out = path(u"hard-%1.csv"_s.arg(QString::number(QRandomGenerator::global()->generate())));
            QCOMPARE(::link(QFile::encodeName(targetPath).constData(), QFile::encodeName(out).constData()), 0);
        }
        const QByteArray csvBefore = readFile(csv);
        const QByteArray storeBefore = readFile(storeFile());
        const qint64 requestsBefore = TestSupport::sandboxStats(m_fast.url()).value(u"requests"_s).toInteger();

        QStringList args;
        if (command == u"import"_s)
            args = importArgs(csv, m_fast.url(), u"own2"_s) + QStringList {u"--errors-out"_s, out};
        else if (command == u"verify"_s)
            args = {u"verify"_s, u"own"_s, u"--checkpoint-dir"_s, storeDir(), u"--report"_s, out};
        else if (command == u"report"_s)
            args = {u"report"_s, u"own"_s, u"--checkpoint-dir"_s, storeDir(), u"--out"_s, out};
        else if (command == u"retry"_s)
            args = {u"retry"_s, u"own"_s, u"--all"_s, u"--checkpoint-dir"_s, storeDir(), u"--errors-out"_s, out};
        else
            args = {u"validate"_s, u"--csv"_s, csv, u"--report"_s, out};
        const CliResult r = run(args);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains(target == u"csv"_s ? "CSV file" : "job store"), r.describe());
        QCOMPARE(readFile(csv), csvBefore);
        if (target == u"store"_s)
            QCOMPARE(readFile(storeFile()).size(), storeBefore.size());
        QCOMPARE(TestSupport::sandboxStats(m_fast.url()).value(u"requests"_s).toInteger(), requestsBefore);
    }

    // ---- item 9: the CSV changed during the run ----

    void rowsAppendedDuringTheRunAreSaid()
    {
        const QString csv = path(u"grows.csv"_s);
        ImportCli cli;
        QVERIFY(startSlowImport(cli, csv, 120, u"grows"_s));
        QTRY_VERIFY_WITH_TIMEOUT(userCount(m_slow.url()) >= 15, 60000);
        QVERIFY2(cli.isRunning(), "the import ended before the file was changed");
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        for (int i = 0; i < 100; ++i)
            f.write("added" + QByteArray::number(i) + "@example.com,New,Row\n");
        f.close();
        const CliResult r = cli.finish(120000);
        QVERIFY2(r.exitCode != 0 && !r.timedOut, r.describe());
        QVERIFY2(QByteArray(r.out + r.err).contains("100 rows added after it started were not imported"), r.describe());
        const CliResult listed = run({u"jobs"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        const QJsonArray jobs = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(jobs.size(), 1);
        QVERIFY2(!jobs.first()[u"state"_s].toString().startsWith(u"finished"_s), listed.out.constData());
    }

    void fileReplacedByRenameDuringTheRunIsSaid()
    {
        const QString csv = path(u"renamed.csv"_s);
        ImportCli cli;
        QVERIFY(startSlowImport(cli, csv, 120, u"renamed"_s));
        QTRY_VERIFY_WITH_TIMEOUT(userCount(m_slow.url()) >= 25, 60000);
        QVERIFY2(cli.isRunning(), "the import ended before the file was changed");
        // What `sed -i` does: a new file with the change, renamed over the old one. The change
        // is in a row already imported, the size the same.
        QByteArray text = readFile(csv);
        text.replace("slow0001@example.com,First", "slow0001@example.com,Fyrst");
        const QString next = csv + u".new"_s;
        writeFile(next, text);
        QVERIFY(::rename(QFile::encodeName(next).constData(), QFile::encodeName(csv).constData()) == 0);
        const CliResult r = cli.finish(120000);
        QVERIFY2(r.exitCode != 0 && !r.timedOut, r.describe());
        QVERIFY2(QByteArray(r.out + r.err).contains("was replaced by another file"), r.describe());
    }

    // ---- item 10: the job store deleted during the run ----

    void storeDeletedDuringTheRunIsSaid()
    {
        const QString csv = path(u"storegone.csv"_s);
        ImportCli cli;
        QVERIFY(startSlowImport(cli, csv, 120, u"storegone"_s));
        QTRY_VERIFY_WITH_TIMEOUT(userCount(m_slow.url()) >= 15, 60000);
        QVERIFY2(cli.isRunning(), "the import ended before the store was deleted");
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            QFile::remove(storeFile() + suffix);
        const CliResult r = cli.finish(120000);
        QVERIFY2(r.exitCode != 0 && !r.timedOut, r.describe());
        QVERIFY2(QByteArray(r.out + r.err).contains("was deleted or replaced while the import ran"), r.describe());
    }
};

QTEST_GUILESS_MAIN(TestVerifyGuard)
#include "tst_verifyguard.moc"
