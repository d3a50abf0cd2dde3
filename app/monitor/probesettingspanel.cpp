// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/probesettingspanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ea {

namespace {
constexpr int kCustom = -1;
}

ProbeSettingsPanel::ProbeSettingsPanel(QWidget *parent) : QGroupBox(tr("Probe settings"), parent)
{
    auto *form = new QFormLayout(this);
    m_interval = new QDoubleSpinBox(this);
    m_interval->setRange(0.02, 3600);
    m_interval->setDecimals(2);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("Each target is probed once per interval, start to start"));
    form->addRow(tr("&Interval:"), m_interval);
    m_timeout = new QDoubleSpinBox(this);
    m_timeout->setRange(0.1, 120);
    m_timeout->setDecimals(1);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setToolTip(tr("Connection and first byte must arrive within this time"));
    form->addRow(tr("&Timeout:"), m_timeout);
    m_concurrency = new QSpinBox(this);
    m_concurrency->setRange(1, 1024);
    m_concurrency->setToolTip(tr("Probes in flight at once"));
    form->addRow(tr("&Concurrency:"), m_concurrency);
    m_connections = new QComboBox(this);
    m_connections->addItem(tr("Reuse (keep-alive)"), true);
    m_connections->addItem(tr("Fresh for every probe"), false);
    m_connections->setToolTip(tr("Fresh connections also measure DNS, TCP and TLS set-up every time"));
    form->addRow(tr("C&onnections:"), m_connections);
    m_verifyTls = new QCheckBox(tr("&Verify TLS certificates"), this);
    m_verifyTls->setToolTip(tr("Check each server's certificate and host name; turn off only for test "
                               "servers with self-signed certificates"));
    form->addRow(QString(), m_verifyTls);

    m_vantage = new QComboBox(this);
    m_vantage->setToolTip(tr("Where the probes run from: the model predicts each target's RTT from here"));
    form->addRow(tr("&Vantage point:"), m_vantage);
    auto *latLon = new QHBoxLayout;
    m_lat = new QDoubleSpinBox(this);
    m_lat->setRange(-90, 90);
    m_lat->setDecimals(3);
    //: Prefix of the latitude field of a custom vantage point
    m_lat->setPrefix(tr("lat "));
    m_lat->setAccessibleName(tr("Latitude of the vantage point"));
    m_lon = new QDoubleSpinBox(this);
    m_lon->setRange(-180, 180);
    m_lon->setDecimals(3);
    //: Prefix of the longitude field of a custom vantage point
    m_lon->setPrefix(tr("lon "));
    m_lon->setAccessibleName(tr("Longitude of the vantage point"));
    latLon->addWidget(m_lat);
    latLon->addWidget(m_lon);
    form->addRow(QString(), latLon);
    m_window = new QComboBox(this);
    for (auto [label, minutes] :
         {std::pair{tr("1 minute"), 1}, std::pair{tr("5 minutes"), 5}, std::pair{tr("15 minutes"), 15},
          std::pair{tr("1 hour"), 60}, std::pair{tr("2 hours"), 120}})
        m_window->addItem(label, qint64(minutes) * 60000);
    m_window->setCurrentIndex(1);
    m_window->setToolTip(tr("The span of the percentiles, the alarms and the chart"));
    form->addRow(tr("&Window:"), m_window);

    for (QDoubleSpinBox *s : {m_interval, m_timeout, m_lat, m_lon})
        s->setKeyboardTracking(false);
    m_concurrency->setKeyboardTracking(false);
    const auto changed = [this] {
        if (m_updating)
            return;
        readSettings();
        emit settingsChanged(m_settings);
    };
    connect(m_interval, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_timeout, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_concurrency, &QSpinBox::valueChanged, this, changed);
    connect(m_verifyTls, &QCheckBox::toggled, this, changed);
    connect(m_connections, &QComboBox::currentIndexChanged, this, changed);
    connect(m_vantage, &QComboBox::currentIndexChanged, this, [this] {
        const bool custom = m_vantage->currentData().toInt() == kCustom;
        m_lat->setEnabled(custom);
        m_lon->setEnabled(custom);
        if (!m_updating)
            emit vantageChanged();
    });
    const auto latLonChanged = [this] {
        if (!m_updating && m_vantage->currentData().toInt() == kCustom)
            emit vantageChanged();
    };
    connect(m_lat, &QDoubleSpinBox::valueChanged, this, latLonChanged);
    connect(m_lon, &QDoubleSpinBox::valueChanged, this, latLonChanged);
    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { emit windowChanged(m_window->currentData().toLongLong()); });
    setSettings(m_settings);
}

void ProbeSettingsPanel::readSettings()
{
    m_settings.intervalMs = int(std::lround(m_interval->value() * 1000));
    m_settings.timeoutMs = int(std::lround(m_timeout->value() * 1000));
    m_settings.concurrency = m_concurrency->value();
    m_settings.verifyTls = m_verifyTls->isChecked();
    m_settings.reuseConnections = m_connections->currentData().toBool();
}

void ProbeSettingsPanel::setSettings(const ProbeSettings &s)
{
    m_updating = true;
    m_settings = s;
    m_interval->setValue(s.intervalMs / 1000.0);
    m_timeout->setValue(s.timeoutMs / 1000.0);
    m_concurrency->setValue(s.concurrency);
    m_verifyTls->setChecked(s.verifyTls);
    m_connections->setCurrentIndex(s.reuseConnections ? 0 : 1);
    m_updating = false;
}

void ProbeSettingsPanel::setScenario(std::shared_ptr<const Scenario> scenario)
{
    m_scenario = std::move(scenario);
    m_updating = true;
    m_vantage->clear();
    if (m_scenario) {
        std::vector<int> order(m_scenario->regions.size());
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
            return m_scenario->regions[size_t(a)].weight > m_scenario->regions[size_t(b)].weight;
        });
        order.resize(std::min<size_t>(order.size(), MaxRegionsListed));
        for (int r : order) {
            const DemandRegion &reg = m_scenario->regions[size_t(r)];
            m_vantage->addItem(
                reg.country.isEmpty() ? reg.name : QStringLiteral("%1, %2").arg(reg.name, reg.country), r);
        }
    }
    m_vantage->addItem(tr("Custom location (latitude, longitude)"), kCustom);
    m_updating = false;
}

void ProbeSettingsPanel::setVantage(const Vantage &v)
{
    m_updating = true;
    int index = m_vantage->findData(v.region >= 0 ? v.region : kCustom);
    if (index < 0 && v.region >= 0 && m_scenario && size_t(v.region) < m_scenario->regions.size()) {
        m_vantage->insertItem(0, m_scenario->regions[size_t(v.region)].name, v.region);
        index = 0;
    }
    m_vantage->setCurrentIndex(std::max(0, index));
    m_lat->setValue(v.lat);
    m_lon->setValue(v.lon);
    const bool custom = m_vantage->currentData().toInt() == kCustom;
    m_lat->setEnabled(custom);
    m_lon->setEnabled(custom);
    m_updating = false;
}

Vantage ProbeSettingsPanel::vantage() const
{
    const int r = m_vantage->currentData().toInt();
    if (r != kCustom && m_scenario)
        return regionVantage(*m_scenario, r);
    Vantage v;
    v.lat = m_lat->value();
    v.lon = m_lon->value();
    return v;
}

qint64 ProbeSettingsPanel::windowMs() const
{
    return m_window->currentData().toLongLong();
}

} // namespace ea
