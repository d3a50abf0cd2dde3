// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/geo/basemap.h"
#include "engine/geo/projection.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

#include <memory>
#include <optional>

namespace ea {

/**
 * What part of the world a map shows, and how: a value type (copy it freely) holding the projection,
 * the centre, the zoom and the output size. Screen coordinates are logical pixels with y down; the
 * world plane is the projection's (y north). zoom() is logical pixels per world unit; at fitZoom()
 * the whole world fits the output with a small margin, and scale() = zoom() / fitZoom().
 */
class MapViewport
{
public:
    static constexpr double MinScale = 1.0;
    static constexpr double MaxScale = 512.0;
    /** Above this scale the basemap switches to the 1:50m detail. */
    static constexpr double MediumDetailScale = 3.0;

    MapViewport();
    explicit MapViewport(geo::ProjectionKind kind, QSize size = QSize(960, 540));

    geo::ProjectionKind projectionKind() const { return m_projection->kind(); }
    const geo::Projection &projection() const { return *m_projection; }
    /** Switches projection, keeping the centre (lon, lat) and the scale relative to fit. */
    void setProjection(geo::ProjectionKind kind);

    QSize size() const { return m_size; }
    QRectF rect() const { return QRectF(QPointF(0, 0), QSizeF(m_size)); }
    /** Resizes, keeping the centre and the scale relative to fit. */
    void setSize(QSize size);
    qreal devicePixelRatio() const { return m_dpr; }
    void setDevicePixelRatio(qreal dpr) { m_dpr = dpr > 0 ? dpr : 1.0; }

    double zoom() const { return m_zoom; }
    void setZoom(double pixelsPerWorldUnit);
    double fitZoom() const;
    double scale() const { return m_zoom / fitZoom(); }
    void setScale(double scale) { setZoom(scale * fitZoom()); }

    QPointF centreWorld() const { return m_centre; }
    void setCentreWorld(const QPointF &world);
    /** (lon, lat) of the centre; the nearest point of the world when the centre lies outside it. */
    QPointF centreLonLat() const;
    void setCentre(double lon, double lat);

    QTransform worldToScreen() const;
    QTransform screenToWorld() const;
    QPointF worldToScreen(const QPointF &world) const;
    QPointF screenToWorld(const QPointF &screen) const;
    QPointF lonLatToScreen(double lon, double lat) const;
    /** nullopt where the screen point is outside the projected world. */
    std::optional<QPointF> screenToLonLat(const QPointF &screen) const;

    /** The output rectangle in world coordinates. */
    QRectF visibleWorld() const;
    /** Bounds (lon, lat) of the visible part of the world: x = lon in [-180, 180], y = lat. */
    QRectF visibleLonLat() const;
    /** Ground metres per logical pixel at the centre, east-west (for the scale bar); 0 off the world. */
    double metresPerPixel() const;
    geo::BasemapDetail basemapDetail() const;

    /** Zooms by factor about a screen point, which keeps showing the same world point. */
    void zoomAbout(const QPointF &screen, double factor);
    void panBy(const QPointF &screenDelta);
    void fitWorld();
    /** Fits a world rectangle with a margin in pixels, not beyond MaxScale. */
    void fitWorldRect(const QRectF &world, double marginPx = 24);
    /** Fits points (lon, lat); a single point is centred at PointScale, to show its surroundings. */
    void fitLonLat(const QList<QPointF> &lonLat, double marginPx = 24);
    static constexpr double PointScale = 24.0;

    /**
     * The same view on a larger output, grown by marginPx on every side, with the same zoom and centre
     * and the same scale() (for caches that cover more than the screen, so a pan only blits).
     */
    MapViewport expanded(double marginPx) const;

    bool operator==(const MapViewport &o) const;

private:
    void clampCentre();

    std::shared_ptr<const geo::Projection> m_projection;
    QSize m_size{960, 540};
    qreal m_dpr = 1.0;
    double m_zoom = 0;
    QPointF m_centre;
    double m_fitZoomOverride = 0; // set by expanded(): the fit of the original output
};

} // namespace ea
