// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QImage>
#include <QPointF>

#include <functional>

class QPainter;

namespace ea {

/**
 * Small pre-rendered symbols for raster painting: drawing thousands of antialiased shapes costs far
 * more than blitting the same few images. Keyed by whatever defines the look (shape, size, colour,
 * device pixel ratio). Vector surfaces (SVG, PDF) draw the shapes themselves instead.
 */
class MapSprites
{
public:
    /** Paints a symbol centred on (0, 0) in logical pixels, within ±halfExtent. */
    using Painter = std::function<void(QPainter &)>;

    /** The sprite for key, made on first use with paint. */
    const QImage &get(quint64 key, double halfExtent, qreal dpr, const Painter &paint);
    /** Blits a sprite centred on a point, snapped to the device pixel grid. */
    static void draw(QPainter &painter, const QPointF &centre, const QImage &sprite, qreal dpr);
    void clear() { m_sprites.clear(); }
    qsizetype size() const { return m_sprites.size(); }

    static bool isRaster(const QPainter &painter);

private:
    QHash<quint64, QImage> m_sprites;
};

} // namespace ea
