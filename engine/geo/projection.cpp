// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/projection.h"

#include "engine/geo/geodesy.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ea::geo {
namespace {

// Points this close outside the world (in world units, ~6 cm on the ground) still unproject, so that
// the projected outline itself round-trips despite rounding.
constexpr double kEdgeTolerance = 1e-8;

double normalisedLon(double lon)
{
    // ±180 stay as they are: antimeridian-split rings rely on both edges of the map.
    return lon < -180.0 || lon > 180.0 ? std::remainder(lon, 360.0) : lon;
}

class Equirectangular final : public Projection
{
public:
    ProjectionKind kind() const override { return ProjectionKind::Equirectangular; }
    QString name() const override
    {
        return QCoreApplication::translate("ea::geo::Projection", "Equirectangular");
    }
    QPointF project(double lon, double lat) const override
    {
        return {degToRad(normalisedLon(lon)), degToRad(std::clamp(lat, -90.0, 90.0))};
    }
    std::optional<QPointF> unproject(const QPointF &w) const override
    {
        if (!std::isfinite(w.x()) || !std::isfinite(w.y()) || std::abs(w.x()) > kPi + kEdgeTolerance ||
            std::abs(w.y()) > kPi / 2 + kEdgeTolerance)
            return std::nullopt;
        return QPointF(std::clamp(radToDeg(w.x()), -180.0, 180.0), std::clamp(radToDeg(w.y()), -90.0, 90.0));
    }
    QRectF worldBounds() const override { return QRectF(-kPi, -kPi / 2, 2 * kPi, kPi); }
};

class WebMercator final : public Projection
{
public:
    // The latitude where the projected world becomes a square: y(maxLat) = π.
    static constexpr double kMaxLat = 85.0511287798;

    ProjectionKind kind() const override { return ProjectionKind::WebMercator; }
    QString name() const override
    {
        return QCoreApplication::translate("ea::geo::Projection", "Web Mercator");
    }
    QPointF project(double lon, double lat) const override
    {
        const double phi = degToRad(std::clamp(lat, -kMaxLat, kMaxLat));
        return {degToRad(normalisedLon(lon)), std::log(std::tan(kPi / 4 + phi / 2))};
    }
    std::optional<QPointF> unproject(const QPointF &w) const override
    {
        if (!std::isfinite(w.x()) || !std::isfinite(w.y()) || std::abs(w.x()) > kPi + kEdgeTolerance ||
            std::abs(w.y()) > m_maxY + kEdgeTolerance)
            return std::nullopt;
        const double lat = radToDeg(2 * std::atan(std::exp(w.y())) - kPi / 2);
        return QPointF(std::clamp(radToDeg(w.x()), -180.0, 180.0), std::clamp(lat, -kMaxLat, kMaxLat));
    }
    QRectF worldBounds() const override { return QRectF(-kPi, -m_maxY, 2 * kPi, 2 * m_maxY); }
    double maxLat() const override { return kMaxLat; }

private:
    double m_maxY = std::log(std::tan(kPi / 4 + degToRad(kMaxLat) / 2));
};

/**
 * Equal Earth (Šavrič, Patterson & Jenny 2018, "The Equal Earth map projection", IJGIS 33(3)): an
 * equal-area pseudocylindrical projection with straight parallels; the inverse solves the polynomial in
 * the parametric latitude θ by Newton's method, as the paper does.
 */
class EqualEarth final : public Projection
{
public:
    ProjectionKind kind() const override { return ProjectionKind::EqualEarth; }
    QString name() const override
    {
        return QCoreApplication::translate("ea::geo::Projection", "Equal Earth");
    }
    QPointF project(double lon, double lat) const override
    {
        const double lambda = degToRad(normalisedLon(lon));
        const double theta = std::asin(kM * std::sin(degToRad(std::clamp(lat, -90.0, 90.0))));
        return {lambda * std::cos(theta) / (kM * dy(theta)), y(theta)};
    }
    std::optional<QPointF> unproject(const QPointF &w) const override
    {
        if (!std::isfinite(w.x()) || !std::isfinite(w.y()) || std::abs(w.y()) > m_maxY + kEdgeTolerance)
            return std::nullopt;
        const double target = std::clamp(w.y(), -m_maxY, m_maxY);
        double theta = target / kA1; // y(θ) is close to A1·θ; Newton converges in a few steps
        for (int i = 0; i < 20; ++i) {
            const double step = (y(theta) - target) / dy(theta);
            theta -= step;
            if (std::abs(step) < 1e-15)
                break;
        }
        theta = std::clamp(theta, -kPi / 3, kPi / 3);
        const double lambda = w.x() * kM * dy(theta) / std::cos(theta);
        if (!std::isfinite(lambda) || std::abs(lambda) > kPi + kEdgeTolerance)
            return std::nullopt;
        const double phi = std::asin(std::clamp(std::sin(theta) / kM, -1.0, 1.0));
        return QPointF(std::clamp(radToDeg(lambda), -180.0, 180.0), radToDeg(phi));
    }
    QRectF worldBounds() const override
    {
        const double maxX = kPi / (kM * dy(0.0)); // widest at the equator
        return QRectF(-maxX, -m_maxY, 2 * maxX, 2 * m_maxY);
    }

private:
    static constexpr double kA1 = 1.340264, kA2 = -0.081106, kA3 = 0.000893, kA4 = 0.003796;
    static constexpr double kM = 0.86602540378443864676; // √3 / 2

    static double y(double t)
    {
        const double t2 = t * t, t6 = t2 * t2 * t2;
        return t * (kA1 + kA2 * t2 + t6 * (kA3 + kA4 * t2));
    }
    // dy/dθ; the paper's x denominator 3·(9A4θ⁸ + 7A3θ⁶ + 3A2θ² + A1)/(2√3) is dy/dθ · M.
    static double dy(double t)
    {
        const double t2 = t * t, t6 = t2 * t2 * t2;
        return kA1 + 3 * kA2 * t2 + t6 * (7 * kA3 + 9 * kA4 * t2);
    }

    double m_maxY = y(kPi / 3);
};

} // namespace

std::unique_ptr<Projection> Projection::create(ProjectionKind kind)
{
    switch (kind) {
    case ProjectionKind::Equirectangular:
        return std::make_unique<Equirectangular>();
    case ProjectionKind::WebMercator:
        return std::make_unique<WebMercator>();
    case ProjectionKind::EqualEarth:
        return std::make_unique<EqualEarth>();
    }
    return std::make_unique<EqualEarth>();
}

QString projectionId(ProjectionKind k)
{
    switch (k) {
    case ProjectionKind::Equirectangular:
        return QStringLiteral("equirectangular");
    case ProjectionKind::WebMercator:
        return QStringLiteral("webmercator");
    case ProjectionKind::EqualEarth:
        return QStringLiteral("equalearth");
    }
    return QString();
}

std::optional<ProjectionKind> projectionFromId(const QString &id)
{
    for (const ProjectionKind k :
         {ProjectionKind::Equirectangular, ProjectionKind::WebMercator, ProjectionKind::EqualEarth}) {
        if (id == projectionId(k))
            return k;
    }
    return std::nullopt;
}

} // namespace ea::geo
