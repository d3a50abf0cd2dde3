// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Plan snapshots for view tests, published the way the document publishes them (header only).

#include "engine/plan/evaluator.h"
#include "engine/plan/plansnapshot.h"

#include <memory>

namespace ea::test {

/**
 * Snapshots of one scenario content: each call a new generation of the same content, like the document's
 * snapshots between edits (another Publisher with another content number is another content).
 */
struct Publisher
{
    explicit Publisher(std::shared_ptr<const Scenario> s, quint64 content = 1)
        : scenario(std::move(s)), evaluator(std::make_shared<const Evaluator>(scenario)), content(content)
    {
    }
    /** The scenario with these tiers and the outcome on show (null, or of this or an earlier placement). */
    PlanSnapshotPtr operator()(const Placement &placement, PlanOutcomePtr outcome,
                               std::shared_ptr<const PlanAlternatives> alternatives = {})
    {
        auto placed = std::make_shared<Scenario>(*scenario);
        for (size_t w = 0; w < placement.size(); ++w)
            placed->workloads[w].tier = placement[w];
        return PlanSnapshot::make(++generation, content, std::move(placed), evaluator, std::move(outcome),
                                  std::move(alternatives), scenario);
    }
    /** The placement evaluated. */
    PlanSnapshotPtr evaluated(const Placement &placement)
    {
        return (*this)(placement, std::make_shared<const PlanOutcome>(evaluator->evaluate(placement)));
    }
    /** The scenario's own placement evaluated. */
    PlanSnapshotPtr evaluated() { return evaluated(placementOf(*scenario)); }

    std::shared_ptr<const Scenario> scenario;
    std::shared_ptr<const Evaluator> evaluator;
    quint64 content = 1, generation = 0;
};

} // namespace ea::test
