// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluator.h"

#include <memory>
#include <vector>

namespace ea {

/**
 * A scenario with what-if conditions applied, for evaluation only: surges scale the workloads' demand
 * (a zone's surge scales its regions' weights and each workload's total so the other regions keep their
 * demand), price changes scale GPU-hour prices (per GPU type) or Scenario::adjustments.tierPriceFactor,
 * latency penalties go into Scenario::adjustments.zonePenaltyMs, and down nodes into a mask for
 * Evaluator::evaluate(). The original scenario is never changed; the copy must never be saved (its
 * prices and demand carry the conditions).
 */
struct AppliedWhatIf
{
    std::shared_ptr<const Scenario> scenario; // the evaluation copy (its whatIf list is kept, unapplied)
    Evaluator::NodeMask down;                 // by node index
    int downNodes = 0;
    int applied = 0; // enabled conditions applied
};

/** Applies the enabled conditions of `conditions` to a copy of `s`. Thread-safe. */
AppliedWhatIf applyWhatIf(const Scenario &s, const std::vector<WhatIfCondition> &conditions);

/** One workload before and after the conditions. */
struct WhatIfWorkloadDelta
{
    int workload = -1;
    double usdPerMonthBefore = 0, usdPerMonthAfter = 0;
    double attainmentPctBefore = 0, attainmentPctAfter = 0;
    bool meetsSloBefore = false, meetsSloAfter = false;
    double unservedRps = 0; // offered demand (after the conditions) that no node serves
    double offeredRpsAfter = 0;
    std::vector<int> regionsLostSlo; // regions that met the SLO before and miss it (or are unserved) after
    std::vector<int> regionsMoved;   // regions served by another node after
};

struct WhatIfComparison
{
    double usdPerMonthBefore = 0, usdPerMonthAfter = 0;
    double attainmentPctBefore = 0, attainmentPctAfter = 0;
    double unservedRps = 0;
    std::vector<WhatIfWorkloadDelta> workloads; // by workload index
};

/** A region that lost its SLO under the conditions, with the workloads (indices, ascending) it lost it for.
 */
struct RegionLostSlo
{
    int region = -1;
    std::vector<int> workloads;
};
/** Every region that lost its SLO for some workload, by region index. */
std::vector<RegionLostSlo> regionsLostSlo(const WhatIfComparison &comparison);

/** Compares two outcomes of the same placement over the same regions and workloads. */
WhatIfComparison compareOutcomes(const PlanOutcome &before, const PlanOutcome &after);

/**
 * The plan under a scenario's active what-if conditions, beside the plan without them (PlanSnapshot::whatIf,
 * the report, plan --what-if): the same placement evaluated on the applied copy with its nodes down.
 */
struct WhatIfPlan
{
    std::vector<WhatIfCondition> conditions;    // the enabled ones, in the scenario's order
    AppliedWhatIf applied;                      // of `conditions`
    std::shared_ptr<const Evaluator> evaluator; // on applied.scenario
    PlanOutcomePtr outcome;                     // under the conditions
    WhatIfComparison comparison;                // the plan without them (before) against outcome (after)
};
using WhatIfPlanPtr = std::shared_ptr<const WhatIfPlan>;

/** True when `s` has a condition switched on. */
bool hasActiveWhatIf(const Scenario &s);
/**
 * Evaluates `before.placement` under `conditions` (only the enabled ones apply) and compares it with
 * `before`, the plan of `s` without them; null when none is enabled. `reuse`, a result for the same
 * scenario content and conditions, lends its evaluator (built once per content). Thread-safe.
 */
WhatIfPlanPtr evaluateWhatIf(const Scenario &s, const std::vector<WhatIfCondition> &conditions,
                             const PlanOutcome &before, const WhatIfPlan *reuse = nullptr);

} // namespace ea
