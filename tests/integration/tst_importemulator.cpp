// workos-import, the program, against an independent WorkOS implementation: the emulator in
// the npm package `workos` (tests/emulator), so that the import does not only work against
// our own sandbox. The emulator differs from WorkOS and the sandbox in ways the import must
// survive: a taken email is a legacy 409 user_already_exists, an existing membership a 409
// "conflict", and every key may make 1,000 requests a minute (the cases stay well below).
//
// Each case starts its own emulator (it has no reset) and reads the result back through the
// API's list endpoints. Needs node and `npm ci` in tests/emulator (scripts/lib/setup.sh).
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtTest/QtTest>

using namespace Qt::StringLiterals;
using TestSupport::writeFile;
using TestSupport::CliResult;
using TestSupport::ExpectedImport;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_Zq8EmulatorKey"_s;

} // namespace

class TestImportEmulator : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QTemporaryDir> m_store;
    TestSupport::SandboxProcess m_emulator;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    QStringList importArgs(const QString &csv, const QString &jobId) const
    {
        return {u"--csv"_s, csv, u"--api-url"_s, m_emulator.url().toString(), u"--checkpoint-dir"_s, m_store->path(),
                u"--job-id"_s, jobId};
    }

    TestSupport::ServerContents contents(bool *ok)
    {
        bool a = false, b = false, c = false;
        const QJsonArray users = TestSupport::listAll(m_emulator.url(), u"/user_management/users"_s, Key, &a);
        const QJsonArray orgs = TestSupport::listAll(m_emulator.url(), u"/organizations"_s, Key, &b);
        const QJsonArray members =
            TestSupport::listAll(m_emulator.url(), u"/user_management/organization_memberships"_s, Key, &c);
        *ok = a && b && c;
        return TestSupport::contentsOf(users, orgs, members);
    }

    QString post(const QString &path, const QJsonObject &body)
    {
        int status = 0;
        const QJsonObject o = TestSupport::httpJson("POST", m_emulator.url().resolved(QUrl(path)), Key,
                                                    QJsonDocument(body).toJson(QJsonDocument::Compact), &status)
                                  .object();
        return status == 201 ? o[u"id"_s].toString() : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!TestSupport::SandboxProcess::nodeProgram().isEmpty(), "node is not installed (scripts/lib/setup.sh)");
        QVERIFY2(!TestSupport::SandboxProcess::emulatorScript().isEmpty(),
                 "the emulator's npm packages are missing: run npm ci in tests/emulator (scripts/lib/setup.sh)");
    }

    void init()
    {
        m_store = std::make_unique<QTemporaryDir>();
        QVERIFY(m_store->isValid());
        QVERIFY2(m_emulator.startEmulator({u"--keys"_s, Key}), qPrintable(m_emulator.error()));
    }

    void cleanup() { m_emulator.stop(); }

    // People repeat in other chunks and workers in other letter cases: one user each, one
    // organization each, one membership per (person, organization); the --json summary says so.
    void multiOrganizationFileImportsExactlyOnce()
    {
        const QString csv = path(u"multi.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 40, 6);
        const CliResult r = ImportCli::run(importArgs(csv, u"multi"_s)
                                               + QStringList {u"--workers"_s, u"3"_s, u"--chunk-size"_s, u"10"_s,
                                                              u"--concurrency"_s, u"4"_s, u"--json"_s},
                                           Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject summary = r.json();
        QCOMPARE(summary[u"state"_s].toString(), u"finished"_s);
        const QJsonObject c = summary[u"counters"_s].toObject();
        QCOMPARE(c[u"users_created"_s].toInteger(), qint64(e.emails.size()));
        QCOMPARE(c[u"memberships_added"_s].toInteger(), qint64(e.members.size()));
        QCOMPARE(c[u"failed"_s].toInteger(), 0);
        bool ok = false;
        const TestSupport::ServerContents have = contents(&ok);
        QVERIFY(ok);
        const QString problem = TestSupport::compareContents(have, e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // What an earlier, killed run left behind (a user, a membership) is found and counted as
    // existing: the emulator's 409s are understood, and nothing is made twice.
    void replayedRowsFindWhatExists()
    {
        const QString csv = path(u"replay.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 12, 3);
        const QString orgId = post(u"/organizations"_s, {{u"name"_s, u"Acme acme-0"_s}, {u"external_id"_s, u"acme-0"_s}});
        QVERIFY(!orgId.isEmpty());
        // person0 (its first row is in acme-0) and person1 exist; person0 is already a member.
        const QString user0 = post(u"/user_management/users"_s, {{u"email"_s, u"person0@example.com"_s}});
        QVERIFY(!user0.isEmpty());
        QVERIFY(!post(u"/user_management/users"_s, {{u"email"_s, u"person1@example.com"_s}}).isEmpty());
        QVERIFY(!post(u"/user_management/organization_memberships"_s,
                      {{u"user_id"_s, user0}, {u"organization_id"_s, orgId}, {u"role_slug"_s, u"admin"_s}})
                     .isEmpty());

        const CliResult r = ImportCli::run(importArgs(csv, u"replay"_s) << u"--workers"_s << u"1"_s << u"--json"_s, Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject c = r.json()[u"counters"_s].toObject();
        QCOMPARE(c[u"users_existed"_s].toInteger(), 2);
        QCOMPARE(c[u"memberships_existed"_s].toInteger(), 1);
        QCOMPARE(c[u"memberships_added"_s].toInteger(), qint64(e.members.size()) - 1);
        QCOMPARE(c[u"users_created"_s].toInteger(), qint64(e.emails.size()) - 2);
        QCOMPARE(r.json()[u"organizations"_s][u"existing"_s].toInt(), 1);
        bool ok = false;
        const QString problem = TestSupport::compareContents(contents(&ok), e);
        QVERIFY(ok);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Invalid rows: exit 1, the report names them with their physical line, nothing secret.
    void invalidRowsExitOneWithReport()
    {
        const QByteArray hash = TestSupport::fakeBcryptHash(77);
        const QString csv = path(u"invalid.csv"_s);
        writeFile(csv, "email,password_hash,password_hash_type,first_name,org_external_id,org_name\n"
                       "ann@example.com," + hash + ",bcrypt,\"Ann\nMarie\",org-e,Org E\n"
                       "not-an-email," + hash + ",bcrypt,Bad,org-e,Org E\n"
                       "bob@example.com,,,Bob,org-e,Org E\n");
        const QString report = m_store->filePath(u"errors.jsonl"_s);
        const CliResult r = ImportCli::run(importArgs(csv, u"invalid"_s) << u"--errors-out"_s << report, Key);
        QVERIFY2(r.exitCode == 1, r.describe());
        QFile f(report);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QList<QByteArray> lines = bytes.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject row = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(row[u"row"_s].toInt(), 2);
        QCOMPARE(row[u"line"_s].toInt(), 4);
        QCOMPARE(row[u"stage"_s].toString(), u"validate"_s);
        for (const QByteArray &all : {bytes, r.out, r.err}) {
            QVERIFY(!all.contains(hash));
            QVERIFY(!all.contains(Key.toUtf8()));
        }
        bool ok = false;
        const TestSupport::ServerContents have = contents(&ok);
        QVERIFY(ok);
        QVERIFY(have.emails == (std::set<QString> {u"ann@example.com"_s, u"bob@example.com"_s}));
        QCOMPARE(have.members.size(), size_t(2));
    }

    // --dry-run: reads only.
    void dryRunWritesNothing()
    {
        const QString csv = path(u"dry.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 10, 4);
        const CliResult r = ImportCli::run(importArgs(csv, u"dry"_s) << u"--dry-run"_s << u"--json"_s, Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json()[u"organizations"_s][u"to_create"_s].toInt(), int(e.orgs.size()));
        // What the import would do, row by row.
        QCOMPARE(r.json()[u"counters"_s][u"users_created"_s].toInt(), int(e.emails.size()));
        QCOMPARE(r.json()[u"counters"_s][u"memberships_added"_s].toInt(), int(e.members.size()));
        QCOMPARE(r.json()[u"counters"_s][u"total_rows"_s].toInt(), e.validRows + e.invalidRows);
        bool ok = false;
        const TestSupport::ServerContents have = contents(&ok);
        QVERIFY(ok);
        QVERIFY(have.emails.empty());
        QVERIFY(have.orgs.empty());
    }

    // A mistyped key costs nothing: the job stops (interrupted, exit 2), no row is marked
    // failed, and a resume with the right key imports everything exactly once.
    void wrongKeyCostsNothing()
    {
        const QString csv = path(u"wrongkey.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 20, 3);
        CliResult r = ImportCli::run(importArgs(csv, u"wrongkey"_s) << u"--json"_s, u"sk_test_Zq8Mistyped"_s);
        QVERIFY2(r.exitCode == 2, r.describe());
        QCOMPARE(r.json()[u"state"_s].toString(), u"interrupted"_s);
        QCOMPARE(r.json()[u"blocker"_s].toString(), u"key_refused"_s);
        QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInt(), 0);
        r = ImportCli::run({u"--resume"_s, u"wrongkey"_s, u"--checkpoint-dir"_s, m_store->path(), u"--json"_s}, Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInt(), 0);
        bool ok = false;
        const QString problem = TestSupport::compareContents(contents(&ok), e);
        QVERIFY(ok);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // --org-external-id with --create-org-if-missing for a file without organization columns.
    void singleOrganizationForEveryRow()
    {
        QByteArray bytes = "email,first_name\n";
        ExpectedImport e;
        for (int i = 0; i < 12; ++i) {
            const QString email = u"solo%1@example.com"_s.arg(i);
            bytes += email.toUtf8() + ",Solo\n";
            e.emails.insert(email);
            e.members.insert({email, u"solo-org"_s});
        }
        e.orgs.insert(u"solo-org"_s);
        const QString csv = path(u"solo.csv"_s);
        writeFile(csv, bytes);
        const CliResult r = ImportCli::run(importArgs(csv, u"solo"_s)
                                               << u"--org-external-id"_s << u"solo-org"_s << u"--create-org-if-missing"_s
                                               << u"--org-name"_s << u"Solo Org"_s,
                                           Key);
        QVERIFY2(r.exitCode == 0, r.describe());
        bool ok = false;
        const QString problem = TestSupport::compareContents(contents(&ok), e);
        QVERIFY(ok);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // SIGINT: 130, the job is interrupted and resumable, and resuming finishes it exactly once.
    void sigintThenResume()
    {
        const QString csv = path(u"sigint.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 60, 4);
        ImportCli cli;
        // One row at a time, paced by a tight client budget, so the run is still going.
        QVERIFY(cli.start(importArgs(csv, u"stop"_s) << u"--concurrency"_s << u"1"_s << u"--rate-limits"_s
                                                     << u"writes=40/1,reads=40/1,all=40/1"_s,
                          Key));
        const CliResult stopped = cli.signalAfter(1500, false);
        QVERIFY2(stopped.exitCode == 130, stopped.describe());
        const CliResult jobs = ImportCli::run({u"jobs"_s, u"--json"_s, u"--checkpoint-dir"_s, m_store->path()}, Key);
        QCOMPARE(QJsonDocument::fromJson(jobs.out).array().first()[u"state"_s].toString(), u"interrupted"_s);

        const CliResult resumed =
            ImportCli::run({u"--resume"_s, u"stop"_s, u"--checkpoint-dir"_s, m_store->path(), u"--workers"_s, u"2"_s}, Key);
        QVERIFY2(resumed.exitCode == 0, resumed.describe());
        bool ok = false;
        const QString problem = TestSupport::compareContents(contents(&ok), e);
        QVERIFY(ok);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestImportEmulator)
#include "tst_importemulator.moc"
