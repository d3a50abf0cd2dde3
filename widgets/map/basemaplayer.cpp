// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/basemaplayer.h"

#include "widgets/map/basemapgeometry.h"

#include <QPainter>

namespace ea {

void BasemapLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    const MapPalette &pal = ctx.palette;
    const auto geometry = BasemapGeometry::get(vp.projectionKind(), vp.basemapDetail());
    const QRectF view = vp.visibleWorld();
    const double pixel = 1.0 / vp.zoom(); // one logical pixel in world units

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setTransform(vp.worldToScreen(), true);

    painter.setPen(Qt::NoPen);
    painter.setBrush(pal.ocean);
    painter.drawPath(geometry->outline);

    QPen line(pal.graticule, 0.8);
    line.setCosmetic(true);
    painter.setPen(line);
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(vp.scale() >= 6.0 ? geometry->fineGraticule : geometry->graticule);

    QPen coast(pal.coast, 0.7);
    coast.setCosmetic(true);
    coast.setJoinStyle(Qt::RoundJoin);
    painter.setPen(coast);
    painter.setBrush(pal.land);
    for (const WorldPathChunk &c : geometry->land) {
        if (!c.bounds.intersects(view) || (c.bounds.width() < pixel && c.bounds.height() < pixel))
            continue;
        painter.drawPath(c.path);
    }

    QPen border(pal.border, vp.scale() >= MapViewport::MediumDetailScale ? 0.9 : 0.6);
    border.setCosmetic(true);
    border.setJoinStyle(Qt::RoundJoin);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    for (const WorldPathChunk &c : geometry->borders) {
        if (c.bounds.intersects(view))
            painter.drawPath(c.path);
    }

    QPen edge(pal.coast, 1.0);
    edge.setCosmetic(true);
    painter.setPen(edge);
    painter.drawPath(geometry->outline);
    painter.restore();
}

size_t BasemapLayer::cacheKey(const MapViewport &vp, const MapContext &ctx) const
{
    return qHashMulti(0x5eed, int(ctx.palette.kind), int(vp.basemapDetail()), vp.scale() >= 6.0);
}

} // namespace ea
