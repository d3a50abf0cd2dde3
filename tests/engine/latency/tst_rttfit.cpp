// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/geo/geodesy.h"
#include "engine/latency/rttfit.h"
#include "tests/common/testsupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {

QString calibrationFile()
{
    return QStringLiteral(EA_SHARED_DATA_DIR "/rtt/rtt_calibration_pairs.csv");
}

// Cities on every continent; synthetic endpoints are jittered around them.
constexpr double kCities[][2] = {
    {-74.0, 40.7},  {-87.6, 41.9},  {-118.2, 34.1}, {-122.4, 37.8}, {-95.4, 29.8},  {-79.4, 43.7},
    {-99.1, 19.4},  {-46.6, -23.5}, {-58.4, -34.6}, {-70.7, -33.4}, {-74.1, 4.7},   {-0.1, 51.5},
    {2.35, 48.9},   {8.7, 50.1},    {13.4, 52.5},   {12.5, 41.9},   {-3.7, 40.4},   {18.1, 59.3},
    {21.0, 52.2},   {37.6, 55.8},   {28.97, 41.0},  {3.4, 6.5},     {28.0, -26.2},  {36.8, -1.3},
    {31.2, 30.0},   {55.3, 25.2},   {46.7, 24.6},   {34.8, 32.1},   {72.9, 19.1},   {77.2, 28.6},
    {80.3, 13.1},   {139.7, 35.7},  {126.98, 37.6}, {116.4, 39.9},  {121.5, 31.2},  {114.2, 22.3},
    {103.8, 1.35},  {106.8, -6.2},  {121.0, 14.6},  {100.5, 13.8},  {151.2, -33.9}, {145.0, -37.8},
    {174.8, -36.8}, {115.9, -32.0}};

/** Samples from `truth` with multiplicative log-normal noise of sigma; filter picks the pairs. */
template <typename Filter>
std::vector<RttSample> synthetic(const RttModel &truth, int n, double sigma, quint32 seed, Filter keep)
{
    QRandomGenerator rng(seed);
    std::vector<RttSample> out;
    const int cities = int(std::size(kCities));
    while (int(out.size()) < n) {
        const int i = int(rng.bounded(cities)), j = int(rng.bounded(cities));
        const double lon1 = kCities[i][0] + rng.bounded(2.0) - 1, lat1 = kCities[i][1] + rng.bounded(2.0) - 1;
        const double lon2 = kCities[j][0] + rng.bounded(2.0) - 1, lat2 = kCities[j][1] + rng.bounded(2.0) - 1;
        if (!keep(geo::zoneOf(lon1, lat1), geo::zoneOf(lon2, lat2)))
            continue;
        const double u1 = rng.generateDouble(), u2 = rng.generateDouble();
        const double z = std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(2.0 * geo::kPi * u2);
        out.push_back(
            {lon1, lat1, lon2, lat2, truth.rttMs(lon1, lat1, lon2, lat2) * std::exp(sigma * z), {}});
    }
    return out;
}

std::vector<RttSample> synthetic(const RttModel &truth, int n, double sigma, quint32 seed)
{
    return synthetic(truth, n, sigma, seed, [](geo::Zone, geo::Zone) { return true; });
}

RttParams knownParams()
{
    RttParams t;
    t.sameZoneInflation = 1.6;
    t.crossZoneInflation = 2.1;
    t.oceanInflation = 1.9;
    t.shortPathInflation = 1.5;
    t.shortPathScaleKm = 300;
    t.hubRoutingShare = 0.4;
    t.serverOverheadMs = {1, 3, 0.5, 6, 4, 2, 1, 2, 1.5};
    t.pairInflationDelta[rttZonePairIndex(0, 2)] = 0.2;
    t.pairInflationDelta[rttZonePairIndex(2, 3)] = -0.15;
    t.pairInflationDelta[rttZonePairIndex(6, 7)] = 0.3;
    return t;
}

QString describe(const RttErrorStats &e)
{
    return QStringLiteral("n=%1 median %2 P90 %3 mean %4")
        .arg(e.n)
        .arg(e.medianAbsRelErr, 0, 'f', 4)
        .arg(e.p90AbsRelErr, 0, 'f', 4)
        .arg(e.meanAbsRelErr, 0, 'f', 4);
}

} // namespace

class tst_RttFit : public QObject
{
    Q_OBJECT

private slots:
    void readCsv();
    void pathKind_data();
    void pathKind();
    void readCsvErrors_data();
    void readCsvErrors();
    void errorStatistics();
    void globalFactorRecoversExactData();
    void recoversKnownParameters();
    void recoversBackboneAndMajorHubTerms();
    void fewSamplesStayNearStart();
    void degenerateInputs();
    void foldsAreDeterministic();
    void beatsGlobalFactorOnSharedData();
};

void tst_RttFit::readCsv()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString name = dir.filePath(QStringLiteral("pairs.csv"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    // Columns in another order, a quoted name with a comma and an escaped quote, CRLF, a blank line.
    f.write("rtt_ms,src_name,src_lon,src_lat,dst_lat,dst_lon,source,extra\r\n"
            "71.4,\"London, \"\"UK\"\"\",-0.1,51.5,40.7,-74.0,wp,x\r\n"
            "\r\n"
            "3.5,Amsterdam,4.9,52.4,50.1,8.7,gcp,\r\n");
    f.close();
    std::vector<RttSample> s;
    QString error;
    QVERIFY2(readRttSamplesCsv(name, s, &error), qPrintable(error));
    QCOMPARE(s.size(), std::size_t(2));
    QCOMPARE(s[0].lon1, -0.1);
    QCOMPARE(s[0].lat1, 51.5);
    QCOMPARE(s[0].lon2, -74.0);
    QCOMPARE(s[0].lat2, 40.7);
    QCOMPARE(s[0].rttMs, 71.4);
    QCOMPARE(s[0].source, QStringLiteral("wp"));
    QCOMPARE(s[1].source, QStringLiteral("gcp"));
    // Without a path column: a cloud provider's table is its backbone, anything else the internet.
    QCOMPARE(s[0].path, RttModel::PathKind::Internet);
    QCOMPARE(s[1].path, RttModel::PathKind::Backbone);
}

void tst_RttFit::pathKind_data()
{
    QTest::addColumn<bool>("hasPathColumn");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("srcName");
    QTest::addColumn<QString>("dstName");
    QTest::addColumn<int>("kind"); // 0 internet, 1 backbone, -1 error
    QTest::newRow("column backbone") << true << " Backbone "
                                     << "wonderproxy"
                                     << "a"
                                     << "b" << 1;
    QTest::newRow("column internet wins") << true << "internet"
                                          << "gcp_x"
                                          << "gcp:a"
                                          << "gcp:b" << 0;
    QTest::newRow("column empty") << true << ""
                                  << "aws"
                                  << ""
                                  << "" << 0;
    QTest::newRow("column bad") << true << "satellite"
                                << ""
                                << ""
                                << "" << -1;
    QTest::newRow("source gcp") << false << ""
                                << "gcp_perf_dashboard_2023-11-27"
                                << "x"
                                << "y" << 1;
    QTest::newRow("source azure") << false << ""
                                  << "Azure-network-latency"
                                  << ""
                                  << "" << 1;
    QTest::newRow("source aws bare") << false << ""
                                     << "aws"
                                     << ""
                                     << "" << 1;
    QTest::newRow("source awsome") << false << ""
                                   << "awsome_isp"
                                   << ""
                                   << "" << 0;
    QTest::newRow("source wonderproxy") << false << ""
                                        << "wonderproxy_2020-07-19"
                                        << ""
                                        << "" << 0;
    QTest::newRow("names same cloud") << false << ""
                                      << ""
                                      << "azure:westeurope"
                                      << "AZURE:eastus" << 1;
    QTest::newRow("names two clouds") << false << ""
                                      << ""
                                      << "aws:eu-west-1"
                                      << "gcp:europe-west1" << 0;
    QTest::newRow("names one cloud") << false << ""
                                     << ""
                                     << "aws:eu-west-1"
                                     << "wp:3:Paris" << 0;
}

void tst_RttFit::pathKind()
{
    QFETCH(bool, hasPathColumn);
    QFETCH(QString, path);
    QFETCH(QString, source);
    QFETCH(QString, srcName);
    QFETCH(QString, dstName);
    QFETCH(int, kind);
    QString error;
    const auto got = rttPathKind(hasPathColumn, path, source, srcName, dstName, &error);
    if (kind < 0) {
        QVERIFY(!got);
        QCOMPARE(error, QStringLiteral("path: expected internet, backbone or empty (got \"%1\")").arg(path));
        return;
    }
    QVERIFY(got);
    QCOMPARE(*got, kind == 1 ? RttModel::PathKind::Backbone : RttModel::PathKind::Internet);
}

void tst_RttFit::readCsvErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("error");
    const QByteArray header = "src_lat,src_lon,dst_lat,dst_lon,rtt_ms\n";
    QTest::newRow("empty") << QByteArray() << "bad.csv:1: missing header row";
    QTest::newRow("no rtt column") << QByteArray("src_lat,src_lon,dst_lat,dst_lon\n1,2,3,4\n")
                                   << "bad.csv:1: no column rtt_ms";
    QTest::newRow("not a number") << header + "1,2,3,4,5\n1,2,3,4,fast\n"
                                  << "bad.csv:3: rtt_ms is not a number";
    QTest::newRow("latitude out of range") << header + "91,2,3,4,5\n"
                                           << "bad.csv:2: src_lat out of range";
    QTest::newRow("longitude out of range") << header + "1,2,3,-181,5\n"
                                            << "bad.csv:2: dst_lon out of range";
    QTest::newRow("zero rtt") << header + "1,2,3,4,0\n"
                              << "bad.csv:2: rtt_ms must be > 0";
    QTest::newRow("short line") << header + "1,2,3\n"
                                << "bad.csv:2: expected 5 fields, found 3";
    QTest::newRow("bad path") << QByteArray("src_lat,src_lon,dst_lat,dst_lon,rtt_ms,path\n1,2,3,4,5,sat\n")
                              << "bad.csv:2: path: expected internet, backbone or empty (got \"sat\")";
    QTest::newRow("open quote") << header + "\"1,2,3,4,5\n"
                                << "bad.csv:2: unterminated quoted field";
}

void tst_RttFit::readCsvErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, error);
    QTemporaryDir dir;
    const QString name = dir.filePath(QStringLiteral("bad.csv"));
    QFile f(name);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    std::vector<RttSample> s;
    QString got;
    QVERIFY(!readRttSamplesCsv(name, s, &got));
    QCOMPARE(got, error);

    QVERIFY(!readRttSamplesCsv(dir.filePath(QStringLiteral("missing.csv")), s, &got));
    QVERIFY(got.startsWith(QStringLiteral("missing.csv:0: ")));
}

void tst_RttFit::errorStatistics()
{
    std::vector<double> v{0.5, 0.1, 0.3, 0.2, 0.4, 0.0, 0.6, 0.7, 0.8, 0.9, 1.0};
    const RttErrorStats e = errorStatsFromAbsRelErrors(v);
    QCOMPARE(e.n, 11);
    QCOMPARE(e.medianAbsRelErr, 0.5);
    QVERIFY(std::abs(e.p90AbsRelErr - 0.9) < 1e-12);
    QVERIFY(std::abs(e.meanAbsRelErr - 0.5) < 1e-12);
    std::vector<double> none;
    QCOMPARE(errorStatsFromAbsRelErrors(none).n, 0);

    // rttErrorStats measures |model − measured| / measured.
    const RttModel m;
    const RttSample s{0, 0, 10, 10, m.rttMs(0, 0, 10, 10) * 1.25, {}};
    QVERIFY(std::abs(rttErrorStats(m, {s}).medianAbsRelErr - 0.2) < 1e-12);
}

void tst_RttFit::globalFactorRecoversExactData()
{
    GlobalFactorModel truth;
    truth.k = 1.9;
    truth.overheadMs = 6.0;
    std::vector<RttSample> s;
    for (int i = 0; i < 40; ++i) {
        const double lon = -170.0 + 8.5 * i, lat = -40.0 + 2.0 * i;
        s.push_back({0, 0, lon, lat, truth.rttMs(0, 0, lon, lat), {}});
    }
    const GlobalFactorModel fitted = fitGlobalFactor(s);
    QVERIFY2(std::abs(fitted.k - 1.9) < 1e-3, qPrintable(QString::number(fitted.k)));
    QVERIFY2(std::abs(fitted.overheadMs - 6.0) < 0.05, qPrintable(QString::number(fitted.overheadMs)));
    QVERIFY(globalFactorErrorStats(fitted, s).p90AbsRelErr < 1e-3);
}

void tst_RttFit::recoversKnownParameters()
{
    const RttModel truth(knownParams());
    const std::vector<RttSample> train = synthetic(truth, 3000, 0.05, 42);
    const RttParams p = fitRttModel(train, RttParams{});
    const RttModel fitted(p);

    // Predictions: held-out, noise-free pairs.
    const RttErrorStats e = rttErrorStats(fitted, synthetic(truth, 1000, 0.0, 43));
    qInfo("synthetic recovery, held-out error against the truth: %s", qPrintable(describe(e)));
    QVERIFY(e.medianAbsRelErr < 0.015);
    QVERIFY(e.p90AbsRelErr < 0.04);

    // Parameters: the identifiable combinations (base + delta per zone pair), overheads, shape.
    for (int a = 0; a < geo::kZoneCount; ++a) {
        for (int b = a; b < geo::kZoneCount; ++b) {
            const double got = fitted.pairInflation(geo::Zone(a), geo::Zone(b));
            const double want = truth.pairInflation(geo::Zone(a), geo::Zone(b));
            QVERIFY2(std::abs(got - want) < 0.12,
                     qPrintable(QStringLiteral("%1-%2: %3 vs %4").arg(a).arg(b).arg(got).arg(want)));
        }
    }
    for (int z = 0; z < geo::kZoneCount; ++z)
        QVERIFY2(std::abs(p.serverOverheadMs[z] - knownParams().serverOverheadMs[z]) < 1.0,
                 qPrintable(QString::number(z)));
    QVERIFY(std::abs(p.hubRoutingShare - 0.4) < 0.1);
    QVERIFY(p.note.contains(QStringLiteral("3000")));
    // No backbone samples: the backbone terms stay at the prior's.
    QVERIFY(std::abs(p.backboneInflationDelta) < 1e-6);
    QVERIFY(std::abs(p.backboneOverheadMs) < 1e-6);
}

void tst_RttFit::recoversBackboneAndMajorHubTerms()
{
    // A world whose cloud paths are 0.25 less inflated and 1.5 ms faster than its internet paths, and whose
    // internet paths detour 0.3 of the way via the major hubs: every third sample is a backbone path.
    RttParams t = knownParams();
    t.majorHubShare = 0.3;
    t.backboneInflationDelta = -0.25;
    t.backboneOverheadMs = -1.5;
    const RttModel truth(t);
    const auto sample = [&](int n, double sigma, quint32 seed) {
        std::vector<RttSample> out = synthetic(truth, n, sigma, seed);
        for (size_t i = 0; i < out.size(); i += 3) {
            RttSample &s = out[i];
            s.path = RttModel::PathKind::Backbone;
            s.rttMs = truth.rttMs(s.lon1, s.lat1, s.lon2, s.lat2, s.path) * (1.0 + sigma * (i % 7 - 3) / 3.0);
        }
        return out;
    };
    const RttParams p = fitRttModel(sample(3000, 0.05, 44), RttParams{});
    qInfo("recovered: major share %.3f (0.3), backbone delta %.3f (-0.25), backbone overhead %.2f ms (-1.5)",
          p.majorHubShare, p.backboneInflationDelta, p.backboneOverheadMs);
    QVERIFY(std::abs(p.majorHubShare - 0.3) < 0.1);
    QVERIFY(std::abs(p.backboneInflationDelta + 0.25) < 0.06);
    QVERIFY(std::abs(p.backboneOverheadMs + 1.5) < 1.0);
    const RttErrorStats e = rttErrorStats(RttModel(p), sample(1000, 0.0, 45));
    qInfo("held-out error against the truth: %s", qPrintable(describe(e)));
    QVERIFY(e.medianAbsRelErr < 0.015);
}

void tst_RttFit::fewSamplesStayNearStart()
{
    // The world is the shipped model except that Europe-North America paths are 0.3 more inflated.
    // Twenty probes of such paths must move that pair towards the truth and leave the rest alone.
    RttParams world = defaultRttParams();
    const int euNa = rttZonePairIndex(int(geo::Zone::NorthAmerica), int(geo::Zone::Europe));
    world.pairInflationDelta[euNa] += 0.3;
    const RttModel truth(world);
    const auto transatlantic = [](geo::Zone a, geo::Zone b) {
        return (a == geo::Zone::Europe && b == geo::Zone::NorthAmerica) ||
               (a == geo::Zone::NorthAmerica && b == geo::Zone::Europe);
    };
    const std::vector<RttSample> probes = synthetic(truth, 20, 0.05, 7, transatlantic);

    const RttModel start;
    const RttModel fitted(fitRttModel(probes, start.params()));
    const RttErrorStats before = rttErrorStats(start, probes);
    const RttErrorStats after = rttErrorStats(fitted, probes);
    qInfo("20 probes: before %s; after %s", qPrintable(describe(before)), qPrintable(describe(after)));
    QVERIFY(after.medianAbsRelErr < 0.5 * before.medianAbsRelErr);

    const double moved = fitted.pairInflation(geo::Zone::Europe, geo::Zone::NorthAmerica) -
                         start.pairInflation(geo::Zone::Europe, geo::Zone::NorthAmerica);
    QVERIFY2(moved > 0.15 && moved < 0.4, qPrintable(QString::number(moved)));
    for (int a = 0; a < geo::kZoneCount; ++a) {
        for (int b = a; b < geo::kZoneCount; ++b) {
            if (rttZonePairIndex(a, b) == euNa)
                continue;
            const double change = fitted.pairInflation(geo::Zone(a), geo::Zone(b)) -
                                  start.pairInflation(geo::Zone(a), geo::Zone(b));
            QVERIFY2(std::abs(change) < 0.08,
                     qPrintable(QStringLiteral("%1-%2 moved %3").arg(a).arg(b).arg(change)));
        }
    }
    for (int z = 0; z < geo::kZoneCount; ++z)
        QVERIFY(std::abs(fitted.params().serverOverheadMs[z] - start.params().serverOverheadMs[z]) < 1.0);
    QCOMPARE(fitted.params().shortPathScaleKm, start.params().shortPathScaleKm);
    QCOMPARE(fitted.params().hubRoutingShare, start.params().hubRoutingShare);
    QCOMPARE(fitted.params().userAccessMs, start.params().userAccessMs);
}

void tst_RttFit::degenerateInputs()
{
    const RttParams start = defaultRttParams();
    QVERIFY(fitRttModel({}, start) == start);

    // One sample, and a same-point sample: finite, valid, floor respected.
    const std::vector<RttSample> one{{2.35, 48.86, 2.35, 48.86, 1.0, {}}, {0, 0, 0.5, 0.5, 900.0, {}}};
    const RttModel m(fitRttModel(one, start));
    for (const RttSample &s : one) {
        const double rtt = m.rttMs(s.lon1, s.lat1, s.lon2, s.lat2);
        QVERIFY(std::isfinite(rtt));
        QVERIFY(rtt >= m.floorMs(m.site(s.lon1, s.lat1), m.site(s.lon2, s.lat2)));
    }
    QVERIFY(m.params().sameZoneInflation >= 1.0 && m.params().crossZoneInflation >= 1.0 &&
            m.params().oceanInflation >= 1.0);
}

void tst_RttFit::foldsAreDeterministic()
{
    const RttSample a{-0.1, 51.5, -74.0, 40.7, 70, {}};
    const RttSample b{-74.0, 40.7, -0.1, 51.5, 80, {}};
    QCOMPARE(rttSampleFold(a, 5), rttSampleFold(b, 5));
    std::vector<int> count(5);
    for (int i = 0; i < 5000; ++i)
        ++count[rttSampleFold({0.01 * i, 1.0, 2.0, 0.02 * i, 1.0, {}}, 5)];
    for (int c : count)
        QVERIFY(c > 850 && c < 1150);
}

void tst_RttFit::beatsGlobalFactorOnSharedData()
{
    EA_REQUIRE(
        QFile::exists(calibrationFile()),
        "the shared calibration data EA_SHARED_DATA_DIR/rtt/rtt_calibration_pairs.csv (../shared/data)");
    std::vector<RttSample> samples;
    QString error;
    QVERIFY2(readRttSamplesCsv(calibrationFile(), samples, &error), qPrintable(error));
    QVERIFY(samples.size() > 6000);

    const GlobalFactorModel global = fitGlobalFactor(samples);
    const RttErrorStats globalIn = globalFactorErrorStats(global, samples);
    const RttErrorStats shippedIn = rttErrorStats(RttModel(), samples);
    const CrossValidation cv = crossValidateRtt(samples, 5);
    qInfo("global factor k=%.4f overhead=%.3f ms", global.k, global.overheadMs);
    qInfo("in-sample   global factor:    %s", qPrintable(describe(globalIn)));
    qInfo("in-sample   shipped model:    %s", qPrintable(describe(shippedIn)));
    qInfo("5-fold held-out global factor: %s", qPrintable(describe(cv.baseline)));
    qInfo("5-fold held-out model:         %s", qPrintable(describe(cv.model)));

    // The baseline is the one README quotes (≈ 0.17 / 0.47).
    QVERIFY(std::abs(cv.baseline.medianAbsRelErr - 0.17) < 0.02);
    QVERIFY(std::abs(cv.baseline.p90AbsRelErr - 0.47) < 0.03);
    // Achieved: median ≈ 0.67× and P90 ≈ 0.83× the baseline, held out. P90 is bounded by
    // per-host routing that no geographic model sees (even one free factor per host only reaches
    // P90 ≈ 0.34), so its margin is smaller.
    QVERIFY(cv.model.medianAbsRelErr < 0.75 * cv.baseline.medianAbsRelErr);
    QVERIFY(cv.model.p90AbsRelErr < 0.88 * cv.baseline.p90AbsRelErr);
    QVERIFY(cv.model.meanAbsRelErr < 0.8 * cv.baseline.meanAbsRelErr);
    // The record reports quote (defaultRttCalibration) is what this data gives.
    QVERIFY(std::abs(cv.model.medianAbsRelErr - defaultRttCalibration().heldOutMedian) < 5e-4);
    QVERIFY(std::abs(cv.model.p90AbsRelErr - defaultRttCalibration().heldOutP90) < 5e-4);
    QVERIFY(std::abs(shippedIn.medianAbsRelErr - defaultRttCalibration().inSampleMedian) < 5e-4);
    QCOMPARE(int(samples.size()), defaultRttCalibration().pairs);
    // The shipped parameters are the fit on all of this data.
    QVERIFY(shippedIn.medianAbsRelErr < 0.7 * globalIn.medianAbsRelErr);
    QVERIFY(shippedIn.p90AbsRelErr < 0.85 * globalIn.p90AbsRelErr);
}

QTEST_APPLESS_MAIN(tst_RttFit)
#include "tst_rttfit.moc"
