// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QCoreApplication>
#include <QHash>
#include <QPolygonF>

#include <memory>
#include <vector>

namespace ea {

/**
 * The Monitor's fleet mode: every probe agent as a vantage marker (named; grey and dashed when it stopped
 * reporting) and its routes to the nodes it probes as great-circle hairlines coloured by the measured
 * latency at the chosen percentile on the map's latency ramp; each probed node as a dot coloured by the
 * worst or the median of its routes (a red ring when one of them stands alarmed). Thousands of routes stay
 * legible: lines get more transparent the more there are, the slow ones are drawn last (on top), and a
 * picked vantage or node draws its own routes opaque over the rest faded. Arcs are projected once per
 * (vantage place, node) and projection and kept across refreshes; a refresh with the same routes only
 * recolours them.
 */
class FleetLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::FleetLayer)
public:
    static constexpr const char *Id = "fleet";

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Fleet routes"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                   double radiusPx) const override;
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
    void clearCaches() const override;

    /** The opacity of one route line when n routes are drawn (fewer lines, more opaque). */
    static double routeOpacity(size_t n);
    /** A tool-tip for a FleetVantage or FleetRoute hit. */
    static QString toolTip(const MapHit &hit, const MapContext &context);
    /** The colour of a measured latency (ms; < 0 unknown) in a palette. */
    static QColor latencyColour(double ms, const MapPalette &palette);

private:
    void prepare(const MapViewport &vp, const MapContext &ctx) const;

    mutable int m_projection = -1;
    /** A route's ends: the vantage to 1e-4 degree, the node by id. */
    struct ArcKey
    {
        qint64 lat = 0, lon = 0;
        QString node;
        bool operator==(const ArcKey &) const = default;
    };
    friend size_t qHash(const ArcKey &k, size_t seed) { return qHashMulti(seed, k.lat, k.lon, k.node); }
    mutable QHash<ArcKey, std::vector<QPolygonF>> m_arcs; // world polylines
    mutable const FleetSnapshot *m_key = nullptr;
    mutable FleetSnapshotPtr m_fleet;
    mutable std::vector<std::vector<QPolygonF>> m_routeArcs; // per route of m_fleet (shared copies)
    mutable std::vector<QPointF> m_vantages, m_nodes;        // world positions
};

} // namespace ea
