// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"
#include "widgets/map/mapsprites.h"
#include "widgets/map/screengrid.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace ea {

/**
 * Demand regions as translucent discs whose area is proportional to their weight (radius ∝ √weight),
 * heaviest drawn first so small ones stay on top. The selected region is ringed and named.
 */
class DemandLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::DemandLayer)
public:
    static constexpr const char *Id = "demand";
    static constexpr double MaxRadiusPx = 13.0; // the heaviest region at world zoom
    static constexpr double MinRadiusPx = 1.1;

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Demand regions"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                   double radiusPx) const override;
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
    /** Only the selected region's name is text. */
    bool paintsOffThread(const MapContext &context) const override { return context.selectedRegion < 0; }
    void clearCaches() const override;

    /** Disc radius in logical pixels of a region of this weight. */
    static double radiusPx(double weight, double maxWeight, double scale);

private:
    void prepare(const MapViewport &vp, const MapContext &ctx) const;

    mutable std::shared_ptr<const Scenario> m_scenario;
    mutable int m_projection = -1;
    mutable std::vector<int> m_order; // region indices, heaviest first
    mutable std::vector<QPointF> m_world;
    mutable double m_maxWeight = 0;
    mutable std::optional<MapViewport> m_gridViewport;
    mutable std::vector<QPointF> m_screen; // in m_order
    mutable std::vector<float> m_radius;
    mutable ScreenGrid m_grid;
    mutable MapSprites m_sprites;
};

} // namespace ea
