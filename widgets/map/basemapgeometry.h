// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/geo/basemap.h"
#include "engine/geo/projection.h"

#include <QPainterPath>
#include <QRectF>
#include <QString>

#include <memory>
#include <vector>

class QPainter;

namespace ea {

/** A path in world coordinates with its bounds, for culling. */
struct WorldPathChunk
{
    QPainterPath path;
    QRectF bounds;
};

/**
 * The Natural Earth basemap projected once into world-plane paths, per projection and detail, so a
 * frame only transforms them (no re-projection). Land rings are grouped with their holes (each group
 * an odd-even path); border lines are merged into spatial buckets. Immutable and shared.
 */
class BasemapGeometry
{
public:
    /** Built on first use, then cached (thread-safe). Never null: without data only the outline exists. */
    static std::shared_ptr<const BasemapGeometry> get(geo::ProjectionKind kind, geo::BasemapDetail detail);

    std::vector<WorldPathChunk> land;
    /**
     * The same land as separate path objects, for masks (the coverage layer). A QPainterPath builds
     * internal caches on its first paint, so layers painted on different threads must not share one.
     */
    std::vector<WorldPathChunk> landMask;
    std::vector<WorldPathChunk> borders;
    QPainterPath outline;       // edge of the projected world, closed
    QPainterPath graticule;     // every 30°
    QPainterPath fineGraticule; // every 10°
    QString source;             // credit line of the data
    QString error;              // why the data did not load, else empty

    /**
     * Adds the land mask chunks that intersect a world rectangle to one path, skipping chunks smaller
     * than minWorldSize (less than a pixel); for masks.
     */
    QPainterPath landWithin(const QRectF &world, double minWorldSize) const;
};

} // namespace ea
