// SPDX-License-Identifier: GPL-3.0-or-later
// Placing for resilience: the N+1 test of the optimizer's accepted placements and the cuts it learns.
//
// Why a cut is valid. Let a single site failure f of tier t break workload w's SLO in placement P (w met it
// with every site up and misses it with f down). w's outcome with every site up depends only on its own
// tiers and on the workloads placed before it in those tiers (capacity is taken in workload order, and a
// workload reads GPUs only at the nodes of its tiers); with f down the same holds, since f touches only
// tier t's nodes. So every placement that gives w the same tier per group and, in each tier w uses, the
// same set of earlier workload groups, has w broken by f too: the cut excludes exactly those, no placement
// that survives. It is a no-good on the x columns of the master problem (and a pruning rule of the branch
// and bound): one literal per group of w (in its tier) and per group of each earlier item that may take
// one of w's tiers (in or not in it).
#include "engine/plan/placementinternal.h"

#include <set>

namespace ea::placement {

SurvivalGuard::SurvivalGuard(const Evaluator &e, const Placement &current, std::function<bool()> stop)
    : m_current(current), m_test(e, std::move(stop))
{
}

bool SurvivalGuard::survives(Problem &p, const Solution &s)
{
    const SurvivalTest::Verdict v = m_test.check(placementOf(p, s, m_current));
    if (v.cancelled) {
        m_inconclusive = true;
        return false;
    }
    for (const SurvivalTest::Break &b : v.breaks) {
        const int w = b.workload;
        if (w < 0 || size_t(w) >= p.items.size() || size_t(w) >= s.tiers.size())
            continue;
        std::vector<Literal> cut;
        std::set<Tier> uses;
        const Item &broken = p.items[size_t(w)];
        for (size_t g = 0; g < broken.groups.size(); ++g) {
            const Tier t = broken.fixed ? broken.tiers[g].front() : s.tiers[size_t(w)][g];
            cut.push_back({w, int(g), t, true});
            uses.insert(t);
        }
        for (int i = 0; i < w; ++i) {
            const Item &item = p.items[size_t(i)];
            for (Tier t : uses)
                for (size_t g = 0; g < item.groups.size(); ++g)
                    if (allows(item, g, t)) // a fixed item's groups stay where they are
                        cut.push_back({i, int(g), t,
                                       (item.fixed ? item.tiers[g].front() : s.tiers[size_t(i)][g]) == t});
        }
        if (std::find(p.survivalCuts.begin(), p.survivalCuts.end(), cut) == p.survivalCuts.end()) {
            p.survivalCuts.push_back(std::move(cut));
            ++m_cuts;
        }
    }
    return v.survives;
}

} // namespace ea::placement
