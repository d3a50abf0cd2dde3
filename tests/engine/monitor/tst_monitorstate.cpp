// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's data without widgets: results in, window statistics, alarms and the map's probe set out, fed
// the way the Monitor and the probe agent feed it, with every expected figure worked out from the inputs.
#include "engine/monitor/monitorstate.h"

#include <QSignalSpy>
#include <QTest>

using namespace ea;

namespace {
constexpr qint64 kNow = 1'800'000'000'000; // ms since the epoch

MonitorTarget nodeTarget(const QString &id, int node)
{
    MonitorTarget t;
    t.probe.id = id;
    t.probe.url = QStringLiteral("http://127.0.0.1:1/") + id;
    t.node = node;
    t.modeledRttMs = 20;
    t.bandLowMs = 12;
    t.bandHighMs = 28;
    t.budgetMs = 100;
    t.slo.metric = SloMetric::Ttft;
    t.slo.percentile = 50;
    t.slo.budgetMs = 100;
    return t;
}

/** A successful probe whose request RTT is rttMs (first byte after 3 ms of set-up) and TTFT ttftMs. */
ProbeResult ok(const QString &id, qint64 t, double rttMs, double ttftMs = 50)
{
    ProbeResult r;
    r.targetId = id;
    r.url = QStringLiteral("http://127.0.0.1:1/") + id;
    r.timestampMs = t;
    r.state = ProbeState::Ok;
    r.dnsMs = 1;
    r.connectMs = 2;
    r.tlsMs = 0;
    r.firstByteMs = 3 + rttMs;
    r.ttftMs = ttftMs;
    return r;
}

int count(const AlarmLog *log, Alarm::Kind kind, const QString &target)
{
    int n = 0;
    for (int i = 0; i < log->size(); ++i)
        n += log->at(i).kind == kind && log->at(i).targetId == target;
    return n;
}
} // namespace

class tst_MonitorState : public QObject
{
    Q_OBJECT

private slots:
    void resultsStatisticsAndTheProbeSet()
    {
        MonitorState state;
        Vantage v;
        v.lon = 2.35;
        v.lat = 48.85;
        state.setVantage(v);
        QSignalSpy reset(&state, &MonitorState::targetsReset), results(&state, &MonitorState::resultChanged),
            statsChanged(&state, &MonitorState::statsChanged), refreshed(&state, &MonitorState::refreshed);
        MonitorTarget url = nodeTarget(QStringLiteral("adhoc"), -1);
        url.modeledRttMs = -1;
        state.setTargets({nodeTarget(QStringLiteral("a"), 4), nodeTarget(QStringLiteral("b"), 7), url});
        QCOMPARE(reset.count(), 1);
        QCOMPARE(state.size(), 3);
        QCOMPARE(state.rowOf(QStringLiteral("b")), 1);
        QCOMPARE(state.rowOf(QStringLiteral("nobody")), -1);
        // The probe set right away: the scenario nodes, pending, from the vantage point.
        QVERIFY(state.liveProbes());
        QCOMPARE(int(state.liveProbes()->probes.size()), 2);
        QCOMPARE(state.liveProbes()->vantageLon, 2.35);
        QCOMPARE(state.liveProbes()->probes[0].standing, LiveProbeSet::Standing::Pending);

        QVERIFY(!state.addResult(ok(QStringLiteral("nobody"), kNow, 10), kNow, 1));
        // Target a: request RTTs 10, 30, 20, 16, 14, TTFTs 40..44.
        const double rtts[] = {10, 30, 20, 16, 14};
        for (int i = 0; i < 5; ++i)
            QVERIFY(
                state.addResult(ok(QStringLiteral("a"), kNow - 5000 + 1000 * i, rtts[i], 40 + i), kNow, 77));
        QCOMPARE(results.count(), 5);
        QCOMPARE(state.lastResult(0)->timestampMs, kNow - 1000);
        // A result that arrives late is stored but does not replace the newest.
        QVERIFY(state.addResult(ok(QStringLiteral("a"), kNow - 9000, 18), kNow, 78));
        QCOMPARE(results.count(), 5);
        QCOMPARE(state.lastResult(0)->timestampMs, kNow - 1000);
        QCOMPARE(state.stats(0).samples, 0); // statistics wait for refresh()
        state.refresh(kNow);
        QCOMPARE(refreshed.count(), 1);
        QCOMPARE(statsChanged.count(), 1); // only the target that changed
        const TargetStats &s = state.stats(0);
        QCOMPARE(s.samples, 6);
        QCOMPARE(s.rttP50Ms, 17.0);                  // 10, 14, 16, 18, 20, 30
        QVERIFY(std::abs(s.rttP95Ms - 27.5) < 1e-9); // h = 0.95·5 = 4.75: 20 + 0.75·(30 − 20)
        QCOMPARE(s.sloValueMs, 42.5); // TTFT p50 of 40..44 and 50 (the late one): 42 + 0.5·(43 − 42)
        QVERIFY(!state.outsideBand(0));
        QCOMPARE(state.liveProbes()->probes[0].standing, LiveProbeSet::Standing::WithinBand);
        QCOMPARE(state.liveProbes()->probes[0].measuredMs, 18.0); // the newest taken in
        QCOMPARE(state.liveProbes()->probes[0].freshAtMs, 78);
        QCOMPARE(state.measuredRtt().value(4), 18.0);
        QVERIFY(!state.measuredRtt().contains(7));
        QCOMPARE(state.alarms()->size(), 0);
        // Nothing new: refresh() does nothing.
        state.refresh(kNow + 100);
        QCOMPARE(refreshed.count(), 1);
    }

    void alarmsFollowTheRules()
    {
        MonitorState state;
        state.setTargets({nodeTarget(QStringLiteral("a"), 0)});
        // Three probes at 3× the model: outside the band (median 60 > 28), and a TTFT over the budget.
        for (int i = 0; i < 5; ++i)
            state.addResult(ok(QStringLiteral("a"), kNow - 1000 * i, 60, 150), kNow, 1);
        state.refresh(kNow);
        QCOMPARE(count(state.alarms(), Alarm::Kind::OutsideBand, QStringLiteral("a")), 1);
        QCOMPARE(count(state.alarms(), Alarm::Kind::SloBreach, QStringLiteral("a")), 1);
        QVERIFY(state.outsideBand(0));
        QCOMPARE(state.liveProbes()->probes[0].standing, LiveProbeSet::Standing::OutsideBand);
        // The same condition on the next refresh raises nothing new.
        state.addResult(ok(QStringLiteral("a"), kNow, 61, 150), kNow, 2);
        state.refresh(kNow);
        QCOMPARE(state.alarms()->size(), 2);
        // A failure: a fault alarm, the map shows it failed; success again: recovered.
        ProbeResult failed = ok(QStringLiteral("a"), kNow + 1, 0);
        failed.state = ProbeState::Timeout;
        failed.firstByteMs = -1;
        state.addResult(failed, kNow, 3);
        QCOMPARE(count(state.alarms(), Alarm::Kind::Fault, QStringLiteral("a")), 1);
        state.refresh(kNow + 10);
        QCOMPARE(state.liveProbes()->probes[0].standing, LiveProbeSet::Standing::Failed);
        QVERIFY(!state.measuredRtt().contains(0));
        state.addResult(ok(QStringLiteral("a"), kNow + 2, 61, 150), kNow, 4);
        QCOMPARE(count(state.alarms(), Alarm::Kind::Recovered, QStringLiteral("a")), 1);

        // New predictions for the same target: results and statistics stay, the rules judge afresh, so the
        // band alarm is raised again against the new band (here a band the measurements still miss).
        QSignalSpy reset(&state, &MonitorState::targetsReset),
            predictions(&state, &MonitorState::predictionsChanged);
        MonitorTarget moved = nodeTarget(QStringLiteral("a"), 0);
        moved.bandLowMs = 100;
        moved.bandHighMs = 200;
        state.updateTargets({moved});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(predictions.count(), 1);
        QVERIFY(state.lastResult(0));
        QCOMPARE(state.target(0).bandLowMs, 100.0);
        QVERIFY(!state.alarmState(0).outsideBand && !state.alarmState(0).hasState);
        state.refresh(kNow + 20);
        QCOMPARE(count(state.alarms(), Alarm::Kind::OutsideBand, QStringLiteral("a")), 2);
        // Other targets: a reset, nothing kept.
        state.updateTargets({nodeTarget(QStringLiteral("b"), 1)});
        QCOMPARE(reset.count(), 1);
        QVERIFY(!state.lastResult(0));
    }

    void windowBoundsTheStatistics()
    {
        MonitorState state;
        state.setTargets({nodeTarget(QStringLiteral("a"), 0)});
        state.setProbeIntervalMs(1000);
        state.setWindowMs(60'000);
        // One probe a second for five minutes: the request RTT is the probe's age in seconds.
        for (int age = 0; age < 300; ++age)
            state.addResult(ok(QStringLiteral("a"), kNow - 1000LL * age, double(age + 1)), kNow, 1);
        state.refresh(kNow);
        QCOMPARE(state.stats(0).samples, 61); // the last minute, both ends included
        QCOMPARE(state.stats(0).rttP50Ms, 31.0);
        // A longer window than MaxWindowProbes probes apart: bounded to 300 probes' worth (300 s here).
        state.setWindowMs(3'600'000);
        state.refresh(kNow);
        QCOMPARE(state.stats(0).samples, 300);
        // A faster interval shortens the bound: 300 probes at 100 ms are 30 s.
        state.setProbeIntervalMs(100);
        state.invalidateStats();
        state.refresh(kNow);
        QCOMPARE(state.stats(0).samples, 31);
        QCOMPARE(state.windowMs(), 3'600'000);
        state.setWindowMs(10); // at least a second
        QCOMPARE(state.windowMs(), 1000);
    }
};

QTEST_GUILESS_MAIN(tst_MonitorState)
#include "tst_monitorstate.moc"
