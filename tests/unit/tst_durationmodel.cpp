// The duration model (Engine::DurationModel): the number a person plans a maintenance window
// with. Pinned on the benchmark's shapes (bench/bench_estimate.sh) with the expected values
// worked out here from the rules (budgets, margin, request sequences), not taken from the
// model's output; and held to what Api::RateLimiter really does with a fake clock.
#include "api/ratelimiter.h"
#include "engine/planning/durationmodel.h"

#include <QtTest/QtTest>

#include <cmath>

using namespace std::chrono;
using Engine::DurationEstimate;
using Engine::DurationInput;
using Engine::DurationModel;
using Engine::DurationObservation;

Q_DECLARE_METATYPE(Engine::DurationInput)

namespace {

// 500 writes per 10 s with the 0.98 margin: floor(490) per 10 s, 49 a second.
constexpr double WritesPerSecond = 49.0;
constexpr double ReadsPerSecond = 98.0;     // floor(1000 × 0.98) per 10 s
constexpr double GeneralPerSecond = 98.0;   // floor(6000 × 0.98) per 60 s
constexpr double Overhead = DurationModel::RequestOverheadSeconds;

DurationInput shape(qint64 rows, qint64 users, qint64 memberships, qint64 existing, qint64 orgs, int workers,
                    int inFlight, double latency)
{
    DurationInput in;
    in.rows = rows;
    in.distinctUsers = users;
    in.memberships = memberships;
    in.existingUsers = existing;
    in.organizationsToRead = orgs;
    in.organizationsToCreate = orgs;
    in.workers = workers;
    in.rowsInFlight = inFlight;
    in.chunkSize = 1000;
    in.latencySeconds = latency;
    in.latencyObserved = true;
    return in;
}

// Paced slots from the first: request n (1-based) goes out (n - 1) / rate after the first
// and is answered one request time later.
double pacedSpan(double requests, double perSecond, double perRequest)
{
    return requests > 0 ? (requests - 1) / perSecond + perRequest : 0.0;
}

} // namespace

class TestDurationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void benchmarkShapes_data()
    {
        QTest::addColumn<DurationInput>("input");
        QTest::addColumn<double>("expected");
        QTest::addColumn<bool>("latencyBound");

        // The sandbox's --latency-ms 120 answers in 1.06 × 120 ms on average (50-150% of the
        // mean, one in fifty four times it).
        const double l = 0.1272;
        const double r = l + Overhead;
        const double start = DurationModel::StartSeconds;
        // Organizations: a read and a create each, 8 lanes, far under the general budget.
        const auto orgs = [r](double n) { return std::max(2 * n * r / 8.0, pacedSpan(2 * n, GeneralPerSecond, r)); };

        // 4,000 users, no organization: 4,000 writes at 49/s; 40 lanes would manage 310/s.
        QTest::addRow("users only") << shape(4000, 4000, 0, 0, 0, 4, 10, l)
                                    << start + pacedSpan(4000, WritesPerSecond, r) << false;
        // 3,000 users with one membership each in 30 organizations: 6,000 writes.
        QTest::addRow("one membership each") << shape(3000, 3000, 3000, 0, 30, 4, 10, l)
                                             << start + orgs(30) + pacedSpan(6000, WritesPerSecond, r) << false;
        // 1,200 users in three of 50 organizations each: 3,600 rows, 1,200 + 3,600 writes.
        QTest::addRow("three memberships each") << shape(3600, 1200, 3600, 0, 50, 4, 10, l)
                                                << start + orgs(50) + pacedSpan(4800, WritesPerSecond, r) << false;
        // 30% of 3,000 users exist: their create still costs a write (it fails), the find is a
        // read in a family of its own, so the writes (6,000) still decide.
        QTest::addRow("30 percent existing") << shape(3000, 3000, 3000, 900, 30, 4, 10, l)
                                      << start + orgs(30) + pacedSpan(6000, WritesPerSecond, r) << false;
        // 1 worker, 2 rows in flight, 300 ms answers (318 ms mean): 2 requests per 0.32 s,
        // far under 49/s. 800 users, one request each, on two lanes.
        const double slow = 0.318 + Overhead;
        QTest::addRow("latency-bound") << shape(800, 800, 0, 0, 0, 1, 2, 0.318)
                                       << start + 800 * slow / 2 << true;
    }

    void benchmarkShapes()
    {
        QFETCH(DurationInput, input);
        QFETCH(double, expected);
        QFETCH(bool, latencyBound);
        const DurationEstimate e = DurationModel::estimate(input);
        QVERIFY2(std::abs(e.seconds - expected) < 0.01,
                 qPrintable(QStringLiteral("estimate %1 s, expected %2 s").arg(e.seconds).arg(expected)));
        QCOMPARE(e.latencyBound, latencyBound);
        QVERIFY(e.lowSeconds <= e.seconds && e.seconds <= e.highSeconds);
        // An observed latency and predicted existing users: the range is the noise and a
        // little latency error, not a guess.
        QVERIFY2(e.highSeconds / e.seconds < 1.25, qPrintable(QString::number(e.highSeconds / e.seconds)));
        QVERIFY2(e.lowSeconds / e.seconds > 0.80, qPrintable(QString::number(e.lowSeconds / e.seconds)));
    }

    void nothingToDoTakesNoTime()
    {
        DurationInput in;
        const DurationEstimate e = DurationModel::estimate(in);
        QCOMPARE(e.seconds, 0.0);
        QCOMPARE(e.lowSeconds, 0.0);
        QCOMPARE(e.highSeconds, 0.0);
        QCOMPARE(DurationModel::refine(in, DurationObservation {}).seconds, 0.0);
    }

    // Every user exists already: a failed create (write), a find (read) and the membership
    // (write) per row, three answers in a row on each lane.
    void allExistingCostsAFindEach()
    {
        DurationInput in = shape(1000, 1000, 1000, 1000, 0, 1, 1, 0.1);
        const DurationEstimate e = DurationModel::estimate(in);
        const double r = 0.1 + Overhead;
        QVERIFY(e.latencyBound);
        QVERIFY(std::abs(e.importSeconds - 3000 * r) < 1e-6);
        // With 64 lanes the writes decide: 2,000 at 49/s; the 1,000 finds at 98/s do not.
        in.rowsInFlight = 64;
        const DurationEstimate fast = DurationModel::estimate(in);
        QVERIFY(!fast.latencyBound);
        QVERIFY(std::abs(fast.importSeconds - pacedSpan(2000, WritesPerSecond, r)) < 1e-6);
        // A file of finds only would be held by the read budget: 5,000 existing users, no
        // membership, 5,000 writes at 49/s, 5,000 reads at 98/s.
        const DurationInput reads = shape(5000, 5000, 0, 5000, 0, 16, 64, 0.1);
        QVERIFY(std::abs(DurationModel::estimate(reads).importSeconds - pacedSpan(5000, WritesPerSecond, r)) < 1e-6);
        QVERIFY(pacedSpan(5000, ReadsPerSecond, r) < pacedSpan(5000, WritesPerSecond, r));
    }

    // Users nobody predicted may all exist: the estimate counts none, the upper bound all.
    void unpredictedExistingUsersWidenTheRange()
    {
        DurationInput in = shape(1000, 1000, 0, 0, 0, 1, 2, 0.2);
        const DurationEstimate known = DurationModel::estimate(in);
        in.existingUsers.reset();
        const DurationEstimate unknown = DurationModel::estimate(in);
        QCOMPARE(unknown.seconds, known.seconds);
        const double r = 0.2 + Overhead;
        // Upper bound: every user a create and a find, at 1.15 × the latency, plus the noise.
        const double allExist = 2000 * (0.2 * 1.15 + Overhead) * 1.01 / 2 + 2000 * 0.01 * 0.25 / 2;
        QVERIFY(unknown.highSeconds >= (DurationModel::StartSeconds + allExist) * (1 + DurationModel::Noise) - 1e-6);
        QVERIFY(unknown.highSeconds > known.highSeconds * 1.5);
        QVERIFY(std::abs(known.importSeconds - 1000 * r / 2) < 1e-6);
    }

    // An assumed latency: the range spans half to two and a half times it.
    void assumedLatencyWidensTheRange()
    {
        DurationInput in = shape(800, 800, 0, 0, 0, 1, 2, DurationInput::AssumedLatencySeconds);
        in.latencyObserved = false;
        const DurationEstimate e = DurationModel::estimate(in);
        const double start = DurationModel::StartSeconds;
        QVERIFY(std::abs(e.lowSeconds - (start + 800 * (0.1 + Overhead) / 2) * (1 - DurationModel::Noise)) < 1e-6);
        QVERIFY(e.highSeconds >= (start + 800 * (0.5 + Overhead) / 2) * (1 + DurationModel::Noise));
    }

    // A worker without a chunk does nothing: 1,000 rows in one chunk on 4 workers run on one
    // worker's lanes.
    void idleWorkersDoNotCount()
    {
        const DurationInput in = shape(1000, 1000, 0, 0, 0, 4, 2, 0.3);
        const DurationEstimate e = DurationModel::estimate(in);
        QVERIFY(e.latencyBound);
        QVERIFY(std::abs(e.importSeconds - 1000 * (0.3 + Overhead) / 2) < 1e-6);
    }

    // 1 worker, 10 rows in flight, 400 ms answers: 25 requests a second, half the write
    // budget, over HTTP/2; over HTTP/1.1 Qt opens 6 connections and queues the other 4 rows.
    void connectionsCapTheLanes()
    {
        DurationInput in = shape(2000, 2000, 0, 0, 0, 1, 10, 0.4);
        const double r = 0.4 + Overhead;
        QVERIFY(std::abs(DurationModel::estimate(in).importSeconds - 2000 * r / 10) < 1e-6);
        in.connectionsPerWorker = DurationInput::Http1ConnectionsPerHost;
        QVERIFY(std::abs(DurationModel::estimate(in).importSeconds - 2000 * r / 6) < 1e-6);
        // The run's own answer times include the wait for a connection: not capped twice.
        QVERIFY(std::abs(DurationModel::refine(in, DurationObservation {0, 0.0, 10 * 0.4 / 6}).seconds
                         - 2000 * (10 * 0.4 / 6 + Overhead) / 10) < 1e-6);
    }

    void retriesCostRequestsAndWaits()
    {
        DurationInput in = shape(1000, 1000, 0, 0, 0, 1, 1, 0.1);
        in.retryRate = 0.1;
        const double r = 0.1 + Overhead;
        QVERIFY(std::abs(DurationModel::estimate(in).importSeconds - (1100 * r + 100 * DurationModel::RetryWaitSeconds)) < 1e-6);
        in = shape(4900, 4900, 0, 0, 0, 4, 10, 0.1);
        in.retryRate = 0.1;
        QVERIFY(std::abs(DurationModel::estimate(in).importSeconds - pacedSpan(5390, WritesPerSecond, r)) < 1e-6);
    }

    // The model's slots are the limiter's: reserve as fast as allowed on a fake clock and
    // compare the last slot with slotSeconds().
    void slotsMatchTheRateLimiter_data()
    {
        QTest::addColumn<int>("requests");
        QTest::addColumn<int>("budget");
        QTest::addColumn<int>("windowMs");
        QTest::addRow("1 write") << 1 << 500 << 10000;
        QTest::addRow("one window of writes") << 490 << 500 << 10000;
        QTest::addRow("6,000 writes") << 6000 << 500 << 10000;
        QTest::addRow("odd budget") << 777 << 37 << 3000;
    }

    void slotsMatchTheRateLimiter()
    {
        QFETCH(int, requests);
        QFETCH(int, budget);
        QFETCH(int, windowMs);
        Api::RateLimits limits;
        limits.userManagementWrites = {budget, milliseconds(windowMs)};
        const auto t0 = Api::RateLimiter::Clock::time_point(seconds(1000));
        Api::RateLimiter limiter(limits, [t0] { return t0; }); // everyone asks at once
        Api::RateLimiter::Clock::time_point last;
        for (int i = 0; i < requests; ++i)
            last = limiter.reserveSlot(Api::EndpointFamily::UserManagementWrite);
        const double actual = duration<double>(last - t0).count();
        const int effective = int(std::floor(budget * limits.safetyMargin));
        const double model = DurationModel::slotSeconds(requests - 1, effective, windowMs / 1000.0, true);
        QVERIFY2(std::abs(actual - model) < 1e-3, qPrintable(QStringLiteral("limiter %1 s, model %2 s").arg(actual).arg(model)));
    }

    // A client that bursts (not ours): the first window's budget at once, then one burst per
    // window.
    void unpacedBursts()
    {
        QCOMPARE(DurationModel::slotSeconds(489, 490, 10.0, false), 0.0);
        QCOMPARE(DurationModel::slotSeconds(490, 490, 10.0, false), 10.0);
        QCOMPARE(DurationModel::slotSeconds(5999, 490, 10.0, false), 120.0);
        QCOMPARE(DurationModel::slotSeconds(490, 490, 10.0, true), 10.0);
    }

    // The ETA: at the start it is the model without start-up and organizations; half-way, a run
    // that went twice as slow as modelled for long enough is expected to go on that way.
    void refineFollowsTheRun()
    {
        const DurationInput in = shape(3000, 3000, 3000, 0, 30, 4, 10, 0.1272);
        const DurationEstimate whole = DurationModel::estimate(in);
        const DurationEstimate atStart = DurationModel::refine(in, DurationObservation {0, 0.0, {}});
        QVERIFY(std::abs(atStart.seconds - whole.importSeconds) < 1e-6);

        const double r = 0.1272 + Overhead;
        const double halfModel = pacedSpan(3000, WritesPerSecond, r);
        const DurationEstimate onTime = DurationModel::refine(in, DurationObservation {1500, halfModel, 0.1272});
        QVERIFY(std::abs(onTime.seconds - halfModel) < 1e-6);
        const DurationEstimate slow = DurationModel::refine(in, DurationObservation {1500, 2 * halfModel, 0.1272});
        QVERIFY(std::abs(slow.seconds - 2 * halfModel) < 1e-6);
        // The range narrows as the run goes on, and holds the estimate.
        QVERIFY(slow.lowSeconds <= slow.seconds && slow.seconds <= slow.highSeconds);
        QVERIFY((slow.highSeconds - slow.lowSeconds) / slow.seconds
                <= (atStart.highSeconds - atStart.lowSeconds) / atStart.seconds + 1e-9);
        // An observed latency replaces the assumed one: a latency-bound run at 0.6 s answers.
        DurationInput lat = shape(800, 800, 0, 0, 0, 1, 2, 0.3);
        const DurationEstimate slowAnswers = DurationModel::refine(lat, DurationObservation {0, 0.0, 0.6});
        QVERIFY(std::abs(slowAnswers.seconds - 800 * (0.6 + Overhead) / 2) < 1e-6);
        QCOMPARE(DurationModel::refine(lat, DurationObservation {800, 100.0, 0.3}).seconds, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestDurationModel)
#include "tst_durationmodel.moc"
