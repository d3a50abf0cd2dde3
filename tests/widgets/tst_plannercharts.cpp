// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/alternatives.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/plansnapshot.h"
#include "engine/plan/whatifplan.h"
#include "tests/common/snapshots.h"
#include "widgets/charts/budgetchart.h"
#include "widgets/charts/costlatencychart.h"
#include "widgets/charts/latencychart.h"
#include "widgets/charts/plannercharts.h"
#include "widgets/charts/regionattainmentchart.h"
#include "widgets/charts/tiercostchart.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QImage>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace ea;

namespace {
bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}
#define QVERIFY_CLOSE(a, b)                                                                                  \
    QVERIFY2(close((a), (b)), qPrintable(QStringLiteral("%1 != %2").arg(a, 0, 'g', 12).arg(b, 0, 'g', 12)))

bool dominates(const QPointF &a, const QPointF &b)
{
    return a.x() <= b.x() && a.y() <= b.y() && (a.x() < b.x() || a.y() < b.y());
}

/** Distinct colours in an image (a blank or one-colour render has one or two). */
int colourCount(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}
} // namespace

class tst_PlannerCharts : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void costLatencyPointsAreTheEngines();
    void paretoFrontsAreNonDominated();
    void paretoFrontFunction();
    void alternativesOnlyWhenTheyMatch();
    void tierCostBarsAreTierTotals();
    void tierCostMarksTheWhatIfPlan();
    void latencyPointsArePercentiles();
    void regionChartListsWorstFirst();
    void budgetChartPartsAreBreakdowns();
    void selectionUpdatesRegionAndBudgetCharts();
    void clickActivatesWorkload();
    void selectorActivatesWorkload();
    void emptyUntilAPlanArrives();
    void smallScenario();
    void rendersLightAndDark_data();
    void rendersLightAndDark();
    void toolTipsNameWhatIsUnderTheMouse();

private:
    void setAll(PlannerCharts &charts) const;

    std::shared_ptr<const Scenario> m_s;
    std::shared_ptr<const Evaluator> m_eval;
    PlanOutcomePtr m_plan;
    std::shared_ptr<const PlanAlternatives> m_alts;
    std::unique_ptr<test::Publisher> m_publish; // snapshots of m_s
};

void tst_PlannerCharts::initTestCase()
{
    ScenarioLoad load = loadDefaultScenario();
    QVERIFY2(load.ok(), qPrintable(load.errors.join(QLatin1Char('\n'))));
    m_s = std::make_shared<const Scenario>(std::move(*load.scenario));
    m_publish = std::make_unique<test::Publisher>(m_s);
    m_eval = m_publish->evaluator;
    m_plan = std::make_shared<const PlanOutcome>(m_eval->evaluate(placementOf(*m_s)));
    m_alts = std::make_shared<const PlanAlternatives>(evaluateAlternatives(*m_eval, *m_plan));
    QCOMPARE(m_alts->size(), m_s->workloads.size());
}

void tst_PlannerCharts::setAll(PlannerCharts &charts) const
{
    charts.setSnapshot((*m_publish)(m_plan->placement, m_plan, m_alts));
}

void tst_PlannerCharts::costLatencyPointsAreTheEngines()
{
    PlannerCharts charts;
    setAll(charts);
    QVERIFY(charts.alternativesShown());
    const CostLatencyChart *c = charts.costLatencyChart();
    const double k = c->costScale();
    int currentPoints = 0, allOthers = 0;
    for (Tier t : AllTiers)
        currentPoints += c->currentSeries(t)->count();
    QCOMPARE(currentPoints, int(m_s->workloads.size()));
    for (size_t w = 0; w < m_s->workloads.size(); ++w) {
        const Workload &spec = m_s->workloads[w];
        const WorkloadOutcome &o = m_plan->workloads[w];
        const Tier cur = m_plan->placement[w];
        // The solid point in the workload's own tier.
        int found = 0;
        for (int i = 0; i < c->currentSeries(cur)->count(); ++i)
            if (c->workloadAt(cur, i, false) == int(w)) {
                ++found;
                const QPointF p = c->currentSeries(cur)->at(i);
                QVERIFY_CLOSE(p.x(), o.sloMs / spec.slo.budgetMs);
                QVERIFY_CLOSE(p.y(), o.usdPerMonth() * k);
            }
        QCOMPARE(found, 1);
        // One faint point per other tier it may use, at that alternative's numbers.
        int alternatives = 0;
        for (Tier t : AllTiers)
            for (int i = 0; i < c->alternativeSeries(t)->count(); ++i)
                if (c->workloadAt(t, i, true) == int(w)) {
                    ++alternatives;
                    QVERIFY(t != cur);
                    const WorkloadOutcome &a = *(*m_alts)[w].byTier[int(t)];
                    const QPointF p = c->alternativeSeries(t)->at(i);
                    QVERIFY_CLOSE(p.x(), a.sloMs / spec.slo.budgetMs);
                    QVERIFY_CLOSE(p.y(), a.usdPerMonth() * k);
                }
        // Every other tier it may use, except those where nothing can serve it (no point to draw).
        int feasible = 0;
        for (Tier t : m_s->assignableTiers(int(w)))
            feasible += t != cur && (*m_alts)[w].byTier[int(t)]->feasible;
        QCOMPARE(alternatives, feasible);
        allOthers += feasible == int(m_s->assignableTiers(int(w)).size()) - 1;
    }
    QVERIFY(allOthers > 0);
    // The budget line stands at 1 across the whole plot.
    QCOMPARE(c->budgetLine()->count(), 2);
    QCOMPARE(c->budgetLine()->at(0).x(), 1.0);
    QCOMPARE(c->budgetLine()->at(1).x(), 1.0);
    QVERIFY(!c->view()->accessibleDescription().isEmpty());
}

void tst_PlannerCharts::paretoFrontsAreNonDominated()
{
    PlannerCharts charts;
    setAll(charts);
    const CostLatencyChart *c = charts.costLatencyChart();
    int fronts = 0;
    for (size_t w = 0; w < m_s->workloads.size(); ++w) {
        const Workload &spec = m_s->workloads[w];
        std::vector<QPointF> options;
        for (Tier t : m_s->assignableTiers(int(w))) {
            const WorkloadOutcome &o = *(*m_alts)[w].byTier[int(t)];
            if (!o.feasible)
                continue; // nothing to draw
            options.emplace_back(o.sloMs / spec.slo.budgetMs, o.usdPerMonth() * c->costScale());
        }
        const QList<QPointF> front = c->frontSeries(int(w))->points();
        if (options.size() < 2) {
            QVERIFY(front.isEmpty());
            continue;
        }
        ++fronts;
        QVERIFY(!front.isEmpty());
        for (const QPointF &f : front) {
            QVERIFY(std::find(options.begin(), options.end(), f) != options.end());
            for (const QPointF &o : options)
                QVERIFY2(!dominates(o, f), qPrintable(m_s->workloads[w].name));
        }
        for (const QPointF &o : options)
            if (!front.contains(o)) {
                bool dominated = false;
                for (const QPointF &f : front)
                    dominated = dominated || dominates(f, o);
                QVERIFY2(dominated, qPrintable(m_s->workloads[w].name));
            }
        for (int i = 1; i < front.size(); ++i)
            QVERIFY(front[i - 1].x() <= front[i].x());
    }
    QVERIFY(fronts > 0);
    // The selected workload's front is drawn again, bold.
    charts.setSelectedWorkload(2);
    QCOMPARE(c->selectedFrontSeries()->points(), c->frontSeries(2)->points());
}

void tst_PlannerCharts::paretoFrontFunction()
{
    const std::vector<QPointF> pts{{1, 5}, {2, 3}, {3, 4}, {4, 1}, {2, 3}, {5, 1}, {0.5, 9}};
    const std::vector<int> front = paretoFront(pts);
    QCOMPARE(front, (std::vector<int>{6, 0, 1, 4, 3}));
    QVERIFY(paretoFront({}).empty());
}

void tst_PlannerCharts::alternativesOnlyWhenTheyMatch()
{
    PlannerCharts charts;
    charts.setSnapshot((*m_publish)(m_plan->placement, m_plan));
    const CostLatencyChart *c = charts.costLatencyChart();
    const auto altCount = [&] {
        int n = 0;
        for (Tier t : AllTiers)
            n += c->alternativeSeries(t)->count();
        return n;
    };
    // The outcome's points at once, no alternatives yet.
    QCOMPARE(altCount(), 0);
    QCOMPARE(charts.budgetChart()->tiers().size(), size_t(1));
    charts.setSnapshot((*m_publish)(m_plan->placement, m_plan, m_alts));
    QVERIFY(altCount() > 0);
    QVERIFY(charts.budgetChart()->tiers().size() > 1);

    // A new plan (one workload moved): its snapshot has no alternatives yet, so none are drawn.
    Placement moved = m_plan->placement;
    const auto tiers = m_s->assignableTiers(0);
    moved[0] = tiers.front() == moved[0] ? tiers.back() : tiers.front();
    QVERIFY(moved[0] != m_plan->placement[0]);
    const auto next = std::make_shared<const PlanOutcome>(m_eval->reevaluate(*m_plan, moved));
    // The move before its evaluation (the old outcome and its alternatives, pending) changes nothing here.
    charts.setSnapshot((*m_publish)(moved, m_plan, m_alts));
    QVERIFY(altCount() > 0);
    charts.setSnapshot((*m_publish)(moved, next));
    QVERIFY(!charts.alternativesShown());
    QCOMPARE(altCount(), 0);
    // The moved workload's solid point sits in its new tier.
    bool inNewTier = false;
    for (int i = 0; i < c->currentSeries(moved[0])->count(); ++i)
        inNewTier = inNewTier || c->workloadAt(moved[0], i, false) == 0;
    QVERIFY(inNewTier);
    // Stale alternatives cannot come with it (no snapshot holds them); matching ones are drawn.
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, (*m_publish)(moved, next, m_alts));
    charts.setSnapshot((*m_publish)(
        moved, next, std::make_shared<const PlanAlternatives>(evaluateAlternatives(*m_eval, *next))));
    QVERIFY(charts.alternativesShown());
    QVERIFY(altCount() > 0);
}

void tst_PlannerCharts::tierCostBarsAreTierTotals()
{
    PlannerCharts charts;
    setAll(charts);
    const TierCostChart *c = charts.tierCostChart();
    const auto totals = tierTotals(*m_plan);
    int present = 0;
    for (Tier t : AllTiers)
        present += m_s->tier(t).present;
    QCOMPARE(int(c->tiers().size()), present);
    const double k = c->costScale();
    for (size_t i = 0; i < c->tiers().size(); ++i) {
        const TierTotals &tt = totals[int(c->tiers()[i])];
        QVERIFY_CLOSE(c->partSet(CostPart::Gpu)->at(int(i)), tt.gpuUsdPerMonth * k);
        QVERIFY_CLOSE(c->partSet(CostPart::Api)->at(int(i)), tt.apiUsdPerMonth * k);
        QVERIFY_CLOSE(c->partSet(CostPart::Egress)->at(int(i)), tt.egressUsdPerMonth * k);
    }
    QVERIFY(c->caption().contains(QStringLiteral("$")));
}

void tst_PlannerCharts::tierCostMarksTheWhatIfPlan()
{
    // The small fixture with chat's demand tripled as a what-if condition; the oracle: the same scenario
    // with the demand tripled by hand, evaluated directly.
    ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    QVERIFY2(load.ok(), qPrintable(load.errors.join(QLatin1Char('\n'))));
    Scenario with = *load.scenario;
    WhatIfCondition surge;
    surge.kind = WhatIfCondition::Kind::Surge;
    surge.workload = QStringLiteral("chat");
    surge.factor = 3;
    with.whatIf = {surge};
    const auto s = std::make_shared<const Scenario>(with);
    const PlanSnapshotPtr plan = PlanSnapshot::evaluate(s);
    QVERIFY(plan && plan->whatIf);
    Scenario tripled = with;
    tripled.whatIf.clear();
    tripled.workloads[0].meanRps *= 3;
    const PlanOutcome byHand = Evaluator(std::make_shared<const Scenario>(tripled)).evaluate(placementOf(*s));
    const auto after = tierTotals(byHand);
    const auto before = tierTotals(*plan->outcome);

    PlannerCharts charts;
    charts.setSnapshot(plan);
    const TierCostChart *c = charts.tierCostChart();
    QVERIFY(c->whatIfShown());
    QCOMPARE(c->whatIfSeries()->count(), int(c->tiers().size()));
    const double k = c->costScale();
    bool someDearer = false;
    for (size_t i = 0; i < c->tiers().size(); ++i) {
        const Tier t = c->tiers()[i];
        const QPointF p = c->whatIfSeries()->at(int(i));
        QCOMPARE(p.x(), double(i));
        QVERIFY_CLOSE(p.y(), after[int(t)].usdPerMonth() * k);
        // The bars stay the plan without the conditions.
        QVERIFY_CLOSE(c->partSet(CostPart::Gpu)->at(int(i)), before[int(t)].gpuUsdPerMonth * k);
        someDearer = someDearer || after[int(t)].usdPerMonth() > before[int(t)].usdPerMonth();
    }
    QVERIFY(someDearer); // three times chat's demand needs more GPUs somewhere
    QVERIFY2(c->caption().contains(units::usd(plan->outcome->usdPerMonth) + QStringLiteral(" → ") +
                                   units::usd(byHand.usdPerMonth)),
             qPrintable(c->caption()));

    // Without an active condition: no markers, the caption as before.
    Scenario off = with;
    off.whatIf.front().enabled = false;
    charts.setSnapshot(PlanSnapshot::evaluate(std::make_shared<const Scenario>(off)));
    c = charts.tierCostChart(); // brought up to date when asked for (charts off screen wait)
    QVERIFY(!c->whatIfShown());
    QCOMPARE(c->whatIfSeries()->count(), 0);
    QVERIFY(!c->caption().contains(QStringLiteral("→")));
}

void tst_PlannerCharts::latencyPointsArePercentiles()
{
    PlannerCharts charts;
    setAll(charts);
    const LatencyChart *c = charts.latencyChart();
    const QScatterSeries *p50 = c->percentileSeries(LatencyChart::P50);
    QCOMPARE(p50->count(), int(m_s->workloads.size()));
    int misses = 0;
    for (int i = 0; i < p50->count(); ++i) {
        const int w = c->workloadAt(i);
        const WorkloadOutcome &o = m_plan->workloads[w];
        const double b = m_s->workloads[w].slo.budgetMs;
        QVERIFY_CLOSE(p50->at(i).x() * b, o.p50Ms);
        QVERIFY_CLOSE(c->percentileSeries(LatencyChart::P95)->at(i).x() * b, o.p95Ms);
        QVERIFY_CLOSE(c->percentileSeries(LatencyChart::P99)->at(i).x() * b, o.p99Ms);
        QCOMPARE(p50->at(i).y(), double(c->rowOf(w)));
        misses += !meetsSlo(o);
    }
    // The default plan has workloads that miss (code completion, the edge ones): each is ringed.
    QVERIFY(misses > 0);
    QCOMPARE(c->missSeries()->count(), misses);
}

void tst_PlannerCharts::regionChartListsWorstFirst()
{
    PlannerCharts charts;
    setAll(charts);
    for (int w : {0, 3}) {
        charts.setSelectedWorkload(w);
        const RegionAttainmentChart *c = charts.regionChart();
        const WorkloadOutcome &o = m_plan->workloads[w];
        const double budget = m_s->workloads[w].slo.budgetMs;
        const auto bad = [&](int r) {
            return o.regions[r].node < 0 ? std::numeric_limits<double>::infinity()
                                         : o.regions[r].sloMs / budget;
        };
        const std::vector<int> &shown = c->regions();
        QCOMPARE(int(shown.size()), std::min(15, int(m_s->regions.size())));
        double worst = -1;
        for (size_t r = 0; r < o.regions.size(); ++r)
            worst = std::max(worst, bad(int(r)));
        QCOMPARE(bad(shown.front()), worst);
        for (size_t i = 1; i < shown.size(); ++i)
            QVERIFY(bad(shown[i - 1]) >= bad(shown[i]));
        // Bars bottom-up are the list reversed, at the region's latency, split by the budget.
        const int n = int(shown.size());
        int missing = 0;
        for (const RegionOutcome &ro : o.regions)
            missing += !ro.meetsSlo;
        QCOMPARE(c->missingRegions(), missing);
        for (int i = 0; i < n; ++i) {
            const RegionOutcome &ro = o.regions[shown[n - 1 - i]];
            const double v = c->withinSet()->at(i) + c->beyondSet()->at(i);
            QVERIFY_CLOSE(v, ro.node < 0 ? 0.0 : ro.sloMs * c->msScale());
            QCOMPARE(c->beyondSet()->at(i) > 0, !ro.meetsSlo && ro.node >= 0);
        }
        const DemandRegion &first = m_s->regions[shown.front()];
        QVERIFY(c->regionAxis()->categories().constLast().startsWith(first.name + QStringLiteral(", ") +
                                                                     first.country));
        QVERIFY(c->caption().contains(QStringLiteral("%")));
        QCOMPARE(c->budgetLine()->at(0).x(), budget * c->msScale());
    }
}

void tst_PlannerCharts::budgetChartPartsAreBreakdowns()
{
    PlannerCharts charts;
    setAll(charts);
    for (int w = 0; w < int(m_s->workloads.size()); ++w) {
        charts.setSelectedWorkload(w);
        const BudgetChart *c = charts.budgetChart();
        const auto assignable = m_s->assignableTiers(w);
        QCOMPARE(c->tiers(), assignable);
        const int n = int(c->tiers().size());
        for (int i = 0; i < n; ++i) {
            const Tier t = c->tiers()[n - 1 - i];
            const WorkloadOutcome &o = *(*m_alts)[w].byTier[int(t)];
            const auto parts = budgetParts(o.breakdown);
            for (int p = 0; p < BudgetPartCount; ++p)
                QVERIFY_CLOSE(c->partSet(BudgetPart(p))->at(i), std::max(0.0, parts[p]) * c->msScale());
            const bool current = t == m_plan->placement[w];
            QCOMPARE(c->tierAxis()->categories().at(i).contains(QStringLiteral("current")), current);
        }
        int feasible = 0;
        for (Tier t : c->tiers())
            feasible += (*m_alts)[w].byTier[int(t)]->feasible;
        QCOMPARE(c->sloSeries()->count(), feasible);
        QCOMPARE(c->budgetLine()->at(0).x(), m_s->workloads[w].slo.budgetMs * c->msScale());
    }
}

void tst_PlannerCharts::selectionUpdatesRegionAndBudgetCharts()
{
    PlannerCharts charts;
    setAll(charts);
    charts.setSelectedWorkload(0);
    const std::vector<int> regions0 = charts.regionChart()->regions();
    const double first0 = charts.budgetChart()->partSet(BudgetPart::Propagation)->at(0);
    const QString title0 = charts.budgetChart()->chart()->title();
    charts.setSelectedWorkload(2); // visual inspection, at the edge
    QVERIFY(charts.regionChart()->regions() != regions0);
    QVERIFY(charts.budgetChart()->chart()->title() != title0);
    QVERIFY(charts.budgetChart()->chart()->title().contains(m_s->workloads[2].name));
    QVERIFY(charts.budgetChart()->partSet(BudgetPart::Propagation)->at(0) != first0);
    QCOMPARE(charts.workloadSelector()->currentData().toInt(), 2);
    // The percentile chart marks the selected workload's row.
    const QList<QPointF> band = charts.latencyChart()->selectionBand()->upperSeries()->points();
    QCOMPARE(band.size(), 2);
    QCOMPARE(band.front().y(), charts.latencyChart()->rowOf(2) + 0.5);
    QCOMPARE(charts.costLatencyChart()->selectedFrontSeries()->points(),
             charts.costLatencyChart()->frontSeries(2)->points());
}

void tst_PlannerCharts::clickActivatesWorkload()
{
    PlannerCharts charts;
    charts.resize(900, 640);
    setAll(charts);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    QSignalSpy activated(&charts, &PlannerCharts::workloadActivated);
    QSignalSpy moved(&charts, &PlannerCharts::alternativeActivated);

    // A real click on the solid point of workload 4.
    CostLatencyChart *c = charts.costLatencyChart();
    const int w = 4;
    const Tier cur = m_plan->placement[w];
    int index = -1;
    for (int i = 0; i < c->currentSeries(cur)->count(); ++i)
        if (c->workloadAt(cur, i, false) == w)
            index = i;
    QVERIFY(index >= 0);
    QCoreApplication::processEvents();
    const QPointF inChart =
        c->chart()->mapToPosition(c->currentSeries(cur)->at(index), c->currentSeries(cur));
    const QPoint inView = c->view()->mapFromScene(c->chart()->mapToScene(inChart));
    QVERIFY(c->toolTipAt(inChart).contains(m_s->workloads[w].name));
    QVERIFY(c->toolTipAt(inChart + QPointF(40, 40)).isEmpty() ||
            !c->toolTipAt(inChart + QPointF(40, 40)).contains(m_s->workloads[w].name));
    QTest::mouseClick(c->view()->viewport(), Qt::LeftButton, {}, inView);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), w);
    QCOMPARE(charts.selectedWorkload(), w);
    QCOMPARE(moved.count(), 0);

    // A faint point: the workload in another tier.
    Tier other = cur;
    int altIndex = -1;
    for (Tier t : AllTiers)
        for (int i = 0; i < c->alternativeSeries(t)->count() && altIndex < 0; ++i)
            if (c->workloadAt(t, i, true) == 1) {
                other = t;
                altIndex = i;
            }
    QVERIFY(altIndex >= 0);
    QVERIFY(c->activatePoint(other, altIndex, true));
    QCOMPARE(activated.count(), 2);
    QCOMPARE(activated.at(1).at(0).toInt(), 1);
    QCOMPARE(moved.count(), 1);
    QCOMPARE(moved.at(0).at(1).value<Tier>(), other);
    QVERIFY(!c->activatePoint(cur, 999, false));

    // A percentile marker on the latency chart selects its workload too.
    LatencyChart *l = charts.latencyChart();
    QScatterSeries *p99 = l->percentileSeries(LatencyChart::P99);
    QVERIFY(l->clickAt(l->positionOf(p99->at(3), p99)));
    QCOMPARE(activated.count(), 3);
    QCOMPARE(activated.at(2).at(0).toInt(), l->workloadAt(3));
    QCOMPARE(charts.selectedWorkload(), l->workloadAt(3));
    activated.clear();

    // setSelectedWorkload from outside is not an activation.
    charts.setSelectedWorkload(5);
    QCOMPARE(activated.count(), 0);
}

void tst_PlannerCharts::selectorActivatesWorkload()
{
    PlannerCharts charts;
    setAll(charts);
    QSignalSpy activated(&charts, &PlannerCharts::workloadActivated);
    QComboBox *box = charts.workloadSelector();
    QCOMPARE(box->count(), int(m_s->workloads.size()));
    box->setFocus();
    const int before = charts.selectedWorkload();
    emit box->activated(box->findData(6));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.at(0).at(0).toInt(), 6);
    QCOMPARE(charts.selectedWorkload(), 6);
    QVERIFY(before != 6);
    QVERIFY(charts.regionChart()->chart()->title().contains(m_s->workloads[6].name));
}

void tst_PlannerCharts::emptyUntilAPlanArrives()
{
    PlannerCharts charts;
    charts.resize(500, 400);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    for (int p = 0; p < PlannerCharts::PageCount; ++p)
        QCOMPARE(charts.chart(PlannerCharts::Page(p))->caption(), QStringLiteral("No evaluated plan."));
    charts.setSnapshot((*m_publish)(m_plan->placement, nullptr)); // a scenario alone: still no numbers
    QCOMPARE(charts.costLatencyChart()->currentSeries(Tier::Edge)->count(), 0);
    QCOMPARE(charts.latencyChart()->percentileSeries(LatencyChart::P50)->count(), 0);
    QVERIFY(charts.regionChart()->regions().empty());
    QVERIFY(!charts.grab().isNull());
    charts.setSnapshot((*m_publish)(m_plan->placement, m_plan));
    QVERIFY(charts.latencyChart()->percentileSeries(LatencyChart::P50)->count() > 0);
    charts.setSelectedWorkload(-1);
    QVERIFY(charts.regionChart()->regions().empty());
    QVERIFY(charts.budgetChart()->tiers().empty());
    QVERIFY(charts.budgetChart()->caption().contains(QStringLiteral("Select")));
}

void tst_PlannerCharts::smallScenario()
{
    ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    QVERIFY2(load.ok(), qPrintable(load.errors.join(QLatin1Char('\n'))));
    const auto s = std::make_shared<const Scenario>(std::move(*load.scenario));
    test::Publisher small(s, 2);
    const Evaluator &ev = *small.evaluator;
    const auto plan = std::make_shared<const PlanOutcome>(ev.evaluate(placementOf(*s)));
    PlannerCharts charts;
    charts.setSnapshot(small(plan->placement, plan,
                             std::make_shared<const PlanAlternatives>(evaluateAlternatives(ev, *plan))));
    QVERIFY(charts.alternativesShown());
    const RegionAttainmentChart *r = charts.regionChart();
    QCOMPARE(int(r->regions().size()), int(s->regions.size())); // fewer than 15: all of them
    const auto totals = tierTotals(*plan);
    const TierCostChart *tc = charts.tierCostChart();
    for (size_t i = 0; i < tc->tiers().size(); ++i)
        QVERIFY_CLOSE(tc->partSet(CostPart::Gpu)->at(int(i)),
                      totals[int(tc->tiers()[i])].gpuUsdPerMonth * tc->costScale());
    // A scenario swap to the default one and back keeps the series consistent.
    setAll(charts);
    QCOMPARE(charts.workloadSelector()->count(), int(m_s->workloads.size()));
    charts.setSnapshot(small(plan->placement, plan));
    QCOMPARE(charts.workloadSelector()->count(), int(s->workloads.size()));
    QCOMPARE(charts.latencyChart()->percentileSeries(LatencyChart::P50)->count() <= int(s->workloads.size()),
             true);
}

void tst_PlannerCharts::rendersLightAndDark_data()
{
    QTest::addColumn<bool>("dark");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("workload");
    QTest::newRow("light") << false << QSize(760, 560) << 0;
    QTest::newRow("dark") << true << QSize(760, 560) << 0;
    // A side panel, and a batch workload that one tier cannot serve (its budget in minutes).
    QTest::newRow("light-narrow") << false << QSize(440, 600) << 8;
    QTest::newRow("dark-narrow") << true << QSize(440, 600) << 8;
}

void tst_PlannerCharts::rendersLightAndDark()
{
    QFETCH(bool, dark);
    QFETCH(QSize, size);
    QFETCH(int, workload);
    PlannerCharts charts;
    charts.resize(size);
    setAll(charts);
    charts.setSelectedWorkload(workload);
    charts.setDark(dark);
    QCOMPARE(charts.isDark(), dark);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    // Set EA_CHART_SHOTS to a folder to keep the pictures.
    const QString dir = qEnvironmentVariable("EA_CHART_SHOTS");
    if (!dir.isEmpty())
        QDir().mkpath(dir);
    for (int p = 0; p < PlannerCharts::PageCount; ++p) {
        charts.setCurrentPage(PlannerCharts::Page(p));
        QCoreApplication::processEvents();
        const QImage image = charts.grab().toImage();
        QVERIFY(!image.isNull());
        QVERIFY2(colourCount(image) > 20, qPrintable(QStringLiteral("page %1 looks blank").arg(p)));
        // The chart background follows the palette.
        const QColor bg = charts.chart(PlannerCharts::Page(p))->chart()->backgroundBrush().color();
        QCOMPARE(bg.lightness() < 128, dark);
        if (!dir.isEmpty())
            image.save(QStringLiteral("%1/chart-%2-%3.png").arg(dir).arg(p).arg(QTest::currentDataTag()));
    }
}

void tst_PlannerCharts::toolTipsNameWhatIsUnderTheMouse()
{
    PlannerCharts charts;
    charts.resize(900, 640);
    setAll(charts);
    charts.setSelectedWorkload(0);
    charts.show();
    QVERIFY(QTest::qWaitForWindowExposed(&charts));
    for (int p = 0; p < PlannerCharts::PageCount; ++p) {
        charts.setCurrentPage(PlannerCharts::Page(p));
        QCoreApplication::processEvents();
    }
    // The worst region's bar.
    RegionAttainmentChart *r = charts.regionChart();
    const int n = int(r->regions().size());
    const DemandRegion &worst = m_s->regions[r->regions().front()];
    const double v = r->withinSet()->at(n - 1) + r->beyondSet()->at(n - 1);
    const QPointF bar = r->positionOf(QPointF(v / 2, n - 1), r->chart()->series().front());
    QVERIFY2(r->toolTipAt(bar).contains(worst.name), qPrintable(r->toolTipAt(bar)));
    // A segment of the budget chart names its part, marked, and the tier.
    BudgetChart *b = charts.budgetChart();
    const int rows = int(b->tiers().size());
    const double propagation = b->partSet(BudgetPart::Propagation)->at(rows - 1);
    const QPointF segment = b->positionOf(QPointF(propagation / 2, rows - 1), b->chart()->series().front());
    const QString tip = b->toolTipAt(segment);
    QVERIFY2(tip.contains(QStringLiteral("» ") + budgetPartLabel(BudgetPart::Propagation)), qPrintable(tip));
    QVERIFY(tip.contains(tierLabel(b->tiers().front())));
    // A tier's column in the cost chart.
    TierCostChart *c = charts.tierCostChart();
    const double gpu = c->partSet(CostPart::Gpu)->at(0);
    const QString costTip = c->toolTipAt(c->positionOf(QPointF(0, gpu / 2), c->chart()->series().front()));
    QVERIFY2(costTip.contains(tierLabel(c->tiers().front())), qPrintable(costTip));
    // A percentile marker; and nothing far from every point.
    LatencyChart *l = charts.latencyChart();
    QScatterSeries *p95 = l->percentileSeries(LatencyChart::P95);
    const QString latencyTip = l->toolTipAt(l->positionOf(p95->at(0), p95));
    QVERIFY(latencyTip.contains(m_s->workloads[l->workloadAt(0)].name));
    QVERIFY(l->toolTipAt(QPointF(1, 1)).isEmpty());
}

QTEST_MAIN(tst_PlannerCharts)
#include "tst_plannercharts.moc"
