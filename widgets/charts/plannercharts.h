// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/chartinputs.h"

#include <QWidget>

#include <array>
#include <memory>

class QComboBox;
class QTabWidget;

namespace ea {

class BudgetChart;
class CostLatencyChart;
class LatencyChart;
class PlannerChart;
class RegionAttainmentChart;
class TierCostChart;

/**
 * The planner's charts as tabs, with a workload selector for the charts about one workload. Takes the plan
 * snapshot as it comes: a new outcome redraws the charts that show it; the alternatives (each workload in
 * every other tier, computed afterwards) arrive in a later snapshot of the same outcome and redraw only
 * the charts that use them; a move before its evaluation changes nothing here.
 */
class PlannerCharts : public QWidget
{
    Q_OBJECT
public:
    enum Page { CostLatencyPage, TierCostPage, LatencyPage, RegionsPage, BudgetPage, PageCount };

    explicit PlannerCharts(QWidget *parent = nullptr);

    void setSnapshot(PlanSnapshotPtr snapshot);
    PlanSnapshotPtr snapshot() const { return m_plan; }
    /** Redraws every chart (a display setting such as the currency label changed). */
    void refreshAll();
    /** Which workload the region and budget charts show; -1 for none. Emits nothing. */
    void setSelectedWorkload(int workload);
    void setDark(bool dark);

    int selectedWorkload() const { return m_selected; }
    bool isDark() const { return m_dark; }
    /** Whether the snapshot's alternatives are drawn (they are once it has them). */
    bool alternativesShown() const { return m_plan && m_plan->alternatives; }
    void setCurrentPage(Page page);
    Page currentPage() const;

    /**
     * The charts. Only the chart on show follows every change at once (updates stay cheap); the others
     * catch up when their tab opens, or when they are asked for here.
     */
    PlannerChart *chart(Page page) const;
    CostLatencyChart *costLatencyChart() const { return upToDate(m_costLatency, CostLatencyPage); }
    TierCostChart *tierCostChart() const { return upToDate(m_tierCost, TierCostPage); }
    LatencyChart *latencyChart() const { return upToDate(m_latency, LatencyPage); }
    RegionAttainmentChart *regionChart() const { return upToDate(m_regions, RegionsPage); }
    BudgetChart *budgetChart() const { return upToDate(m_budget, BudgetPage); }
    QComboBox *workloadSelector() const { return m_selector; }

signals:
    /** The user picked a workload here (a point, a row, the selector). */
    void workloadActivated(int workload);
    /** The user clicked a workload's point in another tier (a move it could make). */
    void alternativeActivated(int workload, ea::Tier tier);

private:
    PlannerChartInputs inputs() const;
    void refresh(bool all, bool alternatives, bool selection);
    void bringUpToDate(Page page) const;
    template <typename T> T *upToDate(T *chart, Page page) const
    {
        bringUpToDate(page);
        return chart;
    }
    void activate(int workload);
    void fillSelector();

    PlanSnapshotPtr m_plan;
    int m_selected = -1;
    bool m_dark = false;

    QComboBox *m_selector = nullptr;
    QTabWidget *m_tabs = nullptr;
    CostLatencyChart *m_costLatency = nullptr;
    TierCostChart *m_tierCost = nullptr;
    LatencyChart *m_latency = nullptr;
    RegionAttainmentChart *m_regions = nullptr;
    BudgetChart *m_budget = nullptr;
    std::array<PlannerChart *, PageCount> m_charts{};
    mutable std::array<bool, PageCount> m_dirty{}; // the chart has not seen the latest inputs yet
};

} // namespace ea
