// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineF>
#include <QPainterPath>
#include <QPolygonF>
#include <QRectF>

#include <vector>

class QPainter;

namespace ea {

/**
 * World-plane polylines in a few classes (one pen each), bucketed by a coarse world grid, so that a view
 * strokes only the cells it sees: zoomed in, most of thousands of long arcs lie off screen. A class is
 * kept either as one path per cell (hairlines: the raster engine's cosmetic stroker takes whole paths
 * fastest) or as loose segments (wide lines: drawLines() rasterizes each thick segment directly, far
 * faster than stroking long wide polylines; the missing joins do not show at 1–3 px).
 */
class RouteChunks
{
public:
    void reset(const QRectF &worldBounds, int classes);
    void add(int cls, const QPolygonF &polyline, bool asSegments);
    bool isEmpty(int cls) const;
    /** Strokes the cells of a class that meet the visible world rectangle with the painter's pen. */
    void draw(QPainter &painter, int cls, const QRectF &visibleWorld) const;

private:
    struct Chunk
    {
        double left = 0, top = 0, right = -1, bottom = -1; // bounds; empty while right < left
        QPainterPath path;
        std::vector<QLineF> segments;
    };
    static constexpr int Columns = 24, Rows = 12;
    int cellOf(const QPointF &world) const;

    QRectF m_world;
    int m_classes = 0;
    std::vector<Chunk> m_chunks; // by class × cell
    std::vector<int> m_used;     // elements per class
};

} // namespace ea
