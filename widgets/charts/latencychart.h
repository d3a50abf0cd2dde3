// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/plannerchart.h"

#include <array>
#include <vector>

class QAreaSeries;
class QBarCategoryAxis;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;

namespace ea {

/**
 * Each workload's p50, p95 and p99 over its budget (log axis, so a 50 ms control loop and a one-hour
 * batch job share it; the dashed line at 1 is every budget), one row per workload, first at the top.
 * Workloads that miss their SLO get a ring at their SLO percentile.
 */
class LatencyChart : public PlannerChart
{
    Q_OBJECT
public:
    enum Percentile { P50, P95, P99, PercentileCount };

    explicit LatencyChart(QWidget *parent = nullptr);

    void setInputs(const PlannerChartInputs &inputs) override;
    QString toolTipAt(const QPointF &pos) const override;
    bool clickAt(const QPointF &pos) override;

    /** Point i: (latency / budget, row) of workload workloadAt(i). */
    QScatterSeries *percentileSeries(Percentile p) const { return m_points[p]; }
    QScatterSeries *missSeries() const { return m_miss; }
    QLineSeries *budgetLine() const { return m_budget; }
    /** The band behind the selected workload's row (empty without a selection). */
    QAreaSeries *selectionBand() const { return m_band; }
    int workloadAt(int i) const
    {
        return i >= 0 && i < int(m_pointWorkload.size()) ? m_pointWorkload[i] : -1;
    }
    /** Category row of a workload (0 at the bottom). */
    int rowOf(int workload) const;

signals:
    void workloadActivated(int workload);

protected:
    void applySeriesStyle() override;
    QList<LegendEntry> legendEntries() const override;

private:
    void rebuildRows(int workloads);
    QString rowToolTip(int workload) const;
    int workloadNear(const QPointF &pos) const;
    static QColor percentileColour(const ChartStyle &style, Percentile p);

    PlannerChartInputs m_in;
    QBarCategoryAxis *m_y = nullptr;
    QLogValueAxis *m_x = nullptr;
    std::array<QScatterSeries *, PercentileCount> m_points{};
    std::vector<QLineSeries *> m_spans; // p50 to p99, one per workload
    QScatterSeries *m_miss = nullptr;
    QLineSeries *m_budget = nullptr;
    QAreaSeries *m_band = nullptr; // behind the selected workload's row
    QLineSeries *m_bandTop = nullptr;
    QLineSeries *m_bandBottom = nullptr;
    std::vector<int> m_pointWorkload;
};

} // namespace ea
