// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/evaluation.h"

#include <QString>

namespace ea {

/**
 * Where workload w runs, as the command line and the exports write it: its tier id ("regional"), and for a
 * split workload each other tier with the zones it serves, "regional, edge in EU+EAS" (zone codes of
 * geo::zoneCode, in zone order; tiers in AllTiers order).
 */
QString placementText(const Placement &p, std::size_t w);

/** Same as placementText() for a tier and its zone overrides (a WorkloadChange's from/fromZones). */
QString placementText(Tier tier, const ZoneTiers &zones);

/** The zone tiers of an evaluated workload: each part's zones in its tier, where it differs from the
 * workload's own (all unset when the outcome is not split). */
ZoneTiers zoneTiersOf(const WorkloadOutcome &o);

} // namespace ea
