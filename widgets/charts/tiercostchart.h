// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/plannerchart.h"

#include <array>
#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QScatterSeries;
class QStackedBarSeries;
class QValueAxis;

namespace ea {

/** Cost per month of each tier the scenario defines, stacked by part: GPUs, API tokens, egress. */
class TierCostChart : public PlannerChart
{
    Q_OBJECT
public:
    explicit TierCostChart(QWidget *parent = nullptr);

    void setInputs(const PlannerChartInputs &inputs) override;
    QString toolTipAt(const QPointF &pos) const override;

    QBarSet *partSet(CostPart part) const { return m_sets[static_cast<int>(part)]; }
    /** The tier of each bar (category), left to right. */
    const std::vector<Tier> &tiers() const { return m_tiers; }
    /** Bar values = USD per month × costScale(). */
    double costScale() const { return m_costScale; }
    /**
     * Each tier's cost under the scenario's active what-if conditions (PlanSnapshot::whatIf), a marker
     * beside its bar; empty when no condition is on.
     */
    const QScatterSeries *whatIfSeries() const { return m_whatIf; }
    bool whatIfShown() const { return m_whatIfShown; }

protected:
    void applySeriesStyle() override;
    QList<LegendEntry> legendEntries() const override;

private:
    QString barToolTip(int index, int part) const;

    PlannerChartInputs m_in;
    QStackedBarSeries *m_series = nullptr;
    std::array<QBarSet *, CostPartCount> m_sets{};
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    std::vector<Tier> m_tiers;
    std::array<TierTotals, TierCount> m_totals{};
    std::array<TierTotals, TierCount> m_whatIfTotals{};
    QScatterSeries *m_whatIf = nullptr;
    bool m_whatIfShown = false;
    double m_costScale = 1;
};

} // namespace ea
