// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/liveprobeset.h"

#include <algorithm>
#include <chrono>

namespace ea {

qint64 LiveProbeSet::clockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool LiveProbeSet::pulsing(qint64 nowMs) const
{
    return std::any_of(probes.begin(), probes.end(),
                       [nowMs](const Probe &p) { return p.freshAtMs > 0 && nowMs - p.freshAtMs < PulseMs; });
}

LiveProbeSet::Standing liveStanding(bool hasResult, bool lastOk, double windowMedianMs, double newestMs,
                                    bool hasModel, double lowMs, double highMs)
{
    if (!hasResult)
        return LiveProbeSet::Standing::Pending;
    if (!lastOk)
        return LiveProbeSet::Standing::Failed;
    const double m = windowMedianMs >= 0 ? windowMedianMs : newestMs;
    return !hasModel || (m >= lowMs && m <= highMs) ? LiveProbeSet::Standing::WithinBand
                                                    : LiveProbeSet::Standing::OutsideBand;
}

} // namespace ea
