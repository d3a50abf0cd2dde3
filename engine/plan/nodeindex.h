// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <utility>
#include <vector>

namespace ea {

/**
 * Spatial index over points on the sphere (nanoflann k-d tree over unit vectors, so neighbours are
 * exact across the antimeridian and near the poles). Chord length is monotone in great-circle
 * distance, so nearest by chord is nearest by distance. Immutable after construction; queries are
 * const and thread-safe.
 */
class SphereIndex
{
public:
    SphereIndex();
    explicit SphereIndex(const std::vector<std::pair<double, double>> &lonLat);
    ~SphereIndex();
    SphereIndex(SphereIndex &&) noexcept;
    SphereIndex &operator=(SphereIndex &&) noexcept;

    size_t size() const;
    /** Up to k nearest points: (index into the constructor's list, great-circle km), nearest first. */
    std::vector<std::pair<int, double>> nearest(double lon, double lat, int k) const;
    /** All points within radiusKm, nearest first. */
    std::vector<std::pair<int, double>> within(double lon, double lat, double radiusKm) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ea
