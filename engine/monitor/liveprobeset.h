// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace ea {

/**
 * What the live monitor measured, for the map: per probed scenario node its newest request RTT and where the
 * measurement stands against the model's band. Immutable once made (MonitorState::liveProbes()), shared with
 * the map through MapContext::liveProbes.
 */
struct LiveProbeSet
{
    /** Where a probe stands against the model. */
    enum class Standing { Pending, WithinBand, OutsideBand, Failed };
    struct Probe
    {
        int node = -1;          // scenario node index
        double measuredMs = -1; // measured request RTT (ms); < 0 none yet
        Standing standing = Standing::Pending;
        qint64 freshAtMs = 0; // LiveProbeSet::clockMs() of the newest result; 0 = no pulse
    };
    double vantageLon = 0, vantageLat = 0;
    std::vector<Probe> probes;
    /** The clock of freshAtMs (monotonic ms): the map pulses results younger than PulseMs. */
    static qint64 clockMs();
    static constexpr qint64 PulseMs = 900;
    /** True while any probe pulses (the view keeps repainting until then). */
    bool pulsing(qint64 nowMs) const;
};

/**
 * Where a probe stands: pending without a result, failed when the newest result failed, else within or
 * outside the model's band [lowMs, highMs] by the window's median request RTT when there is one, else by the
 * newest probe's (a target without a model is within). Times in ms, < 0 unknown.
 */
LiveProbeSet::Standing liveStanding(bool hasResult, bool lastOk, double windowMedianMs, double newestMs,
                                    bool hasModel, double lowMs, double highMs);

} // namespace ea
