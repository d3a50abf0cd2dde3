// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"
#include "engine/latency/rttmodel.h"
#include "engine/model/scenario.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ea;

namespace {

// Parameters that push every clamp: inflation deltas far below 1, no short-path term.
RttParams extremeParams()
{
    RttParams p;
    p.sameZoneInflation = 1.0;
    p.crossZoneInflation = 1.0;
    p.oceanInflation = 1.0;
    p.shortPathInflation = 0.0;
    p.hubRoutingShare = 0.0;
    p.serverOverheadMs.fill(0.0);
    p.pairInflationDelta.fill(-0.7);
    return p;
}

QJsonObject withKey(QJsonObject o, const QString &key, const QJsonValue &v)
{
    o.insert(key, v);
    return o;
}

} // namespace

class tst_RttModel : public QObject
{
    Q_OBJECT

private slots:
    void neverBelowFibreFloor();
    void symmetric();
    void samePointIsOverheadOnly();
    void typicalValues_data();
    void typicalValues();
    void shortPathsAreMoreInflated();
    void userAccess();
    void jsonRoundTrip();
    void jsonOverlaysMissingKeys();
    void badJson_data();
    void badJson();
    void shippedFileMatchesBuiltIn();
    void readsTheFormatBeforeTheBackboneTerms();
    void backbonePathClosedForm();
    void majorHubDetour();
    void sanitisesUnvalidatedParams();
    void forScenario();
};

void tst_RttModel::neverBelowFibreFloor()
{
    QRandomGenerator rng(1);
    const RttModel models[] = {RttModel(), RttModel(RttParams{}), RttModel(extremeParams())};
    for (const RttModel &m : models) {
        for (int i = 0; i < 20000; ++i) {
            const auto a = m.site(rng.bounded(360.0) - 180.0, rng.bounded(180.0) - 90.0);
            // Half the pairs short, to exercise the short-path and local-hub terms.
            const auto b = i % 2 ? m.site(rng.bounded(360.0) - 180.0, rng.bounded(180.0) - 90.0)
                                 : m.site(a.lon + rng.bounded(2.0) - 1.0,
                                          std::clamp(a.lat + rng.bounded(2.0) - 1.0, -90.0, 90.0));
            const double rtt = m.rttMs(a, b);
            const double floor = m.floorMs(a, b);
            QVERIFY(std::isfinite(rtt));
            QVERIFY2(rtt >= floor, qPrintable(QStringLiteral("%1 < floor %2").arg(rtt).arg(floor)));
            QVERIFY(m.inflation(a, b) >= 1.0);
            // reachKm bounds spatial searches: nothing beyond it is faster than the RTT it was asked for.
            const double d = geo::greatCircleKm(a.lon, a.lat, b.lon, b.lat);
            QVERIFY2(d <= m.reachKm(a, rtt) * (1 + 1e-9) + 1e-6,
                     qPrintable(QStringLiteral("%1 km beyond reach %2").arg(d).arg(m.reachKm(a, rtt))));
        }
    }
    // The floor itself is light in fibre: London-New York 5570 km → 54.6 ms.
    const RttModel m;
    QVERIFY(std::abs(m.floorMs(m.site(-0.1278, 51.5074), m.site(-74.006, 40.7128)) - 2 * 5570.23 / 204.0) <
            0.01);
}

void tst_RttModel::symmetric()
{
    QRandomGenerator rng(2);
    const RttModel m;
    for (int i = 0; i < 5000; ++i) {
        const auto a = m.site(rng.bounded(360.0) - 180.0, rng.bounded(180.0) - 90.0);
        const auto b = m.site(rng.bounded(360.0) - 180.0, rng.bounded(180.0) - 90.0);
        QCOMPARE(m.rttMs(a, b), m.rttMs(b, a));
        QCOMPARE(m.floorMs(a, b), m.floorMs(b, a));
    }
}

void tst_RttModel::samePointIsOverheadOnly()
{
    const RttModel m;
    const auto a = m.site(-97.14, 49.90); // far from its hub: no detour at distance 0
    const double o = m.params().serverOverheadMs[a.zone];
    QCOMPARE(m.rttMs(a, a), 2 * o);
    QVERIFY(m.rttMs(a, m.site(-97.15, 49.91)) < 2 * o + 0.5);
}

void tst_RttModel::typicalValues_data()
{
    QTest::addColumn<double>("lon1");
    QTest::addColumn<double>("lat1");
    QTest::addColumn<double>("lon2");
    QTest::addColumn<double>("lat2");
    QTest::addColumn<double>("minMs");
    QTest::addColumn<double>("maxMs");
    // Wide bands around published inter-region medians (cloud dashboards, WonderProxy): a
    // sanity check of the shipped parameters, not a calibration.
    QTest::newRow("London-New York") << -0.13 << 51.51 << -74.01 << 40.71 << 60.0 << 95.0;
    QTest::newRow("Frankfurt-Amsterdam") << 8.68 << 50.11 << 4.90 << 52.37 << 4.0 << 14.0;
    QTest::newRow("Singapore-US East") << 103.82 << 1.35 << -77.49 << 39.04 << 190.0 << 270.0;
    QTest::newRow("Tokyo-Los Angeles") << 139.69 << 35.68 << -118.24 << 34.05 << 90.0 << 140.0;
    QTest::newRow("Sydney-Singapore") << 151.21 << -33.87 << 103.82 << 1.35 << 80.0 << 130.0;
    QTest::newRow("Sao Paulo-Miami") << -46.63 << -23.55 << -80.19 << 25.76 << 95.0 << 140.0;
}

void tst_RttModel::typicalValues()
{
    QFETCH(double, lon1);
    QFETCH(double, lat1);
    QFETCH(double, lon2);
    QFETCH(double, lat2);
    QFETCH(double, minMs);
    QFETCH(double, maxMs);
    const double rtt = RttModel().rttMs(lon1, lat1, lon2, lat2);
    QVERIFY2(rtt >= minMs && rtt <= maxMs, qPrintable(QStringLiteral("%1 ms").arg(rtt, 0, 'f', 1)));
}

void tst_RttModel::shortPathsAreMoreInflated()
{
    const RttModel m;
    const auto paris = m.site(2.35, 48.86);
    const double shortK = m.inflation(paris, m.site(4.85, 45.76)); // Lyon, ~390 km
    const double longK = m.inflation(paris, m.site(37.62, 55.76)); // Moscow, ~2,490 km
    QVERIFY2(shortK > longK, qPrintable(QStringLiteral("%1 vs %2").arg(shortK).arg(longK)));
}

void tst_RttModel::userAccess()
{
    RttParams p;
    p.userAccessMs.fill(7.0);
    p.userAccessMs[static_cast<int>(geo::Zone::Africa)] = 33.0;
    const RttModel m(p);
    QCOMPARE(m.userAccessMs(m.site(36.82, -1.29)), 33.0); // Nairobi
    QCOMPARE(m.userAccessMs(m.site(2.35, 48.86)), 7.0);
    // The shipped defaults are derived from measured per-country figures (tst_AccessModel checks how): a
    // plausible fixed-broadband last mile everywhere.
    const RttModel d;
    for (double v : d.params().userAccessMs)
        QVERIFY(v >= 1.0 && v <= 60.0);
}

void tst_RttModel::jsonRoundTrip()
{
    RttParams p = defaultRttParams();
    p.pairInflationDelta[rttZonePairIndex(2, 5)] = -0.123456789012345;
    p.serverOverheadMs[3] = 1.0 / 3.0;
    p.userAccessMs[8] = 17.25;
    p.hubLocalKm = 87.5;
    p.majorHubShare = 0.4321;
    p.backboneInflationDelta = -0.25;
    p.backboneOverheadMs = -1.5;
    p.note = QStringLiteral("round trip ✓");
    // Through text as well, since scenarios are files.
    const QByteArray text = QJsonDocument(rttParamsToJson(p)).toJson();
    RttParams back; // deliberately different from p everywhere
    back.fiberKmPerMs = 1;
    QStringList errors;
    QVERIFY2(rttParamsFromJson(QJsonDocument::fromJson(text).object(), QStringLiteral("$.network.rtt"), back,
                               errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY(errors.isEmpty());
    QVERIFY(back == p);
}

void tst_RttModel::jsonOverlaysMissingKeys()
{
    RttParams p = defaultRttParams();
    QStringList errors;
    const QJsonObject partial{
        {QStringLiteral("zones"),
         QJsonObject{{QStringLiteral("EU"), QJsonObject{{QStringLiteral("userAccessMs"), 3.0}}}}}};
    QVERIFY(rttParamsFromJson(partial, QStringLiteral("$.network.rtt"), p, errors));
    QCOMPARE(p.userAccessMs[static_cast<int>(geo::Zone::Europe)], 3.0);
    p.userAccessMs[static_cast<int>(geo::Zone::Europe)] =
        defaultRttParams().userAccessMs[static_cast<int>(geo::Zone::Europe)];
    QVERIFY(p == defaultRttParams());
}

void tst_RttModel::badJson_data()
{
    QTest::addColumn<QJsonValue>("json");
    QTest::addColumn<QString>("error");
    const QJsonObject good = rttParamsToJson(defaultRttParams());
    const QJsonObject inflation = good.value(QStringLiteral("inflation")).toObject();
    const QJsonObject zones = good.value(QStringLiteral("zones")).toObject();
    const QJsonObject eu = zones.value(QStringLiteral("EU")).toObject();
    const QJsonObject pairs = good.value(QStringLiteral("pairInflationDelta")).toObject();
    const auto sub = [&](const char *key, const QJsonObject &o) {
        return withKey(good, QLatin1String(key), o);
    };

    QTest::newRow("not an object") << QJsonValue(3) << "$.network.rtt: must be an object";
    QTest::newRow("unknown key") << QJsonValue(withKey(good, "fibreKmPerMs", 200))
                                 << "$.network.rtt.fibreKmPerMs: unknown key";
    QTest::newRow("string speed") << QJsonValue(withKey(good, "fiberKmPerMs", "fast"))
                                  << "$.network.rtt.fiberKmPerMs: must be a number";
    QTest::newRow("zero speed") << QJsonValue(withKey(good, "fiberKmPerMs", 0))
                                << "$.network.rtt.fiberKmPerMs: must be > 0";
    QTest::newRow("wrong model") << QJsonValue(withKey(good, "model", "magic/2"))
                                 << "$.network.rtt.model: must be \"zone-distance/2\"";
    QTest::newRow("note not text") << QJsonValue(withKey(good, "note", 5))
                                   << "$.network.rtt.note: must be a string";
    QTest::newRow("inflation below 1") << QJsonValue(sub("inflation", withKey(inflation, "ocean", 0.9)))
                                       << "$.network.rtt.inflation.ocean: must be >= 1";
    QTest::newRow("negative short path") << QJsonValue(sub("inflation", withKey(inflation, "shortPath", -1)))
                                         << "$.network.rtt.inflation.shortPath: must be >= 0";
    QTest::newRow("share above 1") << QJsonValue(sub("inflation", withKey(inflation, "hubRoutingShare", 1.5)))
                                   << "$.network.rtt.inflation.hubRoutingShare: must be in [0, 1]";
    QTest::newRow("inflation typo") << QJsonValue(sub("inflation", withKey(inflation, "samezone", 1.5)))
                                    << "$.network.rtt.inflation.samezone: unknown key";
    QTest::newRow("inflation not object") << QJsonValue(withKey(good, "inflation", QJsonArray()))
                                          << "$.network.rtt.inflation: must be an object";
    QTest::newRow("negative overhead")
        << QJsonValue(sub("zones", withKey(zones, "EU", withKey(eu, "serverOverheadMs", -2))))
        << "$.network.rtt.zones.EU.serverOverheadMs: must be >= 0";
    QTest::newRow("string access") << QJsonValue(sub(
                                          "zones", withKey(zones, "EU", withKey(eu, "userAccessMs", "NaN"))))
                                   << "$.network.rtt.zones.EU.userAccessMs: must be a number";
    QTest::newRow("unknown zone")
        << QJsonValue(sub("zones", withKey(zones, "ANT", eu)))
        << "$.network.rtt.zones.ANT: unknown zone (expected NA, SA, EU, AF, ME, SAS, EAS, SEA or OC)";
    QTest::newRow("zone key typo") << QJsonValue(
                                          sub("zones", withKey(zones, "EU", withKey(eu, "accessMs", 3))))
                                   << "$.network.rtt.zones.EU.accessMs: unknown key";
    QTest::newRow("unknown pair")
        << QJsonValue(sub("pairInflationDelta", withKey(pairs, "EU-MARS", 0.1)))
        << "$.network.rtt.pairInflationDelta.EU-MARS: unknown zone pair (expected e.g. \"EU-NA\")";
    const QJsonObject backbone = good.value(QStringLiteral("backbone")).toObject();
    QTest::newRow("negative major share")
        << QJsonValue(sub("inflation", withKey(inflation, "majorHubShare", -0.1)))
        << "$.network.rtt.inflation.majorHubShare: must be >= 0";
    QTest::newRow("backbone typo") << QJsonValue(sub("backbone", withKey(backbone, "overhead", 1)))
                                   << "$.network.rtt.backbone.overhead: unknown key";
    QTest::newRow("backbone not number")
        << QJsonValue(sub("backbone", withKey(backbone, "inflationDelta", "small")))
        << "$.network.rtt.backbone.inflationDelta: must be a number";
    QTest::newRow("string delta") << QJsonValue(sub("pairInflationDelta", withKey(pairs, "EU-NA", "0.1")))
                                  << "$.network.rtt.pairInflationDelta.EU-NA: must be a number";
}

void tst_RttModel::badJson()
{
    QFETCH(QJsonValue, json);
    QFETCH(QString, error);
    RttParams p = defaultRttParams();
    QStringList errors;
    QVERIFY(!rttParamsFromJson(json, QStringLiteral("$.network.rtt"), p, errors));
    QCOMPARE(errors, QStringList{error});
    QVERIFY(p == defaultRttParams()); // untouched on failure
}

void tst_RttModel::shippedFileMatchesBuiltIn()
{
    const QString fileName = QStringLiteral(EA_SOURCE_DIR "/resources/data/rtt-params.json");
    QVERIFY2(QFile::exists(fileName), "resources/data/rtt-params.json not found");
    QFile file(fileName);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    RttParams p; // the prior, so every shipped value must come from the file
    QStringList errors;
    QVERIFY2(rttParamsFromJson(doc.object(), QStringLiteral("$"), p, errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QVERIFY2(p == defaultRttParams(),
             "regenerate the built-in table in rttmodel.cpp from the JSON (or vice versa)");
    QVERIFY(p.note.contains(QStringLiteral("held-out")));
    QVERIFY(RttModel().params() == defaultRttParams());
}

void tst_RttModel::readsTheFormatBeforeTheBackboneTerms()
{
    // A scenario saved with the zone-distance/1 model: its parameters were fitted without the major-hub and
    // backbone terms, so those are 0 (not the shipped values) and its RTTs are what that model gave.
    QJsonObject v1 = rttParamsToJson(defaultRttParams());
    v1.insert(QStringLiteral("model"), QStringLiteral("zone-distance/1"));
    QJsonObject inflation = v1.value(QStringLiteral("inflation")).toObject();
    inflation.remove(QStringLiteral("majorHubShare"));
    v1.insert(QStringLiteral("inflation"), inflation);
    v1.remove(QStringLiteral("backbone"));
    RttParams p = defaultRttParams();
    QStringList errors;
    QVERIFY2(rttParamsFromJson(v1, QStringLiteral("$"), p, errors),
             qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(p.majorHubShare, 0.0);
    QCOMPARE(p.backboneInflationDelta, 0.0);
    QCOMPARE(p.backboneOverheadMs, 0.0);
    QCOMPARE(p.sameZoneInflation, defaultRttParams().sameZoneInflation);
}

void tst_RttModel::backbonePathClosedForm()
{
    // Two cloud regions, Frankfurt and Paris: on the backbone rtt = max(0, o + o + ob) + 2/v·kb·Lb with
    // Lb = d + w·(h − d)·d/(d + dl), computed here from geodesy and the hub table, not from the model.
    RttParams p = defaultRttParams();
    p.backboneInflationDelta = -0.2;
    p.backboneOverheadMs = -0.5;
    const RttModel m(p);
    const double lonA = 8.68, latA = 50.11, lonB = 2.35, latB = 48.86;
    const double d = geo::greatCircleKm(lonA, latA, lonB, latB);
    double hubKmA = 0, hubKmB = 0;
    const int hubA = geo::nearestHub(lonA, latA, &hubKmA), hubB = geo::nearestHub(lonB, latB, &hubKmB);
    const double h = hubKmA + geo::interHubKm(hubA, hubB) + hubKmB;
    const double length = d + p.hubRoutingShare * std::max(0.0, h - d) * d / (d + p.hubLocalKm);
    const int eu = int(geo::Zone::Europe);
    const double kb =
        std::max(1.0, p.sameZoneInflation + p.pairInflationDelta[rttZonePairIndex(eu, eu)] - 0.2);
    const double expected =
        std::max(0.0, 2 * p.serverOverheadMs[eu] - 0.5) + 2.0 * kb * length / p.fiberKmPerMs;
    const double backbone = m.rttMs(lonA, latA, lonB, latB, RttModel::PathKind::Backbone);
    QVERIFY2(std::abs(backbone - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(backbone).arg(expected)));
    // The public internet between the same places pays the short-path, hop and major-hub terms on top.
    QVERIFY(m.rttMs(lonA, latA, lonB, latB) > backbone);
    // Symmetric, and never below the fibre floor, on either network.
    QCOMPARE(m.rttMs(lonB, latB, lonA, latA, RttModel::PathKind::Backbone), backbone);
    QVERIFY(backbone >= m.floorMs(m.site(lonA, latA), m.site(lonB, latB)));
}

void tst_RttModel::majorHubDetour()
{
    // The major-hub term adds W·(H − d)·d/(d + 3000 km) of path to internet paths: with all else fixed, the
    // difference of two models that differ only in W is exactly that, times 2/v.
    RttParams p = defaultRttParams();
    p.majorHubShare = 0.0;
    RttParams q = p;
    q.majorHubShare = 0.5;
    const RttModel m0(p), m1(q);
    const double lonA = 15.44, latA = 47.07, lonB = 15.98, latB = 45.81; // Graz, Zagreb
    const double d = geo::greatCircleKm(lonA, latA, lonB, latB);
    double kmA = 0, kmB = 0;
    const int a = geo::nearestMajorHub(lonA, latA, &kmA), b = geo::nearestMajorHub(lonB, latB, &kmB);
    QVERIFY(geo::isMajorHub(a) && geo::isMajorHub(b));
    const double detour = std::max(0.0, kmA + geo::interHubKm(a, b) + kmB - d);
    const double expected = 2.0 * 0.5 * detour * d / (d + 3000.0) / p.fiberKmPerMs; // rttterms' 3000 km
    const double diff = m1.rttMs(lonA, latA, lonB, latB) - m0.rttMs(lonA, latA, lonB, latB);
    QVERIFY2(std::abs(diff - expected) < 1e-9,
             qPrintable(QStringLiteral("%1 vs %2").arg(diff).arg(expected)));
    QVERIFY(detour > 500); // both lie far from their nearest major exchange (Frankfurt)
    // Backbone paths do not pay it.
    QCOMPARE(m1.rttMs(lonA, latA, lonB, latB, RttModel::PathKind::Backbone),
             m0.rttMs(lonA, latA, lonB, latB, RttModel::PathKind::Backbone));
}

void tst_RttModel::sanitisesUnvalidatedParams()
{
    RttParams p;
    p.fiberKmPerMs = -5;
    p.shortPathScaleKm = 0;
    p.hubRoutingShare = std::numeric_limits<double>::quiet_NaN();
    p.serverOverheadMs.fill(-3);
    p.pairInflationDelta.fill(std::numeric_limits<double>::infinity());
    const RttModel m(p);
    const auto a = m.site(0, 0), b = m.site(10, 10);
    QVERIFY(std::isfinite(m.rttMs(a, b)));
    QVERIFY(m.rttMs(a, b) >= m.floorMs(a, b));
    QCOMPARE(m.params().fiberKmPerMs, RttParams{}.fiberKmPerMs);
    QCOMPARE(m.params().serverOverheadMs[0], 0.0);
}

void tst_RttModel::forScenario()
{
    // A scenario without fitted parameters: the built-in ones, with the scenario's fibre speed.
    Scenario s;
    s.network.hasRtt = false;
    s.network.rtt.sameZoneInflation = 3.0; // not carried by the file: ignored
    s.network.fiberKmPerMs = 180;
    RttParams expected = RttModel().params();
    expected.fiberKmPerMs = 180;
    QVERIFY(RttModel::forScenario(s).params() == expected);
    // Fitted parameters: those, again with the scenario's fibre speed over theirs.
    s.network.hasRtt = true;
    s.network.rtt.fiberKmPerMs = 204;
    expected = s.network.rtt;
    expected.fiberKmPerMs = 180;
    QVERIFY(RttModel::forScenario(s).params() == RttModel(expected).params());
    QCOMPARE(RttModel::forScenario(s).params().sameZoneInflation, 3.0);
    // Its RTT is that model's.
    const RttModel direct(expected);
    QCOMPARE(RttModel::forScenario(s).rttMs(2.35, 48.85, -74.0, 40.7),
             direct.rttMs(2.35, 48.85, -74.0, 40.7));
}

QTEST_APPLESS_MAIN(tst_RttModel)
#include "tst_rttmodel.moc"
