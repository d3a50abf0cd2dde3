// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"
#include "widgets/map/mapviewport.h"

#include <QTest>

#include <cmath>

using namespace ea;
using geo::ProjectionKind;

Q_DECLARE_METATYPE(ea::geo::ProjectionKind)

class tst_MapViewport : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void zoomAboutKeepsPoint_data();
    void zoomAboutKeepsPoint();
    void fitWorldShowsEverything_data();
    void fitWorldShowsEverything();
    void transformMatchesPointMapping();
    void panNeverLosesTheWorld();
    void projectionSwitchKeepsCentre();
    void metresPerPixelHalvesWhenZoomingIn();
    void expandedKeepsZoomAndScale();
    void visibleLonLatOfEurope();
};

void tst_MapViewport::roundTrip_data()
{
    QTest::addColumn<ProjectionKind>("kind");
    QTest::addColumn<double>("scale");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    const struct
    {
        const char *name;
        ProjectionKind kind;
    } kinds[] = {{"equirectangular", ProjectionKind::Equirectangular},
                 {"webmercator", ProjectionKind::WebMercator},
                 {"equalearth", ProjectionKind::EqualEarth}};
    const QPointF points[] = {{0, 0},       {2.35, 48.86}, {-122.4, 37.8}, {151.2, -33.9},
                              {179.9, -17}, {-179.9, 65},  {0, 80},        {-70, -54}};
    for (const auto &k : kinds) {
        for (double scale : {1.0, 7.5}) {
            for (const QPointF &p : points) {
                QTest::addRow("%s x%.1f (%.1f, %.1f)", k.name, scale, p.x(), p.y())
                    << k.kind << scale << p.x() << p.y();
            }
        }
    }
}

void tst_MapViewport::roundTrip()
{
    QFETCH(ProjectionKind, kind);
    QFETCH(double, scale);
    QFETCH(double, lon);
    QFETCH(double, lat);
    MapViewport vp(kind, QSize(1000, 600));
    vp.setScale(scale);
    vp.setCentre(lon, lat); // may be clamped near the edges; the round trip must hold anyway
    const QPointF screen = vp.lonLatToScreen(lon, lat);
    const auto back = vp.screenToLonLat(screen);
    QVERIFY(back.has_value());
    QVERIFY2(std::abs(back->x() - lon) < 1e-6, qPrintable(QString::number(back->x())));
    QVERIFY2(std::abs(back->y() - lat) < 1e-6, qPrintable(QString::number(back->y())));
}

void tst_MapViewport::zoomAboutKeepsPoint_data()
{
    QTest::addColumn<ProjectionKind>("kind");
    QTest::addColumn<QPointF>("screen");
    QTest::addColumn<double>("factor");
    for (auto [name, kind] : {std::pair{"equirectangular", ProjectionKind::Equirectangular},
                              std::pair{"webmercator", ProjectionKind::WebMercator},
                              std::pair{"equalearth", ProjectionKind::EqualEarth}}) {
        QTest::addRow("%s in at a corner", name) << kind << QPointF(120, 90) << 2.0;
        QTest::addRow("%s out at a corner", name) << kind << QPointF(850, 500) << 0.7;
        QTest::addRow("%s in at the centre", name) << kind << QPointF(500, 300) << 1.25;
        QTest::addRow("%s small step", name) << kind << QPointF(333, 222) << 1.01;
    }
}

void tst_MapViewport::zoomAboutKeepsPoint()
{
    QFETCH(ProjectionKind, kind);
    QFETCH(QPointF, screen);
    QFETCH(double, factor);
    MapViewport vp(kind, QSize(1000, 600));
    vp.setScale(6);
    vp.setCentre(10, 20); // far enough from the poles that no zoom here pins the view at the world's edge
    const auto before = vp.screenToLonLat(screen);
    QVERIFY(before.has_value());
    vp.zoomAbout(screen, factor);
    QCOMPARE_GT(std::abs(vp.scale() - 6.0), 0.01);
    const auto after = vp.screenToLonLat(screen);
    QVERIFY(after.has_value());
    QVERIFY2(std::abs(after->x() - before->x()) < 1e-6 && std::abs(after->y() - before->y()) < 1e-6,
             qPrintable(QStringLiteral("(%1, %2) became (%3, %4)")
                            .arg(before->x())
                            .arg(before->y())
                            .arg(after->x())
                            .arg(after->y())));
}

void tst_MapViewport::fitWorldShowsEverything_data()
{
    QTest::addColumn<ProjectionKind>("kind");
    QTest::addColumn<QSize>("size");
    QTest::newRow("equal earth wide") << ProjectionKind::EqualEarth << QSize(1600, 600);
    QTest::newRow("equal earth tall") << ProjectionKind::EqualEarth << QSize(600, 900);
    QTest::newRow("mercator") << ProjectionKind::WebMercator << QSize(800, 600);
    QTest::newRow("equirectangular") << ProjectionKind::Equirectangular << QSize(1000, 400);
}

void tst_MapViewport::fitWorldShowsEverything()
{
    QFETCH(ProjectionKind, kind);
    QFETCH(QSize, size);
    MapViewport vp(kind, size);
    vp.setScale(9);
    vp.fitWorld();
    QCOMPARE(vp.scale(), 1.0);
    const QRectF screen = vp.rect();
    for (double lon : {-180.0, -90.0, 0.0, 90.0, 180.0}) {
        for (double lat : {-85.0, 0.0, 85.0}) {
            const QPointF p = vp.lonLatToScreen(lon, lat);
            QVERIFY2(screen.contains(p), qPrintable(QStringLiteral("(%1, %2) off screen").arg(lon).arg(lat)));
        }
    }
    // Zooming out further is refused: the world never shrinks below the output.
    vp.zoomAbout(QPointF(10, 10), 0.5);
    QCOMPARE(vp.scale(), 1.0);
}

void tst_MapViewport::transformMatchesPointMapping()
{
    MapViewport vp(ProjectionKind::EqualEarth, QSize(900, 700));
    vp.setScale(3.3);
    vp.setCentre(-40, 20);
    const QPointF world = vp.projection().project(-60, 35);
    const QPointF a = vp.worldToScreen().map(world);
    const QPointF b = vp.worldToScreen(world);
    QVERIFY(std::abs(a.x() - b.x()) < 1e-9 && std::abs(a.y() - b.y()) < 1e-9);
    const QPointF c = vp.screenToWorld().map(b);
    QVERIFY(std::abs(c.x() - world.x()) < 1e-12 && std::abs(c.y() - world.y()) < 1e-12);
    // North is up: a point further north is higher on the screen.
    QCOMPARE_LT(vp.lonLatToScreen(-60, 40).y(), vp.lonLatToScreen(-60, 30).y());
}

void tst_MapViewport::panNeverLosesTheWorld()
{
    MapViewport vp(ProjectionKind::WebMercator, QSize(800, 600));
    vp.setScale(4);
    vp.panBy(QPointF(1e7, -1e7));
    const QRectF world = vp.projection().worldBounds();
    QVERIFY(world.contains(vp.visibleWorld())); // pinned at the world's edge, not beyond
    vp.panBy(QPointF(-2e7, 2e7));
    QVERIFY(world.contains(vp.visibleWorld()));
}

void tst_MapViewport::projectionSwitchKeepsCentre()
{
    MapViewport vp(ProjectionKind::EqualEarth, QSize(1000, 600));
    vp.setScale(5);
    vp.setCentre(12.5, 41.9);
    vp.setProjection(ProjectionKind::WebMercator);
    QCOMPARE(vp.projectionKind(), ProjectionKind::WebMercator);
    QVERIFY(std::abs(vp.scale() - 5) < 1e-9);
    QVERIFY(std::abs(vp.centreLonLat().x() - 12.5) < 1e-6);
    QVERIFY(std::abs(vp.centreLonLat().y() - 41.9) < 1e-6);
}

void tst_MapViewport::metresPerPixelHalvesWhenZoomingIn()
{
    MapViewport vp(ProjectionKind::Equirectangular, QSize(1000, 500));
    vp.setScale(2);
    vp.setCentre(0, 0);
    const double before = vp.metresPerPixel();
    // At the equator of the plate carrée one pixel spans 360° / (world width in pixels).
    const double expected = 2 * geo::kPi * geo::kEarthRadiusKm * 1000 / (vp.zoom() * 2 * geo::kPi);
    QVERIFY2(std::abs(before - expected) / expected < 0.001, qPrintable(QString::number(before)));
    vp.zoomAbout(QPointF(500, 250), 2);
    QVERIFY(std::abs(vp.metresPerPixel() - before / 2) / before < 0.001);
}

void tst_MapViewport::expandedKeepsZoomAndScale()
{
    MapViewport vp(ProjectionKind::EqualEarth, QSize(800, 500));
    vp.setScale(2.5);
    vp.setCentre(20, 10);
    const MapViewport big = vp.expanded(100);
    QCOMPARE(big.size(), QSize(1000, 700));
    QCOMPARE(big.zoom(), vp.zoom());
    QCOMPARE(big.scale(), vp.scale());
    QCOMPARE(big.basemapDetail(), vp.basemapDetail());
    const QPointF p = vp.lonLatToScreen(25, 12);
    const QPointF q = big.lonLatToScreen(25, 12);
    QVERIFY(std::abs(q.x() - p.x() - 100) < 1e-9 && std::abs(q.y() - p.y() - 100) < 1e-9);
}

void tst_MapViewport::visibleLonLatOfEurope()
{
    MapViewport vp(ProjectionKind::EqualEarth, QSize(800, 500));
    vp.setScale(8);
    vp.setCentre(10, 50);
    const QRectF ll = vp.visibleLonLat();
    QVERIFY(ll.contains(QPointF(10, 50)));
    QVERIFY(!ll.contains(QPointF(-74, 40.7))); // New York is out of view
    QCOMPARE_LT(ll.width(), 90.0);
    MapViewport world(ProjectionKind::EqualEarth, QSize(800, 500));
    const QRectF all = world.visibleLonLat();
    QVERIFY(all.left() <= -179.9 && all.right() >= 179.9 && all.top() <= -89 && all.bottom() >= 89);
}

QTEST_GUILESS_MAIN(tst_MapViewport)
#include "tst_mapviewport.moc"
