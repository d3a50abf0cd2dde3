// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/scenariosummary.h"

#include "engine/model/units.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QFormLayout>
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
    auto *netForm = new QFormLayout(network);
    for (Tier t : AllTiers)
        m_tiers[static_cast<int>(t)] =
            addValue(netForm, tierLabel(t), tr("Sites and GPUs of the %1 tier").arg(tierLabel(t)));
    m_regions = addValue(netForm, tr("Demand regions"), tr("Places the requests come from"));
    m_workloads = addValue(netForm, tr("Workloads"), tr("Workloads to place"));
    layout->addWidget(network);

    auto *plan = new QGroupBox(tr("Plan"), this);
    m_planBox = plan;
    auto *planForm = new QFormLayout(plan);
    m_cost = addValue(planForm, tr("Cost per month"), tr("GPU, API and egress cost of every workload"));
    m_gpus = addValue(planForm, tr("GPUs"), tr("GPUs in use at each site's diurnal peak"));
    m_attainment = addValue(planForm, tr("SLO attainment"), tr("Share of all requests served within their SLO"));
    m_load = addValue(planForm, tr("Offered load"), tr("Mean request rate over all workloads"));
    m_meeting = addValue(planForm, tr("Meeting SLO"),
                         tr("Workloads with at least %1 of their requests within the SLO")
                             .arg(units::percent(kAttainmentTarget, 0)));
    layout->addWidget(plan);
    layout->addStretch(1);
    setScenario(nullptr);
}

QLabel *ScenarioSummary::addValue(QFormLayout *form, const QString &label, const QString &toolTip)
{
    auto *value = new QLabel(form->parentWidget());
    value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    value->setToolTip(toolTip);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *name = new QLabel(label, form->parentWidget());
    name->setToolTip(toolTip);
    form->addRow(name, value);
    return value;
}

void ScenarioSummary::setScenario(std::shared_ptr<const Scenario> scenario)
{
    m_scenario = std::move(scenario);
    const Scenario empty;
    const Scenario &s = m_scenario ? *m_scenario : empty;
    m_name->setText(m_scenario ? s.name : tr("No scenario"));
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
        m_tiers[i]->setVisible(shown);
        if (auto *form = qobject_cast<QFormLayout *>(m_tiers[i]->parentWidget()->layout()))
            if (QWidget *label = form->labelForField(m_tiers[i]))
                label->setVisible(shown);
        const QString billing = s.tier(t).billing == Billing::Api ? tr("per-token API") : tr("%1 GPUs").arg(units::count(gpus[i]));
        m_tiers[i]->setText(tr("%n site(s)", nullptr, sites[i]) + QStringLiteral(" · ") + billing);
    }
    m_regions->setText(units::count(static_cast<double>(s.regions.size())));
    m_workloads->setText(units::count(static_cast<double>(s.workloads.size())));
    setOutcome(nullptr);
}

void ScenarioSummary::setOutcome(PlanOutcomePtr outcome)
{
    m_planBox->setEnabled(true);
    if (!outcome) {
        for (QLabel *l : {m_cost, m_gpus, m_attainment, m_load, m_meeting})
            l->setText(QStringLiteral("—"));
        return;
    }
    m_cost->setText(units::usd(outcome->usdPerMonth));
    m_gpus->setText(units::count(outcome->gpus));
    m_attainment->setText(units::percent(outcome->attainmentPct));
    m_load->setText(units::rps(outcome->offeredRps));
    int meeting = 0;
    for (const WorkloadOutcome &w : outcome->workloads)
        meeting += w.feasible && w.attainmentPct >= kAttainmentTarget;
    m_meeting->setText(tr("%1 of %2").arg(meeting).arg(outcome->workloads.size()));
}

void ScenarioSummary::setPending(bool pending)
{
    m_planBox->setEnabled(!pending);
}

} // namespace ea
