// SPDX-License-Identifier: GPL-3.0-or-later
// Split workloads (a tier per zone of demand): evaluating a workload as a placement places it, combining the
// parts of a split workload into one outcome, and the capacity certificate of an evaluation.
#include "engine/plan/evaluator.h"
#include "engine/stats/quantile.h"

#include <QStringList>

#include <algorithm>
#include <limits>

namespace ea {

double Evaluator::zoneShare(ZoneMask zones) const
{
    if ((zones & m_demandZones) == m_demandZones)
        return 1.0;
    double share = 0;
    for (int z = 0; z < geo::kZoneCount; ++z)
        if (zones >> z & 1u)
            share += m_zoneShare[z];
    return share;
}

WorkloadOutcome Evaluator::evaluatePlaced(int workload, const Placement &placement,
                                          std::vector<int> &freeGpus, const NodeMask *down) const
{
    return evaluateAs(workload, placement[workload], placement.zoneTiers(workload), freeGpus, nullptr, down);
}

WorkloadOutcome Evaluator::evaluateAs(int workload, Tier tier, const ZoneTiers &zones,
                                      std::vector<int> &freeGpus, CapacityCertificate *certificate,
                                      const NodeMask *down) const
{
    // The zones each tier serves; one part per tier that serves a zone with demand. Tiers use disjoint nodes,
    // so the order of the parts does not matter for capacity.
    std::array<ZoneMask, TierCount> mask{};
    for (int z = 0; z < geo::kZoneCount; ++z)
        mask[static_cast<int>(zones[z].value_or(tier))] |= ZoneMask(1u << z);
    std::vector<Tier> used;
    for (Tier t : AllTiers)
        if (mask[static_cast<int>(t)] & m_demandZones)
            used.push_back(t);
    if (used.size() <= 1) // every zone with demand in one tier: the workload is whole there
        return evaluatePart(workload, used.empty() ? tier : used.front(), AllZones, freeGpus, certificate,
                            down);
    std::vector<WorkloadOutcome> parts;
    CapacityCertificate partCertificate;
    for (Tier t : used) {
        parts.push_back(evaluatePart(workload, t, mask[static_cast<int>(t)], freeGpus,
                                     certificate ? &partCertificate : nullptr, down));
        if (certificate)
            certificate->bounds.insert(certificate->bounds.end(), partCertificate.bounds.begin(),
                                       partCertificate.bounds.end());
    }
    if (certificate)
        certificate->finish();
    return combineParts(workload, tier, std::move(parts));
}

WorkloadOutcome Evaluator::combineParts(int wi, Tier tier, std::vector<WorkloadOutcome> parts) const
{
    const Scenario &s = *m_scenario;
    const Workload &w = s.workloads[wi];
    WorkloadOutcome out;
    out.workload = wi;
    out.tier = tier;
    out.zones = 0;
    out.offeredRps = w.meanRps;
    out.regions.assign(s.regions.size(), RegionOutcome{});
    const WorkloadOutcome *main = nullptr; // the part carrying most demand
    QStringList issues;
    double served = 0;
    for (const WorkloadOutcome &p : parts) {
        out.zones |= p.zones;
        if (!main || p.offeredRps > main->offeredRps)
            main = &p;
        for (size_t r = 0; r < p.regions.size(); ++r)
            if (p.regions[r].node >= 0)
                out.regions[r] = p.regions[r];
        out.siteLoads.insert(out.siteLoads.end(), p.siteLoads.begin(), p.siteLoads.end());
        out.sites += p.sites;
        out.gpus += p.gpus;
        out.gpuUsdPerMonth += p.gpuUsdPerMonth;
        out.apiUsdPerMonth += p.apiUsdPerMonth;
        out.egressUsdPerMonth += p.egressUsdPerMonth;
        out.tokensPerMonth += p.tokensPerMonth;
        out.servedRps += p.servedRps;
        out.goodputRps += p.goodputRps;
        out.capacityLimited = out.capacityLimited || p.capacityLimited;
        if (p.offeredRps > 0 && !p.feasible)
            out.feasible = false;
        if (!p.issue.isEmpty())
            issues << QStringLiteral("%1: %2").arg(tierLabel(p.tier), p.issue);
        const double weight = p.servedRps;
        served += weight;
        out.breakdown.propagationMs += weight * p.breakdown.propagationMs;
        out.breakdown.inflationMs += weight * p.breakdown.inflationMs;
        out.breakdown.accessMs += weight * p.breakdown.accessMs;
        out.breakdown.queueingMs += weight * p.breakdown.queueingMs;
        out.breakdown.prefillMs += weight * p.breakdown.prefillMs;
        out.breakdown.decodeMs += weight * p.breakdown.decodeMs;
    }
    if (served > 0) {
        out.breakdown.propagationMs /= served;
        out.breakdown.inflationMs /= served;
        out.breakdown.accessMs /= served;
        out.breakdown.queueingMs /= served;
        out.breakdown.prefillMs /= served;
        out.breakdown.decodeMs /= served;
    }
    out.issue = issues.join(QStringLiteral("; "));
    if (main) {
        out.billing = main->billing;
        out.compute = main->compute;
        out.gpusPerReplica = main->gpusPerReplica;
        out.networkAllowanceMs = main->networkAllowanceMs;
    }
    out.attainmentPct = w.meanRps > 0 ? 100.0 * out.goodputRps / w.meanRps : 0.0;
    std::vector<std::pair<float, double>> q50, q95, q99;
    for (size_t r = 0; r < out.regions.size(); ++r) {
        const RegionOutcome &ro = out.regions[r];
        if (ro.node < 0)
            continue;
        const double share = w.meanRps * m_regionShare[r];
        q50.emplace_back(ro.p50Ms, share);
        q95.emplace_back(ro.p95Ms, share);
        q99.emplace_back(ro.p99Ms, share);
    }
    out.p50Ms = stats::valueOr(stats::weightedQuantileInPlace(q50, 0.50), 0.0);
    out.p95Ms = stats::valueOr(stats::weightedQuantileInPlace(q95, 0.95), 0.0);
    out.p99Ms = stats::valueOr(stats::weightedQuantileInPlace(q99, 0.99), 0.0);
    const double pct = w.slo.percentile;
    out.sloMs = pct <= 50 ? out.p50Ms : pct <= 95 ? out.p95Ms : out.p99Ms;
    out.parts = std::move(parts);
    return out;
}

void CapacityCertificate::finish()
{
    std::sort(bounds.begin(), bounds.end(), [](const Bound &a, const Bound &b) { return a.node < b.node; });
    std::vector<Bound> merged;
    for (const Bound &b : bounds) {
        if (!merged.empty() && merged.back().node == b.node) {
            merged.back().minFree = std::max(merged.back().minFree, b.minFree);
            merged.back().maxFree = std::min(merged.back().maxFree, b.maxFree);
        } else {
            merged.push_back(b);
        }
    }
    bounds = std::move(merged);
}

bool CapacityCertificate::holds(const std::vector<int> &freeGpus) const
{
    for (const Bound &b : bounds)
        if (freeGpus[b.node] < b.minFree || freeGpus[b.node] > b.maxFree)
            return false;
    return true;
}

} // namespace ea
