#include "networkgate.h"

#include <QCoro/QCoroTimer>

#include <QtCore/QMutexLocker>

using namespace Qt::StringLiterals;
using Api::ApiError;

namespace Engine {

namespace {

// 2, 4, 8, 16, 30, 30, ... seconds before probe number n (0-based).
int probeDelaySeconds(int failedProbes)
{
    return failedProbes >= 4 ? 30 : 2 << failedProbes;
}

} // namespace

bool NetworkGate::isUnreachable(const ApiError &error)
{
    return (error.kind() == ApiError::Kind::Transient && error.httpStatus() == 0)
        || error.kind() == ApiError::Kind::Timeout;
}

QCoro::Task<NetworkGate::Verdict> NetworkGate::wait(Api::WorkOsClient *client, std::optional<ApiError> error,
                                                    const std::atomic_bool *stop)
{
    int episode = 0;
    int announce = -1;
    {
        QMutexLocker locker(&m_mutex);
        if (m_gaveUp)
            co_return m_refused ? Verdict::Refused : Verdict::GaveUp;
        if (!m_down.load()) {
            if (!error)
                co_return Verdict::Reachable;
            if (!m_clock.isValid())
                m_clock.start();
            if (!m_troubleSince.isValid())
                m_troubleSince.start();
            m_probes = 0;
            announce = probeDelaySeconds(0);
            m_nextProbeMs = m_clock.elapsed() + announce * 1000;
            m_error = *error;
            m_down = true;
        }
        episode = m_episode;
    }
    if (announce >= 0 && onWaiting)
        onWaiting(announce, *error);

    for (;;) {
        if (stop && stop->load())
            co_return Verdict::Stopped;
        bool probe = false;
        {
            QMutexLocker locker(&m_mutex);
            if (m_gaveUp)
                co_return m_refused ? Verdict::Refused : Verdict::GaveUp;
            if (m_episode != episode)
                co_return Verdict::Reachable;
            if (!m_probing && m_clock.elapsed() >= m_nextProbeMs) {
                m_probing = true;
                probe = true;
            }
        }
        if (!probe) {
            co_await QCoro::sleepFor(std::chrono::milliseconds(100));
            continue;
        }
        const Api::Result<void> answer = co_await client->verifyKey();
        int seconds = -1;
        ApiError last;
        {
            QMutexLocker locker(&m_mutex);
            m_probing = false;
            if (answer.ok() || (!answer.error().blocksAllRequests() && !isUnreachable(answer.error())
                                && !answer.hasError(ApiError::Kind::Cancelled))) {
                // An answer came back (even a 5xx or a 429 says the server is there).
                m_down = false;
                ++m_episode;
                co_return Verdict::Reachable;
            }
            if (answer.hasError(ApiError::Kind::Cancelled))
                co_return Verdict::Stopped;
            m_error = answer.error();
            if (answer.error().blocksAllRequests()) {
                m_gaveUp = true;
                m_refused = true;
                m_down = false;
                co_return Verdict::Refused;
            }
            ++m_probes;
            const qint64 left = qint64(m_patience.count()) * 1000 - m_troubleSince.elapsed();
            if (left <= 0) {
                m_gaveUp = true;
                m_down = false;
                co_return Verdict::GaveUp;
            }
            seconds = int(std::min<qint64>(probeDelaySeconds(m_probes), std::max<qint64>(1, (left + 999) / 1000)));
            m_nextProbeMs = m_clock.elapsed() + seconds * 1000;
            last = answer.error();
        }
        if (onWaiting)
            onWaiting(seconds, last);
    }
}

void NetworkGate::noteReachable()
{
    QMutexLocker locker(&m_mutex);
    if (m_troubleSince.isValid() && !m_down.load())
        m_troubleSince.invalidate();
}

int NetworkGate::retryInSeconds() const
{
    QMutexLocker locker(&m_mutex);
    if (!m_down.load())
        return -1;
    return int(std::max<qint64>(0, (m_nextProbeMs - m_clock.elapsed() + 999) / 1000));
}

std::optional<ApiError> NetworkGate::error() const
{
    QMutexLocker locker(&m_mutex);
    return m_error;
}

} // namespace Engine
