// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/stats/rollingwindow.h"

#include "engine/stats/quantile.h"

#include <algorithm>

namespace ea::stats {

RollingWindow::RollingWindow(size_t capacity) : m_capacity(std::max<size_t>(1, capacity))
{
    m_sorted.reserve(m_capacity);
}

void RollingWindow::push(double value)
{
    if (m_arrival.size() == m_capacity) {
        const double oldest = m_arrival.front();
        m_arrival.pop_front();
        m_sorted.erase(std::lower_bound(m_sorted.begin(), m_sorted.end(), oldest));
    }
    m_arrival.push_back(value);
    m_sorted.insert(std::upper_bound(m_sorted.begin(), m_sorted.end(), value), value);
}

void RollingWindow::clear()
{
    m_arrival.clear();
    m_sorted.clear();
}

double RollingWindow::quantile(double q) const
{
    return quantileSorted(m_sorted, q);
}

std::vector<double> rollingQuantile(std::span<const double> values, size_t window, double q)
{
    RollingWindow w(window);
    std::vector<double> out;
    out.reserve(values.size());
    for (double v : values) {
        w.push(v);
        out.push_back(w.quantile(q));
    }
    return out;
}

} // namespace ea::stats
