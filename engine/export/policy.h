// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"
#include "engine/plan/evaluator.h"

#include <QByteArray>

#include <vector>

namespace ea {

inline constexpr const char *PolicySchema = "edgeatlas-policy/1";

/** A node a demand region may be routed to, with its modeled median network RTT (access included). */
struct PolicyCandidate
{
    int node = -1;
    double rttMs = 0;
};

struct PolicyRegion
{
    int region = -1;
    int servedBy = -1;                       // the node the plan routes this region to (-1: none)
    Tier tier = Tier::Regional;              // the tier serving the region (a split workload's zone tier)
    std::vector<PolicyCandidate> candidates; // the evaluator's candidates in that tier, best first
};

/** The workload served from one tier: the nodes it uses there and how it would fare. */
struct PolicyRoute
{
    Tier tier = Tier::Regional;
    bool feasible = false; // something in this tier can serve it
    bool meetsSlo = false;
    double sloMs = 0;         // modeled latency at the SLO percentile
    double attainmentPct = 0; // share of requests within the budget
    double usdPerMTok = 0;    // modeled cost per million tokens
    double usdPerMonth = 0;
    std::vector<int> nodes; // serving nodes, most demand first
};

struct WorkloadPolicy
{
    int workload = -1;
    double networkMs = 0;    // network RTT at the SLO percentile the plan budgets (over demand, best nodes)
    double maxNetworkMs = 0; // estimate: budget minus the modeled compute and queueing time (>= 0)
    PolicyRoute route;       // the plan's tier
    std::vector<PolicyRoute>
        fallbacks; // the other tiers that can serve it: meeting the SLO first, then fastest
    std::vector<PolicyRegion> regions; // by region index, each in the tier that serves its zone
    ZoneTiers zoneTiers{};             // a split workload's tier per zone (all unset: not split)
};

struct RoutingPolicy
{
    std::vector<WorkloadPolicy> workloads;
};

/**
 * The routing policy of a plan: for every workload its tier, SLO and cost, the ordered candidate nodes per
 * demand region (Evaluator::candidates, at most `candidates` per region) and the fallback tiers, each as the
 * workload would be if it alone moved there (evaluateAlternatives). Thread-safe (const evaluator).
 */
RoutingPolicy buildRoutingPolicy(const Evaluator &evaluator, const PlanOutcome &plan,
                                 int candidates = Evaluator::CandidatesPerRegion);

/** The generic JSON policy, schema edgeatlas-policy/1 (engine/export/POLICY.md). Compact JSON. */
QByteArray policyToJson(const Scenario &s, const RoutingPolicy &policy);

} // namespace ea
