// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/alternatives.h"
#include "engine/plan/evaluation.h"
#include "engine/plan/whatifplan.h"

#include <QMetaType>

#include <memory>
#include <optional>
#include <vector>

namespace ea {

class Evaluator;

/**
 * One published state of a plan, the only thing plan views are given: the scenario (its workloads' tiers
 * are the placement), the evaluator built on its content, the evaluated outcome and, once computed, every
 * workload's alternatives. Immutable and shared across threads (PlanSnapshotPtr).
 *
 * Every part describes the same workloads, regions and nodes: make() checks that once, so views index one
 * part by another without guards. An outcome may lag the placement by one change while it is re-evaluated
 * (pending(): the views keep the previous numbers, greyed); it is null only before the content's first
 * evaluation ends, or when that failed.
 */
struct PlanSnapshot
{
    /** Grows with every snapshot one publisher makes. */
    quint64 generation = 0;
    /** Changes when anything but the workloads' tiers changes (another scenario, an edit). */
    quint64 contentGeneration = 0;
    std::shared_ptr<const Scenario> scenario; // never null
    /**
     * The scenario this content was first published with: the same nodes, regions and catalogues, only the
     * workloads' tiers may differ. The same object in every snapshot of the content, so a view that
     * depends on the content alone (where nodes and regions are drawn) keys its caches on it.
     */
    std::shared_ptr<const Scenario> content;
    std::shared_ptr<const Evaluator> evaluator; // built on this content; null until it is
    PlanOutcomePtr outcome;                     // of this placement, or of the one before while pending
    /** Each workload in its other tiers, computed from `outcome` (null until then). */
    std::shared_ptr<const PlanAlternatives> alternatives;
    /**
     * The same placement under the scenario's active what-if conditions, compared with `outcome` (the plan
     * without them); null when no condition is on, and until it is evaluated (with the outcome).
     */
    WhatIfPlanPtr whatIf;

    /** The workloads' tiers (of the scenario). */
    Placement placement;

    /** True while the outcome is missing or belongs to an earlier placement. */
    bool pending() const { return !outcome || outcome->placement != placement; }

    /**
     * Checks the parts against each other and makes the snapshot; throws std::invalid_argument naming the
     * part that does not fit (a programming error: views rely on it).
     */
    static std::shared_ptr<const PlanSnapshot>
    make(quint64 generation, quint64 contentGeneration, std::shared_ptr<const Scenario> scenario,
         std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr outcome,
         std::shared_ptr<const PlanAlternatives> alternatives = {},
         std::shared_ptr<const Scenario> content = {}, WhatIfPlanPtr whatIf = {});
    /**
     * A snapshot of a scenario evaluated at once (tests, reports, command line): generation 1, with the
     * plan under its active what-if conditions. With a placement (one tier per workload), of a copy of the
     * scenario whose workloads have those tiers.
     */
    static std::shared_ptr<const PlanSnapshot> evaluate(std::shared_ptr<const Scenario> scenario,
                                                        const std::optional<Placement> &placement = {});

    /** What differs from an earlier snapshot (null: everything), for views that update only that. */
    struct Changes
    {
        bool content = true;             // reset everything
        std::vector<int> movedWorkloads; // tier changed (content unchanged)
        bool outcome = true;             // another outcome (new numbers)
        bool pending = true;             // pending() differs (the numbers greyed or not)
        bool evaluator = true;
        bool alternatives = true;
        bool whatIf = true; // another plan under the what-if conditions (or none)
        bool any() const
        {
            return content || !movedWorkloads.empty() || outcome || pending || evaluator || alternatives ||
                   whatIf;
        }
    };
    Changes changesSince(const PlanSnapshot *before) const;
};

using PlanSnapshotPtr = std::shared_ptr<const PlanSnapshot>;

} // namespace ea

Q_DECLARE_METATYPE(ea::PlanSnapshotPtr)
