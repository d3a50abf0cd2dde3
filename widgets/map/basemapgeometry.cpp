// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/basemapgeometry.h"

#include <QPolygonF>

#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <mutex>
#include <numeric>

namespace ea {

namespace {

QPolygonF projectLine(const geo::Projection &p, const geo::LonLatLine &line)
{
    QPolygonF poly;
    poly.reserve(static_cast<qsizetype>(line.size()));
    // Clamped: a longitude a hair beyond ±180 would wrap to the other edge of the map and draw a line
    // across the whole world.
    for (const QPointF &ll : line)
        poly.append(p.project(std::clamp(ll.x(), -180.0, 180.0), ll.y()));
    return poly;
}

// Densely sampled so that curved meridians and parallels stay smooth in every projection.
QPainterPath graticuleEvery(const geo::Projection &p, double stepDeg)
{
    QPainterPath path;
    const double maxLat = std::min(p.maxLat(), 90.0);
    for (double lon = -180 + stepDeg; lon < 180 - 1e-9; lon += stepDeg) {
        geo::LonLatLine line;
        for (double lat = -maxLat; lat <= maxLat + 1e-9; lat += 1.0)
            line.emplace_back(lon, std::min(lat, maxLat));
        path.addPolygon(projectLine(p, line));
    }
    for (double lat = -90 + stepDeg; lat < 90 - 1e-9; lat += stepDeg) {
        if (std::abs(lat) > maxLat)
            continue;
        geo::LonLatLine line;
        for (double lon = -180; lon <= 180 + 1e-9; lon += 1.0)
            line.emplace_back(lon, lat);
        path.addPolygon(projectLine(p, line));
    }
    return path;
}

QPainterPath worldOutline(const geo::Projection &p)
{
    const double m = std::min(p.maxLat(), 90.0);
    geo::LonLatLine ring;
    for (double lat = -m; lat < m; lat += 1.0)
        ring.emplace_back(-180.0, lat);
    for (double lon = -180; lon < 180; lon += 1.0)
        ring.emplace_back(lon, m);
    for (double lat = m; lat > -m; lat -= 1.0)
        ring.emplace_back(180.0, lat);
    for (double lon = 180; lon > -180; lon -= 1.0)
        ring.emplace_back(lon, -m);
    QPainterPath path;
    path.addPolygon(projectLine(p, ring));
    path.closeSubpath();
    return path;
}

void buildLand(const geo::Projection &p, const geo::Basemap &map, std::vector<WorldPathChunk> &out,
               std::vector<WorldPathChunk> &mask)
{
    // Group each ring with the smallest outer ring that contains it (holes, islands in lakes), so an
    // odd-even fill per group is right and groups can be culled independently.
    std::vector<QPolygonF> rings;
    rings.reserve(map.landRings.size());
    for (const geo::LonLatLine &r : map.landRings)
        rings.push_back(projectLine(p, r));
    std::vector<size_t> order(rings.size());
    std::iota(order.begin(), order.end(), 0);
    std::vector<QRectF> bounds(rings.size());
    for (size_t i = 0; i < rings.size(); ++i)
        bounds[i] = rings[i].boundingRect();
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return bounds[a].width() * bounds[a].height() > bounds[b].width() * bounds[b].height();
    });
    struct Group
    {
        size_t outer;
        std::vector<size_t> rings;
    };
    std::vector<Group> groups;
    for (size_t r : order) {
        Group *home = nullptr;
        for (auto it = groups.rbegin(); it != groups.rend(); ++it) { // smallest outer first
            const size_t o = it->outer;
            if (bounds[o].contains(bounds[r]) && !rings[r].isEmpty() &&
                rings[o].containsPoint(rings[r].first(), Qt::OddEvenFill)) {
                home = &*it;
                break;
            }
        }
        if (home)
            home->rings.push_back(r);
        else
            groups.push_back({r, {r}});
    }
    out.reserve(groups.size());
    mask.reserve(groups.size());
    for (const Group &g : groups) {
        for (std::vector<WorldPathChunk> *to : {&out, &mask}) { // built twice: two distinct paths
            WorldPathChunk chunk;
            chunk.path.setFillRule(Qt::OddEvenFill);
            for (size_t r : g.rings) {
                chunk.path.addPolygon(rings[r]);
                chunk.path.closeSubpath();
            }
            chunk.bounds = bounds[g.outer];
            to->push_back(std::move(chunk));
        }
    }
}

void buildBorders(const geo::Projection &p, const geo::Basemap &map, std::vector<WorldPathChunk> &out)
{
    constexpr double kBucketDeg = 30.0;
    std::map<std::pair<int, int>, WorldPathChunk> buckets;
    for (const geo::LonLatLine &line : map.borderLines) {
        if (line.size() < 2)
            continue;
        const QPointF &first = line.front();
        const auto key = std::make_pair(int(std::floor((first.x() + 180) / kBucketDeg)),
                                        int(std::floor((first.y() + 90) / kBucketDeg)));
        const QPolygonF poly = projectLine(p, line);
        WorldPathChunk &chunk = buckets[key];
        chunk.path.addPolygon(poly);
        chunk.bounds = chunk.bounds.isNull() ? poly.boundingRect() : chunk.bounds.united(poly.boundingRect());
    }
    for (auto &[key, chunk] : buckets)
        out.push_back(std::move(chunk));
}

} // namespace

std::shared_ptr<const BasemapGeometry> BasemapGeometry::get(geo::ProjectionKind kind,
                                                            geo::BasemapDetail detail)
{
    static std::mutex mutex;
    static std::map<std::pair<int, int>, std::shared_ptr<const BasemapGeometry>> cache;
    const std::lock_guard lock(mutex);
    auto &slot = cache[{static_cast<int>(kind), static_cast<int>(detail)}];
    if (slot)
        return slot;
    auto g = std::make_shared<BasemapGeometry>();
    const auto projection = geo::Projection::create(kind);
    g->outline = worldOutline(*projection);
    g->graticule = graticuleEvery(*projection, 30.0);
    g->fineGraticule = graticuleEvery(*projection, 10.0);
    if (const geo::BasemapPtr map = geo::loadBasemap(detail, &g->error)) {
        g->source = map->source;
        buildLand(*projection, *map, g->land, g->landMask);
        buildBorders(*projection, *map, g->borders);
    }
    slot = std::move(g);
    return slot;
}

QPainterPath BasemapGeometry::landWithin(const QRectF &world, double minWorldSize) const
{
    QPainterPath path;
    path.setFillRule(Qt::OddEvenFill);
    for (const WorldPathChunk &c : landMask) {
        if (!c.bounds.intersects(world) ||
            (c.bounds.width() < minWorldSize && c.bounds.height() < minWorldSize))
            continue;
        path.addPath(c.path);
    }
    return path;
}

} // namespace ea
