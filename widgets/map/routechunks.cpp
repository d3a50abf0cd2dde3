// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/routechunks.h"

#include <QPainter>

#include <algorithm>

namespace ea {

void RouteChunks::reset(const QRectF &worldBounds, int classes)
{
    m_world = worldBounds;
    m_classes = classes;
    // Emptied in place: the paths and segment lists keep their memory for the next routes (a new plan
    // routes about as many regions through the same cells).
    m_chunks.resize(size_t(classes) * Columns * Rows);
    for (Chunk &c : m_chunks) {
        c.left = c.top = 0;
        c.right = c.bottom = -1;
        c.path.clear();
        c.segments.clear();
    }
    m_used.assign(size_t(classes), 0);
}

int RouteChunks::cellOf(const QPointF &w) const
{
    const int cx = std::clamp(int((w.x() - m_world.left()) / m_world.width() * Columns), 0, Columns - 1);
    const int cy = std::clamp(int((w.y() - m_world.top()) / m_world.height() * Rows), 0, Rows - 1);
    return cy * Columns + cx;
}

void RouteChunks::add(int cls, const QPolygonF &polyline, bool asSegments)
{
    if (cls < 0 || cls >= m_classes || polyline.size() < 2)
        return;
    int previousCell = -1;
    for (qsizetype i = 1; i < polyline.size(); ++i) {
        const QPointF &a = polyline[i - 1], &b = polyline[i];
        const int cell = cellOf((a + b) / 2);
        Chunk &c = m_chunks[size_t(cls) * Columns * Rows + size_t(cell)];
        if (c.right < c.left) {
            c.left = c.right = a.x();
            c.top = c.bottom = a.y();
        }
        c.left = std::min({c.left, a.x(), b.x()});
        c.right = std::max({c.right, a.x(), b.x()});
        c.top = std::min({c.top, a.y(), b.y()});
        c.bottom = std::max({c.bottom, a.y(), b.y()});
        if (asSegments) {
            c.segments.emplace_back(a, b);
        } else {
            if (cell != previousCell) // a new subpath whenever the polyline enters another cell
                c.path.moveTo(a);
            c.path.lineTo(b);
        }
        previousCell = cell;
        ++m_used[size_t(cls)];
    }
}

bool RouteChunks::isEmpty(int cls) const
{
    return cls < 0 || cls >= m_classes || m_used[size_t(cls)] == 0;
}

void RouteChunks::draw(QPainter &painter, int cls, const QRectF &view) const
{
    if (isEmpty(cls))
        return;
    const size_t first = size_t(cls) * Columns * Rows;
    for (size_t i = first; i < first + size_t(Columns * Rows); ++i) {
        const Chunk &c = m_chunks[i];
        if (c.right < c.left || c.right < view.left() || c.left > view.right() || c.bottom < view.top() ||
            c.top > view.bottom())
            continue;
        if (!c.segments.empty())
            painter.drawLines(c.segments.data(), int(c.segments.size()));
        if (!c.path.isEmpty())
            painter.drawPath(c.path);
    }
}

} // namespace ea
