// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/polyline.h"

#include "engine/geo/geodesy.h"

#include <algorithm>
#include <cmath>
#include <functional>

namespace ea::geo {
namespace {

double normalisedLon(double lon)
{
    return lon < -180.0 || lon > 180.0 ? std::remainder(lon, 360.0) : lon;
}

// Latitude where the segment from (u0, lat0) to (u1, lat1), longitudes unwrapped, meets the boundary
// meridian at unwrapped longitude `boundary` (u0 != u1 and the boundary lies between them).
using CrossingLat = std::function<double(double u0, double lat0, double u1, double lat1, double boundary)>;

double linearCrossing(double u0, double lat0, double u1, double lat1, double boundary)
{
    const double t = (boundary - u0) / (u1 - u0);
    return lat0 + t * (lat1 - lat0);
}

/**
 * Cuts a line whose longitudes are unwrapped (consecutive steps of at most 180°) at every odd multiple
 * of 180°, mapping each part back into [-180, 180]. A point exactly on a boundary ends the part it
 * arrives in and, if the line goes on across, also starts the next one, with the other sign.
 */
std::vector<LonLatLine> splitUnwrapped(const std::vector<double> &u, const std::vector<double> &lat,
                                       const CrossingLat &crossing)
{
    std::vector<LonLatLine> parts;
    if (u.empty())
        return parts;
    // Window k holds unwrapped longitudes [-180 + 360k, 180 + 360k]; the current part is drawn in it.
    const auto windowOf = [](double x) { return static_cast<long>(std::floor((x + 180.0) / 360.0)); };
    long k = windowOf(u[0]);
    LonLatLine part{QPointF(u[0] - 360.0 * k, lat[0])};
    for (size_t i = 1; i < u.size(); ++i) {
        double u0 = u[i - 1], lat0 = lat[i - 1];
        const double u1 = u[i], lat1 = lat[i];
        bool crossed = false;
        for (;;) {
            const double west = -180.0 + 360.0 * k, east = 180.0 + 360.0 * k;
            const bool crossesEast = u1 > east, crossesWest = u1 < west;
            if (!crossesEast && !crossesWest)
                break;
            const double boundary = crossesEast ? east : west;
            const double c = u0 == boundary ? lat0 : crossing(u0, lat0, u1, lat1, boundary);
            if (part.back() != QPointF(boundary - 360.0 * k, c))
                part.emplace_back(boundary - 360.0 * k, c);
            if (part.size() >= 2)
                parts.push_back(std::move(part));
            part.clear();
            k += crossesEast ? 1 : -1;
            part.emplace_back(boundary - 360.0 * k, c);
            u0 = boundary;
            lat0 = c;
            crossed = true;
        }
        const QPointF p(u1 - 360.0 * k, lat1);
        if (!crossed || part.back() != p)
            part.push_back(p);
    }
    if (part.size() >= 2)
        parts.push_back(std::move(part));
    return parts;
}

void unwrap(const LonLatLine &line, std::vector<double> &u, std::vector<double> &lat)
{
    u.resize(line.size());
    lat.resize(line.size());
    for (size_t i = 0; i < line.size(); ++i) {
        const double lon = normalisedLon(line[i].x());
        lat[i] = line[i].y();
        if (i == 0) {
            u[i] = lon;
            continue;
        }
        double d = lon - normalisedLon(line[i - 1].x());
        if (d > 180.0)
            d -= 360.0;
        else if (d < -180.0)
            d += 360.0;
        u[i] = u[i - 1] + d;
    }
}

} // namespace

std::vector<LonLatLine> splitAtAntimeridian(const LonLatLine &line)
{
    if (line.size() < 2)
        return line.empty() ? std::vector<LonLatLine>{} : std::vector<LonLatLine>{line};
    std::vector<double> u, lat;
    unwrap(line, u, lat);
    // The segments of a generic polyline are straight in (lon, lat), so the crossing is interpolated there.
    return splitUnwrapped(u, lat, linearCrossing);
}

std::vector<LonLatLine> greatCircleArc(double lon1, double lat1, double lon2, double lat2,
                                       double maxSegmentKm)
{
    if (!(maxSegmentKm > 0) || !std::isfinite(maxSegmentKm))
        maxSegmentKm = 200.0;
    lon1 = normalisedLon(lon1);
    lon2 = normalisedLon(lon2);
    const double km = greatCircleKm(lon1, lat1, lon2, lat2);
    // Capped so that a silly segment length cannot allocate without bound (half the equator at 1 km).
    const double wanted = std::isfinite(km) ? std::ceil(km / maxSegmentKm) : 1.0; // NaN input: no samples
    const int segments = static_cast<int>(std::clamp(wanted, 1.0, 20000.0));
    LonLatLine line;
    line.reserve(segments + 1);
    line.emplace_back(lon1, lat1);
    for (int i = 1; i < segments; ++i) {
        double lon, lat;
        intermediatePoint(lon1, lat1, lon2, lat2, static_cast<double>(i) / segments, lon, lat);
        line.emplace_back(lon, lat);
    }
    line.emplace_back(lon2, lat2);

    std::vector<double> u, lat;
    unwrap(line, u, lat);
    // Every sample lies on the great circle with normal n = a × b; it meets the plane of the 0°/180°
    // meridians (y = 0) along ±(n × ŷ) = ±(-n.z, 0, n.x); the antimeridian is the end with x < 0.
    const UnitVector a = toUnitVector(lon1, lat1), b = toUnitVector(lon2, lat2);
    const double nx = a.y * b.z - a.z * b.y, nz = a.x * b.y - a.y * b.x;
    const double norm = std::hypot(nx, nz);
    const auto exactCrossing = [&](double u0, double lat0, double u1, double lat1, double boundary) {
        if (norm < 1e-12) // the arc runs along a meridian (or is a point): no well-defined crossing
            return linearCrossing(u0, lat0, u1, lat1, boundary);
        double dx = -nz / norm, dz = nx / norm;
        if (dx > 0) {
            dx = -dx;
            dz = -dz;
        }
        return radToDeg(std::atan2(dz, -dx));
    };
    return splitUnwrapped(u, lat, exactCrossing);
}

} // namespace ea::geo
