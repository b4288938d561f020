#pragma once
// RetryPolicy: decides whether and when a failed WorkOS request is tried again.
//
// Retried: network errors (the caller's call), 408, 429 and 500/502/503/504. The delay before
// retry number n is the server's Retry-After when it sent one (capped at maxRetryAfter), else
// exponential backoff with full jitter: uniform in [0, min(maxDelay, baseDelay * 2^(n-1))]
// (full jitter keeps workers that failed together from retrying together).
//
// The policy does not count attempts: the caller does. Retry number n is allowed while
// allowsRetry(n) (n <= maxRetries); after that the request's failure is final and the caller
// records it (a row error with the API's code, message and request id).
//
// A plain value type, copied into every worker; all members are const and thread-safe.

#include <QtCore/QByteArrayView>
#include <QtCore/QDateTime>

#include <chrono>
#include <optional>

namespace Api {

struct RetryPolicy {
    int maxRetries = 5;
    std::chrono::milliseconds baseDelay {500};
    std::chrono::milliseconds maxDelay {30000};
    std::chrono::milliseconds maxRetryAfter {120000}; // cap on a server's Retry-After

    // 408, 429, 500, 502, 503, 504.
    static bool isRetryableStatus(int httpStatus);

    // True when retry number `attempt` (1-based) is still allowed: 1 <= attempt <= maxRetries.
    bool allowsRetry(int attempt) const;

    // Retry-After header (RFC 9110 §10.2.3): delta-seconds (digits only) or an HTTP date in
    // any of the three forms RFC 9110 §5.6.7 makes recipients accept (IMF-fixdate, RFC 850,
    // asctime). nullopt when absent or invalid; a date in the past gives 0; capped at
    // maxRetryAfter.
    std::optional<std::chrono::milliseconds> parseRetryAfter(
        QByteArrayView header, QDateTime now = QDateTime::currentDateTimeUtc()) const;

    // Delay before retry number `attempt` (1-based): Retry-After when given (capped), else
    // exponential backoff with full jitter: uniform in [0, min(maxDelay, baseDelay *
    // 2^(attempt-1))]. `random01` (clamped to [0, 1]) is injectable for tests.
    std::chrono::milliseconds delayFor(int attempt, std::optional<std::chrono::milliseconds> retryAfter,
                                       double random01) const;
    // The same with a random number from QRandomGenerator::global().
    std::chrono::milliseconds delayFor(int attempt, std::optional<std::chrono::milliseconds> retryAfter) const;

    // The upper bound of the jittered backoff for retry number `attempt`, without Retry-After.
    std::chrono::milliseconds backoffCeiling(int attempt) const;
};

} // namespace Api
