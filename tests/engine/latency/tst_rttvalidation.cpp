// SPDX-License-Identifier: GPL-3.0-or-later
// Leave-cities-out validation of the RTT fit: the partition, the band statistics (closed form), recovery of
// a known model, and the held-out error bounds on the shared measured pairs (never the training rows).
#include "engine/geo/geodesy.h"
#include "engine/latency/modeluncertainty.h"
#include "engine/latency/rttfit.h"
#include "engine/latency/rttvalidation.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

using namespace ea;

namespace {

QString calibrationFile()
{
    return QStringLiteral(EA_SHARED_DATA_DIR "/rtt/rtt_calibration_pairs.csv");
}

// Cities spread over the zones; each synthetic pair joins two of them.
constexpr double kCities[][2] = {
    {-74.0, 40.7}, {-87.6, 41.9},  {-118.2, 34.1}, {-122.4, 37.8}, {-95.4, 29.8}, {-79.4, 43.7},
    {-99.1, 19.4}, {-46.6, -23.5}, {-58.4, -34.6}, {-70.7, -33.4}, {-0.1, 51.5},  {2.35, 48.9},
    {8.7, 50.1},   {13.4, 52.5},   {12.5, 41.9},   {-3.7, 40.4},   {18.1, 59.3},  {21.0, 52.2},
    {4.9, 52.4},   {16.4, 48.2},   {3.4, 6.5},     {28.0, -26.2},  {36.8, -1.3},  {55.3, 25.2},
    {72.9, 19.1},  {77.2, 28.6},   {139.7, 35.7},  {126.98, 37.6}, {121.5, 31.2}, {114.2, 22.3},
    {103.8, 1.35}, {151.2, -33.9}, {145.0, -37.8}, {174.8, -36.8}, {135.5, 34.7}, {-71.1, 42.4}};

std::vector<RttSample> synthetic(const RttModel &truth, double sigma, quint32 seed)
{
    QRandomGenerator rng(seed);
    std::vector<RttSample> out;
    const int n = int(std::size(kCities));
    for (int i = 0; i < n; ++i) {
        for (int j = i + 1; j < n; ++j) {
            const double u1 = rng.generateDouble(), u2 = rng.generateDouble();
            const double z = std::sqrt(-2.0 * std::log(1.0 - u1)) * std::cos(2.0 * geo::kPi * u2);
            const auto &a = kCities[i];
            const auto &b = kCities[j];
            out.push_back(
                {a[0], a[1], b[0], b[1], truth.rttMs(a[0], a[1], b[0], b[1]) * std::exp(sigma * z), {}});
        }
    }
    return out;
}

} // namespace

class tst_RttValidation : public QObject
{
    Q_OBJECT

private slots:
    void cityGroupsAreDeterministicAndBalanced();
    void bandErrorsClosedForm();
    void recoversAKnownModelOnHeldOutCities();
    void heldOutErrorsOnSharedData();
    void backboneTermsCarryToAnotherCloud();
};

void tst_RttValidation::cityGroupsAreDeterministicAndBalanced()
{
    // Same 0.25° cell, same group; the group does not depend on the other end of a pair.
    QCOMPARE(rttCityGroup(2.35, 48.86, 5), rttCityGroup(2.30, 48.80, 5));
    QCOMPARE(rttCityGroup(-74.0, 40.7, 7), rttCityGroup(-74.0, 40.7, 7));
    std::vector<int> count(5);
    for (int i = 0; i < 100; ++i)
        for (int j = 0; j < 50; ++j)
            ++count[rttCityGroup(-180 + 3.6 * i, -60 + 2.4 * j, 5)];
    for (int c : count)
        QVERIFY2(c > 850 && c < 1150, qPrintable(QString::number(c)));
}

void tst_RttValidation::bandErrorsClosedForm()
{
    const std::vector<double> km{50, 120, 300, 450, 800};
    const std::vector<double> model{9, 22, 30, 55, 100};
    const std::vector<double> measured{10, 20, 40, 50, 100};
    // Under 500 km: ratios 0.9, 1.1, 0.75, 1.1 → |err| 0.1, 0.1, 0.25, 0.1 → median 0.1; median ratio 1.0.
    const RttBandErrors b = rttBandErrors(km, model, measured, 0, 500);
    QCOMPARE(b.errors.n, 4);
    QVERIFY(std::abs(b.errors.medianAbsRelErr - 0.1) < 1e-12);
    QVERIFY(std::abs(b.medianRatio - 1.0) < 1e-12);
    QVERIFY(std::abs(b.errors.meanAbsRelErr - 0.1375) < 1e-12);
    // [250, 500): 0.75 and 1.1; the band's upper edge is exclusive, the lower inclusive.
    const RttBandErrors c = rttBandErrors(km, model, measured, 300, 800);
    QCOMPARE(c.errors.n, 2);
    QVERIFY(std::abs(c.medianRatio - (0.75 + 1.1) / 2) < 1e-12);
    QCOMPARE(rttBandErrors(km, model, measured, 1000, 2000).errors.n, 0);
}

void tst_RttValidation::recoversAKnownModelOnHeldOutCities()
{
    // Measurements drawn from a known model with 3 % noise: predicting cities the fit never saw must come
    // close to the noise, every pair must be predicted exactly once, and no band may be biased.
    RttParams known = defaultRttParams();
    known.sameZoneInflation += 0.2;
    known.oceanInflation -= 0.1;
    const RttModel truth(known);
    const std::vector<RttSample> samples = synthetic(truth, 0.03, 11);
    const RttCityHoldout h = validateRttByCity(samples, 4);
    qInfo("synthetic: n=%d median %.4f P90 %.4f ratio %.4f", h.all.n, h.all.medianAbsRelErr,
          h.all.p90AbsRelErr, h.medianRatio);
    QCOMPARE(h.all.n, int(samples.size()));
    QCOMPARE(h.cities, int(std::size(kCities)));
    QCOMPARE(h.groups, 4);
    QVERIFY(h.all.medianAbsRelErr < 0.04);
    QVERIFY(std::abs(h.medianRatio - 1.0) < 0.02);
    int inBands = 0;
    for (const RttBandErrors &b : h.bands)
        inBands += b.errors.n;
    QCOMPARE(inBands, h.all.n);
}

void tst_RttValidation::heldOutErrorsOnSharedData()
{
    if (!QFile::exists(calibrationFile()))
        QSKIP("shared calibration data not found (EA_SHARED_DATA_DIR/rtt/rtt_calibration_pairs.csv)");
    std::vector<RttSample> samples;
    QString error;
    QVERIFY2(readRttSamplesCsv(calibrationFile(), samples, &error), qPrintable(error));
    const RttCityHoldout h = validateRttByCity(samples, 5);
    qInfo("cities held out: n=%d median %.4f P90 %.4f ratio %.4f; under 500 km n=%d median %.4f ratio %.4f",
          h.all.n, h.all.medianAbsRelErr, h.all.p90AbsRelErr, h.medianRatio, h.under500.errors.n,
          h.under500.errors.medianAbsRelErr, h.under500.medianRatio);
    for (const RttBandErrors &b : h.bands)
        qInfo("  %6.0f-%6.0f km n=%5d median %.4f P90 %.4f ratio %.4f", b.fromKm, b.toKm, b.errors.n,
              b.errors.medianAbsRelErr, b.errors.p90AbsRelErr, b.medianRatio);
    QCOMPARE(h.all.n, int(samples.size()));
    // Bounds on predictions of cities each fit never saw (measured here, see README "Model fidelity"):
    // a regression of the model or its fit beyond them fails.
    // Measured 2026-12-07 with the backbone and major-hub terms: 0.1117 / 0.368 / 0.292 (before them: 0.123 /
    // 0.399 / 0.308). The targets (0.11 overall, 0.22 under 500 km) are not reached; these bounds are
    // what is.
    QVERIFY2(h.all.medianAbsRelErr < 0.115, qPrintable(QString::number(h.all.medianAbsRelErr)));
    QVERIFY2(h.all.p90AbsRelErr < 0.38, qPrintable(QString::number(h.all.p90AbsRelErr)));
    QVERIFY2(h.under500.errors.medianAbsRelErr < 0.30,
             qPrintable(QString::number(h.under500.errors.medianAbsRelErr)));
    QVERIFY2(h.bands[5].errors.medianAbsRelErr < 0.101,
             qPrintable(QString::number(h.bands[5].errors.medianAbsRelErr)));
    QVERIFY2(std::abs(h.medianRatio - 1.0) < 0.05, qPrintable(QString::number(h.medianRatio)));
    QVERIFY2(std::abs(h.under500.medianRatio - 1.0) < 0.10,
             qPrintable(QString::number(h.under500.medianRatio)));
    // The error bands the app shows next to modeled latencies are these measurements.
    const std::vector<RttBandAccuracy> &shipped = defaultRttBandAccuracy();
    QCOMPARE(shipped.size(), size_t(4));
    const RttBandErrors *measured[] = {&h.under500, &h.bands[3], &h.bands[4], &h.bands[5]};
    for (size_t i = 0; i < shipped.size(); ++i) {
        QCOMPARE(shipped[i].toKm, measured[i]->toKm);
        QVERIFY2(std::abs(shipped[i].medianAbsRelErr - measured[i]->errors.medianAbsRelErr) < 5e-4,
                 qPrintable(QString::number(measured[i]->errors.medianAbsRelErr)));
        QVERIFY2(std::abs(shipped[i].p90AbsRelErr - measured[i]->errors.p90AbsRelErr) < 5e-4,
                 qPrintable(QString::number(measured[i]->errors.p90AbsRelErr)));
    }
}

void tst_RttValidation::backboneTermsCarryToAnotherCloud()
{
    // The backbone terms are fitted on one cloud's inter-region table and predict another's: fit on the
    // WonderProxy pairs and Google Cloud's table, predict AWS's (and the other way round). The same fit with
    // every pair taken as an internet path (the model before the backbone terms) is the reference.
    if (!QFile::exists(calibrationFile()))
        QSKIP("shared calibration data not found (EA_SHARED_DATA_DIR/rtt/rtt_calibration_pairs.csv)");
    std::vector<RttSample> samples;
    QString error;
    QVERIFY2(readRttSamplesCsv(calibrationFile(), samples, &error), qPrintable(error));
    for (const char *held : {"gcp", "aws"}) {
        std::vector<RttSample> train, test, trainInternet, testInternet;
        for (const RttSample &s : samples) {
            const bool isHeld = s.source.startsWith(QLatin1String(held));
            (isHeld ? test : train).push_back(s);
            RttSample asInternet = s;
            asInternet.path = RttModel::PathKind::Internet;
            (isHeld ? testInternet : trainInternet).push_back(asInternet);
        }
        QVERIFY(test.size() >= 200);
        QVERIFY(std::all_of(test.begin(), test.end(),
                            [](const RttSample &s) { return s.path == RttModel::PathKind::Backbone; }));
        const RttErrorStats with = rttErrorStats(RttModel(fitRttModel(train, RttParams{})), test);
        const RttErrorStats without =
            rttErrorStats(RttModel(fitRttModel(trainInternet, RttParams{})), testInternet);
        qInfo("%s held out (n=%d): median %.4f P90 %.4f; as internet paths: median %.4f P90 %.4f", held,
              with.n, with.medianAbsRelErr, with.p90AbsRelErr, without.medianAbsRelErr, without.p90AbsRelErr);
        // Measured: Google Cloud 0.102 (0.130 as internet paths, P90 0.29 against 0.42), AWS 0.103 (0.112,
        // P90 0.26 against 0.28).
        QVERIFY(with.medianAbsRelErr < 0.11);
        QVERIFY(with.medianAbsRelErr < 0.95 * without.medianAbsRelErr);
        QVERIFY(with.p90AbsRelErr < without.p90AbsRelErr);
    }
}

QTEST_GUILESS_MAIN(tst_RttValidation)
#include "tst_rttvalidation.moc"
