// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/evaluation.h"

#include <QWidget>

#include <array>
#include <memory>

class QLabel;
class QFormLayout;

namespace ea {

/** A compact summary of a scenario (nodes per tier, regions, workloads) and of its evaluated plan. */
class ScenarioSummary : public QWidget
{
    Q_OBJECT
public:
    explicit ScenarioSummary(QWidget *parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    /** Plan totals; kept, greyed, while pending. */
    void setOutcome(PlanOutcomePtr outcome);
    void setPending(bool pending);

private:
    static QLabel *valueLabel(QWidget *parent, const QString &toolTip);
    static QLabel *addValue(QFormLayout *form, const QString &label, const QString &toolTip);

    std::shared_ptr<const Scenario> m_scenario;
    QLabel *m_name = nullptr;
    QLabel *m_description = nullptr;
    std::array<QLabel *, TierCount> m_tierNames{}, m_tierSites{}, m_tierGpus{};
    QLabel *m_regions = nullptr;
    QLabel *m_workloads = nullptr;
    QLabel *m_cost = nullptr;
    QLabel *m_gpus = nullptr;
    QLabel *m_attainment = nullptr;
    QLabel *m_load = nullptr;
    QLabel *m_meeting = nullptr;
    QWidget *m_planBox = nullptr;
};

} // namespace ea
