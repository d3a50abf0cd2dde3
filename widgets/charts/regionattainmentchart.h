// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/plannerchart.h"

#include <vector>

class QBarCategoryAxis;
class QBarSet;
class QHorizontalStackedBarSeries;
class QLineSeries;
class QValueAxis;

namespace ea {

/**
 * The selected workload's worst demand regions (largest latency at the SLO percentile over the budget,
 * regions nothing serves first), worst at the top: latency at the percentile as bars, within or over the
 * budget, and the budget line; the caption gives the attainment and how many regions miss.
 */
class RegionAttainmentChart : public PlannerChart
{
    Q_OBJECT
public:
    explicit RegionAttainmentChart(QWidget *parent = nullptr);

    void setInputs(const PlannerChartInputs &inputs) override;
    QString toolTipAt(const QPointF &pos) const override;
    /** How many regions to show (15 by default). */
    void setRegionCount(int count);

    /** The regions shown, worst first (scenario region indices). */
    const std::vector<int> &regions() const { return m_regions; }
    /** Bar i from the bottom is regions()[regions().size() - 1 - i]; values are ms × msScale(). */
    QBarSet *withinSet() const { return m_within; }
    QBarSet *beyondSet() const { return m_beyond; }
    QLineSeries *budgetLine() const { return m_budget; }
    QBarCategoryAxis *regionAxis() const { return m_y; }
    double msScale() const { return m_msScale; }
    int missingRegions() const { return m_missing; }

protected:
    void applySeriesStyle() override;
    QList<LegendEntry> legendEntries() const override;

private:
    QString barToolTip(int index) const;

    PlannerChartInputs m_in;
    int m_count = 15;
    QHorizontalStackedBarSeries *m_series = nullptr;
    QBarSet *m_within = nullptr;
    QBarSet *m_beyond = nullptr;
    QLineSeries *m_budget = nullptr;
    QBarCategoryAxis *m_y = nullptr;
    QValueAxis *m_x = nullptr;
    std::vector<int> m_regions;
    double m_msScale = 1;
    int m_missing = 0;
};

} // namespace ea
