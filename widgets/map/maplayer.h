// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/mapcontext.h"
#include "widgets/map/mapviewport.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <limits>

class QPainter;

namespace ea {

/** What lies under a screen point. */
struct MapHit
{
    enum class Kind { None, Node, Region, Route, FleetVantage, FleetRoute };
    Kind kind = Kind::None;
    // node, region, for a route the demand region it starts from; for the fleet's vantages and routes
    // their index in MapContext::fleet's vantages and reading.routes
    int index = -1;
    double distancePx = std::numeric_limits<double>::infinity();
    QList<int> members; // a node cluster: every node in it (index is the first); else empty
    bool isValid() const { return kind != Kind::None; }
    bool isCluster() const { return members.size() > 1; }
    bool operator==(const MapHit &) const = default;
};

/**
 * One layer of the map: paints itself onto any QPainter in logical pixels (screen, image, SVG, PDF) from
 * the viewport and the shared context. Layers keep caches of derived geometry, so paint() and
 * hitTest() are const but not thread-safe: one thread at a time (the renderer may paint some layers on
 * a worker while it waits, see paintsOffThread()).
 */
class MapLayer
{
public:
    virtual ~MapLayer() = default;

    virtual QString id() const = 0;
    virtual QString title() const = 0; // translated
    bool isVisible() const { return m_visible; }
    void setVisible(bool visible) { m_visible = visible; }

    virtual void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const = 0;
    /** The nearest item within radiusPx of a screen point. */
    virtual MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                           double radiusPx) const
    {
        return {};
    }
    /**
     * A key of everything in the context this layer's picture depends on, or 0 when the layer must be
     * painted every frame. Layers with a key may be painted once into a cached image and blitted.
     */
    virtual size_t cacheKey(const MapViewport &viewport, const MapContext &context) const { return 0; }
    /** Drops cached geometry (for benchmarks, and when memory matters). */
    virtual void clearCaches() const {}
    /**
     * Whether paint() may run on a worker thread for this context while other layers paint on the
     * calling thread: the layer draws no text (fonts stay on the GUI thread) and no object another
     * layer draws too (even a const QPainterPath builds caches on its first paint).
     */
    virtual bool paintsOffThread(const MapContext &context) const { return false; }

protected:
    MapLayer() = default;

private:
    bool m_visible = true;
};

} // namespace ea
