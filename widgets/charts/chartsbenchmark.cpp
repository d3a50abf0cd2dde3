// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartsbenchmark.h"

#include "engine/plan/alternatives.h"
#include "engine/plan/evaluator.h"
#include "engine/stats/quantile.h"
#include "widgets/charts/costlatencychart.h"
#include "widgets/charts/plannercharts.h"

#include <QApplication>
#include <QChartView>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>

#include <algorithm>
#include <vector>

namespace ea {

namespace {
double median(std::vector<double> v)
{
    return stats::valueOr(stats::median(std::move(v)), 0);
}

double msSince(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}
} // namespace

QList<QPair<QString, double>> runChartsBenchmark(std::shared_ptr<const Scenario> scenario,
                                                 std::shared_ptr<const Evaluator> evaluator)
{
    QList<QPair<QString, double>> out;
    if (!scenario)
        return out;
    if (!evaluator)
        evaluator = std::make_shared<const Evaluator>(scenario);
    const auto base = std::make_shared<const PlanOutcome>(evaluator->evaluate(placementOf(*scenario)));
    const auto baseAlternatives =
        std::make_shared<const PlanAlternatives>(evaluateAlternatives(*evaluator, *base));

    // Every one-workload move from the default plan; alternatives (costly) for a few of them. Each a
    // snapshot as the document publishes it: the evaluated move, then the same with its alternatives.
    quint64 generation = 0;
    const auto snapshot = [&](const PlanOutcomePtr &outcome, std::shared_ptr<const PlanAlternatives> alts) {
        auto moved = std::make_shared<Scenario>(*scenario);
        for (size_t w = 0; w < moved->workloads.size(); ++w)
            moved->workloads[w].tier = outcome->placement[w];
        return PlanSnapshot::make(++generation, 1, std::move(moved), evaluator, outcome, std::move(alts),
                                  scenario);
    };
    struct Move
    {
        PlanSnapshotPtr evaluated, withAlternatives;
    };
    std::vector<Move> moves;
    for (size_t w = 0; w < scenario->workloads.size(); ++w)
        for (Tier t : scenario->assignableTiers(int(w))) {
            if (t == base->placement[w])
                continue;
            Placement next = base->placement;
            next[w] = t;
            moves.push_back(
                {snapshot(std::make_shared<const PlanOutcome>(evaluator->reevaluate(*base, next)), nullptr),
                 nullptr});
        }
    for (size_t i = 0; i < moves.size(); i += std::max<size_t>(1, moves.size() / 4))
        moves[i].withAlternatives = snapshot(
            moves[i].evaluated->outcome, std::make_shared<const PlanAlternatives>(
                                             evaluateAlternatives(*evaluator, *moves[i].evaluated->outcome)));
    const PlanSnapshotPtr baseSnapshot = snapshot(base, baseAlternatives);

    PlannerCharts charts;
    charts.resize(900, 640);
    charts.setSnapshot(baseSnapshot);
    charts.setSelectedWorkload(0);
    charts.show();
    QApplication::processEvents();
    std::vector<double> update, others, alternatives, repaint;
    double slowestPage = 0;
    // With each chart on show in turn: the drop updates (and paints) that one.
    for (int page = 0; page < PlannerCharts::PageCount; ++page) {
        charts.setCurrentPage(PlannerCharts::Page(page));
        QApplication::processEvents();
        QChartView *view = charts.chart(PlannerCharts::Page(page))->view();
        QImage image(view->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
        std::vector<double> pageUpdate;
        for (int round = 0; round < 2; ++round)
            for (const Move &m : moves) {
                QElapsedTimer t;
                t.start();
                charts.setSnapshot(m.evaluated);
                QApplication::processEvents();
                pageUpdate.push_back(msSince(t));
                if (page == PlannerCharts::CostLatencyPage) {
                    // The charts not on show, as when the user goes through the tabs afterwards.
                    t.start();
                    for (int p = 0; p < PlannerCharts::PageCount; ++p)
                        charts.chart(PlannerCharts::Page(p));
                    QApplication::processEvents();
                    others.push_back(msSince(t));
                }
                if (m.withAlternatives &&
                    (page == PlannerCharts::CostLatencyPage || page == PlannerCharts::BudgetPage)) {
                    t.start();
                    charts.setSnapshot(m.withAlternatives);
                    QApplication::processEvents();
                    alternatives.push_back(msSince(t));
                }
                t.start();
                {
                    QPainter p(&image);
                    view->render(&p);
                }
                repaint.push_back(msSince(t));
                // Back to the base plan, so each move is a change.
                charts.setSnapshot(baseSnapshot);
                QApplication::processEvents();
            }
        slowestPage = std::max(slowestPage, median(pageUpdate));
        update.insert(update.end(), pageUpdate.begin(), pageUpdate.end());
    }
    out.append({QStringLiteral("charts_update"), median(update)});
    out.append({QStringLiteral("charts_update_slowest_tab"), slowestPage});
    out.append({QStringLiteral("charts_update_hidden_tabs"), median(others)});
    out.append({QStringLiteral("charts_alternatives"), median(alternatives)});
    out.append({QStringLiteral("charts_repaint"), median(repaint)});
    return out;
}

} // namespace ea
