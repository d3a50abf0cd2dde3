// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"
#include "engine/geo/zones.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ea::geo;

class tst_Geodesy : public QObject
{
    Q_OBJECT

private slots:
    void greatCircle_data();
    void greatCircle();
    void greatCircleAgreesWithUnitVectors();
    void intermediatePoint_data();
    void intermediatePoint();
    void intermediatePointLiesOnTheArc();
    void bearing_data();
    void bearing();
    void unitVectorRoundTrip();
    void zones_data();
    void zones();
    void zoneCodes();
    void oceanSeparation();
    void nearestHub();
};

void tst_Geodesy::greatCircle_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("km");
    QTest::addColumn<double>("toleranceKm");
    // Expected values: published city distances, and for the synthetic rows πR fractions.
    QTest::newRow("London-New York") << -0.1278 << 51.5074 << -74.0060 << 40.7128 << 5570.0 << 5.0;
    QTest::newRow("Sydney-Santiago") << 151.2093 << -33.8688 << -70.6693 << -33.4489 << 11347.0 << 10.0;
    QTest::newRow("London-Tokyo") << -0.1278 << 51.5074 << 139.6917 << 35.6895 << 9559.0 << 5.0;
    QTest::newRow("antipodes") << 10.0 << 20.0 << -170.0 << -20.0 << 20015.1144 << 0.01;
    QTest::newRow("pole to pole") << 0.0 << 90.0 << 123.0 << -90.0 << 20015.1144 << 0.01;
    QTest::newRow("quarter equator") << 0.0 << 0.0 << 90.0 << 0.0 << 10007.5572 << 0.01;
    QTest::newRow("across the date line") << 179.5 << 0.0 << -179.5 << 0.0 << 111.1951 << 0.01;
    QTest::newRow("same point") << 13.4 << 52.5 << 13.4 << 52.5 << 0.0 << 1e-9;
}

void tst_Geodesy::greatCircle()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, km);
    QFETCH(double, toleranceKm);
    const double d = greatCircleKm(lon1, lat1, lon2, lat2);
    QVERIFY2(std::abs(d - km) <= toleranceKm, qPrintable(QStringLiteral("got %1 km").arg(d, 0, 'f', 4)));
    QCOMPARE(greatCircleKm(lon2, lat2, lon1, lat1), d);
}

void tst_Geodesy::greatCircleAgreesWithUnitVectors()
{
    QRandomGenerator rng(7);
    for (int i = 0; i < 1000; ++i) {
        const double lon1 = rng.bounded(360.0) - 180.0, lat1 = rng.bounded(180.0) - 90.0;
        const double lon2 = rng.bounded(360.0) - 180.0, lat2 = rng.bounded(180.0) - 90.0;
        const double h = greatCircleKm(lon1, lat1, lon2, lat2);
        const double v = greatCircleKm(toUnitVector(lon1, lat1), toUnitVector(lon2, lat2));
        QVERIFY2(std::abs(h - v) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(h).arg(v)));
    }
}

void tst_Geodesy::intermediatePoint_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("fraction");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("start") << -0.1278 << 51.5074 << -74.0060 << 40.7128 << 0.0 << -0.1278 << 51.5074;
    QTest::newRow("end") << -0.1278 << 51.5074 << -74.0060 << 40.7128 << 1.0 << -74.0060 << 40.7128;
    // The midpoint of London-New York lies far north of both ends (great circle over the Atlantic).
    QTest::newRow("London-New York midpoint")
        << -0.1278 << 51.5074 << -74.0060 << 40.7128 << 0.5 << -41.2903 << 52.3684;
    QTest::newRow("Sydney-Santiago midpoint")
        << 151.2093 << -33.8688 << -70.6693 << -33.4489 << 0.5 << -139.3647 << -61.7770;
    QTest::newRow("equator quarter") << 0.0 << 0.0 << 90.0 << 0.0 << 0.5 << 45.0 << 0.0;
    QTest::newRow("meridian") << 10.0 << 0.0 << 10.0 << 60.0 << 0.25 << 10.0 << 15.0;
    QTest::newRow("over the pole") << 0.0 << 80.0 << 180.0 << 80.0 << 0.5 << 0.0 << 90.0;
    QTest::newRow("antipodes via own meridian") << 20.0 << 30.0 << -160.0 << -30.0 << 0.5 << -160.0 << 60.0;
}

void tst_Geodesy::intermediatePoint()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, fraction);
    QFETCH(double, lon);
    QFETCH(double, lat);
    double gotLon = 0, gotLat = 0;
    ea::geo::intermediatePoint(lon1, lat1, lon2, lat2, fraction, gotLon, gotLat);
    QVERIFY2(std::abs(gotLat - lat) < 1e-3, qPrintable(QStringLiteral("lat %1").arg(gotLat)));
    if (std::abs(lat) < 89.9) // longitude is arbitrary at a pole
        QVERIFY2(std::abs(std::remainder(gotLon - lon, 360.0)) < 1e-3,
                 qPrintable(QStringLiteral("lon %1").arg(gotLon)));
}

void tst_Geodesy::intermediatePointLiesOnTheArc()
{
    // d(a, p) + d(p, b) = d(a, b) and d(a, p) = f·d(a, b) for points along the arc.
    const double lon1 = -122.4, lat1 = 37.8, lon2 = 103.8, lat2 = 1.35;
    const double total = greatCircleKm(lon1, lat1, lon2, lat2);
    for (double f = 0.0; f <= 1.0; f += 0.125) {
        double lon = 0, lat = 0;
        ea::geo::intermediatePoint(lon1, lat1, lon2, lat2, f, lon, lat);
        QVERIFY(std::abs(greatCircleKm(lon1, lat1, lon, lat) - f * total) < 1e-6);
        QVERIFY(std::abs(greatCircleKm(lon, lat, lon2, lat2) - (1 - f) * total) < 1e-6);
    }
}

void tst_Geodesy::bearing_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("deg");
    QTest::newRow("east") << 0.0 << 0.0 << 90.0 << 0.0 << 90.0;
    QTest::newRow("north") << 0.0 << 0.0 << 0.0 << 10.0 << 0.0;
    QTest::newRow("south") << 5.0 << 10.0 << 5.0 << -10.0 << 180.0;
    QTest::newRow("west") << 0.0 << 0.0 << -30.0 << 0.0 << 270.0;
    QTest::newRow("London-New York") << -0.1278 << 51.5074 << -74.0060 << 40.7128 << 288.3297;
    QTest::newRow("Sydney-Santiago") << 151.2093 << -33.8688 << -70.6693 << -33.4489 << 145.2827;
}

void tst_Geodesy::bearing()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, deg);
    const double b = initialBearingDeg(lon1, lat1, lon2, lat2);
    QVERIFY(b >= 0.0 && b < 360.0);
    QVERIFY2(std::abs(b - deg) < 1e-3, qPrintable(QString::number(b, 'f', 4)));
}

void tst_Geodesy::unitVectorRoundTrip()
{
    QRandomGenerator rng(11);
    for (int i = 0; i < 1000; ++i) {
        const double lon = rng.bounded(359.99) - 179.99, lat = rng.bounded(179.0) - 89.5;
        const UnitVector v = toUnitVector(lon, lat);
        QVERIFY(std::abs(v.x * v.x + v.y * v.y + v.z * v.z - 1.0) < 1e-12);
        double lon2 = 0, lat2 = 0;
        fromUnitVector(v, lon2, lat2);
        QVERIFY(std::abs(lon2 - lon) < 1e-9 && std::abs(lat2 - lat) < 1e-9);
    }
}

void tst_Geodesy::zones_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("zone");
    // Real city coordinates, several of them not anchors, plus the documented boundary choices.
    QTest::newRow("Kansas City") << -94.58 << 39.10 << "NA";
    QTest::newRow("Guadalajara") << -103.35 << 20.66 << "NA";
    QTest::newRow("Honolulu") << -157.86 << 21.31 << "NA";
    QTest::newRow("Medellin") << -75.56 << 6.25 << "SA";
    QTest::newRow("Recife") << -34.90 << -8.05 << "SA";
    QTest::newRow("Krakow") << 19.94 << 50.06 << "EU";
    QTest::newRow("Porto") << -8.61 << 41.15 << "EU";
    QTest::newRow("Istanbul") << 28.98 << 41.01 << "EU";
    QTest::newRow("Almaty") << 76.89 << 43.24 << "EU";
    QTest::newRow("Casablanca") << -7.62 << 33.59 << "AF";
    QTest::newRow("Cairo") << 31.24 << 30.04 << "AF";
    QTest::newRow("Kampala") << 32.58 << 0.35 << "AF";
    QTest::newRow("Kuwait City") << 47.98 << 29.38 << "ME";
    QTest::newRow("Amman") << 35.93 << 31.95 << "ME";
    QTest::newRow("Hyderabad") << 78.47 << 17.39 << "SAS";
    QTest::newRow("Karachi") << 67.01 << 24.86 << "SAS";
    QTest::newRow("Nagoya") << 136.91 << 35.18 << "EAS";
    QTest::newRow("Vladivostok") << 131.89 << 43.12 << "EAS";
    QTest::newRow("Chiang Mai") << 98.98 << 18.79 << "SEA";
    QTest::newRow("Cebu") << 123.89 << 10.32 << "SEA";
    QTest::newRow("Darwin") << 130.84 << -12.46 << "OC";
    QTest::newRow("Christchurch") << 172.64 << -43.53 << "OC";
}

void tst_Geodesy::zones()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, zone);
    QCOMPARE(zoneCode(zoneOf(lon, lat)), zone);
}

void tst_Geodesy::zoneCodes()
{
    for (int i = 0; i < kZoneCount; ++i) {
        const auto z = static_cast<Zone>(i);
        Zone back = Zone::NorthAmerica;
        QVERIFY(zoneFromCode(zoneCode(z), back));
        QCOMPARE(back, z);
        QVERIFY(!zoneName(z).isEmpty());
    }
    Zone unused;
    QVERIFY(!zoneFromCode(QStringLiteral("XX"), unused));
    QVERIFY(!zoneFromCode(QStringLiteral("eu"), unused));
}

void tst_Geodesy::oceanSeparation()
{
    QVERIFY(zonesSeparatedByOcean(Zone::NorthAmerica, Zone::Europe));
    QVERIFY(zonesSeparatedByOcean(Zone::SouthAmerica, Zone::Africa));
    QVERIFY(zonesSeparatedByOcean(Zone::Oceania, Zone::SouthEastAsia));
    QVERIFY(!zonesSeparatedByOcean(Zone::NorthAmerica, Zone::SouthAmerica));
    QVERIFY(!zonesSeparatedByOcean(Zone::Europe, Zone::Africa));
    QVERIFY(!zonesSeparatedByOcean(Zone::Oceania, Zone::Oceania));
    for (int a = 0; a < kZoneCount; ++a) {
        for (int b = 0; b < kZoneCount; ++b)
            QCOMPARE(zonesSeparatedByOcean(Zone(a), Zone(b)), zonesSeparatedByOcean(Zone(b), Zone(a)));
    }
}

void tst_Geodesy::nearestHub()
{
    QVERIFY(hubCount() > 20);
    double km = -1;
    const int hub = ea::geo::nearestHub(8.5, 50.0, &km); // near Frankfurt
    QCOMPARE(hubName(hub), QStringLiteral("Frankfurt"));
    QVERIFY(km > 0 && km < 30);
    QCOMPARE(hubName(ea::geo::nearestHub(-97.14, 49.90)), QStringLiteral("Chicago")); // Winnipeg
    for (int a = 0; a < hubCount(); ++a) {
        QCOMPARE(interHubKm(a, a), 0.0);
        double lon = 0, lat = 0;
        hubLonLat(a, lon, lat);
        QCOMPARE(ea::geo::nearestHub(lon, lat), a);
        for (int b = 0; b < hubCount(); ++b)
            QCOMPARE(interHubKm(a, b), interHubKm(b, a));
    }
}

QTEST_APPLESS_MAIN(tst_Geodesy)
#include "tst_geodesy.moc"
