// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/calibration.h"
#include "engine/monitor/alarmrules.h"
#include "engine/monitor/fleetreader.h"

#include <QString>

#include <memory>
#include <vector>

namespace ea {

/** How a node (or vantage) sums up its routes' measured latency: the worst route, or the median one. */
enum class FleetAggregate { Worst, Median };

/** One agent of the fleet, as its routes say. */
struct FleetVantage
{
    QString name;
    QString region;
    double lat = 0, lon = 0;
    bool placed = false;
    int routes = 0;
    int alarmed = 0;        // routes with a standing alarm (fault, outside the band, SLO breach)
    double worstMs = -1;    // the highest measured upper percentile of its routes; -1 none measured
    double medianMs = -1;   // the median of its routes' upper percentile
    qint64 lastSeenMs = -1; // the newest scrape of its series; -1 unknown or gone
    bool stale = false;     // stopped reporting: no sample newer than the stale age (see buildFleetSnapshot)
};

/** One scenario node that agents probe. */
struct FleetNode
{
    int node = -1; // index into the scenario's nodes
    QString id;
    double lat = 0, lon = 0;
    int routes = 0;
    int alarmed = 0;
    double worstMs = -1, medianMs = -1; // of its routes' measured upper percentile
    double valueMs(FleetAggregate how) const { return how == FleetAggregate::Worst ? worstMs : medianMs; }
};

/**
 * One refresh of the fleet, ready to show: the reading (its routes with their alarm states), the alarms it
 * raised, and the per-vantage and per-node sums. Immutable once built; built off the GUI thread.
 */
struct FleetSnapshot
{
    FleetReading reading;
    std::vector<Alarm> raised;
    std::vector<FleetVantage> vantages; // by name
    std::vector<FleetNode> nodes;       // by node id; only nodes of the scenario
    std::vector<int> routeVantage;      // per route: its index in vantages
    std::vector<int> routeNode;         // per route: its index in nodes, -1 unknown node
    double percentile = 0.95;           // the reading's upper percentile
    qint64 windowS = 300;
    qint64 staleAfterMs = 0;
    int staleVantages = 0;

    /** Whether route i passes a pick: vantage name (empty: any) and node index (-1: any). */
    bool routeMatches(size_t i, const QString &vantage, int node) const;
    /** A route stands alarmed: fault, outside the band or SLO breach. */
    static bool alarmed(const FleetRoute &r);
};
using FleetSnapshotPtr = std::shared_ptr<const FleetSnapshot>;

/**
 * Sums a reading up per vantage and per node. A vantage is stale when its series were last scraped more
 * than staleAfterMs before the reading (or not at all any more, Prometheus' staleness marker) while its
 * window still holds probes: it stopped reporting. staleAfterMs <= 0 turns that off.
 */
FleetSnapshot buildFleetSnapshot(const Scenario &scenario, FleetReading reading, std::vector<Alarm> raised,
                                 double percentile, qint64 windowS, qint64 staleAfterMs);

/**
 * Calibration samples from the fleet: each route of a scenario node from a placed vantage with a measured
 * median becomes one sample (its vantage's place and demand region; the median request RTT). The routes
 * left out are named in skipped.
 */
std::vector<CalibrationSample> fleetCalibrationSamples(const FleetSnapshot &fleet, QStringList *skipped);

} // namespace ea
