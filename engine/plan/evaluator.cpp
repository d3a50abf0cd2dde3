// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/evaluator.h"

#include "engine/latency/accessmodel.h"

#include <algorithm>
#include <future>
#include <numeric>

namespace ea {

Evaluator::Evaluator(std::shared_ptr<const Scenario> scenario, Search search)
    : m_scenario(std::move(scenario)), m_search(search)
{
    const Scenario &s = *m_scenario;
    m_rtt = RttModel::forScenario(s);
    m_zonePenaltyMs = s.adjustments.zonePenaltyMs;

    m_regionSites.reserve(s.regions.size());
    m_regionAccess.reserve(s.regions.size());
    const AccessModel access(s, m_rtt);
    double totalWeight = 0;
    for (size_t i = 0; i < s.regions.size(); ++i) {
        const DemandRegion &r = s.regions[i];
        m_regionSites.push_back(m_rtt.site(r.lon, r.lat));
        m_regionAccess.push_back(access.fixedMs(int(i)));
        for (int p = 0; p < AccessProfileCount; ++p)
            m_regionAccessByProfile[p].push_back(access.regionMs(int(i), static_cast<AccessProfile>(p)));
        totalWeight += r.weight;
    }
    m_regionShare.reserve(s.regions.size());
    for (const DemandRegion &r : s.regions)
        m_regionShare.push_back(totalWeight > 0 ? r.weight / totalWeight : 0.0);
    for (size_t r = 0; r < s.regions.size(); ++r) {
        m_demandZones |= ZoneMask(1u << m_regionSites[r].zone);
        m_zoneShare[m_regionSites[r].zone] += m_regionShare[r];
    }
    m_regionsByWeight.resize(s.regions.size());
    std::iota(m_regionsByWeight.begin(), m_regionsByWeight.end(), 0);
    std::stable_sort(m_regionsByWeight.begin(), m_regionsByWeight.end(),
                     [&](int a, int b) { return s.regions[a].weight > s.regions[b].weight; });

    m_nodeSites.reserve(s.nodes.size());
    std::array<std::vector<std::pair<double, double>>, TierCount> lonLat;
    for (size_t i = 0; i < s.nodes.size(); ++i) {
        const Node &n = s.nodes[i];
        m_nodeSites.push_back(m_rtt.site(n.lon, n.lat));
        m_nodeGpu.push_back(s.gpuIndex(n.gpu));
        m_tierNodes[static_cast<int>(n.tier)].push_back(static_cast<int>(i));
        lonLat[static_cast<int>(n.tier)].emplace_back(n.lon, n.lat);
    }
    if (m_search == Search::Indexed)
        for (int t = 0; t < TierCount; ++t)
            m_tierIndex[t] = SphereIndex(lonLat[t]);
    // Candidates of every tier up front, one thread per tier, so that moving a workload to a tier never
    // pays for this on the way.
    std::vector<std::future<void>> jobs;
    for (Tier t : AllTiers)
        if (!m_tierNodes[static_cast<int>(t)].empty())
            jobs.push_back(std::async(std::launch::async,
                                      [this, t] { buildCandidates(t, m_candidates[static_cast<int>(t)]); }));
    for (auto &j : jobs)
        j.get();
}

Evaluator::~Evaluator() = default;

double Evaluator::networkRttMs(int region, int node) const
{
    const RttModel::Site &from = m_regionSites[region], &to = m_nodeSites[node];
    const double penalty = m_zonePenaltyMs.empty() ? 0.0 : m_zonePenaltyMs[size_t(from.zone * 9 + to.zone)];
    return m_regionAccess[region] + m_rtt.rttMs(from, to) + penalty;
}

const Evaluator::Candidates &Evaluator::candidates(Tier tier) const
{
    return m_candidates[static_cast<int>(tier)];
}

void Evaluator::buildCandidates(Tier tier, Candidates &out) const
{
    const Scenario &s = *m_scenario;
    const int t = static_cast<int>(tier);
    const std::vector<int> &tierNodes = m_tierNodes[t];
    constexpr int K = CandidatesPerRegion;
    out.node.assign(s.regions.size() * K, -1);
    out.rtt.assign(s.regions.size() * K, 0.0f);
    if (tierNodes.empty())
        return;
    std::vector<std::pair<float, int>> scored;
    for (size_t r = 0; r < s.regions.size(); ++r) {
        scored.clear();
        const auto score = [&](int local) {
            const int node = tierNodes[local];
            scored.emplace_back(static_cast<float>(networkRttMs(static_cast<int>(r), node)), node);
        };
        if (m_search == Search::BruteForce) {
            for (size_t j = 0; j < tierNodes.size(); ++j)
                score(static_cast<int>(j));
        } else {
            const DemandRegion &reg = s.regions[r];
            const auto near = m_tierIndex[t].nearest(reg.lon, reg.lat, K);
            for (const auto &[local, km] : near)
                score(local);
            // If a node beyond the K-th nearest (farKm) could still beat the K-th best RTT found, take every
            // node within reach of it: the K best are then exact.
            const size_t have = std::min<size_t>(K, scored.size());
            std::nth_element(scored.begin(), scored.begin() + (have - 1), scored.end());
            const float kth = scored[have - 1].first;
            const double farKm = near.back().second;
            const double reachKm = m_rtt.reachKm(m_regionSites[r], kth - m_regionAccess[r]);
            if (near.size() < tierNodes.size() && reachKm > farKm) {
                scored.clear();
                for (const auto &[local, km] : m_tierIndex[t].within(reg.lon, reg.lat, reachKm))
                    score(local);
            }
        }
        const size_t keep = std::min<size_t>(K, scored.size());
        std::partial_sort(scored.begin(), scored.begin() + keep, scored.end());
        for (size_t j = 0; j < keep; ++j) {
            out.node[r * K + j] = scored[j].second;
            out.rtt[r * K + j] = scored[j].first;
        }
    }
}

PlanOutcome Evaluator::evaluate(const Placement &placement, const NodeMask *down) const
{
    const Scenario &s = *m_scenario;
    PlanOutcome plan;
    plan.placement = placement;
    std::vector<int> freeGpus(s.nodes.size());
    for (size_t i = 0; i < s.nodes.size(); ++i)
        freeGpus[i] = s.nodes[i].usableGpus();
    plan.workloads.reserve(s.workloads.size());
    for (size_t w = 0; w < s.workloads.size(); ++w)
        plan.workloads.push_back(evaluatePlaced(static_cast<int>(w), placement, freeGpus, down));
    finish(plan);
    return plan;
}

PlanOutcome Evaluator::reevaluate(const PlanOutcome &previous, const Placement &next) const
{
    const Scenario &s = *m_scenario;
    if (previous.placement.size() != next.size() || previous.workloads.size() != next.size())
        return evaluate(next);
    std::array<bool, TierCount> touched{};
    size_t first = next.size();
    for (size_t w = 0; w < next.size(); ++w) {
        if (!previous.placement.samePlacement(w, next)) {
            for (Tier t : AllTiers)
                if ((previous.placement.zonesIn(w, t) | next.zonesIn(w, t)) & m_demandZones)
                    touched[static_cast<int>(t)] = true;
            first = std::min(first, w);
        }
    }
    PlanOutcome plan = previous;
    plan.placement = next;
    if (first == next.size())
        return plan;
    // Capacity is consumed in workload order, so rebuild the free GPUs as they were before `first`.
    std::vector<int> freeGpus(s.nodes.size());
    for (size_t i = 0; i < s.nodes.size(); ++i)
        freeGpus[i] = s.nodes[i].usableGpus();
    for (size_t w = 0; w < first; ++w)
        for (const SiteOutcome &site : previous.workloads[w].siteLoads)
            freeGpus[site.node] -= site.gpus;
    for (size_t w = first; w < next.size(); ++w) {
        const bool moved = !previous.placement.samePlacement(w, next);
        const WorkloadOutcome &old = previous.workloads[w];
        bool holds = true;
        if (!moved) {
            if (old.isSplit()) {
                for (const WorkloadOutcome &part : old.parts)
                    holds =
                        holds && (!touched[static_cast<int>(part.tier)] || routingStillHolds(part, freeGpus));
            } else {
                holds = !touched[static_cast<int>(old.tier)] || routingStillHolds(old, freeGpus);
            }
        }
        if (moved || !holds)
            plan.workloads[w] = evaluatePlaced(static_cast<int>(w), next, freeGpus);
        else
            for (const SiteOutcome &site : plan.workloads[w].siteLoads)
                freeGpus[site.node] -= site.gpus;
    }
    finish(plan);
    return plan;
}

bool Evaluator::routingStillHolds(const WorkloadOutcome &w, const std::vector<int> &freeGpus) const
{
    // Routing reads the free GPUs only through "does this node still have room". If every region got its
    // first choice last time and every used node still has room for what it was given, the result is the
    // same (sizing and latency do not depend on the free GPUs).
    if (w.capacityLimited || !w.feasible)
        return false;
    if (m_scenario->tier(w.tier).billing == Billing::Api)
        return true;
    for (const SiteOutcome &site : w.siteLoads) {
        const double room =
            (std::max(freeGpus[site.node], 0) / std::max(site.gpusPerReplica, 1)) * site.rpsPerReplica;
        if (room < site.routedPeakRps)
            return false;
    }
    return true;
}

bool Evaluator::routingCertainlyHolds(const WorkloadOutcome &w, const std::vector<int> &freeGpus) const
{
    if (m_scenario->tier(w.tier).billing == Billing::Api)
        return true;
    if (!w.feasible || w.capacityLimited)
        return false;
    // Every region on one of its candidates: the fallback scan over all open nodes (whose outcome depends
    // on which nodes still have room) was never used.
    const Candidates &cand = candidates(w.tier);
    constexpr int K = CandidatesPerRegion;
    for (size_t r = 0; r < w.regions.size(); ++r) {
        const int node = w.regions[r].node;
        if (node < 0)
            return false;
        const int *first = cand.node.data() + r * K;
        if (std::find(first, first + K, node) == first + K)
            return false;
    }
    // Nothing was turned away, so each region took the best fitting candidate; it still has room for every
    // region routed to it, with a margin far above the rounding of the running remainder.
    for (const SiteOutcome &site : w.siteLoads) {
        const double room =
            (std::max(freeGpus[site.node], 0) / std::max(site.gpusPerReplica, 1)) * site.rpsPerReplica;
        if (room - site.routedPeakRps < 1e-9 * std::max(room, site.routedPeakRps))
            return false;
    }
    return true;
}

void Evaluator::finish(PlanOutcome &plan) const
{
    plan.usdPerMonth = 0;
    plan.offeredRps = plan.goodputRps = 0;
    plan.gpus = 0;
    for (const WorkloadOutcome &w : plan.workloads) {
        plan.usdPerMonth += w.usdPerMonth();
        plan.offeredRps += w.offeredRps;
        plan.goodputRps += w.goodputRps;
        plan.gpus += w.gpus;
    }
    plan.attainmentPct = plan.offeredRps > 0 ? 100.0 * plan.goodputRps / plan.offeredRps : 0.0;
}

std::array<TierTotals, TierCount> tierTotals(const PlanOutcome &plan)
{
    std::array<TierTotals, TierCount> out{};
    std::array<std::vector<int>, TierCount> nodes;
    const auto add = [&](const WorkloadOutcome &w) {
        TierTotals &t = out[static_cast<int>(w.tier)];
        ++t.workloads;
        t.gpus += w.gpus;
        for (const SiteOutcome &site : w.siteLoads)
            nodes[static_cast<int>(w.tier)].push_back(site.node);
        t.gpuUsdPerMonth += w.gpuUsdPerMonth;
        t.apiUsdPerMonth += w.apiUsdPerMonth;
        t.egressUsdPerMonth += w.egressUsdPerMonth;
    };
    for (const WorkloadOutcome &w : plan.workloads) {
        if (!w.isSplit()) {
            add(w);
            continue;
        }
        for (const WorkloadOutcome &part : w.parts) // a split workload counts in each tier it runs in
            add(part);
    }
    for (int t = 0; t < TierCount; ++t) { // sites shared by several workloads count once
        std::sort(nodes[t].begin(), nodes[t].end());
        out[t].sites = static_cast<int>(std::unique(nodes[t].begin(), nodes[t].end()) - nodes[t].begin());
    }
    return out;
}

} // namespace ea
