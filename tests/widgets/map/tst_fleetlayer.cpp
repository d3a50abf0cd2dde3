// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet layer's routes where they are drawn: thousands of routes (the batched, aliased path) and a few
// (antialiased polylines), each in its latency's colour, a picked route over the others, nothing elsewhere.
#include "engine/monitor/fleetsnapshot.h"
#include "widgets/map/fleetlayer.h"
#include "widgets/map/maprenderer.h"

#include <QPainter>
#include <QTest>

using namespace ea;

namespace {

/**
 * routes routes, each from its own vantage to one node at (0°, 40°E); the first from (0°, 40°W), along the
 * equator, measured at measuredMs (< 0: not measured); the others from far north, out of the strip checked.
 */
FleetSnapshotPtr fleet(int routes, double measuredMs)
{
    auto f = std::make_shared<FleetSnapshot>();
    f->reading.status = FleetReading::Status::Ok;
    FleetNode node;
    node.node = 0;
    node.id = QStringLiteral("east");
    node.lat = 0;
    node.lon = 40;
    f->nodes.push_back(node);
    for (int i = 0; i < routes; ++i) {
        FleetRoute r;
        r.vantage = QStringLiteral("v%1").arg(i);
        r.placed = true;
        r.vantageLat = i == 0 ? 0.0 : 60.0 + 10.0 * (i % 2);
        r.vantageLon = i == 0 ? -40.0 : -170.0 + 340.0 * i / routes;
        r.nodeId = node.id;
        r.upperMs = i == 0 ? measuredMs : 30.0;
        r.p50Ms = r.upperMs;
        f->reading.routes.push_back(r);
        FleetVantage v;
        v.name = r.vantage;
        v.lat = r.vantageLat;
        v.lon = r.vantageLon;
        v.placed = true;
        f->vantages.push_back(v);
        f->routeVantage.push_back(i);
        f->routeNode.push_back(0);
    }
    return f;
}

QImage render(const MapViewport &vp, const MapContext &ctx)
{
    MapRenderer renderer;
    for (const MapLayer *l : renderer.layers())
        renderer.setLayerVisible(l->id(), l->id() == QLatin1String(FleetLayer::Id));
    QImage image(vp.size(), QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    renderer.paint(painter, vp, ctx, MapRenderer::Caching::None);
    return image;
}

int distance(QRgb a, QRgb b)
{
    return std::max(
        {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

} // namespace

class tst_FleetLayer : public QObject
{
    Q_OBJECT

private slots:
    void routesInTheirColourWhereTheyRun_data();
    void routesInTheirColourWhereTheyRun();
};

void tst_FleetLayer::routesInTheirColourWhereTheyRun_data()
{
    QTest::addColumn<int>("routes");
    QTest::newRow("a few: antialiased polylines") << 40;
    QTest::newRow("thousands: batched aliased lines") << 4000;
}

void tst_FleetLayer::routesInTheirColourWhereTheyRun()
{
    QFETCH(int, routes);
    MapViewport vp(geo::ProjectionKind::EqualEarth, QSize(800, 400));
    vp.fitWorld();
    const QPointF mid = vp.worldToScreen().map(vp.projection().project(0, 0));
    const QPointF off = vp.worldToScreen().map(vp.projection().project(0, -20)); // 20° south of the route
    MapContext ctx;
    const MapPalette pal = MapPalette::light();
    ctx.palette = pal;

    // The equatorial route, slow (the palette's far end), against the same fleet with it unmeasured.
    ctx.fleet = fleet(routes, 400);
    const QImage slow = render(vp, ctx);
    ctx.fleet = fleet(routes, -1);
    const QImage unmeasured = render(vp, ctx);
    // Its middle pixel differs, and leans to the slow colour; 20° south nothing is drawn in either.
    const auto at = [](const QImage &img, QPointF p) { return img.pixel(p.toPoint()); };
    QVERIFY2(distance(at(slow, mid), at(unmeasured, mid)) > 8,
             "the measured route is not drawn in its colour");
    const QColor want = FleetLayer::latencyColour(400, pal);
    QVERIFY(distance(at(slow, mid), want.rgb()) < distance(at(unmeasured, mid), want.rgb()));
    QCOMPARE(at(slow, off), at(unmeasured, off));

    // Picked (its vantage), the route is drawn near opaque over the faded others.
    ctx.fleet = fleet(routes, 400);
    ctx.fleetVantage = QStringLiteral("v0");
    const QImage picked = render(vp, ctx);
    int best = 255;
    for (int dy = -1; dy <= 1; ++dy)
        best = std::min(best, distance(picked.pixel(mid.toPoint() + QPoint(0, dy)), want.rgb()));
    QVERIFY2(best < 60, qPrintable(QStringLiteral("picked route colour off by %1").arg(best)));
}

QTEST_MAIN(tst_FleetLayer)
#include "tst_fleetlayer.moc"
