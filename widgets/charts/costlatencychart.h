// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/plannerchart.h"

#include <array>
#include <vector>

class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QLogValueAxis;
class QScatterSeries;

namespace ea {

/**
 * Cost per month (log) against latency at the SLO percentile over the budget (log; 1 = at the budget),
 * so every workload shares one axis. A solid point per workload in its tier, a faint one for each other
 * tier it could move to (from the alternatives), and per workload the Pareto front of those options as a
 * thin line; the selected workload's front is drawn bold and its point ringed and named.
 */
class CostLatencyChart : public PlannerChart
{
    Q_OBJECT
public:
    explicit CostLatencyChart(QWidget *parent = nullptr);

    void setInputs(const PlannerChartInputs &inputs) override;
    QString toolTipAt(const QPointF &pos) const override;
    bool clickAt(const QPointF &pos) override;

    QScatterSeries *currentSeries(Tier t) const { return m_current[static_cast<int>(t)]; }
    QScatterSeries *alternativeSeries(Tier t) const { return m_alternative[static_cast<int>(t)]; }
    /** The front of one workload (empty while it has a single option). */
    QLineSeries *frontSeries(int workload) const;
    QLineSeries *selectedFrontSeries() const { return m_selectedFront; }
    QLineSeries *budgetLine() const { return m_budget; }
    /** The workload drawn as point i of currentSeries(t) or alternativeSeries(t); -1 when none. */
    int workloadAt(Tier t, int i, bool alternative) const;
    /** y = cost per month in USD × costScale(). */
    double costScale() const { return m_costScale; }
    /** Acts as a click on that point: emits pointActivated. False when there is no such point. */
    bool activatePoint(Tier t, int i, bool alternative);

signals:
    /** A point was clicked: the workload in its own tier (current) or in another tier. */
    void pointActivated(int workload, ea::Tier tier, bool current);

protected:
    void applySeriesStyle() override;
    QList<LegendEntry> legendEntries() const override;

private:
    void rebuildFronts(int workloads);
    void updateCallout();
    QString pointToolTip(int workload, Tier tier, bool alternative) const;
    bool hit(const QPointF &pos, Tier *tier, int *index, bool *alternative) const;

    PlannerChartInputs m_in;
    QLogValueAxis *m_x = nullptr;
    QLogValueAxis *m_y = nullptr;
    std::array<QScatterSeries *, TierCount> m_current{};
    std::array<QScatterSeries *, TierCount> m_alternative{};
    std::array<std::vector<int>, TierCount> m_currentWorkload, m_alternativeWorkload;
    std::vector<QLineSeries *> m_fronts;
    QLineSeries *m_selectedFront = nullptr;
    QScatterSeries *m_ring = nullptr;
    QLineSeries *m_budget = nullptr;
    QGraphicsRectItem *m_calloutBox = nullptr;
    QGraphicsSimpleTextItem *m_callout = nullptr;
    double m_costScale = 1;
    std::array<bool, TierCount> m_presentTiers{true, true, true, true};
};

} // namespace ea
