// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/computemodel.h"
#include "engine/model/scenario.h"

#include <QMetaType>
#include <QString>

#include <array>
#include <limits>
#include <memory>
#include <vector>

namespace ea {

/** Where the time of a request goes, in ms, at the workload's SLO percentile (demand-weighted mean). */
struct LatencyBreakdown
{
    double propagationMs = 0; // great circle at the speed of light in fibre, both ways
    double inflationMs = 0;   // real route length and server overhead beyond that, jitter, handshakes
    double accessMs = 0;      // the user's last mile
    double queueingMs = 0;    // waiting for a free slot at the site
    double prefillMs = 0;     // processing the prompt
    double decodeMs = 0;      // generating output tokens (one for TTFT)
    double totalMs() const
    {
        return propagationMs + inflationMs + accessMs + queueingMs + prefillMs + decodeMs;
    }
};

/** One demand region of one workload. */
struct RegionOutcome
{
    int node = -1;       // serving node (scenario index), -1 when unserved
    float networkMs = 0; // median network RTT including access
    float p50Ms = 0, p95Ms = 0, p99Ms = 0;
    float sloMs = 0; // latency at the workload's SLO percentile
    bool meetsSlo = false;
};

/** One site used by one workload. */
struct SiteOutcome
{
    int node = -1;
    double meanRps = 0, peakRps = 0;
    int replicas = 0, gpus = 0;
    int batch = 1;            // requests in flight per replica at the peak
    double routedPeakRps = 0; // sum of the regions' own peaks routed here (what routing checked)
    double rpsPerReplica = 0; // routing capacity of one replica
    int gpusPerReplica = 1;
    int slotsPerReplica = 1; // requests in flight per replica the site is sized for (the operating batch)
    double serviceMs = 0;    // E2E compute time of one request at that batch (slot occupancy)
    double utilization = 0, waitMs = 0;
    double gpuUsdPerMonth = 0;
    double waitP50Ms = 0, waitP95Ms = 0, waitP99Ms = 0; // queueing at those percentiles, at the site's peak
    double computeMs = 0; // TTFT or E2E (the SLO's metric) at the batch the site runs
    ComputePoint point;   // the compute at that batch
};

struct WorkloadOutcome
{
    int workload = -1;
    Tier tier = Tier::Regional;   // the workload's tier ("*"); a split workload also runs in its parts' tiers
    ZoneMask zones = AllZones;    // the zones of demand this outcome covers (a part covers some)
    bool feasible = true;         // false: nothing can serve it in this tier (issue says why)
    bool capacityLimited = false; // some region did not get its best node because that node was full
    QString issue;
    Billing billing = Billing::GpuHour;
    int gpusPerReplica = 0;
    ComputePoint compute; // at the operating batch, on the tier's most used GPU type
    double networkAllowanceMs = 0;
    double p50Ms = 0, p95Ms = 0, p99Ms = 0, sloMs = 0;
    double attainmentPct = 0;
    double offeredRps = 0, servedRps = 0, goodputRps = 0;
    int sites = 0, gpus = 0;
    double gpuUsdPerMonth = 0, apiUsdPerMonth = 0, egressUsdPerMonth = 0;
    double tokensPerMonth = 0;
    LatencyBreakdown breakdown;
    std::vector<SiteOutcome> siteLoads;
    std::vector<RegionOutcome> regions; // by region index
    /** A split workload: one outcome per tier it runs in, each over the demand of that tier's zones; the
     * fields above are those of all of them together (regions from their part, costs, GPUs and sites
     * summed, percentiles and attainment over all the demand). Empty when not split. */
    std::vector<WorkloadOutcome> parts;
    bool isSplit() const { return !parts.empty(); }
    double usdPerMonth() const { return gpuUsdPerMonth + apiUsdPerMonth + egressUsdPerMonth; }
    double usdPerMTok() const { return tokensPerMonth > 0 ? usdPerMonth() / (tokensPerMonth / 1e6) : 0; }
};

/**
 * The free GPUs under which an evaluation of a workload (or of a part of one) is certain to come out the
 * same. The routing reads the free GPUs only through tests "has node n room for this region's demand", each
 * of which passes from some number of free GPUs on; any free GPUs that pass and fail the same tests route
 * every region alike, and sizing, latency and cost follow from the routing alone. So the outcome holds for
 * every free-GPU vector with minFree <= free[node] <= maxFree at each node listed (nodes not listed do not
 * matter). Failed tests that would fail even with all of a node's GPUs free are left out.
 */
struct CapacityCertificate
{
    struct Bound
    {
        int node = -1;
        int minFree = 0, maxFree = 0;
    };
    std::vector<Bound> bounds; // by node, one per node, after finish()

    void require(int node, int minFree, int maxFree) { bounds.push_back({node, minFree, maxFree}); }
    /** Merges the bounds of each node (called by the evaluator). */
    void finish();
    bool holds(const std::vector<int> &freeGpus) const;
};

/** See Evaluator::partBound(). */
struct PartBound
{
    double offeredRps = 0; // mean demand of the part
    double fixedUsdPerMonth =
        0; // egress, and the API bill of a tier billed per token: whatever capacity is left
    std::array<double, 24> hourlyRps{}; // the part's demand per UTC hour, all regions together
    double pooledPeakRps = 0;           // at its busiest hour
    double peakFactor = 1;              // busiest hour of the workload's daily profile over its mean
    /** Least GPU cost per month of one request per second of a site's peak, over the tier's GPU types that
     * fit (sites are sized to at least peak / capacity per replica); 0 for a tier billed per token. */
    double usdPerRpsMonth = std::numeric_limits<double>::infinity();
    double footprintUsdPerMonth = 0; // least cost per month of one used site (the tier's minimum GPUs)
    /** Share of the workload's whole demand, in these zones, that some node of the tier could serve within
     * the SLO budget: network RTT at the SLO percentile plus the fastest compute of the node's GPU type, no
     * queueing. An upper bound of the attainment (as a share) any outcome of the part can reach. */
    double reachableShare = 0;
};

/** Share of a workload's requests that must meet the budget for the workload to count as meeting its SLO. */
inline constexpr double SloAttainmentTarget = 99.0;
/** The one definition of "meets its SLO" used by the views and the optimizer. */
inline bool meetsSlo(const WorkloadOutcome &w)
{
    return w.feasible && w.attainmentPct >= SloAttainmentTarget;
}

/** A whole plan, immutable once made; share it across threads through PlanOutcomePtr. */
struct PlanOutcome
{
    Placement placement;
    std::vector<WorkloadOutcome> workloads;
    double usdPerMonth = 0;
    double attainmentPct = 0; // request-weighted over all workloads
    double offeredRps = 0, goodputRps = 0;
    int gpus = 0;
};
using PlanOutcomePtr = std::shared_ptr<const PlanOutcome>;

/** Totals of the workloads placed in one tier. */
struct TierTotals
{
    int workloads = 0, gpus = 0, sites = 0;
    double gpuUsdPerMonth = 0, apiUsdPerMonth = 0, egressUsdPerMonth = 0;
    double usdPerMonth() const { return gpuUsdPerMonth + apiUsdPerMonth + egressUsdPerMonth; }
};
std::array<TierTotals, TierCount> tierTotals(const PlanOutcome &plan);

} // namespace ea

Q_DECLARE_METATYPE(ea::PlanOutcomePtr)
