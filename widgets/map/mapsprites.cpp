// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mapsprites.h"

#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace ea {

namespace {
constexpr qsizetype kMaxSprites = 4096; // colour ramps can make many; start over rather than grow forever
}

const QImage &MapSprites::get(quint64 key, double halfExtent, qreal dpr, const Painter &paint)
{
    auto it = m_sprites.constFind(key);
    if (it != m_sprites.constEnd())
        return *it;
    if (m_sprites.size() >= kMaxSprites)
        m_sprites.clear();
    const int side = int(std::ceil((2 * halfExtent + 2) * dpr));
    QImage image(side, side, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::transparent);
    {
        QPainter p(&image);
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setRenderHint(QPainter::TextAntialiasing, true);
        p.translate(side / (2.0 * dpr), side / (2.0 * dpr));
        paint(p);
    }
    return *m_sprites.insert(key, image);
}

void MapSprites::draw(QPainter &painter, const QPointF &centre, const QImage &sprite, qreal dpr)
{
    // Snapping keeps sprites crisp: a fractional offset would resample every one of them.
    const double half = sprite.width() / (2.0 * dpr);
    const QPointF topLeft(std::round((centre.x() - half) * dpr) / dpr,
                          std::round((centre.y() - half) * dpr) / dpr);
    painter.drawImage(topLeft, sprite);
}

bool MapSprites::isRaster(const QPainter &painter)
{
    const QPaintEngine *engine = painter.paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}

} // namespace ea
