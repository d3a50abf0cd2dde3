// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/settingsdialog.h"

#include "app/settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ea {

namespace {
QSpinBox *spin(const QString &key, const QString &suffix, const QString &tip)
{
    const Settings::Key *k = Settings::find(key);
    auto *box = new QSpinBox;
    box->setRange(static_cast<int>(k->minimum), static_cast<int>(k->maximum));
    box->setSuffix(suffix);
    box->setToolTip(tip);
    return box;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i >= 0 ? i : 0);
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *display = new QGroupBox(tr("Display"));
    auto *displayForm = new QFormLayout(display);
    m_distance = new QComboBox;
    m_distance->addItem(tr("Kilometres"), QStringLiteral("km"));
    m_distance->addItem(tr("Miles"), QStringLiteral("mi"));
    m_distance->setToolTip(tr("Unit of distances in tool-tips, tables and the map's scale bar"));
    displayForm->addRow(tr("&Distances:"), m_distance);
    m_currency = new QLineEdit;
    m_currency->setMaxLength(8);
    m_currency->setToolTip(tr("What costs are prefixed with, e.g. $ or US$. Prices stay in the scenario's "
                              "currency (USD); this only changes the label."));
    displayForm->addRow(tr("&Currency label:"), m_currency);
    m_language = new QComboBox;
    m_language->addItem(tr("System language"), QStringLiteral("system"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    m_language->addItem(QStringLiteral("العربية"), QStringLiteral("ar"));
    m_language->setToolTip(tr("Language of the interface; takes effect the next time EdgeAtlas starts"));
    displayForm->addRow(tr("&Language:"), m_language);
    m_palette = new QComboBox;
    m_palette->addItem(tr("Light"), QStringLiteral("light"));
    m_palette->addItem(tr("Dark"), QStringLiteral("dark"));
    m_palette->setToolTip(tr("Colours of the map and the planner's tier colours"));
    displayForm->addRow(tr("Map &palette:"), m_palette);
    layout->addWidget(display);

    auto *probes = new QGroupBox(tr("Probes"));
    auto *probeForm = new QFormLayout(probes);
    //: Suffix of a number of seconds in a spin box (with its leading space)
    m_probeInterval = spin(Settings::ProbeIntervalS, tr(" s"), tr("Time between two probes of one target"));
    probeForm->addRow(tr("&Interval:"), m_probeInterval);
    m_probeTimeout =
        spin(Settings::ProbeTimeoutS, tr(" s"), tr("A probe that takes longer fails as a timeout"));
    probeForm->addRow(tr("&Timeout:"), m_probeTimeout);
    m_probeConcurrency = spin(Settings::ProbeConcurrency, QString(), tr("Probes in flight at the same time"));
    probeForm->addRow(tr("C&oncurrency:"), m_probeConcurrency);
    m_verifyTls = new QCheckBox(tr("&Verify TLS certificates"));
    m_verifyTls->setToolTip(tr("Turn off only for test servers with self-signed certificates"));
    probeForm->addRow(QString(), m_verifyTls);
    layout->addWidget(probes);

    auto *documents = new QGroupBox(tr("Documents and history"));
    auto *docForm = new QFormLayout(documents);
    m_autosave = spin(Settings::AutosaveIntervalS, tr(" s"),
                      tr("How often unsaved changes are written to a recovery file"));
    docForm->addRow(tr("&Autosave every:"), m_autosave);
    m_retention =
        //: Suffix of a number of days in a spin box (with its leading space); the number is 1 to 3650
        spin(Settings::HistoryRetentionDays, tr(" days"), tr("Measurements older than this are deleted"));
    docForm->addRow(tr("&Keep measurements for:"), m_retention);
    layout->addWidget(documents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                         QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &SettingsDialog::restoreDefaults);
    layout->addWidget(buttons);
    load();
}

void SettingsDialog::load()
{
    const Settings *s = Settings::instance();
    selectData(m_distance, s->string(Settings::DistanceUnit));
    m_currency->setText(s->string(Settings::CurrencySymbol));
    selectData(m_language, s->string(Settings::Language));
    selectData(m_palette, s->string(Settings::Palette));
    m_probeInterval->setValue(s->integer(Settings::ProbeIntervalS));
    m_probeTimeout->setValue(s->integer(Settings::ProbeTimeoutS));
    m_probeConcurrency->setValue(s->integer(Settings::ProbeConcurrency));
    m_verifyTls->setChecked(s->boolean(Settings::ProbeVerifyTls));
    m_autosave->setValue(s->integer(Settings::AutosaveIntervalS));
    m_retention->setValue(s->integer(Settings::HistoryRetentionDays));
}

void SettingsDialog::restoreDefaults()
{
    const auto def = [](const QString &key) { return Settings::find(key)->defaultValue; };
    selectData(m_distance, def(Settings::DistanceUnit).toString());
    m_currency->setText(def(Settings::CurrencySymbol).toString());
    selectData(m_language, def(Settings::Language).toString());
    selectData(m_palette, def(Settings::Palette).toString());
    m_probeInterval->setValue(def(Settings::ProbeIntervalS).toInt());
    m_probeTimeout->setValue(def(Settings::ProbeTimeoutS).toInt());
    m_probeConcurrency->setValue(def(Settings::ProbeConcurrency).toInt());
    m_verifyTls->setChecked(def(Settings::ProbeVerifyTls).toBool());
    m_autosave->setValue(def(Settings::AutosaveIntervalS).toInt());
    m_retention->setValue(def(Settings::HistoryRetentionDays).toInt());
}

void SettingsDialog::apply()
{
    Settings *s = Settings::instance();
    s->setValue(Settings::DistanceUnit, m_distance->currentData());
    s->setValue(Settings::CurrencySymbol,
                m_currency->text().isEmpty() ? QStringLiteral("$") : m_currency->text());
    s->setValue(Settings::Language, m_language->currentData());
    s->setValue(Settings::Palette, m_palette->currentData());
    s->setValue(Settings::ProbeIntervalS, m_probeInterval->value());
    s->setValue(Settings::ProbeTimeoutS, m_probeTimeout->value());
    s->setValue(Settings::ProbeConcurrency, m_probeConcurrency->value());
    s->setValue(Settings::ProbeVerifyTls, m_verifyTls->isChecked());
    s->setValue(Settings::AutosaveIntervalS, m_autosave->value());
    s->setValue(Settings::HistoryRetentionDays, m_retention->value());
}

} // namespace ea
