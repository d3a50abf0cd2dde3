// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trials/trialconfigform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLocale>
#include <QSpinBox>
#include <QStandardItemModel>

#include <algorithm>

namespace ea {

namespace {

QSpinBox *spin(int lo, int hi, int value, const QString &tip)
{
    auto *s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    s->setToolTip(tip);
    s->setAccelerated(true);
    return s;
}

} // namespace

TrialConfigForm::TrialConfigForm(const QString &title, QWidget *parent) : QGroupBox(title, parent)
{
    auto *form = new QFormLayout(this);
    m_model = new QComboBox;
    m_model->setToolTip(tr("A model of the scenario's catalogue (real shapes, synthetic weights); smallest "
                           "first — a CPU streams every weight once per decode step"));
    m_phase = new QComboBox;
    m_phase->addItem(tr("Decode step"), static_cast<int>(trials::Phase::Decode));
    m_phase->addItem(tr("Prefill"), static_cast<int>(trials::Phase::Prefill));
    m_phase->setToolTip(tr("Decode: one step of the whole batch over a KV cache of the context length.\n"
                           "Prefill: the prompts of the batch in one pass (causal attention)."));
    m_precision = new QComboBox;
    for (trials::Precision p :
         {trials::Precision::BF16, trials::Precision::FP16, trials::Precision::FP32, trials::Precision::FP8})
        m_precision->addItem(QString::fromLatin1(trials::precisionName(p)), static_cast<int>(p));
    m_precision->setToolTip(tr("FP8: E4M3 weights with a per-tensor scale, BF16 activations and KV cache"));
    m_batch = spin(1, 4096, 1, tr("Sequences in the batch"));
    m_context = spin(1, 131072, 1024, tr("KV length a decode step attends to (the new token included)"));
    m_context->setSingleStep(256);
    m_prompt = spin(1, 131072, 512, tr("Prompt tokens per sequence of a prefill"));
    m_prompt->setSingleStep(128);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("P&hase:"), m_phase);
    form->addRow(tr("&Precision:"), m_precision);
    form->addRow(tr("&Batch:"), m_batch);
    form->addRow(tr("&Context:"), m_context);
    form->addRow(tr("Pro&mpt:"), m_prompt);
    connect(m_model, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setToolTip(m_model->currentText()); });
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_model->setMinimumContentsLength(14);
    for (QComboBox *c : {m_model, m_phase, m_precision})
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            emit changed();
        });
    for (QSpinBox *s : {m_batch, m_context, m_prompt})
        connect(s, &QSpinBox::valueChanged, this, &TrialConfigForm::changed);
    updateEnabled();
}

void TrialConfigForm::setModels(const std::vector<ModelSpec> &models)
{
    const QString keep = modelId();
    m_models = models;
    std::stable_sort(m_models.begin(), m_models.end(),
                     [](const ModelSpec &a, const ModelSpec &b) { return a.paramsB < b.paramsB; });
    const QSignalBlocker block(m_model);
    m_model->clear();
    for (const ModelSpec &m : m_models)
        m_model->addItem(tr("%1 (%2 B parameters)").arg(m.name, QLocale().toString(m.paramsB, 'g', 3)), m.id);
    const int i = m_model->findData(keep);
    m_model->setCurrentIndex(i >= 0 ? i : 0);
    updateEnabled();
    emit changed();
}

bool TrialConfigForm::hasModel() const
{
    return m_model->currentIndex() >= 0 && m_model->currentIndex() < static_cast<int>(m_models.size());
}

QString TrialConfigForm::modelId() const
{
    return m_model->currentData().toString();
}

trials::TrialConfig TrialConfigForm::config() const
{
    trials::TrialConfig c;
    if (hasModel())
        c.model = trialsShape(m_models[static_cast<size_t>(m_model->currentIndex())]);
    c.phase = static_cast<trials::Phase>(m_phase->currentData().toInt());
    c.precision = static_cast<trials::Precision>(m_precision->currentData().toInt());
    c.batch = m_batch->value();
    c.context = m_context->value();
    c.prompt = m_prompt->value();
    return c;
}

void TrialConfigForm::setModel(const QString &id)
{
    const int i = m_model->findData(id);
    if (i >= 0)
        m_model->setCurrentIndex(i);
}

void TrialConfigForm::setPhase(trials::Phase phase)
{
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(static_cast<int>(phase))));
}

void TrialConfigForm::setPrecision(trials::Precision precision)
{
    m_precision->setCurrentIndex(std::max(0, m_precision->findData(static_cast<int>(precision))));
}

void TrialConfigForm::setBatch(int batch)
{
    m_batch->setValue(batch);
}

void TrialConfigForm::setContext(int context)
{
    m_context->setValue(context);
}

void TrialConfigForm::setPrompt(int prompt)
{
    m_prompt->setValue(prompt);
}

void TrialConfigForm::updateEnabled()
{
    const bool decode = m_phase->currentData().toInt() == static_cast<int>(trials::Phase::Decode);
    m_context->setEnabled(decode);
    m_prompt->setEnabled(!decode);
}

TrialSettingsForm::TrialSettingsForm(QWidget *parent) : QGroupBox(tr("Measurement"), parent)
{
    auto *form = new QFormLayout(this);
    m_backend = new QComboBox;
    m_backend->addItem(tr("Automatic (CUDA if a GPU is found, else CPU)"),
                       static_cast<int>(trials::BackendKind::Auto));
    m_backend->addItem(tr("CPU"), static_cast<int>(trials::BackendKind::Cpu));
    m_backend->addItem(tr("CUDA"), static_cast<int>(trials::BackendKind::Cuda));
    m_backend->setToolTip(tr("The device both configurations run on, interleaved in the same process"));
    m_samples = spin(2, 1000, 10, tr("At least this many timed samples per trial and per ceiling"));
    m_minTime = new QDoubleSpinBox;
    m_minTime->setRange(0.0, 60.0);
    m_minTime->setDecimals(2);
    m_minTime->setSingleStep(0.1);
    m_minTime->setSuffix(tr(" s"));
    m_minTime->setValue(0.5);
    m_minTime->setToolTip(tr("At least this much measured time per trial"));
    m_maxTime = new QDoubleSpinBox;
    m_maxTime->setRange(0.01, 600.0);
    m_maxTime->setDecimals(2);
    m_maxTime->setSuffix(tr(" s"));
    m_maxTime->setValue(5.0);
    m_maxTime->setToolTip(tr("A trial stops here even when its samples are still noisy"));
    m_rounds = spin(1, 10000, 20,
                    tr("Rounds of the A/A control and of the interleaved A/B pair (one run of "
                       "each side per round)"));
    m_copyMiB = spin(0, 65536, 0, tr("Buffer of the copy-bandwidth ceiling"));
    m_copyMiB->setSuffix(tr(" MiB"));
    m_copyMiB->setSpecialValueText(tr("default (256 MiB CPU, 1 GiB GPU)"));
    m_gemm = spin(0, 16384, 0, tr("n of the n × n × n GEMM ceiling"));
    m_gemm->setSpecialValueText(tr("default (1024 CPU, 8192 GPU)"));
    m_profileTrials = new QCheckBox(tr("Add the trials a compute profile needs"));
    m_profileTrials->setToolTip(
        tr("Also run decode at batch 1 and 8 and a prefill of A's model and precision "
           "(those A and B do not cover), for \"Use as compute profile\""));
    form->addRow(tr("&Device:"), m_backend);
    form->addRow(tr("&Samples:"), m_samples);
    form->addRow(tr("Time per trial, mi&n:"), m_minTime);
    form->addRow(tr("Time per trial, ma&x:"), m_maxTime);
    form->addRow(tr("R&ounds:"), m_rounds); // Alt+R is Run A/B
    form->addRow(tr("Copy ceiling:"), m_copyMiB);
    form->addRow(tr("GEMM ceiling:"), m_gemm);
    form->addRow(m_profileTrials);
}

TrialsSettings TrialSettingsForm::settings() const
{
    TrialsSettings s;
    s.backend = static_cast<trials::BackendKind>(m_backend->currentData().toInt());
    s.minSamples = m_samples->value();
    s.minTimeS = m_minTime->value();
    s.maxTimeS = std::max(m_maxTime->value(), s.minTimeS);
    s.rounds = m_rounds->value();
    s.copyMiB = m_copyMiB->value();
    s.gemmSize = m_gemm->value();
    s.profileTrials = m_profileTrials->isChecked();
    return s;
}

void TrialSettingsForm::setSettings(const TrialsSettings &s)
{
    m_backend->setCurrentIndex(std::max(0, m_backend->findData(static_cast<int>(s.backend))));
    m_samples->setValue(s.minSamples);
    m_minTime->setValue(s.minTimeS);
    m_maxTime->setValue(s.maxTimeS);
    m_rounds->setValue(s.rounds);
    m_copyMiB->setValue(s.copyMiB);
    m_gemm->setValue(s.gemmSize);
    m_profileTrials->setChecked(s.profileTrials);
}

void TrialSettingsForm::setCudaAvailable(bool available, const QString &why)
{
    auto *model = qobject_cast<QStandardItemModel *>(m_backend->model());
    const int i = m_backend->findData(static_cast<int>(trials::BackendKind::Cuda));
    if (!model || i < 0)
        return;
    QStandardItem *item = model->item(i);
    item->setEnabled(available);
    item->setToolTip(available ? tr("CUDA: %1").arg(why) : tr("CUDA is not available: %1").arg(why));
    if (!available && m_backend->currentIndex() == i)
        m_backend->setCurrentIndex(0);
}

} // namespace ea
