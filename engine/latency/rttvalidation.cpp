// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/rttvalidation.h"

#include "engine/geo/geodesy.h"
#include "engine/stats/quantile.h"

#include <QtGlobal>

#include <algorithm>
#include <cmath>
#include <set>
#include <utility>

namespace ea {
namespace {

constexpr double kCellDeg = 0.25;

std::pair<qint64, qint64> cellOf(double lon, double lat)
{
    return {qint64(std::floor(lon / kCellDeg)), qint64(std::floor(lat / kCellDeg))};
}

} // namespace

int rttCityGroup(double lon, double lat, int groups)
{
    // FNV-1a over the cell indices: the same on every run and platform.
    const auto [x, y] = cellOf(lon, lat);
    quint64 h = 14695981039346656037ull;
    for (const qint64 v : {x, y}) {
        for (int byte = 0; byte < 8; ++byte) {
            h ^= (quint64(v) >> (8 * byte)) & 0xffu;
            h *= 1099511628211ull;
        }
    }
    return int(h % quint64(std::max(1, groups)));
}

RttBandErrors rttBandErrors(const std::vector<double> &distanceKm, const std::vector<double> &model,
                            const std::vector<double> &measured, double fromKm, double toKm)
{
    RttBandErrors b;
    b.fromKm = fromKm;
    b.toKm = toKm;
    std::vector<double> abs, ratio;
    for (size_t i = 0; i < distanceKm.size(); ++i) {
        if (distanceKm[i] < fromKm || distanceKm[i] >= toKm)
            continue;
        abs.push_back(std::abs(model[i] / measured[i] - 1.0));
        ratio.push_back(model[i] / measured[i]);
    }
    b.errors = errorStatsFromAbsRelErrors(abs);
    if (!ratio.empty()) {
        std::sort(ratio.begin(), ratio.end());
        b.medianRatio = stats::quantileSorted(ratio, 0.5);
    }
    return b;
}

RttCityHoldout validateRttByCity(const std::vector<RttSample> &samples, int groups,
                                 const RttFitOptions &options)
{
    groups = std::max(2, groups);
    RttCityHoldout out;
    out.groups = groups;
    std::set<std::pair<qint64, qint64>> cells;
    std::vector<int> groupA(samples.size()), groupB(samples.size());
    for (size_t i = 0; i < samples.size(); ++i) {
        const RttSample &s = samples[i];
        cells.insert(cellOf(s.lon1, s.lat1));
        cells.insert(cellOf(s.lon2, s.lat2));
        groupA[i] = rttCityGroup(s.lon1, s.lat1, groups);
        groupB[i] = rttCityGroup(s.lon2, s.lat2, groups);
    }
    out.cities = int(cells.size());
    std::vector<double> distance, model, measured;
    for (int g = 0; g < groups; ++g) {
        std::vector<RttSample> train;
        std::vector<size_t> test;
        for (size_t i = 0; i < samples.size(); ++i) {
            if (!(samples[i].rttMs > 0) || !std::isfinite(samples[i].rttMs))
                continue;
            if (groupA[i] != g && groupB[i] != g)
                train.push_back(samples[i]);
            else if (std::min(groupA[i], groupB[i]) == g)
                test.push_back(i);
        }
        if (train.empty() || test.empty())
            continue;
        const RttModel fitted(fitRttModel(train, RttParams{}, options));
        for (const size_t i : test) {
            const RttSample &s = samples[i];
            distance.push_back(geo::greatCircleKm(s.lon1, s.lat1, s.lon2, s.lat2));
            model.push_back(fitted.rttMs(s.lon1, s.lat1, s.lon2, s.lat2, s.path));
            measured.push_back(s.rttMs);
        }
    }
    const double inf = std::numeric_limits<double>::infinity();
    const RttBandErrors all = rttBandErrors(distance, model, measured, 0, inf);
    out.all = all.errors;
    out.medianRatio = all.medianRatio;
    out.under500 = rttBandErrors(distance, model, measured, 0, 500);
    const double edges[] = {0, 100, 250, 500, 1000, 3000, inf};
    for (size_t i = 0; i + 1 < std::size(edges); ++i)
        out.bands.push_back(rttBandErrors(distance, model, measured, edges[i], edges[i + 1]));
    return out;
}

} // namespace ea
