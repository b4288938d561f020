// Two workos-import processes on one job: a `--resume` (with the job's id, or plain, which
// takes the newest resumable job) started while another process still plans or imports the
// job must refuse without touching it — never delete it, re-plan it or import it — and the
// first process must finish the job exactly. A job whose planner died (SIGKILL) is taken over.
#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <set>

using namespace Qt::StringLiterals;
using TestSupport::CliResult;
using TestSupport::ImportCli;

namespace {

enum class Seen { Nothing, Planning, Importing, Ended };

// What the store says of `jobId` right now (another process is writing it). Read with a plain
// read-only SQLite connection: the test never migrates or otherwise changes the store.
Seen look(const QString &storePath, const QString &jobId)
{
    if (!QFileInfo::exists(storePath))
        return Seen::Nothing;
    Seen seen = Seen::Nothing;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"look"_s);
        db.setDatabaseName(storePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(u"SELECT state, total_rows FROM jobs WHERE id = ?"_s);
            q.addBindValue(jobId);
            if (q.exec() && q.next()) {
                const auto state = Store::jobStateFromId(q.value(0).toString());
                if (state && Store::isTerminal(*state))
                    seen = Seen::Ended;
                else if (state == Store::JobState::Planned && q.value(1).toLongLong() == 0)
                    seen = Seen::Planning;
                else
                    seen = Seen::Importing;
            }
        }
    }
    QSqlDatabase::removeDatabase(u"look"_s);
    return seen;
}

} // namespace

class TestResumeRace : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_sandbox;

    QStringList common(const QString &storeDir) const
    {
        return {u"--api-url"_s, m_sandbox.url().toString(), u"--checkpoint-dir"_s, storeDir, u"--quiet"_s};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // A little latency per answer so that the import phase lasts long enough to be raced.
        QVERIFY2(m_sandbox.startSandbox({u"--rate-limits"_s, u"off"_s, u"--latency-ms"_s, u"25"_s}),
                 qPrintable(m_sandbox.error()));
    }

    // Resumes (by id and plain) at several moments of another process's run: before the job
    // exists, while it is planned, while it imports. Every one refuses (exit 2, "running in
    // another"), or finds nothing to resume; none exits 0 and none sends a request of its own.
    void resumeAtEveryMomentOfAnotherRun()
    {
        const QString csv = m_dir.filePath(u"race.csv"_s);
        const std::set<QString> emails = TestSupport::writeSlowToPlanCsv(csv, 120, 400000, u"race"_s);
        const QString storeDir = m_dir.filePath(u"race-store"_s);
        const QString storePath = Store::JobStore::pathInDirectory(storeDir);
        const QString key = m_sandbox.keys().first();

        ImportCli planner;
        QVERIFY(planner.start(QStringList {u"--csv"_s, csv, u"--job-id"_s, u"race"_s, u"--workers"_s, u"1"_s,
                                           u"--concurrency"_s, u"2"_s}
                                  + common(storeDir),
                              key));
        QList<Seen> moments;
        int attempts = 0;
        auto resumeNow = [&](bool withId) {
            const Seen before = look(storePath, u"race"_s);
            QStringList args {u"--resume"_s};
            if (withId)
                args.append(u"race"_s);
            const CliResult r = ImportCli::run(args + common(storeDir), key, 60000);
            ++attempts;
            QVERIFY2(r.exitCode != 0, r.describe().constData());
            if (before == Seen::Planning || before == Seen::Importing) {
                QVERIFY2(r.err.contains("running in another") || r.out.contains("running in another"),
                         r.describe().constData());
                moments.append(before);
            }
            QVERIFY2(!r.out.contains("every valid row"), r.describe().constData());
        };
        QElapsedTimer clock;
        clock.start();
        // At once: the job may not exist yet.
        resumeNow(false);
        if (QTest::currentTestFailed())
            return;
        bool sawPlanning = false, sawImporting = false;
        while (planner.isRunning() && clock.elapsed() < 120000 && !(sawPlanning && sawImporting)) {
            const Seen now = look(storePath, u"race"_s);
            if ((now == Seen::Planning && !sawPlanning) || (now == Seen::Importing && !sawImporting)) {
                resumeNow(true);
                if (QTest::currentTestFailed())
                    return;
                resumeNow(false);
                if (QTest::currentTestFailed())
                    return;
                (now == Seen::Planning ? sawPlanning : sawImporting) = true;
            } else {
                QTest::qWait(10);
            }
        }
        QVERIFY2(moments.contains(Seen::Planning), "no resume was tried while the job was being planned");
        QVERIFY2(moments.contains(Seen::Importing), "no resume was tried while the job was importing");

        const CliResult first = planner.finish(120000);
        QCOMPARE(first.exitCode, 1); // finished with the invalid rows
        Store::JobStore store(storePath);
        QVERIFY(store.open());
        const auto job = store.job(u"race"_s);
        QVERIFY(job);
        QCOMPARE(job->state, Store::JobState::FinishedWithErrors);
        QCOMPARE(job->counters.totalRows, qint64(400120));
        QCOMPARE(job->counters.invalid, qint64(400000));
        QCOMPARE(job->counters.created, qint64(emails.size()));
        const TestSupport::ServerContents server = TestSupport::sandboxContents(m_sandbox.url());
        QVERIFY2(server.duplicates.isEmpty(), qPrintable(server.duplicates.join(u", "_s)));
        QVERIFY(server.emails == emails);
    }

    // A planner killed (SIGKILL) while it plans leaves its job and a stale lock behind: a plain
    // --resume takes the job over, plans it again and finishes it.
    void aDeadPlannersJobIsTakenOver()
    {
        QVERIFY(TestSupport::resetSandbox(m_sandbox.url()));
        const QString csv = m_dir.filePath(u"dead.csv"_s);
        const std::set<QString> emails = TestSupport::writeSlowToPlanCsv(csv, 30, 60000, u"race"_s);
        const QString storeDir = m_dir.filePath(u"dead-store"_s);
        const QString storePath = Store::JobStore::pathInDirectory(storeDir);
        const QString key = m_sandbox.keys().first();

        ImportCli planner;
        QVERIFY(planner.start(QStringList {u"--csv"_s, csv, u"--job-id"_s, u"dead"_s} + common(storeDir), key));
        QElapsedTimer clock;
        clock.start();
        while (look(storePath, u"dead"_s) != Seen::Planning && planner.isRunning() && clock.elapsed() < 60000)
            QTest::qWait(5);
        QCOMPARE(look(storePath, u"dead"_s), Seen::Planning);
        planner.signalAfter(0, true);

        const CliResult resumed = ImportCli::run(QStringList {u"--resume"_s} + common(storeDir), key, 120000);
        QVERIFY2(resumed.exitCode == 1, resumed.describe().constData());
        Store::JobStore store(storePath);
        QVERIFY(store.open());
        const auto job = store.job(u"dead"_s);
        QVERIFY(job);
        QCOMPARE(job->state, Store::JobState::FinishedWithErrors);
        QCOMPARE(job->counters.totalRows, qint64(60030));
        const TestSupport::ServerContents server = TestSupport::sandboxContents(m_sandbox.url());
        QVERIFY(server.emails == emails);
    }
};

QTEST_GUILESS_MAIN(TestResumeRace)
#include "tst_resumerace.moc"
