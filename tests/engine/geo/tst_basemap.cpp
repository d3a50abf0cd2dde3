// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/basemap.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <thread>

using namespace ea::geo;

Q_DECLARE_METATYPE(ea::geo::BasemapDetail)

namespace {
QByteArray resource(BasemapDetail detail)
{
    QFile f(basemapResourcePath(detail));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Even-odd point-in-polygon over all land rings.
bool onLand(const Basemap &map, double lon, double lat)
{
    bool inside = false;
    for (const LonLatLine &ring : map.landRings) {
        for (size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF &a = ring[i], &b = ring[j];
            if ((a.y() > lat) != (b.y() > lat) &&
                lon < (b.x() - a.x()) * (lat - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}
} // namespace

class tst_Basemap : public QObject
{
    Q_OBJECT

private slots:
    void loads_data();
    void loads();
    void geometryIsSane_data();
    void geometryIsSane();
    void landAndSea_data();
    void landAndSea();
    void moreDetailAt50m();
    void cachedAndThreadSafe();
    void corruptBlobs_data();
    void corruptBlobs();
    void loadTime();
};

void tst_Basemap::loads_data()
{
    QTest::addColumn<BasemapDetail>("detail");
    QTest::addColumn<int>("minRings");
    QTest::addColumn<int>("minBorders");
    // As generated: 110m 128 land rings (after the antimeridian split) and 159 border lines; 50m 1,421 and
    // 187.
    QTest::newRow("110m") << BasemapDetail::Coarse110m << 120 << 150;
    QTest::newRow("50m") << BasemapDetail::Medium50m << 1400 << 180;
}

void tst_Basemap::loads()
{
    QFETCH(BasemapDetail, detail);
    QFETCH(int, minRings);
    QFETCH(int, minBorders);
    QString error;
    const BasemapPtr map = loadBasemap(detail, &error);
    QVERIFY2(map, qPrintable(error));
    QCOMPARE(map->detail, detail);
    QVERIFY2(int(map->landRings.size()) >= minRings, qPrintable(QString::number(map->landRings.size())));
    QVERIFY2(int(map->borderLines.size()) >= minBorders,
             qPrintable(QString::number(map->borderLines.size())));
    QVERIFY(map->source.contains(QLatin1String("Natural Earth")));
    QVERIFY(map->source.contains(QLatin1String("naturalearthdata.com")));
}

void tst_Basemap::geometryIsSane_data()
{
    QTest::addColumn<BasemapDetail>("detail");
    QTest::newRow("110m") << BasemapDetail::Coarse110m;
    QTest::newRow("50m") << BasemapDetail::Medium50m;
}

void tst_Basemap::geometryIsSane()
{
    QFETCH(BasemapDetail, detail);
    const BasemapPtr map = loadBasemap(detail);
    QVERIFY(map);
    const auto check = [](const LonLatLine &l, bool closed) {
        for (size_t i = 0; i < l.size(); ++i) {
            const QPointF &p = l[i];
            if (!(p.x() >= -180 && p.x() <= 180 && p.y() >= -90 && p.y() <= 90))
                return false;
            // No step jumps across the antimeridian, the closing one of a ring included.
            const size_t next = i + 1 < l.size() ? i + 1 : (closed ? 0 : i);
            if (std::abs(l[next].x() - p.x()) > 180.0)
                return false;
        }
        return true;
    };
    for (const LonLatLine &r : map->landRings) {
        QVERIFY(r.size() >= 3);
        QVERIFY(r.front() != r.back()); // closed implicitly
        QVERIFY(check(r, true));
    }
    for (const LonLatLine &l : map->borderLines) {
        QVERIFY(l.size() >= 2);
        QVERIFY(check(l, false));
    }
    // Antarctica is closed along the south pole; nothing else reaches it.
    double minLat = 90;
    for (const LonLatLine &r : map->landRings) {
        for (const QPointF &p : r)
            minLat = std::min(minLat, p.y());
    }
    QCOMPARE(minLat, -90.0);
}

void tst_Basemap::landAndSea_data()
{
    QTest::addColumn<BasemapDetail>("detail");
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<bool>("land");
    for (const auto &[name, detail] :
         {std::pair{"110m", BasemapDetail::Coarse110m}, std::pair{"50m", BasemapDetail::Medium50m}}) {
        QTest::addRow("%s Paris", name) << detail << 2.35 << 48.86 << true;
        QTest::addRow("%s Chukotka east of 180", name) << detail << -175.0 << 66.0 << true;
        QTest::addRow("%s Chukotka west of 180", name) << detail << 175.0 << 67.0 << true;
        QTest::addRow("%s Antarctica interior", name) << detail << 0.0 << -85.0 << true;
        QTest::addRow("%s south pole", name) << detail << 10.0 << -89.9 << true;
        QTest::addRow("%s mid Atlantic", name) << detail << -30.0 << 30.0 << false;
        QTest::addRow("%s mid Pacific", name) << detail << -150.0 << 0.0 << false;
        QTest::addRow("%s Caspian Sea", name) << detail << 50.5 << 42.0 << false; // a hole in Eurasia
    }
}

void tst_Basemap::landAndSea()
{
    QFETCH(BasemapDetail, detail);
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(bool, land);
    const BasemapPtr map = loadBasemap(detail);
    QVERIFY(map);
    QCOMPARE(onLand(*map, lon, lat), land);
}

void tst_Basemap::moreDetailAt50m()
{
    const BasemapPtr coarse = loadBasemap(BasemapDetail::Coarse110m);
    const BasemapPtr medium = loadBasemap(BasemapDetail::Medium50m);
    QVERIFY(coarse && medium);
    QVERIFY(medium->pointCount() > 5 * coarse->pointCount());
    QVERIFY(medium->landRings.size() > coarse->landRings.size());
}

void tst_Basemap::cachedAndThreadSafe()
{
    BasemapPtr a, b;
    std::thread t([&] { a = loadBasemap(BasemapDetail::Medium50m); });
    b = loadBasemap(BasemapDetail::Medium50m);
    t.join();
    QVERIFY(a && a == b);
    QCOMPARE(loadBasemap(BasemapDetail::Coarse110m), loadBasemap(BasemapDetail::Coarse110m));
}

void tst_Basemap::corruptBlobs_data()
{
    QTest::addColumn<QByteArray>("blob");
    QTest::addColumn<QString>("message");
    const QByteArray good = resource(BasemapDetail::Coarse110m);
    QString error;
    QVERIFY2(parseBasemap(good, &error), qPrintable(error));

    QTest::newRow("empty") << QByteArray() << QStringLiteral("too short");
    QTest::newRow("header only") << good.left(20) << QStringLiteral("too short");
    QTest::newRow("truncated") << good.left(good.size() / 2) << QStringLiteral("does not match");
    QTest::newRow("one byte short") << good.chopped(1) << QStringLiteral("does not match");
    QTest::newRow("one byte more") << good + '\0' << QStringLiteral("does not match");
    QByteArray magic = good;
    magic[0] = 'X';
    QTest::newRow("bad magic") << magic << QStringLiteral("magic");
    QByteArray version = good;
    qToLittleEndian<quint32>(7, version.data() + 4);
    QTest::newRow("future version") << version << QStringLiteral("version 7");
    QByteArray counts = good;
    qToLittleEndian<quint32>(0xFFFFFFFFu, counts.data() + 20);
    QTest::newRow("huge point count") << counts << QStringLiteral("does not match");
    // The first ring claims every point there is: the per-line counts no longer add up.
    QByteArray ring = good;
    const quint32 creditBytes = qFromLittleEndian<quint32>(good.constData() + 24);
    const int countsAt = 28 + int((creditBytes + 3) / 4 * 4);
    qToLittleEndian<quint32>(qFromLittleEndian<quint32>(good.constData() + 20), ring.data() + countsAt);
    QTest::newRow("ring counts") << ring << QStringLiteral("point counts");
    QByteArray tiny = good;
    qToLittleEndian<quint32>(2, tiny.data() + countsAt);
    QTest::newRow("two-point ring") << tiny << QStringLiteral("has 2 points");
    QByteArray range = good;
    const int pointsAt = countsAt + 4 * int(qFromLittleEndian<quint32>(good.constData() + 12) +
                                            qFromLittleEndian<quint32>(good.constData() + 16));
    qToLittleEndian<qint32>(18'000'001, range.data() + pointsAt);
    QTest::newRow("longitude out of range") << range << QStringLiteral("out of range");
}

void tst_Basemap::corruptBlobs()
{
    QFETCH(QByteArray, blob);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!parseBasemap(blob, &error));
    QVERIFY2(error.startsWith(QLatin1String("basemap: ")) && error.contains(message), qPrintable(error));
    // Every truncation of a valid blob is refused cleanly, never read past its end.
    const QByteArray good = resource(BasemapDetail::Coarse110m);
    for (qsizetype n = 0; n < good.size(); n += 997)
        QVERIFY(!parseBasemap(good.left(n)));
}

void tst_Basemap::loadTime()
{
    // Budgets: 110m < 5 ms, 50m < 30 ms (resource decompression and parsing, uncached). Reported only.
    for (const BasemapDetail d : {BasemapDetail::Coarse110m, BasemapDetail::Medium50m}) {
        std::vector<qint64> ns;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer t;
            t.start();
            const BasemapPtr map = parseBasemap(resource(d));
            ns.push_back(t.nsecsElapsed());
            QVERIFY(map);
        }
        std::sort(ns.begin(), ns.end());
        qInfo("basemap %s: median %.2f ms to read and parse", d == BasemapDetail::Coarse110m ? "110m" : "50m",
              ns[2] / 1e6);
    }
}

QTEST_GUILESS_MAIN(tst_Basemap)
#include "tst_basemap.moc"
