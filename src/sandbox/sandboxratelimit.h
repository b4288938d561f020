#pragma once
// RateLimiter: WorkOS's per-API-key rate limits, enforced with an exact sliding window.
//
// WorkOS limits each API key (docs: reference/rate-limits): /user_management/* writes
// 500 per 10 s, /user_management/* reads 1,000 per 10 s, everything else 6,000 per 60 s.
// A request is admitted only if fewer than `limit` requests of its family were admitted in
// the last `window` milliseconds, so no window of that length, wherever it starts, ever
// holds more than the budget. It also remembers the most requests seen in any window
// (admitted, and attempted including the refused ones) for /_sandbox/stats.
//
// Owned by the ApiRouter; main thread only; not thread-safe.

#include <QtCore/QByteArray>
#include <QtCore/QHash>
#include <QtCore/QString>

#include <array>
#include <deque>
#include <optional>

namespace Sandbox {

enum class RateFamily { Writes = 0, Reads = 1, General = 2 };
constexpr int RateFamilyCount = 3;
QString rateFamilyName(RateFamily family); // "writes", "reads", "all"

struct FamilyLimit
{
    int limit = 0;        // requests per window; 0 = unlimited
    qint64 windowMs = 0;  // window length
};

struct RateLimitConfig
{
    std::array<FamilyLimit, RateFamilyCount> families;

    static RateLimitConfig workos(); // WorkOS's published limits
    static RateLimitConfig off();    // no limits (windows kept for the statistics)
    // "workos", "off", or "writes=500/10,reads=1000/10,all=6000/60" (any subset; seconds
    // may have decimals; a family not named keeps the WorkOS limit).
    static std::optional<RateLimitConfig> parse(const QString &spec, QString *error);
};

struct RateDecision
{
    bool allowed = true;
    int limit = 0;         // 0 = unlimited
    int remaining = 0;     // budget left in the window after this request
    int resetSeconds = 0;  // seconds until the oldest request in the window leaves it
    int retryAfterSeconds = 0; // when refused: whole seconds (>= 1) until a slot frees
};

class RateLimiter
{
public:
    explicit RateLimiter(const RateLimitConfig &config);

    RateDecision admit(const QByteArray &key, RateFamily family, qint64 nowMs);

    const FamilyLimit &limit(RateFamily family) const;
    int maxAdmittedInWindow(RateFamily family) const;
    int maxAttemptedInWindow(RateFamily family) const;
    qint64 refused(RateFamily family) const;

    void clear();

private:
    struct Window
    {
        std::deque<qint64> admitted;  // times of admitted requests still inside the window
        std::deque<qint64> attempted; // times of all requests still inside the window
    };
    using KeyWindows = std::array<Window, RateFamilyCount>;

    RateLimitConfig m_config;
    QHash<QByteArray, KeyWindows> m_keys;
    std::array<int, RateFamilyCount> m_maxAdmitted {};
    std::array<int, RateFamilyCount> m_maxAttempted {};
    std::array<qint64, RateFamilyCount> m_refused {};
};

} // namespace Sandbox
