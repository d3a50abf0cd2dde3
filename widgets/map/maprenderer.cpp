// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/maprenderer.h"

#include "widgets/map/basemaplayer.h"
#include "widgets/map/coveragelayer.h"
#include "widgets/map/damagelayer.h"
#include "widgets/map/demandlayer.h"
#include "widgets/map/fleetlayer.h"
#include "widgets/map/liveprobeslayer.h"
#include "widgets/map/mapsprites.h"
#include "widgets/map/nodeslayer.h"
#include "widgets/map/overlaylayer.h"
#include "widgets/map/routeslayer.h"
#include "widgets/map/timelinelayer.h"

#include <QElapsedTimer>
#include <QPainter>

#include <cmath>
#include <limits>
#include <thread>

namespace ea {

MapRenderer::MapRenderer()
{
    m_layers.push_back(std::make_unique<BasemapLayer>());
    m_layers.push_back(std::make_unique<CoverageLayer>());
    m_layers.push_back(std::make_unique<DemandLayer>());
    m_baseLayers = m_layers.size(); // the layers below depend on the content only
    m_layers.push_back(std::make_unique<RoutesLayer>());
    m_layers.push_back(std::make_unique<WhatIfLayer>());
    auto nodes = std::make_unique<NodesLayer>();
    m_nodes = nodes.get();
    m_layers.push_back(std::move(nodes));
    m_layers.push_back(std::make_unique<DamageLayer>());
    m_layers.push_back(std::make_unique<FleetLayer>());
    m_layers.push_back(std::make_unique<LiveProbesLayer>());
    m_layers.push_back(std::make_unique<TimelineLayer>());
    m_layers.push_back(
        std::make_unique<OverlayLayer>([this](const QString &id) { return isLayerVisible(id); }));
    m_costMs.assign(m_layers.size(), 0.0);
}

MapRenderer::~MapRenderer() = default;

QList<const MapLayer *> MapRenderer::layers() const
{
    QList<const MapLayer *> out;
    for (const auto &l : m_layers)
        out.append(l.get());
    return out;
}

const MapLayer *MapRenderer::layer(const QString &id) const
{
    for (const auto &l : m_layers) {
        if (l->id() == id)
            return l.get();
    }
    return nullptr;
}

bool MapRenderer::isLayerVisible(const QString &id) const
{
    const MapLayer *l = layer(id);
    return l && l->isVisible();
}

bool MapRenderer::setLayerVisible(const QString &id, bool visible)
{
    for (const auto &l : m_layers) {
        if (l->id() == id) {
            if (l->isVisible() == visible)
                return false;
            l->setVisible(visible);
            return true;
        }
    }
    return false;
}

void MapRenderer::clearCaches() const
{
    m_cache = Composite();
    m_base = Composite();
    m_overlay = QImage();
    for (const auto &l : m_layers)
        l->clearCaches();
}

void MapRenderer::paintLayers(QPainter &painter, const MapViewport &vp, const MapContext &ctx, size_t from,
                              size_t to) const
{
    painter.save();
    // An explicit clip rectangle lets the raster engine's hairline stroker write pixels directly instead
    // of through its generic span blending: about twice as fast for the thousands of thin routes and the
    // coastlines, and the same picture.
    if (MapSprites::isRaster(painter))
        painter.setClipRect(vp.rect(), Qt::IntersectClip);
    for (size_t i = from; i < to; ++i) {
        if (!m_layers[i]->isVisible())
            continue;
        QElapsedTimer timer;
        timer.start();
        painter.save();
        m_layers[i]->paint(painter, vp, ctx);
        painter.restore();
        m_costMs[i] = double(timer.nsecsElapsed()) / 1e6;
    }
    painter.restore();
}

size_t MapRenderer::splitPoint(const MapContext &ctx, size_t prefix) const
{
    if (m_threading == Threading::Off)
        return 0;
    double total = 0;
    size_t end = 0; // one past the last visible layer
    for (size_t i = 0; i < prefix; ++i) {
        if (m_layers[i]->isVisible()) {
            total += m_costMs[i];
            end = i + 1;
        }
    }
    // The worker takes [0, k): visible layers that may paint off thread, at least one; the calling
    // thread at least one too.
    size_t best = 0;
    double bestMs = std::numeric_limits<double>::infinity();
    double below = 0;
    bool anyBelow = false;
    for (size_t k = 1; k < end; ++k) {
        const MapLayer &l = *m_layers[k - 1];
        if (l.isVisible()) {
            if (!l.paintsOffThread(ctx))
                break;
            below += m_costMs[k - 1];
            anyBelow = true;
        }
        if (!anyBelow)
            continue;
        const double ms = std::max(below, total - below);
        if (ms < bestMs) {
            bestMs = ms;
            best = k;
        }
    }
    // Splitting costs a thread, a transparent image and laying it over: worth it only for a real gain.
    constexpr double kMinGainMs = 1.0;
    return m_threading == Threading::Always || total - bestMs >= kMinGainMs ? best : 0;
}

QImage MapRenderer::renderComposite(const MapViewport &vp, const MapContext &ctx, size_t prefix) const
{
    const qreal dpr = vp.devicePixelRatio();
    const QSize size(int(std::ceil(vp.size().width() * dpr)), int(std::ceil(vp.size().height() * dpr)));
    // The old composite's pixels are reused where the size allows: a fresh image costs page faults.
    QImage image = std::move(m_cache.image);
    m_cache.valid = false;
    if (image.size() != size)
        image = QImage(size, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    // The bottom layers that depend neither on the plan's outcome nor on the picks (basemap, coverage,
    // demand) are kept as an image of their own: a new outcome or pick repaints only what lies above.
    const size_t base = std::min(prefix, m_baseLayers);
    size_t baseKey = 0x6a5e;
    for (size_t i = 0; i < base; ++i)
        baseKey = qHashMulti(baseKey, i, m_layers[i]->isVisible() ? m_layers[i]->cacheKey(vp, ctx) : 0);
    if (base > 0 && m_base.valid && m_base.key == baseKey && m_base.viewport == vp &&
        m_base.image.size() == size) {
        m_workerLayers = 0;
        image = m_base.image; // shared until painted on
        if (base < prefix) {
            QPainter p(&image);
            paintLayers(p, vp, ctx, base, prefix);
        }
        return image;
    }
    m_base.valid = false;
    const auto keepBase = [&] { m_base = {image, vp, baseKey, ctx, true}; };
    image.fill(ctx.palette.background);
    // On two threads the worker paints the base, if it may (base layers that paint off thread).
    size_t split = splitPoint(ctx, prefix);
    if (split > 0 && base > 0 && base < prefix) {
        bool below = false, offThread = true, above = false;
        for (size_t i = 0; i < prefix; ++i) {
            if (!m_layers[i]->isVisible())
                continue;
            if (i < base) {
                below = true;
                offThread = offThread && m_layers[i]->paintsOffThread(ctx);
            } else {
                above = true;
            }
        }
        if (below && offThread && above)
            split = base;
    }
    m_workerLayers = split;
    if (split == 0) {
        {
            QPainter p(&image);
            paintLayers(p, vp, ctx, 0, base);
        }
        if (base > 0)
            keepBase();
        QPainter p(&image);
        paintLayers(p, vp, ctx, base, prefix);
        return image;
    }
    if (m_overlay.size() != size)
        m_overlay = QImage(size, QImage::Format_ARGB32_Premultiplied);
    m_overlay.setDevicePixelRatio(dpr);
    m_overlay.fill(Qt::transparent);
    {
        // Declared first, so it is joined last: after the calling thread's painter has finished.
        const std::jthread worker([&] {
            QPainter p(&image);
            paintLayers(p, vp, ctx, 0, split);
        });
        QPainter p(&m_overlay);
        paintLayers(p, vp, ctx, split, prefix);
    }
    if (split == base)
        keepBase();
    QPainter p(&image);
    p.drawImage(QPointF(0, 0), m_overlay);
    return image;
}

bool MapRenderer::covers(const MapViewport &vp, size_t key) const
{
    if (!m_cache.valid || m_cache.key != key || m_cache.viewport.zoom() != vp.zoom() ||
        m_cache.viewport.projectionKind() != vp.projectionKind() ||
        m_cache.viewport.devicePixelRatio() != vp.devicePixelRatio() ||
        m_cache.viewport.scale() != vp.scale())
        return false;
    const QRectF have = m_cache.viewport.visibleWorld();
    const QRectF want = vp.visibleWorld();
    const double eps = 1e-9 * std::max(have.width(), have.height());
    return want.left() >= have.left() - eps && want.right() <= have.right() + eps &&
           want.top() >= have.top() - eps && want.bottom() <= have.bottom() + eps;
}

void MapRenderer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx,
                        Caching caching) const
{
    // The static prefix: visible layers from the bottom up to the first that must be drawn every frame.
    size_t prefix = 0;
    size_t key = 0x3a9;
    if (caching != Caching::None && MapSprites::isRaster(painter)) {
        for (; prefix < m_layers.size(); ++prefix) {
            const MapLayer &l = *m_layers[prefix];
            if (!l.isVisible()) {
                key = qHashMulti(key, prefix, false);
                continue;
            }
            const size_t k = l.cacheKey(vp, ctx);
            if (k == 0)
                break;
            key = qHashMulti(key, prefix, k);
        }
    }
    if (prefix == 0) {
        painter.fillRect(vp.rect(), ctx.palette.background);
        paintLayers(painter, vp, ctx, 0, m_layers.size());
        return;
    }

    const bool stretch = caching == Caching::Interactive && m_cache.valid && m_cache.key == key &&
                         m_cache.viewport.projectionKind() == vp.projectionKind() &&
                         m_cache.viewport.devicePixelRatio() == vp.devicePixelRatio();
    if (stretch && !covers(vp, key)) {
        painter.fillRect(vp.rect(), ctx.palette.background);
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.setTransform(m_cache.viewport.screenToWorld() * vp.worldToScreen(), true);
        painter.drawImage(QPointF(0, 0), m_cache.image);
        painter.restore();
        paintLayers(painter, vp, ctx, prefix, m_layers.size());
        return;
    }
    if (!covers(vp, key)) {
        // Only a pan (same key and zoom) earns the margin; a fresh view pays for the screen alone.
        const bool panning = m_cache.valid && m_cache.key == key && m_cache.viewport.zoom() == vp.zoom() &&
                             m_cache.viewport.devicePixelRatio() == vp.devicePixelRatio() &&
                             m_cache.viewport.projectionKind() == vp.projectionKind();
        const MapViewport cached = vp.expanded(panning ? PanMarginPx : 0);
        QImage image = renderComposite(cached, ctx, prefix);
        m_cache = {std::move(image), cached, key, ctx, true};
    }
    const qreal dpr = vp.devicePixelRatio();
    const QPointF at = vp.worldToScreen(m_cache.viewport.screenToWorld(QPointF(0, 0)));
    painter.drawImage(QPointF(std::round(at.x() * dpr) / dpr, std::round(at.y() * dpr) / dpr), m_cache.image);
    paintLayers(painter, vp, ctx, prefix, m_layers.size());
}

MapHit MapRenderer::hitTest(const QPointF &screen, const MapViewport &vp, const MapContext &ctx,
                            double tolerancePx) const
{
    for (const char *id :
         {TimelineLayer::Id, FleetLayer::Id, NodesLayer::Id, DemandLayer::Id, RoutesLayer::Id}) {
        const MapLayer *l = layer(QString::fromLatin1(id));
        if (!l || !l->isVisible())
            continue;
        const MapHit hit = l->hitTest(screen, vp, ctx, tolerancePx);
        if (hit.isValid())
            return hit;
    }
    return {};
}

} // namespace ea
