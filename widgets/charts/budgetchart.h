// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/plannerchart.h"

#include <array>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ea {

/**
 * Where the time of the selected workload's requests goes, in each tier it could use, side by side:
 * propagation, route inflation, access, queueing, prefill and decode stacked (demand-weighted means at
 * the SLO percentile), a marker at the latency at the SLO percentile over all demand, and the budget.
 * The current tier is named so; the other tiers appear once their alternatives are evaluated.
 */
class BudgetChart : public PlannerChart
{
    Q_OBJECT
public:
    explicit BudgetChart(QWidget *parent = nullptr);

    void setInputs(const PlannerChartInputs &inputs) override;
    QString toolTipAt(const QPointF &pos) const override;

    /** The tiers shown, top first; bar i from the bottom is tiers()[tiers().size() - 1 - i]. */
    const std::vector<Tier> &tiers() const { return m_tiers; }
    /** Bar values are ms × msScale(). */
    QBarSet *partSet(BudgetPart part) const { return m_sets[static_cast<int>(part)]; }
    QScatterSeries *sloSeries() const { return m_slo; }
    QLineSeries *budgetLine() const { return m_budget; }
    QBarCategoryAxis *tierAxis() const { return m_y; }
    double msScale() const { return m_msScale; }

protected:
    void applySeriesStyle() override;
    QList<LegendEntry> legendEntries() const override;

private:
    const WorkloadOutcome *outcomeIn(Tier t) const;
    QString barToolTip(int index, int part) const;

    PlannerChartInputs m_in;
    QHorizontalStackedBarSeries *m_series = nullptr;
    std::array<QBarSet *, BudgetPartCount> m_sets{};
    QScatterSeries *m_slo = nullptr;
    QLineSeries *m_budget = nullptr;
    QBarCategoryAxis *m_y = nullptr;
    QValueAxis *m_x = nullptr;
    std::vector<Tier> m_tiers;
    double m_msScale = 1;
};

/** The parts of a breakdown, in BudgetPart order. */
std::array<double, BudgetPartCount> budgetParts(const LatencyBreakdown &b);

} // namespace ea
