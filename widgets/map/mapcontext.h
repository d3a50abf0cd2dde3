// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/coveragefield.h"
#include "engine/plan/evaluation.h"
#include "widgets/map/mappalette.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace ea {

class Evaluator;
struct LiveProbeSet;

/**
 * Everything the layers draw from, shared by all of them: immutable engine values plus the selection.
 * A plain struct; copying it is cheap (the engine values are shared).
 */
struct MapContext
{
    std::shared_ptr<const Scenario> scenario;
    PlanOutcomePtr outcome;                     // may be null (not evaluated yet)
    std::shared_ptr<const Evaluator> evaluator; // may be null; needed for modeled RTT per node
    int selectedWorkload = -1;                  // workload index, -1 none
    int selectedRegion = -1;                    // demand region index, -1 none
    QSet<int> selectedNodes;                    // node indices
    CoverageFieldPtr coverage;                  // may be null
    QHash<int, double> measuredRttMs;           // node index → measured RTT, only where known
    MapPalette palette = MapPalette::light();
    // The live monitor's probes (vantage point, routes, standings); may be null.
    std::shared_ptr<const LiveProbeSet> liveProbes;
};

} // namespace ea
