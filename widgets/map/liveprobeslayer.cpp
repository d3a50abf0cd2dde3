// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/liveprobeslayer.h"

#include "engine/geo/geodesy.h"
#include "engine/geo/polyline.h"
#include "widgets/map/nodesymbol.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace ea {

namespace {
constexpr double kArcSegmentKm = 150.0;
constexpr int kMaxArcSegments = 16;
constexpr double kPulseGrowPx = 14.0;
constexpr qsizetype kMaxSprites = 512;
} // namespace

QColor LiveProbesLayer::standingColour(LiveProbeSet::Standing standing, const MapPalette &pal)
{
    switch (standing) {
    case LiveProbeSet::Standing::WithinBand:
        return pal.withinBudget;
    case LiveProbeSet::Standing::OutsideBand:
        return pal.beyondBudget;
    case LiveProbeSet::Standing::Failed:
    case LiveProbeSet::Standing::Pending:
        break;
    }
    return pal.mutedText;
}

void LiveProbesLayer::clearCaches() const
{
    m_arcs.clear();
    m_sprites.clear();
    m_key = nullptr;
    m_set.reset();
    m_scenario.reset();
    m_projection = -1;
}

void LiveProbesLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    const LiveProbeSet &set = *ctx.liveProbes;
    const int projection = static_cast<int>(vp.projectionKind());
    if (m_projection != projection || m_scenario != ctx.contentPtr() || m_lon != set.vantageLon ||
        m_lat != set.vantageLat) {
        m_arcs.clear();
        m_projection = projection;
        m_scenario = ctx.contentPtr();
        m_lon = set.vantageLon;
        m_lat = set.vantageLat;
        m_vantage = vp.projection().project(m_lon, m_lat);
        m_key = nullptr;
    }
    if (m_key == &set)
        return;
    m_set = ctx.liveProbes; // held, so its address is not reused while it is the key
    m_key = &set;
    const std::vector<Node> &nodes = ctx.scenario()->nodes;
    m_world.assign(set.probes.size(), QPointF());
    for (size_t i = 0; i < set.probes.size(); ++i) {
        const int n = set.probes[i].node;
        if (n < 0 || size_t(n) >= nodes.size())
            continue;
        m_world[i] = vp.projection().project(nodes[size_t(n)].lon, nodes[size_t(n)].lat);
        if (m_arcs.contains(n))
            continue;
        const Node &node = nodes[size_t(n)];
        const double km = geo::greatCircleKm(m_lon, m_lat, node.lon, node.lat);
        const double segmentKm = std::max(kArcSegmentKm, km / kMaxArcSegments);
        std::vector<QPolygonF> parts;
        for (const geo::LonLatLine &line : geo::greatCircleArc(m_lon, m_lat, node.lon, node.lat, segmentKm)) {
            QPolygonF poly;
            poly.reserve(qsizetype(line.size()));
            for (const QPointF &ll : line)
                poly.append(vp.projection().project(ll.x(), ll.y()));
            parts.push_back(std::move(poly));
        }
        m_arcs.insert(n, std::move(parts));
    }
}

void LiveProbesLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    if (!ctx.liveProbes || !ctx.scenario())
        return;
    prepare(vp, ctx);
    const LiveProbeSet &set = *ctx.liveProbes;
    const MapPalette &pal = ctx.palette;
    const QTransform toScreen = vp.worldToScreen();
    const QRectF view = vp.rect().adjusted(-20, -20, 20, 20);
    const std::vector<Node> &nodes = ctx.scenario()->nodes;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);

    // Routes first, under every symbol. All are hairlines, which the raster engine strokes many times
    // faster than wide lines (a 2 px pen costs ~8x as much); a measured route is drawn twice, offset by
    // 0.7 px, so it reads as a 2 px line at hairline cost. Failed routes are dashed, pending ones dotted.
    std::array<QList<QPolygonF>, 4> lines;
    for (const LiveProbeSet::Probe &p : set.probes) {
        const auto arc = m_arcs.constFind(p.node);
        if (arc == m_arcs.constEnd())
            continue;
        for (const QPolygonF &part : *arc) {
            QPolygonF screen = toScreen.map(part);
            if (screen.boundingRect().intersects(view))
                lines[size_t(p.standing)].append(std::move(screen));
        }
    }
    for (auto standing : {LiveProbeSet::Standing::Pending, LiveProbeSet::Standing::Failed,
                          LiveProbeSet::Standing::WithinBand, LiveProbeSet::Standing::OutsideBand}) {
        const bool measured =
            standing == LiveProbeSet::Standing::WithinBand || standing == LiveProbeSet::Standing::OutsideBand;
        QPen pen(standingColour(standing, pal), 1.0,
                 measured                                     ? Qt::SolidLine
                 : standing == LiveProbeSet::Standing::Failed ? Qt::DashLine
                                                              : Qt::DotLine);
        pen.setCosmetic(true);
        painter.setPen(pen);
        for (const QPolygonF &l : lines[size_t(standing)]) {
            painter.drawPolyline(l);
            if (measured)
                painter.drawPolyline(l.translated(0.7, 0.7));
        }
    }

    // Symbols: blitted sprites on raster surfaces (an antialiased path per symbol costs ~20 µs).
    const qint64 now = LiveProbeSet::clockMs();
    const double scale = vp.scale();
    const bool raster = MapSprites::isRaster(painter);
    const qreal dpr = vp.devicePixelRatio();
    if (m_sprites.size() > kMaxSprites)
        m_sprites.clear();
    for (size_t i = 0; i < set.probes.size(); ++i) {
        const LiveProbeSet::Probe &p = set.probes[i];
        if (p.node < 0 || size_t(p.node) >= nodes.size())
            continue;
        const QPointF at = toScreen.map(m_world[i]);
        if (!view.contains(at))
            continue;
        const Node &node = nodes[size_t(p.node)];
        const double r = NodeSymbol::radius(node.gpuCount, scale) + 1.5;
        const bool failed = p.standing == LiveProbeSet::Standing::Failed;
        const QColor outline = standingColour(p.standing, pal);
        const qint64 age = now - p.freshAtMs;
        if (p.freshAtMs > 0 && age >= 0 && age < LiveProbeSet::PulseMs) {
            const double f = double(age) / double(LiveProbeSet::PulseMs);
            QColor c = outline;
            c.setAlphaF(float(0.8 * (1.0 - f)));
            QPen pen(c, 1.0);
            pen.setCosmetic(true);
            painter.setPen(pen);
            painter.setBrush(Qt::NoBrush);
            const double pr = r + 2 + f * kPulseGrowPx;
            painter.drawEllipse(at, pr, pr);
            painter.drawEllipse(at, pr + 0.8, pr + 0.8);
        }
        const int lut = failed || p.measuredMs < 0 ? -1 : MapPalette::lutIndex(p.measuredMs);
        const QColor fill = lut < 0 ? pal.panel : QColor::fromRgb(pal.latencyLut()[size_t(lut)]);
        const auto drawSymbol = [&](QPainter &sp, const QPointF &c) {
            sp.setRenderHint(QPainter::Antialiasing, true);
            NodeSymbol::draw(sp, node.tier, c, r, fill, outline, 2.0);
            if (failed) {
                sp.setPen(QPen(pal.beyondBudget, 2.0, Qt::SolidLine, Qt::RoundCap));
                const double d = r * 0.6;
                sp.drawLine(c + QPointF(-d, -d), c + QPointF(d, d));
                sp.drawLine(c + QPointF(-d, d), c + QPointF(d, -d));
            }
        };
        if (!raster) {
            drawSymbol(painter, at);
            continue;
        }
        const quint64 key = quint64(node.tier) | quint64(std::lround(r * 4) & 0xff) << 2 |
                            quint64(lut + 1) << 10 | quint64(p.standing) << 20 |
                            quint64(pal.kind == MapPaletteKind::Dark) << 23 |
                            quint64(std::lround(dpr * 8) & 0xff) << 24;
        MapSprites::draw(
            painter, at,
            m_sprites.get(key, r + 2.5, dpr, [&](QPainter &sp) { drawSymbol(sp, QPointF(0, 0)); }), dpr);
    }

    // The vantage point: a ring with a dot, on top.
    const QPointF v = toScreen.map(m_vantage);
    if (view.contains(v)) {
        painter.setPen(QPen(pal.halo, 4.0));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(v, 7.0, 7.0);
        painter.setPen(QPen(pal.text, 2.0));
        painter.drawEllipse(v, 7.0, 7.0);
        painter.setPen(Qt::NoPen);
        painter.setBrush(pal.text);
        painter.drawEllipse(v, 2.5, 2.5);
    }
}

} // namespace ea
