// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/computemodel.h"
#include "engine/model/scenario.h"

#include <QMetaType>
#include <QString>

#include <array>
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
    Tier tier = Tier::Regional;
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
    double usdPerMonth() const { return gpuUsdPerMonth + apiUsdPerMonth + egressUsdPerMonth; }
    double usdPerMTok() const { return tokensPerMonth > 0 ? usdPerMonth() / (tokensPerMonth / 1e6) : 0; }
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
