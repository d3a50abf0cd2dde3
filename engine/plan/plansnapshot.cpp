// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/plansnapshot.h"

#include "engine/plan/evaluator.h"

#include <stdexcept>

namespace ea {

namespace {
[[noreturn]] void misfit(const char *what)
{
    throw std::invalid_argument(std::string("plan snapshot: ") + what);
}
} // namespace

std::shared_ptr<const PlanSnapshot>
PlanSnapshot::make(quint64 generation, quint64 contentGeneration, std::shared_ptr<const Scenario> scenario,
                   std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr outcome,
                   std::shared_ptr<const PlanAlternatives> alternatives,
                   std::shared_ptr<const Scenario> content, WhatIfPlanPtr whatIf)
{
    if (!scenario)
        misfit("no scenario");
    const Scenario &s = *scenario;
    if (!content)
        content = scenario;
    else if (content->nodes.size() != s.nodes.size() || content->regions.size() != s.regions.size() ||
             content->workloads.size() != s.workloads.size())
        misfit("the content scenario is of another content");
    if (evaluator) {
        const Scenario &e = evaluator->scenario();
        if (e.nodes.size() != s.nodes.size() || e.regions.size() != s.regions.size() ||
            e.workloads.size() != s.workloads.size())
            misfit("the evaluator was built on other content");
    }
    if (outcome &&
        (outcome->workloads.size() != s.workloads.size() || outcome->placement.size() != s.workloads.size()))
        misfit("the outcome is of other workloads");
    if (outcome)
        for (const WorkloadOutcome &w : outcome->workloads) {
            if (w.regions.size() != s.regions.size())
                misfit("the outcome is of other demand regions");
            for (const RegionOutcome &r : w.regions)
                if (r.node >= int(s.nodes.size()))
                    misfit("the outcome routes to nodes the scenario does not have");
        }
    if (alternatives && (!outcome || alternatives->size() != outcome->workloads.size()))
        misfit("the alternatives are of another outcome");
    if (alternatives && outcome)
        for (size_t w = 0; w < alternatives->size(); ++w) {
            const auto &own = (*alternatives)[w].byTier[static_cast<int>(outcome->placement[w])];
            if (!own || own->tier != outcome->workloads[w].tier ||
                (*alternatives)[w].planUsdPerMonth[static_cast<int>(outcome->placement[w])] !=
                    outcome->usdPerMonth)
                misfit("the alternatives were computed from another plan");
        }
    if (whatIf && (!outcome || !whatIf->outcome || whatIf->outcome->placement != outcome->placement ||
                   whatIf->outcome->workloads.size() != s.workloads.size() ||
                   whatIf->comparison.workloads.size() != s.workloads.size()))
        misfit("the what-if plan is of another outcome");
    auto snapshot = std::make_shared<PlanSnapshot>();
    snapshot->generation = generation;
    snapshot->contentGeneration = contentGeneration;
    snapshot->placement = placementOf(s);
    snapshot->scenario = std::move(scenario);
    snapshot->content = std::move(content);
    snapshot->evaluator = std::move(evaluator);
    snapshot->outcome = std::move(outcome);
    snapshot->alternatives = std::move(alternatives);
    snapshot->whatIf = std::move(whatIf);
    return snapshot;
}

std::shared_ptr<const PlanSnapshot> PlanSnapshot::evaluate(std::shared_ptr<const Scenario> scenario,
                                                           const std::optional<Placement> &placement)
{
    if (placement && *placement != placementOf(*scenario)) {
        if (placement->size() != scenario->workloads.size())
            misfit("the placement is of other workloads");
        auto placed = std::make_shared<Scenario>(*scenario);
        for (size_t w = 0; w < placed->workloads.size(); ++w)
            placed->workloads[w].tier = (*placement)[w];
        scenario = std::move(placed);
    }
    auto evaluator = std::make_shared<const Evaluator>(scenario);
    auto outcome = std::make_shared<const PlanOutcome>(evaluator->evaluate(placementOf(*scenario)));
    WhatIfPlanPtr whatIf = evaluateWhatIf(*scenario, scenario->whatIf, *outcome);
    return make(1, 1, std::move(scenario), std::move(evaluator), std::move(outcome), {}, {},
                std::move(whatIf));
}

PlanSnapshot::Changes PlanSnapshot::changesSince(const PlanSnapshot *before) const
{
    Changes c;
    if (!before || before->contentGeneration != contentGeneration)
        return c;
    c.content = false;
    for (size_t w = 0; w < placement.size(); ++w)
        if (placement[w] != before->placement[w])
            c.movedWorkloads.push_back(int(w));
    c.outcome = outcome != before->outcome;
    c.pending = pending() != before->pending();
    c.evaluator = evaluator != before->evaluator;
    c.alternatives = alternatives != before->alternatives;
    c.whatIf = whatIf != before->whatIf;
    return c;
}

} // namespace ea
