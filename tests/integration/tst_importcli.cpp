// workos-import, the program, end to end against workos-sandbox: what a person running it
// from a terminal relies on. Every run keeps its job store in a temporary --checkpoint-dir
// and gets the API key from the environment (WORKOS_API_KEY), never from the command line.
//
//  * a multi-organization file whose people repeat in other chunks, workers and letter cases
//    leaves exactly the expected users, organizations and memberships;
//  * SIGKILL at random moments, resumed each time with another worker count, loses nothing
//    and duplicates nothing; so do 5xx answers, connection resets, stalls and 429s;
//  * a changed file is refused on resume; SIGINT ends with 130 and a resumable job;
//  * exit codes 0 / 1 / 2; error reports (--errors-out and `report`) with physical line
//    numbers, and no password, hash or key anywhere (output, report, job store);
//  * `retry` re-runs only the failed rows a retry may fix (`--all`: every failed row);
//  * --dry-run writes nothing; --org-external-id puts every user into one organization.
#include "csv/csvreader.h"
#include "engine/jobsettings.h"
#include "store/filehash.h"
#include "store/jobstore.h"

#include "../testsupport/importcli.h"
#include "../testsupport/sandboxprocess.h"

#include <QtCore/QDirIterator>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QTcpServer>
#include <QtTest/QtTest>


using namespace Qt::StringLiterals;
using TestSupport::readFile;
using TestSupport::writeFile;
using TestSupport::CliResult;
using TestSupport::ExpectedImport;
using TestSupport::ImportCli;

namespace {

const QString Key = u"sk_test_Zq8CliTestKey"_s;
// A client budget far above anything the test sandboxes allow, so runs are not paced.
const QString FastLimits = u"writes=100000/10,reads=100000/10,all=100000/10"_s;

QString stateOf(const QJsonObject &job) { return job.value(u"state"_s).toString(); }

qint64 endpointCount(const QJsonObject &stats, const QString &endpoint)
{
    return stats.value(u"endpoints"_s).toObject().value(endpoint).toInteger();
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

QList<QStringList> readCsvReport(const QString &path, QStringList *header)
{
    QList<QStringList> rows;
    Csv::CsvReader reader(path);
    if (!reader.open())
        return rows;
    *header = reader.header();
    Csv::Record r;
    while (reader.next(r))
        rows.append(r.fields);
    return rows;
}

// The report's rows as JSON objects, whatever its format.
QList<QJsonObject> readReport(const QString &path)
{
    QList<QJsonObject> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QByteArray bytes = f.readAll();
    if (path.endsWith(u".json"_s)) {
        for (const QJsonValue &v : QJsonDocument::fromJson(bytes).array())
            rows.append(v.toObject());
    } else if (path.endsWith(u".jsonl"_s)) {
        for (const QByteArray &line : bytes.split('\n'))
            if (!line.trimmed().isEmpty())
                rows.append(QJsonDocument::fromJson(line).object());
    } else {
        QStringList header;
        for (const QStringList &fields : readCsvReport(path, &header)) {
            QJsonObject o;
            for (qsizetype i = 0; i < header.size(); ++i) {
                const QString &v = fields.value(i);
                if (header[i] == u"row"_s || header[i] == u"line"_s)
                    o.insert(header[i], v.toLongLong());
                else if (header[i] == u"http_status"_s)
                    o.insert(header[i], v.isEmpty() ? QJsonValue() : QJsonValue(v.toInt()));
                else if (header[i] == u"retryable"_s)
                    o.insert(header[i], v == u"true"_s);
                else
                    o.insert(header[i], v);
            }
            rows.append(o);
        }
    }
    return rows;
}

} // namespace

class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::SandboxProcess m_fast; // no rate limits: quick runs
    TestSupport::SandboxProcess m_slow; // 20 ms per answer: runs long enough to be stopped
    std::unique_ptr<QTemporaryDir> m_store; // a fresh --checkpoint-dir for each test function

    QString storeDir() const { return m_store->path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The common arguments of an import run against `server`.
    QStringList importArgs(const QString &csv, const QUrl &server, const QString &jobId) const
    {
        QStringList args {u"--csv"_s, csv, u"--api-url"_s, server.toString(), u"--checkpoint-dir"_s, storeDir(),
                          u"--rate-limits"_s, FastLimits};
        if (!jobId.isEmpty())
            args << u"--job-id"_s << jobId;
        return args;
    }

    CliResult run(QStringList args) { return ImportCli::run(args, Key); }

    QJsonObject jobRecord(const QString &jobId)
    {
        const CliResult r = run({u"jobs"_s, u"--json"_s, u"--checkpoint-dir"_s, storeDir()});
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array())
            if (v[u"id"_s].toString() == jobId)
                return v.toObject();
        return {};
    }

    // Starts an import on the slow sandbox and stops it with SIGINT while it imports; checks
    // the 130 and returns the job id.
    QString interruptedJob(const QString &csv, const QString &jobId)
    {
        ImportCli cli;
        // One row at a time: the resume (--workers 4) is then quick, as it is stored with the job.
        if (!cli.start(importArgs(csv, m_slow.url(), jobId) + QStringList {u"--concurrency"_s, u"1"_s}, Key))
            return {};
        const CliResult r = cli.signalAfter(700, false);
        if (r.exitCode != 130) {
            qWarning("%s", r.describe().constData());
            return {};
        }
        return jobId;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFileInfo::exists(QStringLiteral(WORKOS_IMPORT_PATH)), WORKOS_IMPORT_PATH);
        const QString notStarted = TestSupport::startFastAndSlow(m_fast, m_slow, Key);
        QVERIFY2(notStarted.isEmpty(), qPrintable(notStarted));
    }

    void init() { QVERIFY(TestSupport::freshCase(m_store, m_fast, m_slow)); }

    // People repeat in other chunks (claimed by other workers) in other letter cases: one
    // user each, one organization each, one membership per (person, organization).
    void multiOrganizationFileImportsExactlyOnce()
    {
        const QString csv = path(u"multi.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 150, 12);
        const CliResult r = run(importArgs(csv, m_fast.url(), u"multi"_s)
                                + QStringList {u"--workers"_s, u"4"_s, u"--chunk-size"_s, u"25"_s, u"--concurrency"_s,
                                               u"6"_s, u"--json"_s, u"--quiet"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject summary = r.json();
        QCOMPARE(summary[u"job_id"_s].toString(), u"multi"_s);
        QCOMPARE(summary[u"state"_s].toString(), u"finished"_s);
        const QJsonObject c = summary[u"counters"_s].toObject();
        QCOMPARE(c[u"total_rows"_s].toInteger(), qint64(e.validRows));
        QCOMPARE(c[u"valid"_s].toInteger(), qint64(e.validRows));
        QCOMPARE(c[u"invalid"_s].toInteger(), 0);
        QCOMPARE(c[u"failed"_s].toInteger(), 0);
        QCOMPARE(c[u"users_created"_s].toInteger(), qint64(e.emails.size()));
        QCOMPARE(c[u"memberships_added"_s].toInteger(), qint64(e.members.size()));
        QCOMPARE(c[u"memberships_existed"_s].toInteger(), 0);
        QVERIFY(summary[u"elapsed_ms"_s].toInteger() > 0);

        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_fast.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QByteArray everything = r.out + r.err + bytesUnder(storeDir());
        QVERIFY(everything.contains("person1@example.com"));
        for (const QByteArray &secret : e.secrets + QList<QByteArray> {Key.toUtf8()})
            QVERIFY2(!everything.contains(secret), secret.constData());
        // One create per email and per organization, although workers raced for them.
        const QJsonObject stats = TestSupport::sandboxStats(m_fast.url());
        QCOMPARE(endpointCount(stats, u"POST /user_management/users"_s), qint64(e.emails.size()));
        QCOMPARE(endpointCount(stats, u"POST /organizations"_s), qint64(e.orgs.size()));
        QCOMPARE(endpointCount(stats, u"POST /user_management/organization_memberships"_s), qint64(e.members.size()));
    }

    // The process is killed (SIGKILL) at random moments and resumed with another worker count
    // each time; the last run finishes, and nothing is lost or made twice.
    void resumeAfterSigkillExactlyOnce()
    {
        const QString csv = path(u"kill.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 600, 12);
        const quint32 seed = QRandomGenerator::global()->generate();
        QRandomGenerator random(seed);
        qInfo("kill moments from seed %u", seed);
        const QList<int> workers {2, 4, 1, 3};
        bool jobExists = false;
        bool finishedEarly = false;
        QStringList log;
        for (int round = 0; round < workers.size() && !finishedEarly; ++round) {
            QStringList args = jobExists
                ? QStringList {u"--resume"_s, u"killed"_s, u"--checkpoint-dir"_s, storeDir()}
                : importArgs(csv, m_slow.url(), u"killed"_s) + QStringList {u"--chunk-size"_s, u"40"_s, u"--concurrency"_s, u"4"_s};
            args << u"--workers"_s << QString::number(workers[round]);
            const int at = 300 + int(random.bounded(1700));
            ImportCli cli;
            QVERIFY(cli.start(args, Key));
            const CliResult r = cli.signalAfter(at, true);
            log.append(u"round %1: %2 workers, kill at %3 ms: %4"_s.arg(round).arg(workers[round]).arg(at).arg(
                r.crashed ? u"killed"_s : u"exit %1"_s.arg(r.exitCode)));
            if (!r.crashed) {
                QVERIFY2(r.exitCode == 0, r.describe());
                finishedEarly = true;
            }
            // Killed before planning ended: there is no job yet, and the next round starts it again.
            jobExists = !jobRecord(u"killed"_s).isEmpty();
        }
        qInfo("%s", qPrintable(log.join(u"; "_s)));
        QVERIFY(jobExists);
        if (!finishedEarly) {
            const QJsonObject before = jobRecord(u"killed"_s);
            QVERIFY2(stateOf(before) == u"running"_s || stateOf(before) == u"prewarming"_s
                         || stateOf(before) == u"planned"_s,
                     qPrintable(stateOf(before)));
        }
        const CliResult last = run({u"--resume"_s, u"killed"_s, u"--checkpoint-dir"_s, storeDir(), u"--workers"_s, u"3"_s,
                                    u"--json"_s});
        QVERIFY2(last.exitCode == 0, last.describe());
        QCOMPARE(last.json()[u"state"_s].toString(), u"finished"_s);
        const QJsonObject c = last.json()[u"counters"_s].toObject();
        QCOMPARE(c[u"failed"_s].toInteger(), 0);
        // Each row's final outcome was recorded once: a membership made by a killed run and
        // replayed counts as "existed".
        QCOMPARE(c[u"memberships_added"_s].toInteger() + c[u"memberships_existed"_s].toInteger(), qint64(e.validRows));

        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + u" after "_s + log.join(u"; "_s)));
        QCOMPARE(stateOf(jobRecord(u"killed"_s)), u"finished"_s);
    }

    // A process killed while it was still planning a large file leaves a job with no chunks.
    // Resuming it must plan the file again and import it, not report it finished. (The job is
    // written here the way the planner writes it before the kill: killing a real run inside
    // that window would need a file of millions of rows.)
    void killedWhilePlanningIsPlannedAgain()
    {
        const QString csv = path(u"planning.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 40, 4);
        Engine::JobSettings settings;
        settings.csvPath = QFileInfo(csv).absoluteFilePath();
        settings.apiUrl = m_fast.url();
        settings.chunkSize = 20;
        settings.rateLimits = *Api::RateLimits::parse(FastLimits, nullptr);
        const Store::FileHash hash = Store::sha256OfFile(csv);
        QVERIFY(hash.ok());
        {
            Store::JobStore store(Store::JobStore::pathInDirectory(storeDir()));
            QVERIFY(store.open());
            Store::JobRecord job;
            job.id = u"half-planned"_s;
            job.csvPath = settings.csvPath;
            job.csvSize = hash.size;
            job.csvSha256 = hash.sha256;
            job.settings = settings.toJson();
            job.mode = u"multi-organization"_s;
            job.state = Store::JobState::Planned;
            job.apiHost = m_fast.url().host();
            QString error;
            QVERIFY2(store.createJob(job, &error), qPrintable(error));
        }
        const CliResult r = run({u"--resume"_s, u"half-planned"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json()[u"counters"_s][u"total_rows"_s].toInteger(), qint64(e.validRows));
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_fast.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // 5xx answers, connection resets, stalls and a server budget tighter than the client's
    // (so 429s happen): retried until everything is there exactly once. The sandbox ignores
    // Idempotency-Key here, so an answer lost to a reset or a stall is replayed for real.
    void faultsLoseNothingAndDuplicateNothing()
    {
        TestSupport::SandboxProcess faulty;
        QVERIFY2(faulty.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"writes=40/1,reads=80/1,all=80/1"_s,
                                      u"--fail-rate"_s, u"0.1"_s, u"--reset-rate"_s, u"0.05"_s, u"--stall-rate"_s,
                                      u"0.01"_s, u"--stall-seconds"_s, u"3"_s, u"--seed"_s, u"1234"_s,
                                      u"--ignore-idempotency-key"_s}),
                 qPrintable(faulty.error()));
        const QString csv = path(u"faults.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 80, 6);
        QStringList args = importArgs(csv, faulty.url(), u"faults"_s);
        args.replace(args.indexOf(FastLimits), u"writes=60/1,reads=120/1,all=120/1"_s);
        args << u"--workers"_s << u"3"_s << u"--chunk-size"_s << u"30"_s << u"--concurrency"_s << u"8"_s << u"--json"_s;
        const CliResult r = run(args);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject c = r.json()[u"counters"_s].toObject();
        QCOMPARE(c[u"failed"_s].toInteger(), 0);
        QVERIFY(c[u"retries"_s].toInteger() > 0);

        const QJsonObject stats = TestSupport::sandboxStats(faulty.url());
        QVERIFY2(stats[u"rate_limited"_s].toInteger() > 0, "the server's tighter budget should have caused 429s");
        QVERIFY(stats[u"faults"_s][u"failed"_s].toInteger() > 0);
        QVERIFY(stats[u"faults"_s][u"reset"_s].toInteger() > 0);
        // Lost answers were replayed and met what their first attempt had made.
        QVERIFY2(stats[u"error_codes"_s][u"email_not_available"_s].toInteger()
                         + stats[u"error_codes"_s][u"organization_membership_already_exists"_s].toInteger()
                     > 0,
                 qPrintable(QString::fromUtf8(QJsonDocument(stats).toJson(QJsonDocument::Compact))));
        // Retries are logged on stderr; never with the key or a secret of the file.
        for (const QByteArray &secret : e.secrets + QList<QByteArray> {Key.toUtf8()})
            QVERIFY2(!QByteArray(r.out + r.err).contains(secret), secret.constData());
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(faulty.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Connections reset after the server made the change, and the key of the retry ignored
    // (as a server without idempotency would): the replayed user creation meets "email not
    // available" and the user is looked up; the replayed membership meets 409
    // organization_membership_already_exists. Both paths must really run, nothing fails, the
    // server ends exact, and what the lost answers created counts as created by this job (it
    // was: the object is newer than the job's intent to create it), never as "already
    // existed", so that undo takes it back (issue 17, item 3).
    void lostAnswersAreReplayedAsExisting()
    {
        TestSupport::SandboxProcess lossy;
        QVERIFY2(lossy.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--reset-rate"_s, u"0.12"_s,
                                     u"--ignore-idempotency-key"_s, u"--seed"_s, u"99"_s}),
                 qPrintable(lossy.error()));
        const QString csv = path(u"lossy.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 80, 6);
        const CliResult r = run(importArgs(csv, lossy.url(), u"lossy"_s)
                                + QStringList {u"--workers"_s, u"3"_s, u"--concurrency"_s, u"8"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject c = r.json()[u"counters"_s].toObject();
        QCOMPARE(c[u"failed"_s].toInteger(), 0);

        const QJsonObject stats = TestSupport::sandboxStats(lossy.url());
        const QJsonObject codes = stats[u"error_codes"_s].toObject();
        const QByteArray printed = QJsonDocument(stats).toJson(QJsonDocument::Compact);
        QVERIFY2(stats[u"idempotent_replays"_s].toInteger() == 0, printed.constData());
        QVERIFY2(codes[u"email_not_available"_s].toInteger() > 0, printed.constData());
        QVERIFY2(codes[u"organization_membership_already_exists"_s].toInteger() > 0, printed.constData());
        QVERIFY2(c[u"users_existed"_s].toInteger() == 0, r.describe());
        QVERIFY2(c[u"memberships_existed"_s].toInteger() == 0, r.describe());
        QCOMPARE(c[u"memberships_added"_s].toInteger(), qint64(e.validRows));
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(lossy.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // SIGINT stops the run with 130; `jobs` shows the job interrupted; resuming finishes it.
    void sigintLeavesAResumableJob()
    {
        const QString csv = path(u"sigint.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 120, 8);
        const QString job = interruptedJob(csv, u"stopped"_s);
        QVERIFY(!job.isEmpty());
        const QJsonObject record = jobRecord(job);
        QCOMPARE(stateOf(record), u"interrupted"_s);
        QVERIFY(record[u"counters"_s][u"total_rows"_s].toInteger() == e.validRows);

        const CliResult r = run({u"--resume"_s, job, u"--checkpoint-dir"_s, storeDir(), u"--workers"_s, u"4"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(stateOf(jobRecord(job)), u"finished"_s);
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Resuming against a file that changed since the job started is refused (2) and the job
    // stays resumable: put the file back and it finishes.
    void changedFileIsRefusedOnResume()
    {
        const QString csv = path(u"changed.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 120, 8);
        const QByteArray original = readFile(csv);
        const QString job = interruptedJob(csv, u"changed"_s);
        QVERIFY(!job.isEmpty());

        QByteArray changed = original;
        changed.replace("person7@example.com", "person7@example.org"); // same size, other contents
        QCOMPARE(changed.size(), original.size());
        writeFile(csv, changed);
        CliResult r = run({u"--resume"_s, job, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains("changed since the job started"), r.describe());

        writeFile(csv, original + "late@example.com,,,,Late,Comer,acme-1,Acme acme-1,member\n");
        r = run({u"--resume"_s, job, u"--checkpoint-dir"_s, storeDir()});
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains("changed since the job started"), r.describe());
        QCOMPARE(stateOf(jobRecord(job)), u"interrupted"_s);

        writeFile(csv, original);
        r = run({u"--resume"_s, job, u"--checkpoint-dir"_s, storeDir(), u"--workers"_s, u"4"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Nothing answers at the API's address (a server that is down, a wrong host): the run says
    // "cannot reach WorkOS", waits as long as --wait-for-network allows, then stops
    // interrupted (exit 2) with no row marked failed; with the server there, the resume
    // imports everything exactly once.
    void unreachableServerStopsAndResumeFinishes()
    {
        QTcpServer vacant;
        QVERIFY(vacant.listen(QHostAddress::LocalHost));
        const quint16 port = vacant.serverPort();
        vacant.close(); // nothing listens there now
        const QUrl url(u"http://127.0.0.1:%1"_s.arg(port));
        const QString csv = path(u"unreachable.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 40, 4);
        CliResult r = run(importArgs(csv, url, u"unreachable"_s) << u"--wait-for-network"_s << u"0"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 2, r.describe());
        QCOMPARE(r.json()[u"state"_s].toString(), u"interrupted"_s);
        QCOMPARE(r.json()[u"blocker"_s].toString(), u"server_unreachable"_s);
        QVERIFY2(r.err.contains("Cannot reach WorkOS"), r.describe());
        const QJsonObject record = jobRecord(u"unreachable"_s);
        QCOMPARE(stateOf(record), u"interrupted"_s);
        QCOMPARE(record[u"counters"_s][u"failed"_s].toInt(), 0);

        TestSupport::SandboxProcess back;
        QVERIFY2(back.start(QStringLiteral(WORKOS_SANDBOX_PATH), {u"--port"_s, QString::number(port), u"--keys"_s, Key,
                                                                  u"--rate-limits"_s, u"off"_s}),
                 qPrintable(back.error()));
        r = run({u"--resume"_s, u"unreachable"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInt(), 0);
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(back.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments"); // CSV and URL are filled in: @CSV @URL @DIR
        QTest::addColumn<bool>("withKey");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("stderrHas");

        const QByteArray good = "email,org_external_id,org_name,role_slugs\n"
                                "ann@example.com,org-a,Org A,member\nbob@example.com,org-a,Org A,admin\n";
        const QStringList normal {u"--csv"_s, u"@CSV"_s, u"--api-url"_s, u"@URL"_s, u"--checkpoint-dir"_s, u"@DIR"_s};
        QTest::addRow("all imported") << normal << true << good << 0 << QByteArray();
        QTest::addRow("invalid role") << normal << true << QByteArray(good + "cid@example.com,org-a,Org A,owner\n") << 1
                                      << QByteArray();
        QTest::addRow("invalid email") << normal << true << QByteArray(good + "not-an-email,org-a,Org A,member\n") << 1
                                       << QByteArray();
        QTest::addRow("no csv") << QStringList {u"--api-url"_s, u"@URL"_s, u"--checkpoint-dir"_s, u"@DIR"_s} << true
                                << good << 2 << QByteArray("--csv");
        QTest::addRow("workers zero") << (normal + QStringList {u"--workers"_s, u"0"_s}) << true << good << 2
                                      << QByteArray("orkers");
        QTest::addRow("workers not a number") << (normal + QStringList {u"--workers"_s, u"four"_s}) << true << good << 2
                                              << QByteArray("--workers");
        QTest::addRow("workers too many") << (normal + QStringList {u"--workers"_s, u"99"_s}) << true << good << 2
                                          << QByteArray("orkers");
        QTest::addRow("no key") << normal << false << good << 2 << QByteArray("WORKOS_API_KEY");
        QTest::addRow("unknown flag") << (normal + QStringList {u"--frobnicate"_s}) << true << good << 2
                                      << QByteArray("frobnicate");
        QTest::addRow("missing file") << QStringList {u"--csv"_s, u"@DIR/none.csv"_s, u"--api-url"_s, u"@URL"_s,
                                                      u"--checkpoint-dir"_s, u"@DIR"_s}
                                      << true << good << 2 << QByteArray();
        QTest::addRow("resume with dry run") << QStringList {u"--resume"_s, u"any"_s, u"--dry-run"_s, u"--checkpoint-dir"_s, u"@DIR"_s}
                                             << true << good << 2 << QByteArray("--dry-run");
        QTest::addRow("retry workers zero") << QStringList {u"retry"_s, u"any"_s, u"--workers"_s, u"0"_s, u"--checkpoint-dir"_s, u"@DIR"_s}
                                            << true << good << 2 << QByteArray("orkers");
        QTest::addRow("retry without job") << QStringList {u"retry"_s, u"--checkpoint-dir"_s, u"@DIR"_s} << true << good << 2
                                           << QByteArray("job");
        QTest::addRow("report without out") << QStringList {u"report"_s, u"any"_s, u"--checkpoint-dir"_s, u"@DIR"_s} << true
                                            << good << 2 << QByteArray("--out");
        QTest::addRow("resume unknown job") << QStringList {u"--resume"_s, u"nope"_s, u"--checkpoint-dir"_s, u"@DIR"_s}
                                            << true << good << 2 << QByteArray("nope");
    }

    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withKey);
        QFETCH(QByteArray, csv);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, stderrHas);
        const QString file = path(u"exit.csv"_s);
        writeFile(file, csv);
        for (QString &a : arguments)
            a.replace(u"@CSV"_s, file).replace(u"@URL"_s, m_fast.url().toString()).replace(u"@DIR"_s, storeDir());
        const CliResult r = ImportCli::run(arguments, withKey ? Key : QString());
        QVERIFY2(r.exitCode == exitCode, r.describe());
        QVERIFY2(r.err.contains(stderrHas), r.describe());
        if (exitCode == 2 && !arguments.contains(u"--resume"_s)) // a usage error writes nothing
            QCOMPARE(TestSupport::sandboxStats(m_fast.url())[u"requests"_s].toInteger(), 0);
    }

    void errorReports_data()
    {
        QTest::addColumn<QString>("extension");
        QTest::addRow("csv") << u"csv"_s;
        QTest::addRow("json") << u"json"_s;
        QTest::addRow("jsonl") << u"jsonl"_s;
    }

    // --errors-out and `report JOB --out` list the invalid and failed rows with their
    // physical line, and nothing anywhere holds a password, a hash or the key.
    void errorReports()
    {
        QFETCH(QString, extension);
        const QByteArray hash1 = TestSupport::fakeBcryptHash(9001);
        const QByteArray hash2 = TestSupport::fakeBcryptHash(9002);
        const QByteArray hash3 = TestSupport::fakeBcryptHash(9003);
        const QByteArray password = "Pw-Zq8Secret-report!";
        const QString csv = path(u"report.csv"_s);
        writeFile(csv, "email,password,password_hash,password_hash_type,first_name,org_external_id,org_name,role_slugs\n"
                       "ann@example.com,," + hash1 + ",bcrypt,\"Ann\nMarie\",org-r,Org R,member\n" // row 1, lines 2-3
                       "not-an-email,," + hash2 + ",bcrypt,Bad,org-r,Org R,member\n"                // row 2, line 4
                       "cid@example.com," + password + ",,,\"Cid\n\nJr\",org-r,Org R,member\n"       // row 3, lines 5-7
                       "dee@example.com,," + hash3 + ",bcrypt,Dee,org-r,Org R,owner\n");            // row 4, line 8
        const QString report = m_store->filePath(u"errors."_s + extension);
        QStringList args = importArgs(csv, m_fast.url(), u"report-"_s + extension);
        args << u"--errors-out"_s << report;
        const CliResult r = run(args);
        QVERIFY2(r.exitCode == 1, r.describe());

        const QList<QJsonObject> rows = readReport(report);
        QCOMPARE(rows.size(), 2);
        if (extension == u"csv"_s) {
            QStringList header;
            readCsvReport(report, &header);
            QCOMPARE(header, (QStringList {u"row"_s, u"line"_s, u"email"_s, u"org"_s, u"stage"_s, u"code"_s,
                                           u"http_status"_s, u"message"_s, u"request_id"_s, u"retryable"_s, u"hint"_s}));
        } else {
            QCOMPARE(rows[0].keys().size(), 11);
        }
        const QJsonObject invalid = rows[0];
        QCOMPARE(invalid[u"row"_s].toInteger(), 2);
        QCOMPARE(invalid[u"line"_s].toInteger(), 4);
        QCOMPARE(invalid[u"email"_s].toString(), u"not-an-email"_s);
        QCOMPARE(invalid[u"stage"_s].toString(), u"validate"_s);
        QVERIFY2(invalid[u"code"_s].toString().startsWith(u"email"_s), qPrintable(invalid[u"code"_s].toString()));
        QVERIFY(invalid[u"http_status"_s].isNull());
        QCOMPARE(invalid[u"retryable"_s].toBool(), false);
        QVERIFY(!invalid[u"hint"_s].toString().isEmpty());

        const QJsonObject failed = rows[1];
        QCOMPARE(failed[u"row"_s].toInteger(), 4);
        QCOMPARE(failed[u"line"_s].toInteger(), 8);
        QCOMPARE(failed[u"email"_s].toString(), u"dee@example.com"_s);
        QCOMPARE(failed[u"stage"_s].toString(), u"membership"_s);
        QCOMPARE(failed[u"code"_s].toString(), u"invalid_role"_s);
        QCOMPARE(failed[u"http_status"_s].toInt(), 422);
        QVERIFY(failed[u"request_id"_s].toString().startsWith(u"req_"_s));
        QCOMPARE(failed[u"retryable"_s].toBool(), false);
        QVERIFY2(failed[u"hint"_s].toString().contains(u"role"_s), qPrintable(failed[u"hint"_s].toString()));
        QVERIFY(!failed[u"message"_s].toString().isEmpty());

        // `report` writes the same file from the job store.
        const QString again = m_store->filePath(u"again."_s + extension);
        const CliResult rep = run({u"report"_s, u"report-"_s + extension, u"--out"_s, again, u"--checkpoint-dir"_s,
                                   storeDir()});
        QVERIFY2(rep.exitCode == 0, rep.describe());
        QCOMPARE(readFile(again), readFile(report));

        // No secret anywhere.
        const QByteArray everything = r.out + r.err + rep.out + rep.err + bytesUnder(storeDir());
        QVERIFY(everything.contains("dee@example.com")); // the bytes were read
        for (const QByteArray &secret : {hash1, hash2, hash3, password, Key.toUtf8(), QByteArray("Zq8Secret")})
            QVERIFY2(!everything.contains(secret), secret.constData());
    }

    void errorsOutIsCheckedBeforeAnyRequest_data()
    {
        QTest::addColumn<QString>("report"); // @DIR is the store folder
        QTest::addColumn<bool>("retry");
        QTest::addColumn<QByteArray>("stderrHas");
        QTest::addRow("unknown extension") << u"@DIR/errors.txt"_s << false << QByteArray(".csv");
        QTest::addRow("missing folder") << u"@DIR/no/such/folder/errors.csv"_s << false << QByteArray("errors.csv");
        QTest::addRow("a folder") << u"@DIR/folder.csv"_s << false << QByteArray("folder.csv");
        QTest::addRow("retry, unknown extension") << u"@DIR/errors.txt"_s << true << QByteArray(".csv");
        QTest::addRow("retry, missing folder") << u"@DIR/no/such/folder/errors.csv"_s << true << QByteArray("errors.csv");
    }

    // An --errors-out that cannot be written is refused before anything is sent (exit 2):
    // finding out after hours of importing would lose the report.
    void errorsOutIsCheckedBeforeAnyRequest()
    {
        QFETCH(QString, report);
        QFETCH(bool, retry);
        QFETCH(QByteArray, stderrHas);
        report.replace(u"@DIR"_s, storeDir());
        QDir().mkpath(storeDir() + u"/folder.csv"_s);
        const QString csv = path(u"errors-out.csv"_s);
        writeFile(csv, "email,org_external_id,org_name,role_slugs\nann@example.com,org-a,Org A,owner\n");
        if (retry) {
            const CliResult first = run(importArgs(csv, m_fast.url(), u"to-retry"_s));
            QVERIFY2(first.exitCode == 1, first.describe());
            QVERIFY(TestSupport::resetSandbox(m_fast.url()));
        }
        const CliResult r = retry
            ? run({u"retry"_s, u"to-retry"_s, u"--all"_s, u"--checkpoint-dir"_s, storeDir(), u"--errors-out"_s, report})
            : run(importArgs(csv, m_fast.url(), u"bad-report"_s) << u"--errors-out"_s << report);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains(stderrHas), r.describe());
        QCOMPARE(TestSupport::sandboxStats(m_fast.url())[u"requests"_s].toInteger(), 0);
        if (!retry)
            QVERIFY(jobRecord(u"bad-report"_s).isEmpty()); // not even planned
    }

    // A report that cannot be written at the end (its folder went away during the run) makes
    // the exit non-zero, although every row was imported.
    void errorsOutThatFailsAtTheEndIsAnError()
    {
        const QString csv = path(u"late-report.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 60, 3);
        const QString folder = storeDir() + u"/reports"_s;
        QVERIFY(QDir().mkpath(folder));
        ImportCli cli;
        QVERIFY(cli.start(importArgs(csv, m_slow.url(), u"late-report"_s)
                              << u"--concurrency"_s << u"1"_s << u"--errors-out"_s << folder + u"/errors.csv"_s,
                          Key));
        // Once the job runs, the report was checked; take its folder away before the end.
        bool running = false;
        for (int i = 0; i < 600 && !running && cli.isRunning(); ++i) {
            QTest::qWait(50);
            Store::JobStore store(Store::JobStore::pathInDirectory(storeDir()));
            if (store.open())
                if (const auto job = store.job(u"late-report"_s))
                    running = job->state == Store::JobState::Running;
        }
        QVERIFY(running);
        QVERIFY(QDir(folder).removeRecursively());
        const CliResult r = cli.finish();
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains("error report"), r.describe());
        QCOMPARE(stateOf(jobRecord(u"late-report"_s)), u"finished"_s);
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // An organization that cannot be resolved (no such external id, no name to create it
    // with) stops the import before any user is written, naming it and saying how to go on.
    // The decision to go on without it is taken once (--skip-unresolved-orgs) and kept with
    // the job: after a stop, the resume, `retry` and `retry --all` never refuse for it, its
    // rows fail with their own reason, and everything else is imported exactly.
    void unresolvedOrganizationsNeedOneExplicitDecision()
    {
        const QString csv = path(u"ghost.csv"_s);
        ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 120, 19);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        for (int i = 0; i < 3; ++i)
            f.write("ghost" + QByteArray::number(i) + "@example.com,,,,G,H,ghost-org,,member\n");
        f.close();
        QCOMPARE(e.orgs.size(), size_t(19)); // 1 of 20 organizations cannot be resolved: 5%

        // Without the decision: refused before any user is written; the job stays resumable.
        CliResult r = run(importArgs(csv, m_slow.url(), u"ghost"_s) << u"--concurrency"_s << u"1"_s);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains("ghost-org") && r.err.contains("--skip-unresolved-orgs"), r.describe());
        QCOMPARE(endpointCount(TestSupport::sandboxStats(m_slow.url()), u"POST /user_management/users"_s), 0);
        QCOMPARE(stateOf(jobRecord(u"ghost"_s)), u"interrupted"_s);

        // Taken now, on resume; the run is stopped (SIGINT) and resumed: no refusal.
        ImportCli cli;
        QVERIFY(cli.start({u"--resume"_s, u"ghost"_s, u"--skip-unresolved-orgs"_s, u"--checkpoint-dir"_s, storeDir()}, Key));
        r = cli.signalAfter(700, false);
        QVERIFY2(r.exitCode == 130, r.describe());
        const QString report = m_store->filePath(u"ghost.jsonl"_s);
        r = run({u"--resume"_s, u"ghost"_s, u"--checkpoint-dir"_s, storeDir(), u"--workers"_s, u"3"_s, u"--json"_s,
                 u"--errors-out"_s, report});
        QVERIFY2(r.exitCode == 1, r.describe());
        QCOMPARE(r.json()[u"state"_s].toString(), u"finished_with_errors"_s);
        QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInteger(), 3);
        const QList<QJsonObject> rows = readReport(report);
        QCOMPARE(rows.size(), 3);
        for (const QJsonObject &row : rows) {
            QVERIFY(row[u"email"_s].toString().startsWith(u"ghost"_s));
            QCOMPARE(row[u"code"_s].toString(), u"organization_unresolved"_s);
            QVERIFY2(row[u"message"_s].toString().contains(u"ghost-org"_s), qPrintable(row[u"message"_s].toString()));
        }
        QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Later runs honour the decision too.
        for (const QStringList &again : {QStringList {u"retry"_s, u"ghost"_s}, QStringList {u"retry"_s, u"ghost"_s, u"--all"_s}}) {
            r = run(again + QStringList {u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
            QVERIFY2(r.exitCode == 1, r.describe());
            QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInteger(), 3);
        }
        problem = TestSupport::compareContents(TestSupport::sandboxContents(m_slow.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Given at the start, the decision needs no second run.
    void skipUnresolvedOrgsFromTheStart()
    {
        const QString csv = path(u"ghost2.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 30, 4);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        f.write("ghost@example.com,,,,G,H,ghost-org,,member\n");
        f.close();
        const CliResult r = run(importArgs(csv, m_fast.url(), u"ghost2"_s) << u"--skip-unresolved-orgs"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 1, r.describe());
        QCOMPARE(r.json()[u"counters"_s][u"failed"_s].toInteger(), 1);
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_fast.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // Rows that failed for a reason a retry may fix (here: the server answered 5xx until the
    // retries ran out) are imported by `retry`, and only they: the rows already imported are
    // not sent again.
    void retryRerunsOnlyRetryableFailures()
    {
        TestSupport::SandboxProcess failing;
        QVERIFY2(failing.startSandbox({u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s, u"--fail-rate"_s, u"0.85"_s,
                                       u"--seed"_s, u"99"_s}),
                 qPrintable(failing.error()));
        const QString port = QString::number(failing.url().port());
        QByteArray bytes = "email,first_name\n";
        for (int i = 0; i < 16; ++i)
            bytes += "user" + QByteArray::number(i) + "@example.com,User" + QByteArray::number(i) + "\n";
        const QString csv = path(u"retry.csv"_s);
        writeFile(csv, bytes);
        const QString report = m_store->filePath(u"retry.jsonl"_s);
        QStringList args = importArgs(csv, failing.url(), u"flaky"_s);
        args << u"--concurrency"_s << u"16"_s << u"--errors-out"_s << report << u"--json"_s;
        const CliResult first = run(args);
        const qint64 failedCount = first.json()[u"counters"_s][u"failed"_s].toInteger();
        QVERIFY2(failedCount > 0 ? first.exitCode == 1 : first.exitCode == 0, first.describe());
        // 85% of the requests fail: a run where every row got through would mean the faults were not injected.
        QVERIFY2(failedCount > 0, first.describe());
        std::set<QString> failedEmails;
        for (const QJsonObject &row : readReport(report)) {
            QVERIFY(row[u"retryable"_s].toBool());
            QCOMPARE(row[u"stage"_s].toString(), u"user"_s);
            failedEmails.insert(row[u"email"_s].toString());
        }
        QCOMPARE(qint64(failedEmails.size()), failedCount);

        // The same address, now healthy (and empty: a sandbox keeps nothing across restarts).
        failing.stop();
        TestSupport::SandboxProcess healthy;
        QVERIFY2(healthy.start(QStringLiteral(WORKOS_SANDBOX_PATH),
                               {u"--port"_s, port, u"--keys"_s, Key, u"--rate-limits"_s, u"off"_s}),
                 qPrintable(healthy.error()));
        const CliResult retried = run({u"retry"_s, u"flaky"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        QVERIFY2(retried.exitCode == 0, retried.describe());
        QCOMPARE(retried.json()[u"state"_s].toString(), u"finished"_s);
        QCOMPARE(retried.json()[u"counters"_s][u"failed"_s].toInteger(), 0);
        QCOMPARE(retried.json()[u"counters"_s][u"users_created"_s].toInteger(), 16);

        const TestSupport::ServerContents after = TestSupport::sandboxContents(healthy.url());
        QVERIFY(after.duplicates.isEmpty());
        QVERIFY(after.emails == failedEmails);
        QCOMPARE(endpointCount(TestSupport::sandboxStats(healthy.url()), u"POST /user_management/users"_s), failedCount);
        QCOMPARE(stateOf(jobRecord(u"flaky"_s)), u"finished"_s);
    }

    // A failure no retry can fix (a role that does not exist) is left alone by `retry`;
    // `retry --all` sends those rows again, and they fail again the same way.
    void retryAllRerunsPermanentFailures()
    {
        QByteArray bytes = "email,org_external_id,org_name,role_slugs\n";
        for (int i = 0; i < 10; ++i)
            bytes += "p" + QByteArray::number(i) + "@example.com,org-x,Org X," + (i % 4 == 1 ? "owner" : "member") + "\n"; // rows 2, 6, 10 fail
        const QString csv = path(u"roles.csv"_s);
        writeFile(csv, bytes);
        const CliResult first = run(importArgs(csv, m_fast.url(), u"roles"_s) << u"--json"_s);
        QVERIFY2(first.exitCode == 1, first.describe());
        QCOMPARE(first.json()[u"counters"_s][u"failed"_s].toInteger(), 3);
        QCOMPARE(first.json()[u"counters"_s][u"users_created"_s].toInteger(), 10);
        const QString memberships = u"POST /user_management/organization_memberships"_s;
        const QString users = u"POST /user_management/users"_s;
        const QJsonObject s0 = TestSupport::sandboxStats(m_fast.url());
        QCOMPARE(endpointCount(s0, memberships), 10);

        const CliResult plain = run({u"retry"_s, u"roles"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s});
        QVERIFY2(plain.exitCode == 1, plain.describe());
        const QJsonObject s1 = TestSupport::sandboxStats(m_fast.url());
        QCOMPARE(endpointCount(s1, memberships), 10); // nothing sent
        QCOMPARE(endpointCount(s1, users), endpointCount(s0, users));

        const QString report = m_store->filePath(u"roles.json"_s);
        const CliResult all = run({u"retry"_s, u"roles"_s, u"--all"_s, u"--checkpoint-dir"_s, storeDir(), u"--json"_s,
                                   u"--errors-out"_s, report});
        QVERIFY2(all.exitCode == 1, all.describe());
        QCOMPARE(all.json()[u"counters"_s][u"failed"_s].toInteger(), 3);
        // The users of the failed rows were created by the first run: created stays created
        // across every run of the job, although the retry found them in the job store.
        QCOMPARE(all.json()[u"counters"_s][u"users_created"_s].toInteger(), 10);
        QCOMPARE(plain.json()[u"counters"_s][u"users_created"_s].toInteger(), 10);
        const QJsonObject s2 = TestSupport::sandboxStats(m_fast.url());
        QCOMPARE(endpointCount(s2, memberships), 13); // the three failed rows, and only they
        QCOMPARE(endpointCount(s2, users), endpointCount(s0, users));
        const QList<QJsonObject> rows = readReport(report);
        QCOMPARE(rows.size(), 3);
        for (const QJsonObject &row : rows) {
            QCOMPARE(row[u"code"_s].toString(), u"invalid_role"_s);
            QCOMPARE(row[u"retryable"_s].toBool(), false);
        }
        QCOMPARE(TestSupport::sandboxContents(m_fast.url()).members.size(), size_t(7));
    }

    // --dry-run reads (to resolve organizations and find users) but never writes, and it exits
    // with the code the import would: 1 here, as the file has invalid rows.
    void dryRunWritesNothing()
    {
        const QString csv = path(u"dry.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 30, 5, 11);
        QVERIFY(e.invalidRows > 0);
        const CliResult r = run(importArgs(csv, m_fast.url(), u"dry"_s) << u"--dry-run"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 1, r.describe());
        QCOMPARE(r.json()[u"dry_run"_s].toBool(), true);
        QCOMPARE(r.json()[u"organizations"_s][u"to_create"_s].toInt(), int(e.orgs.size()));
        QCOMPARE(r.json()[u"counters"_s][u"invalid"_s].toInt(), e.invalidRows);
        QCOMPARE(r.json()[u"counters"_s][u"users_created"_s].toInt(), int(e.emails.size()));
        QCOMPARE(r.json()[u"counters"_s][u"memberships_added"_s].toInt(), int(e.members.size()));
        const QJsonObject stats = TestSupport::sandboxStats(m_fast.url());
        QVERIFY(stats[u"requests"_s].toInteger() > 0); // it did look the organizations up
        const QJsonObject endpoints = stats[u"endpoints"_s].toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
            QVERIFY2(!it.key().startsWith(u"POST"_s), qPrintable(it.key()));
        const QJsonObject counts = TestSupport::httpJson("GET", m_fast.url().resolved(QUrl(u"/_sandbox/state"_s)))
                                       .object()[u"counts"_s].toObject();
        QCOMPARE(counts[u"users"_s].toInt(), 0);
        QCOMPARE(counts[u"organizations"_s].toInt(), 0);
        QVERIFY(jobRecord(u"dry"_s).isEmpty()); // nothing in the job store either
    }

    // A dry run after part of the file was imported tells, per row, what the import would
    // do: users that exist, users to create, memberships there and to add, rows that would
    // fail (with why); the --json counts equal what the import then does.
    void dryRunCountsWhatTheImportWouldDo()
    {
        QByteArray part = "email,org_external_id,org_name,role_slugs\n";
        QByteArray full = part;
        for (int i = 0; i < 20; ++i) {
            const QByteArray row = "p" + QByteArray::number(i) + "@example.com,org-a,Org A,member\n";
            if (i < 10)
                part += row;
            full += row;
        }
        for (int i = 0; i < 5; ++i)
            full += "P" + QByteArray::number(i) + "@Example.com,org-b,Org B,member\n"; // existing people, new org
        full += "q@example.com,org-b,Org B,member\n";                                  // new person, new org
        full += "not-an-email,org-a,Org A,member\n";                                   // invalid
        full += "ghost@example.com,ghost-org,,member\n";                               // unresolvable organization
        const QString partCsv = path(u"part.csv"_s);
        const QString fullCsv = path(u"full.csv"_s);
        writeFile(partCsv, part);
        writeFile(fullCsv, full);
        CliResult r = run(importArgs(partCsv, m_fast.url(), u"part"_s));
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject before = TestSupport::sandboxStats(m_fast.url())[u"endpoints"_s].toObject();

        // Without the decision about the ghost organization the import would refuse: so does the dry run.
        r = run(importArgs(fullCsv, m_fast.url(), QString()) << u"--dry-run"_s);
        QVERIFY2(r.exitCode == 2, r.describe());
        QVERIFY2(r.err.contains("ghost-org"), r.describe());

        r = run(importArgs(fullCsv, m_fast.url(), QString()) << u"--dry-run"_s << u"--skip-unresolved-orgs"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 1, r.describe());
        const QJsonObject dry = r.json()[u"counters"_s].toObject();
        QCOMPARE(dry[u"users_created"_s].toInt(), 11);   // p10-p19, q
        QCOMPARE(dry[u"users_existed"_s].toInt(), 10);   // p0-p9
        QCOMPARE(dry[u"memberships_added"_s].toInt(), 16); // p10-p19 in org-a, p0-p4 and q in org-b
        QCOMPARE(dry[u"memberships_existed"_s].toInt(), 10);
        QCOMPARE(dry[u"failed"_s].toInt(), 1);
        QCOMPARE(dry[u"invalid"_s].toInt(), 1);
        QVERIFY2(r.json()[u"message"_s].toString().contains(u"ghost-org"_s), r.describe());
        const QJsonObject after = TestSupport::sandboxStats(m_fast.url())[u"endpoints"_s].toObject();
        for (auto it = after.begin(); it != after.end(); ++it)
            if (it.key().startsWith(u"POST"_s))
                QCOMPARE(it.value().toInteger(), before.value(it.key()).toInteger());

        // The import then does exactly that.
        r = run(importArgs(fullCsv, m_fast.url(), u"full"_s) << u"--skip-unresolved-orgs"_s << u"--json"_s);
        QVERIFY2(r.exitCode == 1, r.describe());
        const QJsonObject real = r.json()[u"counters"_s].toObject();
        for (const QString &k : {u"users_created"_s, u"users_existed"_s, u"memberships_added"_s,
                                 u"memberships_existed"_s, u"failed"_s, u"invalid"_s})
            QVERIFY2(real[k] == dry[k], qPrintable(k));
    }

    // A dry run with a key WorkOS refuses exits 2, as the import would (which would stop).
    void dryRunWithARefusedKeyFails()
    {
        const QString csv = path(u"dry-key.csv"_s);
        writeFile(csv, "email,first_name\nann@example.com,Ann\n");
        const CliResult r = ImportCli::run(importArgs(csv, m_fast.url(), QString()) << u"--dry-run"_s << u"--json"_s,
                                           u"sk_test_mistyped"_s);
        QVERIFY2(r.exitCode == 2, r.describe());
        QCOMPARE(r.json()[u"blocker"_s].toString(), u"key_refused"_s);
    }

    // --dry-run --json tells how long the import would take: estimate_seconds inside its range,
    // never faster than the write budget allows (49 writes a second with the 0.98 margin), and
    // the answer-time probes it makes are reads.
    void dryRunEstimatesTheDuration()
    {
        const QString csv = path(u"estimate.csv"_s);
        const ExpectedImport e = TestSupport::writeMultiOrgCsv(csv, 40, 5);
        // WorkOS's own limits for the client (the sandbox has none: nothing is written).
        const CliResult r = run({u"--csv"_s, csv, u"--api-url"_s, m_fast.url().toString(), u"--checkpoint-dir"_s,
                                 storeDir(), u"--rate-limits"_s, u"writes=500/10,reads=1000/10,all=6000/60"_s,
                                 u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject o = r.json();
        QVERIFY2(o.contains(u"estimate_seconds"_s), r.describe());
        const double estimate = o[u"estimate_seconds"_s].toDouble();
        const double low = o[u"estimate_low_seconds"_s].toDouble();
        const double high = o[u"estimate_high_seconds"_s].toDouble();
        QVERIFY(low > 0 && low <= estimate && estimate <= high);
        const double writes = double(e.emails.size() + e.members.size());
        QVERIFY2(estimate >= (writes - 1) / 49.0, qPrintable(QString::number(estimate)));
        const QJsonObject endpoints = TestSupport::sandboxStats(m_fast.url())[u"endpoints"_s].toObject();
        for (auto it = endpoints.begin(); it != endpoints.end(); ++it)
            QVERIFY2(!it.key().startsWith(u"POST"_s), qPrintable(it.key()));
    }

    // A file without organization columns, with --org-external-id --create-org-if-missing:
    // one organization, every user a member of it.
    void singleOrganizationForEveryRow()
    {
        QByteArray bytes = "email,first_name,last_name\n";
        ExpectedImport e;
        for (int i = 0; i < 25; ++i) {
            const QString email = u"solo%1@example.com"_s.arg(i);
            bytes += email.toUtf8() + ",Solo,Person" + QByteArray::number(i) + "\n";
            e.emails.insert(email);
            e.members.insert({email, u"solo-org"_s});
        }
        e.orgs.insert(u"solo-org"_s);
        const QString csv = path(u"solo.csv"_s);
        writeFile(csv, bytes);
        const CliResult r = run(importArgs(csv, m_fast.url(), u"solo"_s)
                                << u"--org-external-id"_s << u"solo-org"_s << u"--create-org-if-missing"_s
                                << u"--org-name"_s << u"Solo Org"_s << u"--workers"_s << u"2"_s << u"--chunk-size"_s
                                << u"5"_s);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QString problem = TestSupport::compareContents(TestSupport::sandboxContents(m_fast.url()), e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray orgs = TestSupport::httpJson("GET", m_fast.url().resolved(QUrl(u"/_sandbox/state"_s)))
                                    .object()[u"organizations"_s].toArray();
        QCOMPARE(orgs.size(), 1);
        QCOMPARE(orgs[0][u"name"_s].toString(), u"Solo Org"_s);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "tst_importcli.moc"
