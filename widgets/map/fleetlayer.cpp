// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/fleetlayer.h"

#include "engine/geo/geodesy.h"
#include "engine/geo/polyline.h"
#include "engine/model/units.h"

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace ea {

namespace {
constexpr double kArcSegmentKm = 250.0;
constexpr int kBuckets = 24; // colour classes of the route lines (one pen each)
constexpr double kVantageRadiusPx = 6.0;
constexpr double kNodeRadiusPx = 4.5;
constexpr size_t kManyRoutes = 1500; // more: aliased, batched lines, coarser arcs
constexpr int kMaxArcSegments = 12;

double segmentDistance(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double len2 = QPointF::dotProduct(ab, ab);
    const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + t * ab);
    return std::hypot(d.x(), d.y());
}
} // namespace

double FleetLayer::routeOpacity(size_t n)
{
    if (n == 0)
        return 1.0;
    return std::clamp(std::sqrt(150.0 / double(n)), 0.1, 0.9);
}

QColor FleetLayer::latencyColour(double ms, const MapPalette &palette)
{
    if (!(ms >= 0))
        return palette.mutedText;
    return QColor::fromRgb(palette.latencyLut()[size_t(MapPalette::lutIndex(ms))]);
}

void FleetLayer::clearCaches() const
{
    m_arcs.clear();
    m_projection = -1;
    m_key = nullptr;
    m_fleet.reset();
    m_routeArcs.clear();
}

size_t FleetLayer::cacheKey(const MapViewport &viewport, const MapContext &ctx) const
{
    return qHashMulti(size_t(0x5f1e), quintptr(ctx.fleet.get()), int(ctx.fleetAggregate), ctx.fleetVantage,
                      ctx.fleetNode, int(ctx.palette.kind), int(viewport.projectionKind()));
}

void FleetLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    const int projection = static_cast<int>(vp.projectionKind());
    if (projection != m_projection) {
        m_arcs.clear();
        m_projection = projection;
        m_key = nullptr;
    }
    if (m_key == ctx.fleet.get())
        return;
    m_fleet = ctx.fleet; // held, so its address is not reused while it is the key
    m_key = ctx.fleet.get();
    const FleetSnapshot &f = *ctx.fleet;
    // Arcs of routes no longer read are dropped when there are many more kept than drawn.
    if (m_arcs.size() > 2 * qsizetype(f.reading.routes.size()) + 1024)
        m_arcs.clear();
    m_routeArcs.assign(f.reading.routes.size(), {});
    for (size_t i = 0; i < f.reading.routes.size(); ++i) {
        const FleetRoute &r = f.reading.routes[i];
        const int n = f.routeNode[i];
        if (!r.placed || n < 0)
            continue;
        const ArcKey key{std::llround(r.vantageLat * 1e4), std::llround(r.vantageLon * 1e4), r.nodeId};
        auto it = m_arcs.find(key);
        if (it == m_arcs.end()) {
            const FleetNode &node = f.nodes[size_t(n)];
            const double km = geo::greatCircleKm(r.vantageLon, r.vantageLat, node.lon, node.lat);
            // Thousands of routes: coarser arcs (at most 6 segments; still curved at world scale).
            const int segments =
                f.reading.routes.size() > kManyRoutes ? kMaxArcSegments / 2 : kMaxArcSegments;
            const double segmentKm = std::max(kArcSegmentKm, km / segments);
            std::vector<QPolygonF> parts;
            for (const geo::LonLatLine &line :
                 geo::greatCircleArc(r.vantageLon, r.vantageLat, node.lon, node.lat, segmentKm)) {
                QPolygonF poly;
                poly.reserve(qsizetype(line.size()));
                for (const QPointF &ll : line)
                    poly.append(vp.projection().project(ll.x(), ll.y()));
                parts.push_back(std::move(poly));
            }
            it = m_arcs.insert(key, std::move(parts));
        }
        m_routeArcs[i] = it.value(); // QPolygonF is shared: no copy of points; never a pointer into the hash
    }
    m_vantages.clear();
    for (const FleetVantage &v : f.vantages)
        m_vantages.push_back(vp.projection().project(v.lon, v.lat));
    m_nodes.clear();
    for (const FleetNode &n : f.nodes)
        m_nodes.push_back(vp.projection().project(n.lon, n.lat));
}

void FleetLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    if (!ctx.fleet)
        return;
    prepare(vp, ctx);
    const FleetSnapshot &f = *ctx.fleet;
    const MapPalette &pal = ctx.palette;
    const QTransform toScreen = vp.worldToScreen();
    const QRectF view = vp.rect().adjusted(-20, -20, 20, 20);
    const bool picking = !ctx.fleetVantage.isEmpty() || ctx.fleetNode >= 0;

    // Routes, bucketed by colour (slow on top); picked routes opaque over the others faded. Thousands of
    // routes: aliased hairlines, one drawLines() call per colour, their segments mapped straight into the
    // batch (antialiased polylines one by one cost ten times as much); a few hundred: antialiased polylines.
    const bool many = f.reading.routes.size() > kManyRoutes;
    std::array<QList<QPolygonF>, kBuckets + 1> lines, picked; // the last bucket: not measured
    std::array<std::vector<QLineF>, kBuckets + 1> segments;
    size_t drawn = 0;
    for (size_t i = 0; i < f.reading.routes.size(); ++i) {
        if (m_routeArcs[i].empty())
            continue;
        const FleetRoute &r = f.reading.routes[i];
        const int lut = r.upperMs >= 0 ? MapPalette::lutIndex(r.upperMs) : -1;
        const size_t bucket = lut < 0 ? kBuckets : size_t(lut) * kBuckets / MapPalette::LutSize;
        const bool isPicked = picking && f.routeMatches(i, ctx.fleetVantage, ctx.fleetNode);
        for (const QPolygonF &part : m_routeArcs[i]) {
            if (many && !isPicked) {
                std::vector<QLineF> &out = segments[bucket];
                QPointF a = toScreen.map(part[0]);
                for (qsizetype k = 1; k < part.size(); ++k) {
                    const QPointF b = toScreen.map(part[k]);
                    // Compared coordinate by coordinate: a level or upright segment has an empty
                    // bounding rectangle, which QRectF::intersects() never finds.
                    if (std::max(a.x(), b.x()) >= view.left() && std::min(a.x(), b.x()) <= view.right() &&
                        std::max(a.y(), b.y()) >= view.top() && std::min(a.y(), b.y()) <= view.bottom())
                        out.emplace_back(a, b);
                    a = b;
                }
                continue;
            }
            QPolygonF screen = toScreen.map(part);
            if (!screen.boundingRect().adjusted(-1, -1, 1, 1).intersects(view)) // a level route too
                continue;
            (isPicked ? picked : lines)[bucket].append(std::move(screen));
        }
        ++drawn;
    }
    painter.setRenderHint(QPainter::Antialiasing, !many);
    painter.setBrush(Qt::NoBrush);
    const double alpha = picking ? 0.08 : routeOpacity(drawn);
    const auto penFor = [&](size_t b, double a) {
        QColor c =
            b == size_t(kBuckets)
                ? pal.mutedText
                : QColor::fromRgb(
                      pal.latencyLut()[(b * MapPalette::LutSize + MapPalette::LutSize / 2) / kBuckets]);
        if (many) {
            // Opaque, mixed towards the land colour: the raster engine blends thousands of translucent
            // hairlines pixel by pixel, several times slower than it fills opaque ones.
            const QColor &under = pal.land;
            c = QColor::fromRgbF(float(under.redF() + (c.redF() - under.redF()) * a),
                                 float(under.greenF() + (c.greenF() - under.greenF()) * a),
                                 float(under.blueF() + (c.blueF() - under.blueF()) * a));
        } else {
            c.setAlphaF(float(a));
        }
        QPen pen(c, 1.0, b == size_t(kBuckets) && !many ? Qt::DashLine : Qt::SolidLine);
        pen.setCosmetic(true);
        return pen;
    };
    const auto stroke = [&](const std::array<QList<QPolygonF>, kBuckets + 1> &set, double a, bool thick) {
        for (size_t b = 0; b <= size_t(kBuckets); ++b) {
            if (set[b].isEmpty())
                continue;
            painter.setPen(penFor(b, a));
            for (const QPolygonF &l : set[b]) {
                painter.drawPolyline(l);
                if (thick)
                    painter.drawPolyline(l.translated(0.7, 0.7));
            }
        }
    };
    if (many) {
        // The last bucket (unmeasured) goes first, under the measured ones.
        for (size_t i = 0; i <= size_t(kBuckets); ++i) {
            const size_t b = i == 0 ? size_t(kBuckets) : i - 1;
            if (segments[b].empty())
                continue;
            painter.setPen(penFor(b, alpha));
            painter.drawLines(segments[b].data(), int(segments[b].size()));
        }
    }
    // The last bucket (unmeasured) goes first, under the measured ones.
    std::array<QList<QPolygonF>, kBuckets + 1> unmeasured;
    std::swap(unmeasured[kBuckets], lines[kBuckets]);
    stroke(unmeasured, alpha, false);
    stroke(lines, alpha, false);
    painter.setRenderHint(QPainter::Antialiasing, true);
    stroke(picked, 0.95, true);

    // Nodes: a dot in the colour of their routes' worst or median; a red ring when one stands alarmed.
    for (size_t i = 0; i < f.nodes.size(); ++i) {
        const FleetNode &n = f.nodes[i];
        const QPointF at = toScreen.map(m_nodes[i]);
        if (!view.contains(at))
            continue;
        const bool isPicked = ctx.fleetNode == n.node;
        const double rad = isPicked ? kNodeRadiusPx + 2 : kNodeRadiusPx;
        painter.setPen(QPen(n.alarmed > 0 ? pal.beyondBudget : pal.symbolOutline, n.alarmed > 0 ? 2.0 : 1.0));
        painter.setBrush(latencyColour(n.valueMs(ctx.fleetAggregate), pal));
        painter.drawEllipse(at, rad, rad);
    }

    // Vantages on top: a ring with a dot and the name; grey and dashed when the agent stopped reporting.
    QFont font = painter.font();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.9));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    QList<QRectF> labelled; // a label that would overlap one drawn already is left out (its marker stays)
    for (size_t i = 0; i < f.vantages.size(); ++i) {
        const FleetVantage &v = f.vantages[i];
        if (!v.placed)
            continue;
        const QPointF at = toScreen.map(m_vantages[i]);
        if (!view.contains(at))
            continue;
        const bool isPicked = ctx.fleetVantage == v.name;
        const double rad = isPicked ? kVantageRadiusPx + 2 : kVantageRadiusPx;
        const QColor ring = v.stale ? pal.mutedText : v.alarmed > 0 ? pal.beyondBudget : pal.text;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.halo, 4.0));
        painter.drawEllipse(at, rad, rad);
        painter.setPen(QPen(ring, 2.0, v.stale ? Qt::DashLine : Qt::SolidLine));
        painter.setBrush(latencyColour(v.stale ? -1 : v.medianMs, pal));
        painter.drawEllipse(at, rad, rad);
        const QString label = v.stale ? tr("%1 (stale)").arg(v.name) : v.name;
        const QPointF textAt = at + QPointF(rad + 3, fm.ascent() / 2 - 1);
        const QRectF box(textAt - QPointF(0, fm.ascent()), QSizeF(fm.horizontalAdvance(label), fm.height()));
        if (!isPicked && std::any_of(labelled.begin(), labelled.end(),
                                     [&](const QRectF &other) { return other.intersects(box); }))
            continue;
        labelled.append(box);
        QPainterPath path;
        path.addText(textAt, font, label);
        painter.setPen(QPen(pal.halo, 3.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        painter.setPen(Qt::NoPen);
        painter.setBrush(v.stale ? pal.mutedText : pal.text);
        painter.drawPath(path);
    }
}

MapHit FleetLayer::hitTest(const QPointF &screen, const MapViewport &vp, const MapContext &ctx,
                           double radiusPx) const
{
    if (!ctx.fleet)
        return {};
    prepare(vp, ctx);
    const FleetSnapshot &f = *ctx.fleet;
    const QTransform toScreen = vp.worldToScreen();
    MapHit best;
    for (size_t i = 0; i < f.vantages.size(); ++i) {
        if (!f.vantages[i].placed)
            continue;
        const QPointF d = toScreen.map(m_vantages[i]) - screen;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= kVantageRadiusPx + radiusPx && dist < best.distancePx)
            best = MapHit{MapHit::Kind::FleetVantage, int(i), dist, {}};
    }
    if (best.isValid())
        return best;
    // A probed node is the node (the routes end there): the nodes layer's pick.
    for (size_t i = 0; i < f.nodes.size(); ++i) {
        const QPointF d = toScreen.map(m_nodes[i]) - screen;
        const double dist = std::hypot(d.x(), d.y());
        if (dist <= kNodeRadiusPx + radiusPx && dist < best.distancePx)
            best = MapHit{MapHit::Kind::Node, f.nodes[i].node, dist, {}};
    }
    if (best.isValid())
        return best;
    // Routes: the nearest among those drawn (a pick's own when one is picked).
    const bool picking = !ctx.fleetVantage.isEmpty() || ctx.fleetNode >= 0;
    const QRectF around(screen - QPointF(radiusPx, radiusPx), QSizeF(2 * radiusPx, 2 * radiusPx));
    for (size_t i = 0; i < f.reading.routes.size(); ++i) {
        if (m_routeArcs[i].empty() || (picking && !f.routeMatches(i, ctx.fleetVantage, ctx.fleetNode)))
            continue;
        for (const QPolygonF &part : m_routeArcs[i]) {
            const QPolygonF s = toScreen.map(part);
            if (!s.boundingRect().adjusted(-radiusPx, -radiusPx, radiusPx, radiusPx).intersects(around))
                continue;
            for (qsizetype k = 1; k < s.size(); ++k) {
                const double dist = segmentDistance(screen, s[k - 1], s[k]);
                if (dist <= radiusPx && dist < best.distancePx)
                    best = MapHit{MapHit::Kind::FleetRoute, int(i), dist, {}};
            }
        }
    }
    return best;
}

QString FleetLayer::toolTip(const MapHit &hit, const MapContext &ctx)
{
    if (!ctx.fleet)
        return {};
    const FleetSnapshot &f = *ctx.fleet;
    const QString pct = QString::number(f.percentile * 100, 'g', 3);
    if (hit.kind == MapHit::Kind::FleetVantage && size_t(hit.index) < f.vantages.size()) {
        const FleetVantage &v = f.vantages[size_t(hit.index)];
        QString text = tr("<b>Vantage %1</b>%2<br>%n route(s), %3 alarmed", nullptr, v.routes)
                           .arg(v.name.toHtmlEscaped(),
                                v.region.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(v.region))
                           .arg(v.alarmed);
        if (v.medianMs >= 0)
            text += tr("<br>P%1: median route %2, worst %3")
                        .arg(pct, units::ms(v.medianMs), units::ms(v.worstMs));
        if (v.stale)
            text += tr("<br><b>Stale:</b> the agent stopped reporting");
        return text + tr("<br><i>Click to show only its routes</i>");
    }
    if (hit.kind == MapHit::Kind::FleetRoute && size_t(hit.index) < f.reading.routes.size()) {
        const FleetRoute &r = f.reading.routes[size_t(hit.index)];
        QString text = QStringLiteral("<b>%1</b>").arg(r.id().toHtmlEscaped());
        text += tr("<br>Measured P50 %1, P%2 %3")
                    .arg(r.p50Ms >= 0 ? units::ms(r.p50Ms) : tr("none"), pct,
                         r.upperMs >= 0 ? units::ms(r.upperMs) : tr("none"));
        if (r.target.hasModel())
            text += tr("<br>Model %1, residual %2")
                        .arg(units::ms(r.target.modeledRttMs),
                             std::isfinite(r.residualMs())
                                 ? QStringLiteral("%1%2").arg(r.residualMs() >= 0 ? QStringLiteral("+")
                                                                                  : QString(),
                                                              units::ms(r.residualMs()))
                                 : tr("unknown"));
        text += tr("<br>State: %1").arg(r.states().join(QStringLiteral(", ")));
        return text;
    }
    return {};
}

} // namespace ea
