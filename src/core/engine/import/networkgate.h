#pragma once
// NetworkGate: what the requests of one run share when WorkOS cannot be reached (no network,
// DNS failure, connection refused, no answer). Such a failure belongs to the whole job, not
// to the row that met it: the row is kept (no outcome) and its lane waits here. One waiter at
// a time probes WorkOS (a cheap authenticated read) with growing pauses, 2, 4, 8, 16, 30, 30
// ... seconds, telling the person "cannot reach WorkOS, retrying in N s"; the others wait for
// its verdict. When WorkOS answers again every waiter replays its row; when the trouble has
// lasted longer than the patience the run gives up (the job ends interrupted, resumable).
//
// Shared by the pre-warmer (engine thread) and every worker (pool threads): thread-safe. Each
// caller probes with its own thread's client.

#include "api/workosclient.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QMutex>

#include <QCoro/QCoroTask>

#include <atomic>
#include <chrono>
#include <functional>
#include <optional>

namespace Engine {

class NetworkGate
{
public:
    enum class Verdict {
        Reachable, // WorkOS answers again: replay the row
        GaveUp,    // still unreachable after the patience: stop the job (error() says why)
        Refused,   // the probe was answered with a job-level refusal (key, TLS, proxy): error()
        Stopped,   // the run was paused or cancelled meanwhile
    };

    // True for a failure that says WorkOS could not be reached at all (no HTTP answer):
    // network errors and timeouts after the client's own retries.
    static bool isUnreachable(const Api::ApiError &error);

    void setPatience(std::chrono::seconds patience) { m_patience = patience; }
    std::chrono::seconds patience() const { return m_patience; }
    // Called (from the waiting thread) each time a probe is scheduled: seconds until it, and
    // the last error. Set before the run starts; must be thread-safe.
    std::function<void(int seconds, const Api::ApiError &error)> onWaiting;

    // A lane whose request found WorkOS unreachable (`error`) waits here.
    // With no `error`, only waits while another lane already waits (new rows are not sent
    // into an outage) and answers Reachable at once otherwise.
    QCoro::Task<Verdict> wait(Api::WorkOsClient *client, std::optional<Api::ApiError> error,
                              const std::atomic_bool *stop);

    // An answer came through: the trouble (if any) is over; its clock restarts next time.
    void noteReachable();
    // True while requests wait for WorkOS; new rows should wait too instead of being sent.
    bool isDown() const { return m_down.load(); }
    // Seconds until the next probe while down; -1 otherwise.
    int retryInSeconds() const;
    // Why the run gave up or was refused.
    std::optional<Api::ApiError> error() const;

private:
    mutable QMutex m_mutex;
    std::atomic_bool m_down {false};
    bool m_probing = false;
    bool m_gaveUp = false;
    bool m_refused = false;
    int m_episode = 0;          // +1 each time WorkOS becomes reachable again
    int m_probes = 0;           // failed probes in this episode
    QElapsedTimer m_troubleSince; // invalid when there is no trouble
    QElapsedTimer m_clock;        // for m_nextProbeMs
    qint64 m_nextProbeMs = 0;
    std::optional<Api::ApiError> m_error;
    std::chrono::seconds m_patience {300};
};

} // namespace Engine
