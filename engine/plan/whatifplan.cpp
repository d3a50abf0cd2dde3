// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/whatifplan.h"

#include "engine/geo/zones.h"

#include <QHash>

#include <algorithm>
#include <map>

namespace ea {

AppliedWhatIf applyWhatIf(const Scenario &original, const std::vector<WhatIfCondition> &conditions)
{
    auto s = std::make_shared<Scenario>(original);
    AppliedWhatIf out;
    out.down.assign(s->nodes.size(), 0);
    QHash<QString, int> nodeIds;
    for (size_t i = 0; i < s->nodes.size(); ++i)
        nodeIds.insert(s->nodes[i].id, int(i));
    const auto zoneOfCode = [](const QString &code) {
        geo::Zone z = geo::Zone::NorthAmerica;
        geo::zoneFromCode(code, z);
        return static_cast<int>(z);
    };
    for (const WhatIfCondition &c : conditions) {
        if (!c.enabled)
            continue;
        ++out.applied;
        switch (c.kind) {
        case WhatIfCondition::Kind::Down:
            if (!c.nodes.isEmpty()) {
                for (const QString &id : c.nodes)
                    if (const int i = nodeIds.value(id, -1); i >= 0)
                        out.down[size_t(i)] = 1;
            } else {
                const int zone = c.zone.isEmpty() ? -1 : zoneOfCode(c.zone);
                for (size_t i = 0; i < s->nodes.size(); ++i) {
                    const Node &n = s->nodes[i];
                    if ((c.tier && n.tier != *c.tier) || (!c.country.isEmpty() && n.country != c.country) ||
                        (zone >= 0 && static_cast<int>(geo::zoneOf(n.lon, n.lat)) != zone))
                        continue;
                    out.down[i] = 1;
                }
            }
            break;
        case WhatIfCondition::Kind::Surge:
            if (!c.workload.isEmpty()) {
                if (const int w = s->workloadIndex(c.workload); w >= 0)
                    s->workloads[size_t(w)].meanRps *= c.factor;
            } else if (!c.zone.isEmpty()) {
                // A region's demand is meanRps · weight / total weight: scale the zone's weights, then every
                // workload's total by the new total weight over the old, so other regions keep theirs.
                const int zone = zoneOfCode(c.zone);
                double before = 0, after = 0;
                for (DemandRegion &r : s->regions) {
                    before += r.weight;
                    if (static_cast<int>(geo::zoneOf(r.lon, r.lat)) == zone)
                        r.weight *= c.factor;
                    after += r.weight;
                }
                if (before > 0)
                    for (Workload &w : s->workloads)
                        w.meanRps *= after / before;
            } else {
                for (Workload &w : s->workloads)
                    w.meanRps *= c.factor;
            }
            break;
        case WhatIfCondition::Kind::Price:
            if (!c.gpu.isEmpty()) {
                if (const int g = s->gpuIndex(c.gpu); g >= 0)
                    s->gpus[size_t(g)].priceUsdPerHour *= c.factor;
            } else if (c.tier) {
                s->adjustments.tierPriceFactor[static_cast<int>(*c.tier)] *= c.factor;
            }
            break;
        case WhatIfCondition::Kind::LatencyPenalty: {
            std::vector<double> &pen = s->adjustments.zonePenaltyMs;
            if (pen.empty())
                pen.assign(size_t(geo::kZoneCount * geo::kZoneCount), 0.0);
            const int a = zoneOfCode(c.zoneA), b = zoneOfCode(c.zoneB);
            pen[size_t(a * geo::kZoneCount + b)] += c.penaltyMs;
            if (a != b)
                pen[size_t(b * geo::kZoneCount + a)] += c.penaltyMs;
            break;
        }
        }
    }
    for (char d : out.down)
        out.downNodes += d ? 1 : 0;
    out.scenario = std::move(s);
    return out;
}

WhatIfComparison compareOutcomes(const PlanOutcome &before, const PlanOutcome &after)
{
    WhatIfComparison out;
    out.usdPerMonthBefore = before.usdPerMonth;
    out.usdPerMonthAfter = after.usdPerMonth;
    out.attainmentPctBefore = before.attainmentPct;
    out.attainmentPctAfter = after.attainmentPct;
    for (size_t w = 0; w < before.workloads.size() && w < after.workloads.size(); ++w) {
        const WorkloadOutcome &b = before.workloads[w], &a = after.workloads[w];
        WhatIfWorkloadDelta d;
        d.workload = int(w);
        d.usdPerMonthBefore = b.usdPerMonth();
        d.usdPerMonthAfter = a.usdPerMonth();
        d.attainmentPctBefore = b.attainmentPct;
        d.attainmentPctAfter = a.attainmentPct;
        d.meetsSloBefore = meetsSlo(b);
        d.meetsSloAfter = meetsSlo(a);
        d.offeredRpsAfter = a.offeredRps;
        // Offered minus served summed in another order: a rounding remainder is not unserved demand.
        const double unserved = a.offeredRps - a.servedRps;
        d.unservedRps = unserved > 1e-9 * std::max(1.0, a.offeredRps) ? unserved : 0.0;
        out.unservedRps += d.unservedRps;
        for (size_t r = 0; r < b.regions.size() && r < a.regions.size(); ++r) {
            if (b.regions[r].meetsSlo && !a.regions[r].meetsSlo)
                d.regionsLostSlo.push_back(int(r));
            if (b.regions[r].node != a.regions[r].node)
                d.regionsMoved.push_back(int(r));
        }
        out.workloads.push_back(std::move(d));
    }
    return out;
}

std::vector<RegionLostSlo> regionsLostSlo(const WhatIfComparison &comparison)
{
    std::map<int, std::vector<int>> byRegion;
    for (const WhatIfWorkloadDelta &d : comparison.workloads)
        for (int r : d.regionsLostSlo)
            byRegion[r].push_back(d.workload);
    std::vector<RegionLostSlo> out;
    for (auto &[region, workloads] : byRegion)
        out.push_back({region, std::move(workloads)});
    return out;
}

bool hasActiveWhatIf(const Scenario &s)
{
    return std::any_of(s.whatIf.begin(), s.whatIf.end(), [](const WhatIfCondition &c) { return c.enabled; });
}

WhatIfPlanPtr evaluateWhatIf(const Scenario &s, const std::vector<WhatIfCondition> &conditions,
                             const PlanOutcome &before, const WhatIfPlan *reuse)
{
    auto out = std::make_shared<WhatIfPlan>();
    for (const WhatIfCondition &c : conditions)
        if (c.enabled)
            out->conditions.push_back(c);
    if (out->conditions.empty())
        return nullptr;
    if (reuse && reuse->evaluator && reuse->conditions == out->conditions) {
        out->applied = reuse->applied;
        out->evaluator = reuse->evaluator;
    } else {
        out->applied = applyWhatIf(s, out->conditions);
        out->evaluator = std::make_shared<const Evaluator>(out->applied.scenario);
    }
    out->outcome = std::make_shared<const PlanOutcome>(out->evaluator->evaluate(
        before.placement, out->applied.downNodes > 0 ? &out->applied.down : nullptr));
    out->comparison = compareOutcomes(before, *out->outcome);
    return out;
}

} // namespace ea
