// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <deque>
#include <span>
#include <vector>

namespace ea::stats {

/**
 * The newest `capacity` values of a stream, for statistics of a trailing window (the rolling p50 and p95
 * of a time series). push() is O(capacity) at worst (one insertion into a sorted copy), quantile() O(1).
 * Quantiles follow engine/stats' convention (type 7; NaN while empty). Values must not be NaN.
 */
class RollingWindow
{
public:
    explicit RollingWindow(size_t capacity);

    /** Adds a value; the oldest falls out once the window is full. */
    void push(double value);
    void clear();

    double quantile(double q) const;
    size_t size() const { return m_arrival.size(); }
    size_t capacity() const { return m_capacity; }
    bool empty() const { return m_arrival.empty(); }
    /** The window's values, ascending. */
    std::span<const double> sorted() const { return m_sorted; }

private:
    size_t m_capacity;
    std::deque<double> m_arrival; // oldest first
    std::vector<double> m_sorted;
};

/** Per index i, the q-quantile of values[max(0, i − window + 1) .. i] (window >= 1). */
std::vector<double> rollingQuantile(std::span<const double> values, size_t window, double q);

} // namespace ea::stats
