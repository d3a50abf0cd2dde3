// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/timelinelayer.h"

#include "engine/model/units.h"
#include "widgets/map/demandlayer.h"
#include "widgets/map/mapsprites.h"
#include "widgets/map/maptext.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ea {

namespace {
constexpr double kMinSiteRadiusPx = 2.0;
constexpr double kMaxSiteRadiusPx = 8.0;
constexpr double kQuietSiteRadiusPx = 2.5;

bool usable(const MapContext &ctx)
{
    const Scenario *s = ctx.scenario();
    return s && ctx.hour && ctx.hour->regionDemandRps.size() == s->regions.size();
}

QString hourLabel(int hour)
{
    return QStringLiteral("%1:00 UTC").arg(hour, 2, 10, QLatin1Char('0'));
}
} // namespace

QColor TimelineLayer::loadColour(double pct)
{
    if (pct >= LoadFullPct)
        return QColor(0xd7, 0x30, 0x27);
    if (pct >= LoadWarnPct)
        return QColor(0xf4, 0xa5, 0x1c);
    return QColor(0x1a, 0x98, 0x50, 150); // the many quiet sites stay in the background
}

void TimelineLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    if (m_hour == ctx.hour && m_viewport && *m_viewport == vp)
        return;
    m_hour = ctx.hour;
    m_viewport = vp;
    const Scenario &s = *ctx.scenario();
    const PlanHour &h = *ctx.hour;
    const double scale = vp.scale();
    const double maxDemand = ctx.hourDemandScale > 0 ? ctx.hourDemandScale : 1.0;
    m_regionOrder.clear();
    for (size_t r = 0; r < h.regionDemandRps.size(); ++r)
        if (h.regionDemandRps[r] > 0)
            m_regionOrder.push_back(int(r));
    std::stable_sort(m_regionOrder.begin(), m_regionOrder.end(), [&](int a, int b) {
        return h.regionDemandRps[size_t(a)] > h.regionDemandRps[size_t(b)];
    });
    m_regionScreen.resize(m_regionOrder.size());
    m_regionRadius.resize(m_regionOrder.size());
    for (size_t i = 0; i < m_regionOrder.size(); ++i) {
        const DemandRegion &r = s.regions[size_t(m_regionOrder[i])];
        m_regionScreen[i] = vp.lonLatToScreen(r.lon, r.lat);
        m_regionRadius[i] =
            float(DemandLayer::radiusPx(h.regionDemandRps[size_t(m_regionOrder[i])], maxDemand, scale));
    }
    double maxCapacity = 0;
    for (const HourNode &n : h.nodes)
        maxCapacity = std::max(maxCapacity, n.capacityRps);
    m_nodeScreen.resize(h.nodes.size());
    m_nodeRadius.resize(h.nodes.size());
    const double zoom = std::min(std::sqrt(std::max(scale, 1.0)), 3.0);
    for (size_t i = 0; i < h.nodes.size(); ++i) {
        const Node &n = s.nodes[size_t(h.nodes[i].node)];
        m_nodeScreen[i] = vp.lonLatToScreen(n.lon, n.lat);
        const double share = maxCapacity > 0 ? std::sqrt(h.nodes[i].capacityRps / maxCapacity) : 0.0;
        m_nodeRadius[i] = float(zoom * (kMinSiteRadiusPx + (kMaxSiteRadiusPx - kMinSiteRadiusPx) * share));
    }
    m_regionGrid.build(vp.rect(), m_regionScreen, m_regionRadius);
    m_nodeGrid.build(vp.rect(), m_nodeScreen, m_nodeRadius);
}

void TimelineLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    if (!usable(ctx))
        return;
    prepare(vp, ctx);
    const PlanHour &h = *ctx.hour;
    const MapPalette &pal = ctx.palette;
    const QRectF view = vp.rect();
    const auto visible = [&](const QPointF &p, double r) {
        return p.x() >= view.left() - r && p.x() <= view.right() + r && p.y() >= view.top() - r &&
               p.y() <= view.bottom() + r;
    };
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    // Demand this hour: violet translucent discs (apart from the sites' green, amber and red).
    const QColor fill =
        pal.kind == MapPaletteKind::Dark ? QColor(175, 150, 255, 125) : QColor(110, 80, 200, 105);
    const QPen outline(
        pal.kind == MapPaletteKind::Dark ? QColor(210, 195, 255, 170) : QColor(80, 50, 160, 120), 0.6);
    // Thousands of antialiased discs: blitted as pre-rendered sprites on raster surfaces (one per radius
    // and colour), drawn as shapes on vector ones.
    const bool raster = MapSprites::isRaster(painter);
    const qreal dpr = vp.devicePixelRatio();
    const quint64 look = quint64(pal.kind == MapPaletteKind::Dark) << 32 | quint64(std::lround(dpr * 8))
                                                                               << 33;
    const auto disc = [&](const QPointF &p, double r, quint64 kind, const QPen &pen, const QColor &brush) {
        if (!raster) {
            painter.setPen(pen);
            painter.setBrush(brush);
            painter.drawEllipse(p, r, r);
            return;
        }
        const quint64 key = quint64(std::lround(r * 4)) | kind << 40 | look;
        const QImage &sprite = m_sprites.get(key, r + 1.5, dpr, [&](QPainter &sp) {
            sp.setPen(pen);
            sp.setBrush(brush);
            sp.drawEllipse(QPointF(0, 0), r, r);
        });
        MapSprites::draw(painter, p, sprite, dpr);
    };
    // Sites by load, the largest below so small ones stay on top: the quiet ones (below LoadWarnPct) small
    // and without outline under the demand discs, the busy ones full size and outlined above them.
    std::vector<size_t> order(h.nodes.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return m_nodeRadius[a] > m_nodeRadius[b]; });
    const QPen ring(pal.symbolOutline, 1.2);
    for (size_t i : order) {
        const double r = std::min<double>(m_nodeRadius[i], kQuietSiteRadiusPx);
        if (h.nodes[i].loadPct() < LoadWarnPct && visible(m_nodeScreen[i], r))
            disc(m_nodeScreen[i], r, 2, Qt::NoPen, loadColour(0));
    }
    for (size_t i = 0; i < m_regionOrder.size(); ++i)
        if (visible(m_regionScreen[i], m_regionRadius[i]))
            disc(m_regionScreen[i], m_regionRadius[i], 1, outline, fill);
    for (size_t i : order) {
        const double pct = h.nodes[i].loadPct();
        if (pct < LoadWarnPct || !visible(m_nodeScreen[i], m_nodeRadius[i]))
            continue;
        disc(m_nodeScreen[i], m_nodeRadius[i], pct >= LoadFullPct ? 4 : 3, ring, loadColour(pct));
    }
    // What the map shows, in the top-left corner.
    const QFont font = MapText::font(13, true);
    MapText::drawLabel(painter, QPointF(view.left() + 12, view.top() + 18),
                       tr("%1: demand this hour (violet discs), sites by load").arg(hourLabel(h.hour)), font,
                       pal.text, pal.halo);
    const QFont small = MapText::font(12);
    double x = view.left() + 12;
    const double y = view.top() + 40;
    const std::pair<double, QString> keys[] = {{0.0, tr("below %1 %").arg(LoadWarnPct)},
                                               {LoadWarnPct, tr("%1–%2 %").arg(LoadWarnPct).arg(LoadFullPct)},
                                               {LoadFullPct, tr("%1 % and more").arg(LoadFullPct)}};
    for (const auto &[pct, label] : keys) {
        painter.setPen(ring);
        painter.setBrush(loadColour(pct));
        painter.drawEllipse(QPointF(x + 5, y), 5, 5);
        MapText::drawLabel(painter, QPointF(x + 14, y), label, small, pal.text, pal.halo);
        x += 22 + QFontMetricsF(small).horizontalAdvance(label);
    }
    painter.restore();
}

MapHit TimelineLayer::hitTest(const QPointF &screen, const MapViewport &vp, const MapContext &ctx,
                              double radiusPx) const
{
    if (!usable(ctx))
        return {};
    prepare(vp, ctx);
    MapHit hit;
    const ScreenGrid::Hit n = m_nodeGrid.nearest(screen, radiusPx);
    if (n.item >= 0) {
        hit.kind = MapHit::Kind::Node;
        hit.index = ctx.hour->nodes[size_t(n.item)].node;
        hit.distancePx = n.distancePx;
        return hit;
    }
    const ScreenGrid::Hit r = m_regionGrid.nearest(screen, radiusPx);
    if (r.item < 0)
        return {};
    hit.kind = MapHit::Kind::Region;
    hit.index = m_regionOrder[size_t(r.item)];
    hit.distancePx = r.distancePx;
    return hit;
}

void TimelineLayer::clearCaches() const
{
    m_hour.reset();
    m_viewport.reset();
    m_regionGrid.clear();
    m_nodeGrid.clear();
    m_sprites.clear();
}

QString TimelineLayer::nodeLine(int node, const MapContext &ctx)
{
    if (!usable(ctx))
        return {};
    const auto &nodes = ctx.hour->nodes;
    const auto it = std::lower_bound(nodes.begin(), nodes.end(), node,
                                     [](const HourNode &n, int v) { return n.node < v; });
    if (it == nodes.end() || it->node != node)
        return tr("At %1: serves nothing").arg(hourLabel(ctx.hour->hour));
    return tr("At %1: load %2 of %3 (%4), headroom %5")
        .arg(hourLabel(ctx.hour->hour), units::rps(it->loadRps), units::rps(it->capacityRps),
             units::percent(it->loadPct()), units::rps(it->capacityRps - it->loadRps));
}

QString TimelineLayer::regionLine(int region, const MapContext &ctx)
{
    if (!usable(ctx) || region < 0 || size_t(region) >= ctx.hour->regionDemandRps.size())
        return {};
    return tr("At %1: demand %2")
        .arg(hourLabel(ctx.hour->hour), units::rps(ctx.hour->regionDemandRps[size_t(region)]));
}

} // namespace ea
