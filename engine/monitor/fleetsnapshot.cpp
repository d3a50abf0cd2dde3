// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/fleetsnapshot.h"

#include "engine/stats/quantile.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>
#include <cmath>

namespace ea {

bool FleetSnapshot::alarmed(const FleetRoute &r)
{
    return r.alarm.failing() || r.alarm.outsideBand || r.alarm.sloBreach;
}

bool FleetSnapshot::routeMatches(size_t i, const QString &vantage, int node) const
{
    if (i >= reading.routes.size())
        return false;
    if (!vantage.isEmpty() && reading.routes[i].vantage != vantage)
        return false;
    if (node >= 0 && reading.routes[i].target.node != node)
        return false;
    return true;
}

FleetSnapshot buildFleetSnapshot(const Scenario &scenario, FleetReading reading, std::vector<Alarm> raised,
                                 double percentile, qint64 windowS, qint64 staleAfterMs)
{
    FleetSnapshot f;
    f.percentile = percentile;
    f.windowS = windowS;
    f.staleAfterMs = staleAfterMs;
    f.raised = std::move(raised);
    f.reading = std::move(reading);
    const auto &routes = f.reading.routes;
    QMap<QString, std::vector<size_t>> byVantage;
    QMap<QString, std::vector<size_t>> byNode;
    for (size_t i = 0; i < routes.size(); ++i) {
        byVantage[routes[i].vantage].push_back(i);
        if (routes[i].target.node >= 0)
            byNode[routes[i].nodeId].push_back(i);
    }
    const auto sums = [&](const std::vector<size_t> &members, double &worst, double &median, int &alarmed) {
        std::vector<double> values;
        for (size_t i : members) {
            if (routes[i].upperMs >= 0)
                values.push_back(routes[i].upperMs);
            if (FleetSnapshot::alarmed(routes[i]))
                ++alarmed;
        }
        if (!values.empty()) {
            worst = *std::max_element(values.begin(), values.end());
            median = stats::median(std::move(values));
        }
    };
    f.routeVantage.assign(routes.size(), -1);
    f.routeNode.assign(routes.size(), -1);
    for (auto it = byVantage.begin(); it != byVantage.end(); ++it) {
        FleetVantage v;
        const FleetRoute &first = routes[it.value().front()];
        v.name = it.key();
        v.region = first.vantageRegion;
        v.lat = first.vantageLat;
        v.lon = first.vantageLon;
        v.placed = first.placed;
        v.routes = int(it.value().size());
        sums(it.value(), v.worstMs, v.medianMs, v.alarmed);
        double probes = 0;
        for (size_t i : it.value()) {
            v.lastSeenMs = std::max(v.lastSeenMs, routes[i].lastSeenMs);
            probes += routes[i].okProbes + routes[i].failedProbes;
            f.routeVantage[i] = int(f.vantages.size());
        }
        v.stale = staleAfterMs > 0 && probes > 0 &&
                  (v.lastSeenMs < 0 || f.reading.timeMs - v.lastSeenMs > staleAfterMs);
        f.staleVantages += v.stale ? 1 : 0;
        f.vantages.push_back(std::move(v));
    }
    for (auto it = byNode.begin(); it != byNode.end(); ++it) {
        FleetNode n;
        const FleetRoute &first = routes[it.value().front()];
        n.node = first.target.node;
        n.id = it.key();
        if (size_t(n.node) < scenario.nodes.size()) {
            n.lat = scenario.nodes[size_t(n.node)].lat;
            n.lon = scenario.nodes[size_t(n.node)].lon;
        }
        n.routes = int(it.value().size());
        sums(it.value(), n.worstMs, n.medianMs, n.alarmed);
        for (size_t i : it.value())
            f.routeNode[i] = int(f.nodes.size());
        f.nodes.push_back(std::move(n));
    }
    return f;
}

std::vector<CalibrationSample> fleetCalibrationSamples(const FleetSnapshot &fleet, QStringList *skipped)
{
    std::vector<CalibrationSample> out;
    for (const FleetRoute &r : fleet.reading.routes) {
        QString why;
        if (r.target.node < 0)
            why = QCoreApplication::translate("ea::FleetSnapshot", "no such node in the scenario");
        else if (!r.placed)
            why = QCoreApplication::translate("ea::FleetSnapshot", "the agent did not say where it stands");
        else if (!(r.p50Ms > 0))
            why = QCoreApplication::translate("ea::FleetSnapshot", "no measured median in the window");
        if (!why.isEmpty()) {
            if (skipped)
                *skipped << QStringLiteral("%1: %2").arg(r.id(), why);
            continue;
        }
        CalibrationSample s;
        s.vantageLat = r.vantageLat;
        s.vantageLon = r.vantageLon;
        s.vantageRegion = r.vantageRegion;
        s.node = r.target.node;
        s.label = r.id();
        s.measuredMs = r.p50Ms;
        out.push_back(std::move(s));
    }
    return out;
}

} // namespace ea
