// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/plannercharts.h"

#include "widgets/charts/budgetchart.h"
#include "widgets/charts/costlatencychart.h"
#include "widgets/charts/latencychart.h"
#include "widgets/charts/regionattainmentchart.h"
#include "widgets/charts/tiercostchart.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ea {

PlannerCharts::PlannerCharts(QWidget *parent) : QWidget(parent)
{
    m_costLatency = new CostLatencyChart;
    m_tierCost = new TierCostChart;
    m_latency = new LatencyChart;
    m_regions = new RegionAttainmentChart;
    m_budget = new BudgetChart;
    m_charts = {m_costLatency, m_tierCost, m_latency, m_regions, m_budget};

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_costLatency, tr("Cost/latency"));
    m_tabs->setTabToolTip(CostLatencyPage, tr("Cost against latency of every workload, with its other tiers "
                                              "and its Pareto front"));
    m_tabs->addTab(m_tierCost, tr("Cost by tier"));
    m_tabs->setTabToolTip(TierCostPage, tr("Cost per month of each tier: GPUs, API tokens, egress"));
    m_tabs->addTab(m_latency, tr("Percentiles"));
    m_tabs->setTabToolTip(LatencyPage, tr("p50, p95 and p99 of every workload against its budget"));
    m_tabs->addTab(m_regions, tr("Regions"));
    m_tabs->setTabToolTip(RegionsPage, tr("The selected workload's worst regions"));
    m_tabs->addTab(m_budget, tr("Budget"));
    m_tabs->setTabToolTip(BudgetPage, tr("Where the selected workload's latency goes, in each tier"));

    m_selector = new QComboBox(this);
    m_selector->setToolTip(tr("The workload the Regions and Budget charts show"));
    m_selector->setAccessibleName(tr("Workload shown in the charts"));
    m_selector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("&Workload:"), this);
    label->setBuddy(m_selector);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(6, 4, 6, 0);
    top->addWidget(label);
    top->addWidget(m_selector);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    setAccessibleName(tr("Planner charts"));

    connect(m_selector, &QComboBox::activated, this,
            [this](int index) { activate(m_selector->itemData(index).toInt()); });
    connect(m_costLatency, &CostLatencyChart::pointActivated, this, [this](int w, Tier t, bool current) {
        activate(w);
        if (!current)
            emit alternativeActivated(w, t);
    });
    connect(m_latency, &LatencyChart::workloadActivated, this, &PlannerCharts::activate);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) { bringUpToDate(Page(index)); });
    refresh(true, true, true);
}

PlannerChart *PlannerCharts::chart(Page page) const
{
    if (page < 0 || page >= PageCount)
        return nullptr;
    bringUpToDate(page);
    return m_charts[page];
}

void PlannerCharts::setCurrentPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

PlannerCharts::Page PlannerCharts::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void PlannerCharts::setSnapshot(PlanSnapshotPtr snapshot)
{
    const PlanSnapshot::Changes changes = snapshot->changesSince(m_plan.get());
    m_plan = std::move(snapshot);
    if (changes.content) {
        const int n = int(m_plan->scenario->workloads.size());
        if (m_selected >= n)
            m_selected = -1;
        if (m_selected < 0 && n > 0)
            m_selected = 0;
        fillSelector();
        refresh(true, true, true);
    } else if (changes.outcome || changes.whatIf) {
        refresh(true, true, true);
    } else if (changes.alternatives) {
        refresh(false, true, false);
    }
}

void PlannerCharts::refreshAll()
{
    refresh(true, true, true);
}

void PlannerCharts::setSelectedWorkload(int workload)
{
    const int n = m_plan ? int(m_plan->scenario->workloads.size()) : 0;
    if (workload < 0 || workload >= n)
        workload = -1;
    if (workload == m_selected)
        return;
    m_selected = workload;
    {
        const QSignalBlocker block(m_selector);
        m_selector->setCurrentIndex(m_selector->findData(workload));
    }
    refresh(false, false, true);
}

void PlannerCharts::setDark(bool dark)
{
    m_dark = dark;
    const ChartStyle style = ChartStyle::forDark(dark);
    for (PlannerChart *c : m_charts)
        c->setChartStyle(style);
}

PlannerChartInputs PlannerCharts::inputs() const
{
    PlannerChartInputs in;
    in.plan = m_plan;
    in.selected = m_selected;
    return in;
}

void PlannerCharts::refresh(bool all, bool alternatives, bool selection)
{
    // Which charts depend on what changed.
    const bool costLatency = all || alternatives || selection;
    m_dirty[CostLatencyPage] = m_dirty[CostLatencyPage] || costLatency;
    m_dirty[TierCostPage] = m_dirty[TierCostPage] || all;
    m_dirty[LatencyPage] = m_dirty[LatencyPage] || all || selection;
    m_dirty[RegionsPage] = m_dirty[RegionsPage] || all || selection;
    m_dirty[BudgetPage] = m_dirty[BudgetPage] || costLatency;
    // Only the chart on show is brought up to date now; the others when their tab opens.
    bringUpToDate(currentPage());
}

void PlannerCharts::bringUpToDate(Page page) const
{
    if (page < 0 || page >= PageCount || !m_dirty[page])
        return;
    m_dirty[page] = false;
    m_charts[page]->setInputs(inputs());
}

void PlannerCharts::activate(int workload)
{
    setSelectedWorkload(workload);
    if (workload >= 0 && workload == m_selected)
        emit workloadActivated(workload);
}

void PlannerCharts::fillSelector()
{
    const QSignalBlocker block(m_selector);
    m_selector->clear();
    if (m_plan)
        for (size_t w = 0; w < m_plan->scenario->workloads.size(); ++w)
            m_selector->addItem(m_plan->scenario->workloads[w].name, int(w));
    m_selector->setCurrentIndex(m_selector->findData(m_selected));
}

} // namespace ea
