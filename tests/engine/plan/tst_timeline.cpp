// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/plan/timeline.h"
#include "engine/plan/whatifplan.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {
Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    return *l.scenario;
}
/**
 * The fixture with its two regions 12 time zones apart (Paris at UTC−6, Berlin at UTC+6) and a chat profile
 * of 1 every hour but 25 at 18:00 local: mean 48/24 = 2, so 12.5× the mean at 18:00 and 0.5× otherwise.
 * Paris has 3/4 of the 4 req/s (3 req/s), Berlin 1/4 (1 req/s).
 */
Scenario twelveHoursApart()
{
    Scenario s = fixture();
    s.regions[0].utcOffsetHours = -6;
    s.regions[1].utcOffsetHours = 6;
    s.workloads[0].diurnal.fill(1.0);
    s.workloads[0].diurnal[18] = 25.0;
    return s;
}
struct Planned
{
    std::shared_ptr<const Evaluator> evaluator;
    PlanOutcomePtr plan;
    std::shared_ptr<const PlanTimeline> timeline;
};
Planned planned(const Scenario &s, std::shared_ptr<const Scenario> demand = {})
{
    Planned p;
    p.evaluator = std::make_shared<const Evaluator>(std::make_shared<const Scenario>(s));
    p.plan = std::make_shared<const PlanOutcome>(p.evaluator->evaluate(placementOf(s)));
    p.timeline = std::make_shared<const PlanTimeline>(p.evaluator, p.plan, std::move(demand));
    return p;
}
} // namespace

class tst_Timeline : public QObject
{
    Q_OBJECT
private slots:
    void hourOfDayDemandIsTheProfileAtLocalTime()
    {
        const Scenario s = twelveHoursApart();
        // Paris: UTC 00:00 is 18:00 local, the peak: 3 · 12.5; any other hour 3 · 0.5.
        QCOMPARE(timeline::regionDemandRps(s, 0, 0, 0), 37.5);
        QCOMPARE(timeline::regionDemandRps(s, 0, 0, 5), 1.5);
        QCOMPARE(timeline::regionDemandRps(s, 0, 0, 12), 1.5);
        // Berlin: 18:00 local is UTC 12:00.
        QCOMPARE(timeline::regionDemandRps(s, 0, 1, 12), 12.5);
        QCOMPARE(timeline::regionDemandRps(s, 0, 1, 0), 0.5);
        QCOMPARE(timeline::localHour(s.regions[0], 3), 21.0);
        QCOMPARE(timeline::localHour(s.regions[1], 20), 2.0);

        const Planned p = planned(s);
        QCOMPARE(p.timeline->offeredByHour()[0], 38.0);
        QCOMPARE(p.timeline->offeredByHour()[12], 14.0);
        QCOMPARE(p.timeline->offeredByHour()[7], 2.0);
        const PlanHour h0 = p.timeline->evaluateHour(0);
        QCOMPARE(h0.workloads[0].regions[0].demandRps, 37.5f);
        QCOMPARE(h0.workloads[0].regions[1].demandRps, 0.5f);
        QCOMPARE(h0.regionDemandRps[0], 37.5f);
        QCOMPARE(h0.workloads[0].offeredRps, 38.0);
        // Each city goes to its own node all day; Paris' site carries 37.5 req/s at 00:00 UTC.
        const PlanHour h12 = p.timeline->evaluateHour(12);
        QCOMPARE(h12.workloads[0].regions[1].demandRps, 12.5f);
        for (const PlanHour *h : {&h0, &h12}) {
            QCOMPARE(h->workloads[0].regions[0].node, 0);
            QCOMPARE(h->workloads[0].regions[1].node, 1);
            QCOMPARE(h->workloads[0].unservedRps(), 0.0);
        }
        QCOMPARE(h0.nodes.size(), size_t(2));
        QCOMPARE(h0.nodes[0].loadRps, 37.5);
        QCOMPARE(h12.nodes[1].loadRps, 12.5);
    }

    void halfHourOffsetInterpolatesTheProfile()
    {
        Scenario s = twelveHoursApart();
        s.regions[1].utcOffsetHours = 5.5; // 17:30 local at 12:00 UTC: halfway to the peak
        // (0.5 · 1 + 0.5 · 25) / 2 = 6.5× the mean, of 1 req/s.
        QCOMPARE(timeline::regionDemandRps(s, 0, 1, 12), 6.5);
        QCOMPARE(timeline::regionDemandRps(s, 0, 1, 13), 6.5); // 18:30: halfway down
        QCOMPARE(timeline::regionDemandRps(s, 0, 1, 14), 0.5);
    }

    void peakHourIsTheBruteForceArgmax()
    {
        QRandomGenerator rng(19);
        for (int trial = 0; trial < 40; ++trial) {
            Scenario s = fixture();
            s.workloads.push_back(s.workloads[0]);
            s.workloads[1].id = QStringLiteral("chat2");
            s.workloads[1].meanRps = 1 + rng.bounded(20);
            for (Workload &w : s.workloads)
                for (double &v : w.diurnal)
                    v = rng.bounded(100);
            for (DemandRegion &r : s.regions)
                r.utcOffsetHours = int(rng.bounded(27)) - 12;
            const Planned p = planned(s);
            // Brute force, straight from the definition: integer offsets, so no interpolation.
            double totalWeight = 0;
            for (const DemandRegion &r : s.regions)
                totalWeight += r.weight;
            int best = -1;
            double bestRps = -1;
            for (int h = 0; h < 24; ++h) {
                double rps = 0;
                for (const Workload &w : s.workloads) {
                    double sum = 0;
                    for (double v : w.diurnal)
                        sum += v;
                    for (const DemandRegion &r : s.regions) {
                        const int local = ((h + int(r.utcOffsetHours)) % 24 + 24) % 24;
                        rps += w.meanRps * r.weight / totalWeight * w.diurnal[local] / (sum / 24);
                    }
                }
                QVERIFY(std::fabs(rps - p.timeline->offeredByHour()[h]) <= 1e-9 * rps);
                if (rps > bestRps * (1 + 1e-12)) {
                    bestRps = rps;
                    best = h;
                }
            }
            QCOMPARE(p.timeline->peakHour(), best);
        }
    }

    void atEachSitesPeakTheHourEqualsThePlan_data()
    {
        QTest::addColumn<bool>("world");
        QTest::newRow("two cities 12 h apart") << false;
        QTest::newRow("default world") << true;
    }
    void atEachSitesPeakTheHourEqualsThePlan()
    {
        QFETCH(bool, world);
        Scenario s = twelveHoursApart();
        if (world) {
            const ScenarioLoad l = loadDefaultScenario();
            QVERIFY(l.ok());
            s = *l.scenario;
        }
        const Planned p = planned(s);
        const PlanDay day = p.timeline->evaluateDay();
        QCOMPARE(day.hours.size(), size_t(24));
        int sitesChecked = 0;
        for (const WorkloadOutcome &w : p.plan->workloads) {
            const Workload &wl = s.workloads[size_t(w.workload)];
            for (size_t si = 0; si < w.siteLoads.size(); ++si) {
                const SiteOutcome &site = w.siteLoads[si];
                const HourWorkload &hw = day.hours[0]->workloads[size_t(w.workload)];
                const int peak = hw.sites[si].peakHour;
                const HourWorkload &at = day.hours[size_t(peak)]->workloads[size_t(w.workload)];
                const HourSite &hs = at.sites[si];
                QCOMPARE(hs.node, site.node);
                QCOMPARE(hs.loadRps, site.peakRps); // to the bit
                if (w.billing == Billing::GpuHour) {
                    QCOMPARE(hs.waitMs, site.waitMs);
                    QCOMPARE(hs.batch, site.batch);
                    QCOMPARE(hs.utilization, site.utilization);
                }
                QCOMPARE(hs.computeMs, site.computeMs);
                for (size_t r = 0; r < w.regions.size(); ++r) {
                    if (w.regions[r].node != site.node)
                        continue;
                    QCOMPARE(at.regions[r].node, site.node);
                    QCOMPARE(at.regions[r].sloMs, w.regions[r].sloMs);
                    QCOMPARE(at.regions[r].meetsSlo, w.regions[r].meetsSlo);
                }
                // Every other hour carries at most that load, so at least its headroom.
                for (int h = 0; h < 24; ++h) {
                    const HourSite &other = day.hours[size_t(h)]->workloads[size_t(w.workload)].sites[si];
                    QVERIFY(other.loadRps <= hs.loadRps);
                    QVERIFY(other.headroomRps() >= hs.headroomRps());
                    if (w.billing == Billing::GpuHour && other.loadRps < hs.loadRps)
                        QVERIFY(other.waitMs <= hs.waitMs);
                }
                ++sitesChecked;
                Q_UNUSED(wl);
            }
            // The plan carries everything it served at every hour: nothing spills, nothing is turned away.
            for (int h = 0; h < 24; ++h) {
                const HourWorkload &hw = day.hours[size_t(h)]->workloads[size_t(w.workload)];
                if (w.servedRps >= w.offeredRps * 0.999)
                    QVERIFY2(hw.unservedRps() <= 1e-9 * hw.offeredRps, qPrintable(QString::number(h)));
                for (const HourRegion &r : hw.regions)
                    QVERIFY(!r.spilled);
            }
        }
        QVERIFY(sitesChecked >= (world ? 20 : 2));
        QCOMPARE(day.peakHour, p.timeline->peakHour());
    }

    void oneTimeZoneAttainmentAtThePeakIsThePlans()
    {
        Scenario s = fixture();
        for (DemandRegion &r : s.regions)
            r.utcOffsetHours = 3;
        s.workloads[0].diurnal.fill(1.0);
        s.workloads[0].diurnal[20] = 10.0;
        s.workloads[0].slo.budgetMs = 30; // some regions miss it: attainment strictly between 0 and 100
        const Planned p = planned(s);
        QCOMPARE(p.timeline->peakHour(), 17); // 20:00 at UTC+3
        const PlanHour h = p.timeline->evaluateHour(17);
        const WorkloadOutcome &w = p.plan->workloads[0];
        QVERIFY(std::fabs(h.workloads[0].attainmentPct - w.attainmentPct) <= 1e-9);
        QVERIFY(std::fabs(h.total.attainmentPct() - p.plan->attainmentPct) <= 1e-9);
        // Off-peak the sites are less loaded: never worse.
        for (int hour = 0; hour < 24; ++hour)
            QVERIFY(p.timeline->evaluateHour(hour).total.attainmentPct() >= w.attainmentPct - 1e-9);
    }

    void costPerHourIsThePlansGpusPlusUse()
    {
        const Scenario s = twelveHoursApart();
        const Planned p = planned(s);
        const PlanDay day = p.timeline->evaluateDay();
        // GPUs cost the same every hour: $/month over the hours of a month; egress follows the requests.
        const WorkloadOutcome &w = p.plan->workloads[0];
        double sum = 0;
        for (const PlanHourPtr &h : day.hours) {
            QVERIFY(h->workloads[0].usdPerHour >= w.gpuUsdPerMonth / 730.0 - 1e-12);
            sum += h->workloads[0].usdPerHour;
        }
        // Over the day, the hours add up to a 24th... of the plan's month per hour, on average.
        QVERIFY(std::fabs(sum / 24.0 - w.usdPerMonth() / 730.0) <= 1e-9 * w.usdPerMonth());
    }

    void surgeAtThePeakSpillsThenLeavesDemandUnserved()
    {
        const Scenario s = twelveHoursApart();
        const Planned base = planned(s);
        const WorkloadOutcome &w0 = base.plan->workloads[0];
        QCOMPARE(w0.siteLoads.size(), size_t(2));
        const double parisCap = w0.siteLoads[0].replicas * w0.siteLoads[0].rpsPerReplica;
        const double berlinCap = w0.siteLoads[1].replicas * w0.siteLoads[1].rpsPerReplica;
        // A surge (the what-if condition, on everything) that puts Paris' peak past both sites together.
        WhatIfCondition surge;
        surge.kind = WhatIfCondition::Kind::Surge;
        surge.factor = std::ceil(1.5 * (parisCap + berlinCap) / 37.5);
        const AppliedWhatIf a = applyWhatIf(s, {surge});
        const Planned p = planned(s, a.scenario);
        const PlanHour peak = p.timeline->evaluateHour(0);
        const HourWorkload &w = peak.workloads[0];
        QCOMPARE(w.offeredRps, surge.factor * 38.0);
        // Paris does not fit anywhere: its demand is unserved; Berlin's own still is.
        QCOMPARE(w.regions[0].node, -1);
        QCOMPARE(w.regions[1].node, 1);
        QVERIFY(std::fabs(w.unservedRps() - surge.factor * 37.5) <= 1e-9 * w.offeredRps);
        QVERIFY(std::fabs(w.attainmentPct - 100.0 * surge.factor * 0.5 / w.offeredRps) <= 1e-9);
        for (const HourSite &site : w.sites)
            QVERIFY(site.loadRps <= site.capacityRps * (1 + 1e-9));
        QVERIFY(peak.total.unservedRps() > 0);
        QCOMPARE(peak.tiers[int(Tier::Regional)].unservedRps(), peak.total.unservedRps());
    }

    void surgeSpillsToTheOtherSiteWhenItHasRoom()
    {
        // Paris 1/4 of the demand, Berlin 3/4, so that Berlin's site is the bigger one: with c req/s per
        // replica and m = 0.8·c req/s in all, Berlin peaks at 0.75·12.5·m = 7.5·c (several replicas), Paris
        // at 0.25·12.5·m = 2.5·c.
        Scenario s = twelveHoursApart();
        s.regions[0].weight = 1;
        s.regions[1].weight = 3;
        const double c = planned(s).plan->workloads[0].siteLoads[0].rpsPerReplica;
        s.workloads[0].meanRps = 0.8 * c;
        const Planned base = planned(s);
        const WorkloadOutcome &w0 = base.plan->workloads[0];
        const double parisCap = w0.siteLoads[0].replicas * w0.siteLoads[0].rpsPerReplica;
        const double berlinCap = w0.siteLoads[1].replicas * w0.siteLoads[1].rpsPerReplica;
        // Paris' peak demand (00:00 UTC) just past its site's capacity; Berlin carries its trough then.
        const double parisPeak = 0.25 * 12.5 * s.workloads[0].meanRps;
        const double berlinTrough = 0.75 * 0.5 * s.workloads[0].meanRps;
        const double f = 1.05 * parisCap / parisPeak;
        QVERIFY2(f * (parisPeak + berlinTrough) < berlinCap, "Berlin's site must have room for Paris");
        Scenario more = s;
        more.workloads[0].meanRps *= f;
        const Planned p = planned(s, std::make_shared<const Scenario>(more));
        const HourWorkload w = p.timeline->evaluateHour(0).workloads[0];
        QVERIFY(w.regions[0].spilled);
        QCOMPARE(w.regions[0].node, 1);
        QVERIFY(!w.regions[1].spilled);
        QCOMPARE(w.unservedRps(), 0.0);
        QCOMPARE(w.sites[0].loadRps, 0.0);
        QVERIFY(std::fabs(w.sites[1].loadRps - f * (parisPeak + berlinTrough)) <= 1e-9 * w.offeredRps);
        // Paris' users now cross to Berlin: the longer route is theirs.
        QVERIFY(w.regions[0].sloMs > w0.regions[0].sloMs);
    }

    /**
     * A surge ×3 on one workload of two (the what-if plan's timeline): that workload's demand is three
     * times the profile's at every hour and region, the other's unchanged; the day's peak moves to the
     * surged workload's busiest hour. Two workloads peaking at different local hours, one time zone.
     */
    void surgeOnOneWorkloadScalesItsHoursAndMovesThePeak()
    {
        Scenario s = fixture();
        s.workloads[0].diurnal.fill(1.0);
        s.workloads[0].diurnal[9] = 4.0; // chat peaks at 09:00 local (08:00 UTC)
        Workload batch = s.workloads[0];
        batch.id = QStringLiteral("batch");
        batch.diurnal.fill(1.0);
        batch.diurnal[20] = 6.0; // 20:00 local (19:00 UTC)
        batch.meanRps = 4;
        s.workloads.push_back(batch);
        WhatIfCondition surge;
        surge.kind = WhatIfCondition::Kind::Surge;
        surge.workload = QStringLiteral("chat");
        surge.factor = 3;
        const Planned base = planned(s);
        const WhatIfPlanPtr whatIf = evaluateWhatIf(s, {surge}, *base.plan);
        QVERIFY(whatIf);
        const PlanTimeline bad(base.evaluator, base.plan, *whatIf);
        QCOMPARE(bad.conditions().size(), size_t(1));
        // Chat 4 req/s, batch 4 req/s: chat's mean factor 27/24, so 09:00 local is 4·24/27 = 3.56× the
        // mean for chat; batch's 20:00 local 6·24/29 = 4.97× for batch. Without the surge batch's hour is
        // the peak; with chat ×3, chat's.
        QCOMPARE(base.timeline->peakHour(), 19);
        QCOMPARE(bad.peakHour(), 8);
        for (int h = 0; h < 24; ++h) {
            const PlanHour before = base.timeline->evaluateHour(h), after = bad.evaluateHour(h);
            for (int r = 0; r < 2; ++r) {
                const double profile = timeline::regionDemandRps(s, 0, r, h);
                QVERIFY(std::fabs(after.workloads[0].regions[size_t(r)].demandRps - 3 * profile) <=
                        1e-5 * profile);
                QCOMPARE(after.workloads[1].regions[size_t(r)].demandRps,
                         before.workloads[1].regions[size_t(r)].demandRps);
            }
            QVERIFY(std::fabs(after.workloads[0].offeredRps - 3 * before.workloads[0].offeredRps) <=
                    1e-12 * after.workloads[0].offeredRps);
            QCOMPARE(after.workloads[1].offeredRps, before.workloads[1].offeredRps);
        }
    }

    /**
     * Paris down (twelve hours apart): every hour Paris' region, routed first (the heavier), goes to Berlin
     * when Berlin's site has room for it, else is unserved; Berlin's own then fits in what is left or is
     * unserved. Paris' site carries nothing and is marked down. Checked hour by hour against that rule.
     */
    void siteDownMovesItsHourToTheNextNode()
    {
        // With c req/s per replica and 0.8·c req/s in all, Paris peaks at 0.75·12.5·0.8·c = 7.5·c, more
        // than Berlin's site (sized for its own 2.5·c peak) carries; its troughs (0.3·c) fit beside Berlin.
        Scenario s = twelveHoursApart();
        s.workloads[0].meanRps = 0.8 * planned(s).plan->workloads[0].siteLoads[0].rpsPerReplica;
        const Planned base = planned(s);
        WhatIfCondition down;
        down.kind = WhatIfCondition::Kind::Down;
        down.nodes = {QStringLiteral("par")};
        const WhatIfPlanPtr whatIf = evaluateWhatIf(s, {down}, *base.plan);
        QVERIFY(whatIf);
        const PlanTimeline bad(base.evaluator, base.plan, *whatIf);
        const WorkloadOutcome &w0 = base.plan->workloads[0];
        QCOMPARE(w0.siteLoads.size(), size_t(2));
        const double berlinCap = w0.siteLoads[1].replicas * w0.siteLoads[1].rpsPerReplica;
        int moved = 0, unserved = 0;
        for (int h = 0; h < 24; ++h) {
            const HourWorkload w = bad.evaluateHour(h).workloads[0];
            const double paris = timeline::regionDemandRps(s, 0, 0, h);
            const double berlin = timeline::regionDemandRps(s, 0, 1, h);
            QVERIFY(w.sites[0].down);
            QVERIFY(!w.sites[1].down);
            QCOMPARE(w.sites[0].loadRps, 0.0);
            double room = berlinCap, expectedLoad = 0;
            if (paris <= room) {
                QCOMPARE(w.regions[0].node, 1);
                QVERIFY(w.regions[0].spilled);
                room -= paris;
                expectedLoad += paris;
                ++moved;
            } else {
                QCOMPARE(w.regions[0].node, -1);
                ++unserved;
            }
            if (berlin <= room * (1 + 1e-9)) {
                QCOMPARE(w.regions[1].node, 1);
                expectedLoad += berlin;
            } else {
                QCOMPARE(w.regions[1].node, -1);
            }
            QVERIFY(std::fabs(w.sites[1].loadRps - expectedLoad) <= 1e-9 * std::max(1.0, expectedLoad));
            QVERIFY(std::fabs(w.servedRps - expectedLoad) <= 1e-9 * std::max(1.0, expectedLoad));
            if (w.regions[0].node == 1) // Paris' users cross to Berlin: a longer way than to their own site
                QVERIFY(w.regions[0].sloMs > base.plan->workloads[0].regions[0].sloMs - 1e-3);
        }
        QVERIFY(moved > 0);    // Paris' quiet hours fit beside Berlin
        QVERIFY(unserved > 0); // its 12.5× peak does not
    }

    void cancelledDayHasNoHours()
    {
        const Planned p = planned(twelveHoursApart());
        int calls = 0;
        const PlanDay day = p.timeline->evaluateDay([&](int done) {
            ++calls;
            return done < 5;
        });
        QCOMPARE(calls, 5);
        QVERIFY(day.hours.empty());
    }

    void flatProfileHoursAreCopied()
    {
        const Planned p = planned(fixture()); // flat profile, one time zone
        const PlanDay day = p.timeline->evaluateDay();
        QCOMPARE(day.workloadsCopied, 23);
        QCOMPARE(day.hours[7]->workloads[0].goodputRps, day.hours[0]->workloads[0].goodputRps);
        QVERIFY(day.hours[7]->workloads[0].goodputRps > 0);
    }

    void badHourIsRejected()
    {
        const Planned p = planned(fixture());
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, p.timeline->evaluateHour(24));
        QVERIFY_THROWS_EXCEPTION(std::invalid_argument, p.timeline->evaluateHour(-1));
    }
};

QTEST_GUILESS_MAIN(tst_Timeline)
#include "tst_timeline.moc"
