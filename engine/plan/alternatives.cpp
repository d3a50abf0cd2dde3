// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/alternatives.h"

#include "engine/plan/evaluator.h"

namespace ea {

PlanAlternatives evaluateAlternatives(const Evaluator &evaluator, const PlanOutcome &plan,
                                      const std::atomic<bool> *cancel)
{
    const Scenario &s = evaluator.scenario();
    PlanAlternatives out(plan.workloads.size());
    for (size_t w = 0; w < plan.workloads.size(); ++w) {
        const Tier current = plan.placement[w];
        for (Tier t : s.assignableTiers(static_cast<int>(w))) {
            const int ti = static_cast<int>(t);
            if (t == current) {
                out[w].byTier[ti] = plan.workloads[w];
                out[w].planUsdPerMonth[ti] = plan.usdPerMonth;
                continue;
            }
            if (cancel && cancel->load(std::memory_order_relaxed))
                return {};
            Placement moved = plan.placement;
            moved[w] = t;
            PlanOutcome next = evaluator.reevaluate(plan, moved);
            out[w].planUsdPerMonth[ti] = next.usdPerMonth;
            out[w].byTier[ti] = std::move(next.workloads[w]);
        }
    }
    return out;
}

} // namespace ea
