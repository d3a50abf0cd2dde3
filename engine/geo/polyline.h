// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>

#include <vector>

/** Lines on the sphere for drawing: great-circle arcs and antimeridian splitting. Points are (lon, lat). */
namespace ea::geo {

using LonLatLine = std::vector<QPointF>; // x = lon, y = lat, degrees

/**
 * Splits a line wherever a segment crosses the antimeridian (|Δlon| > 180), inserting the crossing
 * point at lon ±180 on both sides, so each part can be projected without a stripe across the map.
 */
std::vector<LonLatLine> splitAtAntimeridian(const LonLatLine &line);

/**
 * The great-circle arc between two points, sampled so that no segment is longer than maxSegmentKm
 * (at least 2 points), split at the antimeridian.
 */
std::vector<LonLatLine> greatCircleArc(double lon1, double lat1, double lon2, double lat2, double maxSegmentKm = 200.0);

} // namespace ea::geo
