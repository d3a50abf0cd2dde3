// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/alternatives.h"
#include "engine/plan/evaluation.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace ea {

/** What every planner chart draws from: engine values only, shared, never modified. */
struct PlannerChartInputs
{
    std::shared_ptr<const Scenario> scenario;
    PlanOutcomePtr outcome;
    /** Null unless they were computed for this outcome's plan (see alternativesMatch()). */
    std::shared_ptr<const PlanAlternatives> alternatives;
    int selected = -1; // workload index, -1 for none

    /** Scenario and outcome present and describing the same workloads. */
    bool valid() const
    {
        return scenario && outcome && outcome->workloads.size() == scenario->workloads.size() &&
               outcome->placement.size() == scenario->workloads.size();
    }
    bool hasSelection() const
    {
        return valid() && selected >= 0 && selected < int(scenario->workloads.size());
    }
};

/**
 * Whether alternatives were computed from this outcome: one entry per workload whose current-tier entry
 * is the outcome's own workload result (evaluateAlternatives() copies it there), with the same plan total.
 */
bool alternativesMatch(const PlanOutcome &outcome, const PlanAlternatives &alternatives);

/** Latency at the SLO percentile over the budget (1 = at the budget); 0 when there is no budget. */
double budgetRatio(const WorkloadOutcome &w, const Workload &spec);

/** An outcome that can be placed on a chart: served, with a positive latency and a budget. */
bool plottable(const WorkloadOutcome &w, const Workload &spec);

/**
 * Indices of the points that no other point dominates (another at most as far in x and in y and
 * strictly better in one), sorted by x. Equal points are all kept.
 */
std::vector<int> paretoFront(const std::vector<QPointF> &points);

/** A unit for an axis so its labels stay short: the factor takes values to that unit. */
struct AxisScale
{
    double factor = 1;
    QString unit; // translated: "USD", "thousand USD", "ms", "s"...
};
AxisScale usdScale(double maxUsd);
AxisScale msScale(double maxMs);

} // namespace ea
