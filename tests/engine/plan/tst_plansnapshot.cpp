// SPDX-License-Identifier: GPL-3.0-or-later
// The plan snapshot: its parts always agree (make() refuses any that do not), and changesSince() tells a
// view exactly what a new snapshot changed.
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/plansnapshot.h"

#include <QTest>

#include <stdexcept>

using namespace ea;

class tst_PlanSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void consistentPartsMakeASnapshot();
    void misfitsAreRefused_data();
    void misfitsAreRefused();
    void evaluateWithAPlacement();
    void changesSinceAnEarlierSnapshot();
    void carriesThePlanUnderActiveWhatIf();

private:
    std::shared_ptr<const Scenario> m_s;
    std::shared_ptr<const Evaluator> m_eval;
    PlanOutcomePtr m_plan;
};

void tst_PlanSnapshot::initTestCase()
{
    const ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    QVERIFY(load.ok());
    Scenario s = *load.scenario;
    Workload second = s.workloads[0];
    second.id = QStringLiteral("second");
    s.workloads.push_back(second);
    m_s = std::make_shared<const Scenario>(s);
    m_eval = std::make_shared<const Evaluator>(m_s);
    m_plan = std::make_shared<const PlanOutcome>(m_eval->evaluate(placementOf(*m_s)));
}

void tst_PlanSnapshot::consistentPartsMakeASnapshot()
{
    const auto alternatives =
        std::make_shared<const PlanAlternatives>(evaluateAlternatives(*m_eval, *m_plan));
    const PlanSnapshotPtr p = PlanSnapshot::make(7, 3, m_s, m_eval, m_plan, alternatives);
    QCOMPARE(p->generation, quint64(7));
    QCOMPARE(p->contentGeneration, quint64(3));
    QCOMPARE(p->placement, placementOf(*m_s));
    QVERIFY(!p->pending());
    QCOMPARE(p->alternatives, alternatives);
    // Before the first evaluation: the content alone, pending.
    const PlanSnapshotPtr bare = PlanSnapshot::make(1, 1, m_s, nullptr, nullptr);
    QVERIFY(bare->pending());
    // A move before its evaluation: the previous outcome, pending.
    auto moved = std::make_shared<Scenario>(*m_s);
    moved->workloads[0].tier = Tier::Central;
    QVERIFY(PlanSnapshot::make(2, 1, moved, m_eval, m_plan)->pending());
}

void tst_PlanSnapshot::misfitsAreRefused_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("no scenario") << 0;
    QTest::newRow("evaluator of other content") << 1;
    QTest::newRow("outcome of other workloads") << 2;
    QTest::newRow("outcome of other regions") << 3;
    QTest::newRow("outcome routing to a node the scenario lacks") << 4;
    QTest::newRow("alternatives without an outcome") << 5;
    QTest::newRow("alternatives of another plan") << 6;
}

void tst_PlanSnapshot::misfitsAreRefused()
{
    QFETCH(int, kind);
    std::shared_ptr<const Scenario> scenario = m_s;
    std::shared_ptr<const Evaluator> evaluator = m_eval;
    PlanOutcomePtr outcome = m_plan;
    std::shared_ptr<const PlanAlternatives> alternatives;
    PlanOutcome changed = *m_plan;
    switch (kind) {
    case 0:
        scenario.reset();
        break;
    case 1: {
        Scenario fewer = *m_s;
        fewer.workloads.pop_back();
        evaluator = std::make_shared<const Evaluator>(std::make_shared<const Scenario>(fewer));
        break;
    }
    case 2:
        changed.workloads.pop_back();
        outcome = std::make_shared<const PlanOutcome>(changed);
        break;
    case 3:
        changed.workloads[1].regions.pop_back();
        outcome = std::make_shared<const PlanOutcome>(changed);
        break;
    case 4:
        changed.workloads[0].regions[0].node = int(m_s->nodes.size());
        outcome = std::make_shared<const PlanOutcome>(changed);
        break;
    case 5:
        alternatives = std::make_shared<const PlanAlternatives>(evaluateAlternatives(*m_eval, *m_plan));
        outcome.reset();
        break;
    case 6: {
        Placement other = m_plan->placement;
        other[0] = other[0] == Tier::Central ? Tier::Regional : Tier::Central;
        const PlanOutcome next = m_eval->evaluate(other);
        alternatives = std::make_shared<const PlanAlternatives>(evaluateAlternatives(*m_eval, next));
        break;
    }
    }
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument,
                             PlanSnapshot::make(1, 1, scenario, evaluator, outcome, alternatives));
}

void tst_PlanSnapshot::evaluateWithAPlacement()
{
    Placement moved = placementOf(*m_s);
    moved[1] = Tier::Central;
    const PlanSnapshotPtr p = PlanSnapshot::evaluate(m_s, moved);
    QCOMPARE(p->placement, moved);
    QCOMPARE(p->scenario->workloads[1].tier, Tier::Central);
    QCOMPARE(m_s->workloads[1].tier, Tier::Regional); // a copy: the given scenario is unchanged
    QVERIFY(!p->pending());
    // The same numbers as an evaluation of the placement by hand.
    QCOMPARE(p->outcome->usdPerMonth, m_eval->evaluate(moved).usdPerMonth);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PlanSnapshot::evaluate(m_s, Placement{Tier::Central}));
}

void tst_PlanSnapshot::changesSinceAnEarlierSnapshot()
{
    const PlanSnapshotPtr first = PlanSnapshot::make(1, 1, m_s, m_eval, m_plan);
    const PlanSnapshot::Changes all = first->changesSince(nullptr);
    QVERIFY(all.content && all.outcome && all.evaluator && all.alternatives);

    auto moved = std::make_shared<Scenario>(*m_s);
    moved->workloads[1].tier = Tier::Central;
    const PlanSnapshotPtr pending = PlanSnapshot::make(2, 1, moved, m_eval, m_plan);
    PlanSnapshot::Changes c = pending->changesSince(first.get());
    QVERIFY(!c.content);
    QCOMPARE(c.movedWorkloads, std::vector<int>{1});
    QVERIFY(!c.outcome); // same numbers, now greyed
    QVERIFY(c.pending);
    QVERIFY(!c.evaluator && !c.alternatives);

    const auto next = std::make_shared<const PlanOutcome>(m_eval->evaluate(placementOf(*moved)));
    const PlanSnapshotPtr evaluated = PlanSnapshot::make(3, 1, moved, m_eval, next);
    c = evaluated->changesSince(pending.get());
    QVERIFY(!c.content && c.movedWorkloads.empty());
    QVERIFY(c.outcome && c.pending);

    const auto alternatives = std::make_shared<const PlanAlternatives>(evaluateAlternatives(*m_eval, *next));
    c = PlanSnapshot::make(4, 1, moved, m_eval, next, alternatives)->changesSince(evaluated.get());
    QVERIFY(!c.content && !c.outcome && !c.pending && c.movedWorkloads.empty());
    QVERIFY(c.alternatives);
    QVERIFY(c.any());
    QVERIFY(!evaluated->changesSince(evaluated.get()).any());

    // Another content: everything, whatever the pointers.
    QVERIFY(PlanSnapshot::make(5, 2, moved, m_eval, next)->changesSince(evaluated.get()).content);
}

void tst_PlanSnapshot::carriesThePlanUnderActiveWhatIf()
{
    QVERIFY(!PlanSnapshot::evaluate(m_s)->whatIf); // no condition: no second plan
    Scenario s = *m_s;
    WhatIfCondition down;
    down.kind = WhatIfCondition::Kind::Down;
    down.nodes = {QStringLiteral("par")};
    WhatIfCondition off;
    off.kind = WhatIfCondition::Kind::Surge;
    off.factor = 3;
    off.enabled = false;
    s.whatIf = {off};
    QVERIFY(!PlanSnapshot::evaluate(std::make_shared<const Scenario>(s))->whatIf); // switched off
    s.whatIf = {down, off};
    const auto scenario = std::make_shared<const Scenario>(s);
    const PlanSnapshotPtr snap = PlanSnapshot::evaluate(scenario);
    QVERIFY(snap->whatIf);
    QCOMPARE(snap->whatIf->conditions.size(), size_t(1)); // only the active one
    // The oracle: the conditions applied by hand, the placement evaluated with par down.
    const AppliedWhatIf applied = applyWhatIf(s, {down});
    QCOMPARE(applied.downNodes, 1);
    const PlanOutcome after = Evaluator(applied.scenario).evaluate(placementOf(s), &applied.down);
    QCOMPARE(snap->whatIf->outcome->usdPerMonth, after.usdPerMonth);
    QCOMPARE(snap->whatIf->comparison.usdPerMonthBefore, snap->outcome->usdPerMonth);
    QCOMPARE(snap->whatIf->comparison.usdPerMonthAfter, after.usdPerMonth);
    QCOMPARE(snap->whatIf->comparison.attainmentPctAfter, after.attainmentPct);
    for (const WorkloadOutcome &w : snap->whatIf->outcome->workloads)
        for (const RegionOutcome &r : w.regions)
            QVERIFY(r.node < 0 || s.nodes[size_t(r.node)].id != QStringLiteral("par"));
    // A what-if plan of another outcome is refused; changesSince() tells it apart.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, PlanSnapshot::make(2, 1, scenario, snap->evaluator,
                                                                       nullptr, {}, {}, snap->whatIf));
    const PlanSnapshotPtr without =
        PlanSnapshot::make(2, 1, scenario, snap->evaluator, snap->outcome, {}, snap->content);
    const PlanSnapshot::Changes c = without->changesSince(snap.get());
    QVERIFY(c.whatIf && !c.outcome && c.any());
}

QTEST_GUILESS_MAIN(tst_PlanSnapshot)
#include "tst_plansnapshot.moc"
