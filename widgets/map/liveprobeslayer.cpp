// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/liveprobeslayer.h"

#include "engine/geo/geodesy.h"
#include "engine/geo/polyline.h"
#include "widgets/map/nodesymbol.h"

#include <QPainter>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace ea {

namespace {
constexpr double kArcSegmentKm = 150.0;
constexpr int kMaxArcSegments = 32;
constexpr double kPulseGrowPx = 14.0;
} // namespace

qint64 LiveProbeSet::clockMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

bool LiveProbeSet::pulsing(qint64 nowMs) const
{
    return std::any_of(probes.begin(), probes.end(),
                       [nowMs](const Probe &p) { return p.freshAtMs > 0 && nowMs - p.freshAtMs < PulseMs; });
}

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
    m_key = nullptr;
    m_set.reset();
    m_scenario.reset();
    m_projection = -1;
}

void LiveProbesLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    const LiveProbeSet &set = *ctx.liveProbes;
    const int projection = static_cast<int>(vp.projectionKind());
    if (m_projection != projection || m_scenario != ctx.scenario || m_lon != set.vantageLon ||
        m_lat != set.vantageLat) {
        m_arcs.clear();
        m_projection = projection;
        m_scenario = ctx.scenario;
        m_lon = set.vantageLon;
        m_lat = set.vantageLat;
        m_vantage = vp.projection().project(m_lon, m_lat);
        m_key = nullptr;
    }
    if (m_key == &set)
        return;
    m_set = ctx.liveProbes; // held, so its address is not reused while it is the key
    m_key = &set;
    const std::vector<Node> &nodes = ctx.scenario->nodes;
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
    if (!ctx.liveProbes || !ctx.scenario)
        return;
    prepare(vp, ctx);
    const LiveProbeSet &set = *ctx.liveProbes;
    const MapPalette &pal = ctx.palette;
    const QTransform toScreen = vp.worldToScreen();
    const QRectF view = vp.rect().adjusted(-20, -20, 20, 20);
    const std::vector<Node> &nodes = ctx.scenario->nodes;
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setBrush(Qt::NoBrush);

    // Routes first, under every symbol.
    for (const LiveProbeSet::Probe &p : set.probes) {
        const auto arc = m_arcs.constFind(p.node);
        if (arc == m_arcs.constEnd())
            continue;
        const Qt::PenStyle style = p.standing == LiveProbeSet::Standing::Failed    ? Qt::DashLine
                                   : p.standing == LiveProbeSet::Standing::Pending ? Qt::DotLine
                                                                                   : Qt::SolidLine;
        QPen pen(standingColour(p.standing, pal), p.standing == LiveProbeSet::Standing::Pending ? 1.2 : 2.0,
                 style, Qt::RoundCap);
        painter.setPen(pen);
        for (const QPolygonF &part : *arc) {
            const QPolygonF screen = toScreen.map(part);
            if (screen.boundingRect().intersects(view))
                painter.drawPolyline(screen);
        }
    }

    const qint64 now = LiveProbeSet::clockMs();
    const double scale = vp.scale();
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
        const QColor fill = failed || p.measuredMs < 0 ? pal.panel : pal.latencyColour(p.measuredMs);
        const qint64 age = now - p.freshAtMs;
        if (p.freshAtMs > 0 && age >= 0 && age < LiveProbeSet::PulseMs) {
            const double f = double(age) / double(LiveProbeSet::PulseMs);
            QColor c = standingColour(p.standing, pal);
            c.setAlphaF(float(0.8 * (1.0 - f)));
            painter.setPen(QPen(c, 2.0));
            painter.setBrush(Qt::NoBrush);
            const double pr = r + 2 + f * kPulseGrowPx;
            painter.drawEllipse(at, pr, pr);
        }
        NodeSymbol::draw(painter, node.tier, at, r, fill, standingColour(p.standing, pal), 2.0);
        if (failed) {
            painter.setPen(QPen(pal.beyondBudget, 2.0, Qt::SolidLine, Qt::RoundCap));
            const double d = r * 0.6;
            painter.drawLine(at + QPointF(-d, -d), at + QPointF(d, d));
            painter.drawLine(at + QPointF(-d, d), at + QPointF(d, -d));
        }
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
