// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace ea {

/**
 * Edit → Preferences: the settings of the Settings schema, grouped (display, probes, documents, monitor).
 * OK stores what changed (keys equal to their default are removed); Restore Defaults resets the form.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Writes the form into the settings; what the OK button does. */
    void apply();
    void restoreDefaults();

private:
    void load();

    QComboBox *m_distance = nullptr;
    QLineEdit *m_currency = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_palette = nullptr;
    QSpinBox *m_probeInterval = nullptr;
    QSpinBox *m_probeTimeout = nullptr;
    QSpinBox *m_probeConcurrency = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QSpinBox *m_autosave = nullptr;
    QSpinBox *m_retention = nullptr;
};

} // namespace ea
