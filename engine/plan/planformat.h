// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <functional>

namespace ea {

enum class PlanFormat { Table, Json, Csv };

/** Every number of a plan, for people (table) and machines (JSON, CSV), from the column catalogue
 * (engine/plan/plancolumns.h). */
QByteArray formatPlan(const Scenario &s, const PlanOutcome &plan, PlanFormat format);
/** The plan as JSON; each workload's object has the given columns (plancolumns::planJson() when empty). */
QJsonObject planToJson(const Scenario &s, const PlanOutcome &plan, const QStringList &workloadColumnIds = {});
/**
 * The plan as CSV, one row per workload; extraHeader and extraCells(workload index) append columns of the
 * caller's (e.g. --optimize's change columns) to every row.
 */
QByteArray planCsv(const Scenario &s, const PlanOutcome &plan, const QStringList &extraHeader = {},
                   const std::function<QStringList(int)> &extraCells = {});

} // namespace ea
