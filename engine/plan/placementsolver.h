// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/resilience.h"

#include <QElapsedTimer>

#include <optional>
#include <vector>

namespace ea {

class Evaluator;

/** The cut loop of the placement optimizer (placementsolver.cpp) and the problem it works on. */
namespace placement {

/** An outcome of one part (workload, tier, zones) the cut loop knows, with the free GPUs under which it is
 * certain. */
struct Known
{
    ZoneMask zones = AllZones; // the part's zones with demand; AllZones: the whole workload in the tier
    double usd = 0;            // gpuUsd + apiUsd + egressUsd, as usdPerMonth() adds them
    double gpuUsd = 0, apiUsd = 0, egressUsd = 0;
    double goodputRps = 0;
    bool feasible = true;
    bool meets = false; // a whole workload: meetsSlo
    double attainmentPct = 0;
    QString issue;
    std::vector<CapacityCertificate::Bound> bounds; // only those that can ever fail
    std::vector<std::pair<int, int>> gpusAt;        // (node, GPUs it takes)
    // A large certificate enters the master as one summed row until the master is seen to rely on it where
    // it does not hold; then as one row per bound (strict). The same for the rows of unknown outcomes.
    bool strict = false, strictDisjunction = false;
};

/** What the master may say of a part it has no known outcome for: proven bounds, per group of zones. */
struct PartBounds
{
    bool dependsOnCapacity = false; // billed per GPU hour
    std::vector<double> fixedUsd;   // per group: egress and API bill (the same whatever GPUs are free)
    std::vector<double> reachRps;   // per group: demand some node could serve within budget (upper bound)
    std::vector<std::array<double, 24>> hourlyRps; // per group: demand per UTC hour
    double usdPerRpsMonth = 0; // least GPU cost of one request per second of a site's peak
    double footprintUsd = 0;   // least cost of a used site
};

/** One workload: its groups of zones (each placed in one tier), the tiers each may take, what is known. */
struct Item
{
    int workload = -1;
    bool required = true;                 // must meet its SLO (false: held where it is in a best-effort plan)
    bool fixed = false;                   // pinned or held: placed as now
    std::vector<ZoneMask> groups;         // disjoint, covering the zones with demand
    std::vector<double> groupRps;         // mean demand of each group
    std::vector<std::vector<Tier>> tiers; // per group, the tiers it may take
    std::array<PartBounds, TierCount> bounds;
    std::array<std::vector<Known>, TierCount> known; // per tier
    std::array<std::vector<int>, TierCount>
        disjunctive; // per tier: known outcomes an unknown one must differ from
    double meanRps = 0, peakFactor = 1;
    /** Set by the cut loop: fixed, and every item before it that may share a tier with it is too, so its
     * outcome is certain: the known outcome per tier it takes (-1 where it has no part). */
    bool determined = false;
    std::array<int, TierCount> determinedKnown{-1, -1, -1, -1};
};

/** One literal of a resilience cut: group `group` of item `item` is in `tier` (in) or not (!in). */
struct Literal
{
    int item = -1, group = 0;
    Tier tier = Tier::Edge;
    bool in = true;
    bool operator==(const Literal &) const = default;
};

class SurvivalGuard;

struct Problem
{
    std::vector<Item> items; // in workload order
    std::vector<int> fullGpus;
    std::vector<std::vector<int>> noGoods; // learned: per cut, (column key) — see CutLoop
    /** Placing for resilience: the test every accepted placement must pass (nullptr: not asked), and the
     * cuts learned from placements that failed it (no placement may make every literal of one true). */
    SurvivalGuard *survival = nullptr;
    std::vector<std::vector<Literal>> survivalCuts;
};

struct Solution
{
    bool found = false;
    std::vector<std::vector<Tier>> tiers; // per item, per group
    double usd = 0;
    int moves = 0;
};

/** Most nonzero entries a master problem may have: the loop stops with its best (not proven) before
 * handing CBC a larger one. CBC keeps a few dozen copies of the matrix (presolve, cut generators, the
 * search's solvers), about 12 bytes an entry each: a master of this size stays within about 1 GB. */
inline constexpr qint64 MaxMasterNonzeros = 2'000'000;

class CutLoop
{
public:
    CutLoop(const Evaluator &e, const Placement &current, const OptimizeOptions &options,
            QElapsedTimer clock);

    struct Run
    {
        Solution best;
        double bound = -std::numeric_limits<double>::infinity();
        bool provenInfeasible = false;
        bool proven = false;
        bool stopped = false;
        bool roundsExhausted = false; // stopped by maxRounds (not by time or cancel)
        bool bySearch = false;        // the branch and bound finished the job (its best has the fewest moves)
        bool cancelled = false;
        int iterations = 0, mipSolves = 0, learned = 0;
        /** The largest master problem solved: its rows and its matrix's nonzero entries. */
        int masterRows = 0;
        qint64 masterNonzeros = 0;
        bool sizeLimited = false; // stopped because the next master would exceed MaxMasterNonzeros
    };
    /** seed: a first incumbent to evaluate (besides the current placement). maxRounds: stop after that many
     * rounds of the loop unless proven earlier (0: no limit but the time limit). */
    Run run(Problem &p, double progressFrom, double progressTo, const std::optional<Solution> &seed = {},
            int maxRounds = 0);
    /** Moves one group of one workload to another tier while that makes a placement meeting the requirements
     * cheaper (each candidate evaluated exactly), until none does or the time limit. Returns the improved
     * best. */
    Solution improve(Problem &p, Solution best, int *learned);
    /** Among solutions costing at most maxUsd, the one with fewest moves from the current placement, over
     * known outcomes only; nothing when none has fewer than `moves`. */
    std::optional<Solution> fewestMoves(Problem &p, double maxUsd, int moves);

    Placement placementOf(const Problem &p, const Solution &s) const;
    /** Seconds since the optimizer started after which run() stops (0: only the time limit). */
    void setDeadline(double seconds) { m_deadline = seconds; }
    /** What the master took for an item's part in a tier: a known outcome's index, Unknown or None. */
    static constexpr int Unknown = -2, None = -1;
    using Taken = std::vector<std::array<int, TierCount>>;
    /** Evaluates a solution exactly, learning the outcomes met (and where the master relied on wrong rows).
     */
    Solution evaluate(Problem &p, const std::vector<std::vector<Tier>> &tiers, const Taken &taken,
                      bool *learned, int *newOutcomes);

private:
    const Evaluator &m_e;
    const Placement &m_current;
    const OptimizeOptions &m_options;
    QElapsedTimer m_clock;
    double m_deadline = 0;
};

/**
 * The proof stage: branch and bound over the workloads in order at workload granularity, from an incumbent;
 * see placementsearch.cpp. Learns the outcomes it meets into the problem.
 */
class BranchAndBound
{
public:
    BranchAndBound(const Evaluator &e, const Placement &current, const OptimizeOptions &options,
                   QElapsedTimer clock);
    struct Result
    {
        Solution best;
        double bound = -std::numeric_limits<double>::infinity(); // proven: nothing is cheaper
        bool proven = false;
        bool stopped = false, cancelled = false;
        int learned = 0;
        qint64 nodes = 0;
    };
    /** otherBound: the best bound known otherwise (for progress reports only). */
    Result run(Problem &p, const Solution &incumbent,
               double otherBound = -std::numeric_limits<double>::infinity());

private:
    void prepare(Problem &p);
    bool beats(double usd, int moves) const;
    const Known &outcome(int item, Tier tier);
    void dfs(int item, double usd, int moves);
    void greedy();
    bool cutOff(int item);

    const Evaluator &m_e;
    const Placement &m_current;
    const OptimizeOptions &m_options;
    QElapsedTimer m_clock;
    Problem *m_p = nullptr;
    std::vector<std::array<double, TierCount>> m_lower;
    std::vector<double> m_suffix;
    std::vector<std::vector<Known>> m_fixedKnown;
    std::vector<int> m_free;
    std::vector<Tier> m_tiers;
    Solution m_best;
    double m_openBound = 0, m_reportBound = 0;
    bool m_stopped = false, m_cancelled = false;
    int m_learned = 0;
    qint64 m_nodes = 0;
    std::vector<std::vector<size_t>> m_cutsAt; // resilience cuts by their last item
    size_t m_cutsIndexed = 0;
};

/** The placement a solution of the problem stands for (items not in it keep their current placement). */
Placement placementOf(const Problem &p, const Solution &s, const Placement &current);

/**
 * The resilience test of the cut loop and the branch and bound (placementresilience.cpp): SurvivalTest on a
 * solution's placement; where a single site failure breaks workload w's SLO, the cut excluding every
 * solution that gives w the same tiers and, in those tiers, the same workloads before it (what w's outcome
 * under the failure depends on: a failure of tier t touches only t's workloads, capacity is taken in
 * workload order), so the cut removes no placement that survives.
 */
class SurvivalGuard
{
public:
    /** stop: as SurvivalTest's (the user's cancel, the time limit). */
    SurvivalGuard(const Evaluator &e, const Placement &current, std::function<bool()> stop);
    /** Whether the solution's placement survives every single site failure; when not, its cuts join p. A
     * stopped check answers false, learns nothing and sets inconclusive(). */
    bool survives(Problem &p, const Solution &s);
    /** Some check was stopped before its verdict: a search that relied on it proves nothing. */
    bool inconclusive() const { return m_inconclusive; }
    /** True when every literal of the cut holds, tierOf(item, group) giving each group's tier. */
    template <typename F> static bool violates(const std::vector<Literal> &cut, F tierOf)
    {
        for (const Literal &l : cut)
            if ((tierOf(l.item, l.group) == l.tier) != l.in)
                return false;
        return true;
    }
    SurvivalTest &test() { return m_test; }
    int cuts() const { return m_cuts; }

private:
    const Placement &m_current;
    SurvivalTest m_test;
    int m_cuts = 0;
    bool m_inconclusive = false;
};

/** An evaluated outcome as the loop keeps it (certificate bounds that can fail, GPUs taken). */
Known knownOutcome(const WorkloadOutcome &o, ZoneMask zones, const CapacityCertificate &c,
                   const std::vector<int> &fullGpus);

/**
 * The problem: per workload its groups (one with every zone of demand at workload granularity, one per zone
 * of demand at zone granularity; one per zone, fixed to the current placement, for pinned and held
 * workloads).
 */
Problem buildProblem(const Evaluator &e, const Placement &current, const std::vector<bool> &required,
                     const std::vector<bool> &held, Granularity granularity);

/** The size of the master problem the cut loop would hand CBC for this problem: rows and nonzero matrix
 * entries (CBC's memory grows with them). For tests and benchmarks. */
struct MasterSize
{
    int columns = 0, rows = 0;
    qint64 nonzeros = 0;
};
MasterSize masterSize(const Scenario &s, const Problem &p, const Placement &current);

/** The outcome of a part with all GPUs free, as a Known (used to seed the problem in parallel). */
Known knownWithAllFree(const Evaluator &e, int workload, Tier tier, ZoneMask zones);

} // namespace placement
} // namespace ea
