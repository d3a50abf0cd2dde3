// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttmodel.h"
#include "engine/monitor/monitortarget.h"

#include <QString>

#include <cmath>
#include <vector>

namespace ea {

class Evaluator;

/** Where the probes run from: a demand region of the scenario, or a place given by lon/lat. */
struct Vantage
{
    int region = -1; // demand region index; -1: lon/lat
    double lon = 0, lat = 0;
    QString label() const;
};

/**
 * Half-width of the model's prediction band for a path of distanceKm, relative to the modeled RTT: the
 * shipped RTT model's P90 absolute relative error on places it was not fitted on, for the path's distance
 * band (defaultRttBandAccuracy(): 0.68 under 500 km, 0.31 beyond 3,000 km for the zone-distance/2 fit),
 * rounded to a percent, so the band holds about nine measurements in ten where the model is right, and
 * follows every re-measurement. The band's low edge stays >= 0.
 */
double modelBandRelative(double distanceKm);

/** The heaviest demand region of a scenario as the vantage point (lon/lat 0,0 when there is none). */
Vantage defaultVantage(const Scenario &scenario);
/** The vantage point of a region (lon, lat filled in). */
Vantage regionVantage(const Scenario &scenario, int region);

/** The probe kind an endpoint URL calls for: chat streams for …/chat/completions, else plain HTTP. */
ProbeKind probeKindForUrl(const QString &url);

/**
 * A scenario node as a monitor target: the model's network RTT from the vantage point (the evaluator's,
 * user access included, when the vantage is a region and an evaluator is given; else the scenario's
 * RttModel from lon/lat) with a ±modelBandRelative() band for the vantage-to-node distance, and the SLO it is
 * checked against. An evaluator, when given, is of the scenario's content (a PlanSnapshot's pair,
 * engine/plan/plansnapshot.h).
 *
 * SLO rule: when the endpoint is known to serve one workload (servedWorkload, e.g. the simulated
 * deployment's), that workload's SLO. Otherwise a node serves the plan's interactive workloads placed in
 * its tier, and its measurements are checked against the tightest budget among them (the SLO the node can
 * least afford to miss); a node whose tier holds no interactive workload gets no budget.
 */
MonitorTarget nodeTarget(const Scenario &scenario, const Evaluator *evaluator, const Vantage &vantage,
                         int node, ProbeTarget probe, const QString &servedWorkload = {});
/** An endpoint that is no scenario node: no prediction, no SLO. */
MonitorTarget urlTarget(ProbeTarget probe);
/** Every scenario node with an endpoint, as targets. */
std::vector<MonitorTarget> endpointTargets(const Scenario &scenario, const Evaluator *evaluator,
                                           const Vantage &vantage);
/** The targets again after the scenario, the plan or the vantage point changed (nodes matched by id). */
std::vector<MonitorTarget> repredict(const std::vector<MonitorTarget> &targets, const Scenario &scenario,
                                     const Evaluator *evaluator, const Vantage &vantage,
                                     const QString &servedWorkload = {});

} // namespace ea
