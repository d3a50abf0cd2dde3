// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/demandlayer.h"

#include "widgets/map/maptext.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ea {

double DemandLayer::radiusPx(double weight, double maxWeight, double scale)
{
    if (!(maxWeight > 0) || !(weight > 0))
        return MinRadiusPx;
    const double zoom = std::min(std::sqrt(std::max(scale, 1.0)), 4.0);
    return std::max(MinRadiusPx, MaxRadiusPx * zoom * std::sqrt(weight / maxWeight));
}

void DemandLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    const int projection = static_cast<int>(vp.projectionKind());
    if (m_scenario != ctx.contentPtr() || m_projection != projection) {
        m_scenario = ctx.contentPtr();
        m_projection = projection;
        m_order.clear();
        m_world.clear();
        m_maxWeight = 0;
        m_gridViewport.reset();
        if (m_scenario) {
            const auto &regions = m_scenario->regions;
            m_order.resize(regions.size());
            std::iota(m_order.begin(), m_order.end(), 0);
            std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
                return regions[size_t(a)].weight > regions[size_t(b)].weight;
            });
            m_world.reserve(regions.size());
            for (int r : m_order) {
                m_world.push_back(vp.projection().project(regions[size_t(r)].lon, regions[size_t(r)].lat));
                m_maxWeight = std::max(m_maxWeight, regions[size_t(r)].weight);
            }
        }
    }
    if (!m_gridViewport || !(*m_gridViewport == vp)) {
        m_gridViewport = vp;
        const QTransform t = vp.worldToScreen();
        const double scale = vp.scale();
        m_screen.resize(m_order.size());
        m_radius.resize(m_order.size());
        for (size_t i = 0; i < m_order.size(); ++i) {
            m_screen[i] = t.map(m_world[i]);
            m_radius[i] = float(radiusPx(m_scenario->regions[size_t(m_order[i])].weight, m_maxWeight, scale));
        }
        m_grid.build(vp.rect(), m_screen, m_radius);
    }
}

void DemandLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    if (!ctx.scenario() || ctx.scenario()->regions.empty())
        return;
    prepare(vp, ctx);
    const MapPalette &pal = ctx.palette;
    const bool raster = MapSprites::isRaster(painter);
    const qreal dpr = vp.devicePixelRatio();
    const QRectF view = vp.rect();
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPen outline(pal.demandOutline, 0.8);
    int selected = -1;
    for (size_t i = 0; i < m_order.size(); ++i) {
        const QPointF &p = m_screen[i];
        const double r = m_radius[i];
        if (p.x() < view.left() - r || p.x() > view.right() + r || p.y() < view.top() - r ||
            p.y() > view.bottom() + r)
            continue;
        if (m_order[i] == ctx.selectedRegion)
            selected = int(i);
        if (raster) {
            const quint64 key = quint64(std::lround(r * 4)) |
                                quint64(ctx.palette.kind == MapPaletteKind::Dark) << 32 |
                                quint64(std::lround(dpr * 8)) << 33;
            const QImage &sprite = m_sprites.get(key, r + 1, dpr, [&](QPainter &sp) {
                sp.setPen(outline);
                sp.setBrush(pal.demandFill);
                sp.drawEllipse(QPointF(0, 0), r, r);
            });
            MapSprites::draw(painter, p, sprite, dpr);
        } else {
            painter.setPen(outline);
            painter.setBrush(pal.demandFill);
            painter.drawEllipse(p, r, r);
        }
    }
    if (selected >= 0) {
        const QPointF &p = m_screen[size_t(selected)];
        const double r = std::max<double>(m_radius[size_t(selected)], 4.0) + 2.5;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.halo, 4.5));
        painter.drawEllipse(p, r, r);
        painter.setPen(QPen(pal.selection, 2.0));
        painter.drawEllipse(p, r, r);
        const DemandRegion &region = ctx.scenario()->regions[size_t(ctx.selectedRegion)];
        MapText::drawLabel(painter, p + QPointF(r + 5, 0), region.name, MapText::font(12, true), pal.text,
                           pal.halo);
    }
    painter.restore();
}

MapHit DemandLayer::hitTest(const QPointF &screen, const MapViewport &vp, const MapContext &ctx,
                            double radiusPx) const
{
    if (!ctx.scenario() || ctx.scenario()->regions.empty())
        return {};
    prepare(vp, ctx);
    const ScreenGrid::Hit h = m_grid.nearest(screen, radiusPx);
    if (h.item < 0)
        return {};
    MapHit hit;
    hit.kind = MapHit::Kind::Region;
    hit.index = m_order[size_t(h.item)];
    hit.distancePx = h.distancePx;
    return hit;
}

size_t DemandLayer::cacheKey(const MapViewport &, const MapContext &ctx) const
{
    return qHashMulti(0xde3a, ctx.contentPtr().get(), ctx.selectedRegion, int(ctx.palette.kind));
}

void DemandLayer::clearCaches() const
{
    m_scenario.reset();
    m_projection = -1;
    m_order.clear();
    m_world.clear();
    m_gridViewport.reset();
    m_grid.clear();
    m_sprites.clear();
}

} // namespace ea
