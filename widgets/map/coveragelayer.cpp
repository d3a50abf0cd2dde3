// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/coveragelayer.h"

#include "widgets/map/basemapgeometry.h"
#include "widgets/map/mapsprites.h"

#include <QPainter>

#include <algorithm>
#include <cmath>
#include <vector>

namespace ea {

QImage CoverageLayer::sampleImage(const CoverageField &f, const MapViewport &vp, const MapPalette &pal,
                                  int step)
{
    const qreal dpr = vp.devicePixelRatio();
    const int w = int(std::ceil(vp.size().width() * dpr / step));
    const int h = int(std::ceil(vp.size().height() * dpr / step));
    QImage image(w, h, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (f.columns <= 0 || f.rows <= 0 || f.rttMs.size() < size_t(f.columns) * size_t(f.rows))
        return image;
    // Colours by RTT in quarter milliseconds: a table lookup instead of a logarithm per sample.
    constexpr double kTicksPerMs = 4.0;
    const int alpha = std::clamp(int(pal.coverageOpacity * 255 + 0.5), 0, 255);
    std::vector<QRgb> colours(size_t(MapPalette::RampMaxMs * kTicksPerMs) + 1);
    for (size_t i = 0; i < colours.size(); ++i) {
        const QRgb c = pal.latencyLut()[size_t(MapPalette::lutIndex(double(i) / kTicksPerMs))];
        colours[i] = qPremultiply(qRgba(qRed(c), qGreen(c), qBlue(c), alpha));
    }
    const int lastTick = int(colours.size()) - 1;
    const geo::Projection &projection = vp.projection();
    const double unit = step / dpr; // logical pixels per sample
    const double dx = unit / vp.zoom();
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        const QPointF left = vp.screenToWorld(QPointF(0.5 * unit, (y + 0.5) * unit));
        // Every projection here is (pseudo)cylindrical about lon 0: along a row the latitude is fixed and
        // the longitude proportional to x, so one unproject per row does.
        const auto centre = projection.unproject(QPointF(0, left.y()));
        if (!centre)
            continue;
        const double lat = centre->y();
        const double xAt90 = projection.project(90.0, lat).x();
        if (!(std::abs(xAt90) > 0))
            continue;
        const double degPerX = 90.0 / xAt90;
        // Bilinear between cell centres; rows clamp at the poles, columns wrap at the antimeridian.
        const double v = (90.0 - lat) / f.stepDeg - 0.5;
        const int j0 = int(std::floor(v));
        const float fv = float(v - j0);
        const float *rowA = f.rttMs.data() + size_t(std::clamp(j0, 0, f.rows - 1)) * size_t(f.columns);
        const float *rowB = f.rttMs.data() + size_t(std::clamp(j0 + 1, 0, f.rows - 1)) * size_t(f.columns);
        // The column coordinate u is linear in x along the row.
        const double u0 = (left.x() * degPerX + 180.0) / f.stepDeg - 0.5;
        const double du = dx * degPerX / f.stepDeg;
        for (int x = 0; x < w; ++x) {
            const double lon = (left.x() + x * dx) * degPerX;
            if (std::abs(lon) > 180.0)
                continue;
            const double u = u0 + x * du;
            int i0 = int(u + 1.0) - 1; // floor: u ≥ -0.5 here, and int() of a positive value truncates
            const float fu = float(u - i0);
            int i1 = i0 + 1;
            if (i0 < 0)
                i0 += f.columns;
            if (i1 >= f.columns)
                i1 -= f.columns;
            const float a = rowA[i0], b = rowA[i1], c = rowB[i0], d = rowB[i1];
            float ms = (a * (1 - fu) + b * fu) * (1 - fv) + (c * (1 - fu) + d * fu) * fv;
            if (!std::isfinite(ms)) { // a tier without nodes somewhere near: the nearest cell or nothing
                ms = (fv < 0.5f ? (fu < 0.5f ? a : b) : (fu < 0.5f ? c : d));
                if (!std::isfinite(ms))
                    continue;
            }
            line[x] = colours[size_t(std::clamp(int(ms * kTicksPerMs + 0.5f), 0, lastTick))];
        }
    }
    return image;
}

void CoverageLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    if (!ctx.coverage || ctx.coverage->columns <= 0)
        return;
    const bool raster = MapSprites::isRaster(painter);
    const int step = raster ? SampleStepPx : 2;
    const QImage samples = sampleImage(*ctx.coverage, vp, ctx.palette, step);
    const double unit = step / vp.devicePixelRatio();
    const auto geometry = BasemapGeometry::get(vp.projectionKind(), vp.basemapDetail());
    const QRectF view = vp.visibleWorld();
    const QTransform toScreen = vp.worldToScreen();

    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
    if (geometry->landMask.empty()) { // no basemap data: the field everywhere rather than nowhere
        painter.drawImage(QRectF(0, 0, samples.width() * unit, samples.height() * unit), samples);
    } else if (raster) {
        // The land itself is filled with the field as a texture, scaled up bilinearly: one pass over the
        // land pixels, no full-size intermediate image or mask. Filled without antialiasing (a textured
        // antialiased fill costs the raster engine 2-3 times as much), then the coast is stroked again,
        // antialiased, over the stair-stepped edge.
        QBrush brush(samples);
        brush.setTransform(QTransform::fromScale(unit, unit) * toScreen.inverted());
        painter.setTransform(toScreen, true);
        painter.setPen(Qt::NoPen);
        painter.setBrush(brush);
        const double pixel = 1.0 / vp.zoom();
        std::vector<const WorldPathChunk *> visible;
        for (const WorldPathChunk &c : geometry->landMask) {
            if (c.bounds.intersects(view) && (c.bounds.width() >= pixel || c.bounds.height() >= pixel))
                visible.push_back(&c);
        }
        for (const WorldPathChunk *c : visible)
            painter.drawPath(c->path);
        painter.setRenderHint(QPainter::Antialiasing, true);
        QPen coast(ctx.palette.coast, 1.0);
        coast.setCosmetic(true);
        coast.setJoinStyle(Qt::RoundJoin);
        painter.setPen(coast);
        painter.setBrush(Qt::NoBrush);
        for (const WorldPathChunk *c : visible)
            painter.drawPath(c->path);
    } else {
        painter.setClipPath(toScreen.map(geometry->landWithin(view, 1.0 / vp.zoom())), Qt::IntersectClip);
        painter.drawImage(QRectF(0, 0, samples.width() * unit, samples.height() * unit), samples);
    }
    painter.restore();
}

size_t CoverageLayer::cacheKey(const MapViewport &, const MapContext &ctx) const
{
    return qHashMulti(0xc0e4, ctx.coverage.get(), int(ctx.palette.kind));
}

} // namespace ea
