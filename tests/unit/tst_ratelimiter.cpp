// The shared rate limiter: sliding-window budgets, pacing, fairness between worker threads,
// 429 pauses, independent families, the limits spec string and endpoint classification.
// Time is a fake clock the tests advance; nothing here sleeps.
#include "api/ratelimiter.h"

#include <QtTest/QtTest>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <latch>
#include <map>
#include <mutex>
#include <random>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono;
using Api::EndpointFamily;
using Api::RateLimiter;
using Api::RateLimits;

Q_DECLARE_METATYPE(Api::EndpointFamily)

namespace {

using Clock = RateLimiter::Clock;

// A clock the test moves by hand; readable from any thread.
struct FakeClock {
    std::atomic<qint64> ns {qint64(1000) * 1'000'000'000}; // start at 1000 s, not at the epoch

    Clock::time_point now() const { return Clock::time_point(nanoseconds(ns.load())); }
    void advance(Clock::duration d) { ns.fetch_add(duration_cast<nanoseconds>(d).count()); }
    void set(Clock::time_point t) { ns.store(duration_cast<nanoseconds>(t.time_since_epoch()).count()); }
    RateLimiter::NowFn fn() { return [this] { return now(); }; }
};

// The most slots any half-open window [s, s + window) holds, trying every slot as the start.
int maxInWindow(std::vector<Clock::time_point> granted, Clock::duration window)
{
    std::sort(granted.begin(), granted.end());
    int best = 0;
    std::size_t end = 0;
    for (std::size_t start = 0; start < granted.size(); ++start) {
        end = std::max(end, start);
        while (end < granted.size() && granted[end] < granted[start] + window)
            ++end;
        best = std::max(best, int(end - start));
    }
    return best;
}

// The smallest distance between two consecutive slots (sorted first).
Clock::duration minGap(std::vector<Clock::time_point> granted)
{
    std::sort(granted.begin(), granted.end());
    Clock::duration gap = Clock::duration::max();
    for (std::size_t i = 1; i < granted.size(); ++i)
        gap = std::min(gap, granted[i] - granted[i - 1]);
    return gap;
}

Clock::duration windowOf(const RateLimits &limits, EndpointFamily family)
{
    return limits.budget(family).window;
}

constexpr EndpointFamily AllFamilies[] = {EndpointFamily::UserManagementWrite,
                                          EndpointFamily::UserManagementRead, EndpointFamily::General};

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void effectiveBudget_data();
    void effectiveBudget();
    void slidingWindowHoldsAtTheLimit_data();
    void slidingWindowHoldsAtTheLimit();
    void delaysAreWholeMillisecondsRoundedUp();
    void pacedAfterIdle();
    void concurrentReservationsKeepTheWindow();
    void workerThreadsGetFairShares();
    void pauseMovesTheFamilyForEveryCaller();
    void pausesOnlyExtend();
    void familiesAreIndependent();
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void toStringRoundTrips();
    void familyFor_data();
    void familyFor();
};

void TestRateLimiter::effectiveBudget_data()
{
    QTest::addColumn<int>("requests");
    QTest::addColumn<double>("margin");
    QTest::addColumn<int>("expected");

    QTest::addRow("writes 500 x 0.98") << 500 << 0.98 << 490;
    QTest::addRow("reads 1000 x 0.98") << 1000 << 0.98 << 980;
    QTest::addRow("general 6000 x 0.98") << 6000 << 0.98 << 5880;
    QTest::addRow("floor, not round") << 7 << 0.9 << 6;
    QTest::addRow("margin 1") << 500 << 1.0 << 500;
    QTest::addRow("never below one") << 1 << 0.5 << 1;
}

void TestRateLimiter::effectiveBudget()
{
    QFETCH(int, requests);
    QFETCH(double, margin);
    QFETCH(int, expected);

    RateLimits limits;
    limits.userManagementWrites.requests = requests;
    limits.safetyMargin = margin;
    const RateLimiter limiter(limits);
    QCOMPARE(limiter.effectiveBudget(EndpointFamily::UserManagementWrite), expected);
    QCOMPARE(limiter.interval(EndpointFamily::UserManagementWrite),
             duration_cast<Clock::duration>(limits.userManagementWrites.window) / expected);
}

void TestRateLimiter::slidingWindowHoldsAtTheLimit_data()
{
    QTest::addColumn<EndpointFamily>("family");
    QTest::addColumn<int>("reservations");
    QTest::addColumn<QString>("callers"); // how the fake time moves between reserve() calls

    for (EndpointFamily family : AllFamilies) {
        const QString name = Api::familyName(family);
        // Several windows' worth: 5000 writes, 5000 reads, 20000 others.
        const int n = family == EndpointFamily::General ? 20000 : 5000;
        QTest::addRow("%s, all at once", qPrintable(name)) << family << n << u"frozen"_s;
        QTest::addRow("%s, callers that wait for their slot", qPrintable(name)) << family << n << u"wait"_s;
        QTest::addRow("%s, random gaps and idle spells", qPrintable(name)) << family << n << u"random"_s;
    }
    QTest::addRow("writes, 20000 at once") << EndpointFamily::UserManagementWrite << 20000 << u"frozen"_s;
}

// No window of `window` length, starting at any slot, holds more than the effective budget;
// consecutive slots are at least window/budget apart; and when callers keep it busy it runs at
// the budget (a full window holds exactly the budget and nothing is lost to rounding).
void TestRateLimiter::slidingWindowHoldsAtTheLimit()
{
    QFETCH(EndpointFamily, family);
    QFETCH(int, reservations);
    QFETCH(QString, callers);

    FakeClock clock;
    const RateLimits limits;
    RateLimiter limiter(limits, clock.fn());
    const int budget = limiter.effectiveBudget(family);
    const Clock::duration window = windowOf(limits, family);
    const Clock::duration interval = limiter.interval(family);
    QCOMPARE(interval, window / budget);

    std::mt19937 random(4711);
    // Gaps from none to twice the interval: callers sometimes faster, sometimes slower.
    std::uniform_int_distribution<qint64> gapNs(0, 2 * duration_cast<nanoseconds>(interval).count());
    std::uniform_int_distribution<int> idle(0, 200);
    std::vector<Clock::time_point> granted;
    granted.reserve(std::size_t(reservations));
    for (int i = 0; i < reservations; ++i) {
        const Clock::time_point now = clock.now();
        const Clock::time_point slot = limiter.reserveSlot(family);
        QVERIFY(slot >= now);
        granted.push_back(slot);
        if (callers == u"wait") {
            clock.set(slot);
        } else if (callers == u"random") {
            clock.advance(nanoseconds(gapNs(random)));
            if (idle(random) == 0)
                clock.advance(seconds(30));
        }
    }
    QCOMPARE(limiter.stats(family).reserved, qint64(reservations));
    QVERIFY(std::is_sorted(granted.begin(), granted.end())); // FIFO: call order is slot order

    const int most = maxInWindow(granted, window);
    QVERIFY2(most <= budget, qPrintable(u"%1 slots in one window, budget %2"_s.arg(most).arg(budget)));
    QVERIFY(minGap(granted) >= interval);

    if (callers != u"random") {
        QCOMPARE(most, budget);
        // Busy all the time: the rate is the effective budget, not less.
        const double span = double(duration_cast<nanoseconds>(granted.back() - granted.front()).count());
        const double ideal = double(reservations - 1) * double(duration_cast<nanoseconds>(window).count()) / budget;
        QVERIFY2(span <= ideal + 1e6, qPrintable(u"span %1 ns, ideal %2 ns"_s.arg(span).arg(ideal)));
    }
}

// reserve() rounds the wait up to whole milliseconds, so a caller never sends early, and the
// window property holds for the times callers actually send at.
void TestRateLimiter::delaysAreWholeMillisecondsRoundedUp()
{
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    const Clock::time_point start = clock.now();
    const Clock::duration interval = limiter.interval(EndpointFamily::UserManagementWrite);

    QCOMPARE(limiter.reserve(EndpointFamily::UserManagementWrite), milliseconds(0));
    QCOMPARE(limiter.reserve(EndpointFamily::UserManagementWrite), ceil<milliseconds>(interval)); // 21 ms
    QCOMPARE(limiter.reserve(EndpointFamily::UserManagementWrite), ceil<milliseconds>(2 * interval)); // 41 ms

    // Callers send at now + delay; those send times keep the window too.
    std::vector<Clock::time_point> sends {start, start + ceil<milliseconds>(interval),
                                          start + ceil<milliseconds>(2 * interval)};
    for (int i = 3; i < 3000; ++i) {
        if (i % 7 == 0)
            clock.advance(milliseconds(13));
        const Clock::time_point now = clock.now();
        sends.push_back(now + limiter.reserve(EndpointFamily::UserManagementWrite));
    }
    QVERIFY(minGap(sends) >= floor<milliseconds>(interval));
    QCOMPARE(maxInWindow(sends, seconds(10)), 490);
}

// Spread, not burst: after a long idle spell the first request goes at once and the next ones
// are paced again, even though the window is empty.
void TestRateLimiter::pacedAfterIdle()
{
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    const EndpointFamily family = EndpointFamily::UserManagementWrite;
    const Clock::duration interval = limiter.interval(family);

    for (int i = 0; i < 100; ++i)
        limiter.reserveSlot(family);
    clock.advance(minutes(5));
    const Clock::time_point now = clock.now();
    QCOMPARE(limiter.reserveSlot(family), now);
    QCOMPARE(limiter.reserveSlot(family), now + interval);
    QCOMPARE(limiter.reserveSlot(family), now + 2 * interval);
    QCOMPARE(limiter.reserve(family), ceil<milliseconds>(3 * interval));
}

// Many real threads hammering one limiter: every slot is distinct, paced, and no window ever
// holds more than the budget.
void TestRateLimiter::concurrentReservationsKeepTheWindow()
{
    constexpr int Threads = 16;
    constexpr int PerThread = 500;
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    const EndpointFamily family = EndpointFamily::UserManagementWrite;

    std::vector<std::vector<Clock::time_point>> perThread(Threads);
    std::latch start(Threads + 1);
    std::atomic<bool> done {false};
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            start.arrive_and_wait();
            for (int i = 0; i < PerThread; ++i)
                perThread[std::size_t(t)].push_back(limiter.reserveSlot(family));
        });
    }
    // Time moves on while they reserve, as it does for real.
    std::thread ticker([&] {
        start.arrive_and_wait();
        while (!done.load()) {
            clock.advance(milliseconds(7));
            std::this_thread::yield();
        }
    });
    for (std::thread &t : threads)
        t.join();
    done = true;
    ticker.join();

    std::vector<Clock::time_point> all;
    for (const auto &granted : perThread) {
        QCOMPARE(int(granted.size()), PerThread);
        QVERIFY(std::is_sorted(granted.begin(), granted.end()));
        all.insert(all.end(), granted.begin(), granted.end());
    }
    QCOMPARE(limiter.stats(family).reserved, qint64(Threads * PerThread));
    QVERIFY(minGap(all) >= limiter.interval(family)); // also: no slot handed out twice
    QCOMPARE(maxInWindow(all, seconds(10)), 490);
}

// Workers as they really behave: reserve, sleep until the slot, send, reserve again. The
// fake time only moves when every worker sleeps, several workers wake at once and race for
// the next slot. FIFO reservations give each worker its share: within the first K slots every
// worker got about K/threads, and no worker waits much longer than one slot per other worker.
void TestRateLimiter::workerThreadsGetFairShares()
{
    constexpr int Threads = 16;
    constexpr int PerThread = 120;
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    const EndpointFamily family = EndpointFamily::UserManagementWrite;
    const Clock::duration interval = limiter.interval(family);
    const Clock::duration step = milliseconds(50); // about 2.5 slots wake per step

    std::mutex mutex;
    std::condition_variable changed;
    int alive = Threads;
    std::vector<std::optional<Clock::time_point>> wakeAt(Threads);
    std::vector<std::pair<Clock::time_point, int>> granted; // slot, thread

    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            for (int i = 0; i < PerThread; ++i) {
                const Clock::time_point slot = limiter.reserveSlot(family);
                std::unique_lock lock(mutex);
                granted.emplace_back(slot, t);
                wakeAt[std::size_t(t)] = slot;
                changed.notify_all();
                changed.wait(lock, [&] { return clock.now() >= slot; }); // "sleep until the slot"
                wakeAt[std::size_t(t)].reset();
            }
            const std::lock_guard lock(mutex);
            --alive;
            changed.notify_all();
        });
    }
    {
        // The scheduler: moves time on when every live worker sleeps until a future slot.
        std::unique_lock lock(mutex);
        for (;;) {
            changed.wait(lock, [&] {
                if (alive == 0)
                    return true;
                int sleeping = 0;
                for (const auto &wake : wakeAt) {
                    if (wake && *wake > clock.now())
                        ++sleeping;
                }
                return sleeping == alive;
            });
            if (alive == 0)
                break;
            Clock::time_point next = Clock::time_point::max();
            for (const auto &wake : wakeAt) {
                if (wake)
                    next = std::min(next, *wake);
            }
            clock.set(next + step);
            changed.notify_all();
        }
    }
    for (std::thread &t : threads)
        t.join();

    QCOMPARE(int(granted.size()), Threads * PerThread);
    std::sort(granted.begin(), granted.end());
    std::vector<Clock::time_point> times;
    for (const auto &[slot, t] : granted)
        times.push_back(slot);
    QCOMPARE(maxInWindow(times, seconds(10)), 490);
    QVERIFY(minGap(times) >= interval);

    // Fair shares of the first K slots.
    constexpr int Rounds = 50;
    constexpr int K = Threads * Rounds;
    std::vector<int> share(Threads);
    for (int i = 0; i < K; ++i)
        ++share[std::size_t(granted[std::size_t(i)].second)];
    const auto [least, most] = std::minmax_element(share.begin(), share.end());
    // Workers that lose the race for the next slot now and then fall a few slots behind, never
    // far: every share within 20% of the fair one.
    QVERIFY2(*least >= Rounds * 8 / 10 && *most <= Rounds * 12 / 10,
             qPrintable(u"shares of the first %1 slots range from %2 to %3"_s.arg(K).arg(*least).arg(*most)));

    // No starvation: a worker's next slot comes at most one slot per other worker (plus the
    // time it slept past its slot) after its previous one.
    std::map<int, Clock::time_point> last;
    Clock::duration longest {};
    for (const auto &[slot, t] : granted) {
        if (const auto it = last.find(t); it != last.end())
            longest = std::max(longest, slot - it->second);
        last[t] = slot;
    }
    QVERIFY2(longest <= Threads * interval + step + interval,
             qPrintable(u"longest wait between two slots of one worker: %1 ms"_s.arg(
                 duration_cast<milliseconds>(longest).count())));
}

// A 429 pauses the family for every worker: whichever thread reserves next, its slot is after
// now + Retry-After, and the slots after that are paced again (no burst when the pause ends).
void TestRateLimiter::pauseMovesTheFamilyForEveryCaller()
{
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    const EndpointFamily family = EndpointFamily::UserManagementWrite;
    const Clock::duration interval = limiter.interval(family);

    for (int i = 0; i < 10; ++i)
        limiter.reserveSlot(family);
    clock.advance(seconds(1));
    const Clock::time_point pausedAt = clock.now();
    limiter.pause(family, seconds(5));
    QCOMPARE(limiter.pausedUntil(family), pausedAt + seconds(5));
    QCOMPARE(limiter.stats(family).pauses, qint64(1));

    constexpr int Threads = 8;
    std::vector<Clock::time_point> granted(Threads);
    std::vector<milliseconds> delays(Threads);
    std::vector<std::thread> threads;
    for (int t = 0; t < Threads; ++t) {
        threads.emplace_back([&, t] {
            if (t % 2)
                granted[std::size_t(t)] = limiter.reserveSlot(family);
            else
                delays[std::size_t(t)] = limiter.reserve(family);
        });
    }
    for (std::thread &t : threads)
        t.join();
    for (int t = 0; t < Threads; ++t) {
        if (t % 2)
            QVERIFY(granted[std::size_t(t)] >= pausedAt + seconds(5));
        else
            QVERIFY(delays[std::size_t(t)] >= seconds(5));
    }

    // The next slots continue one interval apart after the pause.
    const Clock::time_point next = limiter.reserveSlot(family);
    QCOMPARE(next, pausedAt + seconds(5) + Threads * interval);

    // Other families are not paused.
    QCOMPARE(limiter.reserve(EndpointFamily::UserManagementRead), milliseconds(0));
    QCOMPARE(limiter.reserve(EndpointFamily::General), milliseconds(0));
    QCOMPARE(limiter.stats(EndpointFamily::UserManagementRead).pauses, qint64(0));

    // After the pause, reservations go at once again.
    clock.advance(minutes(1));
    QCOMPARE(limiter.reserve(family), milliseconds(0));
}

// Several 429s arriving together: a shorter Retry-After never shortens the pause.
void TestRateLimiter::pausesOnlyExtend()
{
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    const EndpointFamily family = EndpointFamily::General;
    limiter.pause(family, seconds(30));
    clock.advance(seconds(1));
    limiter.pause(family, seconds(2));
    limiter.pause(family, milliseconds(-5)); // nonsense is harmless
    QCOMPARE(limiter.stats(family).pauses, qint64(3));
    QCOMPARE(limiter.reserve(family), seconds(29));
}

// A backlog of writes does not hold back reads or other endpoints.
void TestRateLimiter::familiesAreIndependent()
{
    FakeClock clock;
    RateLimiter limiter({}, clock.fn());
    for (int i = 0; i < 2000; ++i)
        limiter.reserve(EndpointFamily::UserManagementWrite);
    QVERIFY(limiter.reserve(EndpointFamily::UserManagementWrite) > seconds(30));
    QCOMPARE(limiter.reserve(EndpointFamily::UserManagementRead), milliseconds(0));
    QCOMPARE(limiter.reserve(EndpointFamily::General), milliseconds(0));
    QCOMPARE(limiter.stats(EndpointFamily::UserManagementWrite).reserved, qint64(2001));
    QCOMPARE(limiter.stats(EndpointFamily::UserManagementRead).reserved, qint64(1));
    QCOMPARE(limiter.stats(EndpointFamily::General).reserved, qint64(1));

    // Each family has its own window: 980 reads fit in 10 s next to the writes' backlog.
    std::vector<Clock::time_point> reads;
    for (int i = 0; i < 3000; ++i)
        reads.push_back(limiter.reserveSlot(EndpointFamily::UserManagementRead));
    QCOMPARE(maxInWindow(reads, seconds(10)), 980);
}

void TestRateLimiter::parse_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("writes");
    QTest::addColumn<qint64>("writesWindowMs");
    QTest::addColumn<int>("reads");
    QTest::addColumn<qint64>("readsWindowMs");
    QTest::addColumn<int>("all");
    QTest::addColumn<qint64>("allWindowMs");
    QTest::addColumn<double>("margin");

    QTest::addRow("the defaults") << u"writes=500/10,reads=1000/10,all=6000/60"_s
                                  << 500 << qint64(10000) << 1000 << qint64(10000) << 6000 << qint64(60000) << 0.98;
    QTest::addRow("with margin") << u"writes=500/10,reads=1000/10,all=6000/60,margin=0.9"_s
                                 << 500 << qint64(10000) << 1000 << qint64(10000) << 6000 << qint64(60000) << 0.9;
    QTest::addRow("any order, spaces") << u" margin = 1 , all=600/6, reads = 100/1 ,writes=50/1 "_s
                                       << 50 << qint64(1000) << 100 << qint64(1000) << 600 << qint64(6000) << 1.0;
    QTest::addRow("a subset keeps defaults") << u"writes=250/10"_s
                                             << 250 << qint64(10000) << 1000 << qint64(10000) << 6000 << qint64(60000) << 0.98;
    QTest::addRow("decimal seconds") << u"reads=5/0.5"_s
                                     << 500 << qint64(10000) << 5 << qint64(500) << 6000 << qint64(60000) << 0.98;
}

void TestRateLimiter::parse()
{
    QFETCH(QString, spec);
    QFETCH(int, writes);
    QFETCH(qint64, writesWindowMs);
    QFETCH(int, reads);
    QFETCH(qint64, readsWindowMs);
    QFETCH(int, all);
    QFETCH(qint64, allWindowMs);
    QFETCH(double, margin);

    QString error = u"untouched"_s;
    const std::optional<RateLimits> limits = RateLimits::parse(spec, &error);
    QVERIFY2(limits, qPrintable(error));
    QCOMPARE(limits->userManagementWrites.requests, writes);
    QCOMPARE(limits->userManagementWrites.window.count(), writesWindowMs);
    QCOMPARE(limits->userManagementReads.requests, reads);
    QCOMPARE(limits->userManagementReads.window.count(), readsWindowMs);
    QCOMPARE(limits->general.requests, all);
    QCOMPARE(limits->general.window.count(), allWindowMs);
    QCOMPARE(limits->safetyMargin, margin);
}

void TestRateLimiter::parseRejects_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<QString>("error");

    QTest::addRow("empty") << u"  "_s << u"The rate limit setting is empty; expected something like \"writes=500/10,reads=1000/10,all=6000/60,margin=0.98\"."_s;
    QTest::addRow("empty item") << u"writes=500/10,,reads=1000/10"_s << u"The rate limit setting has an empty item (two commas in a row?)."_s;
    QTest::addRow("no equals") << u"writes500/10"_s << u"\"writes500/10\" in the rate limit setting has no \"=\"; expected key=value."_s;
    QTest::addRow("unknown key") << u"users=500/10"_s << u"Unknown key \"users\" in the rate limit setting; the keys are writes, reads, all and margin."_s;
    QTest::addRow("twice") << u"writes=500/10,writes=400/10"_s << u"\"writes\" is given twice in the rate limit setting."_s;
    QTest::addRow("margin twice") << u"margin=0.9,margin=0.8"_s << u"\"margin\" is given twice in the rate limit setting."_s;
    QTest::addRow("no slash") << u"reads=1000"_s << u"\"reads\" should be requests/seconds, like reads=500/10; got \"1000\"."_s;
    QTest::addRow("zero requests") << u"all=0/60"_s << u"The number of requests for \"all\" (\"0\") is not a whole number from 1 to 1000000."_s;
    QTest::addRow("fractional requests") << u"all=1.5/60"_s << u"The number of requests for \"all\" (\"1.5\") is not a whole number from 1 to 1000000."_s;
    QTest::addRow("bad window") << u"writes=500/ten"_s << u"The window for \"writes\" (\"ten\") is not a number of seconds greater than 0 and at most 86400."_s;
    QTest::addRow("negative window") << u"writes=500/-10"_s << u"The window for \"writes\" (\"-10\") is not a number of seconds greater than 0 and at most 86400."_s;
    QTest::addRow("margin above one") << u"margin=1.5"_s << u"The margin \"1.5\" is not a number greater than 0 and at most 1 (for example 0.98)."_s;
    QTest::addRow("margin zero") << u"margin=0"_s << u"The margin \"0\" is not a number greater than 0 and at most 1 (for example 0.98)."_s;
    QTest::addRow("margin leaves nothing") << u"writes=1/10,margin=0.5"_s << u"With margin 0.5, \"writes\" leaves no request at all; raise the requests or the margin."_s;
}

void TestRateLimiter::parseRejects()
{
    QFETCH(QString, spec);
    QFETCH(QString, error);

    QString message;
    QVERIFY(!RateLimits::parse(spec, &message));
    QCOMPARE(message, error);
    QVERIFY(!RateLimits::parse(spec, nullptr)); // the error pointer may be null
}

void TestRateLimiter::toStringRoundTrips()
{
    RateLimits limits;
    QCOMPARE(limits.toString(), u"writes=500/10,reads=1000/10,all=6000/60,margin=0.98"_s);
    limits.userManagementReads = {7, milliseconds(2500)};
    limits.safetyMargin = 0.75;
    const std::optional<RateLimits> back = RateLimits::parse(limits.toString(), nullptr);
    QVERIFY(back);
    QCOMPARE(back->userManagementReads.requests, 7);
    QCOMPARE(back->userManagementReads.window, milliseconds(2500));
    QCOMPARE(back->safetyMargin, 0.75);
}

void TestRateLimiter::familyFor_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<EndpointFamily>("family");

    const auto W = EndpointFamily::UserManagementWrite;
    const auto R = EndpointFamily::UserManagementRead;
    const auto G = EndpointFamily::General;
    QTest::addRow("create user") << "POST"_ba << u"/user_management/users"_s << W;
    QTest::addRow("update user") << "PUT"_ba << u"/user_management/users/user_01H"_s << W;
    QTest::addRow("patch") << "PATCH"_ba << u"/user_management/users/user_01H"_s << W;
    QTest::addRow("delete user") << "DELETE"_ba << u"/user_management/users/user_01H"_s << W;
    QTest::addRow("create membership") << "POST"_ba << u"/user_management/organization_memberships"_s << W;
    QTest::addRow("lower-case method") << "post"_ba << u"/user_management/users"_s << W;
    QTest::addRow("unknown method counts as write") << "PURGE"_ba << u"/user_management/users"_s << W;
    QTest::addRow("list users") << "GET"_ba << u"/user_management/users"_s << R;
    QTest::addRow("find by email") << "GET"_ba << u"/user_management/users?email=a%40b.example"_s << R;
    QTest::addRow("get user") << "GET"_ba << u"/user_management/users/user_01H"_s << R;
    QTest::addRow("head") << "HEAD"_ba << u"/user_management/users"_s << R;
    QTest::addRow("no leading slash") << "GET"_ba << u"user_management/users"_s << R;
    QTest::addRow("behind a base path") << "POST"_ba << u"/proxy/workos/user_management/users"_s << W;
    QTest::addRow("create organization") << "POST"_ba << u"/organizations"_s << G;
    QTest::addRow("list organizations") << "GET"_ba << u"/organizations"_s << G;
    QTest::addRow("look-alike segment") << "POST"_ba << u"/user_management_v2/users"_s << G;
    QTest::addRow("in the query only") << "POST"_ba << u"/events?x=/user_management/"_s << G;
    QTest::addRow("root") << "GET"_ba << u"/"_s << G;
    QTest::addRow("empty") << "GET"_ba << QString() << G;
}

void TestRateLimiter::familyFor()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(EndpointFamily, family);
    QCOMPARE(Api::familyFor(method, path), family);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
