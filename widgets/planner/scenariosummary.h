// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/plansnapshot.h"

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

    /** The scenario's content and the plan's totals (kept, greyed, while pending). */
    void setSnapshot(PlanSnapshotPtr snapshot);
    /** Redisplays the totals (a display setting such as the currency label changed). */
    void refreshNumbers();

private:
    static QLabel *valueLabel(QWidget *parent, const QString &toolTip);
    static QLabel *addValue(QFormLayout *form, const QString &label, const QString &toolTip);
    void showScenario(const Scenario *scenario);
    void showOutcome(const PlanOutcome *outcome);

    PlanSnapshotPtr m_plan;
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
    QLabel *m_whatIfNote = nullptr; // "→ under N active what-if conditions", shown only then
    QWidget *m_planBox = nullptr;
};

} // namespace ea
