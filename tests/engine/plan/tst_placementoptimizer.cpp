// SPDX-License-Identifier: GPL-3.0-or-later
// optimizePlacement (CBC cut loop and branch and bound) against the exhaustive search (itself checked against
// brute force in tst_optimizer) on random small scenarios built so that GPU capacity couples the workloads;
// at zone granularity against brute force over every tier per workload and zone; its time limit, gap, cancel
// and placement count.
#include "engine/model/portfolio.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/placementsolver.h"
#include "tests/common/randomscenario.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <functional>
#include <limits>

using namespace ea;
using ea::test::movesOf;
using ea::test::randomScenario;
using ea::test::randomZonedScenario;
using ea::test::sameCost;

namespace {

/** Plan total when each workload takes its cheapest tier alone among those where it meets its SLO alone (NaN
 * when that plan misses an SLO): what an optimizer blind to shared capacity would answer. */
double independentOptimum(const Evaluator &e, const Placement &current)
{
    const Scenario &s = e.scenario();
    std::vector<int> full(s.nodes.size());
    for (size_t n = 0; n < full.size(); ++n)
        full[n] = s.nodes[n].usableGpus();
    Placement p = current;
    for (size_t w = 0; w < p.size(); ++w) {
        if (s.workloads[w].pinned)
            continue;
        double best = std::numeric_limits<double>::infinity();
        for (Tier t : s.assignableTiers(int(w))) {
            std::vector<int> free = full;
            const WorkloadOutcome o = e.evaluateWorkload(int(w), t, free);
            if (meetsSlo(o) && o.usdPerMonth() < best) {
                best = o.usdPerMonth();
                p[w] = t;
            }
        }
    }
    const PlanOutcome plan = e.evaluate(p);
    for (const WorkloadOutcome &o : plan.workloads)
        if (!meetsSlo(o))
            return std::nan("");
    return plan.usdPerMonth;
}

/** The cheapest placement with a tier per workload and zone of demand in which every workload meets its SLO.
 */
struct ZoneBrute
{
    bool found = false;
    double usd = std::numeric_limits<double>::infinity();
};
ZoneBrute zoneBruteForce(const Evaluator &e, const Placement &current)
{
    const Scenario &s = e.scenario();
    std::vector<int> zones;
    for (int z = 0; z < geo::kZoneCount; ++z)
        if (e.demandZones() >> z & 1u)
            zones.push_back(z);
    // Every workload's configurations: a tier per zone of demand (pinned: as now).
    std::vector<std::vector<ZoneTiers>> configs(s.workloads.size());
    std::vector<std::vector<Tier>> stars(s.workloads.size());
    for (size_t w = 0; w < s.workloads.size(); ++w) {
        if (s.workloads[w].pinned) {
            configs[w] = {current.zoneTiers(w)};
            stars[w] = {current[w]};
            continue;
        }
        const std::vector<Tier> tiers = s.assignableTiers(int(w));
        std::vector<int> digit(zones.size(), 0);
        while (true) {
            ZoneTiers zt{};
            for (size_t k = 0; k < zones.size(); ++k)
                zt[zones[k]] = tiers[digit[k]];
            configs[w].push_back(zt);
            stars[w].push_back(tiers.front());
            size_t k = 0;
            while (k < zones.size() && ++digit[k] == int(tiers.size()))
                digit[k++] = 0;
            if (k == zones.size())
                break;
        }
    }
    ZoneBrute best;
    Placement p = current;
    std::function<void(size_t)> go = [&](size_t w) {
        if (w == s.workloads.size()) {
            const PlanOutcome plan = e.evaluate(p);
            for (const WorkloadOutcome &o : plan.workloads)
                if (!meetsSlo(o))
                    return;
            best.found = true;
            best.usd = std::min(best.usd, plan.usdPerMonth);
            return;
        }
        for (size_t c = 0; c < configs[w].size(); ++c) {
            p.setWorkload(w, stars[w][c], configs[w][c]);
            go(w + 1);
        }
    };
    go(0);
    return best;
}

Scenario portfolio(int workloads)
{
    const ScenarioLoad l = loadDefaultScenario();
    if (!l.ok())
        qFatal("default scenario: %s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    return repeatedPortfolio(*l.scenario, workloads);
}

} // namespace

class tst_PlacementOptimizer : public QObject
{
    Q_OBJECT
private slots:
    void matchesTheExhaustiveSearch()
    {
        int feasible = 0, bestEffort = 0, capacityBound = 0, coupled = 0;
        const auto check = [&](const Scenario &scenario, const QString &where) {
            const auto s = std::make_shared<const Scenario>(scenario);
            const Evaluator e(s);
            const Placement current = placementOf(*s);
            const OptimizeResult r = optimizePlacement(e, current);
            const OptimizeResult x = exhaustivePlacementSearch(e, current);
            QVERIFY2(x.provenOptimal, qPrintable(where));
            QVERIFY2(r.provenOptimal && (!r.hasPlacement() || r.gap == 0.0), qPrintable(where));
            QCOMPARE(r.feasible, x.feasible);
            QCOMPARE(r.bestEffort, x.bestEffort);
            QCOMPARE(r.unreachable, x.unreachable);
            QCOMPARE(r.hasPlacement(), x.hasPlacement());
            if (!r.hasPlacement()) {
                QVERIFY2(!r.problems.isEmpty(), qPrintable(where));
                if (x.unreachable.empty()) {
                    ++capacityBound;
                    QVERIFY2(r.problems.front().contains(QStringLiteral("capacity")),
                             qPrintable(r.problems.front()));
                }
                return;
            }
            QVERIFY2(sameCost(r.usdPerMonth, x.usdPerMonth),
                     qPrintable(QStringLiteral("%1: %2 vs exhaustive %3")
                                    .arg(where)
                                    .arg(r.usdPerMonth)
                                    .arg(x.usdPerMonth)));
            QCOMPARE(movesOf(r.placement, current), movesOf(x.placement, current));
            QCOMPARE(e.evaluate(r.placement).usdPerMonth, r.usdPerMonth);
            QCOMPARE(r.searchUsdPerMonth, r.usdPerMonth); // the loop's sum is the evaluator's, bit for bit
            QVERIFY(r.boundUsdPerMonth <= r.usdPerMonth);
            for (size_t w = 0; w < current.size(); ++w) {
                QVERIFY(!r.placement.isSplit(w)); // workload granularity
                if (s->workloads[w].pinned)
                    QCOMPARE(r.placement[w], current[w]);
                const auto allowed = s->assignableTiers(int(w));
                QVERIFY(std::find(allowed.begin(), allowed.end(), r.placement[w]) != allowed.end());
            }
            for (int w : r.unreachable)
                QCOMPARE(r.placement[w], current[w]);
            if (r.bestEffort) {
                ++bestEffort;
                return;
            }
            ++feasible;
            for (const WorkloadOutcome &o : r.outcome.workloads)
                QVERIFY2(meetsSlo(o), qPrintable(where));
            coupled += !sameCost(independentOptimum(e, current), r.usdPerMonth);
        };
        for (quint32 seed = 1; seed <= 60; ++seed) {
            check(randomScenario(seed), QStringLiteral("seed %1").arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
        for (quint32 seed = 1; seed <= 30; ++seed) {
            check(randomZonedScenario(seed), QStringLiteral("zoned seed %1").arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("%d feasible (%d where capacity couples the workloads), %d best effort, %d infeasible for "
              "capacity",
              feasible, coupled, bestEffort, capacityBound);
        // The scenarios must exercise every outcome, capacity coupling above all, or the comparison proves
        // little.
        QVERIFY(feasible >= 15 && coupled >= 5 && bestEffort >= 5 && capacityBound >= 1);
    }

    void zoneGranularityAgainstBruteForce()
    {
        int compared = 0, splitWins = 0, proven = 0;
        for (quint32 seed = 1; seed <= 16; ++seed) {
            const auto s = std::make_shared<const Scenario>(randomZonedScenario(seed));
            const Evaluator e(s);
            const Placement current = placementOf(*s);
            const ZoneBrute brute = zoneBruteForce(e, current);
            if (!brute.found)
                continue;
            OptimizeOptions o;
            o.granularity = Granularity::Zone;
            o.timeLimitS = 20;
            const OptimizeResult r = optimizePlacement(e, current, o);
            const QString where = QStringLiteral("zoned seed %1: %2 vs brute force %3, bound %4")
                                      .arg(seed)
                                      .arg(r.usdPerMonth)
                                      .arg(brute.usd)
                                      .arg(r.boundUsdPerMonth);
            QVERIFY2(r.feasible && r.hasPlacement(), qPrintable(where));
            ++compared;
            for (const WorkloadOutcome &w : r.outcome.workloads)
                QVERIFY2(meetsSlo(w), qPrintable(where));
            QCOMPARE(e.evaluate(r.placement).usdPerMonth, r.usdPerMonth);
            // The bound is proven: never above the true optimum; the placement never below it.
            QVERIFY2(r.boundUsdPerMonth <= brute.usd * (1 + 1e-9) + 1e-6, qPrintable(where));
            QVERIFY2(r.usdPerMonth >= brute.usd * (1 - 1e-9) - 1e-6, qPrintable(where));
            QVERIFY2(r.gap >= 0 && r.gap <= 1, qPrintable(where));
            if (r.provenOptimal) {
                ++proven;
                QVERIFY2(sameCost(r.usdPerMonth, brute.usd), qPrintable(where));
            }
            // Never worse than placing each workload whole.
            const OptimizeResult whole = optimizePlacement(e, current);
            QVERIFY2(r.usdPerMonth <= whole.usdPerMonth * (1 + 1e-9), qPrintable(where));
            splitWins += r.usdPerMonth < whole.usdPerMonth * (1 - 1e-9);
        }
        qInfo("%d compared, %d proven optimal, %d where a split placement is cheaper", compared, proven,
              splitWins);
        QVERIFY(compared >= 5 && splitWins >= 1);
    }

    void timeLimitGapAndCancel()
    {
        // Deterministic: the stops are driven by a cancel flag set from the status reports and by a time
        // limit already spent, never by how fast this machine is. Two random scenarios where capacity couples
        // the workloads, each solved by a round of the cut loop and a branch and bound that improves its
        // placement several times; their proven optimum is the oracle. (Seed 21 replaced 20 when the fixture
        // stated its network model in full: 20 then improved only 4 times.)
        for (quint32 seed : {21u, 55u}) {
            const auto s = std::make_shared<const Scenario>(randomScenario(seed));
            const Evaluator e(s);
            const Placement current = placementOf(*s);
            int reports = 0;
            OptimizeOptions full;
            full.status = [&](const OptimizeStatus &st) {
                QVERIFY(st.gap() >= 0 && st.gap() <= 1);
                reports += std::isfinite(st.bestUsdPerMonth);
            };
            const OptimizeResult best = optimizePlacement(e, current, full);
            QVERIFY(best.provenOptimal && best.feasible && best.gap == 0.0);
            QVERIFY(!best.cancelled && !best.timedOut);
            QVERIFY2(reports >= 5, qPrintable(QString::number(reports))); // improvements to stop between
            const double tol = 1e-9 * best.usdPerMonth;

            // Cancel at each report of a placement in turn (the first in the cut loop, the others in the
            // branch and bound): the best found so far is kept, with a proven bound.
            for (int stopAt = 1; stopAt < reports; ++stopAt) {
                std::atomic<bool> cancel{false};
                int seen = 0;
                OptimizeOptions c;
                c.cancel = &cancel;
                c.status = [&](const OptimizeStatus &st) {
                    if (std::isfinite(st.bestUsdPerMonth) && ++seen == stopAt)
                        cancel = true;
                };
                const OptimizeResult r = optimizePlacement(e, current, c);
                const QString where = QStringLiteral("seed %1 stopped at report %2: %3, bound %4, optimum %5")
                                          .arg(seed)
                                          .arg(stopAt)
                                          .arg(r.usdPerMonth)
                                          .arg(r.boundUsdPerMonth)
                                          .arg(best.usdPerMonth);
                QVERIFY2(r.cancelled && !r.timedOut && !r.provenOptimal, qPrintable(where));
                QVERIFY2(r.hasPlacement() && r.feasible, qPrintable(where));
                QCOMPARE(e.evaluate(r.placement).usdPerMonth, r.usdPerMonth);
                for (const WorkloadOutcome &o : r.outcome.workloads)
                    QVERIFY2(meetsSlo(o), qPrintable(where));
                QVERIFY2(r.usdPerMonth >= best.usdPerMonth - tol,
                         qPrintable(where)); // never below the optimum
                QVERIFY2(r.boundUsdPerMonth <= best.usdPerMonth + tol, qPrintable(where)); // a proven bound
                QVERIFY2(r.gap >= 0 && r.gap <= 1, qPrintable(where));
                QVERIFY2(std::fabs(r.gap - (r.usdPerMonth - r.boundUsdPerMonth) / r.usdPerMonth) < 1e-12 ||
                             (!std::isfinite(r.boundUsdPerMonth) && r.gap == 1.0),
                         qPrintable(where));
                if (stopAt == 1) // it really stopped early
                    QVERIFY2(r.iterations + r.searchNodes < best.iterations + best.searchNodes,
                             qPrintable(where));
            }

            // A cancel before the search starts: nothing to suggest, said as cancelled.
            std::atomic<bool> cancelled{true};
            OptimizeOptions c;
            c.cancel = &cancelled;
            const OptimizeResult cr = optimizePlacement(e, current, c);
            QVERIFY(cr.cancelled && !cr.provenOptimal && !cr.hasPlacement());

            // A time limit already spent when the search starts: stopped by the limit, said so, nothing
            // proven.
            OptimizeOptions spent;
            spent.timeLimitS = 1e-9;
            const OptimizeResult tr = optimizePlacement(e, current, spent);
            QVERIFY(tr.timedOut && !tr.cancelled && !tr.provenOptimal);
            bool said = false;
            for (const QString &p : tr.problems)
                said = said || p.contains(QStringLiteral("time limit"));
            QVERIFY2(said, qPrintable(tr.problems.join(QLatin1Char('\n'))));
            if (tr.hasPlacement())
                QVERIFY(tr.usdPerMonth >= best.usdPerMonth - tol && tr.gap > 0);

            // A limit the search stays within changes nothing (with a limit the cut loop runs more rounds
            // first).
            OptimizeOptions ample;
            ample.timeLimitS = 3600;
            const OptimizeResult ar = optimizePlacement(e, current, ample);
            QVERIFY(ar.provenOptimal && !ar.timedOut && ar.gap == 0.0);
            QVERIFY(sameCost(ar.usdPerMonth, best.usdPerMonth));

            // A relative gap asked: the placement returned is within it of the proven optimum.
            for (double asked : {0.5, 0.05}) {
                OptimizeOptions g;
                g.relativeGap = asked;
                const OptimizeResult gr = optimizePlacement(e, current, g);
                QVERIFY(gr.hasPlacement() && !gr.timedOut && !gr.cancelled);
                QVERIFY(gr.gap <= asked + 1e-12);
                QVERIFY(gr.usdPerMonth >= best.usdPerMonth - tol);
                QVERIFY(gr.usdPerMonth * (1 - asked) <= best.usdPerMonth + tol);
            }
        }
    }

    void portfolioBeyondCapacityAsTheExhaustiveSearch()
    {
        // The default world's workloads repeated (as `bench plan` does): from 12 workloads on, even with the
        // unreachable ones left where they are, the others cannot all meet their SLOs in the world's GPUs.
        // The optimizer must prove that as the exhaustive search does, and say why.
        const auto s = std::make_shared<const Scenario>(portfolio(12));
        const Evaluator e(s);
        const Placement current = placementOf(*s);
        const OptimizeResult r = optimizePlacement(e, current);
        OptimizeOptions o;
        o.maxWorkloadEvaluations = std::numeric_limits<qint64>::max();
        const OptimizeResult x = exhaustivePlacementSearch(e, current, o);
        QVERIFY(x.provenOptimal && r.provenOptimal);
        QCOMPARE(r.hasPlacement(), x.hasPlacement());
        QCOMPARE(r.feasible, x.feasible);
        QCOMPARE(r.bestEffort, x.bestEffort);
        QCOMPARE(r.unreachable, x.unreachable);
        QVERIFY(!r.hasPlacement() && !r.unreachable.empty());
        QVERIFY(!r.timedOut && !r.cancelled);
        QVERIFY2(r.problems.size() > int(r.unreachable.size()),
                 qPrintable(r.problems.join(QLatin1Char('\n'))));
    }

    void placementCountDoesNotOverflow()
    {
        // 36 workloads with up to four tiers each: 4^36 placements, beyond any 64-bit integer.
        const auto s = std::make_shared<const Scenario>(portfolio(36));
        const Evaluator e(s);
        std::atomic<bool> cancel{true}; // the count is made before any search
        OptimizeOptions o;
        o.cancel = &cancel;
        const OptimizeResult r = optimizePlacement(e, placementOf(*s), o);
        double log10 = 0;
        for (int w = 0; w < int(s->workloads.size()); ++w)
            log10 += std::log10(double(s->workloads[w].pinned ? 1 : s->assignableTiers(w).size()));
        QVERIFY(std::fabs(r.placementsAllowedLog10 - log10) < 1e-9);
        QVERIFY(r.placementsAllowedLog10 > 18);
        QCOMPARE(r.placementsTotal, qint64(-1));
        o.granularity = Granularity::Zone;
        const OptimizeResult z = optimizePlacement(e, placementOf(*s), o);
        QVERIFY(z.placementsAllowedLog10 >
                8 * r.placementsAllowedLog10); // a tier per zone: per workload ^zones
    }

    void defaultScenarioAsTheExhaustiveSearch()
    {
        const ScenarioLoad l = loadDefaultScenario();
        QVERIFY(l.ok());
        const auto s = std::make_shared<const Scenario>(*l.scenario);
        const Evaluator e(s);
        const Placement current = placementOf(*s);
        const OptimizeResult r = optimizePlacement(e, current);
        const OptimizeResult x = exhaustivePlacementSearch(e, current);
        QVERIFY(r.provenOptimal);
        QCOMPARE(r.unreachable, x.unreachable);
        QCOMPARE(r.bestEffort, x.bestEffort);
        QVERIFY(sameCost(r.usdPerMonth, x.usdPerMonth));
        QVERIFY(r.placement == x.placement);
        for (int w : r.unreachable) { // each named, with why
            bool named = false;
            for (const QString &p : r.problems)
                named = named || p.startsWith(s->workloads[w].name + QLatin1Char(':'));
            QVERIFY2(named, qPrintable(r.problems.join(QLatin1Char('\n'))));
        }
    }
    /**
     * The master problem grows linearly with the outcomes the cut loop learns. Before the taken-GPU columns,
     * each certificate row repeated every earlier outcome at its node, so the master grew with the square of
     * the outcomes known: a 36-workload portfolio's master reached 1.66 million entries and the process
     * gigabytes. Here each item's known outcomes are copied 4, 8 and 16 times (as rounds of the loop add
     * outcomes) on 18 workloads: doubling them must at most about double the master (quadratic growth gives
     * about 4x), and it stays under half the cap at which the loop stops.
     */
    void masterGrowsLinearlyWithOutcomesLearned()
    {
        const ScenarioLoad l = loadDefaultScenario();
        QVERIFY(l.ok());
        const auto s = std::make_shared<const Scenario>(repeatedPortfolio(*l.scenario, 18));
        const Evaluator e(s);
        const Placement current = placementOf(*s);
        const int n = static_cast<int>(s->workloads.size());
        placement::Problem base = placement::buildProblem(e, current, std::vector<bool>(n, true),
                                                          std::vector<bool>(n, false), Granularity::Workload);
        for (placement::Item &item : base.items) // each part's outcome with all GPUs free, as the loop starts
            for (Tier t : item.tiers.front())
                if (item.known[static_cast<int>(t)].empty())
                    item.known[static_cast<int>(t)].push_back(
                        placement::knownWithAllFree(e, item.workload, t, AllZones));
        const auto sized = [&](int copies) {
            placement::Problem p = base;
            for (placement::Item &item : p.items)
                for (auto &known : item.known) {
                    const std::vector<placement::Known> once = known;
                    for (int c = 1; c < copies; ++c)
                        known.insert(known.end(), once.begin(), once.end());
                    for (placement::Known &k : known)
                        k.strict = true; // one row per bound: the largest master
                }
            return placement::masterSize(*s, p, current);
        };
        const placement::MasterSize four = sized(4), eight = sized(8), sixteen = sized(16);
        qInfo("master nonzeros with 4, 8, 16 copies of the outcomes: %lld, %lld, %lld (rows %d, %d, %d)",
              four.nonzeros, eight.nonzeros, sixteen.nonzeros, four.rows, eight.rows, sixteen.rows);
        QVERIFY(four.nonzeros > 10000); // a real coupling: certificates with bounds at shared nodes
        QVERIFY2(double(sixteen.nonzeros) / double(eight.nonzeros) < 2.5,
                 "the master grows faster than linearly");
        QVERIFY2(double(eight.nonzeros) / double(four.nonzeros) < 2.5,
                 "the master grows faster than linearly");
        QVERIFY(sixteen.nonzeros < placement::MaxMasterNonzeros / 2);
    }
};

QTEST_GUILESS_MAIN(tst_PlacementOptimizer)
#include "tst_placementoptimizer.moc"
