// SPDX-License-Identifier: GPL-3.0-or-later
// Network calibration: known parameters are recovered from synthetic measurements (from simulated probes:
// tst_ProbeCalibration).
#include "engine/latency/calibration.h"
#include "tests/engine/latency/calibrationfixture.h"

#include <QTest>

#include <random>

using namespace ea;
using namespace ea::test;
using geo::Zone;

namespace {
/** Up to perZone nodes of each zone, spread over the scenario's node list. */
std::vector<int> pickNodes(const Scenario &s, int perZone)
{
    std::array<std::vector<int>, geo::kZoneCount> byZone;
    for (size_t i = 0; i < s.nodes.size(); ++i)
        byZone[static_cast<size_t>(geo::zoneOf(s.nodes[i].lon, s.nodes[i].lat))].push_back(
            static_cast<int>(i));
    std::vector<int> out;
    for (const auto &z : byZone) {
        const size_t step = std::max<size_t>(1, z.size() / static_cast<size_t>(perZone));
        for (size_t j = 0; j < z.size() && j / step < static_cast<size_t>(perZone); j += step)
            out.push_back(z[j]);
    }
    return out;
}

std::vector<CalibrationSample> synthetic(const Scenario &s, const RttModel &truth, double noise, quint32 seed)
{
    std::mt19937 rng(seed);
    std::normal_distribution<double> gauss(0, 1);
    const RttModel::Site user = truth.site(kParisLon, kParisLat);
    std::vector<CalibrationSample> out;
    for (int i : pickNodes(s, 8)) {
        CalibrationSample c;
        c.vantageLon = kParisLon;
        c.vantageLat = kParisLat;
        c.node = i;
        c.label = s.nodes[static_cast<size_t>(i)].id;
        const Node &n = s.nodes[static_cast<size_t>(i)];
        c.measuredMs = (truth.userAccessMs(user) + truth.rttMs(user, truth.site(n.lon, n.lat))) *
                       (1 + noise * gauss(rng));
        out.push_back(c);
    }
    return out;
}
} // namespace

class TestCalibration : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownParameters()
    {
        const Scenario &s = defaultScenario();
        const RttModel truth(trueParams(s));
        const auto samples = synthetic(s, truth, 0.02, 7);
        QVERIFY(samples.size() >= 30);
        const CalibrationResult r = calibrateNetwork(s, samples);
        QVERIFY2(r.ok, qPrintable(r.error));
        for (const auto &[a, b] :
             {std::pair{Zone::Europe, Zone::Europe}, std::pair{Zone::Europe, Zone::NorthAmerica},
              std::pair{Zone::Europe, Zone::EastAsia}, std::pair{Zone::Europe, Zone::SouthAsia}}) {
            const FittedInflation *f = fittedPair(r, a, b);
            QVERIFY(f);
            const double expected = truth.pairInflation(a, b);
            qDebug("%s-%s: k %.3f -> %.3f (true %.3f), %d samples", qPrintable(geo::zoneCode(a)),
                   qPrintable(geo::zoneCode(b)), f->before, f->after, expected, f->samples);
            QVERIFY2(std::fabs(f->after - expected) < 0.08, qPrintable(QString::number(f->after)));
        }
        QCOMPARE(r.access.size(), size_t(1));
        qDebug("access %.2f -> %.2f ms (true 22)", r.access[0].beforeMs, r.access[0].afterMs);
        QVERIFY(std::fabs(r.access[0].afterMs - 22) < 3);
        qDebug("errors before: median %.3f p90 %.3f median %.2f ms; after: %.3f %.3f %.2f ms; held out %.3f",
               r.before.medianAbsRelErr, r.before.p90AbsRelErr, r.before.medianAbsMs, r.after.medianAbsRelErr,
               r.after.p90AbsRelErr, r.after.medianAbsMs, r.heldOut ? r.heldOut->medianAbsRelErr : -1);
        QVERIFY(r.after.medianAbsRelErr < r.before.medianAbsRelErr);
        QVERIFY(r.after.p90AbsRelErr < r.before.p90AbsRelErr);
        QVERIFY(r.after.medianAbsRelErr < 0.03); // the noise is 2 %
        QVERIFY(r.heldOut);
        QVERIFY(r.heldOut->medianAbsRelErr < r.before.medianAbsRelErr);
        QCOMPARE(r.after.n, int(samples.size()));

        // The applied scenario predicts what the truth does, and is otherwise unchanged.
        const Scenario applied = r.apply(s);
        QVERIFY(applied.network.hasRtt);
        QCOMPARE(applied.nodes, s.nodes);
        QCOMPARE(applied.workloads, s.workloads);
        const RttModel fitted = RttModel::forScenario(applied);
        QVERIFY(std::fabs(fitted.params().userAccessMs[size_t(Zone::Europe)] - 22) < 3);
        const RttModel::Site paris = truth.site(kParisLon, kParisLat);
        for (int i : pickNodes(s, 2)) {
            const Node &n = s.nodes[size_t(i)];
            const double zone =
                geo::zoneOf(n.lon, n.lat) == Zone::Europe || geo::zoneOf(n.lon, n.lat) == Zone::NorthAmerica;
            if (!zone)
                continue;
            const double t = truth.rttMs(paris, truth.site(n.lon, n.lat));
            const double f = fitted.rttMs(paris, fitted.site(n.lon, n.lat));
            QVERIFY2(std::fabs(f - t) / t < 0.05, qPrintable(n.id));
        }
        QVERIFY(r.params.note.contains(QLatin1String("calibrated on")));
    }

    void regionVantageSetsTheRegionsAccess()
    {
        const Scenario &s = defaultScenario();
        QVERIFY(!s.regions.empty());
        const DemandRegion &region = s.regions.front();
        RttParams p = trueParams(s);
        const RttModel truth(p);
        const RttModel::Site user = truth.site(region.lon, region.lat);
        std::vector<CalibrationSample> samples;
        for (int i : pickNodes(s, 4)) {
            const Node &n = s.nodes[size_t(i)];
            CalibrationSample c;
            c.vantageLon = region.lon;
            c.vantageLat = region.lat;
            c.vantageRegion = region.id;
            c.node = i;
            c.measuredMs = 31 + truth.rttMs(user, truth.site(n.lon, n.lat));
            samples.push_back(c);
        }
        const CalibrationResult r = calibrateNetwork(s, samples);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.access.size(), size_t(1));
        QCOMPARE(r.access[0].region, region.id);
        QVERIFY(std::fabs(r.access[0].afterMs - 31) < 1.5);
        const Scenario applied = r.apply(s);
        QVERIFY(applied.regions.front().accessMs);
        QCOMPARE(*applied.regions.front().accessMs, r.access[0].afterMs);
        QCOMPARE(applied.network.rtt.userAccessMs,
                 RttModel::forScenario(s).params().userAccessMs); // zones untouched
        QVERIFY(r.after.medianAbsRelErr < 0.01);                  // noise-free
    }

    void degenerateInputIsExplained()
    {
        const Scenario &s = defaultScenario();
        CalibrationResult r = calibrateNetwork(s, {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("no measurements")), qPrintable(r.error));
        QCOMPARE(r.apply(s), s); // a failed calibration changes nothing

        CalibrationSample one;
        one.vantageLon = kParisLon;
        one.vantageLat = kParisLat;
        one.node = 0;
        one.measuredMs = 40;
        r = calibrateNetwork(s, {one, one, one});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("two nodes")), qPrintable(r.error));

        CalibrationSample bad = one;
        bad.node = 1;
        bad.measuredMs = -3;
        bad.label = QStringLiteral("broken-probe");
        r = calibrateNetwork(s, {one, bad});
        QVERIFY(!r.ok);
        QVERIFY(r.error.contains(QLatin1String("broken-probe")));

        bad.measuredMs = 10;
        bad.node = int(s.nodes.size());
        r = calibrateNetwork(s, {one, bad});
        QVERIFY(!r.ok);
    }

    void boundsHold()
    {
        // Measurements faster than light in fibre along the path: k stays >= 1, access >= 0.
        const Scenario &s = defaultScenario();
        const RttModel m = RttModel::forScenario(s);
        const RttModel::Site user = m.site(kParisLon, kParisLat);
        std::vector<CalibrationSample> samples;
        for (int i : pickNodes(s, 3)) {
            const Node &n = s.nodes[size_t(i)];
            CalibrationSample c;
            c.vantageLon = kParisLon;
            c.vantageLat = kParisLat;
            c.node = i;
            c.measuredMs = 0.3 * m.floorMs(user, m.site(n.lon, n.lat)) + 0.5;
            samples.push_back(c);
        }
        const CalibrationResult r = calibrateNetwork(s, samples);
        QVERIFY(r.ok);
        for (const FittedInflation &f : r.inflations)
            QVERIFY(f.after >= 1.0);
        QVERIFY(r.access[0].afterMs >= 0);
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
