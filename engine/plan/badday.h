// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/planformat.h"
#include "engine/plan/resilience.h"
#include "engine/plan/whatifplan.h"

#include <QByteArray>

namespace ea {

/**
 * The plan without and with what-if conditions, for people (table), machines (JSON: both plans in the
 * plan schema plus the comparison) and spreadsheets (CSV: one row per workload, before and after).
 * `before` is the evaluation of `s`, `after` that of the applied copy, both of the same placement.
 */
QByteArray formatWhatIf(const Scenario &s, const std::vector<WhatIfCondition> &conditions,
                        const PlanOutcome &before, const Scenario &applied, const PlanOutcome &after,
                        PlanFormat format);

/**
 * The N+1 check: table (failures that break an SLO, worst first, then a count of the others), JSON
 * (schema edgeatlas-resilience/1, every failure that changes anything) or CSV (one row per failure and
 * workload it changes).
 */
QByteArray formatResilience(const Scenario &s, const PlanOutcome &plan, const ResilienceReport &report,
                            PlanFormat format);

} // namespace ea
