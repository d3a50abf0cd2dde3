// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/scenariosummary.h"

#include "engine/model/units.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ea {

namespace {
constexpr double kAttainmentTarget = WorkloadTableModel::AttainmentTarget;

QString firstSentence(const QString &text)
{
    const qsizetype end = text.indexOf(QLatin1String(". "));
    return end < 0 ? text : text.left(end + 1);
}
} // namespace

ScenarioSummary::ScenarioSummary(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_name = new QLabel(this);
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_name->setFont(big);
    m_name->setWordWrap(true);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_name);
    layout->addWidget(m_description);

    auto *network = new QGroupBox(tr("Scenario"), this);
    auto *grid = new QGridLayout(network);
    const auto header = [network, grid](const QString &text, int column) {
        auto *l = new QLabel(text, network);
        l->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        l->setEnabled(false); // a quiet column heading
        grid->addWidget(l, 0, column);
    };
    header(tr("Sites"), 1);
    header(tr("GPUs"), 2);
    for (Tier t : AllTiers) {
        const int i = static_cast<int>(t);
        const QString tip = tr("Sites and usable GPUs of the %1 tier").arg(tierLabel(t));
        m_tierNames[i] = new QLabel(tierLabel(t), network);
        m_tierNames[i]->setToolTip(tip);
        m_tierSites[i] = valueLabel(network, tip);
        m_tierGpus[i] = valueLabel(network, tip);
        grid->addWidget(m_tierNames[i], i + 1, 0);
        grid->addWidget(m_tierSites[i], i + 1, 1);
        grid->addWidget(m_tierGpus[i], i + 1, 2);
    }
    const auto addRow = [network, grid, this](const QString &label, const QString &tip) {
        const int row = grid->rowCount();
        auto *name = new QLabel(label, network);
        name->setToolTip(tip);
        QLabel *value = valueLabel(network, tip);
        grid->addWidget(name, row, 0);
        grid->addWidget(value, row, 1, 1, 2);
        return value;
    };
    m_regions = addRow(tr("Demand regions"), tr("Places the requests come from, weighted by population"));
    m_workloads = addRow(tr("Workloads"), tr("Workloads to place"));
    grid->setColumnStretch(0, 1);
    layout->addWidget(network);

    auto *plan = new QGroupBox(tr("Plan"), this);
    m_planBox = plan;
    auto *planForm = new QFormLayout(plan);
    m_cost = addValue(planForm, tr("Cost per month"), tr("GPU, API and egress cost of every workload"));
    m_gpus = addValue(planForm, tr("GPUs"), tr("GPUs in use at each site's diurnal peak"));
    m_attainment =
        addValue(planForm, tr("SLO attainment"), tr("Share of all requests served within their SLO"));
    m_load = addValue(planForm, tr("Offered load"), tr("Mean request rate over all workloads"));
    m_meeting = addValue(planForm, tr("Meeting SLO"),
                         tr("Workloads with at least %1 of their requests within the SLO")
                             .arg(units::percent(kAttainmentTarget, 0)));
    m_whatIfNote = new QLabel(plan);
    m_whatIfNote->setWordWrap(true);
    m_whatIfNote->setToolTip(tr("Cost and attainment of the plan as placed → of the same placement under the "
                                "active what-if conditions (Plan → What-If Conditions)"));
    planForm->addRow(m_whatIfNote);
    layout->addWidget(plan);
    layout->addStretch(1);
    showScenario(nullptr);
}

QLabel *ScenarioSummary::valueLabel(QWidget *parent, const QString &toolTip)
{
    auto *value = new QLabel(parent);
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setToolTip(toolTip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return value;
}

QLabel *ScenarioSummary::addValue(QFormLayout *form, const QString &label, const QString &toolTip)
{
    QLabel *value = valueLabel(form->parentWidget(), toolTip);
    auto *name = new QLabel(label, form->parentWidget());
    name->setToolTip(toolTip);
    form->addRow(name, value);
    return value;
}

void ScenarioSummary::setSnapshot(PlanSnapshotPtr snapshot)
{
    const PlanSnapshot::Changes changes = snapshot->changesSince(m_plan.get());
    m_plan = std::move(snapshot);
    if (changes.content)
        showScenario(m_plan->scenario.get());
    if (changes.content || changes.outcome || changes.pending || changes.whatIf)
        refreshNumbers();
}

void ScenarioSummary::refreshNumbers()
{
    showOutcome(m_plan ? m_plan->outcome.get() : nullptr);
    m_planBox->setEnabled(!m_plan || !m_plan->pending());
}

void ScenarioSummary::showScenario(const Scenario *scenario)
{
    const Scenario empty;
    const Scenario &s = scenario ? *scenario : empty;
    m_name->setText(scenario ? s.name : tr("No scenario"));
    m_description->setText(firstSentence(s.description));
    m_description->setToolTip(s.description);
    std::array<int, TierCount> sites{}, gpus{};
    for (const Node &n : s.nodes) {
        ++sites[static_cast<int>(n.tier)];
        gpus[static_cast<int>(n.tier)] += n.usableGpus();
    }
    for (Tier t : AllTiers) {
        const int i = static_cast<int>(t);
        const bool shown = s.tier(t).present;
        for (QLabel *l : {m_tierNames[i], m_tierSites[i], m_tierGpus[i]})
            l->setVisible(shown);
        m_tierSites[i]->setText(units::count(sites[i]));
        m_tierGpus[i]->setText(s.tier(t).billing == Billing::Api ? tr("per token") : units::count(gpus[i]));
    }
    m_regions->setText(units::count(static_cast<double>(s.regions.size())));
    m_workloads->setText(units::count(static_cast<double>(s.workloads.size())));
    showOutcome(nullptr);
}

void ScenarioSummary::showOutcome(const PlanOutcome *outcome)
{
    if (!outcome) {
        for (QLabel *l : {m_cost, m_gpus, m_attainment, m_load, m_meeting})
            l->setText(QStringLiteral("—"));
        m_whatIfNote->setVisible(false);
        return;
    }
    m_cost->setText(units::usd(outcome->usdPerMonth));
    m_gpus->setText(units::count(outcome->gpus));
    m_attainment->setText(units::percent(outcome->attainmentPct));
    // Under active what-if conditions: before → after (the snapshot carries both plans).
    const WhatIfPlan *w = m_plan ? m_plan->whatIf.get() : nullptr;
    m_whatIfNote->setVisible(w != nullptr);
    if (w) {
        const WhatIfComparison &c = w->comparison;
        m_cost->setText(units::usd(c.usdPerMonthBefore) + QStringLiteral(" → ") +
                        units::usd(c.usdPerMonthAfter));
        m_attainment->setText(units::percent(c.attainmentPctBefore) + QStringLiteral(" → ") +
                              units::percent(c.attainmentPctAfter));
        m_whatIfNote->setText(
            tr("→ under %n active what-if condition(s)", nullptr, int(w->conditions.size())));
    }
    m_load->setText(units::rps(outcome->offeredRps));
    int meeting = 0;
    for (const WorkloadOutcome &w : outcome->workloads)
        meeting += w.feasible && w.attainmentPct >= kAttainmentTarget;
    m_meeting->setText(tr("%1 of %2").arg(meeting).arg(outcome->workloads.size()));
}

} // namespace ea
