// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/probe/probetypes.h"

#include <vector>

namespace ea {

/**
 * One probed endpoint with what the plan predicts for it, as the monitor views show it. Built by the app
 * from the scenario, the plan and the vantage point (the views never compute latency themselves).
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
 * The round trip of the request itself: the first byte after the connection was ready (first byte minus
 * DNS, TCP and TLS set-up), so fresh and reused connections measure the same thing, comparable to the
 * model's network RTT. Negative when the probe got no first byte.
 */
double requestRttMs(const ProbeResult &r);

/**
 * The measured value an SLO of `slo.metric` is checked against: TTFT (first byte when the target streams
 * no tokens); for an end-to-end SLO, TTFT plus (outputTokens − 1) inter-token gaps (ITL p50), i.e. the
 * workload's answer length at the measured speed, since the probe's own answer is shorter. < 0 unknown.
 */
double sloMeasuredMs(const ProbeResult &r, const Slo &slo, int outputTokens);

/** The q-quantile (0..1) of values (linear interpolation); NaN when empty. Sorts the argument. */
double quantileOf(std::vector<double> &values, double q);

/** Window statistics of one target. Times in ms; < 0 where there is no sample. */
struct TargetStats
{
    int samples = 0, failures = 0;
    double rttP50Ms = -1, rttP95Ms = -1, ttftP95Ms = -1;
    double sloValueMs = -1; // the SLO's percentile of sloMeasuredMs() over the window
};

/** Statistics of results (any order) of one target. */
TargetStats computeStats(const std::vector<ProbeResult> &results, const MonitorTarget &target);

} // namespace ea
