// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

namespace ea::geo {

enum class ProjectionKind { Equirectangular, WebMercator, EqualEarth };

/**
 * A map projection between (lon, lat) degrees and a "world plane" (unitless, x grows east, y grows
 * NORTH, the world centred on (0, 0) at lon 0). Screen transforms (zoom, pan, y flip) live in the
 * widgets; this is pure math, thread-safe, allocation-free.
 */
class Projection
{
public:
    virtual ~Projection() = default;
    static std::unique_ptr<Projection> create(ProjectionKind kind);

    virtual ProjectionKind kind() const = 0;
    virtual QString name() const = 0; // for people, translated
    /** lat is clamped to [-maxLat, maxLat]; lon is taken modulo 360 into [-180, 180]. */
    virtual QPointF project(double lon, double lat) const = 0;
    /** nullopt outside the projected world. */
    virtual std::optional<QPointF> unproject(const QPointF &world) const = 0; // returns (lon, lat)
    /** The projected world: x from project(-180, ·) to project(180, ·), y over ±maxLat. */
    virtual QRectF worldBounds() const = 0;
    virtual double maxLat() const { return 90.0; }
};

QString projectionId(ProjectionKind k); // "equirectangular", "webmercator", "equalearth"
std::optional<ProjectionKind> projectionFromId(const QString &id);

} // namespace ea::geo
