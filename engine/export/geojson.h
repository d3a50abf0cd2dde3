// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QByteArray>
#include <QStringList>

#include <optional>

namespace ea {

/** Which points a GeoJSON file holds. */
enum class GeoLayer { Nodes, Regions, All };
std::optional<GeoLayer> geoLayerFromId(const QString &id); // "nodes", "regions", "all"

/** Decimals kept in GeoJSON coordinates (about 0.1 m; RFC 7946 §11.2). */
inline constexpr int GeoJsonDecimals = 6;

/**
 * A GeoJSON FeatureCollection (RFC 7946) of Point features, coordinates [longitude, latitude] in WGS 84
 * rounded to GeoJsonDecimals, no "crs" member, a "bbox" over all points. Each feature's properties are
 * the node's or region's fields as in the scenario file (lon and lat live in the geometry only); with
 * GeoLayer::All each feature also carries "layer": "node" or "region". Readable by GDAL and QGIS.
 */
QByteArray geoJsonFromScenario(const Scenario &s, GeoLayer what);

enum class GeoImportMode {
    Replace, // the file's features become the scenario's nodes (or regions)
    Merge    // a feature whose id the scenario has updates that item in place; others are added
};

struct GeoJsonImport
{
    std::optional<Scenario> scenario; // set only when both error lists are empty
    /** Problems in the GeoJSON, "<path>: <reason>", e.g. "features[3].properties.tier: unknown tier …". */
    QStringList errors;
    /** Problems of the scenario the import would make, "$.<path>: <reason>" (e.g. a tier left without nodes).
     */
    QStringList scenarioErrors;
    int added = 0, updated = 0;
    int skipped = 0; // features of the other layer in a file exported with GeoLayer::All
};

/**
 * Reads Point features as nodes or regions (`as` must not be All) into a copy of `base`. Every feature is
 * checked as the scenario loader checks a node or region (the loader itself runs on the result), and
 * every problem is reported with the feature's index. Null-valued properties count as absent (GIS tools
 * write null for empty fields); a feature's "id" member stands in for a missing "id" property.
 */
GeoJsonImport importGeoJson(const Scenario &base, const QByteArray &geojson, GeoLayer as, GeoImportMode mode);

} // namespace ea
