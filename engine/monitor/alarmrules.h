// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitortarget.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace ea {

/** One alarm of the live monitor. */
struct Alarm
{
    enum class Kind { SloBreach, OutsideBand, Fault, Recovered };
    qint64 timestampMs = 0; // ms since the Unix epoch, UTC
    QString targetId;
    Kind kind = Kind::Fault;
    QString message;
};

/** Stable machine id of an alarm kind ("slo_breach", "outside_band", "fault", "recovered"). */
const char *alarmKindId(Alarm::Kind kind);

/**
 * The alarm rules of the live monitor, one state per target; the Monitor and the headless probe agent raise
 * their alarms through these. Each alarm is raised when its condition starts to hold, not on every probe,
 * with a "recovered" alarm when it ends:
 *  - fault: a probe fails (a state other than OK) where the previous one did not fail, or failed otherwise;
 *    recovered when a probe succeeds again;
 *  - outside prediction band: the median request RTT of the window (at least MinBandSamples successful
 *    probes) leaves the model's band [bandLowMs, bandHighMs];
 *  - SLO breach: the SLO's percentile of the measured value (TTFT, or the end-to-end estimate: see
 *    sloMeasuredMs()) over the window (at least MinSloSamples successful probes) exceeds the budget.
 * Hysteresis: a raised band or SLO alarm ends only once the value is back inside by Hysteresis of the band's
 * width (half of it on each side) or of the budget, so a value on the edge does not raise an alarm on every
 * refresh. Messages are translated (ea::AlarmRules) where a translator is installed; the command line's are
 * English. Plain values, no threads: the caller keeps one State per target.
 */
class AlarmRules
{
    Q_DECLARE_TR_FUNCTIONS(ea::AlarmRules)

public:
    static constexpr int MinBandSamples = 3;
    static constexpr int MinSloSamples = 5;
    /** A raised alarm ends only once the value is this share of the band or budget back inside. */
    static constexpr double Hysteresis = 0.1;

    struct State
    {
        bool hasState = false; // a result was seen
        ProbeState lastState = ProbeState::Ok;
        bool outsideBand = false, sloBreach = false; // raised and not yet recovered
        // When each standing condition was raised (the nowMs of its alarm); 0 while it does not hold.
        qint64 faultSinceMs = 0, bandSinceMs = 0, sloSinceMs = 0;
        bool failing() const { return hasState && lastState != ProbeState::Ok; }
    };

    /** A target's probe result, in arrival order: fault and recovered alarms (at most one). */
    static std::vector<Alarm> onResult(State &state, const MonitorTarget &target, const ProbeResult &result,
                                       qint64 nowMs);
    /** New window statistics of a target: band and SLO alarms (at most one each). */
    static std::vector<Alarm> onStats(State &state, const MonitorTarget &target, const TargetStats &stats,
                                      qint64 nowMs);
};

} // namespace ea
