// SPDX-License-Identifier: GPL-3.0-or-later
// The problem the placement optimizer's cut loop works on (placementsolver.h): items, their groups of zones,
// the tiers each may take, proven bounds of outcomes not known yet, and known outcomes as the loop keeps
// them.
#include "engine/plan/evaluator.h"
#include "engine/plan/placementinternal.h"

namespace ea::placement {

Known knownOutcome(const WorkloadOutcome &o, ZoneMask zones, const CapacityCertificate &c,
                   const std::vector<int> &full)
{
    Known k;
    k.zones = zones;
    k.usd = o.usdPerMonth();
    k.gpuUsd = o.gpuUsdPerMonth;
    k.apiUsd = o.apiUsdPerMonth;
    k.egressUsd = o.egressUsdPerMonth;
    k.goodputRps = o.goodputRps;
    k.feasible = o.feasible;
    k.meets = meetsSlo(o);
    k.attainmentPct = o.attainmentPct;
    k.issue = o.issue;
    for (CapacityCertificate::Bound b : c.bounds) // keep only what some free-GPU vector can break
        if (b.minFree > 0 || b.maxFree < full[b.node])
            k.bounds.push_back(b);
    for (const SiteOutcome &site : o.siteLoads)
        if (site.gpus != 0)
            k.gpusAt.emplace_back(site.node, site.gpus);
    return k;
}

Known knownWithAllFree(const Evaluator &e, int workload, Tier tier, ZoneMask zones)
{
    const Scenario &s = e.scenario();
    std::vector<int> full(s.nodes.size());
    for (size_t n = 0; n < full.size(); ++n)
        full[n] = s.nodes[n].usableGpus();
    std::vector<int> freeGpus = full;
    CapacityCertificate cert;
    const WorkloadOutcome o = e.evaluatePart(workload, tier, zones, freeGpus, &cert);
    return knownOutcome(o, zones, cert, full);
}

Problem buildProblem(const Evaluator &e, const Placement &current, const std::vector<bool> &required,
                     const std::vector<bool> &held, Granularity granularity)
{
    const Scenario &s = e.scenario();
    Problem p;
    p.fullGpus.resize(s.nodes.size());
    for (size_t n = 0; n < s.nodes.size(); ++n)
        p.fullGpus[n] = s.nodes[n].usableGpus();
    const ZoneMask demand = e.demandZones();
    for (size_t w = 0; w < s.workloads.size(); ++w) {
        const Workload &wl = s.workloads[w];
        Item item;
        item.workload = static_cast<int>(w);
        item.required = required[w];
        item.fixed = held[w] || wl.pinned;
        item.meanRps = wl.meanRps;
        double diurnalSum = 0, diurnalMax = 0;
        for (double v : wl.diurnal) {
            diurnalSum += v;
            diurnalMax = std::max(diurnalMax, v);
        }
        item.peakFactor = diurnalSum > 0 ? diurnalMax / (diurnalSum / 24.0) : 1.0;
        if (item.fixed || granularity == Granularity::Zone) {
            for (int z = 0; z < geo::kZoneCount; ++z)
                if (demand >> z & 1u)
                    item.groups.push_back(ZoneMask(1u << z));
        } else {
            item.groups.push_back(demand);
        }
        const std::vector<Tier> assignable = s.assignableTiers(static_cast<int>(w));
        for (ZoneMask g : item.groups) {
            if (item.fixed) {
                int zone = 0;
                while (!(g >> zone & 1u))
                    ++zone;
                item.tiers.push_back({current.tierIn(w, static_cast<geo::Zone>(zone))});
            } else {
                item.tiers.push_back(assignable);
            }
        }
        for (ZoneMask g : item.groups)
            item.groupRps.push_back(wl.meanRps * e.zoneShare(g));
        // Bounds per tier the item may use, per group; with several groups they must hold for a part of any
        // set of them (Evaluator::partBound with anyZones).
        const bool anyZones = item.groups.size() > 1;
        for (Tier t : AllTiers) {
            const int ti = static_cast<int>(t);
            if (!itemUses(item, t))
                continue;
            PartBounds &pb = item.bounds[ti];
            pb.dependsOnCapacity = s.tier(t).billing == Billing::GpuHour;
            for (ZoneMask g : item.groups) {
                // The capacity per GPU and the footprint depend on the operating point only: that of the
                // whole workload with one group, the one at the least allowance of any zone with several.
                const PartBound b = e.partBound(static_cast<int>(w), t, g, anyZones);
                if (pb.fixedUsd.empty()) {
                    pb.usdPerRpsMonth = b.usdPerRpsMonth;
                    pb.footprintUsd = b.footprintUsdPerMonth;
                }
                pb.fixedUsd.push_back(b.fixedUsdPerMonth);
                pb.reachRps.push_back(b.reachableShare * wl.meanRps);
                pb.hourlyRps.push_back(b.hourlyRps);
            }
        }
        // A workload that must meet its SLO takes no tier for a group where, even with every other group at
        // its best, too little demand could be served within budget.
        if (item.required && !item.fixed) {
            std::vector<double> best(item.groups.size(), 0.0);
            for (size_t g = 0; g < item.groups.size(); ++g)
                for (Tier t : item.tiers[g])
                    best[g] = std::max(best[g], item.bounds[static_cast<int>(t)].reachRps[g]);
            double total = 0;
            for (double b : best)
                total += b;
            const double needed = SloAttainmentTarget / 100.0 * item.meanRps * (1.0 - 1e-9);
            for (size_t g = 0; g < item.groups.size(); ++g)
                std::erase_if(item.tiers[g], [&](Tier t) {
                    return total - best[g] + item.bounds[static_cast<int>(t)].reachRps[g] < needed;
                });
        }
        p.items.push_back(std::move(item));
    }
    return p;
}
Placement placementOf(const Problem &p, const Solution &s, const Placement &current)
{
    Placement out = current;
    for (size_t i = 0; i < p.items.size() && i < s.tiers.size(); ++i) {
        const Item &item = p.items[i];
        if (item.fixed)
            continue;
        // Its tier: the one serving most demand; the other zones with demand as overrides.
        std::array<double, TierCount> rps{};
        for (size_t g = 0; g < item.groups.size(); ++g)
            rps[static_cast<int>(s.tiers[i][g])] += item.groupRps[g];
        const Tier main = static_cast<Tier>(std::max_element(rps.begin(), rps.end()) - rps.begin());
        ZoneTiers zones{};
        for (size_t g = 0; g < item.groups.size(); ++g)
            if (s.tiers[i][g] != main)
                for (int z = 0; z < geo::kZoneCount; ++z)
                    if (item.groups[g] >> z & 1u)
                        zones[z] = s.tiers[i][g];
        out.setWorkload(item.workload, main, zones);
    }
    return out;
}

} // namespace ea::placement
