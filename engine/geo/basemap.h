// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/geo/polyline.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace ea::geo {

/** Level of detail of the shipped Natural Earth basemap. */
enum class BasemapDetail { Coarse110m, Medium50m };

/**
 * Land polygons and country borders from Natural Earth (public domain), as (lon, lat) rings already
 * split at the antimeridian, loaded from the compact resources built by resources/tools/make-basemap.mjs.
 * Immutable once loaded; share through BasemapPtr.
 */
struct Basemap
{
    BasemapDetail detail = BasemapDetail::Coarse110m;
    std::vector<LonLatLine>
        landRings; // closed rings (first point not repeated); outer and holes, even-odd fill
    std::vector<LonLatLine> borderLines; // country borders, open polylines
    QString source;                      // credit line
    size_t pointCount() const;
};
using BasemapPtr = std::shared_ptr<const Basemap>;

/** Loads (once, cached, thread-safe) the embedded basemap of that detail; nullptr with *error on failure. */
BasemapPtr loadBasemap(BasemapDetail detail, QString *error = nullptr);

/**
 * Parses a blob in the format written by make-basemap.mjs (described in basemap.cpp), checking magic,
 * version, counts against the size and every coordinate; nullptr with a one-line *error if it is
 * malformed. Never cached; thread-safe. loadBasemap() uses it on the embedded resource.
 */
BasemapPtr parseBasemap(const QByteArray &blob, QString *error = nullptr);

/** The Qt resource path of the embedded blob of that detail, e.g. ":/basemap/ne_110m.bin". */
QString basemapResourcePath(BasemapDetail detail);

} // namespace ea::geo
