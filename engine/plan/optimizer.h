// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <vector>

namespace ea {

class Evaluator;

struct OptimizeOptions
{
    /** Polled during the search; when it becomes true the search stops and reports cancelled. */
    const std::atomic<bool> *cancel = nullptr;
    /** Share of the search done (0..1), called on the optimizing thread, at most about 100 times. */
    std::function<void(double)> progress;
    /**
     * Most workload evaluations the search may spend; when it runs out the best placement found so far is
     * returned with provenOptimal false. 0: no limit up to MaxExactWorkloads workloads, 4,000 above.
     */
    qint64 maxWorkloadEvaluations = 0;
};

/**
 * The cheapest placement (total usdPerMonth as Evaluator::evaluate computes it) in which every workload
 * meets its SLO (meetsSlo), honouring pinned workloads (they keep their current tier) and forbidden tiers
 * (Scenario::assignableTiers). Ties: fewer moves from the current placement, then the first in search order.
 *
 * When no placement meets every SLO, feasible is false and problems says which workload and why. If some
 * workloads meet their SLO in no tier even with all capacity to themselves, a best-effort placement is
 * still given (bestEffort true): those workloads stay in their current tier and the rest is the cheapest
 * placement in which every other workload meets its SLO.
 */
struct OptimizeResult
{
    bool feasible = false;      // a placement meeting every SLO was found (then it is the cheapest)
    bool bestEffort = false;    // placement keeps the `unreachable` workloads where they are; see above
    bool provenOptimal = false; // the search was exhaustive (the answer, feasible or not, is exact)
    bool cancelled = false;
    bool hasPlacement() const { return !placement.empty(); }
    Placement placement;          // empty when there is nothing to suggest
    PlanOutcome outcome;          // Evaluator::evaluate(placement)
    double usdPerMonth = 0;       // outcome.usdPerMonth
    double searchUsdPerMonth = 0; // the same total as the search's memo made it (equal, bit for bit)
    /** Workloads that meet their SLO in no tier they may use, even with all capacity to themselves (a
     * best-effort placement keeps them in their current tier). */
    std::vector<int> unreachable;
    qint64 placementsTotal = 0;     // placements allowed by pins and forbidden tiers
    qint64 placementsExamined = 0;  // complete placements the search costed (with every required SLO met)
    qint64 searchNodes = 0;         // partial placements examined (one per workload-in-tier tried)
    qint64 workloadEvaluations = 0; // Evaluator::evaluateWorkload calls (the rest came from the memo)
    QStringList problems;           // one line per problem, for people
};

/** Workload counts up to which the search runs without an evaluation limit by default. */
inline constexpr int MaxExactWorkloads = 16;

/** Thread-safe (const evaluator); run it off the GUI thread. */
OptimizeResult optimizePlacement(const Evaluator &evaluator, const Placement &current,
                                 const OptimizeOptions &options = {});

/** One workload before and after a placement change. */
struct WorkloadChange
{
    int workload = -1;
    Tier from = Tier::Regional, to = Tier::Regional;
    double usdBefore = 0, usdAfter = 0;
    double attainmentBefore = 0, attainmentAfter = 0; // % of requests within budget
    bool metBefore = false, metAfter = false;         // meetsSlo
    bool moved() const { return from != to; }
};

/** What a new plan changes against an old one, for the command line and the suggestion dialog. */
struct PlanDiff
{
    std::vector<WorkloadChange> workloads; // every workload, in scenario order
    int moves = 0;
    int metBefore = 0, metAfter = 0; // workloads meeting their SLO
    double usdBefore = 0, usdAfter = 0;
    double attainmentBefore = 0, attainmentAfter = 0; // request-weighted, %
    double savingUsd() const { return usdBefore - usdAfter; }
};

/** Both plans must be of the same scenario. */
PlanDiff diffPlans(const PlanOutcome &before, const PlanOutcome &after);

/**
 * Why a workload cannot meet its SLO, from its latency budget decomposition: alone[t] is its outcome in tier
 * t with all capacity to itself (nullptr for tiers it may not use). One line naming the workload.
 */
QString explainUnreachable(const Scenario &s, int workload,
                           const std::vector<const WorkloadOutcome *> &alone);

} // namespace ea
