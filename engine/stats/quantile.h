// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Quantiles of samples and of weighted values: plain C++20, no Qt, so the Qt-free trials engine uses the
// same definitions as the planner, the monitor and the command line.
//
// The conventions, stated once for the whole of engine/stats:
//  - q is a probability in [0, 1]; values outside are clamped. A percentile p is q = p / 100.
//  - Sample quantiles interpolate linearly between order statistics (Hyndman & Fan's type 7, the default of
//    R and NumPy): with the n values sorted x[0] <= ... <= x[n-1] and h = q·(n − 1),
//        Q(q) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
//    Q(0) is the minimum, Q(1) the maximum, Q(0.5) the median (the mean of the two middle values when n is
//    even). Measurements (probe times, benchmark samples, model errors) are samples of a continuous
//    quantity, so a value between two observations is the honest estimate.
//  - Weighted quantiles do not interpolate: Q_w(q) is the smallest value whose cumulative weight reaches
//    q of the total weight (the inverse of the weighted distribution function). The weights are shares of
//    users (demand), and "the latency that 95 % of demand gets at most" is a latency some demand actually
//    gets, not a blend of two regions'. With equal weights this is type 1; with a total weight of 0 it is
//    the smallest value.
//  - Empty input gives NaN (quiet) for every statistic here: there is no quantile of nothing. Types that
//    mark "none" otherwise (-1 in a ProbeResult, 0 in a report) convert once with valueOr().
//  - Values must not be NaN (their order is undefined); weights must be >= 0.
//  - Complexity: quantile() and quantileInPlace() are O(n) (selection, no full sort); quantileSorted() is
//    O(1) on sorted input, the way to take several quantiles of one sample.

#include <algorithm>
#include <cmath>
#include <limits>
#include <span>
#include <utility>
#include <vector>

namespace ea::stats {

/** What every statistic of engine/stats returns for empty input. */
inline constexpr double kEmpty = std::numeric_limits<double>::quiet_NaN();

/** x, or fallback where x is NaN (the statistic of an empty input). */
inline double valueOr(double x, double fallback)
{
    return std::isnan(x) ? fallback : x;
}

/** The q-quantile of values sorted ascending (type 7); NaN when empty. */
double quantileSorted(std::span<const double> sorted, double q);

/** The q-quantile of values in any order (type 7); NaN when empty. Reorders values (partial selection). */
double quantileInPlace(std::vector<double> &values, double q);

/** The q-quantile of values in any order (type 7); NaN when empty. */
double quantile(std::vector<double> values, double q);

/** quantile(values, 0.5): the middle value, or the mean of the two middle ones. NaN when empty. */
double median(std::vector<double> values);

/**
 * The q-quantile of (value, weight) pairs by the inverse weighted distribution function (see above): the
 * smallest value whose cumulative weight reaches q·total. NaN when empty. Sorts the pairs by value.
 * V and W are arithmetic types (float values keep large per-region tables small).
 */
template <typename V, typename W>
double weightedQuantileInPlace(std::vector<std::pair<V, W>> &valueWeight, double q)
{
    if (valueWeight.empty())
        return kEmpty;
    q = std::clamp(q, 0.0, 1.0);
    std::sort(valueWeight.begin(), valueWeight.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    double total = 0;
    for (const auto &x : valueWeight)
        total += static_cast<double>(x.second);
    const double target = q * total;
    double cumulative = 0;
    for (const auto &x : valueWeight) {
        cumulative += static_cast<double>(x.second);
        if (cumulative >= target)
            return static_cast<double>(x.first);
    }
    return static_cast<double>(valueWeight.back().first); // rounding: the sum fell short of q·total
}

} // namespace ea::stats
