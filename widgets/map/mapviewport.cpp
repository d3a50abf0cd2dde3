// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mapviewport.h"

#include "engine/geo/geodesy.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <mutex>

namespace ea {

namespace {
constexpr double kFitFill = 0.96; // the world fills this share of the output at fit zoom

std::shared_ptr<const geo::Projection> sharedProjection(geo::ProjectionKind kind)
{
    static std::mutex mutex;
    static std::array<std::shared_ptr<const geo::Projection>, 3> instances;
    const std::lock_guard lock(mutex);
    auto &p = instances[static_cast<size_t>(kind)];
    if (!p)
        p = geo::Projection::create(kind);
    return p;
}
} // namespace

MapViewport::MapViewport() : MapViewport(geo::ProjectionKind::EqualEarth) {}

MapViewport::MapViewport(geo::ProjectionKind kind, QSize size)
    : m_projection(sharedProjection(kind)), m_size(size.expandedTo(QSize(1, 1)))
{
    fitWorld();
}

void MapViewport::setProjection(geo::ProjectionKind kind)
{
    if (kind == projectionKind())
        return;
    const QPointF c = centreLonLat();
    const double s = scale();
    m_projection = sharedProjection(kind);
    m_zoom = s * fitZoom();
    setCentre(c.x(), c.y());
}

void MapViewport::setSize(QSize size)
{
    const double s = scale();
    m_size = size.expandedTo(QSize(1, 1));
    m_zoom = s * fitZoom();
    clampCentre();
}

void MapViewport::setZoom(double pixelsPerWorldUnit)
{
    const double fit = fitZoom();
    m_zoom = std::clamp(pixelsPerWorldUnit, fit * MinScale, fit * MaxScale);
    clampCentre();
}

double MapViewport::fitZoom() const
{
    if (m_fitZoomOverride > 0)
        return m_fitZoomOverride;
    const QRectF w = m_projection->worldBounds();
    return kFitFill * std::min(m_size.width() / w.width(), m_size.height() / w.height());
}

void MapViewport::setCentreWorld(const QPointF &world)
{
    m_centre = world;
    clampCentre();
}

QPointF MapViewport::centreLonLat() const
{
    if (const auto ll = m_projection->unproject(m_centre))
        return *ll;
    // Outside a non-rectangular world (Equal Earth's corners): walk towards the central meridian.
    for (double f = 0.95; f > 0; f -= 0.05) {
        if (const auto ll = m_projection->unproject(QPointF(m_centre.x() * f, m_centre.y())))
            return *ll;
    }
    return QPointF(0, 0);
}

void MapViewport::setCentre(double lon, double lat)
{
    setCentreWorld(m_projection->project(lon, lat));
}

QTransform MapViewport::worldToScreen() const
{
    return QTransform(m_zoom, 0, 0, -m_zoom, m_size.width() / 2.0 - m_centre.x() * m_zoom,
                      m_size.height() / 2.0 + m_centre.y() * m_zoom);
}

QTransform MapViewport::screenToWorld() const
{
    return worldToScreen().inverted();
}

QPointF MapViewport::worldToScreen(const QPointF &w) const
{
    return {(w.x() - m_centre.x()) * m_zoom + m_size.width() / 2.0,
            (m_centre.y() - w.y()) * m_zoom + m_size.height() / 2.0};
}

QPointF MapViewport::screenToWorld(const QPointF &s) const
{
    return {(s.x() - m_size.width() / 2.0) / m_zoom + m_centre.x(),
            m_centre.y() - (s.y() - m_size.height() / 2.0) / m_zoom};
}

QPointF MapViewport::lonLatToScreen(double lon, double lat) const
{
    return worldToScreen(m_projection->project(lon, lat));
}

std::optional<QPointF> MapViewport::screenToLonLat(const QPointF &screen) const
{
    return m_projection->unproject(screenToWorld(screen));
}

QRectF MapViewport::visibleWorld() const
{
    const QPointF tl = screenToWorld(QPointF(0, 0));
    const QPointF br = screenToWorld(QPointF(m_size.width(), m_size.height()));
    return QRectF(QPointF(tl.x(), br.y()), QPointF(br.x(), tl.y()));
}

QRectF MapViewport::visibleLonLat() const
{
    const QRectF world = visibleWorld().intersected(m_projection->worldBounds());
    if (world.isEmpty())
        return {};
    // Sample a grid: exact for the cylindrical projections, and for Equal Earth (lat depends on y only,
    // |lon| grows with |x| at fixed y) the extremes lie on the sampled edges.
    constexpr int n = 16;
    double lonMin = 180, lonMax = -180, latMin = 90, latMax = -90;
    bool any = false;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= n; ++j) {
            const QPointF w(world.left() + world.width() * i / n, world.top() + world.height() * j / n);
            auto ll = m_projection->unproject(w);
            if (!ll) { // outside Equal Earth's curved edge: the meridian ±180 is in view at that latitude
                ll = m_projection->unproject(QPointF(0, w.y()));
                if (ll)
                    ll->setX(w.x() < 0 ? -180.0 : 180.0);
            }
            if (!ll)
                continue;
            any = true;
            lonMin = std::min(lonMin, ll->x());
            lonMax = std::max(lonMax, ll->x());
            latMin = std::min(latMin, ll->y());
            latMax = std::max(latMax, ll->y());
        }
    }
    if (!any)
        return {};
    return QRectF(QPointF(lonMin, latMin), QPointF(lonMax, latMax));
}

double MapViewport::metresPerPixel() const
{
    const QPointF c(m_size.width() / 2.0, m_size.height() / 2.0);
    constexpr double dx = 50;
    const auto a = screenToLonLat(c - QPointF(dx / 2, 0));
    const auto b = screenToLonLat(c + QPointF(dx / 2, 0));
    if (!a || !b)
        return 0;
    return geo::greatCircleKm(a->x(), a->y(), b->x(), b->y()) * 1000.0 / dx;
}

geo::BasemapDetail MapViewport::basemapDetail() const
{
    return scale() > MediumDetailScale ? geo::BasemapDetail::Medium50m : geo::BasemapDetail::Coarse110m;
}

void MapViewport::zoomAbout(const QPointF &screen, double factor)
{
    const QPointF anchor = screenToWorld(screen);
    setZoom(m_zoom * factor);
    const QPointF offset = screen - QPointF(m_size.width() / 2.0, m_size.height() / 2.0);
    m_centre = QPointF(anchor.x() - offset.x() / m_zoom, anchor.y() + offset.y() / m_zoom);
    clampCentre();
}

void MapViewport::panBy(const QPointF &d)
{
    m_centre += QPointF(-d.x() / m_zoom, d.y() / m_zoom);
    clampCentre();
}

void MapViewport::fitWorld()
{
    m_zoom = fitZoom();
    m_centre = m_projection->worldBounds().center();
}

void MapViewport::fitWorldRect(const QRectF &world, double marginPx)
{
    const double w = std::max(m_size.width() - 2 * marginPx, 1.0);
    const double h = std::max(m_size.height() - 2 * marginPx, 1.0);
    const double zx = world.width() > 0 ? w / world.width() : fitZoom() * MaxScale;
    const double zy = world.height() > 0 ? h / world.height() : fitZoom() * MaxScale;
    setZoom(std::min(zx, zy));
    setCentreWorld(world.center());
}

void MapViewport::fitLonLat(const QList<QPointF> &lonLat, double marginPx)
{
    if (lonLat.isEmpty())
        return;
    QPointF lo(qInf(), qInf()), hi(-qInf(), -qInf());
    for (const QPointF &ll : lonLat) {
        const QPointF w = m_projection->project(ll.x(), ll.y());
        lo = QPointF(std::min(lo.x(), w.x()), std::min(lo.y(), w.y()));
        hi = QPointF(std::max(hi.x(), w.x()), std::max(hi.y(), w.y()));
    }
    if (lo == hi) {
        setScale(PointScale);
        setCentreWorld(lo);
    } else {
        fitWorldRect(QRectF(lo, hi), marginPx);
    }
}

MapViewport MapViewport::expanded(double marginPx) const
{
    MapViewport v = *this;
    v.m_fitZoomOverride = fitZoom();
    const int m = int(std::ceil(std::max(marginPx, 0.0)));
    v.m_size = m_size + QSize(2 * m, 2 * m);
    return v;
}

bool MapViewport::operator==(const MapViewport &o) const
{
    return m_projection == o.m_projection && m_size == o.m_size && m_dpr == o.m_dpr && m_zoom == o.m_zoom &&
           m_centre == o.m_centre && m_fitZoomOverride == o.m_fitZoomOverride;
}

void MapViewport::clampCentre()
{
    // Along an axis where the world is smaller than the output it stays centred; where it is larger,
    // its edges do not come inside the output, so a pan never drags the world away.
    const QRectF b = m_projection->worldBounds();
    const auto clampAxis = [](double c, double lo, double hi, double half) {
        return hi - lo <= 2 * half ? (lo + hi) / 2 : std::clamp(c, lo + half, hi - half);
    };
    m_centre.setX(clampAxis(m_centre.x(), b.left(), b.right(), m_size.width() / 2.0 / m_zoom));
    m_centre.setY(clampAxis(m_centre.y(), b.top(), b.bottom(), m_size.height() / 2.0 / m_zoom));
}

} // namespace ea
