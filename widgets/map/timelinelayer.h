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
 * The plan at one hour of the day (MapContext::hour, from the timeline): demand regions as discs whose area
 * is their demand that hour (one scale for the whole day, so discs grow and shrink as the hours pass), and
 * every site in use as a disc coloured by its load that hour against what its GPUs carry (green, amber
 * from LoadWarnPct, red from LoadFullPct) with its headroom in the tool-tip. Draws nothing without an hour.
 */
class TimelineLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::TimelineLayer)
public:
    static constexpr const char *Id = "timeline";
    static constexpr double LoadWarnPct = 70.0;
    static constexpr double LoadFullPct = 95.0;

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Hour of the day"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                   double radiusPx) const override;
    void clearCaches() const override;

    /** The colour of a site at a load (% of what it carries). */
    static QColor loadColour(double loadPct);
    /** Lines for the map's tool-tips at the context's hour (empty without one). */
    static QString nodeLine(int node, const MapContext &context);
    static QString regionLine(int region, const MapContext &context);

private:
    void prepare(const MapViewport &vp, const MapContext &ctx) const;

    mutable PlanHourPtr m_hour;
    mutable std::optional<MapViewport> m_viewport;
    mutable std::vector<QPointF> m_regionScreen, m_nodeScreen;
    mutable std::vector<float> m_regionRadius, m_nodeRadius;
    mutable std::vector<int> m_regionOrder; // regions drawn, largest first
    mutable ScreenGrid m_regionGrid, m_nodeGrid;
    mutable MapSprites m_sprites;
};

} // namespace ea
