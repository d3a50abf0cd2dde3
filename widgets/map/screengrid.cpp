// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/screengrid.h"

#include <algorithm>
#include <cmath>

namespace ea {

void ScreenGrid::build(const QRectF &bounds, const std::vector<QPointF> &centres,
                       const std::vector<float> &radii, double cellPx)
{
    clear();
    m_bounds = bounds;
    m_cell = cellPx;
    m_columns = std::max(1, int(std::ceil(bounds.width() / cellPx)));
    m_rows = std::max(1, int(std::ceil(bounds.height() / cellPx)));
    m_centres = centres;
    m_radii = radii;
    const auto cellOf = [this](const QPointF &c) {
        const int cx = std::clamp(int((c.x() - m_bounds.left()) / m_cell), 0, m_columns - 1);
        const int cy = std::clamp(int((c.y() - m_bounds.top()) / m_cell), 0, m_rows - 1);
        return cellIndex(cx, cy);
    };
    std::vector<int> cellOfItem(centres.size(), -1);
    m_cellStart.assign(size_t(m_columns) * m_rows + 1, 0);
    for (size_t i = 0; i < centres.size(); ++i) {
        const float r = i < radii.size() ? radii[i] : 0.f;
        if (!bounds.adjusted(-r, -r, r, r).contains(centres[i]))
            continue;
        m_maxRadius = std::max(m_maxRadius, r);
        cellOfItem[i] = cellOf(centres[i]);
        ++m_cellStart[size_t(cellOfItem[i]) + 1];
    }
    for (size_t c = 1; c < m_cellStart.size(); ++c)
        m_cellStart[c] += m_cellStart[c - 1];
    m_items.resize(size_t(m_cellStart.back()));
    std::vector<int> fill(m_cellStart.begin(), m_cellStart.end() - 1);
    for (size_t i = 0; i < centres.size(); ++i) {
        if (cellOfItem[i] >= 0)
            m_items[size_t(fill[size_t(cellOfItem[i])]++)] = int(i);
    }
}

void ScreenGrid::clear()
{
    m_centres.clear();
    m_radii.clear();
    m_cellStart.clear();
    m_items.clear();
    m_maxRadius = 0;
    m_columns = m_rows = 0;
}

ScreenGrid::Hit ScreenGrid::nearest(const QPointF &p, double tolerancePx) const
{
    Hit best;
    if (m_items.empty())
        return best;
    const double reach = m_maxRadius + tolerancePx;
    const int x0 = std::max(0, int(std::floor((p.x() - reach - m_bounds.left()) / m_cell)));
    const int x1 = std::min(m_columns - 1, int(std::floor((p.x() + reach - m_bounds.left()) / m_cell)));
    const int y0 = std::max(0, int(std::floor((p.y() - reach - m_bounds.top()) / m_cell)));
    const int y1 = std::min(m_rows - 1, int(std::floor((p.y() + reach - m_bounds.top()) / m_cell)));
    double bestD = 0;
    for (int cy = y0; cy <= y1; ++cy) {
        for (int cx = x0; cx <= x1; ++cx) {
            const int c = cellIndex(cx, cy);
            for (int k = m_cellStart[size_t(c)]; k < m_cellStart[size_t(c) + 1]; ++k) {
                const int i = m_items[size_t(k)];
                const double d =
                    std::hypot(m_centres[size_t(i)].x() - p.x(), m_centres[size_t(i)].y() - p.y());
                if (d > m_radii[size_t(i)] + tolerancePx)
                    continue;
                if (best.item < 0 || d < bestD || (d == bestD && i > best.item)) {
                    best.item = i;
                    bestD = d;
                }
            }
        }
    }
    best.distancePx = bestD;
    return best;
}

std::vector<int> ScreenGrid::within(const QRectF &rect) const
{
    std::vector<int> out;
    const QRectF r = rect.normalized();
    for (size_t i = 0; i < m_centres.size(); ++i) {
        if (r.contains(m_centres[i]))
            out.push_back(int(i));
    }
    return out;
}

} // namespace ea
