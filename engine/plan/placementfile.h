// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QByteArray>

namespace ea {

/**
 * A placement file: {"schema": "edgeatlas-placement/2", "placement": {"<workload id>": "<tier>", …}}, where a
 * workload may instead get a tier per zone of its demand: {"<workload id>": {"EU": "edge", "EAS": "edge",
 * "*": "regional"}} (zone codes of geo::zoneCode; "*" the other zones, by default the scenario's tier).
 * Version 1 files (a tier per workload only) are read as before; files are written as version 1 while no
 * workload is split. Workloads it does not name keep the placement the scenario gives them. Problems are
 * "<json path>: <reason>".
 */
bool parsePlacement(const QByteArray &json, const Scenario &s, Placement &out, QStringList *errors);
bool loadPlacementFile(const QString &fileName, const Scenario &s, Placement &out, QStringList *errors);
QByteArray placementToJson(const Scenario &s, const Placement &p);

} // namespace ea
