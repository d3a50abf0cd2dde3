// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluator.h"

#include <array>
#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ea {

/** One failure of the N+1 check: a single site, or every node of one tier in one zone. */
struct Failure
{
    enum class Kind { Site, ZoneOfTier };
    Kind kind = Kind::Site;
    Tier tier = Tier::Edge;
    int zone = -1;          // geo::Zone for ZoneOfTier
    std::vector<int> nodes; // scenario indices, ascending
    QString label;          // the node id, or "edge in EU"
};

/** What one failure does to the plan, against the plan without it. */
struct FailureImpact
{
    int failure = -1; // index into ResilienceReport::failures
    double usdPerMonthBefore = 0, usdPerMonthAfter = 0;
    double attainmentPctBefore = 0, attainmentPctAfter = 0; // request-weighted over all workloads
    double unservedRps = 0;                                 // demand no node serves any more
    struct Workload
    {
        int workload = -1;
        double attainmentPctBefore = 0, attainmentPctAfter = 0;
        double usdPerMonthBefore = 0, usdPerMonthAfter = 0;
        bool breaksSlo = false; // met its SLO before, misses it after
        int regionsMoved = 0;   // regions served by another node (or by none)
        int regionsLostSlo = 0; // regions that met the budget before and miss it after
    };
    std::vector<Workload> workloads;   // the workloads the failure changes, by workload index
    std::vector<int> regionsAffected;  // demand regions moved or out of budget for some workload, ascending
    double failedSitesUsdPerMonth = 0; // what the failed nodes cost in the plan (no longer billed after)
    /** The extra cost of the spill: what the surviving sites cost beyond the plan (after - before + failed).
     */
    double spillUsdPerMonth() const { return usdPerMonthAfter - usdPerMonthBefore + failedSitesUsdPerMonth; }
    bool breaksSlo() const;
    /** The largest drop of one workload's attainment, in percentage points. */
    double worstDropPct() const;
};

struct ResilienceOptions
{
    bool sites = true;       // every single node
    bool zonesOfTier = true; // every (tier, zone) with nodes
    int threads = 0;         // 0: one per hardware thread
    /**
     * Nodes down before any failure (by node index; empty: none), e.g. the scenario's active what-if
     * conditions (resiliencePlan()): the plan must have been evaluated with them down, and each failure
     * adds its nodes to them.
     */
    Evaluator::NodeMask down;
};

struct ResilienceReport
{
    std::vector<Failure> failures;      // every failure evaluated, in the order built
    std::vector<FailureImpact> impacts; // failures that change anything, worst first
    int breaking = 0;                   // impacts that break some workload's SLO (they come first)
    long long workloadEvaluations = 0;  // workloads re-evaluated in full, over all failures
    long long workloadsCopied = 0;      // workloads whose routing provably held, taken from the plan
    bool cancelled = false;
};

/** Every single-site failure and every zone-of-a-tier failure of the evaluator's scenario. */
std::vector<Failure> singleFailures(const Evaluator &evaluator, const ResilienceOptions &options = {});

/**
 * The N+1 check: every failure of `failures` evaluated against `plan` (evaluator.evaluate(placement, down)),
 * exactly as a full evaluation with those nodes down would give it (Evaluator::evaluate's NodeMask), but
 * incrementally: only the workloads of the failed tier are looked at, and of those only the ones that route
 * to a failed node, or whose routing may change with the capacity others leave, are re-evaluated.
 *
 * Worst first: failures that break a workload's SLO, by the largest attainment drop, then by extra cost.
 * Runs on `threads` worker threads; polls `cancel` (stops early, cancelled set) and reports progress in
 * [0, 1] from those threads (the callback must be thread-safe). Thread-safe.
 */
ResilienceReport checkResilience(const Evaluator &evaluator, const PlanOutcome &plan,
                                 std::vector<Failure> failures, const ResilienceOptions &options = {},
                                 const std::atomic_bool *cancel = nullptr,
                                 const std::function<void(double)> &progress = {});

/**
 * What the N+1 check starts from for a scenario: the scenario's active what-if conditions applied
 * (applyWhatIf: an evaluation copy, with its down nodes), its evaluator and the plan of `placement` under
 * them. With no active condition, the scenario itself. Pass `evaluator`, `plan` and `options()` to
 * checkResilience().
 */
struct ResiliencePlan
{
    std::shared_ptr<const Evaluator> evaluator;
    PlanOutcome plan;
    Evaluator::NodeMask down; // from the conditions; all zero when none
    int conditions = 0;       // active what-if conditions applied
    ResilienceOptions options(ResilienceOptions base = {}) const
    {
        base.down = down;
        return base;
    }
};
ResiliencePlan resiliencePlan(const Scenario &s, const Placement &placement);

/** What losing one site does, for colouring sites by damage (from the site failures of a report). */
struct SiteDamage
{
    bool evaluated = false;  // the site's own failure was checked
    bool changes = false;    // its loss changes anything
    bool breaksSlo = false;  // its loss breaks some workload's SLO
    double worstDropPct = 0; // largest attainment drop of one workload, percentage points
    double spillUsdPerMonth = 0;
    double unservedRps = 0;
    QString failure;         // the failure's label (the node id)
    int regionsAffected = 0; // demand regions moved or out of budget for some workload
    int worstWorkload = -1;  // the workload with the largest attainment drop (-1: none drops)
    int brokenWorkloads = 0; // workloads whose SLO it breaks
};
/** One entry per node of the evaluator's scenario (`nodes`), from the report's single-site failures. */
std::vector<SiteDamage> damageBySite(const ResilienceReport &report, size_t nodes);

/** The impact of one failure from two full outcomes (the oracle the incremental check is tested against). */
FailureImpact impactOf(const PlanOutcome &before, const PlanOutcome &after, const Evaluator::NodeMask &down);

/**
 * The N+1 test a placement must pass when the optimizer places for resilience (OptimizeOptions::resilient):
 * every workload that meets its SLO keeps it under every single site failure (singleFailures with sites
 * only, each evaluated by checkResilience: the same failures and the same SLO test as the N+1 check).
 *
 * A failure of a site in tier t changes only the workloads placed in t, and capacity is consumed in workload
 * order, so what a failure does to a workload depends only on its tier and the workloads before it in that
 * tier. The test remembers each workload's verdict under that key and re-checks a candidate only in the
 * tiers where some workload's key is new (placements with split workloads are checked whole). Not
 * thread-safe: one per optimization.
 */
class SurvivalTest
{
public:
    /** stop: polled during a check (from its worker threads, so thread-safe): true stops it without a
     * verdict (the user cancelled, or the optimizer's time is up). */
    explicit SurvivalTest(const Evaluator &evaluator, std::function<bool()> stop = {});

    /** A workload whose SLO a failure breaks: the worst such failure (index into failures()). */
    struct Break
    {
        int workload = -1;
        int failure = -1;
        double attainmentPctAfter = 0;
    };
    struct Verdict
    {
        bool survives = false;
        bool cancelled = false;    // the check was stopped (SurvivalTest's stop): no verdict
        std::vector<Break> breaks; // by workload
    };
    Verdict check(const Placement &placement);

    /** The failures of the test: every single site. */
    const std::vector<Failure> &failures() const { return m_failures; }
    /** Placements checked, and failures evaluated over all of them (those answered from memory excluded). */
    qint64 placementsChecked() const { return m_checks; }
    qint64 failuresEvaluated() const { return m_evaluated; }
    /** How often each (workload, failure) broke a checked placement, most often first. */
    std::vector<std::pair<Break, int>> mostFrequentBreaks(size_t count) const;

private:
    const Evaluator &m_e;
    std::function<bool()> m_stop;
    std::vector<Failure> m_failures;
    std::array<std::vector<int>, TierCount> m_tierFailures; // failure indices per tier
    std::map<std::string, std::optional<Break>> m_verdicts; // (workload, tier, earlier ones in the tier)
    std::map<std::string, Verdict> m_whole;                 // placements with split workloads
    std::map<std::pair<int, int>, std::pair<Break, int>> m_tally;
    qint64 m_checks = 0, m_evaluated = 0;
};

/** Whether a workload alone in a tier (no other workload there) keeps its SLO under every failure of that
 * tier's sites; otherwise the worst failure (SurvivalTest's failures and test). */
struct AloneSurvival
{
    bool meets = false;    // meets its SLO with every site up
    bool survives = false; // and under every single site failure of the tier
    SurvivalTest::Break worst;
    QString failure; // the worst failure's label
};
AloneSurvival aloneSurvival(const Evaluator &evaluator, int workload, Tier tier,
                            const std::atomic<bool> *cancel = nullptr);

} // namespace ea
