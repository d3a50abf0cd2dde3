// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmrules.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

namespace ea {

/**
 * The standing alarms of the live monitor summarised: one group per condition that holds now for targets
 * with the same cause, instead of one alarm per target (a deployment of 24 nodes where the edge GPUs miss
 * a workload's budget reads "12 edge nodes miss code completion's 200 ms TTFT budget — compute-bound").
 */
struct AlarmGroup
{
    /**
     * Why an SLO is missed, from what was measured over the window: the median request round trip (the
     * network) against the rest of the SLO's value (the server's time: queueing, prefill, decode).
     * Compute: the server's time alone exceeds the budget while the round trip fits in it (no placement
     * nearer the user helps; a faster accelerator or a lighter model does). Network: the round trip alone
     * exceeds the budget while the server's time fits (a tier nearer the user helps). Both: each fits on
     * its own but not together, or each alone is over. Unknown: no round trip was measured.
     */
    enum class Cause { Unknown, Compute, Network, Both };

    Alarm::Kind kind = Alarm::Kind::SloBreach; // SloBreach, OutsideBand or Fault
    // The key the targets share (the fields their kind uses).
    QString workloadName;              // SloBreach
    Slo slo;                           // SloBreach
    Tier tier = Tier::Edge;            // SloBreach, OutsideBand
    Cause cause = Cause::Unknown;      // SloBreach
    bool aboveBand = false;            // OutsideBand: above (true) or below the band
    ProbeState state = ProbeState::Ok; // Fault: the state the probes fail with
    std::vector<int> rows;             // the targets' rows, ascending
    QStringList labels;                // their labels, in the same order
    double worstMs = -1; // SloBreach: highest SLO value; OutsideBand: farthest median RTT; Fault: -1
    qint64 sinceMs = 0;  // when the earliest of them was raised
    QString summary;     // one sentence for people (translated where a translator is installed)
};

/** Groups and summarises the standing alarms (engine/monitor's rules; the views only show them). */
class AlarmGroups
{
    Q_DECLARE_TR_FUNCTIONS(ea::AlarmGroups)

public:
    /**
     * The groups of what holds now: targets[i] with its alarm state states[i] and window statistics
     * stats[i] (same sizes). A failing target is counted once, as a fault (its statistics are stale);
     * a target may be both in breach of its SLO and outside the model's band. Order: SLO breaches, then
     * faults, then band alarms; within a kind, the largest group first, then by key.
     */
    static std::vector<AlarmGroup> group(const std::vector<MonitorTarget> &targets,
                                         const std::vector<AlarmRules::State> &states,
                                         const std::vector<TargetStats> &stats);
    /** The cause of a target's SLO breach from its window statistics (AlarmGroup::Cause). */
    static AlarmGroup::Cause sloCause(const MonitorTarget &target, const TargetStats &stats);
    /** The sentence of a group (what group() puts in summary). */
    static QString summarise(const AlarmGroup &group);
};

} // namespace ea
