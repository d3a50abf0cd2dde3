// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/probe/probetypes.h"

#include <vector>

namespace ea {

/**
 * One probed endpoint with what the plan predicts for it: the unit of the live monitor (the Monitor mode and
 * the headless probe agent). Built from the scenario, the plan and the vantage point (monitortargets.h).
 */
struct MonitorTarget
{
    ProbeTarget probe;
    int node = -1; // scenario node index; -1 for an endpoint that is no node (a fault, an ad-hoc URL)
    QString label; // the node's name, or the URL
    Tier tier = Tier::Edge;
    double modeledRttMs = -1;               // the model's network RTT from the vantage point; < 0 unknown
    double bandLowMs = -1, bandHighMs = -1; // the model's prediction band around it
    double budgetMs = -1;                   // the SLO budget checked for this node; < 0 none
    Slo slo;                                // the SLO the budget comes from
    int outputTokens = 0;                   // the workload's answer length (for an E2E estimate)
    QString workloadName;                   // whose SLO it is
    bool hasModel() const { return modeledRttMs >= 0; }
    bool hasBudget() const { return budgetMs > 0; }
};

/**
 * The round trip of the request itself, the one definition the monitor's statistics, its charts, the map
 * and the calibration of the network model share: the first byte after the connection was ready (first
 * byte minus the DNS, TCP and TLS set-up, each counted as 0 where it did not happen), so fresh and reused
 * connections measure the same thing, comparable to the model's network RTT.
 *
 * Unknown (-1) when the probe got no first byte, and when the first byte came no later than the end of the
 * set-up: no network answers in zero time, so such a probe's phases overlapped (a timing artefact) and it
 * holds no round trip. (The monitor used to count it as 0 ms, pulling its medians towards a value no path
 * can produce, while the calibration dropped it; dropping it is right for both.) Whether a failed probe's
 * round trip counts is the caller's choice: the statistics and the calibration take successful probes only.
 */
double requestRttMs(const ProbeResult &r);

/**
 * The measured value an SLO of `slo.metric` is checked against: TTFT (first byte when the target streams
 * no tokens); for an end-to-end SLO, TTFT plus (outputTokens − 1) inter-token gaps (ITL p50), i.e. the
 * workload's answer length at the measured speed, since the probe's own answer is shorter. < 0 unknown.
 */
double sloMeasuredMs(const ProbeResult &r, const Slo &slo, int outputTokens);

/** Window statistics of one target. Times in ms; < 0 where there is no sample. */
struct TargetStats
{
    int samples = 0, failures = 0;
    double rttP50Ms = -1, rttP95Ms = -1, ttftP95Ms = -1;
    double sloValueMs = -1; // the SLO's percentile of sloMeasuredMs() over the window
};

/** Statistics of results (any order) of one target; quantiles as engine/stats defines them (type 7). */
TargetStats computeStats(const std::vector<ProbeResult> &results, const MonitorTarget &target);

} // namespace ea
