#pragma once
// DurationModel: how long an import will take, and how long the rest of a running one will.
// One model for every place that shows a duration: the wizard's Settings and Review pages,
// `workos-import --dry-run` (estimate_seconds, estimate_low_seconds, estimate_high_seconds),
// the CLI's ETA and the run page (JobProgress::etaSeconds, refined from what the run observes).
//
// What it models (docs/rate-limits.md, "How long an import takes"):
//  * the organizations step: one general-family read per organization, one create more for
//    each organization to create, min(8, rows in flight) at a time (Engine::PreWarmer);
//  * the rows (Engine::RowImporter): one create-user write per distinct email; for a user that
//    exists already that create fails, and a read (find by email) follows; one membership
//    write per row with an organization;
//  * the rate bound per family, exactly as Api::RateLimiter hands out slots: budget =
//    floor(requests × margin) per window, slots paced window/budget apart from the first one
//    (the limiter never uses WorkOS's allowance to burst a whole window's budget at once; a
//    non-paced client would, and `paced = false` models that: bursts of the budget, one per
//    window);
//  * the concurrency bound: workers × rows in flight lanes (fewer when the file has fewer
//    chunks than workers, or when HTTP/1.1 allows a worker fewer connections), each running
//    its rows' requests one after another, each request one answer time long;
//  * retries at an expected rate (each retry is one more request and one backoff wait).
// The import takes the longer of the two bounds. The range (low, high) comes from what the
// model does not know: an assumed (not observed) answer time, users that may already exist
// when no dry run predicted them, retries.
//
// A value-type calculator: pure functions, no state, usable from any thread.

#include "api/ratelimiter.h"
#include "engine/jobsettings.h"

#include <QtCore/QtGlobal>

#include <optional>

namespace Engine {

struct DurationInput {
    qint64 rows = 0;            // valid rows to import (one user–organization pair each)
    qint64 distinctUsers = 0;   // distinct emails among them (one create-user write each)
    qint64 memberships = 0;     // rows with an organization (one membership write each)
    // Users expected to exist already (a failed create + a find by email each), from a dry
    // run's per-row prediction; nullopt when nobody predicted it (the range then spans 0 to
    // every user).
    std::optional<qint64> existingUsers;
    qint64 organizationsToRead = 0;   // organizations to resolve (one read each)
    qint64 organizationsToCreate = 0; // of those, to create (one general write more each)

    int workers = 1;
    int rowsInFlight = 10; // per worker (--concurrency)
    int chunkSize = 1000;  // rows per chunk: a worker without a chunk is idle
    // Requests one worker can have on the wire at once; 0: no limit. Over HTTP/1.1 Qt opens
    // at most 6 connections per host and queues the rest (QNetworkAccessManager), so 10 rows
    // in flight still means 6 requests; HTTP/2 (https to WorkOS) multiplexes them all.
    int connectionsPerWorker = 0;
    static constexpr int Http1ConnectionsPerHost = 6;

    // Mean time from sending a request to its answer. Observed (dry run, run so far) or
    // assumed (AssumedLatencySeconds), which widens the range.
    double latencySeconds = AssumedLatencySeconds;
    bool latencyObserved = false;

    Api::RateLimits limits;  // with its safetyMargin (0.98)
    bool paced = true;       // Api::RateLimiter paces; false: bursts of the budget per window
    double retryRate = 0.0;  // expected retries per request (0.01 = one request in a hundred)

    // WorkOS's API answers in about this long from most places.
    static constexpr double AssumedLatencySeconds = 0.2;
};

struct DurationEstimate {
    double seconds = 0;     // the estimate
    double lowSeconds = 0;  // the range it is sure of
    double highSeconds = 0;

    // The parts of `seconds`.
    double startSeconds = 0;        // start-up: store, planning the chunks, starting workers
    double organizationSeconds = 0; // resolving and creating the organizations
    double importSeconds = 0;       // the rows
    double rateBoundSeconds = 0;    // the rows at the rate limit alone
    double latencyBoundSeconds = 0; // the rows at the concurrency bound alone
    bool latencyBound = false;      // the concurrency bound decides, not the rate limit
};

// What a running import has seen so far (JobRunner's progress tick).
struct DurationObservation {
    qint64 rowsDone = 0;        // of DurationInput::rows
    double elapsedSeconds = 0;  // since the rows started (after the organizations step)
    std::optional<double> latencySeconds; // mean answer time so far
};

class DurationModel
{
public:
    // Seconds of fixed start-up work (open the store, plan the chunks, start the workers).
    static constexpr double StartSeconds = 0.3;
    // Client-side time per request on top of the answer (event loop, JSON, timers).
    static constexpr double RequestOverheadSeconds = 0.002;
    // The mean backoff before a retry without Retry-After (full jitter of 0.5 s): 0.25 s.
    static constexpr double RetryWaitSeconds = 0.25;
    // Timers and the network jitter: the range is never narrower than this share.
    static constexpr double Noise = 0.03;

    // The whole job: start-up, organizations, rows.
    static DurationEstimate estimate(const DurationInput &input);

    // The rest of a running import: the model on the rows not done yet, at the observed answer
    // time, scaled by how the rows done so far compared with the model (trusted more as the
    // run goes on). `seconds` is the time left; the range narrows as rows finish.
    static DurationEstimate refine(const DurationInput &input, const DurationObservation &seen);

    // The input for `rows` rows (`distinctUsers` users, `memberships` memberships) imported
    // under `settings`: its workers, rows in flight, chunk size and limits, and HTTP/1.1's
    // connection cap for an http:// address. What only the caller knows (organizations, users
    // that exist, an observed answer time) is left at "not known". Every place that shows a
    // duration starts from this, so the wizard, the dry run and the ETA agree.
    static DurationInput inputFor(qint64 rows, qint64 distinctUsers, qint64 memberships, const JobSettings &settings);

    // The time (seconds after the first) of slot `index` (0-based) of a family with `budget`
    // requests per `windowSeconds`, handed out as fast as allowed: paced slots are
    // window/budget apart; unpaced ones come in bursts of `budget`, one burst per window.
    static double slotSeconds(qint64 index, int budget, double windowSeconds, bool paced);

    // The rows alone (no start-up, no organizations) at the given latency and existing users.
    static DurationEstimate rows(const DurationInput &input, double latencySeconds, qint64 existingUsers,
                                 double retryRate);
};

} // namespace Engine
