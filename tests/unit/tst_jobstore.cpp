// The job store: jobs, chunks, row outcomes, maps, secrets kept out, schema version, WAL
// readers, atomic batches across a SIGKILL, and the file hash.
#include "store/chunkhash.h"
#include "store/filehash.h"
#include "store/joblock.h"
#include "store/jobstore.h"
#include "store/secretguard.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QProcess>
#include <QtCore/QRandomGenerator>
#include <QtCore/QSemaphore>
#include <QtCore/QTemporaryDir>
#include <QtCore/QThread>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlQuery>
#include <QtTest/QtTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Store;

namespace {

constexpr int CrashBatchSize = 500;

// A plain connection to the store's file, beside the JobStore under test, for checks the API
// does not offer (raw counts, pragmas) and for holding locks.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(QRandomGenerator::global()->generate()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
        m_ok = db.open();
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool ok() const { return m_ok; }
    bool exec(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        return q.exec(sql);
    }
    QVariant scalar(const QString &sql)
    {
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql) || !q.next())
            return {};
        return q.value(0);
    }

private:
    QString m_name;
    bool m_ok = false;
};

JobRecord makeJob(const QString &id, QDateTime created = {})
{
    JobRecord j;
    j.id = id;
    j.name = u"Import of "_s + id;
    j.csvPath = u"/data/users.csv"_s;
    j.csvSize = 1234;
    j.csvSha256 = u"ab"_s.repeated(32);
    j.mode = u"multi-organization"_s;
    j.settings = QJsonObject {{u"workers"_s, 4}, {u"chunk_size"_s, 1000}};
    j.apiHost = u"api.workos.com"_s;
    j.createdAt = created;
    return j;
}

RowOutcome makeOutcome(const QString &jobId, qint64 row, Outcome outcome, bool retryable = false)
{
    RowOutcome o;
    o.jobId = jobId;
    o.row = row;
    o.line = row + 1;
    o.email = u"user%1@example.com"_s.arg(row);
    o.orgKey = u"ext:acme"_s;
    o.outcome = outcome;
    o.stage = outcome == Outcome::Invalid ? Stage::Validate : Stage::User;
    o.retryable = retryable;
    o.attempts = 1;
    if (outcome == Outcome::Failed) {
        o.code = retryable ? u"rate_limited"_s : u"invalid_role"_s;
        o.httpStatus = retryable ? 429 : 422;
        o.message = u"nope"_s;
        o.requestId = u"req_%1"_s.arg(row);
    }
    return o;
}

QList<RowOutcome> crashBatch(const QString &jobId, int batch)
{
    QList<RowOutcome> list;
    list.reserve(CrashBatchSize);
    for (int i = 1; i <= CrashBatchSize; ++i) {
        RowOutcome o = makeOutcome(jobId, qint64(batch) * CrashBatchSize + i, Outcome::MembershipAdded);
        o.user = UserResult::Created;
        o.userId = u"user_%1"_s.arg(o.row);
        o.message = u"a message long enough to make the rows a realistic size for the store"_s;
        list.append(o);
    }
    return list;
}

// The child of the crash test: writes batches until it is killed, printing "committed N"
// after each commit.
int crashChild(const QString &path, const QString &jobId)
{
    JobStore store(path);
    QString error;
    if (!store.open(&error)) {
        std::fprintf(stderr, "open: %s\n", qPrintable(error));
        return 2;
    }
    for (int batch = 0; batch < 100000; ++batch) {
        if (!store.recordOutcomes(crashBatch(jobId, batch), &error)) {
            std::fprintf(stderr, "record: %s\n", qPrintable(error));
            return 3;
        }
        std::printf("committed %d\n", batch);
        std::fflush(stdout);
    }
    return 0;
}

QStringList &capturedLog()
{
    static QStringList log;
    return log;
}

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    capturedLog().append(message);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestJobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(u"store-%1/jobs.sqlite"_s.arg(++m_n)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createListNewestDelete()
    {
        const QString path = freshPath();
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error)); // creates the missing folder
        QVERIFY(store.jobs().isEmpty());
        QVERIFY(!store.newestJob());

        const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);
        JobRecord first = makeJob(u"job-a"_s, t0);
        first.counters.totalRows = 10;
        first.counters.rateLimited = 3;
        first.lastError = u"earlier trouble"_s;
        QVERIFY2(store.createJob(first, &error), qPrintable(error));
        QVERIFY(store.createJob(makeJob(u"job-c"_s, t0.addSecs(120)), &error));
        QVERIFY(store.createJob(makeJob(u"job-b"_s, t0.addSecs(60)), &error));

        // The same id twice, or an id that cannot name a file, is refused.
        QVERIFY(!store.createJob(makeJob(u"job-a"_s), &error));
        QVERIFY(error.contains(u"already exists"_s));
        QVERIFY(!store.createJob(makeJob(u"../etc"_s), &error));
        QVERIFY(!store.createJob(makeJob(QString()), &error));

        const QList<JobRecord> list = store.jobs();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list[0].id, u"job-c"_s);
        QCOMPARE(list[1].id, u"job-b"_s);
        QCOMPARE(list[2].id, u"job-a"_s);
        QCOMPARE(store.jobs(2).size(), 2);
        QCOMPARE(store.newestJob()->id, u"job-c"_s);

        const auto a = store.job(u"job-a"_s);
        QVERIFY(a);
        QCOMPARE(a->name, first.name);
        QCOMPARE(a->csvPath, first.csvPath);
        QCOMPARE(a->csvSize, first.csvSize);
        QCOMPARE(a->csvSha256, first.csvSha256);
        QCOMPARE(a->mode, first.mode);
        QCOMPARE(a->settings, first.settings);
        QCOMPARE(a->state, JobState::Planned);
        QCOMPARE(a->counters, first.counters);
        QCOMPARE(a->createdAt, t0);
        QVERIFY(a->updatedAt.isValid());
        QVERIFY(!a->startedAt.isValid());
        QVERIFY(!a->finishedAt.isValid());
        QCOMPARE(a->apiHost, u"api.workos.com"_s);
        QCOMPARE(a->lastError, u"earlier trouble"_s);
        QVERIFY(!store.job(u"job-zzz"_s));

        // State changes stamp started/finished; an empty message keeps the last error.
        QVERIFY(store.updateJobState(u"job-a"_s, JobState::Running));
        auto running = store.job(u"job-a"_s);
        QCOMPARE(running->state, JobState::Running);
        QVERIFY(running->startedAt.isValid());
        QCOMPARE(running->lastError, u"earlier trouble"_s);
        QVERIFY(store.updateJobState(u"job-a"_s, JobState::FinishedWithErrors, u"3 rows failed"_s));
        auto done = store.job(u"job-a"_s);
        QVERIFY(done->finishedAt.isValid());
        QCOMPARE(done->startedAt, running->startedAt);
        QCOMPARE(done->lastError, u"3 rows failed"_s);
        QVERIFY(store.updateJobState(u"job-a"_s, JobState::Running));
        QVERIFY(!store.job(u"job-a"_s)->finishedAt.isValid()); // running again
        QVERIFY(!store.updateJobState(u"job-zzz"_s, JobState::Running, {}, &error));

        JobCounters c;
        c.totalRows = 100;
        c.created = 7;
        c.retries = 2;
        QVERIFY(store.updateCounters(u"job-b"_s, c));
        QCOMPARE(store.job(u"job-b"_s)->counters, c);

        // Deleting removes the job and everything that belongs to it.
        QVERIFY(store.addChunks(u"job-a"_s, {ChunkRecord {.index = 0, .firstRow = 1, .lastRow = 5, .rowCount = 5}}));
        QVERIFY(store.recordOutcomes({makeOutcome(u"job-a"_s, 1, Outcome::Created)}));
        QVERIFY(store.putUser(u"job-a"_s, u"x@example.com"_s, u"user_x"_s));
        QVERIFY(store.putOrg(u"job-a"_s, OrgEntry {.key = u"ext:acme"_s, .organizationId = u"org_1"_s}));
        QVERIFY2(store.deleteJob(u"job-a"_s, &error), qPrintable(error));
        QVERIFY(!store.job(u"job-a"_s));
        QVERIFY(!store.deleteJob(u"job-a"_s));
        RawConnection raw(path);
        QVERIFY(raw.ok());
        for (const QString &table : {u"chunks"_s, u"row_outcomes"_s, u"users"_s, u"orgs"_s})
            QCOMPARE(raw.scalar(u"SELECT COUNT(*) FROM "_s + table).toInt(), 0);
        QCOMPARE(store.jobs().size(), 2);
    }

    void newJobIdIsFresh()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        const QString id = store.newJobId();
        QVERIFY2(QRegularExpression(u"^job-\\d{8}-\\d{6}-[0-9a-f]{4}$"_s).match(id).hasMatch(), qPrintable(id));
        QVERIFY(JobStore::isValidJobId(id));
        QVERIFY(store.createJob(makeJob(id)));
        QVERIFY(store.newJobId() != id || !store.job(store.newJobId()));
    }

    void settingsNeverHoldSecrets_data()
    {
        QTest::addColumn<QString>("keyName");
        QTest::addRow("apiKey") << u"apiKey"_s;
        QTest::addRow("API_KEY") << u"API_KEY"_s;
        QTest::addRow("workos_api_key") << u"workos_api_key"_s;
        QTest::addRow("clientSecret") << u"clientSecret"_s;
        QTest::addRow("token") << u"accessToken"_s;
        QTest::addRow("password") << u"Password"_s;
    }
    void settingsNeverHoldSecrets()
    {
        QFETCH(QString, keyName);
        const QString path = freshPath();
        JobStore store(path);
        QVERIFY(store.open());
        const QString secret = u"s3cr3t-value-for-"_s + keyName;
        QJsonObject settings {
            {u"workers"_s, 4},
            {keyName, secret},
            {u"org"_s, QJsonObject {{keyName, secret}, {u"default_role"_s, u"member"_s}}},
            {u"headers"_s, QJsonArray {QJsonObject {{keyName, secret}}, u"plain"_s}},
            // A WorkOS key under an innocent name is caught by its shape.
            {u"note"_s, u"sk_test_a1B2c3D4e5F6g7H8i9"_s},
            // Mappings name CSV headers in values, so a "password" column survives.
            {u"mapping"_s, QJsonArray {QJsonObject {{u"column"_s, u"Password Hash"_s}, {u"field"_s, u"password_hash"_s}}}},
        };
        JobRecord job = makeJob(u"job-secret"_s);
        job.settings = settings;
        job.lastError = u"refused key sk_live_ZZZZ9999yyyy8888"_s;
        capturedLog().clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const bool created = store.createJob(job);
        qInstallMessageHandler(previous);
        QVERIFY(created);
        // The log names what was dropped, never the value.
        QCOMPARE(capturedLog().size(), 1);
        QVERIFY(capturedLog().first().contains(keyName));
        QVERIFY(!capturedLog().first().contains(secret));
        QVERIFY(!capturedLog().first().contains(u"sk_test"_s));

        const QJsonObject stored = store.job(u"job-secret"_s)->settings;
        QVERIFY(!stored.contains(keyName));
        QCOMPARE(stored.value(u"workers"_s).toInt(), 4);
        QCOMPARE(stored.value(u"org"_s).toObject(), QJsonObject({{u"default_role"_s, u"member"_s}}));
        QCOMPARE(stored.value(u"headers"_s).toArray(), QJsonArray({QJsonObject(), u"plain"_s}));
        QVERIFY(!stored.contains(u"note"_s));
        QCOMPARE(stored.value(u"mapping"_s), settings.value(u"mapping"_s));
        QVERIFY(!store.job(u"job-secret"_s)->lastError.contains(u"ZZZZ9999"_s));

        // updateSettings is guarded the same way.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^settings entries that may hold secrets"_s));
        QVERIFY(store.updateSettings(u"job-secret"_s, QJsonObject {{keyName, secret}, {u"workers"_s, 8}}));
        QCOMPARE(store.job(u"job-secret"_s)->settings, QJsonObject({{u"workers"_s, 8}}));

        // And nothing of it reached the disk (database file and WAL).
        store.close();
        const QByteArray bytes = fileBytes(path) + fileBytes(path + u"-wal"_s);
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(secret.toUtf8()));
        QVERIFY(!bytes.contains("sk_test_a1B2c3D4e5F6g7H8i9"));
        QVERIFY(!bytes.contains("ZZZZ9999yyyy8888"));
    }

    void chunksClaimAndRequeue()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"job"_s)));
        QList<ChunkRecord> plan;
        for (int i = 0; i < 3; ++i)
            plan.append(ChunkRecord {.index = i, .firstRow = i * 10 + 1, .lastRow = i * 10 + 10,
                                     .byteOffset = 100 + i * 500, .line = i * 10 + 2, .rowCount = 10});
        QString error;
        QVERIFY2(store.addChunks(u"job"_s, plan, &error), qPrintable(error));
        QVERIFY(!store.addChunks(u"job"_s, {plan[0]})); // an index only once
        QVERIFY(!store.addChunks(u"nojob"_s, plan));

        QList<ChunkRecord> stored = store.chunks(u"job"_s);
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored[2].byteOffset, 1100);
        QCOMPARE(stored[2].line, 22);
        QCOMPARE(stored[2].state, ChunkState::Pending);
        QCOMPARE(stored[2].jobId, u"job"_s);

        auto c0 = store.claimNextChunk(u"job"_s, u"w1"_s);
        QVERIFY(c0);
        QCOMPARE(c0->index, 0);
        QCOMPARE(c0->state, ChunkState::InProgress);
        QCOMPARE(c0->attempts, 1);
        QCOMPARE(c0->workerId, u"w1"_s);
        QCOMPARE(c0->firstRow, 1);
        auto c1 = store.claimNextChunk(u"job"_s, u"w2"_s);
        QCOMPARE(c1->index, 1);
        QVERIFY(store.setChunkState(u"job"_s, 0, ChunkState::Done, u"w1"_s));
        QVERIFY(!store.setChunkState(u"job"_s, 9, ChunkState::Done));

        // A crash leaves chunk 1 in progress; requeue gives it back.
        QCOMPARE(store.requeueInProgressChunks(u"job"_s), 1);
        QCOMPARE(store.requeueInProgressChunks(u"job"_s), 0);
        stored = store.chunks(u"job"_s);
        QCOMPARE(stored[0].state, ChunkState::Done);
        QCOMPARE(stored[1].state, ChunkState::Pending);
        QCOMPARE(stored[1].workerId, QString());
        auto again = store.claimNextChunk(u"job"_s, u"w3"_s);
        QCOMPARE(again->index, 1);
        QCOMPARE(again->attempts, 2);
        QCOMPARE(store.claimNextChunk(u"job"_s, u"w3"_s)->index, 2);
        QVERIFY(!store.claimNextChunk(u"job"_s, u"w3"_s));
        QVERIFY(store.lastError().isEmpty()); // an empty queue is not an error
        QCOMPARE(store.chunks(u"job"_s).at(1), *again);
    }

    void claimsFromTwoThreadsNeverOverlap()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.createJob(makeJob(u"job"_s)));
            QList<ChunkRecord> plan;
            for (int i = 0; i < 60; ++i)
                plan.append(ChunkRecord {.index = i, .firstRow = i + 1, .lastRow = i + 1, .rowCount = 1});
            QVERIFY(store.addChunks(u"job"_s, plan));
        }
        QList<int> claimed[2];
        QString errors[2];
        auto worker = [&](int n) {
            JobStore store(path); // one connection per thread
            if (!store.open(&errors[n]))
                return;
            while (auto c = store.claimNextChunk(u"job"_s, u"w%1"_s.arg(n)))
                claimed[n].append(c->index);
            errors[n] = store.lastError();
        };
        std::unique_ptr<QThread> a(QThread::create(worker, 0));
        std::unique_ptr<QThread> b(QThread::create(worker, 1));
        a->start();
        b->start();
        QVERIFY(a->wait(30000));
        QVERIFY(b->wait(30000));
        QVERIFY2(errors[0].isEmpty(), qPrintable(errors[0]));
        QVERIFY2(errors[1].isEmpty(), qPrintable(errors[1]));
        QList<int> all = claimed[0] + claimed[1];
        std::sort(all.begin(), all.end());
        QCOMPARE(all.size(), 60);
        for (int i = 0; i < 60; ++i)
            QCOMPARE(all[i], i);
    }

    void outcomesUpsertAndFinalRows()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"job"_s)));
        QList<RowOutcome> batch {
            makeOutcome(u"job"_s, 1, Outcome::Created),
            makeOutcome(u"job"_s, 2, Outcome::Existed),
            makeOutcome(u"job"_s, 3, Outcome::MembershipAdded),
            makeOutcome(u"job"_s, 4, Outcome::MembershipExisted),
            makeOutcome(u"job"_s, 5, Outcome::DuplicateSkipped),
            makeOutcome(u"job"_s, 6, Outcome::Invalid),
            makeOutcome(u"job"_s, 7, Outcome::Failed, /*retryable*/ true),
            makeOutcome(u"job"_s, 8, Outcome::Failed, /*retryable*/ false),
        };
        batch[0].userId = u"user_1"_s;
        batch[0].email = u"  Alice@Example.COM "_s;
        QString error;
        QVERIFY2(store.recordOutcomes(batch, &error), qPrintable(error));

        QCOMPARE(store.finalRows(u"job"_s, 1, 8), (QSet<qint64> {1, 2, 3, 4, 5, 6, 8}));
        QCOMPARE(store.finalRows(u"job"_s, 2, 3), (QSet<qint64> {2, 3}));
        QCOMPARE(store.finalRows(u"job"_s, 9, 100), QSet<qint64>());
        for (const RowOutcome &o : batch)
            QCOMPARE(store.finalRows(u"job"_s, o.row, o.row).contains(o.row), o.isFinal());

        // Stored exactly (Created implies a created user).
        auto eight = store.outcome(u"job"_s, 8);
        QVERIFY(eight);
        RowOutcome expected = batch[7];
        expected.updatedAt = eight->updatedAt;
        QCOMPARE(*eight, expected);
        QCOMPARE(store.outcome(u"job"_s, 1)->user, UserResult::Created);
        // An outcome with a user id feeds the users map in the same transaction.
        QCOMPARE(store.userId(u"job"_s, u"alice@example.com"_s), std::optional<QString>(u"user_1"_s));

        // Upsert: the retried row 7 now succeeded.
        RowOutcome seven = makeOutcome(u"job"_s, 7, Outcome::MembershipAdded);
        seven.user = UserResult::Existed;
        seven.attempts = 3;
        QVERIFY(store.recordOutcomes({seven}));
        QCOMPARE(store.outcome(u"job"_s, 7)->outcome, Outcome::MembershipAdded);
        QCOMPARE(store.outcome(u"job"_s, 7)->attempts, 3);
        QCOMPARE(store.outcome(u"job"_s, 7)->code, QString());
        QCOMPARE(store.finalRows(u"job"_s, 1, 8).size(), 8);

        // Failed rows for the report: invalid and failed, in row order.
        QVERIFY(store.recordOutcomes({makeOutcome(u"job"_s, 9, Outcome::Failed, true)}));
        QList<qint64> rows;
        for (const RowOutcome &o : store.failedRows(u"job"_s))
            rows.append(o.row);
        QCOMPARE(rows, (QList<qint64> {6, 8, 9}));
        const QList<RowOutcome> retry = store.failedRows(u"job"_s, true);
        QCOMPARE(retry.size(), 1);
        QCOMPARE(retry[0].row, 9);
        QCOMPARE(retry[0].requestId, u"req_9"_s);
        QCOMPARE(retry[0].httpStatus, 429);

        // Streaming stops when the callback says so.
        int seen = 0;
        QVERIFY(store.forEachFailedRow(u"job"_s, [&seen](const RowOutcome &) { return ++seen < 2; }));
        QCOMPARE(seen, 2);
        QVERIFY(!store.forEachFailedRow(u"nojob"_s, [](const RowOutcome &) { return true; }));
    }

    void countsFromOutcomes()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        JobRecord job = makeJob(u"job"_s);
        job.counters.totalRows = 12;
        job.counters.valid = 10;
        job.counters.retries = 5;
        job.counters.rateLimited = 2;
        job.counters.created = 999; // stale: recomputed
        QVERIFY(store.createJob(job));
        QList<RowOutcome> batch;
        qint64 row = 0;
        auto add = [&](Outcome o, UserResult user, bool retryable = false) {
            RowOutcome r = makeOutcome(u"job"_s, ++row, o, retryable);
            r.user = user;
            batch.append(r);
        };
        add(Outcome::Created, UserResult::None);          // created user
        add(Outcome::Existed, UserResult::None);          // existing user
        add(Outcome::MembershipAdded, UserResult::Created);
        add(Outcome::MembershipAdded, UserResult::Created);
        add(Outcome::MembershipAdded, UserResult::Existed);
        add(Outcome::MembershipExisted, UserResult::Existed);
        add(Outcome::DuplicateSkipped, UserResult::None);
        add(Outcome::Invalid, UserResult::None);
        add(Outcome::Invalid, UserResult::None);
        add(Outcome::Failed, UserResult::None, true);
        add(Outcome::Failed, UserResult::Created);        // user made, membership failed
        QVERIFY(store.recordOutcomes(batch));

        JobCounters expected;
        expected.totalRows = 12;
        expected.valid = 10;
        expected.retries = 5;
        expected.rateLimited = 2;
        expected.created = 4;
        expected.existed = 3;
        expected.membershipsAdded = 3;
        expected.membershipExisted = 1;
        expected.duplicatesSkipped = 1;
        expected.invalid = 2;
        expected.failed = 2;
        QCOMPARE(store.countOutcomes(u"job"_s), expected);
        QCOMPARE(store.countOutcomes(u"nojob"_s), JobCounters());
    }

    void batchIsAllOrNothing()
    {
        const QString path = freshPath();
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"keep"_s)));
        QVERIFY(store.createJob(makeJob(u"gone"_s)));
        QVERIFY(store.recordOutcomes({makeOutcome(u"gone"_s, 1, Outcome::Created)})); // caches its key

        // Another connection deletes and re-creates "gone": the cached key is stale and the
        // second insert of the next batch fails; the first must be rolled back with it.
        {
            JobStore other(path);
            QVERIFY(other.open());
            QVERIFY(other.deleteJob(u"gone"_s));
            QVERIFY(other.createJob(makeJob(u"gone"_s)));
        }
        QString error;
        QVERIFY(!store.recordOutcomes({makeOutcome(u"keep"_s, 1, Outcome::Created),
                                       makeOutcome(u"gone"_s, 2, Outcome::Created)}, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!store.outcome(u"keep"_s, 1));
        // The next attempt looks the key up again and succeeds.
        QVERIFY2(store.recordOutcomes({makeOutcome(u"keep"_s, 1, Outcome::Created),
                                       makeOutcome(u"gone"_s, 2, Outcome::Created)}, &error), qPrintable(error));
        QVERIFY(store.outcome(u"keep"_s, 1));
        QVERIFY(store.outcome(u"gone"_s, 2));
        QVERIFY(!store.recordOutcomes({makeOutcome(u"nojob"_s, 1, Outcome::Created)}));
    }

    void usersAndOrgsMaps()
    {
        JobStore store(freshPath());
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"job"_s)));
        QVERIFY(store.createJob(makeJob(u"other"_s)));
        QVERIFY(store.putUser(u"job"_s, u"Bob@Example.com"_s, u"user_b"_s));
        QVERIFY(store.putUser(u"job"_s, u"carol@example.com"_s, u"user_c"_s));
        QVERIFY(store.putUser(u"job"_s, u"carol@example.com"_s, u"user_c2"_s)); // overwrite
        QCOMPARE(store.userId(u"job"_s, u"BOB@example.COM"_s), std::optional<QString>(u"user_b"_s));
        QVERIFY(!store.userId(u"other"_s, u"bob@example.com"_s));
        QVERIFY(!store.userId(u"job"_s, u"dave@example.com"_s));
        const QHash<QString, QString> expected {{u"bob@example.com"_s, u"user_b"_s},
                                                {u"carol@example.com"_s, u"user_c2"_s}};
        QCOMPARE(store.users(u"job"_s), expected);
        QVERIFY(!store.putUser(u"nojob"_s, u"x@example.com"_s, u"u"_s));

        OrgEntry acme {.key = u"ext:acme"_s, .organizationId = u"org_1"_s, .name = u"Acme"_s,
                       .resolution = OrgResolution::Created};
        OrgEntry broken {.key = u"id:org_missing"_s, .resolution = OrgResolution::Failed,
                         .error = u"Organization not found"_s};
        QVERIFY(store.putOrg(u"job"_s, acme));
        QVERIFY(store.putOrg(u"job"_s, broken));
        QVERIFY(!store.putOrg(u"job"_s, OrgEntry {}));
        QList<OrgEntry> orgs = store.orgs(u"job"_s);
        QCOMPARE(orgs.size(), 2);
        QCOMPARE(orgs[0].key, u"ext:acme"_s);
        QCOMPARE(orgs[0].organizationId, u"org_1"_s);
        QCOMPARE(orgs[0].name, u"Acme"_s);
        QCOMPARE(orgs[0].resolution, OrgResolution::Created);
        QCOMPARE(orgs[1].resolution, OrgResolution::Failed);
        QCOMPARE(orgs[1].error, u"Organization not found"_s);
        // Re-resolving a failed organization replaces its entry.
        broken.organizationId = u"org_2"_s;
        broken.resolution = OrgResolution::Existed;
        broken.error.clear();
        QVERIFY(store.putOrg(u"job"_s, broken));
        const auto found = store.org(u"job"_s, u"id:org_missing"_s);
        QVERIFY(found);
        QCOMPARE(found->organizationId, u"org_2"_s);
        QCOMPARE(found->resolution, OrgResolution::Existed);
        QCOMPARE(found->error, QString());
        QVERIFY(store.orgs(u"other"_s).isEmpty());
    }

    void defaultPathFollowsXdgDataHome()
    {
        const QByteArray saved = qgetenv("XDG_DATA_HOME");
        const bool wasSet = qEnvironmentVariableIsSet("XDG_DATA_HOME");
        const QString home = m_dir.filePath(u"xdg-data"_s);
        QVERIFY(QDir().mkpath(home));
        qputenv("XDG_DATA_HOME", QFile::encodeName(home));
        const QString path = JobStore::defaultPath();
        if (wasSet)
            qputenv("XDG_DATA_HOME", saved);
        else
            qunsetenv("XDG_DATA_HOME");
        QCOMPARE(path, home + u"/workos-migration-wizard/jobs.sqlite"_s);
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(JobStore::pathInDirectory(u"/tmp/cp"_s), u"/tmp/cp/jobs.sqlite"_s);
    }

    // A job whose lock another holder has (a runner planning or importing it, in this process
    // or another) is never deleted; the holder itself may delete it with its lock.
    void deleteRefusesAJobSomeoneHolds()
    {
        const QString path = freshPath();
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"held"_s)));
        QVERIFY(!JobLock::isHeld(path, u"held"_s));
        JobLock runner(path, u"held"_s);
        QVERIFY(runner.tryLock());
        QVERIFY(JobLock::isHeld(path, u"held"_s));
        JobLock second(path, u"held"_s);
        QVERIFY(!second.tryLock()); // a second holder in the same process is refused too
        QVERIFY(!second.holder().isEmpty());

        QString error;
        QVERIFY(!store.deleteJob(u"held"_s, &error));
        QVERIFY2(error.contains(u"running in another"_s), qPrintable(error));
        QVERIFY(store.job(u"held"_s));

        QVERIFY(store.deleteJob(u"held"_s, &error, &runner)); // its holder may
        QVERIFY(!store.job(u"held"_s));

        QVERIFY(store.createJob(makeJob(u"held"_s)));
        runner.unlock();
        QVERIFY(!JobLock::isHeld(path, u"held"_s));
        QVERIFY2(store.deleteJob(u"held"_s, &error), qPrintable(error));
        QVERIFY(!JobLock::isHeld(path, u"held"_s)); // the deletion's own lock is gone again
    }

    // Every reading function lets the caller tell "none" (success, empty) from "could not
    // read" (a job that is not there, a database error): an empty answer is never success by
    // default.
    void readsTellNoneFromError()
    {
        const QString path = freshPath();
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"empty"_s)));

        auto expectNone = [&](const QString &id) {
            QString error = u"stale"_s;
            QVERIFY(store.chunks(id, &error).isEmpty());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            QVERIFY(store.finalRows(id, 1, 100, &error).isEmpty());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            QCOMPARE(store.countFinalRows(id, &error), 0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            QVERIFY(store.failedRows(id, false, &error).isEmpty());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            QVERIFY(store.orgs(id, &error).isEmpty());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            QVERIFY(store.users(id, &error).isEmpty());
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            QVERIFY(!store.claimNextChunk(id, u"w"_s, &error));
            QVERIFY2(error.isEmpty(), qPrintable(error));
            error = u"stale"_s;
            const auto counts = store.countRowsByOutcome(id, &error);
            QVERIFY2(counts && counts->empty(), qPrintable(error));
            error = u"stale"_s;
            QCOMPARE(store.countOutcomes(id, &error).totalRows, 0);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        };
        auto expectError = [&](const QString &id) {
            QString error;
            store.chunks(id, &error);
            QVERIFY2(!error.isEmpty(), "chunks() of a missing job must be an error");
            error.clear();
            store.finalRows(id, 1, 100, &error);
            QVERIFY2(!error.isEmpty(), "finalRows() of a missing job must be an error");
            error.clear();
            QCOMPARE(store.countFinalRows(id, &error), -1);
            QVERIFY(!error.isEmpty());
            error.clear();
            store.failedRows(id, false, &error);
            QVERIFY2(!error.isEmpty(), "failedRows() of a missing job must be an error");
            error.clear();
            store.orgs(id, &error);
            QVERIFY2(!error.isEmpty(), "orgs() of a missing job must be an error");
            error.clear();
            store.users(id, &error);
            QVERIFY2(!error.isEmpty(), "users() of a missing job must be an error");
            error.clear();
            QVERIFY(!store.claimNextChunk(id, u"w"_s, &error));
            QVERIFY2(!error.isEmpty(), "claimNextChunk() of a missing job must be an error");
            error.clear();
            QVERIFY(!store.countRowsByOutcome(id, &error));
            QVERIFY(!error.isEmpty());
            error.clear();
            store.countOutcomes(id, &error);
            QVERIFY2(!error.isEmpty(), "countOutcomes() of a missing job must be an error");
        };
        expectNone(u"empty"_s);
        expectError(u"nojob"_s);
        QString error = u"stale"_s;
        QVERIFY(!store.job(u"nojob"_s, &error));
        QVERIFY2(error.isEmpty(), "no such job is not an error of job()");

        // A job deleted by another connection after this one cached its key reads as gone,
        // not as a job with no chunks and no outcomes.
        QVERIFY(store.addChunks(u"empty"_s, {ChunkRecord {u"empty"_s, 0, 1, 10, 100, 2, 10}}));
        QCOMPARE(store.chunks(u"empty"_s).size(), 1);
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"DELETE FROM jobs WHERE id = 'empty'"_s));
        }
        expectError(u"empty"_s);

        // A closed store is an error for every read.
        store.close();
        expectError(u"empty"_s);
        error.clear();
        QVERIFY(!store.job(u"empty"_s, &error));
        QVERIFY(!error.isEmpty());
    }

    // Chunks marked done whose rows have no outcome go back to pending.
    void incompleteChunksAreRequeued()
    {
        const QString path = freshPath();
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"job"_s)));
        QVERIFY(store.addChunks(u"job"_s, {ChunkRecord {u"job"_s, 0, 1, 3, 10, 2, 3, ChunkState::Done},
                                           ChunkRecord {u"job"_s, 1, 4, 6, 40, 5, 3, ChunkState::Done}}));
        QVERIFY(store.recordOutcomes({makeOutcome(u"job"_s, 1, Outcome::Created), makeOutcome(u"job"_s, 2, Outcome::Created),
                                      makeOutcome(u"job"_s, 3, Outcome::Invalid), makeOutcome(u"job"_s, 4, Outcome::Created)}));
        QString error;
        QCOMPARE(store.requeueIncompleteChunks(u"job"_s, &error), 1);
        const QList<ChunkRecord> chunks = store.chunks(u"job"_s);
        QCOMPARE(chunks.at(0).state, ChunkState::Done);
        QCOMPARE(chunks.at(1).state, ChunkState::Pending);
        const auto counts = store.countRowsByOutcome(u"job"_s, &error);
        QVERIFY(counts);
        QCOMPARE(counts->at(Outcome::Created), 3);
        QCOMPARE(counts->at(Outcome::Invalid), 1);
    }

    // The chunk hash is XXH64 (seed 0): the values of the reference implementation (libxxhash
    // 0.8.1), whole and fed in pieces of every size.
    void chunkHashIsXxh64_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<quint64>("expected");
        QByteArray all;
        for (int i = 0; i < 256; ++i)
            all.append(char(i));
        QTest::addRow("empty") << QByteArray() << quint64(0xef46db3751d8e999ULL);
        QTest::addRow("a") << QByteArray("a") << quint64(0xd24ec4f1a98c6e5bULL);
        QTest::addRow("abc") << QByteArray("abc") << quint64(0x44bc2cf5ad770999ULL);
        QTest::addRow("33 bytes") << QByteArray("0123456789abcdef0123456789abcdef0") << quint64(0xe87684f08d6d0816ULL);
        QTest::addRow("every byte x5") << all.repeated(5) << quint64(0xafc184ad7938a354ULL);
    }

    void chunkHashIsXxh64()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(quint64, expected);
        QCOMPARE(ChunkHash::of(bytes), expected);
        QCOMPARE(ChunkHash::toHex(expected).size(), 16);
        for (int piece = 1; piece <= 40; ++piece) {
            ChunkHash h;
            for (qsizetype at = 0; at < bytes.size(); at += piece)
                h.addData(QByteArrayView(bytes).sliced(at, std::min<qsizetype>(piece, bytes.size() - at)));
            QCOMPARE(h.value(), expected);
        }
        // A range of a file hashes like the same bytes in memory.
        QTemporaryFile f;
        QVERIFY(f.open());
        f.write("xx" + bytes + "yy");
        f.flush();
        QCOMPARE(ChunkHash::ofRange(f, 2, bytes.size()), std::optional<quint64>(expected));
        QVERIFY(!ChunkHash::ofRange(f, 2, bytes.size() + 10)); // past the end: not the same bytes
    }

    // A store written by the previous version (schema 1) opens, is migrated to schema 2 with
    // its jobs and chunks intact (no chunk hashes, plan version 1), and new jobs keep every
    // new field.
    void schemaOneStoresAreMigrated()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QVERIFY(store.open());
            QVERIFY(store.createJob(makeJob(u"old"_s)));
            QVERIFY(store.addChunks(u"old"_s, {ChunkRecord {u"old"_s, 0, 1, 10, 100, 2, 10}}));
            QVERIFY(store.recordOutcomes({makeOutcome(u"old"_s, 3, Outcome::Invalid)}));
        }
        {
            // Back to what version 1 wrote.
            RawConnection raw(path);
            QVERIFY(raw.ok());
            for (const QString &sql : {u"DROP TABLE job_roles"_s, u"ALTER TABLE jobs DROP COLUMN ids_recorded"_s,
                                       u"ALTER TABLE row_outcomes DROP COLUMN external_id"_s,
                                       u"ALTER TABLE row_outcomes DROP COLUMN membership_id"_s,
                                       u"DROP TABLE planned_orgs"_s, u"ALTER TABLE jobs DROP COLUMN plan_version"_s,
                                       u"ALTER TABLE jobs DROP COLUMN csv_mtime"_s, u"ALTER TABLE jobs DROP COLUMN header_hash"_s,
                                       u"ALTER TABLE chunks DROP COLUMN byte_end"_s,
                                       u"ALTER TABLE chunks DROP COLUMN content_hash"_s,
                                       u"ALTER TABLE jobs DROP COLUMN users_updated"_s, u"PRAGMA user_version = 1"_s})
                QVERIFY2(raw.exec(sql), qPrintable(sql));
        }
        JobStore store(path);
        QString error;
        QVERIFY2(store.open(&error), qPrintable(error));
        QCOMPARE(store.schemaVersion(), 4);
        const auto old = store.job(u"old"_s);
        QVERIFY(old);
        QCOMPARE(old->planVersion, 1);
        QVERIFY(old->headerHash.isEmpty());
        QCOMPARE(old->csvSha256, u"ab"_s.repeated(32));
        const QList<ChunkRecord> oldChunks = store.chunks(u"old"_s);
        QCOMPARE(oldChunks.size(), 1);
        QCOMPARE(oldChunks.first().byteOffset, 100);
        QVERIFY(oldChunks.first().contentHash.isEmpty());
        QCOMPARE(store.outcome(u"old"_s, 3)->outcome, Outcome::Invalid);

        JobRecord fresh = makeJob(u"new"_s);
        fresh.planVersion = CurrentPlanVersion;
        fresh.csvModified = QDateTime::fromMSecsSinceEpoch(1764400000123, Qt::UTC);
        fresh.headerHash = u"0123456789abcdef"_s;
        QVERIFY(store.createJob(fresh));
        ChunkRecord c {u"new"_s, 0, 1, 10, 100, 2, 10};
        c.byteEnd = 900;
        c.contentHash = u"fedcba9876543210"_s;
        QVERIFY(store.addChunks(u"new"_s, {c}));
        const auto back = store.job(u"new"_s);
        QCOMPARE(back->planVersion, CurrentPlanVersion);
        QCOMPARE(back->csvModified, fresh.csvModified);
        QCOMPARE(back->headerHash, fresh.headerHash);
        QCOMPARE(store.chunks(u"new"_s).first().byteEnd, 900);
        QCOMPARE(store.chunks(u"new"_s).first().contentHash, c.contentHash);
        const QList<PlannedOrg> orgs {{u"org_1"_s, {}, {}}, {{}, u"acme"_s, u"Acme"_s}};
        QVERIFY(store.setPlannedOrgs(u"new"_s, orgs));
        QCOMPARE(store.plannedOrgs(u"new"_s), orgs);
        QVERIFY(store.plannedOrgs(u"old"_s, &error).isEmpty());
        QVERIFY(error.isEmpty());
    }

    void schemaVersionAndPragmas()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QVERIFY(store.open());
            QCOMPARE(store.schemaVersion(), JobStore::SchemaVersion);
            QCOMPARE(store.schemaVersion(), 4);
            QVERIFY(store.createJob(makeJob(u"job"_s)));
        }
        // Emails live here: only the owner may read the file.
        const QFile::Permissions perms = QFile::permissions(path);
        QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther)));
        {
            RawConnection raw(path);
            QCOMPARE(raw.scalar(u"PRAGMA user_version"_s).toInt(), JobStore::SchemaVersion);
            QCOMPARE(raw.scalar(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        }
        {
            JobStore again(path); // reopening migrates nothing and keeps the data
            QVERIFY(again.open());
            QVERIFY(again.job(u"job"_s));
        }
        {
            RawConnection raw(path);
            QVERIFY(raw.exec(u"PRAGMA user_version = 99"_s));
        }
        JobStore newer(path);
        QString error;
        QVERIFY(!newer.open(&error));
        QVERIFY2(error.contains(u"newer version"_s), qPrintable(error));
        QVERIFY(!newer.isOpen());
    }

    void readersSeeOnlyCommittedAndWritersWait()
    {
        const QString path = freshPath();
        JobStore store(path);
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"job-1"_s)));

        // Another connection (think: the running import) holds an open write transaction.
        QSemaphore locked, release;
        QString threadError;
        std::unique_ptr<QThread> writer(QThread::create([&] {
            RawConnection raw(path);
            if (!raw.exec(u"BEGIN IMMEDIATE"_s)
                || !raw.exec(u"UPDATE jobs SET name = 'changed' WHERE id = 'job-1'"_s))
                threadError = u"cannot lock"_s;
            locked.release();
            release.acquire();
            QThread::msleep(300); // the main thread is now waiting for the lock
            if (!raw.exec(u"COMMIT"_s))
                threadError = u"cannot commit"_s;
        }));
        writer->start();
        locked.acquire();
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
        // WAL: reading goes on, and sees only what was committed.
        QCOMPARE(store.job(u"job-1"_s)->name, u"Import of job-1"_s);
        QCOMPARE(store.jobs().size(), 1);
        // Writing waits for the lock (busy timeout) instead of failing.
        release.release();
        QString error;
        QVERIFY2(store.createJob(makeJob(u"job-2"_s), &error), qPrintable(error));
        QVERIFY(writer->wait(10000));
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
        QCOMPARE(store.job(u"job-1"_s)->name, u"changed"_s);
    }

    void committedBatchesSurviveSigkill()
    {
        const QString path = freshPath();
        {
            JobStore store(path);
            QVERIFY(store.open());
            for (int round = 0; round < 3; ++round)
                QVERIFY(store.createJob(makeJob(u"crash-%1"_s.arg(round))));
        }
        for (int round = 0; round < 3; ++round) {
            const QString jobId = u"crash-%1"_s.arg(round);
            QProcess child;
            child.setProgram(QCoreApplication::applicationFilePath());
            child.setArguments({u"--crash-child"_s, path, jobId});
            child.start();
            QVERIFY(child.waitForStarted(10000));
            // Wait for the first commit, then kill at a random moment.
            QByteArray out;
            while (!out.contains("committed") && child.state() == QProcess::Running) {
                child.waitForReadyRead(1000);
                out += child.readAllStandardOutput();
            }
            QVERIFY2(out.contains("committed"), child.readAllStandardError().constData());
            const int delayMs = QRandomGenerator::global()->bounded(20, 400);
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < delayMs) {
                child.waitForReadyRead(10);
                out += child.readAllStandardOutput();
            }
            child.kill(); // SIGKILL
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            out += child.readAllStandardOutput();

            int lastReported = -1;
            for (const QByteArray &line : out.split('\n')) {
                if (line.startsWith("committed "))
                    lastReported = line.mid(10).toInt();
            }
            QVERIFY(lastReported >= 0);

            JobStore store(path);
            QString error;
            QVERIFY2(store.open(&error), qPrintable(error));
            int present = 0;
            bool gap = false;
            for (int batch = 0; batch <= lastReported + 5; ++batch) {
                const qint64 first = qint64(batch) * CrashBatchSize + 1;
                const int n = int(store.finalRows(jobId, first, first + CrashBatchSize - 1).size());
                // Never half a batch.
                QVERIFY2(n == 0 || n == CrashBatchSize, qPrintable(u"batch %1 has %2 rows"_s.arg(batch).arg(n)));
                if (n == CrashBatchSize) {
                    QVERIFY2(!gap, "a batch is present after a missing one");
                    ++present;
                } else {
                    gap = true;
                }
            }
            // Every reported commit is there; at most one more (committed, not yet printed).
            QVERIFY2(present == lastReported + 1 || present == lastReported + 2,
                     qPrintable(u"reported %1, present %2"_s.arg(lastReported + 1).arg(present)));
            QCOMPARE(store.users(jobId).size(), present * CrashBatchSize);
            RawConnection raw(path);
            QCOMPARE(raw.scalar(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
            qInfo("round %d: killed after %d ms, %d batches reported, %d present", round, delayMs,
                  lastReported + 1, present);
        }
    }

    void recordOutcomesThroughput()
    {
        // A measurement, not an assertion: rows/s for batches of 500.
        JobStore store(freshPath());
        QVERIFY(store.open());
        QVERIFY(store.createJob(makeJob(u"bench"_s)));
        constexpr int Batches = 60;
        QList<QList<RowOutcome>> batches;
        for (int b = 0; b < Batches; ++b)
            batches.append(crashBatch(u"bench"_s, b));
        QElapsedTimer t;
        t.start();
        for (const auto &batch : batches)
            QVERIFY(store.recordOutcomes(batch));
        const qint64 insertMs = std::max<qint64>(1, t.restart());
        for (const auto &batch : batches)
            QVERIFY(store.recordOutcomes(batch)); // upserts of existing rows
        const qint64 upsertMs = std::max<qint64>(1, t.elapsed());
        const qint64 rows = qint64(Batches) * CrashBatchSize;
        qInfo("recordOutcomes, batches of %d: insert %lld rows in %lld ms (%lld rows/s); "
              "update %lld rows in %lld ms (%lld rows/s)",
              CrashBatchSize, rows, insertMs, rows * 1000 / insertMs, rows, upsertMs, rows * 1000 / upsertMs);
        QCOMPARE(store.countOutcomes(u"bench"_s).membershipsAdded, rows);
    }

    void fileHash()
    {
        const QString path = m_dir.filePath(u"abc.csv"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("abc");
        f.close();
        const FileHash sync = sha256OfFile(path);
        QVERIFY(sync.ok());
        QCOMPARE(sync.sha256, u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QCOMPARE(sync.size, 3);
        QFuture<FileHash> future = sha256OfFileAsync(path);
        future.waitForFinished();
        QCOMPARE(future.result().sha256, sync.sha256);
        QVERIFY(!sha256OfFile(m_dir.filePath(u"missing.csv"_s)).ok());
        QVERIFY(!sha256OfFile(path, [](qint64, qint64) { return false; }).ok()); // cancelled

        QVERIFY(looksLikeApiKey(u"sk_test_a1B2c3D4e5F6g7H8"_s));
        QVERIFY(!looksLikeApiKey(u"user_01H"_s));
        QCOMPARE(redactSecrets(u"key sk_live_abcdefgh1234 refused"_s), u"key sk_…[redacted] refused"_s);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--crash-child") == 0)
        return crashChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestJobStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jobstore.moc"
