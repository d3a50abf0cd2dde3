// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/maptooltip.h"

#include "engine/geo/geodesy.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "widgets/map/damagelayer.h"
#include "widgets/map/fleetlayer.h"
#include "widgets/map/routeslayer.h"
#include "widgets/map/timelinelayer.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString signedMs(double v)
{
    return (v > 0 ? QStringLiteral("+") : QString()) + units::ms(v);
}

// The snapshot's parts agree and the map keeps its picks within the scenario: indices need no checks.
const WorkloadOutcome *selectedWorkload(const MapContext &ctx)
{
    return ctx.outcome() && ctx.selectedWorkload >= 0
               ? &ctx.outcome()->workloads[size_t(ctx.selectedWorkload)]
               : nullptr;
}

bool regionSelected(const MapContext &ctx)
{
    return ctx.evaluator() && ctx.selectedRegion >= 0;
}
} // namespace

QString MapToolTip::text(const MapHit &hit, const MapContext &ctx)
{
    if (!hit.isValid() || !ctx.scenario())
        return {};
    switch (hit.kind) {
    case MapHit::Kind::Node:
        return hit.isCluster() ? cluster(hit.members, ctx) : node(hit.index, ctx);
    case MapHit::Kind::Region:
        return region(hit.index, ctx);
    case MapHit::Kind::Route:
        return route(hit.index, ctx);
    case MapHit::Kind::FleetVantage:
    case MapHit::Kind::FleetRoute:
        return FleetLayer::toolTip(hit, ctx);
    case MapHit::Kind::None:
        break;
    }
    return {};
}

QString MapToolTip::standingText(double latencyMs, double budgetMs)
{
    switch (RoutesLayer::standing(latencyMs, budgetMs)) {
    case RoutesLayer::Standing::Within:
        return tr("within budget");
    case RoutesLayer::Standing::Near:
        return tr("over budget by up to 25 %");
    case RoutesLayer::Standing::Beyond:
        return tr("far over budget");
    }
    return {};
}

QString MapToolTip::node(int index, const MapContext &ctx)
{
    const Scenario &s = *ctx.scenario();
    if (index < 0 || size_t(index) >= s.nodes.size())
        return {};
    const Node &n = s.nodes[size_t(index)];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>").arg(esc(n.name));
    QStringList where{tierLabel(n.tier)};
    if (!n.provider.isEmpty())
        where << esc(n.provider);
    if (!n.country.isEmpty())
        where << esc(n.country);
    const QString place = where.join(QStringLiteral(" · "));
    lines << (n.synthetic ? tr("%1 (synthetic site)").arg(place) : place);
    const int gpu = s.gpuIndex(n.gpu);
    lines << tr("GPUs: %1 × %2")
                 .arg(units::count(n.gpuCount), esc(gpu >= 0 ? s.gpus[size_t(gpu)].name : n.gpu));

    std::optional<double> modeled;
    if (regionSelected(ctx)) {
        modeled = ctx.evaluator()->networkRttMs(ctx.selectedRegion, index);
        lines << tr("Modeled RTT from %1: %2")
                     .arg(esc(s.regions[size_t(ctx.selectedRegion)].name), units::ms(*modeled));
    }
    const auto measured = ctx.measuredRttMs.constFind(index);
    if (measured != ctx.measuredRttMs.constEnd()) {
        lines << (modeled ? tr("Measured RTT: %1 (residual %2)")
                                .arg(units::ms(*measured), signedMs(*measured - *modeled))
                          : tr("Measured RTT: %1").arg(units::ms(*measured)));
    }
    if (const WorkloadOutcome *w = selectedWorkload(ctx)) {
        const auto site = std::find_if(w->siteLoads.begin(), w->siteLoads.end(),
                                       [index](const SiteOutcome &o) { return o.node == index; });
        if (site != w->siteLoads.end()) {
            const int regions =
                int(std::count_if(w->regions.begin(), w->regions.end(),
                                  [index](const RegionOutcome &r) { return r.node == index; }));
            lines << tr("%1: serves %Ln region(s) at %2 peak, %3 GPUs, %4 per month", nullptr, regions)
                         .arg(esc(s.workloads[size_t(ctx.selectedWorkload)].name), units::rps(site->peakRps),
                              units::count(site->gpus), units::usd(site->gpuUsdPerMonth));
        }
    }
    if (const QString hour = TimelineLayer::nodeLine(index, ctx); !hour.isEmpty())
        lines << hour;
    if (const QString damage = DamageLayer::nodeLines(index, ctx); !damage.isEmpty())
        lines << damage;
    return lines.join(QStringLiteral("<br>"));
}

QString MapToolTip::cluster(const QList<int> &nodes, const MapContext &ctx)
{
    const Scenario &s = *ctx.scenario();
    std::array<int, TierCount> perTier{};
    double gpus = 0;
    double best = std::numeric_limits<double>::infinity();
    for (int n : nodes) {
        if (n < 0 || size_t(n) >= s.nodes.size())
            continue;
        ++perTier[size_t(s.nodes[size_t(n)].tier)];
        gpus += s.nodes[size_t(n)].gpuCount;
        if (regionSelected(ctx))
            best = std::min(best, ctx.evaluator()->networkRttMs(ctx.selectedRegion, n));
    }
    QStringList parts;
    for (Tier t : AllTiers) {
        if (perTier[size_t(t)] > 0)
            parts << tr("%Ln %1", "number of nodes of a tier kind, e.g. \"3 Edge\"", perTier[size_t(t)])
                         .arg(tierLabel(t));
    }
    QStringList lines;
    lines << tr("<b>%Ln nodes</b>: %1", nullptr, int(nodes.size())).arg(parts.join(QStringLiteral(", ")));
    lines << tr("GPUs: %1").arg(units::count(gpus));
    if (std::isfinite(best))
        lines << tr("Best modeled RTT from %1: %2")
                     .arg(esc(s.regions[size_t(ctx.selectedRegion)].name), units::ms(best));
    if (const QString damage = DamageLayer::clusterLine(nodes, ctx); !damage.isEmpty())
        lines << damage;
    lines << tr("Zoom in to tell them apart; click to select them all.");
    return lines.join(QStringLiteral("<br>"));
}

QString MapToolTip::region(int index, const MapContext &ctx)
{
    const Scenario &s = *ctx.scenario();
    if (index < 0 || size_t(index) >= s.regions.size())
        return {};
    const DemandRegion &r = s.regions[size_t(index)];
    QStringList lines;
    lines << QStringLiteral("<b>%1</b>%2")
                 .arg(esc(r.name), r.country.isEmpty() ? QString() : QStringLiteral(", ") + esc(r.country));
    lines << tr("Weight: %1 (%2 of demand)")
                 .arg(units::count(r.weight), units::percent(100.0 * RoutesLayer::trafficShare(s, index), 2));
    if (ctx.evaluator())
        lines << tr("Last-mile access: %1").arg(units::ms(ctx.evaluator()->regionAccessMs(index)));
    if (const WorkloadOutcome *w = selectedWorkload(ctx)) {
        const RegionOutcome &o = w->regions[size_t(index)];
        const Workload &wl = s.workloads[size_t(ctx.selectedWorkload)];
        if (o.node < 0) {
            lines << tr("%1: not served").arg(esc(wl.name));
        } else {
            const Node &n = s.nodes[size_t(o.node)];
            lines << tr("%1: served by %2 (%3)").arg(esc(wl.name), esc(n.name), tierLabel(n.tier));
            lines << tr("Network %1, %2 at p%3 against %4: %5")
                         .arg(units::ms(o.networkMs), units::ms(o.sloMs), QString::number(wl.slo.percentile),
                              units::ms(wl.slo.budgetMs), standingText(o.sloMs, wl.slo.budgetMs));
        }
    }
    if (const QString hour = TimelineLayer::regionLine(index, ctx); !hour.isEmpty())
        lines << hour;
    if (const QString whatIf = WhatIfLayer::regionLines(index, ctx); !whatIf.isEmpty())
        lines << whatIf;
    return lines.join(QStringLiteral("<br>"));
}

QString MapToolTip::route(int regionIndex, const MapContext &ctx)
{
    const Scenario &s = *ctx.scenario();
    const WorkloadOutcome *w = selectedWorkload(ctx);
    if (!w || regionIndex < 0 || size_t(regionIndex) >= s.regions.size())
        return {};
    const RegionOutcome &o = w->regions[size_t(regionIndex)];
    if (o.node < 0)
        return {};
    const DemandRegion &r = s.regions[size_t(regionIndex)];
    const Node &n = s.nodes[size_t(o.node)];
    const Workload &wl = s.workloads[size_t(ctx.selectedWorkload)];
    QStringList lines;
    lines << QStringLiteral("<b>%1 → %2</b>").arg(esc(r.name), esc(n.name));
    lines << tr("%1 in the %2 tier").arg(esc(wl.name), tierLabel(n.tier).toLower());
    lines << tr("Network %1, %2 at p%3 against %4: %5")
                 .arg(units::ms(o.networkMs), units::ms(o.sloMs), QString::number(wl.slo.percentile),
                      units::ms(wl.slo.budgetMs), standingText(o.sloMs, wl.slo.budgetMs));
    lines << tr("Distance %1, %2 of the traffic")
                 .arg(units::km(geo::greatCircleKm(r.lon, r.lat, n.lon, n.lat)),
                      units::percent(100.0 * RoutesLayer::trafficShare(s, regionIndex), 2));
    if (const QString whatIf = WhatIfLayer::regionLines(regionIndex, ctx); !whatIf.isEmpty())
        lines << whatIf;
    return lines.join(QStringLiteral("<br>"));
}

} // namespace ea
