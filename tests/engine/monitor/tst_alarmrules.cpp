// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's alarm rules, driven step by step: raised once when a condition starts, recovered once when it
// ends, with the hysteresis margins computed by hand from the band and the budget.
#include "engine/monitor/alarmrules.h"

#include <QTest>

using namespace ea;

namespace {
MonitorTarget target()
{
    MonitorTarget t;
    t.probe.id = QStringLiteral("par");
    t.node = 0;
    t.modeledRttMs = 100;
    t.bandLowMs = 60; // ±40 %
    t.bandHighMs = 140;
    t.budgetMs = 200;
    t.slo.metric = SloMetric::Ttft;
    t.slo.percentile = 95;
    t.slo.budgetMs = 200;
    t.workloadName = QStringLiteral("chat");
    return t;
}

TargetStats window(double p50, double sloValue, int samples = 10, int failures = 0)
{
    TargetStats s;
    s.samples = samples;
    s.failures = failures;
    s.rttP50Ms = p50;
    s.sloValueMs = sloValue;
    return s;
}

ProbeResult result(ProbeState state)
{
    ProbeResult r;
    r.targetId = QStringLiteral("par");
    r.url = QStringLiteral("http://127.0.0.1:1/v1/chat/completions");
    r.state = state;
    if (state != ProbeState::Ok)
        r.errorText = QStringLiteral("boom");
    return r;
}

/** The kinds of alarms, in order. */
QList<Alarm::Kind> kinds(const std::vector<Alarm> &alarms)
{
    QList<Alarm::Kind> out;
    for (const Alarm &a : alarms)
        out << a.kind;
    return out;
}
using K = Alarm::Kind;
} // namespace

class tst_AlarmRules : public QObject
{
    Q_OBJECT

private slots:
    void bandWithHysteresis()
    {
        const MonitorTarget t = target();
        AlarmRules::State s;
        // Inside: nothing. Just above the band: raised once, not again while it stays outside.
        QVERIFY(AlarmRules::onStats(s, t, window(139, 100), 0).empty());
        const auto raised = AlarmRules::onStats(s, t, window(141, 100), 1000);
        QCOMPARE(kinds(raised), QList<K>{K::OutsideBand});
        QCOMPARE(raised[0].timestampMs, 1000);
        QCOMPARE(raised[0].targetId, QStringLiteral("par"));
        QVERIFY(raised[0].message.contains(QStringLiteral("outside the model's band")));
        QVERIFY(s.outsideBand);
        QVERIFY(AlarmRules::onStats(s, t, window(150, 100), 0).empty());
        // Back inside, but within the margin: 10 % of the band's width (80 ms), half on each side: 4 ms.
        // 136.5 > 140 − 4: still outside; 135.5 < 136: recovered.
        QVERIFY(AlarmRules::onStats(s, t, window(136.5, 100), 0).empty());
        QVERIFY(s.outsideBand);
        QCOMPARE(kinds(AlarmRules::onStats(s, t, window(135.5, 100), 0)), QList<K>{K::Recovered});
        QVERIFY(!s.outsideBand);
        // Below the band works the same way: 59 raises, 63.5 (< 60 + 4) holds, 64.5 recovers.
        QCOMPARE(kinds(AlarmRules::onStats(s, t, window(59, 100), 0)), QList<K>{K::OutsideBand});
        QVERIFY(AlarmRules::onStats(s, t, window(63.5, 100), 0).empty());
        QCOMPARE(kinds(AlarmRules::onStats(s, t, window(64.5, 100), 0)), QList<K>{K::Recovered});
        // A value on the edge does not flap: 140.5 raises, then 139.5 (inside, but not by the margin) holds.
        QCOMPARE(kinds(AlarmRules::onStats(s, t, window(140.5, 100), 0)), QList<K>{K::OutsideBand});
        for (double v : {139.5, 140.5, 139.5, 140.5})
            QVERIFY(AlarmRules::onStats(s, t, window(v, 100), 0).empty());
    }

    void bandNeedsEnoughSamplesAndAModel()
    {
        MonitorTarget t = target();
        AlarmRules::State s;
        // Two successful probes are too few (MinBandSamples = 3), failures do not count.
        QVERIFY(AlarmRules::onStats(s, t, window(500, 100, 2), 0).empty());
        QVERIFY(AlarmRules::onStats(s, t, window(500, 100, 4, 2), 0).empty());
        QCOMPARE(kinds(AlarmRules::onStats(s, t, window(500, 100, 3), 0)), QList<K>{K::OutsideBand});
        // No model: no band alarm at all.
        t.modeledRttMs = -1;
        AlarmRules::State fresh;
        QVERIFY(AlarmRules::onStats(fresh, t, window(500, 100), 0).empty());
    }

    void sloBreachWithHysteresis()
    {
        const MonitorTarget t = target();
        AlarmRules::State s;
        QVERIFY(AlarmRules::onStats(s, t, window(100, 200), 0).empty()); // at the budget: met
        const auto breach = AlarmRules::onStats(s, t, window(100, 201), 0);
        QCOMPARE(kinds(breach), QList<K>{K::SloBreach});
        QVERIFY(breach[0].message.contains(QStringLiteral("TTFT measured")));
        QVERIFY(breach[0].message.contains(QStringLiteral("chat")));
        // Recovers only below 90 % of the budget (180 ms).
        QVERIFY(AlarmRules::onStats(s, t, window(100, 190), 0).empty());
        QVERIFY(AlarmRules::onStats(s, t, window(100, 180.5), 0).empty());
        const auto met = AlarmRules::onStats(s, t, window(100, 179.5), 0);
        QCOMPARE(kinds(met), QList<K>{K::Recovered});
        QVERIFY(met[0].message.contains(QStringLiteral("again")));
        // Fewer than MinSloSamples (5) successful probes: no verdict.
        AlarmRules::State fresh;
        QVERIFY(AlarmRules::onStats(fresh, t, window(100, 900, 4), 0).empty());
        // An end-to-end SLO says so.
        MonitorTarget e2e = t;
        e2e.slo.metric = SloMetric::E2e;
        QVERIFY(AlarmRules::onStats(fresh, e2e, window(100, 900, 5), 0)[0].message.contains(
            QStringLiteral("End-to-end")));
        // Band and SLO in one refresh: both.
        AlarmRules::State both;
        QCOMPARE(kinds(AlarmRules::onStats(both, t, window(500, 900), 0)),
                 (QList<K>{K::OutsideBand, K::SloBreach}));
    }

    void faultsOncePerState()
    {
        const MonitorTarget t = target();
        AlarmRules::State s;
        QVERIFY(AlarmRules::onResult(s, t, result(ProbeState::Ok), 0).empty());
        const auto fault = AlarmRules::onResult(s, t, result(ProbeState::Timeout), 5);
        QCOMPARE(kinds(fault), QList<K>{K::Fault});
        QCOMPARE(fault[0].message, probeStateLabel(ProbeState::Timeout) + QStringLiteral(": boom"));
        QVERIFY(AlarmRules::onResult(s, t, result(ProbeState::Timeout), 0).empty()); // the same failure
        // Another failure is another fault; then success recovers, naming what it was.
        QCOMPARE(kinds(AlarmRules::onResult(s, t, result(ProbeState::HttpError), 0)), QList<K>{K::Fault});
        const auto back = AlarmRules::onResult(s, t, result(ProbeState::Ok), 0);
        QCOMPARE(kinds(back), QList<K>{K::Recovered});
        QVERIFY(back[0].message.contains(probeStateLabel(ProbeState::HttpError)));
        QVERIFY(AlarmRules::onResult(s, t, result(ProbeState::Ok), 0).empty());
        // The first result failing is a fault; without error text the URL names it.
        AlarmRules::State first;
        ProbeResult silent = result(ProbeState::ConnectionRefused);
        silent.errorText.clear();
        const auto f = AlarmRules::onResult(first, t, silent, 0);
        QCOMPARE(kinds(f), QList<K>{K::Fault});
        QVERIFY(f[0].message.endsWith(silent.url));
    }

    void kindIds()
    {
        QCOMPARE(alarmKindId(K::SloBreach), "slo_breach");
        QCOMPARE(alarmKindId(K::OutsideBand), "outside_band");
        QCOMPARE(alarmKindId(K::Fault), "fault");
        QCOMPARE(alarmKindId(K::Recovered), "recovered");
    }
};

QTEST_GUILESS_MAIN(tst_AlarmRules)
#include "tst_alarmrules.moc"
