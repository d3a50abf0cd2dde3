// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluator.h"
#include "engine/plan/whatifplan.h"

#include <array>
#include <functional>
#include <memory>
#include <vector>

namespace ea {

/**
 * A plan through the day: the GPUs stay those the plan sized (every site at its own diurnal peak), the
 * demand follows each workload's daily profile at each region's local time (DESIGN.md, "Models").
 */
namespace timeline {

/** A region's local hour, in [0, 24), at a UTC hour (its utcOffsetHours may be fractional). */
double localHour(const DemandRegion &region, int utcHour);
/**
 * A workload's demand at a local hour over its daily mean: the profile, interpolated linearly between
 * whole hours, over its mean; 1 for an empty (all-zero) profile. The evaluator sizes sites with the same
 * factor, so the two agree to the bit.
 */
double diurnalFactor(const Workload &workload, double localHour);
/** The daily mean of a workload's profile, the divisor of diurnalFactor (summed in the evaluator's order). */
double diurnalMean(const Workload &workload);
/** diurnalFactor with the profile's mean computed once (the same expression, so the same bits). */
double diurnalFactor(const Workload &workload, double mean, double localHour);
/** Requests per second of a workload from a region at a UTC hour (its share of the workload's demand). */
double regionDemandRps(const Scenario &s, int workload, int region, int utcHour);

} // namespace timeline

/** One site of one workload at one hour. */
struct HourSite
{
    int node = -1;
    double loadRps = 0; // demand routed here this hour
    double capacityRps =
        0;              // what the plan's replicas carry at the tier's target utilisation (inf: per token)
    double peakRps = 0; // the load the plan sized the site for (its own peak hour)
    int peakHour = 0;   // UTC hour of that peak
    int gpus = 0;
    double utilization = 0; // of the site's request slots
    double waitMs = 0;      // queueing at the workload's SLO percentile
    int batch = 1;          // requests in flight per replica
    double computeMs = 0;   // TTFT or E2E at that batch
    bool down = false;      // down under the what-if conditions: no capacity, its regions go elsewhere
    double headroomRps() const { return capacityRps - loadRps; }
};

/** One demand region of one workload at one hour. */
struct HourRegion
{
    int node = -1; // serving node, -1 when unserved this hour
    float demandRps = 0;
    float sloMs = 0; // latency at the workload's SLO percentile
    bool meetsSlo = false;
    bool spilled = false; // its plan node was full (or down), another site of the workload took it
};

struct HourWorkload
{
    int workload = -1;
    Tier tier = Tier::Regional;
    double offeredRps = 0, servedRps = 0, goodputRps = 0;
    double attainmentPct = 0;    // of the demand offered this hour
    double usdPerHour = 0;       // GPUs of the plan, plus API and egress for the requests served this hour
    std::vector<HourSite> sites; // the plan's sites, in its order
    std::vector<HourRegion> regions; // by region index
    double unservedRps() const { return std::max(0.0, offeredRps - servedRps); }
};

/** The workloads of one tier (or all of them) at one hour. */
struct TierHour
{
    int workloads = 0;
    double offeredRps = 0, servedRps = 0, goodputRps = 0;
    double capacityRps = 0; // of the GPU-billed sites
    double gpuLoadRps = 0;  // what those sites carry
    double usdPerHour = 0;
    double unservedRps() const { return std::max(0.0, offeredRps - servedRps); }
    double attainmentPct() const { return offeredRps > 0 ? 100.0 * goodputRps / offeredRps : 100.0; }
    /** Load over capacity of the GPU-billed sites, %. */
    double loadPct() const { return capacityRps > 0 ? 100.0 * gpuLoadRps / capacityRps : 0.0; }
};

/** A node at one hour, over every workload it serves. */
struct HourNode
{
    int node = -1;
    double loadRps = 0, capacityRps = 0;
    double loadPct() const { return capacityRps > 0 ? 100.0 * loadRps / capacityRps : 0.0; }
};

/** The whole plan at one UTC hour. */
struct PlanHour
{
    int hour = 0;
    std::vector<HourWorkload> workloads;     // by workload index
    std::array<TierHour, TierCount> tiers{}; // by tier
    TierHour total;                          // every workload
    std::vector<float> regionDemandRps;      // every workload, by region index
    std::vector<HourNode> nodes;             // the nodes that serve something, ascending
    int workloadsCopied = 0; // taken whole from the hour before (same demand), for the benchmark
};
using PlanHourPtr = std::shared_ptr<const PlanHour>;

/** The 24 hours of a plan. */
struct PlanDay
{
    int peakHour = 0;                    // UTC hour of the largest demand (PlanTimeline::peakHour())
    std::array<double, 24> offeredRps{}; // every workload, per UTC hour
    std::vector<PlanHourPtr> hours;      // 24, by UTC hour; empty when cancelled
    double maxRegionDemandRps = 0;       // over every hour, for drawing every hour at one scale
    int workloadsCopied = 0;
    int whatIfConditions = 0; // the day under this many what-if conditions (PlanTimeline::conditions())
};
using PlanDayPtr = std::shared_ptr<const PlanDay>;

/**
 * Evaluates a sized plan at any UTC hour. Sizing (replicas, GPUs, operating batch, routing) is the plan's;
 * each hour, every region's demand goes to its plan node while that site has room at the tier's target
 * utilisation, else spills to the best other site of the workload with room (network RTT plus compute),
 * else is unserved. Each site's queueing (M/M/k), batch and compute time follow its load that hour.
 *
 * A site reaches the load it was sized for at its own peak hour, where its numbers equal the plan's to the
 * bit; at any other hour it carries less. So with the plan's own demand nothing spills and nothing is
 * unserved; a `demand` scenario (the same regions and workloads, e.g. with a what-if surge applied) may ask
 * for more than the plan carries.
 *
 * Everything that does not depend on the hour is prepared once; an hour whose demand equals the hour
 * before's for a workload (a flat profile) copies that workload. Immutable and thread-safe.
 */
class PlanTimeline
{
public:
    PlanTimeline(std::shared_ptr<const Evaluator> sizing, PlanOutcomePtr plan,
                 std::shared_ptr<const Scenario> demand = {});
    /**
     * The plan as sized (`sizing`, `plan`: without the conditions) through a bad day: the demand of the
     * what-if copy (surges), its network (latency penalties, through whatIf.evaluator) and its sites down
     * (no capacity: their regions spill to the next site of the workload with room, else are unserved).
     * The GPUs and their cost stay the plan's (a price change shows in the plan under the conditions, not
     * here). `whatIf` must come from evaluateWhatIf() on the same scenario content.
     */
    PlanTimeline(std::shared_ptr<const Evaluator> sizing, PlanOutcomePtr plan, const WhatIfPlan &whatIf);
    ~PlanTimeline();

    const PlanOutcome &plan() const { return *m_plan; }
    /** Total demand per UTC hour, rps. */
    const std::array<double, 24> &offeredByHour() const { return m_offered; }
    /** The UTC hour of the largest total demand (the earliest of equals): the day's peak. */
    int peakHour() const { return m_peakHour; }
    /** The what-if conditions the day is evaluated under (the enabled ones); empty without. */
    const std::vector<WhatIfCondition> &conditions() const { return m_conditions; }

    PlanHour evaluateHour(int utcHour) const;
    /**
     * Every hour in turn; `progress(done)` after each (0..24) returns false to cancel (then the day has
     * no hours).
     */
    PlanDay evaluateDay(const std::function<bool(int)> &progress = {}) const;

private:
    struct Prepared;
    HourWorkload evaluateWorkload(const Prepared &p, int utcHour) const;
    /** The tiers' and nodes' totals from the parts, then one result per workload (parts merged). */
    void assemble(PlanHour &h, std::vector<HourWorkload> parts) const;

    std::shared_ptr<const Evaluator> m_sizing;
    PlanOutcomePtr m_plan;
    std::shared_ptr<const Scenario> m_demand;
    std::shared_ptr<const Evaluator> m_network; // routes and latency: m_sizing, or the what-if copy's
    Evaluator::NodeMask m_down;                 // by node; empty when none is down
    std::vector<WhatIfCondition> m_conditions;
    void prepare();
    std::vector<Prepared> m_prepared; // by outcome: each workload's, or each part of a split one
    std::array<double, 24> m_offered{};
    int m_peakHour = 0;
};

} // namespace ea
