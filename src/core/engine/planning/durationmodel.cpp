#include "durationmodel.h"

#include <algorithm>
#include <cmath>

namespace Engine {

namespace {

// The effective budget as Api::RateLimiter computes it: floor(requests × margin), at least 1.
int effectiveBudget(const Api::RateBudget &budget, double margin)
{
    if (!(margin > 0.0) || margin > 1.0)
        margin = 1.0;
    return std::max(1, int(std::floor(double(std::max(1, budget.requests)) * margin)));
}

double windowSeconds(const Api::RateBudget &budget)
{
    return double(std::max<qint64>(1, budget.window.count())) / 1000.0;
}

// From the first slot of a family to the answer of its last request, for `requests` requests
// handed out as fast as the family allows.
double familySpan(double requests, const Api::RateBudget &budget, double margin, bool paced, double perRequest)
{
    if (requests <= 0.0)
        return 0.0;
    const qint64 last = std::max<qint64>(0, qint64(std::ceil(requests)) - 1);
    return DurationModel::slotSeconds(last, effectiveBudget(budget, margin), windowSeconds(budget), paced) + perRequest;
}

DurationInput scaled(const DurationInput &in, double share)
{
    DurationInput out = in;
    const auto part = [share](qint64 n) { return qint64(std::llround(double(n) * share)); };
    out.rows = part(in.rows);
    out.distinctUsers = part(in.distinctUsers);
    out.memberships = part(in.memberships);
    if (in.existingUsers)
        out.existingUsers = part(*in.existingUsers);
    out.organizationsToRead = 0;
    out.organizationsToCreate = 0;
    return out;
}

} // namespace

DurationInput DurationModel::inputFor(qint64 rows, qint64 distinctUsers, qint64 memberships, const JobSettings &settings)
{
    DurationInput in;
    in.rows = rows;
    in.distinctUsers = distinctUsers;
    in.memberships = memberships;
    in.workers = std::clamp(settings.workers, 1, JobSettings::MaxWorkers);
    in.rowsInFlight = settings.concurrency;
    in.chunkSize = settings.chunkSize;
    in.limits = settings.rateLimits;
    if (settings.apiUrl.scheme() == QLatin1String("http"))
        in.connectionsPerWorker = DurationInput::Http1ConnectionsPerHost;
    return in;
}

double DurationModel::slotSeconds(qint64 index, int budget, double windowSeconds, bool paced)
{
    if (index <= 0)
        return 0.0;
    budget = std::max(1, budget);
    if (paced)
        return double(index) * windowSeconds / double(budget);
    return double(index / budget) * windowSeconds;
}

DurationEstimate DurationModel::rows(const DurationInput &in, double latency, qint64 existing, double retryRate)
{
    DurationEstimate e;
    if (in.rows <= 0)
        return e;
    const double users = double(std::max<qint64>(0, in.distinctUsers));
    const double found = double(std::clamp<qint64>(existing, 0, in.distinctUsers));
    const double memberships = double(std::max<qint64>(0, in.memberships));
    const double again = 1.0 + std::max(0.0, retryRate);
    const double perRequest = std::max(0.0, latency) + RequestOverheadSeconds;

    // Rate bound: every user costs a create (a write, also when it fails because the user
    // exists), every membership a write; the finds of existing users are reads, a family with
    // a budget of its own. The slowest family decides.
    const double writes = (users + memberships) * again;
    const double reads = found * again;
    e.rateBoundSeconds = std::max(
        familySpan(writes, in.limits.userManagementWrites, in.limits.safetyMargin, in.paced, perRequest),
        familySpan(reads, in.limits.userManagementReads, in.limits.safetyMargin, in.paced, perRequest));

    // Concurrency bound: a lane runs one row at a time and a row's requests one after
    // another (create, find when it exists, membership). A worker with no chunk left idles.
    const qint64 chunks = (in.rows + std::max(1, in.chunkSize) - 1) / std::max(1, in.chunkSize);
    const qint64 workers = std::clamp<qint64>(in.workers, 1, std::max<qint64>(1, chunks));
    int perWorker = std::clamp(in.rowsInFlight, 1, std::max(1, in.chunkSize));
    if (in.connectionsPerWorker > 0)
        perWorker = std::min(perWorker, in.connectionsPerWorker);
    const qint64 lanes = workers * perWorker;
    const double sequential = users + found + memberships;
    const double retries = sequential * std::max(0.0, retryRate);
    e.latencyBoundSeconds = (sequential * again * perRequest + retries * RetryWaitSeconds) / double(lanes);

    e.latencyBound = e.latencyBoundSeconds > e.rateBoundSeconds;
    e.importSeconds = std::max(e.rateBoundSeconds, e.latencyBoundSeconds);
    e.seconds = e.importSeconds;
    e.lowSeconds = e.highSeconds = e.seconds;
    return e;
}

namespace {

// The organizations step of PreWarmer: min(8, rows in flight) lanes, a read per organization
// and a create for each one to create, all in the general family.
double organizationSeconds(const DurationInput &in, double latency, double retryRate)
{
    const double requests = double(std::max<qint64>(0, in.organizationsToRead) + std::max<qint64>(0, in.organizationsToCreate))
        * (1.0 + std::max(0.0, retryRate));
    if (requests <= 0.0)
        return 0.0;
    const double perRequest = std::max(0.0, latency) + DurationModel::RequestOverheadSeconds;
    int lanes = std::clamp(in.rowsInFlight, 1, 8);
    if (in.connectionsPerWorker > 0)
        lanes = std::min(lanes, in.connectionsPerWorker);
    const double latencyBound = requests * perRequest / double(lanes);
    const double rateBound = familySpan(requests, in.limits.general, in.limits.safetyMargin, in.paced, perRequest);
    return std::max(latencyBound, rateBound);
}

} // namespace

DurationEstimate DurationModel::estimate(const DurationInput &in)
{
    const double latency = std::max(0.0, in.latencySeconds);
    const qint64 users = std::max<qint64>(0, in.distinctUsers);
    const qint64 existing = in.existingUsers.value_or(0);

    DurationEstimate e = rows(in, latency, existing, in.retryRate);
    e.organizationSeconds = organizationSeconds(in, latency, in.retryRate);
    const bool anything = in.rows > 0 || in.organizationsToRead > 0;
    e.startSeconds = anything ? StartSeconds : 0.0;
    e.seconds = e.startSeconds + e.organizationSeconds + e.importSeconds;

    // The range: an observed answer time is known to within a little; an assumed one may be
    // half or two and a half times the truth. Users nobody predicted may all exist. Retries may
    // run one request in a hundred higher.
    const double lowLatency = in.latencyObserved ? latency * 0.9 : latency * 0.5;
    const double highLatency = in.latencyObserved ? latency * 1.15 : latency * 2.5;
    const qint64 lowExisting = existing;
    const qint64 highExisting = in.existingUsers ? existing : users;
    const double highRetry = in.retryRate + 0.01;
    const double low = e.startSeconds + organizationSeconds(in, lowLatency, in.retryRate)
        + rows(in, lowLatency, lowExisting, in.retryRate).importSeconds;
    const double high = e.startSeconds + organizationSeconds(in, highLatency, highRetry)
        + rows(in, highLatency, highExisting, highRetry).importSeconds;
    e.lowSeconds = std::min(low, e.seconds) * (1.0 - Noise);
    e.highSeconds = std::max(high, e.seconds) * (1.0 + Noise);
    return e;
}

DurationEstimate DurationModel::refine(const DurationInput &in, const DurationObservation &seen)
{
    DurationEstimate e;
    if (in.rows <= 0)
        return e;
    const double done = std::clamp(double(seen.rowsDone) / double(in.rows), 0.0, 1.0);
    if (done >= 1.0)
        return e;
    DurationInput latencyKnown = in;
    if (seen.latencySeconds && *seen.latencySeconds > 0.0) {
        // Measured by the run itself, the answer time includes the wait for a free connection
        // (Little's law: lanes ÷ that time is the throughput), so the lanes are not capped again.
        latencyKnown.latencySeconds = *seen.latencySeconds;
        latencyKnown.latencyObserved = true;
        latencyKnown.connectionsPerWorker = 0;
    }
    const DurationInput before = scaled(latencyKnown, done);
    const DurationInput after = scaled(latencyKnown, 1.0 - done);
    DurationEstimate rest = estimate(after);
    rest.seconds -= rest.startSeconds;
    rest.lowSeconds = std::max(0.0, rest.lowSeconds - rest.startSeconds);
    rest.highSeconds = std::max(0.0, rest.highSeconds - rest.startSeconds);
    rest.startSeconds = 0;

    // How the rows done so far compare with the model; trusted more the longer the run went
    // (a few seconds are mostly the first answers arriving).
    const double modelled = rows(before, latencyKnown.latencySeconds, before.existingUsers.value_or(0),
                                 in.retryRate).importSeconds;
    const double trust = std::clamp(seen.elapsedSeconds / 30.0, 0.0, 1.0) * (modelled > 0.0 ? 1.0 : 0.0);
    const double ratio = modelled > 0.0 ? std::clamp(seen.elapsedSeconds / modelled, 0.5, 3.0) : 1.0;
    const double factor = 1.0 + trust * (ratio - 1.0);

    e = rest;
    e.seconds = rest.seconds * factor;
    // The range narrows to the noise as the observations are trusted.
    const double keep = 1.0 - 0.8 * trust;
    e.lowSeconds = std::min(e.seconds, e.seconds - (rest.seconds - rest.lowSeconds) * factor * keep);
    e.highSeconds = std::max(e.seconds, e.seconds + (rest.highSeconds - rest.seconds) * factor * keep);
    e.lowSeconds = std::min(e.lowSeconds, e.seconds * (1.0 - Noise));
    e.highSeconds = std::max(e.highSeconds, e.seconds * (1.0 + Noise));
    return e;
}

} // namespace Engine
