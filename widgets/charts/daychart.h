// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/timeline.h"

#include <QCoreApplication>
#include <QRectF>

class QPainter;

namespace ea {

/**
 * "A day in the life" of a plan: per UTC hour and per tier, the load of the sites (% of what their GPUs
 * carry) above and the SLO attainment below, the peak hour marked. Painted with QPainter on any device
 * (the report's PDF pages and HTML images).
 */
class DayChart
{
    Q_DECLARE_TR_FUNCTIONS(ea::DayChart)
public:
    static void paint(QPainter &p, const QRectF &rect, const PlanDay &day);
    /** What the chart shows, in words (its alternative text). */
    static QString describe(const PlanDay &day);
};

} // namespace ea
