// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/monitortarget.h"

#include "engine/stats/quantile.h"

#include <algorithm>

namespace ea {

double requestRttMs(const ProbeResult &r)
{
    if (r.firstByteMs < 0)
        return -1;
    const double setup = std::max(0.0, r.dnsMs) + std::max(0.0, r.connectMs) + std::max(0.0, r.tlsMs);
    const double ms = r.firstByteMs - setup;
    return ms > 0 ? ms : -1;
}

double sloMeasuredMs(const ProbeResult &r, const Slo &slo, int outputTokens)
{
    const double first = r.ttftMs >= 0 ? r.ttftMs : r.firstByteMs;
    if (first < 0)
        return -1;
    if (slo.metric == SloMetric::E2e && r.ttftMs >= 0 && r.itlP50Ms >= 0 && outputTokens > 1)
        return first + (outputTokens - 1) * r.itlP50Ms;
    if (slo.metric == SloMetric::E2e && r.ttftMs < 0 && r.totalMs >= 0)
        return r.totalMs;
    return first;
}

TargetStats computeStats(const std::vector<ProbeResult> &results, const MonitorTarget &target)
{
    TargetStats s;
    std::vector<double> rtt, ttft, slo;
    rtt.reserve(results.size());
    for (const ProbeResult &r : results) {
        ++s.samples;
        if (!r.ok()) {
            ++s.failures;
            continue;
        }
        if (const double v = requestRttMs(r); v >= 0)
            rtt.push_back(v);
        if (r.ttftMs >= 0)
            ttft.push_back(r.ttftMs);
        if (const double v = sloMeasuredMs(r, target.slo, target.outputTokens); v >= 0)
            slo.push_back(v);
    }
    const auto q = [](std::vector<double> &v, double p) {
        return stats::valueOr(stats::quantileInPlace(v, p), -1);
    };
    s.rttP50Ms = q(rtt, 0.5);
    s.rttP95Ms = q(rtt, 0.95);
    s.ttftP95Ms = q(ttft, 0.95);
    s.sloValueMs = q(slo, target.slo.percentile / 100.0);
    return s;
}

} // namespace ea
