// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitortargets.h"
#include "engine/probe/probetypes.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace ea {

/**
 * The probe settings of the Monitor mode: interval, timeout, concurrency, TLS verification, fresh or
 * reused connections, the vantage point (one of the heaviest demand regions, or a place by latitude and
 * longitude) and the statistics window. Emits a signal per kind of change; applies nothing itself.
 */
class ProbeSettingsPanel : public QGroupBox
{
    Q_OBJECT
public:
    static constexpr int MaxRegionsListed = 300;

    explicit ProbeSettingsPanel(QWidget *parent = nullptr);

    void setScenario(std::shared_ptr<const Scenario> scenario);
    void setSettings(const ProbeSettings &settings);
    ProbeSettings settings() const { return m_settings; }
    void setVantage(const Vantage &vantage);
    Vantage vantage() const;
    qint64 windowMs() const;

signals:
    void settingsChanged(const ea::ProbeSettings &settings);
    void vantageChanged();
    void windowChanged(qint64 ms);

private:
    void readSettings();

    std::shared_ptr<const Scenario> m_scenario;
    ProbeSettings m_settings;
    QDoubleSpinBox *m_interval = nullptr, *m_timeout = nullptr;
    QSpinBox *m_concurrency = nullptr;
    QCheckBox *m_verifyTls = nullptr;
    QComboBox *m_connections = nullptr, *m_vantage = nullptr, *m_window = nullptr;
    QDoubleSpinBox *m_lat = nullptr, *m_lon = nullptr;
    bool m_updating = false;
};

} // namespace ea
