// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Pareto front of points that are better the smaller both coordinates are (cost and latency, say).
// Plain C++20, no Qt; header-only so that any point type serves, through two projections.

#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

namespace ea::stats {

/**
 * Indices of the points that no other point dominates, where a dominates b when a is at most as large as
 * b in both coordinates and differs from it. Points equal to a point of the front are all on it. Ordered
 * by x, then y (so a line through them in that order is the front's staircase). O(n log n). Empty input
 * gives an empty front (engine/stats' convention: nothing to choose from).
 *
 * x and y project a point to its two coordinates (callables, or pointers to members such as &QPointF::x).
 * Coordinates must not be NaN.
 */
template <typename Point, typename X, typename Y>
std::vector<int> paretoFront(const std::vector<Point> &points, X x, Y y)
{
    std::vector<int> order(points.size());
    std::iota(order.begin(), order.end(), 0);
    const auto px = [&](int i) { return std::invoke(x, points[size_t(i)]); };
    const auto py = [&](int i) { return std::invoke(y, points[size_t(i)]); };
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return px(a) != px(b) ? px(a) < px(b) : py(a) < py(b); });
    // Sorted by x, then y: a point is on the front when its y is below that of the last front point (which
    // is no larger in x), or when it equals that point.
    std::vector<int> front;
    for (int i : order) {
        if (!front.empty()) {
            const int last = front.back();
            const bool equal = px(last) == px(i) && py(last) == py(i);
            if (!equal && py(last) <= py(i))
                continue;
        }
        front.push_back(i);
    }
    return front;
}

} // namespace ea::stats
