#pragma once
// FaultInjector: decides, request by request, how much latency to add and whether the
// request fails (500/503), has its connection reset, or stalls. Decisions come from one
// seeded generator in request order, so a run with the same --seed and the same request
// sequence sees the same faults.
//
// Owned by the ApiRouter; main thread only.

#include <random>

namespace Sandbox {

struct FaultSettings
{
    int latencyMs = 0; // mean
    double failRate = 0;
    double resetRate = 0;
    double stallRate = 0;
};

class FaultInjector
{
public:
    enum class Fault { None, Fail, Reset, Stall };
    struct Decision
    {
        Fault fault = Fault::None;
        int delayMs = 0;
        int failStatus = 0; // 500 or 503 when fault == Fail
    };

    FaultInjector(const FaultSettings &settings, quint64 seed);

    bool active() const;
    Decision next();

private:
    FaultSettings m_settings;
    std::mt19937_64 m_random;
    std::uniform_real_distribution<double> m_unit {0.0, 1.0};
};

} // namespace Sandbox
