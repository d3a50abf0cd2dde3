// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"

#include <array>
#include <atomic>
#include <optional>
#include <vector>

namespace ea {

class Evaluator;

/**
 * One workload as it would be in each tier if it alone moved there, the rest of the plan unchanged
 * (capacity taken as the plan leaves it). byTier[t] is empty for tiers the workload may not use; the
 * entry of its current tier is the plan's own outcome.
 */
struct WorkloadAlternatives
{
    std::array<std::optional<WorkloadOutcome>, TierCount> byTier;
    /** Plan total per month if this workload moved to tier t (the plan's own total for its current tier). */
    std::array<double, TierCount> planUsdPerMonth{};
};
using PlanAlternatives = std::vector<WorkloadAlternatives>;

/**
 * Evaluates every workload's alternatives by incremental re-evaluation of the plan. Returns an empty
 * vector when cancel becomes true. Thread-safe (const evaluator).
 */
PlanAlternatives evaluateAlternatives(const Evaluator &evaluator, const PlanOutcome &plan,
                                      const std::atomic<bool> *cancel = nullptr);

} // namespace ea

Q_DECLARE_METATYPE(std::shared_ptr<const ea::PlanAlternatives>)
