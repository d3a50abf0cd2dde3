// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "widgets/planner/workloadcheck.h"

#include <QDialog>
#include <QStringList>

#include <array>
#include <memory>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFrame;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ea {

class DiurnalSparkline;

/**
 * Edits one workload of a scenario, new or existing, and checks it with the scenario file loader itself:
 * the candidate scenario (the workload inserted or replaced) goes through WorkloadCheck (scenarioToJson,
 * then parseScenario), so every problem shown is the loader's own "<json path>: <reason>" line. Problems of
 * this workload frame their field in red and are listed under the form; OK stays disabled while there are
 * any. The dialog never changes a document: the caller takes candidate() and applies it.
 */
class WorkloadEditor : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Edit, Insert };

    /**
     * Mode::Edit replaces workload index of scenario; Mode::Insert inserts a new one at index (0..size).
     * initial fills the form (for Edit usually scenario->workloads[index]).
     */
    WorkloadEditor(std::shared_ptr<const Scenario> scenario, Mode mode, int index, const Workload &initial,
                   QWidget *parent = nullptr);
    ~WorkloadEditor() override;

    /** The workload as the form describes it now. */
    Workload workload() const;
    /** Fills the form (presets and profile shape follow the values). */
    void setWorkload(const Workload &w);
    /** The scenario with workload() in place. */
    Scenario candidate() const;
    /** Index of the workload in candidate(). */
    int index() const { return m_index; }
    /** The loader's messages about this workload, "<json path>: <reason>"; empty when it is valid. */
    QStringList problems() const { return m_problems; }

public slots:
    /** Accepts only while there are no problems (Enter on a disabled OK does nothing either). */
    void accept() override;

private:
    enum Field {
        IdField,
        NameField,
        CategoryField,
        MetricField,
        PercentileField,
        BudgetField,
        RateField,
        DiurnalField,
        InputField,
        OutputField,
        ModelField,
        PrecisionField,
        TierField,
        AccessField,
        PinnedField,
        ForbiddenField,
        FieldCount
    };
    void buildForm();
    void applySloPreset(int comboIndex);
    void applyDiurnalShape(int comboIndex);
    void syncPresetCombos();
    void revalidate();
    Field fieldOfMessage(const QString &message) const;
    QWidget *fieldWidget(Field f) const;

    std::shared_ptr<const Scenario> m_scenario;
    WorkloadCheck m_check;
    Mode m_mode;
    int m_index;
    Workload m_initial;
    std::array<double, 24> m_customDiurnal{};
    QStringList m_problems;
    bool m_filling = false;

    QLineEdit *m_id = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_sloPreset = nullptr;
    QComboBox *m_metric = nullptr;
    QDoubleSpinBox *m_percentile = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QComboBox *m_diurnal = nullptr;
    DiurnalSparkline *m_sparkline = nullptr;
    QSpinBox *m_input = nullptr;
    QSpinBox *m_output = nullptr;
    QComboBox *m_model = nullptr;
    QComboBox *m_precision = nullptr;
    QComboBox *m_tier = nullptr;
    QComboBox *m_access = nullptr;
    QCheckBox *m_pinned = nullptr;
    QFrame *m_forbiddenBox = nullptr;
    std::array<QCheckBox *, TierCount> m_forbidden{};
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ea
