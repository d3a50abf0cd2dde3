// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/planformat.h"
#include "engine/plan/timeline.h"

#include <QByteArray>
#include <QJsonObject>

namespace ea {

/**
 * The plan at one UTC hour (`edgeatlas plan --hour H`): per workload its offered, served and unserved
 * demand, SLO attainment, cost per hour and its busiest site; per tier and in all the same, plus (JSON)
 * every site's load, capacity and headroom and the demand of every hour of the day.
 */
QByteArray formatPlanHour(const Scenario &s, const PlanTimeline &timeline, const PlanHour &hour,
                          PlanFormat format);
QJsonObject planHourToJson(const Scenario &s, const PlanTimeline &timeline, const PlanHour &hour);

} // namespace ea
