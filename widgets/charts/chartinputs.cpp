// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartinputs.h"

#include "engine/stats/pareto.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace ea {

double budgetRatio(const WorkloadOutcome &w, const Workload &spec)
{
    return spec.slo.budgetMs > 0 ? w.sloMs / spec.slo.budgetMs : 0.0;
}

bool plottable(const WorkloadOutcome &w, const Workload &spec)
{
    return w.feasible && w.sloMs > 0 && spec.slo.budgetMs > 0 && w.usdPerMonth() > 0;
}

std::vector<int> paretoFront(const std::vector<QPointF> &points)
{
    return stats::paretoFront(points, &QPointF::x, &QPointF::y);
}

AxisScale usdScale(double maxUsd)
{
    if (maxUsd >= 1e6)
        return {1e-6, QCoreApplication::translate("ea::PlannerCharts", "million USD")};
    if (maxUsd >= 1e3)
        return {1e-3, QCoreApplication::translate("ea::PlannerCharts", "thousand USD")};
    return {1, QCoreApplication::translate("ea::PlannerCharts", "USD")};
}

AxisScale msScale(double maxMs)
{
    if (maxMs >= 180000)
        return {1 / 60000.0, QCoreApplication::translate("ea::PlannerCharts", "min")};
    if (maxMs >= 3000)
        return {1e-3, QCoreApplication::translate("ea::PlannerCharts", "s")};
    return {1, QCoreApplication::translate("ea::PlannerCharts", "ms")};
}

} // namespace ea
