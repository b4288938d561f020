// Soak (CTest label "soak", left out of scripts/test.sh; run with `ctest -L soak`): an import
// at WorkOS's real rate limits, with faults, killed with SIGKILL a dozen times at random
// moments and resumed each time with another worker count. It must end with exactly the
// expected users, organizations and memberships, never put more than the budget in any
// window, and see no 429 storm. The short version of this test is
// tst_importcli::resumeAfterSigkillExactlyOnce, which runs by default.
#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtCore/QRandomGenerator>
#include <QtTest/QtTest>

using namespace Qt::StringLiterals;

namespace {
const QString Key = u"sk_test_SoakKey"_s;
}

class TestImportSoak : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void killedAndResumedAtTheRateLimit()
    {
        QVERIFY(m_dir.isValid());
        TestSupport::SandboxProcess sandbox;
        QVERIFY2(sandbox.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"workos"_s, u"--fail-rate"_s, u"0.01"_s,
                                       u"--reset-rate"_s, u"0.005"_s, u"--latency-ms"_s, u"30"_s}),
                 qPrintable(sandbox.error()));
        const QString csv = m_dir.filePath(u"soak.csv"_s);
        // About 2,400 users and 4,000 memberships: at 500 writes per 10 s, about five minutes.
        const TestSupport::ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 2400, 60);
        const QString store = m_dir.filePath(u"store"_s);

        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("kill moments from seed %u", seed);
        bool started = false;
        bool finished = false;
        for (int round = 0; round < 12 && !finished; ++round) {
            const int workers = 1 + int(random.bounded(8));
            QStringList args = started
                ? QStringList {u"--resume"_s, u"soak"_s}
                : QStringList {u"--csv"_s, csv, u"--job-id"_s, u"soak"_s, u"--api-url"_s, sandbox.url().toString(),
                               u"--chunk-size"_s, u"100"_s};
            args << u"--checkpoint-dir"_s << store << u"--workers"_s << QString::number(workers) << u"--quiet"_s;
            TestSupport::ImportCli cli;
            QVERIFY(cli.start(args, Key));
            const int at = 2000 + int(random.bounded(25000));
            const TestSupport::CliResult r = cli.signalAfter(at, true);
            qInfo("round %d: %d workers, SIGKILL at %d ms: %s", round, workers, at, r.crashed ? "killed" : "ended");
            if (!r.crashed) {
                QVERIFY2(r.exitCode == 0, r.describe());
                finished = true;
            }
            started = true;
        }
        if (!finished) {
            const TestSupport::CliResult last = TestSupport::ImportCli::run(
                {u"--resume"_s, u"soak"_s, u"--checkpoint-dir"_s, store, u"--workers"_s, u"4"_s, u"--json"_s}, Key,
                20 * 60 * 1000);
            QVERIFY2(last.exitCode == 0, last.describe());
            QCOMPARE(last.json()[u"state"_s].toString(), u"finished"_s);
        }
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(sandbox.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Never above the budget in any window, and no 429 storm: a handful at most, from the
        // moments when a killed run's requests and the resumed run's overlapped.
        const QJsonObject stats = TestSupport::sandboxStats(sandbox.url());
        const QJsonObject writes = stats[u"families"_s][u"writes"_s].toObject();
        qInfo("writes: max_in_window %lld, rate_limited %lld", writes[u"max_in_window"_s].toInteger(),
              writes[u"rate_limited"_s].toInteger());
        QVERIFY(writes[u"max_in_window"_s].toInteger() <= 500);
        QVERIFY2(writes[u"rate_limited"_s].toInteger() <= 50, "a 429 storm");
    }
};

QTEST_GUILESS_MAIN(TestImportSoak)
#include "tst_importsoak.moc"
