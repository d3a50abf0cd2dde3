// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/plan/resilience.h"
#include "engine/plan/whatifplan.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>

using namespace ea;

namespace {
Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    return *l.scenario;
}
bool near(double a, double b, double rel = 1e-9)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-9);
}

/**
 * A slice of the default world where capacity binds: Europe's nodes of every tier and its demand regions,
 * edge sites cut to one or two GPUs, so that a failure's spill pushes other regions off their best node.
 */
Scenario europeSlice()
{
    const ScenarioLoad l = loadDefaultScenario();
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    const auto inBox = [](double lon, double lat) { return lon > -5 && lon < 16 && lat > 43 && lat < 55; };
    std::vector<Node> nodes;
    int i = 0;
    for (const Node &n : s.nodes)
        if (inBox(n.lon, n.lat) && (n.tier != Tier::Edge || ++i % 3 == 0)) {
            nodes.push_back(n);
            if (n.tier == Tier::Edge)
                nodes.back().capacityGpus = 1 + i % 2;
        }
    s.nodes = nodes;
    std::vector<DemandRegion> regions;
    for (const DemandRegion &r : s.regions)
        if (inBox(r.lon, r.lat))
            regions.push_back(r);
    s.regions = regions;
    s.whatIf.clear();
    return s;
}

void compareImpacts(const FailureImpact &a, const FailureImpact &b, const QString &label)
{
    const QByteArray what = label.toUtf8();
    QVERIFY2(a.workloads.size() == b.workloads.size(), what.constData());
    for (size_t w = 0; w < a.workloads.size(); ++w) {
        const FailureImpact::Workload &x = a.workloads[w], &y = b.workloads[w];
        QVERIFY2(x.workload == y.workload, what.constData());
        QVERIFY2(x.attainmentPctAfter == y.attainmentPctAfter, what.constData());
        QVERIFY2(x.usdPerMonthAfter == y.usdPerMonthAfter, what.constData());
        QVERIFY2(x.breaksSlo == y.breaksSlo, what.constData());
        QVERIFY2(x.regionsMoved == y.regionsMoved, what.constData());
        QVERIFY2(x.regionsLostSlo == y.regionsLostSlo, what.constData());
    }
    QVERIFY2(a.regionsAffected == b.regionsAffected, what.constData());
    QVERIFY2(a.usdPerMonthAfter == b.usdPerMonthAfter, what.constData());
    QVERIFY2(a.attainmentPctAfter == b.attainmentPctAfter, what.constData());
    QVERIFY2(a.unservedRps == b.unservedRps, what.constData());
    QVERIFY2(a.failedSitesUsdPerMonth == b.failedSitesUsdPerMonth, what.constData());
}
} // namespace

class tst_Resilience : public QObject
{
    Q_OBJECT
private slots:
    void smallScenarioByHand()
    {
        Scenario s = fixture();
        // A budget 5 ms above what Paris' users get at home: Paris → Berlin adds 2 · 877 km · 1.5 / 200 ≈ 13
        // ms.
        {
            const Evaluator e(std::make_shared<const Scenario>(s));
            s.workloads[0].slo.budgetMs = e.evaluate(placementOf(s)).workloads[0].regions[0].sloMs + 5.0;
        }
        const Evaluator e(std::make_shared<const Scenario>(s));
        const PlanOutcome plan = e.evaluate(placementOf(s));
        QCOMPARE(plan.workloads[0].attainmentPct, 100.0);
        const ResilienceReport report = checkResilience(e, plan, singleFailures(e));
        // Failures: par, ber, api, and the zone-of-tier ones: regional in EU, central in EU.
        QCOMPARE(report.failures.size(), size_t(5));
        QStringList labels;
        for (const Failure &f : report.failures)
            labels << f.label;
        QCOMPARE(labels, (QStringList{"par", "ber", "api", "regional in EU", "central in EU"}));
        // The API node serves nothing: no impact. Worst first: both regional sites (all demand unserved),
        // Paris (its 3 of 4 req/s now out of budget at Berlin), Berlin (its 1 of 4 out of budget at Paris).
        QCOMPARE(report.impacts.size(), size_t(3));
        QCOMPARE(report.breaking, 3);
        const auto label = [&](int i) {
            return report.failures[size_t(report.impacts[size_t(i)].failure)].label;
        };
        QCOMPARE(label(0), QStringLiteral("regional in EU"));
        QCOMPARE(label(1), QStringLiteral("par"));
        QCOMPARE(label(2), QStringLiteral("ber"));
        const FailureImpact &all = report.impacts[0];
        QCOMPARE(all.attainmentPctAfter, 0.0);
        QVERIFY(near(all.unservedRps, 4.0));
        QCOMPARE(all.regionsAffected, (std::vector<int>{0, 1}));
        const FailureImpact &par = report.impacts[1];
        QVERIFY(near(par.attainmentPctAfter, 25.0));
        QVERIFY(near(par.worstDropPct(), 75.0));
        QCOMPARE(par.regionsAffected, std::vector<int>{0});
        QCOMPARE(par.workloads[0].regionsMoved, 1);
        QCOMPARE(par.workloads[0].regionsLostSlo, 1);
        // At this budget's operating batch Paris' 3 req/s take 2 GPUs and Berlin's 1 req/s one: 3 × $2/h ×
        // 730 h.
        QCOMPARE(plan.workloads[0].siteLoads[0].gpus, 2);
        QCOMPARE(plan.workloads[0].siteLoads[1].gpus, 1);
        QVERIFY(near(plan.workloads[0].gpuUsdPerMonth, 3 * 2.0 * 730));
        // Paris' 2 GPUs are no longer billed; Berlin grows to 2 GPUs for 4 req/s: the spill costs one
        // GPU-month.
        QVERIFY(near(par.failedSitesUsdPerMonth, 2 * 2.0 * 730));
        QVERIFY(near(par.usdPerMonthAfter - par.usdPerMonthBefore, -1 * 2.0 * 730));
        QVERIFY(near(par.spillUsdPerMonth(), 1 * 2.0 * 730));
        const FailureImpact &ber = report.impacts[2];
        QVERIFY(near(ber.attainmentPctAfter, 75.0));
        QCOMPARE(ber.regionsAffected, std::vector<int>{1});
    }

    void incrementalEqualsFullEvaluationOfEveryFailure()
    {
        const auto s = std::make_shared<const Scenario>(europeSlice());
        const Evaluator e(s);
        const PlanOutcome plan = e.evaluate(placementOf(*s));
        const std::vector<Failure> failures = singleFailures(e);
        QVERIFY2(failures.size() > 100, qPrintable(QString::number(failures.size())));
        const ResilienceReport report = checkResilience(e, plan, failures);
        QCOMPARE(report.failures.size(), failures.size());
        QVERIFY(!report.cancelled);
        std::map<int, const FailureImpact *> incremental;
        for (const FailureImpact &i : report.impacts)
            incremental[i.failure] = &i;
        // The oracle: a full evaluation with the failed nodes down, for every failure.
        int withImpact = 0, breaking = 0, spilled = 0;
        for (size_t f = 0; f < failures.size(); ++f) {
            Evaluator::NodeMask down(s->nodes.size(), 0);
            for (int n : failures[f].nodes)
                down[size_t(n)] = 1;
            const FailureImpact full = impactOf(plan, e.evaluate(plan.placement, &down), down);
            const auto it = incremental.find(int(f));
            QVERIFY2((it != incremental.end()) == !full.workloads.empty(), qPrintable(failures[f].label));
            if (it == incremental.end())
                continue;
            compareImpacts(*it->second, full, failures[f].label);
            ++withImpact;
            breaking += full.breaksSlo() ? 1 : 0;
            spilled += full.spillUsdPerMonth() > 0 ? 1 : 0;
        }
        QCOMPARE(report.breaking, breaking);
        // The slice must exercise the hard cases: failures that break SLOs and spills that cost.
        QVERIFY2(withImpact > 50, qPrintable(QString::number(withImpact)));
        QVERIFY2(breaking > 0, qPrintable(QString::number(breaking)));
        QVERIFY2(spilled > 0, qPrintable(QString::number(spilled)));
        // Incremental: far fewer workload evaluations than failures × workloads.
        QVERIFY(report.workloadEvaluations < qint64(failures.size() * s->workloads.size()));
        // Worst first.
        for (size_t i = 1; i < report.impacts.size(); ++i) {
            const FailureImpact &a = report.impacts[i - 1], &b = report.impacts[i];
            QVERIFY(a.breaksSlo() >= b.breaksSlo());
            if (a.breaksSlo() == b.breaksSlo())
                QVERIFY(a.worstDropPct() >= b.worstDropPct());
        }
    }

    void splitPlacementEqualsFullEvaluation()
    {
        // A workload split per zone takes capacity in two tiers: the N+1 check must see both parts. On the
        // default world, code completion on the edge in Europe and regional elsewhere; the failures are the
        // European edge sites that serve it and the regional sites elsewhere that serve it.
        const ScenarioLoad l = loadDefaultScenario();
        QVERIFY(l.ok());
        auto scenario = std::make_shared<Scenario>(*l.scenario);
        scenario->whatIf.clear();
        const auto s = std::shared_ptr<const Scenario>(scenario);
        const Evaluator e(s);
        Placement placement = placementOf(*s);
        const size_t w = 0;
        placement.setTier(w, Tier::Regional);
        placement.setZoneTier(w, geo::Zone::Europe, Tier::Edge);
        QVERIFY(placement.isSplit(w));
        const PlanOutcome plan = e.evaluate(placement);
        std::vector<Failure> failures;
        std::map<Tier, int> perTier; // at most 12 of each tier
        for (const Failure &f : singleFailures(e)) {
            if (f.nodes.size() != 1)
                continue;
            const int n = f.nodes.front();
            const auto &sites = plan.workloads[w].siteLoads;
            const bool serves = std::any_of(sites.begin(), sites.end(),
                                            [&](const SiteOutcome &site) { return site.node == n; });
            if (serves && perTier[f.tier]++ < 12)
                failures.push_back(f);
        }
        QVERIFY(failures.size() >= 8);
        QVERIFY(std::any_of(failures.begin(), failures.end(),
                            [](const Failure &f) { return f.tier == Tier::Edge; }));
        QVERIFY(std::any_of(failures.begin(), failures.end(),
                            [](const Failure &f) { return f.tier == Tier::Regional; }));
        const ResilienceReport report = checkResilience(e, plan, failures);
        std::map<int, const FailureImpact *> found;
        for (const FailureImpact &i : report.impacts)
            found[i.failure] = &i;
        for (size_t f = 0; f < failures.size(); ++f) {
            Evaluator::NodeMask down(s->nodes.size(), 0);
            down[size_t(failures[f].nodes.front())] = 1;
            const PlanOutcome after = e.evaluate(plan.placement, &down);
            // The failed node takes no demand in either part; its regions went elsewhere.
            for (const RegionOutcome &r : after.workloads[w].regions)
                QVERIFY(r.node != failures[f].nodes.front());
            const FailureImpact full = impactOf(plan, after, down);
            QVERIFY2(!full.workloads.empty(), qPrintable(failures[f].label)); // it served the workload
            const auto it = found.find(int(f));
            QVERIFY2(it != found.end(), qPrintable(failures[f].label));
            compareImpacts(*it->second, full, failures[f].label);
        }
    }

    void startsFromTheScenarioWhatIfConditions()
    {
        Scenario base = europeSlice();
        // Take down the busiest site of the plan and add a surge: the check must start from both.
        const Evaluator plain(std::make_shared<const Scenario>(base));
        const PlanOutcome plainPlan = plain.evaluate(placementOf(base));
        std::map<int, int> gpusAt;
        for (const WorkloadOutcome &w : plainPlan.workloads)
            for (const SiteOutcome &site : w.siteLoads)
                gpusAt[site.node] += site.gpus;
        QVERIFY(!gpusAt.empty());
        const int busiest = std::max_element(gpusAt.begin(), gpusAt.end(), [](auto &a, auto &b) {
                                return a.second < b.second;
                            })->first;
        WhatIfCondition down;
        down.kind = WhatIfCondition::Kind::Down;
        down.nodes = {base.nodes[size_t(busiest)].id};
        WhatIfCondition surge;
        surge.kind = WhatIfCondition::Kind::Surge;
        surge.factor = 1.3;
        WhatIfCondition off = surge; // switched off: must not count
        off.factor = 5;
        off.enabled = false;
        base.whatIf = {down, surge, off};

        const ResiliencePlan rp = resiliencePlan(base, placementOf(base));
        QCOMPARE(rp.conditions, 2);
        QCOMPARE(int(rp.down[size_t(busiest)]), 1);
        // The oracle: the conditions applied by hand, every failure evaluated in full on top of them.
        const AppliedWhatIf applied = applyWhatIf(base, base.whatIf);
        const Evaluator e(applied.scenario);
        const PlanOutcome plan = e.evaluate(placementOf(base), &applied.down);
        QCOMPARE(rp.plan.usdPerMonth, plan.usdPerMonth);
        QCOMPARE(rp.plan.attainmentPct, plan.attainmentPct);
        QVERIFY(plan.usdPerMonth != plainPlan.usdPerMonth);

        const std::vector<Failure> failures = singleFailures(*rp.evaluator);
        const ResilienceReport report = checkResilience(*rp.evaluator, rp.plan, failures, rp.options());
        std::map<int, const FailureImpact *> incremental;
        for (const FailureImpact &i : report.impacts)
            incremental[i.failure] = &i;
        int withImpact = 0;
        for (size_t f = 0; f < failures.size(); ++f) {
            Evaluator::NodeMask mask = applied.down;
            for (int n : failures[f].nodes)
                mask[size_t(n)] = 1;
            const FailureImpact full = impactOf(plan, e.evaluate(plan.placement, &mask), mask);
            const auto it = incremental.find(int(f));
            QVERIFY2((it != incremental.end()) == !full.workloads.empty(), qPrintable(failures[f].label));
            if (it == incremental.end())
                continue;
            compareImpacts(*it->second, full, failures[f].label);
            ++withImpact;
        }
        QVERIFY2(withImpact > 10, qPrintable(QString::number(withImpact)));
        // The site already down cannot fail again: no impact, where the check without conditions has one.
        QVERIFY(!incremental.count(busiest));
        const ResilienceReport ignoring = checkResilience(plain, plainPlan, singleFailures(plain));
        QVERIFY(std::any_of(ignoring.impacts.begin(), ignoring.impacts.end(),
                            [&](const FailureImpact &i) { return i.failure == busiest; }));
    }

    void cancelStopsEarlyAndProgressReachesTheEnd()
    {
        const auto s = std::make_shared<const Scenario>(europeSlice());
        const Evaluator e(s);
        const PlanOutcome plan = e.evaluate(placementOf(*s));
        std::atomic_bool cancel{true};
        const ResilienceReport stopped = checkResilience(e, plan, singleFailures(e), {}, &cancel);
        QVERIFY(stopped.cancelled);
        QCOMPARE(stopped.workloadEvaluations + stopped.workloadsCopied, 0ll);
        std::atomic<double> last{0};
        std::atomic_int calls{0};
        const ResilienceReport done = checkResilience(e, plan, singleFailures(e), {}, nullptr, [&](double p) {
            ++calls;
            double seen = last.load();
            while (p > seen && !last.compare_exchange_weak(seen, p)) {
            }
        });
        QVERIFY(!done.cancelled);
        QVERIFY(calls > 1);
        QCOMPARE(last.load(), 1.0);
    }
};

QTEST_GUILESS_MAIN(tst_Resilience)
#include "tst_resilience.moc"
