#include "sandboxratelimit.h"

#include <QtCore/QStringList>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Sandbox {

QString rateFamilyName(RateFamily family)
{
    switch (family) {
    case RateFamily::Writes: return u"writes"_s;
    case RateFamily::Reads: return u"reads"_s;
    case RateFamily::General: return u"all"_s;
    }
    return {};
}

RateLimitConfig RateLimitConfig::workos()
{
    RateLimitConfig config;
    config.families[int(RateFamily::Writes)] = {500, 10'000};
    config.families[int(RateFamily::Reads)] = {1000, 10'000};
    config.families[int(RateFamily::General)] = {6000, 60'000};
    return config;
}

RateLimitConfig RateLimitConfig::off()
{
    RateLimitConfig config = workos();
    for (FamilyLimit &family : config.families)
        family.limit = 0;
    return config;
}

std::optional<RateLimitConfig> RateLimitConfig::parse(const QString &spec, QString *error)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.isEmpty() || trimmed == "workos"_L1)
        return workos();
    if (trimmed == "off"_L1)
        return off();

    RateLimitConfig config = workos();
    const QStringList parts = trimmed.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const qsizetype eq = part.indexOf(u'=');
        const qsizetype slash = part.indexOf(u'/');
        if (eq <= 0 || slash < eq) {
            *error = u"rate limit \"%1\" is not of the form family=count/seconds"_s.arg(part);
            return std::nullopt;
        }
        const QString name = part.first(eq).trimmed();
        RateFamily family;
        if (name == "writes"_L1)
            family = RateFamily::Writes;
        else if (name == "reads"_L1)
            family = RateFamily::Reads;
        else if (name == "all"_L1 || name == "general"_L1)
            family = RateFamily::General;
        else {
            *error = u"unknown rate limit family \"%1\" (use writes, reads or all)"_s.arg(name);
            return std::nullopt;
        }
        bool countOk = false;
        bool secondsOk = false;
        const QString countText = part.sliced(eq + 1, slash - eq - 1).trimmed();
        const int count = countText == "off"_L1 ? 0 : countText.toInt(&countOk);
        const double seconds = part.sliced(slash + 1).trimmed().toDouble(&secondsOk);
        if ((countText != "off"_L1 && (!countOk || count <= 0)) || !secondsOk || seconds <= 0
            || seconds > 86400) {
            *error = u"rate limit \"%1\" needs a positive count and a positive number of seconds"_s
                         .arg(part);
            return std::nullopt;
        }
        config.families[int(family)] = {count, std::max<qint64>(1, std::llround(seconds * 1000))};
    }
    return config;
}

RateLimiter::RateLimiter(const RateLimitConfig &config)
    : m_config(config)
{
}

RateDecision RateLimiter::admit(const QByteArray &key, RateFamily family, qint64 nowMs)
{
    const int index = int(family);
    const FamilyLimit &limit = m_config.families[index];
    Window &window = m_keys[key][index];

    // Window (now - windowMs, now]: a request made exactly windowMs ago has left it.
    const qint64 horizon = nowMs - limit.windowMs;
    while (!window.admitted.empty() && window.admitted.front() <= horizon)
        window.admitted.pop_front();
    while (!window.attempted.empty() && window.attempted.front() <= horizon)
        window.attempted.pop_front();

    window.attempted.push_back(nowMs);
    m_maxAttempted[index] = std::max(m_maxAttempted[index], int(window.attempted.size()));

    const auto secondsUntil = [](qint64 ms) { return int(std::max<qint64>(1, (ms + 999) / 1000)); };

    RateDecision decision;
    decision.limit = limit.limit;
    if (limit.limit > 0 && qsizetype(window.admitted.size()) >= limit.limit) {
        decision.allowed = false;
        decision.remaining = 0;
        decision.retryAfterSeconds = secondsUntil(window.admitted.front() + limit.windowMs - nowMs);
        decision.resetSeconds = decision.retryAfterSeconds;
        ++m_refused[index];
        return decision;
    }
    window.admitted.push_back(nowMs);
    m_maxAdmitted[index] = std::max(m_maxAdmitted[index], int(window.admitted.size()));
    if (limit.limit > 0) {
        decision.remaining = limit.limit - int(window.admitted.size());
        decision.resetSeconds = secondsUntil(window.admitted.front() + limit.windowMs - nowMs);
    }
    return decision;
}

const FamilyLimit &RateLimiter::limit(RateFamily family) const
{
    return m_config.families[int(family)];
}

int RateLimiter::maxAdmittedInWindow(RateFamily family) const
{
    return m_maxAdmitted[int(family)];
}

int RateLimiter::maxAttemptedInWindow(RateFamily family) const
{
    return m_maxAttempted[int(family)];
}

qint64 RateLimiter::refused(RateFamily family) const
{
    return m_refused[int(family)];
}

void RateLimiter::clear()
{
    m_keys.clear();
    m_maxAdmitted = {};
    m_maxAttempted = {};
    m_refused = {};
}

} // namespace Sandbox
