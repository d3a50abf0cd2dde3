// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/plansnapshot.h"

#include <QPointF>
#include <QString>

#include <memory>
#include <vector>

namespace ea {

/**
 * What every planner chart draws from: the plan snapshot (its parts always agree, so charts index one by
 * another freely) and the picked workload.
 */
struct PlannerChartInputs
{
    PlanSnapshotPtr plan;
    int selected = -1; // workload index, -1 for none

    const Scenario *scenario() const { return plan ? plan->scenario.get() : nullptr; }
    const PlanOutcome *outcome() const { return plan ? plan->outcome.get() : nullptr; }
    /** Null until computed for this outcome. */
    const PlanAlternatives *alternatives() const { return plan ? plan->alternatives.get() : nullptr; }
    /** There is an evaluated plan to draw. */
    bool hasPlan() const { return plan && plan->outcome; }
    bool hasSelection() const
    {
        return hasPlan() && selected >= 0 && selected < int(plan->scenario->workloads.size());
    }
};

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
