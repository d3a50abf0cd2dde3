// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Spherical geodesy for planning-grade distances.
 *
 * Coordinates are always (lon, lat) in degrees, WGS 84. The Earth is a sphere of the IUGG mean
 * radius; against the ellipsoid this errs by up to ~0.5 %, far below what network routing adds.
 * Everything here is pure, allocation-free and thread-safe.
 */
namespace ea::geo {

inline constexpr double kEarthRadiusKm = 6371.0088;
inline constexpr double kPi = 3.14159265358979323846;

inline constexpr double degToRad(double deg)
{
    return deg * (kPi / 180.0);
}
inline constexpr double radToDeg(double rad)
{
    return rad * (180.0 / kPi);
}

/** A point on the unit sphere (Earth-centred, x towards lon 0 lat 0, z towards the north pole). */
struct UnitVector
{
    double x = 1, y = 0, z = 0;
};

UnitVector toUnitVector(double lon, double lat);
/** Inverse of toUnitVector(); the vector need not be normalised. lon in (-180, 180]. */
void fromUnitVector(const UnitVector &v, double &lon, double &lat);

/** Central angle in radians between two unit vectors; accurate for tiny and antipodal angles. */
double centralAngleRad(const UnitVector &a, const UnitVector &b);
inline double greatCircleKm(const UnitVector &a, const UnitVector &b)
{
    return kEarthRadiusKm * centralAngleRad(a, b);
}

/** Great-circle distance in km (haversine). */
double greatCircleKm(double lon1, double lat1, double lon2, double lat2);

/**
 * The point a fraction f (0 → first point, 1 → second) along the shorter great-circle arc.
 * For antipodal points the arc is not unique; one of them is returned (through lon1's meridian).
 */
void intermediatePoint(double lon1, double lat1, double lon2, double lat2, double fraction, double &lon,
                       double &lat);

/** Initial bearing from point 1 towards point 2, degrees clockwise from north in [0, 360). */
double initialBearingDeg(double lon1, double lat1, double lon2, double lat2);

} // namespace ea::geo
