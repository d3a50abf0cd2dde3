// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/monitortarget.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ea {

double requestRttMs(const ProbeResult &r)
{
    if (r.firstByteMs < 0)
        return -1;
    const double setup = std::max(0.0, r.dnsMs) + std::max(0.0, r.connectMs) + std::max(0.0, r.tlsMs);
    return std::max(0.0, r.firstByteMs - setup);
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

double quantileOf(std::vector<double> &values, double q)
{
    if (values.empty())
        return std::numeric_limits<double>::quiet_NaN();
    std::sort(values.begin(), values.end());
    const double pos = std::clamp(q, 0.0, 1.0) * double(values.size() - 1);
    const size_t lo = size_t(std::floor(pos));
    const size_t hi = std::min(values.size() - 1, lo + 1);
    return values[lo] + (values[hi] - values[lo]) * (pos - double(lo));
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
    auto q = [](std::vector<double> &v, double p) { return v.empty() ? -1.0 : quantileOf(v, p); };
    s.rttP50Ms = q(rtt, 0.5);
    s.rttP95Ms = q(rtt, 0.95);
    s.ttftP95Ms = q(ttft, 0.95);
    s.sloValueMs = q(slo, std::clamp(target.slo.percentile, 0.0, 100.0) / 100.0);
    return s;
}

} // namespace ea
