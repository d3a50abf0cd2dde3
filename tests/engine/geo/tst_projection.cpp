// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"
#include "engine/geo/projection.h"

#include <QTest>

#include <cmath>

using namespace ea::geo;

Q_DECLARE_METATYPE(ea::geo::ProjectionKind)

namespace {
constexpr ProjectionKind kAll[] = {ProjectionKind::Equirectangular, ProjectionKind::WebMercator,
                                   ProjectionKind::EqualEarth};

// A grid over the whole world (and within Mercator's latitude range for Mercator), edges included.
std::vector<QPointF> grid(const Projection &p)
{
    std::vector<QPointF> points;
    for (double lat = -90.0; lat <= 90.0; lat += 7.5) {
        const double l = std::clamp(lat, -p.maxLat(), p.maxLat());
        for (double lon = -180.0; lon <= 180.0; lon += 11.25)
            points.emplace_back(lon, l);
    }
    for (const QPointF q : {QPointF(0, 0), QPointF(-0.1278, 51.5074), QPointF(139.6917, 35.6895),
                            QPointF(179.999, -16.5), QPointF(-179.999, 65.0), QPointF(0.0001, -0.0001)})
        points.push_back(q);
    return points;
}
} // namespace

class tst_Projection : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void knownValues();
    void boundsContainTheWorld_data();
    void boundsContainTheWorld();
    void outsideIsNullopt_data();
    void outsideIsNullopt();
    void longitudeIsWrapped();
    void latitudeIsClamped();
    void ids();
};

void tst_Projection::roundTrip_data()
{
    QTest::addColumn<ProjectionKind>("kind");
    for (const ProjectionKind k : kAll)
        QTest::newRow(qPrintable(projectionId(k))) << k;
}

void tst_Projection::roundTrip()
{
    QFETCH(ProjectionKind, kind);
    const auto p = Projection::create(kind);
    QCOMPARE(p->kind(), kind);
    for (const QPointF &ll : grid(*p)) {
        const QPointF w = p->project(ll.x(), ll.y());
        const std::optional<QPointF> back = p->unproject(w);
        QVERIFY2(back, qPrintable(QStringLiteral("(%1, %2) did not come back").arg(ll.x()).arg(ll.y())));
        // On Equal Earth's pole line dy/dlat is 0, so latitude there is a square root of the rounding of
        // y: ~1e-7° is the best a double can do at exactly ±90°.
        const double latTolerance =
            kind == ProjectionKind::EqualEarth && std::abs(ll.y()) == 90.0 ? 1e-6 : 1e-9;
        QVERIFY2(std::abs(back->x() - ll.x()) < 1e-9 && std::abs(back->y() - ll.y()) < latTolerance,
                 qPrintable(QStringLiteral("(%1, %2) came back as (%3, %4)")
                                .arg(ll.x(), 0, 'g', 17)
                                .arg(ll.y(), 0, 'g', 17)
                                .arg(back->x(), 0, 'g', 17)
                                .arg(back->y(), 0, 'g', 17)));
    }
}

void tst_Projection::knownValues()
{
    const auto eq = Projection::create(ProjectionKind::Equirectangular);
    QCOMPARE(eq->project(0, 0), QPointF(0, 0));
    QCOMPARE(eq->project(180, 90), QPointF(kPi, kPi / 2));
    QCOMPARE(eq->project(-90, -45), QPointF(-kPi / 2, -kPi / 4));
    QCOMPARE(eq->worldBounds(), QRectF(-kPi, -kPi / 2, 2 * kPi, kPi));

    const auto merc = Projection::create(ProjectionKind::WebMercator);
    QCOMPARE(merc->maxLat(), 85.0511287798);
    QVERIFY(std::abs(merc->project(0, 85.0511287798).y() - kPi) < 1e-9);
    QVERIFY(std::abs(merc->project(0, -85.0511).y() + kPi) < 1e-5);
    QVERIFY(std::abs(merc->project(180, 0).x() - kPi) < 1e-15);
    // y = ln tan(π/4 + φ/2): at 45° that is ln(1 + √2).
    QVERIFY(std::abs(merc->project(0, 45).y() - std::log(1 + std::sqrt(2.0))) < 1e-12);

    // Equal Earth (Šavrič et al. 2018), unit sphere: the origin stays, the equator's half-width is
    // π / (M·A1) with M = √3/2 and A1 = 1.340264, the pole's height is y(θ = π/3).
    const auto ee = Projection::create(ProjectionKind::EqualEarth);
    QCOMPARE(ee->project(0, 0), QPointF(0, 0));
    const double halfWidth = kPi / (std::sqrt(3.0) / 2 * 1.340264);
    QVERIFY(std::abs(ee->project(180, 0).x() - halfWidth) < 1e-12);
    const double t = kPi / 3;
    const double poleY =
        1.340264 * t - 0.081106 * std::pow(t, 3) + 0.000893 * std::pow(t, 7) + 0.003796 * std::pow(t, 9);
    QVERIFY(std::abs(ee->project(0, 90).y() - poleY) < 1e-12);
    // Equal area: the area between two parallels is proportional to the difference of sin(lat).
    const auto band = [&](double lat1, double lat2) {
        // The projected band between the parallels is a trapezoid-like area; integrate its width.
        double area = 0;
        const int n = 2000;
        for (int i = 0; i < n; ++i) {
            const double a = lat1 + (lat2 - lat1) * i / n, b = lat1 + (lat2 - lat1) * (i + 1) / n;
            const double ya = ee->project(0, a).y(), yb = ee->project(0, b).y();
            const double wa = 2 * ee->project(180, a).x(), wb = 2 * ee->project(180, b).x();
            area += 0.5 * (wa + wb) * (yb - ya);
        }
        return area;
    };
    const double ratio = band(0, 30) / band(30, 90);
    QVERIFY2(std::abs(ratio - (0.5 / 0.5)) < 1e-4, qPrintable(QString::number(ratio))); // sin 30° = ½
    QVERIFY(!ee->name().isEmpty() && !merc->name().isEmpty() && !eq->name().isEmpty());
}

void tst_Projection::boundsContainTheWorld_data()
{
    roundTrip_data();
}

void tst_Projection::boundsContainTheWorld()
{
    QFETCH(ProjectionKind, kind);
    const auto p = Projection::create(kind);
    const QRectF b = p->worldBounds();
    const QRectF slack = b.adjusted(-1e-12, -1e-12, 1e-12, 1e-12);
    for (const QPointF &ll : grid(*p)) {
        const QPointF w = p->project(ll.x(), ll.y());
        QVERIFY2(slack.contains(w), qPrintable(QStringLiteral("(%1, %2)").arg(ll.x()).arg(ll.y())));
    }
    // The bounds are tight: the extreme points touch them.
    QVERIFY(std::abs(p->project(180, 0).x() - b.right()) < 1e-12);
    QVERIFY(std::abs(p->project(-180, 0).x() - b.left()) < 1e-12);
    QVERIFY(std::abs(p->project(0, p->maxLat()).y() - b.bottom()) < 1e-9); // QRectF: bottom = max y
    QVERIFY(std::abs(p->project(0, -p->maxLat()).y() - b.top()) < 1e-9);
}

void tst_Projection::outsideIsNullopt_data()
{
    QTest::addColumn<ProjectionKind>("kind");
    QTest::addColumn<QPointF>("world");
    for (const ProjectionKind k : kAll) {
        const QRectF b = Projection::create(k)->worldBounds();
        const QString id = projectionId(k);
        QTest::addRow("%s east", qPrintable(id)) << k << QPointF(b.right() + 0.01, 0);
        QTest::addRow("%s north", qPrintable(id)) << k << QPointF(0, b.bottom() + 0.01);
        QTest::addRow("%s far", qPrintable(id)) << k << QPointF(-100, 100);
        QTest::addRow("%s nan", qPrintable(id)) << k << QPointF(qQNaN(), 0);
    }
    // Inside the bounding box but outside Equal Earth's rounded outline: near the corners.
    const QRectF b = Projection::create(ProjectionKind::EqualEarth)->worldBounds();
    QTest::newRow("equalearth corner")
        << ProjectionKind::EqualEarth << QPointF(b.right() - 0.05, b.bottom() - 0.05);
    QTest::newRow("equalearth pole line end")
        << ProjectionKind::EqualEarth << QPointF(0.75 * b.left(), b.top() + 1e-6);
}

void tst_Projection::outsideIsNullopt()
{
    QFETCH(ProjectionKind, kind);
    QFETCH(QPointF, world);
    QVERIFY(!Projection::create(kind)->unproject(world));
}

void tst_Projection::longitudeIsWrapped()
{
    for (const ProjectionKind k : kAll) {
        const auto p = Projection::create(k);
        const QPointF a = p->project(190, 10), b = p->project(-170, 10);
        QVERIFY(std::abs(a.x() - b.x()) < 1e-12 && a.y() == b.y());
        // ±180 stay on their own edge: split rings rely on both.
        QVERIFY(p->project(180, 10).x() > 0);
        QVERIFY(p->project(-180, 10).x() < 0);
    }
}

void tst_Projection::latitudeIsClamped()
{
    const auto merc = Projection::create(ProjectionKind::WebMercator);
    QCOMPARE(merc->project(0, 90), merc->project(0, merc->maxLat()));
    QVERIFY(std::isfinite(merc->project(0, -90).y()));
    const auto eq = Projection::create(ProjectionKind::Equirectangular);
    QCOMPARE(eq->project(0, 100).y(), kPi / 2);
}

void tst_Projection::ids()
{
    for (const ProjectionKind k : kAll)
        QCOMPARE(projectionFromId(projectionId(k)), std::optional<ProjectionKind>(k));
    QCOMPARE(projectionId(ProjectionKind::EqualEarth), QStringLiteral("equalearth"));
    QVERIFY(!projectionFromId(QStringLiteral("robinson")));
}

QTEST_GUILESS_MAIN(tst_Projection)
#include "tst_projection.moc"
