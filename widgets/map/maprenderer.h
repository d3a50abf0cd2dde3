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
 * live probes, overlay. (Coverage lies under the demand discs so that the discs stay readable over it.)
 *
 * On raster surfaces the static layers at the bottom (those with a cacheKey()) are drawn once into a
 * composite image and blitted while nothing they depend on changes; a pan re-renders it with a margin,
 * so the following pan frames only blit. Vector surfaces always get every layer as vectors.
 * That image is painted on two threads when it pays: a worker paints the bottom static layers that may
 * paint off the GUI thread (MapLayer::paintsOffThread()) into it, while the calling thread paints the
 * rest into a transparent image laid over it; the split balances the layers' last paint times. The
 * bottom layers that depend on the scenario's content only (basemap, coverage, demand) are also kept as an
 * image of their own, so a new outcome or pick repaints the routes over it and nothing below.
 * Use from one thread (paint() joins its worker before it returns).
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
    /**
     * Auto: paint the static layers on two threads when their last paint times promise a gain. Off: on
     * the calling thread only. Always: on two threads whenever the layers allow it (for tests).
     */
    enum class Threading { Auto, Off, Always };
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

    Threading threading() const { return m_threading; }
    void setThreading(Threading threading) { m_threading = threading; }
    /** How many bottom layers the last static-layer image had painted on the worker thread (0: none). */
    size_t workerLayerCount() const { return m_workerLayers; }

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
    /** The static layers [0, prefix) of a view in a new composite image. */
    QImage renderComposite(const MapViewport &vp, const MapContext &ctx, size_t prefix) const;
    /** Where the worker's layers end and the calling thread's begin; 0 for no worker. */
    size_t splitPoint(const MapContext &ctx, size_t prefix) const;

    std::vector<std::unique_ptr<MapLayer>> m_layers;
    NodesLayer *m_nodes = nullptr;
    mutable Composite m_cache;
    mutable Composite m_base; // the composite's bottom m_baseLayers layers alone, at its viewport
    size_t m_baseLayers = 0;
    Threading m_threading = Threading::Auto;
    mutable QImage m_overlay;             // the calling thread's share of a two-thread composite
    mutable std::vector<double> m_costMs; // each layer's last paint time
    mutable size_t m_workerLayers = 0;
};

} // namespace ea
