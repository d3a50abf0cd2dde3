// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/stats/quantile.h"

namespace ea::stats {

namespace {
/** h = q·(n − 1) split into the lower order statistic's index and the fraction towards the next one. */
std::pair<size_t, double> position(size_t n, double q)
{
    const double h = std::clamp(q, 0.0, 1.0) * static_cast<double>(n - 1);
    const size_t lo = std::min(static_cast<size_t>(std::floor(h)), n - 1);
    return {lo, h - static_cast<double>(lo)};
}
} // namespace

double quantileSorted(std::span<const double> sorted, double q)
{
    if (sorted.empty() || std::isnan(q))
        return kEmpty;
    const auto [lo, frac] = position(sorted.size(), q);
    const size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * frac;
}

double quantileInPlace(std::vector<double> &values, double q)
{
    if (values.empty() || std::isnan(q))
        return kEmpty;
    const auto [lo, frac] = position(values.size(), q);
    const auto at = values.begin() + static_cast<std::ptrdiff_t>(lo);
    std::nth_element(values.begin(), at, values.end());
    const double low = *at;
    if (frac <= 0 || lo + 1 >= values.size())
        return low;
    // The next order statistic is the smallest of what selection left above the lower one.
    const double high = *std::min_element(at + 1, values.end());
    return low + (high - low) * frac;
}

double quantile(std::vector<double> values, double q)
{
    return quantileInPlace(values, q);
}

double median(std::vector<double> values)
{
    return quantileInPlace(values, 0.5);
}

} // namespace ea::stats
