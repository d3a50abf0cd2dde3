// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/monitor/fleetsnapshot.h"
#include "engine/plan/coveragefield.h"
#include "engine/plan/evaluation.h"
#include "engine/plan/plansnapshot.h"
#include "engine/plan/timeline.h"
#include "widgets/map/mappalette.h"

#include <QHash>
#include <QSet>

#include <memory>

namespace ea {

class Evaluator;
struct DamageOverlay;
struct LiveProbeSet;

/**
 * Everything the layers draw from, shared by all of them: the plan snapshot (immutable engine values whose
 * parts always agree) plus the selection. A plain struct; copying it is cheap (the engine values are shared).
 */
struct MapContext
{
    PlanSnapshotPtr plan; // may be null (no scenario)

    const Scenario *scenario() const { return plan ? plan->scenario.get() : nullptr; }
    /** May be null (not evaluated yet); of the previous placement while plan->pending(). */
    const PlanOutcome *outcome() const { return plan ? plan->outcome.get() : nullptr; }
    /** May be null (not built yet); needed for modeled RTT per node. */
    const Evaluator *evaluator() const { return plan ? plan->evaluator.get() : nullptr; }
    std::shared_ptr<const Scenario> scenarioPtr() const { return plan ? plan->scenario : nullptr; }
    PlanOutcomePtr outcomePtr() const { return plan ? plan->outcome : nullptr; }
    std::shared_ptr<const Evaluator> evaluatorPtr() const { return plan ? plan->evaluator : nullptr; }
    /** The content (nodes, regions) as first published: the same object until the content changes, so
     * layers that draw only nodes or regions key their caches on it (PlanSnapshot::content). */
    std::shared_ptr<const Scenario> contentPtr() const { return plan ? plan->content : nullptr; }

    int selectedWorkload = -1;        // workload index, -1 none
    int selectedRegion = -1;          // demand region index, -1 none
    QSet<int> selectedNodes;          // node indices
    CoverageFieldPtr coverage;        // may be null
    QHash<int, double> measuredRttMs; // node index → measured RTT, only where known
    MapPalette palette = MapPalette::light();
    // The live monitor's probes (vantage point, routes, standings); may be null.
    std::shared_ptr<const LiveProbeSet> liveProbes;
    // The plan at one hour of the day (the timeline; null: the sized plan) and the largest demand of any
    // region at any hour, which sizes the hour's demand discs.
    PlanHourPtr hour;
    double hourDemandScale = 0;
    // An N+1 check's damage per site and the failure picked (widgets/map/damagelayer.h); may be null.
    std::shared_ptr<const DamageOverlay> damage;
    // The Monitor's fleet mode: every agent's routes (may be null), how nodes sum their routes up, and the
    // vantage (name) or node (index) picked on the map, whose routes stand out.
    FleetSnapshotPtr fleet;
    FleetAggregate fleetAggregate = FleetAggregate::Worst;
    QString fleetVantage;
    int fleetNode = -1;
};

} // namespace ea
