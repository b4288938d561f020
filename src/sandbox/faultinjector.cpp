#include "faultinjector.h"

#include <cmath>

namespace Sandbox {

FaultInjector::FaultInjector(const FaultSettings &settings, quint64 seed)
    : m_settings(settings)
    , m_random(seed ^ 0x5bd1e9955bd1e995ULL)
{
}

bool FaultInjector::active() const
{
    return m_settings.latencyMs > 0 || m_settings.failRate > 0 || m_settings.resetRate > 0
        || m_settings.stallRate > 0;
}

FaultInjector::Decision FaultInjector::next()
{
    Decision decision;
    if (!active())
        return decision;
    if (m_settings.latencyMs > 0) {
        // Uniform 50%..150% of the mean, and one request in fifty takes four times the mean:
        // a real API's latency has a tail.
        const double u = m_unit(m_random);
        const double factor = m_unit(m_random) < 0.02 ? 4.0 : 0.5 + u;
        decision.delayMs = int(std::lround(m_settings.latencyMs * factor));
    }
    const double draw = m_unit(m_random);
    if (draw < m_settings.resetRate) {
        decision.fault = Fault::Reset;
    } else if (draw < m_settings.resetRate + m_settings.stallRate) {
        decision.fault = Fault::Stall;
    } else if (draw < m_settings.resetRate + m_settings.stallRate + m_settings.failRate) {
        decision.fault = Fault::Fail;
        decision.failStatus = m_unit(m_random) < 0.5 ? 500 : 503;
    }
    return decision;
}

} // namespace Sandbox
