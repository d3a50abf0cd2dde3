// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QCoreApplication>

namespace ea {

/**
 * Ocean, graticule, land, coastlines and country borders from Natural Earth: 1:110m at world zoom and
 * 1:50m when zoomed in. Geometry is projected once per projection and detail (BasemapGeometry); a frame
 * draws it through the viewport transform, culled to the view. Never blank: without data the world
 * outline and graticule are still drawn.
 */
class BasemapLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::BasemapLayer)
public:
    static constexpr const char *Id = "basemap";

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Basemap"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
    bool paintsOffThread(const MapContext &) const override { return true; }
};

} // namespace ea
