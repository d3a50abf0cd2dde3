// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace ea {

/**
 * A uniform grid over screen-space circles (centre, radius) for hit-testing in constant time: a query
 * looks only at the cells around the point. Built once per viewport; immutable afterwards.
 */
class ScreenGrid
{
public:
    struct Hit
    {
        int item = -1;
        double distancePx = 0;
    };

    /** Items outside bounds (grown by their radius) are left out. */
    void build(const QRectF &bounds, const std::vector<QPointF> &centres, const std::vector<float> &radii,
               double cellPx = 32.0);
    void clear();
    bool isEmpty() const { return m_items.empty(); }

    /**
     * The item whose centre is nearest to p among those within their radius + tolerancePx of it; ties go
     * to the later item (drawn on top).
     */
    Hit nearest(const QPointF &p, double tolerancePx) const;
    /** Items whose centre lies in rect. */
    std::vector<int> within(const QRectF &rect) const;

private:
    int cellIndex(int cx, int cy) const { return cy * m_columns + cx; }

    QRectF m_bounds;
    double m_cell = 32;
    int m_columns = 0, m_rows = 0;
    float m_maxRadius = 0;
    std::vector<QPointF> m_centres;
    std::vector<float> m_radii;
    std::vector<int> m_cellStart; // CSR: items of cell c are m_items[m_cellStart[c] .. m_cellStart[c + 1])
    std::vector<int> m_items;
};

} // namespace ea
