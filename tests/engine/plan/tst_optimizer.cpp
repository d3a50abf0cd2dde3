// SPDX-License-Identifier: GPL-3.0-or-later
// The placement optimizer against brute force over every placement, on random small scenarios built so
// that GPU capacity couples the workloads, plus the default scenario.
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "tests/common/randomscenario.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>
#include <limits>

using namespace ea;
using ea::test::randomScenario;

namespace {

std::vector<std::vector<Tier>> choicesOf(const Scenario &s, const Placement &current)
{
    std::vector<std::vector<Tier>> out;
    for (int i = 0; i < static_cast<int>(s.workloads.size()); ++i)
        out.push_back(s.workloads[i].pinned ? std::vector<Tier>{current[i]} : s.assignableTiers(i));
    return out;
}

struct Brute
{
    bool found = false;
    double usd = std::numeric_limits<double>::infinity();
    int moves = 0; // fewest moves among the cheapest
};

/** Cheapest placement in which every workload not in `held` meets its SLO; `held` stay where they are. */
Brute bruteForce(const Evaluator &e, const Placement &current, const std::vector<int> &held = {})
{
    auto choices = choicesOf(e.scenario(), current);
    for (int i : held)
        choices[i] = {current[i]};
    Brute best;
    Placement p(current.size());
    std::function<void(size_t)> go = [&](size_t i) {
        if (i == p.size()) {
            const PlanOutcome plan = e.evaluate(p);
            for (size_t w = 0; w < p.size(); ++w)
                if (!meetsSlo(plan.workloads[w]) && std::find(held.begin(), held.end(), int(w)) == held.end())
                    return;
            int moves = 0;
            for (size_t w = 0; w < p.size(); ++w)
                moves += p[w] != current[w];
            const double tol = 1e-12 * std::max(best.found ? best.usd : 0.0, 1.0);
            if (!best.found || plan.usdPerMonth < best.usd - tol ||
                (plan.usdPerMonth <= best.usd + tol && moves < best.moves)) {
                best.found = true;
                best.usd = std::min(best.usd, plan.usdPerMonth);
                best.moves = moves;
            }
            return;
        }
        for (Tier t : choices[i]) {
            p[i] = t;
            go(i + 1);
        }
    };
    go(0);
    return best;
}

/**
 * Plan total when each workload takes the tier that is cheapest for it alone among those where it meets its
 * SLO alone (NaN when that plan misses an SLO): what an optimizer blind to shared capacity would answer.
 */
double independentOptimum(const Evaluator &e, const Placement &current)
{
    const Scenario &s = e.scenario();
    const auto choices = choicesOf(s, current);
    std::vector<int> full(s.nodes.size());
    for (size_t n = 0; n < full.size(); ++n)
        full[n] = s.nodes[n].usableGpus();
    Placement p = current;
    for (size_t w = 0; w < p.size(); ++w) {
        double best = std::numeric_limits<double>::infinity();
        for (Tier t : choices[w]) {
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

bool sameCost(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({std::fabs(a), std::fabs(b), 1.0});
}

} // namespace

class tst_Optimizer : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForceOnRandomScenarios()
    {
        int feasible = 0, bestEffort = 0, capacityBound = 0, coupled = 0;
        const int count = 60;
        for (quint32 seed = 1; seed <= count; ++seed) {
            const auto s = std::make_shared<const Scenario>(randomScenario(seed));
            QStringList invalid;
            validateScenario(*s, &invalid);
            QVERIFY2(invalid.isEmpty(), qPrintable(invalid.join(QLatin1Char('\n'))));
            const Evaluator e(s);
            const Placement current = placementOf(*s);
            const OptimizeResult r = exhaustivePlacementSearch(e, current);
            const QString where = QStringLiteral("seed %1").arg(seed);
            QVERIFY2(r.provenOptimal, qPrintable(where));
            const Brute brute = bruteForce(e, current);
            QVERIFY2(r.feasible == brute.found, qPrintable(where));
            if (r.hasPlacement()) {
                // Pins and forbidden tiers honoured; the memo's total is the evaluator's, bit for bit.
                const auto choices = choicesOf(*s, current);
                for (size_t w = 0; w < current.size(); ++w)
                    QVERIFY2(std::find(choices[w].begin(), choices[w].end(), r.placement[w]) !=
                                 choices[w].end(),
                             qPrintable(where));
                QCOMPARE(r.usdPerMonth, r.searchUsdPerMonth);
                QCOMPARE(e.evaluate(r.placement).usdPerMonth, r.usdPerMonth);
            }
            if (brute.found) {
                ++feasible;
                coupled += independentOptimum(e, current) != brute.usd;
                QVERIFY2(sameCost(r.usdPerMonth, brute.usd),
                         qPrintable(QStringLiteral("%1: %2 vs brute force %3")
                                        .arg(where)
                                        .arg(r.usdPerMonth)
                                        .arg(brute.usd)));
                for (const WorkloadOutcome &o : r.outcome.workloads)
                    QVERIFY2(meetsSlo(o), qPrintable(where));
                int moves = 0;
                for (size_t w = 0; w < current.size(); ++w)
                    moves += r.placement[w] != current[w];
                QVERIFY2(moves <= brute.moves, qPrintable(where));
                QVERIFY(r.problems.isEmpty());
                continue;
            }
            QVERIFY2(!r.problems.isEmpty(), qPrintable(where));
            if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
                qInfo("%s", qPrintable(r.problems.join(QLatin1Char(10))));
            if (r.unreachable.empty()) {
                ++capacityBound;
                QVERIFY(!r.bestEffort && !r.hasPlacement());
                QVERIFY2(r.problems.front().contains(QStringLiteral("capacity")),
                         qPrintable(r.problems.front()));
                continue;
            }
            // Each held workload meets its SLO in no tier on its own, and a problem line names it.
            const auto choices = choicesOf(*s, current);
            for (int w : r.unreachable) {
                std::vector<int> full(s->nodes.size());
                for (size_t n = 0; n < full.size(); ++n)
                    full[n] = s->nodes[n].usableGpus();
                for (Tier t : choices[w]) {
                    std::vector<int> free = full;
                    QVERIFY2(!meetsSlo(e.evaluateWorkload(w, t, free)), qPrintable(where));
                }
                bool named = false;
                for (const QString &p : r.problems)
                    named = named || p.startsWith(s->workloads[w].name + QLatin1Char(':'));
                QVERIFY2(named, qPrintable(where + QLatin1Char(' ') + r.problems.join(QLatin1Char('|'))));
            }
            const Brute relaxed = bruteForce(e, current, r.unreachable);
            QCOMPARE(r.bestEffort, relaxed.found);
            if (relaxed.found) {
                ++bestEffort;
                QVERIFY2(sameCost(r.usdPerMonth, relaxed.usd), qPrintable(where));
                for (int w : r.unreachable)
                    QCOMPARE(r.placement[w], current[w]);
            }
        }
        qInfo("%d feasible (%d where capacity couples the workloads), %d best effort, %d infeasible for "
              "capacity, of %d",
              feasible, coupled, bestEffort, capacityBound, count);
        // The random scenarios must exercise every outcome, or the comparison proves little.
        QVERIFY(feasible >= 15 && coupled >= 5 && bestEffort >= 5 && capacityBound >= 1);
    }

    void reusedOutcomeEqualsReevaluation()
    {
        // routingCertainlyHolds lets the search reuse a workload's outcome under less free capacity: whenever
        // it says so, evaluating again must give the very same numbers.
        int held = 0, notHeld = 0;
        for (quint32 seed = 1; seed <= 30; ++seed) {
            const auto s = std::make_shared<const Scenario>(randomScenario(seed));
            const Evaluator e(s);
            QRandomGenerator rng(seed * 7919u);
            std::vector<int> full(s->nodes.size());
            for (size_t n = 0; n < full.size(); ++n)
                full[n] = s->nodes[n].usableGpus();
            for (int w = 0; w < int(s->workloads.size()); ++w)
                for (Tier t : s->assignableTiers(w)) {
                    std::vector<int> scratch = full;
                    const WorkloadOutcome alone = e.evaluateWorkload(w, t, scratch);
                    for (int k = 0; k < 6; ++k) {
                        std::vector<int> free = full;
                        for (int &g : free)
                            g -= int(rng.bounded(g + 1)) * int(rng.bounded(2));
                        if (!e.routingCertainlyHolds(alone, free)) {
                            ++notHeld;
                            continue;
                        }
                        ++held;
                        std::vector<int> after = free;
                        const WorkloadOutcome again = e.evaluateWorkload(w, t, after);
                        QCOMPARE(again.usdPerMonth(), alone.usdPerMonth());
                        QCOMPARE(again.attainmentPct, alone.attainmentPct);
                        QCOMPARE(again.sloMs, alone.sloMs);
                        QCOMPARE(again.gpus, alone.gpus);
                        for (size_t r = 0; r < again.regions.size(); ++r)
                            QCOMPARE(again.regions[r].node, alone.regions[r].node);
                    }
                }
        }
        qInfo("reuse allowed %d times, refused %d times", held, notHeld);
        QVERIFY(held > 50 && notHeld > 50);
    }

    void pinsAndForbiddenTiersAreHonoured()
    {
        // The first random scenario whose optimum moves a workload: pin it, then forbid its new tier.
        for (quint32 seed = 1; seed <= 60; ++seed) {
            Scenario s = randomScenario(seed);
            const Placement current = placementOf(s);
            const OptimizeResult free =
                exhaustivePlacementSearch(Evaluator(std::make_shared<const Scenario>(s)), current);
            if (!free.feasible)
                continue;
            int moved = -1;
            for (size_t w = 0; w < current.size() && moved < 0; ++w)
                if (free.placement[w] != current[w])
                    moved = int(w);
            if (moved < 0)
                continue;

            Scenario pinned = s;
            pinned.workloads[moved].pinned = true;
            const Evaluator pe(std::make_shared<const Scenario>(pinned));
            const OptimizeResult rp = exhaustivePlacementSearch(pe, current);
            const Brute bp = bruteForce(pe, current);
            QCOMPARE(rp.feasible, bp.found);
            if (rp.hasPlacement())
                QCOMPARE(rp.placement[moved], current[moved]);
            if (bp.found)
                QVERIFY(sameCost(rp.usdPerMonth, bp.usd) && rp.usdPerMonth >= free.usdPerMonth);

            Scenario forbidden = s;
            forbidden.workloads[moved].forbiddenTiers.push_back(free.placement[moved]);
            const Evaluator fe(std::make_shared<const Scenario>(forbidden));
            const OptimizeResult rf = exhaustivePlacementSearch(fe, current);
            const Brute bf = bruteForce(fe, current);
            QCOMPARE(rf.feasible, bf.found);
            if (rf.hasPlacement())
                QVERIFY(rf.placement[moved] != free.placement[moved]);
            if (bf.found)
                QVERIFY(sameCost(rf.usdPerMonth, bf.usd) && rf.usdPerMonth >= free.usdPerMonth);
            return;
        }
        QFAIL("no random scenario moves a workload");
    }

    void defaultScenario()
    {
        const ScenarioLoad l = loadDefaultScenario();
        QVERIFY(l.ok());
        const auto s = std::make_shared<const Scenario>(*l.scenario);
        const Evaluator e(s);
        const Placement current = placementOf(*s);
        const PlanOutcome before = e.evaluate(current);
        const OptimizeResult r = exhaustivePlacementSearch(e, current);
        QVERIFY(r.provenOptimal);
        QVERIFY(r.hasPlacement());
        QCOMPARE(e.evaluate(r.placement).usdPerMonth, r.usdPerMonth);
        QCOMPARE(r.usdPerMonth, r.searchUsdPerMonth);
        // Some of its workloads meet their budget in no tier (e.g. a 50 ms control loop at p99): the
        // optimizer must name exactly those, keep them where they are and meet every other SLO.
        std::vector<int> full(s->nodes.size());
        for (size_t n = 0; n < full.size(); ++n)
            full[n] = s->nodes[n].usableGpus();
        std::vector<int> hopeless;
        for (int w = 0; w < int(s->workloads.size()); ++w) {
            bool any = false;
            for (Tier t : s->assignableTiers(w)) {
                std::vector<int> free = full;
                any = any || meetsSlo(e.evaluateWorkload(w, t, free));
            }
            if (!any)
                hopeless.push_back(w);
        }
        QCOMPARE(r.unreachable, hopeless);
        QCOMPARE(r.feasible, hopeless.empty());
        QCOMPARE(r.bestEffort, !hopeless.empty());
        bool currentMeets = true;
        for (int w = 0; w < int(current.size()); ++w) {
            const bool isHopeless = std::find(hopeless.begin(), hopeless.end(), w) != hopeless.end();
            if (isHopeless) {
                QCOMPARE(r.placement[w], current[w]);
                bool named = false;
                for (const QString &p : r.problems)
                    named = named || p.startsWith(s->workloads[w].name + QLatin1Char(':'));
                QVERIFY2(named, qPrintable(r.problems.join(QLatin1Char('\n'))));
            } else {
                QVERIFY(meetsSlo(r.outcome.workloads[w]));
                currentMeets = currentMeets && meetsSlo(before.workloads[w]);
            }
        }
        if (currentMeets)
            QVERIFY(r.usdPerMonth <= before.usdPerMonth);

        // Without the hopeless workloads it is feasible, and no dearer than the current placement.
        Scenario reachable = *s;
        for (auto it = hopeless.rbegin(); it != hopeless.rend(); ++it)
            reachable.workloads.erase(reachable.workloads.begin() + *it);
        const Evaluator re(std::make_shared<const Scenario>(reachable));
        const Placement rc = placementOf(reachable);
        const OptimizeResult rr = exhaustivePlacementSearch(re, rc);
        QVERIFY(rr.feasible && rr.provenOptimal && rr.problems.isEmpty());
        const PlanOutcome rcPlan = re.evaluate(rc);
        bool allMet = true;
        for (const WorkloadOutcome &o : rcPlan.workloads)
            allMet = allMet && meetsSlo(o);
        if (allMet)
            QVERIFY(rr.usdPerMonth <= rcPlan.usdPerMonth);
        for (const WorkloadOutcome &o : rr.outcome.workloads)
            QVERIFY(meetsSlo(o));
    }

    void cancelProgressAndLimit()
    {
        const auto s = std::make_shared<const Scenario>(randomScenario(3));
        const Evaluator e(s);
        std::atomic<bool> cancel{true};
        OptimizeOptions o;
        o.cancel = &cancel;
        const OptimizeResult c = exhaustivePlacementSearch(e, placementOf(*s), o);
        QVERIFY(c.cancelled && !c.provenOptimal && !c.hasPlacement());

        std::vector<double> seen;
        OptimizeOptions p;
        p.progress = [&](double f) { seen.push_back(f); };
        const OptimizeResult full = exhaustivePlacementSearch(e, placementOf(*s), p);
        QVERIFY(!seen.empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
        QVERIFY(full.provenOptimal);

        OptimizeOptions limited;
        limited.maxWorkloadEvaluations = 1;
        const OptimizeResult l = exhaustivePlacementSearch(e, placementOf(*s), limited);
        QVERIFY(!l.provenOptimal && !l.cancelled);
        QVERIFY(!l.problems.isEmpty());
    }

    void diffListsMovesAndSaving()
    {
        const auto s = std::make_shared<const Scenario>(ea::test::smallFixture());
        const Evaluator e(s);
        const PlanOutcome before = e.evaluate(placementOf(*s));
        Placement p = placementOf(*s);
        p[0] = Tier::Central;
        const PlanOutcome after = e.evaluate(p);
        const PlanDiff d = diffPlans(before, after);
        QCOMPARE(d.moves, 1);
        QCOMPARE(d.workloads.size(), size_t(1));
        QCOMPARE(d.workloads[0].from, Tier::Regional);
        QCOMPARE(d.workloads[0].to, Tier::Central);
        QCOMPARE(d.workloads[0].usdBefore, before.workloads[0].usdPerMonth());
        QCOMPARE(d.workloads[0].usdAfter, after.workloads[0].usdPerMonth());
        QCOMPARE(d.savingUsd(), before.usdPerMonth - after.usdPerMonth);
        QCOMPARE(d.metBefore, int(meetsSlo(before.workloads[0])));
    }
};

QTEST_GUILESS_MAIN(tst_Optimizer)
#include "tst_optimizer.moc"
