// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"

#include <algorithm>
#include <cmath>

namespace ea::geo {

UnitVector toUnitVector(double lon, double lat)
{
    const double phi = degToRad(lat);
    const double lambda = degToRad(lon);
    const double c = std::cos(phi);
    return {c * std::cos(lambda), c * std::sin(lambda), std::sin(phi)};
}

void fromUnitVector(const UnitVector &v, double &lon, double &lat)
{
    lat = radToDeg(std::atan2(v.z, std::hypot(v.x, v.y)));
    lon = radToDeg(std::atan2(v.y, v.x));
    if (lon <= -180.0)
        lon += 360.0;
}

double centralAngleRad(const UnitVector &a, const UnitVector &b)
{
    // atan2(|a×b|, a·b) keeps full precision at both ends, unlike acos(a·b).
    const double cx = a.y * b.z - a.z * b.y;
    const double cy = a.z * b.x - a.x * b.z;
    const double cz = a.x * b.y - a.y * b.x;
    const double dot = a.x * b.x + a.y * b.y + a.z * b.z;
    return std::atan2(std::sqrt(cx * cx + cy * cy + cz * cz), dot);
}

double greatCircleKm(double lon1, double lat1, double lon2, double lat2)
{
    const double phi1 = degToRad(lat1);
    const double phi2 = degToRad(lat2);
    const double sinDphi = std::sin((phi2 - phi1) / 2.0);
    const double sinDlambda = std::sin(degToRad(lon2 - lon1) / 2.0);
    const double h = sinDphi * sinDphi + std::cos(phi1) * std::cos(phi2) * sinDlambda * sinDlambda;
    return 2.0 * kEarthRadiusKm * std::asin(std::sqrt(std::clamp(h, 0.0, 1.0)));
}

void intermediatePoint(double lon1, double lat1, double lon2, double lat2, double fraction, double &lon,
                       double &lat)
{
    const UnitVector a = toUnitVector(lon1, lat1);
    const UnitVector b = toUnitVector(lon2, lat2);
    const double delta = centralAngleRad(a, b);
    const double s = std::sin(delta);
    if (s < 1e-12) {
        if (delta < 1.0) { // same point
            lon = lon1;
            lat = lat1;
            return;
        }
        // Antipodes: go over the meridian of point 1 (through the pole on its side).
        const double sign = lat1 >= 0 ? 1.0 : -1.0;
        double t = lat1 + sign * 180.0 * fraction;
        double l = lon1;
        if (std::abs(t) > 90.0) {
            t = sign * 180.0 - t;
            l = lon1 + 180.0;
        }
        lat = t;
        lon = std::remainder(l, 360.0);
        if (lon <= -180.0)
            lon += 360.0;
        return;
    }
    // Slerp between the two unit vectors.
    const double wa = std::sin((1.0 - fraction) * delta) / s;
    const double wb = std::sin(fraction * delta) / s;
    const UnitVector p{wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z};
    fromUnitVector(p, lon, lat);
}

double initialBearingDeg(double lon1, double lat1, double lon2, double lat2)
{
    const double phi1 = degToRad(lat1);
    const double phi2 = degToRad(lat2);
    const double dLambda = degToRad(lon2 - lon1);
    const double y = std::sin(dLambda) * std::cos(phi2);
    const double x = std::cos(phi1) * std::sin(phi2) - std::sin(phi1) * std::cos(phi2) * std::cos(dLambda);
    const double deg = radToDeg(std::atan2(y, x));
    const double b = std::fmod(deg + 360.0, 360.0);
    return b >= 360.0 ? 0.0 : b;
}

} // namespace ea::geo
