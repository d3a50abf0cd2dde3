// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QCoreApplication>
#include <QImage>

namespace ea {

/**
 * The latency coverage field: for each point on land, the best modeled RTT to the field's tier, in the
 * palette's latency colours. The field is sampled once per block of SampleStepPx² device pixels through
 * the projection's inverse (bilinear between cell centres); on raster surfaces the land is then filled
 * with that image as a texture, scaled up bilinearly, so the field ends sharply at the coast.
 * The renderer caches the result with the other static layers, so it is rebuilt only when the field,
 * the palette or the view changes.
 */
class CoverageLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::CoverageLayer)
public:
    static constexpr const char *Id = "coverage";
    /** Device pixels per field sample on raster surfaces. */
    static constexpr int SampleStepPx = 3;

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Latency coverage"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
    bool paintsOffThread(const MapContext &) const override { return true; }

    /** The field at reduced resolution: one premultiplied pixel per step × step device pixels. */
    static QImage sampleImage(const CoverageField &field, const MapViewport &vp, const MapPalette &palette,
                              int stepDevicePx);
};

} // namespace ea
