// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/liveprobeset.h"
#include "widgets/map/maplayer.h"
#include "widgets/map/mapsprites.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace ea {

/**
 * The live monitor's routes: from the vantage point to each probed node a great-circle arc coloured by
 * where the measurement stands against the model's prediction band (within, outside, failed: dashed;
 * pending: dotted), the node's symbol filled with the latency ramp colour of its measured RTT (a failed
 * node gets a cross), a ring pulsing out on each fresh result, and the vantage point. Arcs are projected
 * once per vantage point, node set and projection; a paint of 100 probes transforms and strokes only.
 */
class LiveProbesLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::LiveProbesLayer)
public:
    static constexpr const char *Id = "liveprobes";

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Live probes"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    void clearCaches() const override;

    /** The colour of a route of this standing in a palette. */
    static QColor standingColour(LiveProbeSet::Standing standing, const MapPalette &palette);

private:
    void prepare(const MapViewport &vp, const MapContext &ctx) const;

    mutable const void *m_key = nullptr; // the probe set the arcs were projected for
    mutable std::shared_ptr<const LiveProbeSet> m_set;
    mutable std::shared_ptr<const Scenario> m_scenario;
    mutable int m_projection = -1;
    mutable double m_lon = 1e9, m_lat = 1e9;
    mutable QHash<int, std::vector<QPolygonF>> m_arcs; // node → world polylines
    mutable std::vector<QPointF> m_world;              // per probe: node position (world)
    mutable QPointF m_vantage;
    mutable MapSprites m_sprites;
};

} // namespace ea
