// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttmodel.h"
#include "engine/plan/evaluation.h"
#include "engine/plan/nodeindex.h"

#include <QCoreApplication>

#include <array>
#include <memory>

namespace ea {

/**
 * What Evaluator::evaluateWorkload() may take from an earlier outcome of the same workload in the same tier
 * by the same evaluator (an N+1 check evaluates one workload under thousands of failures): the network
 * allowance, and every site whose demand regions are exactly those it had (its sizing depends on nothing
 * else). With percentiles false, the p50/p95/p99 of the workload and its latency breakdown are not computed
 * (left 0); everything else is exact.
 */
struct WorkloadReuse
{
    const WorkloadOutcome *previous = nullptr;
    /**
     * The free GPUs per node that `previous` started from (nullptr: unknown). With them the capacity its
     * routing saw is replayed beside this one, so a region that spilled past its candidates to a node that
     * still has room need not search every open node again: only nodes with more room than then can win.
     */
    const std::vector<int> *previousFreeGpus = nullptr;
    bool percentiles = true;
};

/**
 * Turns a scenario and a placement into latency and cost (DESIGN.md, "Models").
 *
 * Each demand region's traffic of a workload goes to the node of the workload's tier with the lowest
 * modeled network RTT that still has capacity, spilling to the next best. Nodes are searched through a
 * spatial index; the best node is exact because no node farther than best-RTT·v/2 can beat it (RTT is
 * never below the fibre floor). Sites are sized at their own diurnal peak with M/M/k queueing, so small
 * sites carry more headroom. Capacity (GPUs per node) is consumed in workload order.
 *
 * Holds an immutable copy of the scenario; all methods are const and safe to call from any thread.
 */
class Evaluator
{
    Q_DECLARE_TR_FUNCTIONS(ea::Evaluator) // the issues of an outcome are shown to people

public:
    enum class Search { Indexed, BruteForce };
    /** Candidates kept per region and tier, best first. */
    static constexpr int CandidatesPerRegion = 8;

    explicit Evaluator(std::shared_ptr<const Scenario> scenario, Search search = Search::Indexed);
    ~Evaluator();

    const Scenario &scenario() const { return *m_scenario; }
    std::shared_ptr<const Scenario> scenarioPtr() const { return m_scenario; }
    const RttModel &rttModel() const { return m_rtt; }

    /**
     * Nodes that are down (an outage, by node index; nullptr or empty = none): they take no demand, whatever
     * their capacity, and their regions spill to the next best node with room. An outage does not re-tune
     * the operating point of the other sites: the network allowance stays that of the intact tier.
     */
    using NodeMask = std::vector<char>;
    PlanOutcome evaluate(const Placement &placement, const NodeMask *down = nullptr) const;
    /** Re-evaluates only the workloads a placement change can affect; the rest is copied from previous. */
    PlanOutcome reevaluate(const PlanOutcome &previous, const Placement &next) const;
    /** One workload in one tier, given the GPUs still free per node (updated on return). */
    WorkloadOutcome evaluateWorkload(int workload, Tier tier, std::vector<int> &freeGpus,
                                     const NodeMask *down = nullptr, const WorkloadReuse &reuse = {}) const;
    /**
     * The demand of one workload in some zones (the regions whose zone is in `zones`), served by one tier as
     * one deployment: routed, sized and costed as evaluateWorkload does the whole workload (which is this
     * with AllZones), with offered load, attainment and cost those of that demand alone. No demand in those
     * zones: an outcome with nothing offered and nothing to pay. certificate, when given, receives the free
     * GPUs under which the result is certain to be the same.
     */
    WorkloadOutcome evaluatePart(int workload, Tier tier, ZoneMask zones, std::vector<int> &freeGpus,
                                 CapacityCertificate *certificate = nullptr, const NodeMask *down = nullptr,
                                 const WorkloadReuse &reuse = {}) const;
    /**
     * A split workload from its parts (each from evaluatePart, in different tiers, covering its zones between
     * them): regions from their part, costs, GPUs and sites summed, percentiles, attainment and the latency
     * decomposition over all the demand, the operating point of the part carrying most of it.
     */
    WorkloadOutcome combineParts(int workload, Tier tier, std::vector<WorkloadOutcome> parts) const;
    /**
     * Workload `workload` as a placement places it (split into parts, or whole), given the free GPUs and the
     * nodes that are down (see evaluate()).
     */
    WorkloadOutcome evaluatePlaced(int workload, const Placement &placement, std::vector<int> &freeGpus,
                                   const NodeMask *down = nullptr) const;
    /**
     * Workload `workload` in tier `tier` except where `zones` says otherwise: whole when all its demand is in
     * one tier, else one part per tier (evaluatePart) combined (combineParts). certificate, when given,
     * receives the free GPUs under which the result is certain to be the same (all parts' bounds).
     */
    WorkloadOutcome evaluateAs(int workload, Tier tier, const ZoneTiers &zones, std::vector<int> &freeGpus,
                               CapacityCertificate *certificate = nullptr,
                               const NodeMask *down = nullptr) const;
    /**
     * What every outcome of a part (workload, tier, zones) shares whatever GPUs are left free: what a lower
     * bound of its cost and an upper bound of its SLO attainment can rest on (the placement optimizer's).
     * anyZones: bounds that also hold for a part of any set of zones containing these (the operating point
     * taken at the smallest network allowance of any one zone).
     */
    PartBound partBound(int workload, Tier tier, ZoneMask zones, bool anyZones = false) const;
    /** The zones in which a workload has demand (some demand region there). */
    ZoneMask demandZones() const { return m_demandZones; }
    /** The zone of a demand region (geo::Zone as int). */
    int regionZone(int region) const { return m_regionSites[region].zone; }
    /** Demand share (weight / total weight) of a region, and of all regions in some zones. */
    double regionShare(int region) const { return m_regionShare[region]; }
    double zoneShare(ZoneMask zones) const;
    /**
     * True when evaluateWorkload(w.workload, w.tier, freeGpus) is certain to route every region exactly as
     * w was routed, so its sites, GPUs, latency, attainment and cost are w's (only capacityLimited may then
     * differ). Stricter than the test reevaluate() uses: every region went to one of its candidates, none
     * was turned away for capacity, and every used node keeps a margin beyond what it was given (so float
     * rounding of the running remainder cannot flip a decision). False when unsure. Always true for a tier
     * billed per token, whose evaluation never reads freeGpus.
     */
    bool routingCertainlyHolds(const WorkloadOutcome &w, const std::vector<int> &freeGpus) const;

    /**
     * Median network RTT (ms) from a demand region to a node, including the user's access and any latency
     * penalty between their zones (Scenario::adjustments, from what-if conditions).
     */
    double networkRttMs(int region, int node) const;
    double regionAccessMs(int region) const { return m_regionAccess[region]; }
    /** A region's last mile for users of an access profile (fixed broadband = regionAccessMs()). */
    double regionAccessMs(int region, AccessProfile profile) const
    {
        return m_regionAccessByProfile[static_cast<int>(profile)][region];
    }

    /** Scenario indices of the nodes of a tier, and a spatial index over them (same order). */
    const std::vector<int> &tierNodes(Tier tier) const { return m_tierNodes[static_cast<int>(tier)]; }
    const SphereIndex &tierIndex(Tier tier) const { return m_tierIndex[static_cast<int>(tier)]; }
    const RttModel::Site &nodeSite(int node) const { return m_nodeSites[node]; }
    /** GPU type index of a node (-1: unknown). */
    int nodeGpu(int node) const { return m_nodeGpu[node]; }
    /** The compute of a workload on a GPU type of a tier (measured profile where the scenario has one). */
    ComputeModel computeModel(int workload, Tier tier, int gpuType) const;
    /** Network RTT at a percentile from its median: jitter, plus handshakes once they reach that tail. */
    static double networkAtPercentile(const NetworkParams &n, double medianMs, double pct);
    const RttModel::Site &regionSite(int region) const { return m_regionSites[region]; }

    struct Candidates
    {
        std::vector<int> node;  // region * CandidatesPerRegion + j; -1 when fewer
        std::vector<float> rtt; // matching network RTT (ms), ascending
    };
    const Candidates &candidates(Tier tier) const;

private:
    double allowanceMs(int workload, Tier tier, ZoneMask zones) const;
    void buildCandidates(Tier tier, Candidates &out) const;
    void finish(PlanOutcome &plan) const;
    bool routingStillHolds(const WorkloadOutcome &w, const std::vector<int> &freeGpus) const;

    std::shared_ptr<const Scenario> m_scenario;
    Search m_search;
    RttModel m_rtt;
    std::vector<RttModel::Site> m_regionSites, m_nodeSites;
    std::vector<int> m_nodeGpu;         // index of each node's GPU type in the scenario's catalogue
    std::vector<double> m_regionAccess; // fixed broadband (AccessModel), what networkRttMs() includes
    std::array<std::vector<double>, AccessProfileCount> m_regionAccessByProfile;
    std::vector<double> m_regionShare;  // weight / total weight
    std::vector<int> m_regionsByWeight; // region indices, heaviest first
    ZoneMask m_demandZones = 0;
    std::array<double, geo::kZoneCount> m_zoneShare{};
    std::vector<double> m_zonePenaltyMs; // Scenario::adjustments.zonePenaltyMs; empty = none
    std::array<std::vector<int>, TierCount> m_tierNodes;
    std::array<SphereIndex, TierCount> m_tierIndex;
    std::array<Candidates, TierCount> m_candidates; // built in the constructor, read-only after
};

} // namespace ea
