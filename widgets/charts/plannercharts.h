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
 * The planner's charts as tabs, with a workload selector for the charts about one workload. Takes the
 * engine's values as they come: the outcome is shown at once; the alternatives (each workload in every
 * other tier, computed afterwards) only once they match the outcome's plan, so stale ones never show.
 */
class PlannerCharts : public QWidget
{
    Q_OBJECT
public:
    enum Page { CostLatencyPage, TierCostPage, LatencyPage, RegionsPage, BudgetPage, PageCount };

    explicit PlannerCharts(QWidget *parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    void setOutcome(PlanOutcomePtr outcome);
    void setAlternatives(std::shared_ptr<const PlanAlternatives> alternatives);
    /** Which workload the region and budget charts show; -1 for none. Emits nothing. */
    void setSelectedWorkload(int workload);
    void setDark(bool dark);

    int selectedWorkload() const { return m_selected; }
    bool isDark() const { return m_dark; }
    /** Whether the alternatives given match the current outcome (and so are drawn). */
    bool alternativesShown() const;
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

    std::shared_ptr<const Scenario> m_scenario;
    PlanOutcomePtr m_outcome;
    std::shared_ptr<const PlanAlternatives> m_alternatives;
    bool m_alternativesMatch = false;
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
