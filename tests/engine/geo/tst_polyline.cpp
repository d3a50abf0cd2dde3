// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"
#include "engine/geo/polyline.h"

#include <QTest>

#include <cmath>

using namespace ea::geo;

namespace {
// Shortest distance (km) from a point to a sampled line, through its vertices and the great circles between.
double distanceToLineKm(const std::vector<LonLatLine> &parts, double lon, double lat)
{
    double best = std::numeric_limits<double>::infinity();
    for (const LonLatLine &part : parts) {
        for (size_t i = 0; i + 1 < part.size(); ++i) {
            for (int k = 0; k <= 20; ++k) {
                double x, y;
                intermediatePoint(part[i].x(), part[i].y(), part[i + 1].x(), part[i + 1].y(), k / 20.0, x, y);
                best = std::min(best, greatCircleKm(x, y, lon, lat));
            }
        }
    }
    return best;
}

bool noJumps(const std::vector<LonLatLine> &parts)
{
    for (const LonLatLine &part : parts) {
        for (size_t i = 1; i < part.size(); ++i) {
            if (std::abs(part[i].x() - part[i - 1].x()) > 180.0)
                return false;
        }
        for (const QPointF &p : part) {
            if (p.x() < -180.0 || p.x() > 180.0 || p.y() < -90.0 || p.y() > 90.0)
                return false;
        }
    }
    return true;
}

bool sameLon(double a, double b)
{
    const double d = std::abs(std::remainder(a - b, 360.0));
    return d < 1e-12;
}
} // namespace

class tst_Polyline : public QObject
{
    Q_OBJECT

private slots:
    void pacificLineSplits();
    void westwardLineSplits();
    void ordinaryLineIsKept();
    void lineTouchingTheAntimeridian();
    void degenerateLines();
    void arcMidpoint_data();
    void arcMidpoint();
    void arcEndpointsAndSegments();
    void londonTokyoGoesNorth();
    void anchorageTokyoSplits();
    void arcCrossingIsOnTheGreatCircle();
};

void tst_Polyline::pacificLineSplits()
{
    const LonLatLine line{{170, 10}, {-170, 20}};
    const auto parts = splitAtAntimeridian(line);
    QCOMPARE(parts.size(), size_t(2));
    QCOMPARE(parts[0].front(), QPointF(170, 10));
    QCOMPARE(parts[0].back().x(), 180.0);
    QCOMPARE(parts[1].front().x(), -180.0);
    QCOMPARE(parts[1].back(), QPointF(-170, 20));
    QCOMPARE(parts[0].back().y(), parts[1].front().y());
    QCOMPARE(parts[0].back().y(), 15.0); // halfway in longitude, straight in (lon, lat)
    QVERIFY(noJumps(parts));
}

void tst_Polyline::westwardLineSplits()
{
    const LonLatLine line{{-175, 0}, {175, 10}, {170, 10}, {-170, 0}};
    const auto parts = splitAtAntimeridian(line);
    QCOMPARE(parts.size(), size_t(3));
    QCOMPARE(parts[0].back().x(), -180.0);
    QCOMPARE(parts[1].front().x(), 180.0);
    QCOMPARE(parts[1].back().x(), 180.0);
    QCOMPARE(parts[2].front().x(), -180.0);
    QCOMPARE(parts[0].back().y(), 5.0);
    QCOMPARE(parts[2].front().y(), 5.0);
    QVERIFY(noJumps(parts));
}

void tst_Polyline::ordinaryLineIsKept()
{
    const LonLatLine line{{-10, 50}, {0, 51}, {10, 52}, {179, 60}};
    const auto parts = splitAtAntimeridian(line);
    QCOMPARE(parts.size(), size_t(1));
    QCOMPARE(parts[0], line);
}

void tst_Polyline::lineTouchingTheAntimeridian()
{
    // A point exactly on ±180 stays where it is; the line only splits when it goes on across.
    const auto touch = splitAtAntimeridian({{170, 0}, {180, 5}, {170, 10}});
    QCOMPARE(touch.size(), size_t(1));
    const auto across = splitAtAntimeridian({{170, 0}, {180, 5}, {-170, 10}});
    QCOMPARE(across.size(), size_t(2));
    QCOMPARE(across[0].back(), QPointF(180, 5));
    QCOMPARE(across[1].front(), QPointF(-180, 5));
    QCOMPARE(across[1].size(), size_t(2));
    QVERIFY(noJumps(across));
}

void tst_Polyline::degenerateLines()
{
    QVERIFY(splitAtAntimeridian({}).empty());
    QCOMPARE(splitAtAntimeridian({{1, 2}}).size(), size_t(1));
    const auto same = greatCircleArc(5, 5, 5, 5);
    QCOMPARE(same.size(), size_t(1));
    QCOMPARE(same[0].size(), size_t(2));
}

void tst_Polyline::arcMidpoint_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::newRow("London-New York") << -0.1278 << 51.5074 << -74.0060 << 40.7128;
    QTest::newRow("Sydney-Santiago") << 151.2093 << -33.8688 << -70.6693 << -33.4489;
    QTest::newRow("Frankfurt-Singapore") << 8.68 << 50.11 << 103.82 << 1.35;
    QTest::newRow("Auckland-Los Angeles") << 174.76 << -36.85 << -118.24 << 34.05;
    QTest::newRow("short hop") << 2.35 << 48.86 << 2.40 << 48.90;
}

void tst_Polyline::arcMidpoint()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    const auto parts = greatCircleArc(lon1, lat1, lon2, lat2);
    double lon, lat;
    intermediatePoint(lon1, lat1, lon2, lat2, 0.5, lon, lat);
    const double km = distanceToLineKm(parts, lon, lat);
    QVERIFY2(km < 1.0, qPrintable(QStringLiteral("%1 km from the midpoint").arg(km)));
    QVERIFY(noJumps(parts));
}

void tst_Polyline::arcEndpointsAndSegments()
{
    const auto parts = greatCircleArc(-0.1278, 51.5074, -74.0060, 40.7128, 100.0);
    QCOMPARE(parts.size(), size_t(1));
    const LonLatLine &a = parts[0];
    QCOMPARE(a.front(), QPointF(-0.1278, 51.5074));
    QCOMPARE(a.back(), QPointF(-74.0060, 40.7128));
    // 5,570 km in segments of at most 100 km: 56 segments, 57 points.
    QCOMPARE(a.size(), size_t(57));
    for (size_t i = 1; i < a.size(); ++i)
        QVERIFY(greatCircleKm(a[i - 1].x(), a[i - 1].y(), a[i].x(), a[i].y()) <= 100.0 + 1e-9);
    // A nonsensical segment length falls back to the default instead of looping for ever.
    QVERIFY(!greatCircleArc(0, 0, 90, 0, 0.0).empty());
    QVERIFY(!greatCircleArc(0, 0, 90, 0, qQNaN()).empty());
}

void tst_Polyline::londonTokyoGoesNorth()
{
    const auto parts = greatCircleArc(-0.1278, 51.5074, 139.6917, 35.6895);
    QCOMPARE(parts.size(), size_t(1)); // over Scandinavia and Siberia: no antimeridian
    double maxLat = -90;
    for (const QPointF &p : parts[0])
        maxLat = std::max(maxLat, p.y());
    // The vertex of that great circle is near 67° N, well north of both ends.
    QVERIFY2(maxLat > 60.0 && maxLat < 75.0, qPrintable(QString::number(maxLat)));
    QVERIFY(noJumps(parts));
}

void tst_Polyline::anchorageTokyoSplits()
{
    const double lon1 = -149.90, lat1 = 61.22, lon2 = 139.69, lat2 = 35.68;
    const auto parts = greatCircleArc(lon1, lat1, lon2, lat2);
    QCOMPARE(parts.size(), size_t(2));
    QCOMPARE(parts[0].front(), QPointF(lon1, lat1));
    QCOMPARE(parts[1].back(), QPointF(lon2, lat2));
    QCOMPARE(parts[0].back().x(), -180.0);
    QCOMPARE(parts[1].front().x(), 180.0);
    QCOMPARE(parts[0].back().y(), parts[1].front().y());
    QVERIFY(noJumps(parts));
    // The whole arc, both parts, stays on the great circle.
    double lon, lat;
    intermediatePoint(lon1, lat1, lon2, lat2, 0.5, lon, lat);
    QVERIFY(distanceToLineKm(parts, lon, lat) < 1.0);
}

void tst_Polyline::arcCrossingIsOnTheGreatCircle()
{
    // The inserted crossing is the great circle's own point at 180°, not a straight-line guess.
    const double lon1 = 150.0, lat1 = 60.0, lon2 = -120.0, lat2 = 55.0;
    const auto parts = greatCircleArc(lon1, lat1, lon2, lat2, 2000.0); // coarse on purpose
    QCOMPARE(parts.size(), size_t(2));
    const double crossingLat = parts[0].back().y();
    QVERIFY(sameLon(parts[0].back().x(), 180.0));
    // Find the great circle's latitude at 180° by bisection on the exact arc.
    double lo = 0, hi = 1;
    for (int i = 0; i < 60; ++i) {
        const double mid = 0.5 * (lo + hi);
        double lon, lat;
        intermediatePoint(lon1, lat1, lon2, lat2, mid, lon, lat);
        (lon > 0 ? lo : hi) = mid;
    }
    double lon, lat;
    intermediatePoint(lon1, lat1, lon2, lat2, lo, lon, lat);
    QVERIFY2(std::abs(lat - crossingLat) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(crossingLat).arg(lat)));
    // A straight line in (lon, lat) between the coarse samples would be far off.
    QVERIFY(crossingLat > std::max(lat1, lat2));
}

QTEST_GUILESS_MAIN(tst_Polyline)
#include "tst_polyline.moc"
