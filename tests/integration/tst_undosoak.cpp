// Soak (CTest label "soak", left out of scripts/test.sh; run with `ctest -L soak`, about 5
// minutes): an import
// killed with SIGKILL at random moments many times (during pre-warm and during the rows) and
// resumed each time, then its undo killed and continued too, must leave the server EXACTLY as it
// was before the import: every user, organization and membership (of every status), field by
// field. On workos-sandbox (which replays Idempotency-Keys, and once with --ignore-idempotency-
// key, like a server that cannot) and on the npm WorkOS emulator (which cannot). The short
// version runs by default: tst_verifyundo::killedImportAndUndoLeaveNothing and
// killedImportAndUndoLeaveNothingOnTheNpmEmulator. WIZARD_UNDO_SEED=N replays one run's kills.
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"
#include "../testsupport/undoscenario.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString Key = u"sk_test_UndoSoakKey"_s;
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

quint32 seedOf()
{
    return qEnvironmentVariableIsSet("WIZARD_UNDO_SEED") ? quint32(qEnvironmentVariableIntValue("WIZARD_UNDO_SEED"))
                                                         : QRandomGenerator::global()->generate();
}

// Users, organizations and memberships that exist before the import, some of them in the file.
void seedExisting(const QUrl &server)
{
    const auto post = [&server](const QString &path, const QJsonObject &body) {
        return TestSupport::httpJson("POST", server.resolved(QUrl(path)), Key, QJsonDocument(body).toJson(QJsonDocument::Compact))
            .object();
    };
    const QString person1 = post(u"/user_management/users"_s, {{u"email"_s, u"person1@example.com"_s}}).value(u"id"_s).toString();
    post(u"/user_management/users"_s, {{u"email"_s, u"person4@example.com"_s}});
    const QString acme1 = post(u"/organizations"_s, {{u"name"_s, u"Acme 1 (before)"_s}, {u"external_id"_s, u"acme-1"_s}})
                              .value(u"id"_s).toString();
    post(u"/user_management/organization_memberships"_s, {{u"user_id"_s, person1}, {u"organization_id"_s, acme1}});
    const QString outsider = post(u"/user_management/users"_s, {{u"email"_s, u"outsider@example.com"_s}}).value(u"id"_s).toString();
    post(u"/user_management/organization_memberships"_s, {{u"user_id"_s, outsider}, {u"organization_id"_s, acme1}});
}

} // namespace

class TestUndoSoak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void killedManyTimesOnTheSandbox_data()
    {
        QTest::addColumn<bool>("replays");
        QTest::addRow("idempotency keys honoured") << true;
        QTest::addRow("idempotency keys ignored") << false;
    }
    void killedManyTimesOnTheSandbox()
    {
        QFETCH(bool, replays);
        TestSupport::SandboxProcess sandbox;
        // WorkOS's real rate limits (the import's default budget paces itself below them): each
        // run gets a little way before its kill, so the kills land in pre-warm and all over the rows.
        QStringList args {u"--keys"_s, Key, u"--rate-limits"_s, u"workos"_s, u"--latency-ms"_s, u"25"_s, u"--fail-rate"_s, u"0.01"_s,
                          u"--reset-rate"_s, u"0.005"_s};
        if (!replays)
            args << u"--ignore-idempotency-key"_s;
        QVERIFY2(sandbox.startSandbox(args), qPrintable(sandbox.error()));
        seedExisting(sandbox.url());
        // What existed before is older than a lost create by more than the clocks' slack.
        QTest::qWait(2500);
        const QString csv = m_dir.filePath(u"sandbox-%1.csv"_s.arg(replays));
        TestSupport::writeMultiOrgCsv(csv, 400, 40);
        TestSupport::KillPlan plan;
        plan.server = sandbox.url();
        plan.key = Key;
        plan.csv = csv;
        plan.storeDir = m_dir.filePath(u"store-sandbox-%1"_s.arg(replays));
        plan.jobId = u"soak"_s;
        plan.importKills = 20;
        plan.undoKills = 8;
        plan.minMs = 200;
        plan.maxMs = 4000;
        plan.seed = seedOf();
        qInfo("kill moments from seed %u", plan.seed);
        plan.extraImportArgs = {u"--workers"_s, u"2"_s, u"--concurrency"_s, u"4"_s, u"--chunk-size"_s, u"50"_s};
        const TestSupport::KillOutcome outcome = TestSupport::killImportResumeAndUndo(plan);
        qInfo("import killed %d times, undo killed %d times", outcome.importKilled, outcome.undoKilled);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
        QVERIFY2(outcome.importKilled >= 10, "the import was hardly ever killed: the kills came too late");
    }

    void killedManyTimesOnTheNpmEmulator()
    {
        if (TestSupport::SandboxProcess::nodeProgram().isEmpty() || TestSupport::SandboxProcess::emulatorScript().isEmpty())
            QSKIP("node or the npm WorkOS emulator (tests/emulator, npm ci) is not installed");
        TestSupport::SandboxProcess emulator;
        QVERIFY2(emulator.startEmulator({u"--keys"_s, Key}), qPrintable(emulator.error()));
        // The emulator knows role_slug only, matches emails exactly and allows 1,000 requests a
        // minute: one role, lower case, a file that fits the budget with its kills.
        const QString csv = m_dir.filePath(u"emulator.csv"_s);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("email,first_name,last_name,org_external_id,org_name,role_slugs\n");
        for (int i = 0; i < 120; ++i)
            f.write(u"soak%1@example.com,First%1,Last,team-%2,Team %2,member\n"_s.arg(i).arg(i % 15).toUtf8());
        f.close();
        TestSupport::httpJson("POST", emulator.url().resolved(QUrl(u"/organizations"_s)), Key,
                              R"J({"name":"Team 0 (before)","external_id":"team-0"})J");
        QTest::qWait(2500);
        TestSupport::KillPlan plan;
        plan.server = emulator.url();
        plan.key = Key;
        plan.csv = csv;
        plan.storeDir = m_dir.filePath(u"store-emulator"_s);
        plan.jobId = u"soak-emulator"_s;
        plan.importKills = 8;
        plan.undoKills = 3;
        plan.minMs = 150;
        plan.maxMs = 1200;
        plan.seed = seedOf();
        qInfo("kill moments from seed %u", plan.seed);
        plan.extraImportArgs = {u"--rate-limits"_s, FastLimits, u"--concurrency"_s, u"1"_s};
        const TestSupport::KillOutcome outcome = TestSupport::killImportResumeAndUndo(plan);
        qInfo("import killed %d times, undo killed %d times", outcome.importKilled, outcome.undoKilled);
        QVERIFY2(outcome.problem.isEmpty(), qPrintable(outcome.problem));
    }
};

QTEST_GUILESS_MAIN(TestUndoSoak)
#include "tst_undosoak.moc"
