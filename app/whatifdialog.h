// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/model/whatif.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace ea {

/**
 * Adds or edits one what-if condition of a given kind: a node, a set of nodes or every node of a tier in
 * a zone or country down; a demand surge for a workload, a zone or everything; a GPU price change per GPU
 * type or tier; a latency penalty between two zones. The choices come from the scenario (its workloads,
 * GPU types, tiers with nodes, the geographic zones); what is typed (node ids) is checked by the engine
 * (validateWhatIf) and OK stays disabled while anything is wrong, the reason shown.
 */
class WhatIfConditionDialog : public QDialog
{
    Q_OBJECT
public:
    WhatIfConditionDialog(const Scenario &scenario, const WhatIfCondition &initial,
                          QWidget *parent = nullptr);

    /** The condition as the form describes it. */
    WhatIfCondition condition() const;
    /** Problems of condition() ("<field>: <reason>"), empty when OK may be pressed. */
    QStringList problems() const;

    /** Translated title of a kind ("Sites down", "Demand surge", ...). */
    static QString kindTitle(WhatIfCondition::Kind kind);

    // The form's fields, for tests and keyboard focus.
    QLineEdit *nameEdit() const { return m_name; }
    QRadioButton *byNodesButton() const { return m_byNodes; }
    QLineEdit *nodesEdit() const { return m_nodes; }
    QComboBox *tierCombo() const { return m_tier; }
    QComboBox *zoneCombo() const { return m_zone; }
    QLineEdit *countryEdit() const { return m_country; }
    QComboBox *scopeCombo() const { return m_scope; }
    QComboBox *targetCombo() const { return m_target; }
    QDoubleSpinBox *factorSpin() const { return m_factor; }
    QComboBox *zoneACombo() const { return m_zoneA; }
    QComboBox *zoneBCombo() const { return m_zoneB; }
    QDoubleSpinBox *penaltySpin() const { return m_penalty; }

private:
    void fillTargets();
    void updateState();

    const Scenario &m_scenario;
    WhatIfCondition::Kind m_kind;
    bool m_enabled;
    QLineEdit *m_name = nullptr;
    QRadioButton *m_byNodes = nullptr, *m_byFilter = nullptr;
    QLineEdit *m_nodes = nullptr, *m_country = nullptr;
    QComboBox *m_tier = nullptr, *m_zone = nullptr, *m_scope = nullptr, *m_target = nullptr;
    QComboBox *m_zoneA = nullptr, *m_zoneB = nullptr;
    QDoubleSpinBox *m_factor = nullptr, *m_penalty = nullptr;
    QLabel *m_problems = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ea
