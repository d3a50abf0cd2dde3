// SPDX-License-Identifier: GPL-3.0-or-later
// The monitor's standing alarms grouped and summarised, against groups worked out by hand for a made-up
// deployment: which targets share a group, its cause, its worst value, when it started and its order.
#include "engine/model/units.h"
#include "engine/monitor/alarmgroups.h"

#include <QTest>

using namespace ea;

namespace {
using Cause = AlarmGroup::Cause;
using K = Alarm::Kind;

struct Fixture
{
    std::vector<MonitorTarget> targets;
    std::vector<AlarmRules::State> states;
    std::vector<TargetStats> stats;

    /** A target of `workload` (TTFT p95 < budget) on `tier`, modeled RTT 100 ms, band 60–140 ms. */
    AlarmRules::State &add(const QString &label, Tier tier, const QString &workload, double budgetMs,
                           double rttP50Ms, double sloValueMs)
    {
        MonitorTarget t;
        t.probe.id = label;
        t.label = label;
        t.node = int(targets.size());
        t.tier = tier;
        t.modeledRttMs = 100;
        t.bandLowMs = 60;
        t.bandHighMs = 140;
        t.budgetMs = budgetMs;
        t.slo.metric = SloMetric::Ttft;
        t.slo.percentile = 95;
        t.slo.budgetMs = budgetMs;
        t.workloadName = workload;
        targets.push_back(t);
        TargetStats s;
        s.samples = 20;
        s.rttP50Ms = rttP50Ms;
        s.sloValueMs = sloValueMs;
        stats.push_back(s);
        AlarmRules::State st;
        st.hasState = true;
        states.push_back(st);
        return states.back();
    }
};

AlarmRules::State &breach(AlarmRules::State &s, qint64 since)
{
    s.sloBreach = true;
    s.sloSinceMs = since;
    return s;
}

AlarmRules::State &fail(AlarmRules::State &s, ProbeState state, qint64 since)
{
    s.lastState = state;
    s.faultSinceMs = since;
    return s;
}

AlarmRules::State &outside(AlarmRules::State &s, qint64 since)
{
    s.outsideBand = true;
    s.bandSinceMs = since;
    return s;
}

std::vector<int> rows(std::initializer_list<int> r)
{
    return r;
}
} // namespace

class tst_AlarmGroups : public QObject
{
    Q_OBJECT

private slots:
    void causeFromTheMeasuredSplit()
    {
        MonitorTarget t;
        t.budgetMs = 200;
        TargetStats s;
        s.rttP50Ms = 20; // server 240 > 200, network 20 fits
        s.sloValueMs = 260;
        QCOMPARE(AlarmGroups::sloCause(t, s), Cause::Compute);
        s.rttP50Ms = 230; // network 230 > 200, server 30 fits
        QCOMPARE(AlarmGroups::sloCause(t, s), Cause::Network);
        s.rttP50Ms = 130; // 130 + 130: each fits alone, not together
        QCOMPARE(AlarmGroups::sloCause(t, s), Cause::Both);
        s.rttP50Ms = 201; // both over on their own
        s.sloValueMs = 500;
        QCOMPARE(AlarmGroups::sloCause(t, s), Cause::Both);
        s.rttP50Ms = -1; // no round trip measured
        QCOMPARE(AlarmGroups::sloCause(t, s), Cause::Unknown);
    }

    void groupsAgainstHandWorkedOracle()
    {
        Fixture f;
        const QString cc = QStringLiteral("code completion"), conv = QStringLiteral("conversation");
        // 0–2: edge GPUs too slow for code completion (network 20–35 ms, TTFT 240–290 ms): compute-bound.
        breach(f.add(QStringLiteral("e0"), Tier::Edge, cc, 200, 20, 260), 2000);
        breach(f.add(QStringLiteral("e1"), Tier::Edge, cc, 200, 35, 290), 1000);
        breach(f.add(QStringLiteral("e2"), Tier::Edge, cc, 200, 25, 240), 1500);
        // 3: an edge node that meets it: in no group.
        f.add(QStringLiteral("e3"), Tier::Edge, cc, 200, 30, 150);
        // 4: a regional node too far for conversation (520 ms RTT > 500 ms): network-bound.
        breach(f.add(QStringLiteral("r0"), Tier::Regional, conv, 500, 520, 600), 3000);
        // 5: 300 + 260 ms: each within 500 ms, not together.
        breach(f.add(QStringLiteral("r1"), Tier::Regional, conv, 500, 300, 560), 4000);
        // 6, 7: refused (6 was also in breach before it failed: counted once, as a fault); 8: timeout.
        fail(breach(f.add(QStringLiteral("f0"), Tier::Edge, cc, 200, 20, 260), 500),
             ProbeState::ConnectionRefused, 7000);
        fail(f.add(QStringLiteral("f1"), Tier::Edge, cc, 200, 20, 100), ProbeState::ConnectionRefused, 6000);
        fail(f.add(QStringLiteral("f2"), Tier::Central, cc, 200, 20, 100), ProbeState::Timeout, 8000);
        // 9, 11: above the band (180, 200 ms against 60–140); 10: below (40 ms); 9 also misses its SLO.
        outside(breach(f.add(QStringLiteral("b0"), Tier::Edge, conv, 150, 180, 400), 9000), 9500);
        outside(f.add(QStringLiteral("b1"), Tier::Edge, cc, 200, 40, 120), 9100);
        outside(f.add(QStringLiteral("b2"), Tier::Edge, cc, 200, 200, 190), 9200);
        // 12: a breach without a measured round trip.
        breach(f.add(QStringLiteral("u0"), Tier::OnPrem, QStringLiteral("video"), 100, -1, 130), 9900);

        const std::vector<AlarmGroup> g = AlarmGroups::group(f.targets, f.states, f.stats);
        // SLO breaches: the largest group first, then by workload, tier and cause; faults; band alarms.
        QCOMPARE(int(g.size()), 9);
        QCOMPARE(g[0].kind, K::SloBreach);
        QCOMPARE(g[0].workloadName, cc);
        QCOMPARE(g[0].tier, Tier::Edge);
        QCOMPARE(g[0].cause, Cause::Compute);
        QCOMPARE(g[0].rows, rows({0, 1, 2}));
        QCOMPARE(g[0].labels,
                 (QStringList{QStringLiteral("e0"), QStringLiteral("e1"), QStringLiteral("e2")}));
        QCOMPARE(g[0].worstMs, 290.0);
        QCOMPARE(g[0].sinceMs, 1000);
        // b0: conversation at the edge, 180 ms network of a 150 ms budget, 220 ms server: both over.
        QCOMPARE(g[1].kind, K::SloBreach);
        QCOMPARE(g[1].workloadName, conv);
        QCOMPARE(g[1].slo.budgetMs, 150.0);
        QCOMPARE(g[1].cause, Cause::Both);
        QCOMPARE(g[1].rows, rows({9}));
        QCOMPARE(g[2].workloadName, conv);
        QCOMPARE(g[2].tier, Tier::Regional);
        QCOMPARE(g[2].cause, Cause::Network);
        QCOMPARE(g[2].rows, rows({4}));
        QCOMPARE(g[2].worstMs, 600.0);
        QCOMPARE(g[3].cause, Cause::Both);
        QCOMPARE(g[3].rows, rows({5}));
        QCOMPARE(g[4].workloadName, QStringLiteral("video"));
        QCOMPARE(g[4].cause, Cause::Unknown);
        QCOMPARE(g[4].rows, rows({12}));
        QCOMPARE(g[5].kind, K::Fault);
        QCOMPARE(g[5].state, ProbeState::ConnectionRefused);
        QCOMPARE(g[5].rows, rows({6, 7}));
        QCOMPARE(g[5].sinceMs, 6000);
        QCOMPARE(g[5].worstMs, -1.0);
        QCOMPARE(g[6].kind, K::Fault);
        QCOMPARE(g[6].state, ProbeState::Timeout);
        QCOMPARE(g[6].rows, rows({8}));
        QCOMPARE(g[7].kind, K::OutsideBand);
        QVERIFY(g[7].aboveBand);
        QCOMPARE(g[7].rows, rows({9, 11}));
        QCOMPARE(g[7].worstMs, 200.0);
        QCOMPARE(g[7].sinceMs, 9200);
        QCOMPARE(g[8].kind, K::OutsideBand);
        QVERIFY(!g[8].aboveBand);
        QCOMPARE(g[8].rows, rows({10}));
        QCOMPARE(g[8].worstMs, 40.0);

        // One sentence each, naming what the group shares.
        QVERIFY(g[0].summary.startsWith(QStringLiteral("3 ")));
        QVERIFY(g[0].summary.contains(cc));
        QVERIFY(g[0].summary.contains(QStringLiteral("compute-bound")));
        QVERIFY(g[0].summary.contains(units::slo(f.targets[0].slo)));
        QVERIFY(g[0].summary.contains(units::ms(290)));
        QVERIFY(g[2].summary.contains(QStringLiteral("network-bound")));
        QVERIFY(g[5].summary.startsWith(QStringLiteral("2 ")));
        QVERIFY(g[5].summary.contains(probeStateLabel(ProbeState::ConnectionRefused)));
        QVERIFY(g[7].summary.contains(QStringLiteral("slower")));
        QVERIFY(g[8].summary.contains(QStringLiteral("faster")));
        QCOMPARE(g[3].summary, AlarmGroups::summarise(g[3]));
    }

    void nothingStandingNoGroups()
    {
        Fixture f;
        f.add(QStringLiteral("a"), Tier::Edge, QStringLiteral("chat"), 200, 20, 100);
        f.add(QStringLiteral("b"), Tier::Edge, QStringLiteral("chat"), 200, 20, 100).lastState =
            ProbeState::Ok;
        QVERIFY(AlarmGroups::group(f.targets, f.states, f.stats).empty());
        QVERIFY(AlarmGroups::group({}, {}, {}).empty());
    }

    void rulesRecordWhenAConditionStarted()
    {
        Fixture f;
        f.add(QStringLiteral("a"), Tier::Edge, QStringLiteral("chat"), 200, 20, 100);
        AlarmRules::State s;
        TargetStats over;
        over.samples = 10;
        over.rttP50Ms = 100;
        over.sloValueMs = 300;
        AlarmRules::onStats(s, f.targets[0], over, 5000);
        QVERIFY(s.sloBreach);
        QCOMPARE(s.sloSinceMs, 5000);
        AlarmRules::onStats(s, f.targets[0], over, 6000); // still: the start stays
        QCOMPARE(s.sloSinceMs, 5000);
        TargetStats fine = over;
        fine.sloValueMs = 100;
        AlarmRules::onStats(s, f.targets[0], fine, 7000);
        QVERIFY(!s.sloBreach);
        QCOMPARE(s.sloSinceMs, 0);
        ProbeResult refused;
        refused.targetId = QStringLiteral("a");
        refused.state = ProbeState::ConnectionRefused;
        AlarmRules::onResult(s, f.targets[0], refused, 8000);
        QCOMPARE(s.faultSinceMs, 8000);
        AlarmRules::onResult(s, f.targets[0], refused, 9000);
        QCOMPARE(s.faultSinceMs, 8000);
    }
};

QTEST_GUILESS_MAIN(tst_AlarmGroups)
#include "tst_alarmgroups.moc"
