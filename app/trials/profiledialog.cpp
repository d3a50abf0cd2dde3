// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trials/profiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <set>

namespace ea {

ProfileDialog::ProfileDialog(const Scenario &scenario, TrialsOutcomePtr outcome, QWidget *parent)
    : QDialog(parent), m_scenario(scenario), m_outcome(std::move(outcome))
{
    setWindowTitle(tr("Use as Compute Profile"));
    const QString device = QString::fromStdString(m_outcome->report.provenance.device.device);
    auto *intro =
        new QLabel(tr("The planner will use these measured figures instead of the roofline wherever "
                      "a workload of this model and precision runs on the chosen GPU type. Measured "
                      "on: <b>%1</b> (%2).")
                       .arg(device.toHtmlEscaped(),
                            QString::fromStdString(m_outcome->report.provenance.device.backend)));
    intro->setWordWrap(true);

    m_gpu = new QComboBox;
    m_gpu->addItem(tr("Choose the GPU type this device stands for…"), QString());
    for (const GpuType &g : m_scenario.gpus)
        m_gpu->addItem(QStringLiteral("%1 (%2)").arg(g.name, g.id), g.id);
    const int match = matchGpuType(m_scenario, device);
    m_gpu->setCurrentIndex(match >= 0 ? match + 1 : 0);
    m_gpu->setToolTip(tr("Preselected when the measured device's name matches a GPU type of the scenario"));

    m_measured = new QComboBox;
    std::set<std::pair<std::string, int>> seen;
    for (const trials::TrialResult &r : m_outcome->report.results) {
        if (!r.ok() || m_scenario.modelIndex(QString::fromStdString(r.config.model.id)) < 0)
            continue;
        if (!seen.emplace(r.config.model.id, static_cast<int>(r.config.precision)).second)
            continue;
        m_measured->addItem(
            QStringLiteral("%1, %2").arg(QString::fromStdString(r.config.model.name),
                                         QString::fromLatin1(trials::precisionName(r.config.precision))),
            QVariantList{QString::fromStdString(r.config.model.id), static_cast<int>(r.config.precision)});
    }
    m_figures = new QLabel;
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel;
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("&GPU type:"), m_gpu);
    form->addRow(tr("&Measured:"), m_measured);
    form->addRow(tr("Profile:"), m_figures);
    form->addRow(tr("How:"), m_notes);
    form->addRow(tr("Source:"), new QLabel(profileSource(m_outcome->report.provenance)));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use as Profile"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_gpu, &QComboBox::currentIndexChanged, this, &ProfileDialog::update);
    connect(m_measured, &QComboBox::currentIndexChanged, this, &ProfileDialog::update);
    update();
    resize(560, sizeHint().height());
}

QString ProfileDialog::gpuId() const
{
    return m_gpu->currentData().toString();
}

QString ProfileDialog::modelId() const
{
    const QVariantList v = m_measured->currentData().toList();
    return v.size() == 2 ? v[0].toString() : QString();
}

trials::Precision ProfileDialog::precision() const
{
    const QVariantList v = m_measured->currentData().toList();
    return v.size() == 2 ? static_cast<trials::Precision>(v[1].toInt()) : trials::Precision::BF16;
}

ProfileDerivation ProfileDialog::derivation() const
{
    return deriveProfile(m_outcome->report.results, modelId(), precision());
}

void ProfileDialog::update()
{
    const ProfileDerivation d = derivation();
    const ComputeProfile &p = d.profile;
    const QLocale locale;
    //: The planner keeps its roofline estimate for a figure that was not measured
    const QString roofline = tr("roofline");
    m_figures->setText(tr("decode step at batch 1: %1\nper extra sequence: %2\nprefill: %3")
                           .arg(p.decodeStepMsAtBatch1 > 0
                                    ? tr("%1 ms").arg(locale.toString(p.decodeStepMsAtBatch1, 'g', 4))
                                    : roofline,
                                p.decodeStepMsAtBatch1 > 0
                                    ? tr("%1 ms").arg(locale.toString(p.decodeStepMsPerExtraSeq, 'g', 4))
                                    : roofline,
                                p.prefillTokensPerSec > 0
                                    ? tr("%1 tokens/s").arg(locale.toString(p.prefillTokensPerSec, 'g', 4))
                                    : roofline));
    m_notes->setText(d.notes.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!gpuId().isEmpty() && d.usable());
}

} // namespace ea
