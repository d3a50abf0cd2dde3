// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/trials/trialsanalysis.h"

#include <QGroupBox>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;
class QCheckBox;

namespace ea {

/**
 * One side of a side-by-side trial: the model (from the scenario's catalogue, smallest first, so a CPU
 * run picks a model it can finish), the phase (decode step or prefill), the precision, the batch, the
 * context of a decode step and the prompt of a prefill.
 */
class TrialConfigForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit TrialConfigForm(const QString &title, QWidget *parent = nullptr);

    /** Keeps the chosen model when the new catalogue has it, else picks the smallest. */
    void setModels(const std::vector<ModelSpec> &models);
    bool hasModel() const;
    trials::TrialConfig config() const;
    QString modelId() const;

    void setModel(const QString &id);
    void setPhase(trials::Phase phase);
    void setPrecision(trials::Precision precision);
    void setBatch(int batch);
    void setContext(int context);
    void setPrompt(int prompt);

    QComboBox *modelBox() const { return m_model; }

signals:
    void changed();

private:
    void updateEnabled();

    std::vector<ModelSpec> m_models; // in the order of the combo box
    QComboBox *m_model = nullptr;
    QComboBox *m_phase = nullptr;
    QComboBox *m_precision = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_context = nullptr;
    QSpinBox *m_prompt = nullptr;
};

/** How a run measures (TrialsSettings): device, samples, time per trial, rounds, ceilings. */
class TrialSettingsForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit TrialSettingsForm(QWidget *parent = nullptr);

    TrialsSettings settings() const;
    void setSettings(const TrialsSettings &s);
    /** What the backend choice offers here (CUDA is disabled, with the reason, where it cannot run). */
    void setCudaAvailable(bool available, const QString &why);

    QComboBox *backendBox() const { return m_backend; }

private:
    QComboBox *m_backend = nullptr;
    QSpinBox *m_samples = nullptr;
    QDoubleSpinBox *m_minTime = nullptr;
    QDoubleSpinBox *m_maxTime = nullptr;
    QSpinBox *m_rounds = nullptr;
    QSpinBox *m_copyMiB = nullptr;
    QSpinBox *m_gemm = nullptr;
    QCheckBox *m_profileTrials = nullptr;
};

} // namespace ea
