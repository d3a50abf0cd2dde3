// SPDX-License-Identifier: GPL-3.0-or-later
// The request RTT, the one definition the monitor and the calibration share, and the window statistics built
// on it, against values worked out by hand.
#include "engine/monitor/monitortarget.h"

#include <QTest>

using namespace ea;

namespace {
ProbeResult probe(double dns, double connect, double tls, double firstByte)
{
    ProbeResult r;
    r.state = ProbeState::Ok;
    r.dnsMs = dns;
    r.connectMs = connect;
    r.tlsMs = tls;
    r.firstByteMs = firstByte;
    return r;
}

MonitorTarget ttftTarget(double percentile)
{
    MonitorTarget t;
    t.slo.metric = SloMetric::Ttft;
    t.slo.percentile = percentile;
    return t;
}
} // namespace

class tst_MonitorTarget : public QObject
{
    Q_OBJECT

private slots:
    void requestRtt_data()
    {
        QTest::addColumn<double>("dns");
        QTest::addColumn<double>("connect");
        QTest::addColumn<double>("tls");
        QTest::addColumn<double>("firstByte");
        QTest::addColumn<double>("expected");
        QTest::newRow("fresh TLS connection") << 4.0 << 10.0 << 21.0 << 60.0 << 25.0;
        QTest::newRow("reused connection") << 0.0 << 0.0 << 0.0 << 12.5 << 12.5;
        QTest::newRow("plain HTTP (no TLS phase)") << 1.0 << 2.0 << -1.0 << 9.0 << 6.0;
        QTest::newRow("phases unknown") << -1.0 << -1.0 << -1.0 << 7.0 << 7.0;
        QTest::newRow("no first byte") << 1.0 << 2.0 << 3.0 << -1.0 << -1.0;
        // No network answers in no time: a first byte at the end of the set-up holds no round trip.
        QTest::newRow("first byte at the set-up's end") << 1.0 << 2.0 << 3.0 << 6.0 << -1.0;
        QTest::newRow("first byte before the set-up's end") << 1.0 << 2.0 << 3.0 << 5.0 << -1.0;
    }

    void requestRtt()
    {
        QFETCH(double, dns);
        QFETCH(double, connect);
        QFETCH(double, tls);
        QFETCH(double, firstByte);
        QFETCH(double, expected);
        QCOMPARE(requestRttMs(probe(dns, connect, tls, firstByte)), expected);
    }

    void statistics()
    {
        // Request RTT i ms and TTFT 2i ms for i = 1..100, and one failure: p50 50.5, p95 95.05 (type 7).
        std::vector<ProbeResult> results;
        for (int i = 1; i <= 100; ++i) {
            ProbeResult r = probe(0, 0, 0, i);
            r.ttftMs = 2.0 * i;
            r.itlP50Ms = 5;
            results.push_back(r);
        }
        ProbeResult stalled = probe(0, 0, 0, 20);
        stalled.state = ProbeState::Stalled;
        results.push_back(stalled);
        MonitorTarget t = ttftTarget(95);
        const TargetStats s = computeStats(results, t);
        QCOMPARE(s.samples, 101);
        QCOMPARE(s.failures, 1);
        QCOMPARE(s.rttP50Ms, 50.5);
        QVERIFY(std::abs(s.rttP95Ms - 95.05) < 1e-9);
        QVERIFY(std::abs(s.sloValueMs - 190.1) < 1e-9);
        // An end-to-end SLO: TTFT plus the workload's further tokens at the measured ITL.
        t.slo.metric = SloMetric::E2e;
        t.outputTokens = 11;
        QCOMPARE(sloMeasuredMs(results[0], t.slo, t.outputTokens), 2.0 + 10 * 5.0);
    }

    void statisticsSkipWhatHasNoRoundTrip()
    {
        // Request RTTs 10, 20, 30 and one probe without a round trip: the median is 20 (a 0 would make it
        // 15).
        const MonitorTarget t = ttftTarget(50);
        const TargetStats s =
            computeStats({probe(0, 0, 0, 10), probe(0, 0, 0, 20), probe(0, 0, 0, 30), probe(1, 2, 3, 4)}, t);
        QCOMPARE(s.samples, 4);
        QCOMPARE(s.rttP50Ms, 20.0);
        QCOMPARE(s.sloValueMs, 15.0); // first bytes 4, 10, 20, 30 (no TTFT): median 15
        QCOMPARE(s.ttftP95Ms, -1.0);  // no TTFT at all: none
        QCOMPARE(computeStats({}, t).rttP50Ms, -1.0);
    }
};

QTEST_GUILESS_MAIN(tst_MonitorTarget)
#include "tst_monitortarget.moc"
