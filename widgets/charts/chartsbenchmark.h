// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

namespace ea {

class Evaluator;

/**
 * The planner charts' figures for `edgeatlas bench charts`: named medians in milliseconds, measured on a
 * PlannerCharts shown offscreen at 900×640 on the cost/latency tab, as after a drop on the board:
 *
 *  - charts_update: setSnapshot() with a plan where one workload moved (every workload to every other tier
 *    it may use, in turn): all five charts get their new values, pending layout events processed.
 *  - charts_alternatives: setSnapshot() with its alternatives added, for that plan (the cost/latency and
 * budget charts).
 *  - charts_repaint: painting the visible chart afterwards into an image of the view's size.
 *
 * Needs a QApplication (widgets); the offscreen platform will do. The evaluations are done beforehand and
 * not timed.
 */
QList<QPair<QString, double>> runChartsBenchmark(std::shared_ptr<const Scenario> scenario,
                                                 std::shared_ptr<const Evaluator> evaluator = nullptr);

} // namespace ea
