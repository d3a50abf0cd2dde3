// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"

#include <QByteArray>
#include <QJsonObject>

namespace ea {

enum class PlanFormat { Table, Json, Csv };

/** Every number of a plan, for people (table) and machines (JSON, CSV). */
QByteArray formatPlan(const Scenario &s, const PlanOutcome &plan, PlanFormat format);
QJsonObject planToJson(const Scenario &s, const PlanOutcome &plan);

} // namespace ea
