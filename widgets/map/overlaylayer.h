// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QCoreApplication>
#include <QImage>

#include <functional>

namespace ea {

/**
 * What a reader needs to read the map: a legend (tier symbols, demand discs, the active colour scale:
 * coverage, modeled or measured RTT, route standing), a scale bar for the centre of the view, and the
 * data attribution. Drawn in screen space on top of everything.
 */
class OverlayLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::OverlayLayer)
public:
    static constexpr const char *Id = "overlay";
    using VisibilityQuery = std::function<bool(const QString &layerId)>;

    /** isVisible tells whether another layer is shown, so the legend explains only what is drawn. */
    explicit OverlayLayer(VisibilityQuery isVisible = {});

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Legend, scale and credits"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;

    static QString attribution();
    /** A round distance (1, 2 or 5 × 10ⁿ m) whose bar is at most maxPx long, and that length. */
    static std::pair<double, double> scaleBar(double metresPerPixel, double maxPx);

private:
    bool layerShown(const char *id) const;
    size_t legendKey(const MapContext &ctx, qreal dpr) const;
    /** Paints the legend with its bottom-left corner at a point (measures only, if painter is null). */
    QSizeF paintLegend(QPainter *painter, const QPointF &bottomLeft, const MapContext &ctx) const;
    void paintScaleBar(QPainter &painter, const MapViewport &vp, const MapContext &ctx, double bottom) const;

    VisibilityQuery m_isVisible;
    mutable size_t m_legendKey = 0, m_attributionKey = 0;
    mutable QImage m_legend, m_attribution;
};

} // namespace ea
