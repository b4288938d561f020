#pragma once
// RateLimiter: keeps one import job inside WorkOS's per-key rate limits.
//
// WorkOS limits each API key (per environment) by endpoint family: writes under
// /user_management/ 500 per 10 s, reads under /user_management/ 1,000 per 10 s, everything
// else 6,000 per 60 s (docs/rate-limits.md). Every request of a job, from every worker thread,
// first asks reserve() for a send slot and sleeps until that slot; a 429 answer calls pause().
//
// How: a reservation-based pacer per family. Slots are handed out in the order reserve() is
// called (FIFO), at least window/budget apart (paced: spread evenly, never a burst, also not
// after an idle spell), and the slots of the last window (at most `budget`) are kept so that no
// half-open interval [t, t + window) ever holds more than the effective budget (sliding-window exact),
// whatever pauses and clock jumps happen. The effective budget is floor(requests * margin).
//
// Ownership and threads: one per job, owned by the engine, shared by every worker thread
// (by reference or shared_ptr; it must outlive the workers). Every member function is
// thread-safe; reserve() takes one short mutex of its family and does no allocation.
//
// Callers should sleep with a precise timer (Qt::PreciseTimer): a coarse QTimer may fire up
// to 5% early, which the safety margin absorbs only partly.

#include <QtCore/QByteArrayView>
#include <QtCore/QString>
#include <QtCore/QStringView>

#include <deque>

#include <array>
#include <chrono>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

namespace Api {

enum class EndpointFamily { UserManagementWrite, UserManagementRead, General };

// POST/PUT/PATCH/DELETE under /user_management/ = write, GET/HEAD under /user_management/ =
// read, anything else General. A method it does not know under /user_management/ counts as a
// write (the smaller budget). `path` is a URL path ("/user_management/users"); a base-path
// prefix in front of the user_management segment is allowed, a query string is ignored.
EndpointFamily familyFor(QByteArrayView method, QStringView path);

// "writes", "reads" or "all" (the names parse() uses).
QString familyName(EndpointFamily family);

struct RateBudget {
    int requests;
    std::chrono::milliseconds window;
};

struct RateLimits {
    RateBudget userManagementWrites {500, std::chrono::seconds(10)};
    RateBudget userManagementReads {1000, std::chrono::seconds(10)};
    RateBudget general {6000, std::chrono::seconds(60)};
    double safetyMargin = 0.98; // effective budget = floor(requests * margin)

    // "writes=500/10,reads=1000/10,all=6000/60[,margin=0.98]": requests per window in seconds
    // (a decimal like 0.5 is allowed). Any subset of the keys, each at most once, in any order;
    // the others keep their defaults. Spaces around items are ignored. On failure returns
    // nullopt and, when `error` is not null, sets it to a plain-words reason naming the item.
    static std::optional<RateLimits> parse(QStringView spec, QString *error);

    // The spec string parse() reads back to the same limits.
    QString toString() const;

    const RateBudget &budget(EndpointFamily family) const;
    RateBudget &budget(EndpointFamily family);
};

class RateLimiter
{
public:
    using Clock = std::chrono::steady_clock;
    using NowFn = std::function<Clock::time_point()>;

    // `now` replaces the steady clock (tests); it is called under the family's mutex, from
    // any thread. Out-of-range limits are clamped: effective budget at least 1, window at
    // least 1 ms, margin in (0, 1].
    explicit RateLimiter(RateLimits limits = {}, NowFn now = {});
    ~RateLimiter();
    RateLimiter(const RateLimiter &) = delete;
    RateLimiter &operator=(const RateLimiter &) = delete;

    // Reserves the next send slot for one request of this family and returns how long the
    // caller must wait before sending (0 when it may send now), rounded up to whole ms.
    // Reservations are FIFO, paced (at most one slot per window/budget) and sliding-window
    // exact: no [t, t + window) holds more than the effective budget of reserved slots.
    std::chrono::milliseconds reserve(EndpointFamily family);

    // The same reservation, returning the exact slot time on the limiter's clock.
    Clock::time_point reserveSlot(EndpointFamily family);

    // A 429: pause that family for every worker until now + retryAfter (later reservations
    // move after it; pauses only ever extend). Slots handed out before the pause are not
    // recalled: a caller that slept may check pausedUntil() before sending.
    void pause(EndpointFamily family, std::chrono::milliseconds retryAfter);

    // The end of the family's current pause (a time in the past when it is not paused).
    Clock::time_point pausedUntil(EndpointFamily family) const;

    RateLimits limits() const;
    int effectiveBudget(EndpointFamily family) const;
    // Minimum distance between two slots of the family: window / effective budget.
    Clock::duration interval(EndpointFamily family) const;

    // Statistics for progress displays: 429 pauses seen, total reserved.
    struct Stats {
        qint64 reserved = 0;
        qint64 pauses = 0;
    };
    Stats stats(EndpointFamily family) const;

private:
    struct Family {
        mutable std::mutex mutex;
        int budget = 1;
        Clock::duration window {};
        Clock::duration interval {};
        // The slots still inside the window of the newest one, oldest first: at most `budget`,
        // and no more than the requests of one window (a budget of a million a second, the
        // benchmarks' "limits off", no longer reserves 8 MB per family up front).
        std::deque<Clock::time_point> recent;
        std::optional<Clock::time_point> lastSlot;
        Clock::time_point pausedUntil {};
        Stats stats;
    };

    struct Reservation {
        Clock::time_point slot;
        Clock::time_point now; // the clock when the slot was handed out
    };
    Reservation take(EndpointFamily family);
    Family &family(EndpointFamily family);
    const Family &family(EndpointFamily family) const;
    Clock::time_point now() const;

    RateLimits m_limits;
    NowFn m_now;
    std::array<Family, 3> m_families;
};

} // namespace Api
