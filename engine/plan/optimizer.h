// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"

#include <QStringList>

#include <atomic>
#include <functional>
#include <limits>
#include <vector>

namespace ea {

class Evaluator;

/** What the optimizer may choose: a tier per workload, or a tier per workload and zone of its demand. */
enum class Granularity { Workload, Zone };

/** Where a running optimization stands, for progress displays. */
struct OptimizeStatus
{
    double fraction = 0;                                                // 0..1, a rough share of the work
    double bestUsdPerMonth = std::numeric_limits<double>::infinity();   // best placement found (evaluated)
    double boundUsdPerMonth = -std::numeric_limits<double>::infinity(); // no placement is cheaper than this
    double gap() const; // (best − bound) / best, 0..1; 1 while there is no placement or no bound
    int iterations = 0; // rounds of the cut loop so far
};

/** The time limit `plan --optimize` and Suggest Placement use unless given another: a zone-granularity
 * search on the default world does not finish in 5 minutes, so no search is left without one. */
inline constexpr double DefaultOptimizeTimeLimitS = 60;

struct OptimizeOptions
{
    /** Polled during the search; when it becomes true the search stops and reports cancelled. */
    const std::atomic<bool> *cancel = nullptr;
    /** Share of the search done (0..1), called on the optimizing thread, at most about 100 times. */
    std::function<void(double)> progress;
    /** The same, with the best placement's cost and the proven bound (the optimality gap). */
    std::function<void(const OptimizeStatus &)> status;
    /** Wall-clock seconds the optimizer may take (0: no limit); then the best placement found is returned,
     * with its gap. */
    double timeLimitS = 0;
    /** Stop as soon as the gap is at most this (0: until proven optimal). */
    double relativeGap = 0;
    Granularity granularity = Granularity::Workload;
    /**
     * Place for resilience: the cheapest placement in which every workload meeting its SLO keeps it under
     * every single site failure (SurvivalTest: the N+1 check of resilience.h over every site). Each placement
     * the search accepts is put through that check; one that fails is cut off (with every placement that
     * gives the broken workload the same tier and the same workloads before it there) and the search goes on.
     */
    bool resilient = false;
    /**
     * Exhaustive search only (exhaustivePlacementSearch): most workload evaluations it may spend; when it
     * runs out the best placement found so far is returned with provenOptimal false. 0: no limit up to
     * MaxExactWorkloads workloads, 4,000 above.
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
    bool timedOut = false; // the time limit stopped it (then the gap says how far from proven it is)
    bool hasPlacement() const { return !placement.empty(); }
    Placement placement;          // empty when there is nothing to suggest
    PlanOutcome outcome;          // Evaluator::evaluate(placement)
    double usdPerMonth = 0;       // outcome.usdPerMonth
    double searchUsdPerMonth = 0; // the same total as the search's memo made it (equal, bit for bit)
    /** Workloads that meet their SLO in no tier they may use, even with all capacity to themselves (a
     * best-effort placement keeps them in their current tier). */
    std::vector<int> unreachable;
    Granularity granularity = Granularity::Workload;
    /** Proven lower bound of the cost of every placement meeting the requirements (−inf: none proven). */
    double boundUsdPerMonth = -std::numeric_limits<double>::infinity();
    /** (usdPerMonth − bound) / usdPerMonth: 0 when proven optimal; 1 when there is no bound. */
    double gap = 1;
    int iterations = 0;      // rounds of the cut loop (solver, then the evaluator, then cuts)
    int mipSolves = 0;       // MIP solves by CBC
    int outcomesLearned = 0; // workload outcomes the cut loop added beyond the first ones
    /** The largest master problem handed to CBC: rows and nonzero matrix entries (its memory grows with
     * them; the loop stops, not proven, before one above placement::MaxMasterNonzeros). */
    int masterRows = 0;
    qint64 masterNonzeros = 0;
    bool sizeLimited = false; // stopped by that cap (the placement is the best found, with its gap)
    /** Placing for resilience (OptimizeOptions::resilient): the placement passed the N+1 check. */
    bool resilient = false;
    int failuresChecked = 0;      // single-site failures in that check (every site of the scenario)
    qint64 resilienceChecks = 0;  // candidate placements put through it
    qint64 failuresEvaluated = 0; // failures evaluated over all candidates (verdicts remembered excluded)
    int resilienceCuts = 0;       // cuts learned from failures that broke a candidate
    double timeLimitS = 0;        // the limit it ran under (OptimizeOptions::timeLimitS; 0: none)
    double seconds = 0;           // wall-clock time
    /** log10 of the number of placements allowed by pins and forbidden tiers (a count that does not fit an
     * integer for large portfolios: 4^36 at 36 workloads). */
    double placementsAllowedLog10 = 0;
    qint64 placementsTotal = 0;     // the same count when it fits (else -1)
    qint64 placementsExamined = 0;  // complete placements the search costed (with every required SLO met)
    qint64 searchNodes = 0;         // partial placements examined (one per workload-in-tier tried)
    qint64 workloadEvaluations = 0; // Evaluator::evaluateWorkload calls (the rest came from the memo)
    QStringList problems;           // one line per problem, for people
};

/** Workload counts up to which the search runs without an evaluation limit by default. */
inline constexpr int MaxExactWorkloads = 16;

/**
 * The placement optimizer on a mixed-integer program solved by COIN-OR CBC, verified by the evaluator in a
 * cut loop (logic-based Benders): the result is the evaluator's optimum, proven when provenOptimal (gap 0),
 * else the best found with its gap. See placementsolver.cpp for the formulation. Thread-safe (const
 * evaluator); run it off the GUI thread.
 */
OptimizeResult optimizePlacement(const Evaluator &evaluator, const Placement &current,
                                 const OptimizeOptions &options = {});

/**
 * The exhaustive search (depth-first over tiers in workload order, memoized outcomes): exact, exponential in
 * the number of workloads; the test oracle of optimizePlacement. Workload granularity only.
 */
OptimizeResult exhaustivePlacementSearch(const Evaluator &evaluator, const Placement &current,
                                         const OptimizeOptions &options = {});

class SurvivalTest;
/**
 * Why no placement keeps every SLO under every single site failure (OptimizeOptions::resilient): each
 * workload that a failure broke in some placement tried and that keeps its SLO in no tier on its own under
 * every failure, with the failure that breaks it in each tier; else the failures that broke the placements
 * tried most often. One line per problem.
 */
QStringList explainNotResilient(const Evaluator &evaluator, const Placement &current,
                                const SurvivalTest &test, const std::atomic<bool> *cancel = nullptr);

/** One workload before and after a placement change. */
struct WorkloadChange
{
    int workload = -1;
    Tier from = Tier::Regional, to = Tier::Regional;
    ZoneTiers fromZones{}, toZones{}; // zone tiers of a split workload, before and after
    double usdBefore = 0, usdAfter = 0;
    double attainmentBefore = 0, attainmentAfter = 0; // % of requests within budget
    bool metBefore = false, metAfter = false;         // meetsSlo
    bool moved() const { return from != to || fromZones != toZones; }
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
