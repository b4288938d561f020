#include "ratelimiter.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QStringList>

#include <algorithm>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono;

namespace Api {

namespace {

constexpr int MaxRequests = 1'000'000;
constexpr milliseconds MaxWindow = hours(24);

int effectiveBudgetOf(const RateBudget &budget, double margin)
{
    if (!(margin > 0.0) || margin > 1.0)
        margin = 1.0;
    const double value = std::floor(double(std::clamp(budget.requests, 1, MaxRequests)) * margin);
    return std::max(1, int(value));
}

milliseconds windowOf(const RateBudget &budget)
{
    return std::clamp(budget.window, milliseconds(1), MaxWindow);
}

std::size_t indexOf(EndpointFamily family)
{
    return std::size_t(family);
}

// Seconds as written in a spec ("10", "0.5") to whole milliseconds; nullopt when invalid.
std::optional<milliseconds> parseSeconds(QStringView text)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    if (!ok || !std::isfinite(seconds) || seconds <= 0.0)
        return std::nullopt;
    const double ms = std::round(seconds * 1000.0);
    if (ms < 1.0 || ms > double(MaxWindow.count()))
        return std::nullopt;
    return milliseconds(qint64(ms));
}

QString secondsText(milliseconds window)
{
    if (window.count() % 1000 == 0)
        return QString::number(window.count() / 1000);
    return QString::number(double(window.count()) / 1000.0, 'g', 12);
}

} // namespace

EndpointFamily familyFor(QByteArrayView method, QStringView path)
{
    const qsizetype query = path.indexOf(u'?');
    if (query >= 0)
        path = path.first(query);

    // Under /user_management/: some segment of the path is exactly "user_management" and
    // something follows it (a base path in front of it is allowed).
    bool userManagement = false;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype end = path.indexOf(u'/', start);
        if (end < 0)
            end = path.size();
        if (path.sliced(start, end - start) == u"user_management") {
            userManagement = true;
            break;
        }
        start = end + 1;
    }
    if (!userManagement)
        return EndpointFamily::General;

    const auto is = [method](QByteArrayView name) {
        return method.size() == name.size() && qstrnicmp(method.data(), name.data(), name.size()) == 0;
    };
    if (is("GET") || is("HEAD"))
        return EndpointFamily::UserManagementRead;
    return EndpointFamily::UserManagementWrite; // POST, PUT, PATCH, DELETE and anything unknown
}

QString familyName(EndpointFamily family)
{
    switch (family) {
    case EndpointFamily::UserManagementWrite:
        return u"writes"_s;
    case EndpointFamily::UserManagementRead:
        return u"reads"_s;
    case EndpointFamily::General:
        break;
    }
    return u"all"_s;
}

const RateBudget &RateLimits::budget(EndpointFamily family) const
{
    switch (family) {
    case EndpointFamily::UserManagementWrite:
        return userManagementWrites;
    case EndpointFamily::UserManagementRead:
        return userManagementReads;
    case EndpointFamily::General:
        break;
    }
    return general;
}

RateBudget &RateLimits::budget(EndpointFamily family)
{
    return const_cast<RateBudget &>(std::as_const(*this).budget(family));
}

std::optional<RateLimits> RateLimits::parse(QStringView spec, QString *error)
{
    const auto fail = [error](QString message) -> std::optional<RateLimits> {
        if (error)
            *error = std::move(message);
        return std::nullopt;
    };

    RateLimits limits;
    if (spec.trimmed().isEmpty())
        return fail(u"The rate limit setting is empty; expected something like "
                    "\"writes=500/10,reads=1000/10,all=6000/60,margin=0.98\"."_s);

    bool seen[4] = {};
    for (QStringView item : spec.split(u',')) {
        item = item.trimmed();
        if (item.isEmpty())
            return fail(QCoreApplication::translate("Api::RateLimits", "The rate limit setting has an empty item (two commas in a row?)."));
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            return fail(u"\"%1\" in the rate limit setting has no \"=\"; expected key=value."_s
                            .arg(item));
        const QStringView key = item.first(eq).trimmed();
        const QStringView value = item.sliced(eq + 1).trimmed();

        if (key == u"margin") {
            if (seen[3])
                return fail(u"\"margin\" is given twice in the rate limit setting."_s);
            seen[3] = true;
            bool ok = false;
            const double margin = value.toDouble(&ok);
            if (!ok || !std::isfinite(margin) || margin <= 0.0 || margin > 1.0)
                return fail(u"The margin \"%1\" is not a number greater than 0 and at most 1 "
                            "(for example 0.98)."_s.arg(value));
            limits.safetyMargin = margin;
            continue;
        }

        EndpointFamily family;
        if (key == u"writes")
            family = EndpointFamily::UserManagementWrite;
        else if (key == u"reads")
            family = EndpointFamily::UserManagementRead;
        else if (key == u"all")
            family = EndpointFamily::General;
        else
            return fail(u"Unknown key \"%1\" in the rate limit setting; the keys are writes, "
                        "reads, all and margin."_s.arg(key));
        bool &keySeen = seen[indexOf(family)];
        if (keySeen)
            return fail(u"\"%1\" is given twice in the rate limit setting."_s.arg(key));
        keySeen = true;

        const qsizetype slash = value.indexOf(u'/');
        if (slash < 0)
            return fail(u"\"%1\" should be requests/seconds, like %1=500/10; got \"%2\"."_s
                            .arg(key, value));
        const QStringView requestsText = value.first(slash).trimmed();
        const QStringView windowText = value.sliced(slash + 1).trimmed();
        bool ok = false;
        const int requests = requestsText.toInt(&ok);
        if (!ok || requests <= 0 || requests > MaxRequests)
            return fail(u"The number of requests for \"%1\" (\"%2\") is not a whole number "
                        "from 1 to %3."_s.arg(key, requestsText, QString::number(MaxRequests)));
        const std::optional<milliseconds> window = parseSeconds(windowText);
        if (!window)
            return fail(u"The window for \"%1\" (\"%2\") is not a number of seconds greater "
                        "than 0 and at most 86400."_s.arg(key, windowText));
        limits.budget(family) = RateBudget {requests, *window};
    }

    for (EndpointFamily family : {EndpointFamily::UserManagementWrite,
                                  EndpointFamily::UserManagementRead, EndpointFamily::General}) {
        if (std::floor(double(limits.budget(family).requests) * limits.safetyMargin) < 1.0)
            return fail(u"With margin %1, \"%2\" leaves no request at all; raise the requests "
                        "or the margin."_s.arg(QString::number(limits.safetyMargin),
                                               familyName(family)));
    }
    return limits;
}

QString RateLimits::toString() const
{
    QStringList items;
    for (EndpointFamily family : {EndpointFamily::UserManagementWrite,
                                  EndpointFamily::UserManagementRead, EndpointFamily::General}) {
        const RateBudget &b = budget(family);
        items.append(QString(familyName(family) % u'=' % QString::number(b.requests) % u'/'
                             % secondsText(b.window)));
    }
    items.append(QString(u"margin="_s % QString::number(safetyMargin, 'g', 12)));
    return items.join(u',');
}

RateLimiter::RateLimiter(RateLimits limits, NowFn now)
    : m_limits(limits)
    , m_now(std::move(now))
{
    for (EndpointFamily id : {EndpointFamily::UserManagementWrite,
                              EndpointFamily::UserManagementRead, EndpointFamily::General}) {
        Family &f = family(id);
        f.budget = effectiveBudgetOf(m_limits.budget(id), m_limits.safetyMargin);
        f.window = duration_cast<Clock::duration>(windowOf(m_limits.budget(id)));
        // Truncation makes budget * interval <= window; the ring check covers the remainder.
        f.interval = f.window / f.budget;
    }
}

RateLimiter::~RateLimiter() = default;

RateLimiter::Family &RateLimiter::family(EndpointFamily id)
{
    return m_families[indexOf(id)];
}

const RateLimiter::Family &RateLimiter::family(EndpointFamily id) const
{
    return m_families[indexOf(id)];
}

RateLimiter::Clock::time_point RateLimiter::now() const
{
    return m_now ? m_now() : Clock::now();
}

RateLimiter::Reservation RateLimiter::take(EndpointFamily id)
{
    Family &f = family(id);
    const std::lock_guard lock(f.mutex);
    // The clock is read under the lock, so the slot is never earlier than the moment it is
    // handed out and the wait counted from here is never too short.
    const Clock::time_point now = this->now();
    Clock::time_point slot = std::max(now, f.pausedUntil);
    if (f.lastSlot)
        slot = std::max(slot, *f.lastSlot + f.interval); // paced: no burst, also after idling
    // Slots that left the window [slot - window, slot) constrain nothing from now on (slots
    // never go back in time).
    while (!f.recent.empty() && f.recent.front() + f.window <= slot)
        f.recent.pop_front();
    const std::size_t budget = std::size_t(f.budget);
    if (f.recent.size() >= budget) {
        // The slot `budget` reservations back must have left the window [slot - window, slot).
        slot = std::max(slot, f.recent[f.recent.size() - budget] + f.window);
        while (f.recent.size() >= budget)
            f.recent.pop_front();
    }
    f.recent.push_back(slot);
    f.lastSlot = slot;
    ++f.stats.reserved;
    return {slot, now};
}

RateLimiter::Clock::time_point RateLimiter::reserveSlot(EndpointFamily id)
{
    return take(id).slot;
}

milliseconds RateLimiter::reserve(EndpointFamily id)
{
    const Reservation r = take(id);
    if (r.slot <= r.now)
        return milliseconds(0);
    return ceil<milliseconds>(r.slot - r.now); // rounded up: the caller never sends early
}

void RateLimiter::pause(EndpointFamily id, milliseconds retryAfter)
{
    Family &f = family(id);
    const std::lock_guard lock(f.mutex);
    const Clock::time_point until = now() + std::max(retryAfter, milliseconds(0));
    f.pausedUntil = std::max(f.pausedUntil, until);
    ++f.stats.pauses;
}

RateLimiter::Clock::time_point RateLimiter::pausedUntil(EndpointFamily id) const
{
    const Family &f = family(id);
    const std::lock_guard lock(f.mutex);
    return f.pausedUntil;
}

RateLimits RateLimiter::limits() const
{
    return m_limits;
}

int RateLimiter::effectiveBudget(EndpointFamily id) const
{
    return family(id).budget; // fixed after construction
}

RateLimiter::Clock::duration RateLimiter::interval(EndpointFamily id) const
{
    return family(id).interval;
}

RateLimiter::Stats RateLimiter::stats(EndpointFamily id) const
{
    const Family &f = family(id);
    const std::lock_guard lock(f.mutex);
    return f.stats;
}

} // namespace Api
