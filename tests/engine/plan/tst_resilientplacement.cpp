// SPDX-License-Identifier: GPL-3.0-or-later
// Placing for resilience (OptimizeOptions::resilient, SurvivalTest): the optimizer's and the exhaustive
// search's resilient optimum against brute force (every placement evaluated, kept when every workload meets
// its SLO and checkResilience over every single site failure finds none that breaks one, cheapest kept) on
// random small scenarios where capacity couples the workloads; SurvivalTest's remembered verdicts against
// checkResilience on every placement; a case checked by hand: one cheap edge site against two regional
// sites.
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/resilience.h"
#include "tests/common/randomscenario.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace ea;
using ea::test::movesOf;
using ea::test::randomScenario;
using ea::test::randomZonedScenario;
using ea::test::sameCost;
using ea::test::smallFixture;

namespace {

/** The independent oracle: checkResilience over every single site failure, straight. */
bool survivesEveryFailure(const Evaluator &e, const PlanOutcome &plan)
{
    ResilienceOptions sites;
    sites.zonesOfTier = false;
    const ResilienceReport r = checkResilience(e, plan, singleFailures(e, sites), sites);
    return r.breaking == 0;
}

struct Brute
{
    bool feasible = false;  // some placement meets every SLO
    bool resilient = false; // and some of those survives every single site failure
    double usd = std::numeric_limits<double>::infinity();
    int moves = 0;
    std::vector<Placement> best; // every resilient placement of least cost and fewest moves
    int checked = 0, agreed = 0; // SurvivalTest against the oracle, placement by placement
};

/** Every placement of tiers per workload (pinned: as now): the cheapest meeting every SLO and surviving. */
Brute bruteForce(const Evaluator &e, const Placement &current)
{
    const Scenario &s = e.scenario();
    SurvivalTest test(e);
    Brute b;
    Placement p = current;
    std::function<void(size_t)> go = [&](size_t w) {
        if (w == s.workloads.size()) {
            const PlanOutcome plan = e.evaluate(p);
            for (const WorkloadOutcome &o : plan.workloads)
                if (!meetsSlo(o))
                    return;
            b.feasible = true;
            const bool survives = survivesEveryFailure(e, plan);
            ++b.checked;
            b.agreed += test.check(p).survives == survives;
            if (!survives)
                return;
            const int moves = movesOf(p, current);
            const double tol = b.resilient ? 1e-9 * std::max(std::fabs(b.usd), 1.0) : 0.0;
            if (!b.resilient || plan.usdPerMonth < b.usd - tol ||
                (plan.usdPerMonth <= b.usd + tol && moves < b.moves)) {
                b.resilient = true;
                b.usd = plan.usdPerMonth;
                b.moves = moves;
                b.best = {p};
            } else if (plan.usdPerMonth <= b.usd + tol && moves == b.moves) {
                b.best.push_back(p);
            }
            return;
        }
        const std::vector<Tier> tiers =
            s.workloads[w].pinned ? std::vector<Tier>{current[w]} : s.assignableTiers(int(w));
        for (Tier t : tiers) {
            p[w] = t;
            go(w + 1);
        }
        p[w] = current[w];
    };
    go(0);
    return b;
}

/** The small fixture (Paris and Berlin regional sites, one workload) with an edge site in Paris on a cheaper
 * GPU, the API tier forbidden to the workload. */
Scenario edgeOrRegional()
{
    Scenario s = smallFixture();
    GpuType cheap = s.gpus[0];
    cheap.id = QStringLiteral("g-cheap");
    cheap.name = QStringLiteral("Cheap GPU");
    cheap.priceUsdPerHour = 1.0;
    s.gpus.push_back(cheap);
    s.tiers[static_cast<int>(Tier::Edge)] = s.tiers[static_cast<int>(Tier::Regional)];
    Node edge = s.nodes[0];
    edge.id = QStringLiteral("edge-par");
    edge.name = QStringLiteral("Paris edge");
    edge.tier = Tier::Edge;
    edge.gpu = cheap.id;
    s.nodes.push_back(edge);
    s.workloads[0].forbiddenTiers = {Tier::Central};
    s.workloads[0].tier = Tier::Edge;
    return s;
}

/** A random scenario with room to survive a failure: each tier's sites doubled (a copy of each beside it) —
 * the spare capacity the N+1 test asks for, still scarce enough to couple the workloads. */
Scenario doubled(Scenario s)
{
    const size_t n = s.nodes.size();
    for (size_t i = 0; i < n; ++i) {
        Node twin = s.nodes[i];
        twin.id += QStringLiteral("-b");
        twin.lon += 0.5;
        s.nodes.push_back(twin);
    }
    s.name += QStringLiteral(" doubled");
    return s;
}

} // namespace

class tst_ResilientPlacement : public QObject
{
    Q_OBJECT
private slots:
    void resilienceCostsTheSecondSite()
    {
        const auto s = std::make_shared<const Scenario>(edgeOrRegional());
        const Evaluator e(s);
        const Placement current = placementOf(*s);
        QCOMPARE(s->assignableTiers(0), (std::vector<Tier>{Tier::Edge, Tier::Regional}));
        // By hand: on the edge one site (one cheap GPU) serves both cities; regional takes a GPU in Paris
        // and one in Berlin at twice the price. Losing the only edge site leaves nothing to serve; losing
        // either regional site spills its city to the other, still within the 1 s budget.
        const PlanOutcome edge = e.evaluate(Placement{Tier::Edge});
        const PlanOutcome regional = e.evaluate(Placement{Tier::Regional});
        QVERIFY(meetsSlo(edge.workloads[0]) && meetsSlo(regional.workloads[0]));
        QCOMPARE(edge.workloads[0].gpuUsdPerMonth, 1.0 * 730);
        QCOMPARE(regional.workloads[0].gpuUsdPerMonth, 2 * 2.0 * 730);
        QVERIFY(!survivesEveryFailure(e, edge));
        QVERIFY(survivesEveryFailure(e, regional));

        const OptimizeResult plain = optimizePlacement(e, current);
        QVERIFY(plain.provenOptimal && plain.feasible && !plain.resilient);
        QCOMPARE(plain.placement[0], Tier::Edge);
        QCOMPARE(plain.usdPerMonth, edge.usdPerMonth);

        OptimizeOptions o;
        o.resilient = true;
        for (const OptimizeResult &r :
             {optimizePlacement(e, current, o), exhaustivePlacementSearch(e, current, o)}) {
            QVERIFY(r.provenOptimal && r.feasible && r.resilient);
            QCOMPARE(r.placement[0], Tier::Regional);
            QCOMPARE(r.usdPerMonth, regional.usdPerMonth);
            QCOMPARE(r.failuresChecked, 4); // par, ber, the API node, edge-par
            QVERIFY(r.resilienceChecks >= 2);
            QCOMPARE(r.failuresEvaluated, 3); // each tier's sites once: the verdicts are remembered
        }

        // Without Berlin no placement survives: each tier's only site is the failure that breaks it.
        Scenario alone = *s;
        alone.nodes.erase(alone.nodes.begin() + 1);
        const Evaluator e2(std::make_shared<const Scenario>(alone));
        for (const OptimizeResult &r :
             {optimizePlacement(e2, current, o), exhaustivePlacementSearch(e2, current, o)}) {
            QVERIFY(r.provenOptimal && !r.feasible && !r.hasPlacement() && !r.resilient);
            QCOMPARE(r.problems.size(), 1);
            const QString why = r.problems.front();
            QVERIFY2(why.contains(
                         QStringLiteral("Chat keeps its SLO under every single site failure in no tier")) &&
                         why.contains(QStringLiteral("losing par")) &&
                         why.contains(QStringLiteral("losing edge-par")),
                     qPrintable(why));
        }
    }

    void matchesBruteForce()
    {
        int resilient = 0, dearer = 0, none = 0, coupled = 0, ties = 0, placements = 0;
        const auto check = [&](const Scenario &scenario, const QString &where) {
            const auto s = std::make_shared<const Scenario>(scenario);
            const Evaluator e(s);
            const Placement current = placementOf(*s);
            const Brute brute = bruteForce(e, current);
            placements += brute.checked;
            QVERIFY2(brute.agreed == brute.checked, qPrintable(where)); // SurvivalTest == checkResilience
            if (!brute.feasible)
                return; // no placement meets every SLO: the plain optimizer's tests cover it
            OptimizeOptions o;
            o.resilient = true;
            const OptimizeResult r = optimizePlacement(e, current, o);
            const OptimizeResult x = exhaustivePlacementSearch(e, current, o);
            const OptimizeResult plain = optimizePlacement(e, current);
            QVERIFY2(r.provenOptimal && x.provenOptimal, qPrintable(where));
            QCOMPARE(r.failuresChecked, int(s->nodes.size()));
            if (!brute.resilient) {
                ++none;
                QVERIFY2(!r.feasible && !r.hasPlacement() && !x.feasible && !x.hasPlacement(),
                         qPrintable(where));
                QVERIFY2(!r.problems.isEmpty() && !x.problems.isEmpty(), qPrintable(where));
                return;
            }
            ++resilient;
            for (const OptimizeResult *res : {&r, &x}) {
                const QString what =
                    QStringLiteral("%1 (%2): %3 vs brute force %4")
                        .arg(where, res == &r ? QStringLiteral("optimizer") : QStringLiteral("exhaustive"))
                        .arg(res->usdPerMonth)
                        .arg(brute.usd);
                QVERIFY2(res->feasible && res->resilient, qPrintable(what));
                QVERIFY2(sameCost(res->usdPerMonth, brute.usd), qPrintable(what));
                QVERIFY2(movesOf(res->placement, current) == brute.moves,
                         qPrintable(what + QStringLiteral(" moves %1 vs %2")
                                               .arg(movesOf(res->placement, current))
                                               .arg(brute.moves)));
                QVERIFY2(std::find(brute.best.begin(), brute.best.end(), res->placement) != brute.best.end(),
                         qPrintable(what));
                QVERIFY(survivesEveryFailure(e, e.evaluate(res->placement)));
            }
            QCOMPARE(r.gap, 0.0);
            QVERIFY(r.boundUsdPerMonth <= r.usdPerMonth);
            ties += brute.best.size() > 1;
            QVERIFY(plain.feasible);
            QVERIFY(plain.usdPerMonth <= r.usdPerMonth * (1 + 1e-9));
            if (!sameCost(plain.usdPerMonth, r.usdPerMonth))
                ++dearer;
            coupled += r.resilienceCuts > 0;
        };
        for (quint32 seed = 1; seed <= 40; ++seed) {
            check(randomScenario(seed), QStringLiteral("seed %1").arg(seed));
            check(doubled(randomScenario(seed)), QStringLiteral("doubled seed %1").arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
        for (quint32 seed = 1; seed <= 20; ++seed) {
            check(randomZonedScenario(seed), QStringLiteral("zoned seed %1").arg(seed));
            check(doubled(randomZonedScenario(seed)), QStringLiteral("doubled zoned seed %1").arg(seed));
            if (QTest::currentTestFailed())
                return;
        }
        qInfo(
            "%d placements checked; %d scenarios with a resilient optimum (%d dearer than the plain one, %d "
            "where the optimizer learned cuts, %d with tied optima), %d where no placement survives",
            placements, resilient, dearer, coupled, ties, none);
        // The scenarios must make resilience cost something, and sometimes be impossible.
        QVERIFY(resilient >= 10 && dearer >= 5 && coupled >= 5 && none >= 2);
    }

    void cancelStopsIt()
    {
        const auto s = std::make_shared<const Scenario>(randomScenario(3));
        const Evaluator e(s);
        std::atomic<bool> cancel{true};
        OptimizeOptions o;
        o.resilient = true;
        o.cancel = &cancel;
        const OptimizeResult r = optimizePlacement(e, placementOf(*s), o);
        QVERIFY(r.cancelled && !r.provenOptimal);
    }
};

QTEST_GUILESS_MAIN(tst_ResilientPlacement)
#include "tst_resilientplacement.moc"
