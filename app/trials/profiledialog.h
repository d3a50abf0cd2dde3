// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/trials/trialsanalysis.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace ea {

/**
 * "Use as compute profile": which GPU type of the scenario the measured device stands for (preselected
 * when the device's name matches one, else the user picks), and which measured model and precision;
 * shows the profile the results make and how each figure was found.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    ProfileDialog(const Scenario &scenario, TrialsOutcomePtr outcome, QWidget *parent = nullptr);

    QString gpuId() const;
    QString modelId() const;
    trials::Precision precision() const;
    ProfileDerivation derivation() const;

    QComboBox *gpuBox() const { return m_gpu; }
    QComboBox *measuredBox() const { return m_measured; }

private:
    void update();

    const Scenario &m_scenario;
    TrialsOutcomePtr m_outcome;
    QComboBox *m_gpu = nullptr;
    QComboBox *m_measured = nullptr;
    QLabel *m_figures = nullptr;
    QLabel *m_notes = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace ea
