// SPDX-License-Identifier: GPL-3.0-or-later
// Calibration samples from probe results: one sample per scenario node, the median of its request RTTs, and
// end to end, probes of a simulated deployment calibrate the network model towards the deployment's truth.
#include "engine/monitor/monitortarget.h"
#include "engine/monitor/probecalibration.h"
#include "engine/probe/prober.h"
#include "engine/probe/simulator.h"
#include "tests/engine/latency/calibrationfixture.h"

#include <QTest>

using namespace ea;
using namespace ea::test;
using geo::Zone;

namespace {
ProbeResult probe(const QString &target, double firstByteMs, double setupMs,
                  ProbeState state = ProbeState::Ok)
{
    ProbeResult r;
    r.targetId = target;
    r.state = state;
    r.dnsMs = setupMs / 2;
    r.connectMs = setupMs / 2;
    r.tlsMs = -1; // plain HTTP: no TLS phase
    r.firstByteMs = firstByteMs;
    return r;
}
} // namespace

class tst_ProbeCalibration : public QObject
{
    Q_OBJECT

private slots:
    void oneSamplePerNodeTheMedianRequestRtt()
    {
        const Scenario &s = defaultScenario();
        const QString a = s.nodes[3].id, b = s.nodes[7].id;
        std::vector<ProbeResult> results{
            probe(a, 30, 10),
            probe(a, 14, 2),
            probe(a, 52, 2),                       // request RTT 20, 12, 50: median 20
            probe(a, 5, 0, ProbeState::HttpError), // failures do not count
            probe(a, 4, 6),                        // first byte before the set-up ended: no RTT
            probe(b, 9, 1),
            probe(b, 13, 1),                                   // 8 and 12: median 10
            probe(QStringLiteral("not-a-node"), 20, 1),        // no node: skipped
            probe(s.nodes[9].id, 20, 1, ProbeState::Timeout)}; // nothing usable: skipped
        QStringList skipped;
        const auto samples =
            calibrationSamplesFromProbes(s, results, kParisLon, kParisLat, QStringLiteral("par"), &skipped);
        QCOMPARE(samples.size(), size_t(2));
        QCOMPARE(samples[0].label, a);
        QCOMPARE(samples[0].node, 3);
        QCOMPARE(samples[0].measuredMs, 20.0);
        QCOMPARE(samples[0].provider, s.nodes[3].provider);
        QCOMPARE(samples[0].vantageRegion, QStringLiteral("par"));
        QCOMPARE(samples[0].vantageLon, kParisLon);
        QCOMPARE(samples[1].label, b);
        QCOMPARE(samples[1].measuredMs, 10.0);
        QCOMPARE(skipped, (QStringList{QStringLiteral("not-a-node"), s.nodes[9].id}));
        // The samples are the monitor's request RTT, the one definition.
        QCOMPARE(requestRttMs(results[0]), 20.0);
        QCOMPARE(requestRttMs(results[4]), -1.0);
    }

    void fromSimulatedProbes()
    {
        // End to end: a simulated deployment answers with the "true" model's RTTs; probes of its health
        // endpoints calibrate the shipped model towards the truth.
        const Scenario &s = defaultScenario();
        Scenario trueScenario = s;
        trueScenario.network.rtt = trueParams(s);
        trueScenario.network.hasRtt = true;
        SimulatorOptions so;
        so.count = 12;
        so.userLon = kParisLon;
        so.userLat = kParisLat;
        // Delays four times longer, measured times scaled back: the loopback and scheduling overhead (a few
        // ms on a loaded 2-core machine, which the fit would take for access time) shrinks fourfold.
        so.timeScale = 4;
        SimulatedDeployment sim(std::make_shared<const Scenario>(trueScenario), so);
        QString error;
        QVERIFY2(sim.start(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        std::vector<ProbeTarget> targets;
        for (const SimulatedNode &n : sim.nodes()) {
            ProbeTarget t;
            t.id = n.id;
            t.url = sim.healthUrl(n.id);
            targets.push_back(t);
        }
        ProbeSettings settings;
        settings.intervalMs = 50;
        auto results = Prober::probe(targets, settings, 3);
        sim.stop();
        for (ProbeResult &r : results)
            if (r.firstByteMs > 0)
                r.firstByteMs /= so.timeScale;
        QStringList skipped;
        const auto samples =
            calibrationSamplesFromProbes(s, results, kParisLon, kParisLat, QString(), &skipped);
        QVERIFY2(skipped.isEmpty(), qPrintable(skipped.join(QLatin1Char(','))));
        QCOMPARE(samples.size(), sim.nodes().size());
        for (const CalibrationSample &c : samples) { // each sample is the simulator's modeled network RTT
            const auto it = std::find_if(sim.nodes().begin(), sim.nodes().end(),
                                         [&](const SimulatedNode &n) { return n.id == c.label; });
            QVERIFY(it != sim.nodes().end());
            // Never early (the delay is injected exactly); late by loopback overhead and, on a loaded
            // 2-core machine under the sanitizers, scheduling pauses.
            QVERIFY2(c.measuredMs > it->networkRttMs - 0.5 &&
                         c.measuredMs < it->networkRttMs + 15 + 0.1 * it->networkRttMs,
                     qPrintable(c.label));
        }
        const CalibrationResult r = calibrateNetwork(s, samples);
        QVERIFY2(r.ok, qPrintable(r.error));
        qDebug("simulated probes: median abs rel error %.3f -> %.3f, access %.1f -> %.1f ms (true 22)",
               r.before.medianAbsRelErr, r.after.medianAbsRelErr, r.access[0].beforeMs, r.access[0].afterMs);
        QVERIFY(r.after.medianAbsRelErr < r.before.medianAbsRelErr);
        QVERIFY(r.after.medianAbsRelErr < 0.05);
        const FittedInflation *eu = fittedPair(r, Zone::Europe, Zone::Europe);
        QVERIFY(eu);
        QVERIFY(std::fabs(eu->after - RttModel(trueParams(s)).pairInflation(Zone::Europe, Zone::Europe)) <
                0.15);
    }
};

QTEST_GUILESS_MAIN(tst_ProbeCalibration)
#include "tst_probecalibration.moc"
