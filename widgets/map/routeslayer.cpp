// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/routeslayer.h"

#include "engine/geo/geodesy.h"

#include "engine/geo/polyline.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "widgets/map/maptext.h"
#include "widgets/map/nodesymbol.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
constexpr double kArcSegmentKm = 150.0;
// Long arcs get longer segments: at most this many, which still draws a smooth curve at world zoom.
constexpr int kMaxArcSegments = 24;
constexpr int kArcCacheLimit = 200000;

std::vector<QPolygonF> projectArc(const geo::Projection &p, double lon1, double lat1, double lon2,
                                  double lat2)
{
    std::vector<QPolygonF> parts;
    const double km = geo::greatCircleKm(lon1, lat1, lon2, lat2);
    const double segmentKm = std::max(kArcSegmentKm, km / kMaxArcSegments);
    for (const geo::LonLatLine &line : geo::greatCircleArc(lon1, lat1, lon2, lat2, segmentKm)) {
        QPolygonF poly;
        poly.reserve(qsizetype(line.size()));
        for (const QPointF &ll : line)
            poly.append(p.project(ll.x(), ll.y()));
        parts.push_back(std::move(poly));
    }
    return parts;
}

double pointSegmentDistance(const QPointF &p, const QLineF &s)
{
    const QPointF d = s.p2() - s.p1();
    const double len2 = QPointF::dotProduct(d, d);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - s.p1(), d) / len2, 0.0, 1.0) : 0.0;
    const QPointF q = s.p1() + t * d;
    return std::hypot(p.x() - q.x(), p.y() - q.y());
}
} // namespace

RoutesLayer::Standing RoutesLayer::standing(double latencyMs, double budgetMs)
{
    if (!(budgetMs > 0) || latencyMs <= budgetMs)
        return Standing::Within;
    return latencyMs <= budgetMs * NearBudgetFactor ? Standing::Near : Standing::Beyond;
}

double RoutesLayer::widthPx(int widthClass)
{
    static constexpr std::array<double, WidthClasses> widths{0.8, 1.5, 2.2, 3.2};
    return widths[size_t(std::clamp(widthClass, 0, WidthClasses - 1))];
}

double RoutesLayer::trafficShare(const Scenario &s, int region)
{
    double total = 0;
    for (const DemandRegion &r : s.regions)
        total += r.weight;
    return total > 0 && region >= 0 && size_t(region) < s.regions.size()
               ? s.regions[size_t(region)].weight / total
               : 0.0;
}

std::array<int, TierCount> RoutesLayer::bestNodePerTier(const Evaluator &ev, int region)
{
    std::array<int, TierCount> best;
    best.fill(-1);
    if (region < 0 || size_t(region) >= ev.scenario().regions.size())
        return best;
    for (Tier t : AllTiers) {
        const Evaluator::Candidates &c = ev.candidates(t);
        const size_t at = size_t(region) * Evaluator::CandidatesPerRegion;
        if (at < c.node.size())
            best[size_t(t)] = c.node[at];
    }
    return best;
}

void RoutesLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    const int projection = static_cast<int>(vp.projectionKind());
    // What the arcs show, not which outcome they came from: a re-evaluation that routes the selected
    // workload as before keeps them (and the map's cached image).
    const size_t key = drawnKey(ctx);
    if (m_key == key && m_projection == projection)
        return;
    m_key = key;
    m_outcome = ctx.outcomePtr();
    if (m_scenario != ctx.contentPtr())
        m_arcCache.clear(); // its keys are region and node indices of one content
    m_scenario = ctx.contentPtr();
    m_evaluator = ctx.evaluatorPtr();
    m_workload = ctx.selectedWorkload;
    m_region = ctx.selectedRegion;
    m_projection = projection;
    m_routes.clear();
    m_regionArcs.clear();
    m_chunks.reset(vp.projection().worldBounds(), 3 * WidthClasses);
    m_hitViewport.reset();
    if (!m_scenario)
        return;
    const Scenario &s = *m_scenario;
    const geo::Projection &proj = vp.projection();
    if (m_arcProjection != projection) {
        m_arcCache.clear();
        m_arcProjection = projection;
    }

    // The snapshot's parts agree and the map keeps its picks within the scenario: indices need no checks.
    if (m_outcome && m_workload >= 0) {
        const WorkloadOutcome &w = m_outcome->workloads[size_t(m_workload)];
        // Cleared before, never during, the loop: the routes point into the cache.
        if (m_arcCache.size() + w.regions.size() > size_t(kArcCacheLimit))
            m_arcCache.clear();
        m_routes.reserve(w.regions.size());
        const double budget = s.workloads[size_t(m_workload)].slo.budgetMs;
        double maxWeight = 0;
        for (const DemandRegion &region : s.regions)
            maxWeight = std::max(maxWeight, region.weight);
        for (size_t r = 0; r < w.regions.size(); ++r) {
            const RegionOutcome &o = w.regions[r];
            if (o.node < 0)
                continue;
            Route route;
            route.region = int(r);
            route.node = o.node;
            route.standing = standing(o.sloMs, budget);
            const double t = maxWeight > 0 ? std::sqrt(s.regions[r].weight / maxWeight) : 0;
            route.widthClass = std::clamp(int(t * WidthClasses), 0, WidthClasses - 1);
            const DemandRegion &from = s.regions[r];
            const Node &to = s.nodes[size_t(o.node)];
            auto [cached, added] = m_arcCache.try_emplace(quint64(r) << 32 | quint32(o.node));
            if (added)
                cached->second = projectArc(proj, from.lon, from.lat, to.lon, to.lat);
            route.world = &cached->second;
            for (const QPolygonF &part : *route.world)
                m_chunks.add(int(route.standing) * WidthClasses + route.widthClass, part,
                             route.widthClass > 0);
            m_routes.push_back(std::move(route));
        }
    }

    if (m_evaluator && m_region >= 0) {
        const auto best = bestNodePerTier(*m_evaluator, m_region);
        const DemandRegion &from = s.regions[size_t(m_region)];
        for (Tier t : AllTiers) {
            const int n = best[size_t(t)];
            if (n < 0)
                continue;
            const Node &to = s.nodes[size_t(n)];
            m_regionArcs.push_back({t, n, m_evaluator->networkRttMs(m_region, n),
                                    projectArc(proj, from.lon, from.lat, to.lon, to.lat)});
        }
    }
}

void RoutesLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    prepare(vp, ctx);
    if (m_routes.empty() && m_regionArcs.empty())
        return;
    const MapPalette &pal = ctx.palette;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);
    const QTransform toScreen = vp.worldToScreen();
    painter.setTransform(toScreen, true);
    const std::array<QColor, 3> colours{pal.withinBudget, pal.nearBudget, pal.beyondBudget};
    // Thin routes (small regions) are paler, so the heavy flows read first.
    const std::array<double, 3> strength{0.75, 0.85, 0.95};
    const double pixel = 1.0 / vp.zoom();
    const QRectF view = vp.visibleWorld().adjusted(-4 * pixel, -4 * pixel, 4 * pixel, 4 * pixel);
    for (int standing = 0; standing < 3; ++standing) { // problems last, on top
        for (int wc = 0; wc < WidthClasses; ++wc) {
            const int cls = standing * WidthClasses + wc;
            if (m_chunks.isEmpty(cls))
                continue;
            // Opaque, mixed towards the land colour, not translucent: the raster engine blends long
            // translucent antialiased lines many times slower than opaque ones (zoomed in, 25×).
            const QColor full = colours[size_t(standing)];
            const double a = strength[size_t(standing)] * (0.7 + 0.3 * wc / (WidthClasses - 1));
            const QColor &under = pal.land;
            const QColor c = QColor::fromRgbF(float(under.redF() + (full.redF() - under.redF()) * a),
                                              float(under.greenF() + (full.greenF() - under.greenF()) * a),
                                              float(under.blueF() + (full.blueF() - under.blueF()) * a));
            QPen pen(c, widthPx(wc));
            pen.setCosmetic(true);
            pen.setCapStyle(Qt::FlatCap);
            pen.setJoinStyle(Qt::BevelJoin);
            painter.setPen(pen);
            m_chunks.draw(painter, cls, view);
        }
    }
    for (const RegionArc &arc : m_regionArcs) {
        QPen halo(pal.halo, 3.2);
        halo.setCosmetic(true);
        QPen pen(pal.tierColour(arc.tier), 1.6, Qt::DashLine);
        pen.setCosmetic(true);
        for (const QPolygonF &part : arc.world) {
            painter.setPen(halo);
            painter.drawPolyline(part);
            painter.setPen(pen);
            painter.drawPolyline(part);
        }
    }
    painter.setTransform(toScreen.inverted(), true);
    if (!m_regionArcs.empty())
        paintRegionCallout(painter, vp, ctx);
    painter.restore();
}

void RoutesLayer::paintRegionCallout(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    // One box beside the region instead of a label at each node: labels at the far ends collide.
    const MapPalette &pal = ctx.palette;
    const DemandRegion &region = ctx.scenario()->regions[size_t(m_region)];
    const QPointF at = vp.lonLatToScreen(region.lon, region.lat);
    const QFont title = MapText::font(10, true), body = MapText::font(10);
    const QFontMetricsF tm(title, painter.device()), bm(body, painter.device());
    const QString heading = tr("Best node per tier");
    double labelW = 0, valueW = 0;
    for (const RegionArc &arc : m_regionArcs) {
        labelW = std::max(labelW, bm.horizontalAdvance(tierLabel(arc.tier)));
        valueW = std::max(valueW, bm.horizontalAdvance(units::ms(arc.rttMs)));
    }
    constexpr double pad = 6, symbol = 14, gap = 10;
    const double rowH = std::max(bm.height(), 14.0);
    const double w = std::max(tm.horizontalAdvance(heading), symbol + labelW + gap + valueW) + 2 * pad;
    const double h = tm.height() + 2 + rowH * double(m_regionArcs.size()) + 2 * pad;
    QRectF box(at + QPointF(14, 12), QSizeF(w, h));
    if (box.right() > vp.size().width() - 4)
        box.moveRight(at.x() - 14);
    if (box.bottom() > vp.size().height() - 4)
        box.moveBottom(at.y() - 12);
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QPen(pal.panelBorder, 0.8));
    painter.setBrush(pal.panel);
    painter.drawRoundedRect(box, 3, 3);
    painter.setFont(title);
    painter.setPen(pal.text);
    painter.drawText(QPointF(box.left() + pad, box.top() + pad + tm.ascent()), heading);
    double y = box.top() + pad + tm.height() + 2;
    painter.setFont(body);
    for (const RegionArc &arc : m_regionArcs) {
        const double baseline = y + (rowH + bm.ascent() - bm.descent()) / 2;
        NodeSymbol::draw(painter, arc.tier, QPointF(box.left() + pad + 5, y + rowH / 2), 4.0,
                         pal.tierColour(arc.tier), pal.symbolOutline);
        painter.setPen(pal.text);
        painter.drawText(QPointF(box.left() + pad + symbol, baseline), tierLabel(arc.tier));
        const QString value = units::ms(arc.rttMs);
        painter.drawText(QPointF(box.right() - pad - bm.horizontalAdvance(value), baseline), value);
        y += rowH;
    }
}

void RoutesLayer::buildHitGrid(const MapViewport &vp) const
{
    m_hitViewport = vp;
    m_segments.clear();
    m_segmentRoute.clear();
    m_hitColumns = std::max(1, int(std::ceil(vp.size().width() / m_hitCell)));
    m_hitRows = std::max(1, int(std::ceil(vp.size().height() / m_hitCell)));
    m_cells.assign(size_t(m_hitColumns) * m_hitRows, {});
    const QTransform t = vp.worldToScreen();
    const QRectF view = vp.rect();
    for (size_t r = 0; r < m_routes.size(); ++r) {
        for (const QPolygonF &part : *m_routes[r].world) {
            const QPolygonF screen = t.map(part);
            for (qsizetype i = 1; i < screen.size(); ++i) {
                const QLineF seg(screen[i - 1], screen[i]);
                const QRectF box = QRectF(seg.p1(), seg.p2()).normalized().intersected(view);
                if (box.isNull() && !view.contains(seg.p1()))
                    continue;
                const int id = int(m_segments.size());
                m_segments.push_back(seg);
                m_segmentRoute.push_back(int(r));
                const int x0 = std::clamp(int(box.left() / m_hitCell), 0, m_hitColumns - 1);
                const int x1 = std::clamp(int(box.right() / m_hitCell), 0, m_hitColumns - 1);
                const int y0 = std::clamp(int(box.top() / m_hitCell), 0, m_hitRows - 1);
                const int y1 = std::clamp(int(box.bottom() / m_hitCell), 0, m_hitRows - 1);
                for (int y = y0; y <= y1; ++y)
                    for (int x = x0; x <= x1; ++x)
                        m_cells[size_t(y * m_hitColumns + x)].push_back(id);
            }
        }
    }
}

MapHit RoutesLayer::hitTest(const QPointF &screen, const MapViewport &vp, const MapContext &ctx,
                            double radiusPx) const
{
    prepare(vp, ctx);
    if (m_routes.empty())
        return {};
    if (!m_hitViewport || !(*m_hitViewport == vp))
        buildHitGrid(vp);
    const int cx = int(screen.x() / m_hitCell), cy = int(screen.y() / m_hitCell);
    const int reach = int(std::ceil(radiusPx / m_hitCell));
    MapHit best;
    for (int y = std::max(0, cy - reach); y <= std::min(m_hitRows - 1, cy + reach); ++y) {
        for (int x = std::max(0, cx - reach); x <= std::min(m_hitColumns - 1, cx + reach); ++x) {
            for (int id : m_cells[size_t(y * m_hitColumns + x)]) {
                const Route &route = m_routes[size_t(m_segmentRoute[size_t(id)])];
                const double d = pointSegmentDistance(screen, m_segments[size_t(id)]);
                if (d <= radiusPx + widthPx(route.widthClass) / 2 && d < best.distancePx) {
                    best.kind = MapHit::Kind::Route;
                    best.index = route.region;
                    best.distancePx = d;
                }
            }
        }
    }
    return best;
}

size_t RoutesLayer::drawnKey(const MapContext &ctx) const
{
    size_t key = qHashMulti(0x7042e, ctx.contentPtr().get(), ctx.selectedWorkload, ctx.selectedRegion);
    if (ctx.selectedRegion >= 0)
        key = qHashMulti(key, ctx.evaluator());
    if (ctx.outcome() && ctx.selectedWorkload >= 0) {
        // Hashed once per outcome and workload: paint and hit-test ask often.
        if (m_routingOf != ctx.outcomePtr() || m_routingWorkload != ctx.selectedWorkload) {
            m_routingOf = ctx.outcomePtr();
            m_routingWorkload = ctx.selectedWorkload;
            const WorkloadOutcome &w = ctx.outcome()->workloads[size_t(ctx.selectedWorkload)];
            const double budget = ctx.scenario()->workloads[size_t(ctx.selectedWorkload)].slo.budgetMs;
            m_routing = 0x5eed;
            for (const RegionOutcome &r : w.regions)
                m_routing = qHashMulti(m_routing, r.node, int(standing(r.sloMs, budget)));
        }
        key = qHashMulti(key, m_routing);
    }
    return key;
}

size_t RoutesLayer::cacheKey(const MapViewport &, const MapContext &ctx) const
{
    return qHashMulti(drawnKey(ctx), int(ctx.palette.kind));
}

void RoutesLayer::clearCaches() const
{
    m_key = 0;
    m_routingOf.reset();
    m_outcome.reset();
    m_scenario.reset();
    m_evaluator.reset();
    m_workload = m_region = -2;
    m_projection = -1;
    m_routes.clear();
    m_regionArcs.clear();
    m_chunks = RouteChunks();
    m_hitViewport.reset();
    m_segments.clear();
    m_segmentRoute.clear();
    m_cells.clear();
}

} // namespace ea
