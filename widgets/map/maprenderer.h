// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

#include <memory>
#include <vector>

namespace ea {

class NodesLayer;

/**
 * Paints the map onto any QPainter (widget, QImage, QSvgGenerator, QPdfWriter) from a viewport and a
 * context, layer by layer in a fixed order: basemap, latency coverage, demand regions, routes, nodes,
 * overlay. (Coverage lies under the demand discs so that the discs stay readable over it.)
 *
 * On raster surfaces the static layers at the bottom (those with a cacheKey()) are drawn once into a
 * composite image and blitted while nothing they depend on changes; a pan re-renders it with a margin,
 * so the following pan frames only blit. Vector surfaces always get every layer as vectors.
 * Use from one thread.
 */
class MapRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ea::MapRenderer)
public:
    /**
     * Auto: blit the static layers' cache, re-rendering it when it does not cover the view. Interactive:
     * during a zoom gesture, stretch the cache to the new zoom instead of re-rendering it (when it holds
     * the same content); call again with Auto once the gesture rests. None: paint every layer.
     */
    enum class Caching { Auto, Interactive, None };
    static constexpr double HitTolerancePx = 4.0;
    static constexpr double PanMarginPx = 256.0;

    MapRenderer();
    ~MapRenderer();
    MapRenderer(const MapRenderer &) = delete;
    MapRenderer &operator=(const MapRenderer &) = delete;

    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context,
               Caching caching = Caching::Auto) const;
    /** The node, else the demand region, else the route under a point, among visible layers. */
    MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                   double tolerancePx = HitTolerancePx) const;

    /** In drawing order, bottom first. */
    QList<const MapLayer *> layers() const;
    const MapLayer *layer(const QString &id) const;
    bool isLayerVisible(const QString &id) const;
    /** False when there is no such layer or it already had that visibility. */
    bool setLayerVisible(const QString &id, bool visible);
    const NodesLayer &nodesLayer() const { return *m_nodes; }

    /** Forgets every cache: the next paint is a cold full redraw. */
    void clearCaches() const;

private:
    struct Composite
    {
        QImage image;
        MapViewport viewport; // the (expanded) view the image shows
        size_t key = 0;
        MapContext context; // holds what the key points at, so no address is reused meanwhile
        bool valid = false;
    };
    void paintLayers(QPainter &painter, const MapViewport &vp, const MapContext &ctx, size_t from,
                     size_t to) const;
    bool covers(const MapViewport &vp, size_t key) const;

    std::vector<std::unique_ptr<MapLayer>> m_layers;
    NodesLayer *m_nodes = nullptr;
    mutable Composite m_cache;
};

} // namespace ea
