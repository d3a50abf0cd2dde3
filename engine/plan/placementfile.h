// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QByteArray>

namespace ea {

/**
 * A placement file: {"schema": "edgeatlas-placement/1", "placement": {"<workload id>": "<tier>", …}}.
 * Workloads it does not name keep the tier the scenario gives them. Problems are "<json path>: <reason>".
 */
bool parsePlacement(const QByteArray &json, const Scenario &s, Placement &out, QStringList *errors);
bool loadPlacementFile(const QString &fileName, const Scenario &s, Placement &out, QStringList *errors);
QByteArray placementToJson(const Scenario &s, const Placement &p);

} // namespace ea
