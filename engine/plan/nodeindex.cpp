// SPDX-License-Identifier: GPL-3.0-or-later
// nanoflann (Debian libnanoflann-dev) rather than a tree of our own: header-only, well kept, fast.
#include "engine/plan/nodeindex.h"

#include <nanoflann.hpp>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
constexpr double kEarthRadiusKm = 6371.0088;
constexpr double kDeg = M_PI / 180.0;

struct Cloud
{
    std::vector<double> xyz; // 3 per point
    size_t kdtree_get_point_count() const { return xyz.size() / 3; }
    double kdtree_get_pt(size_t i, size_t dim) const { return xyz[3 * i + dim]; }
    template <class BBox> bool kdtree_get_bbox(BBox &) const { return false; }
};

using Tree =
    nanoflann::KDTreeSingleIndexAdaptor<nanoflann::L2_Simple_Adaptor<double, Cloud>, Cloud, 3, uint32_t>;

void toXyz(double lon, double lat, double out[3])
{
    const double cl = std::cos(lat * kDeg);
    out[0] = cl * std::cos(lon * kDeg);
    out[1] = cl * std::sin(lon * kDeg);
    out[2] = std::sin(lat * kDeg);
}

double chordSqToKm(double chordSq)
{
    const double c = std::sqrt(std::max(chordSq, 0.0));
    return 2.0 * kEarthRadiusKm * std::asin(std::min(1.0, c / 2.0));
}
} // namespace

struct SphereIndex::Impl
{
    Cloud cloud;
    std::unique_ptr<Tree> tree;
};

SphereIndex::SphereIndex() : d(std::make_unique<Impl>()) {}

SphereIndex::SphereIndex(const std::vector<std::pair<double, double>> &lonLat) : d(std::make_unique<Impl>())
{
    d->cloud.xyz.resize(lonLat.size() * 3);
    for (size_t i = 0; i < lonLat.size(); ++i)
        toXyz(lonLat[i].first, lonLat[i].second, &d->cloud.xyz[3 * i]);
    if (!lonLat.empty()) {
        d->tree = std::make_unique<Tree>(3, d->cloud, nanoflann::KDTreeSingleIndexAdaptorParams(8));
        d->tree->buildIndex();
    }
}

SphereIndex::~SphereIndex() = default;
SphereIndex::SphereIndex(SphereIndex &&) noexcept = default;
SphereIndex &SphereIndex::operator=(SphereIndex &&) noexcept = default;

size_t SphereIndex::size() const
{
    return d->cloud.kdtree_get_point_count();
}

std::vector<std::pair<int, double>> SphereIndex::nearest(double lon, double lat, int k) const
{
    std::vector<std::pair<int, double>> out;
    if (!d->tree || k <= 0)
        return out;
    double q[3];
    toXyz(lon, lat, q);
    const size_t n = std::min<size_t>(static_cast<size_t>(k), size());
    std::vector<uint32_t> idx(n);
    std::vector<double> dist(n);
    const size_t found = d->tree->knnSearch(q, n, idx.data(), dist.data());
    out.reserve(found);
    for (size_t i = 0; i < found; ++i)
        out.emplace_back(static_cast<int>(idx[i]), chordSqToKm(dist[i]));
    return out;
}

std::vector<std::pair<int, double>> SphereIndex::within(double lon, double lat, double radiusKm) const
{
    std::vector<std::pair<int, double>> out;
    if (!d->tree)
        return out;
    double q[3];
    toXyz(lon, lat, q);
    const double angle = std::min(radiusKm / kEarthRadiusKm, M_PI);
    const double chord = 2.0 * std::sin(angle / 2.0);
    std::vector<std::pair<uint32_t, double>> hits;
    d->tree->radiusSearch(q, chord * chord * (1.0 + 1e-12), hits, nanoflann::SearchParams(32, 0.0f, true));
    out.reserve(hits.size());
    for (const auto &h : hits)
        out.emplace_back(static_cast<int>(h.first), chordSqToKm(h.second));
    return out;
}

} // namespace ea
