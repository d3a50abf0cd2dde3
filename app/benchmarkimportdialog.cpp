// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/benchmarkimportdialog.h"

#include "engine/export/exportfile.h"
#include "engine/model/units.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace ea {

BenchmarkImportDialog::BenchmarkImportDialog(const Scenario &scenario, QWidget *parent)
    : QDialog(parent), m_scenario(scenario)
{
    setWindowTitle(tr("Import Serving Benchmark"));
    auto *intro =
        new QLabel(tr("Result files of one deployment (one model on one GPU type), at one or more load "
                      "levels: vLLM <tt>bench serve --save-result</tt> JSON, GenAI-Perf or AIPerf "
                      "<tt>profile_export</tt> JSON, or the report <tt>trtllm-bench throughput</tt> "
                      "prints. They become the measured compute profile the planner uses instead of its "
                      "model."),
                   this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setToolTip(tr("The result files to import; several files are several load levels"));
    auto *add = new QPushButton(tr("&Add Files…"), this);
    add->setToolTip(tr("Choose result files"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setToolTip(tr("Remove the selected files from the list"));
    auto *fileButtons = new QVBoxLayout;
    fileButtons->addWidget(add);
    fileButtons->addWidget(m_remove);
    fileButtons->addStretch();
    auto *filesRow = new QHBoxLayout;
    filesRow->addWidget(m_list, 1);
    filesRow->addLayout(fileButtons);

    m_gpu = new QComboBox(this);
    for (const GpuType &g : m_scenario.gpus)
        m_gpu->addItem(g.name, g.id);
    m_gpu->setToolTip(tr("The GPU type the benchmark ran on"));
    m_model = new QComboBox(this);
    for (const ModelSpec &m : m_scenario.models)
        m_model->addItem(m.name, m.id);
    m_model->setToolTip(tr("The model the benchmark served (its shape in the scenario's catalogue)"));
    m_precision = new QComboBox(this);
    m_precision->addItem(tr("As the file states (else BF16)"), QString());
    for (int p = 0; p < PrecisionCount; ++p)
        m_precision->addItem(precisionId(static_cast<Precision>(p)).toUpper(),
                             precisionId(static_cast<Precision>(p)));
    m_precision->setToolTip(tr("The weights' precision; a trtllm-bench report states it"));
    auto *form = new QFormLayout;
    form->addRow(tr("&GPU type:"), m_gpu);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Precision:"), m_precision);

    m_preview = new QPlainTextEdit(this);
    m_preview->setReadOnly(true);
    m_preview->setMinimumHeight(160);
    m_preview->setToolTip(tr("The profile and how the planner reproduces each measured run with it"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(filesRow);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Result:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_buttons);
    resize(720, 560);

    connect(add, &QPushButton::clicked, this, &BenchmarkImportDialog::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &BenchmarkImportDialog::removeFiles);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    for (QComboBox *c : {m_gpu, m_model, m_precision})
        connect(c, &QComboBox::currentIndexChanged, this, &BenchmarkImportDialog::refresh);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_remove->setEnabled(false);
    refresh();
}

void BenchmarkImportDialog::setFiles(const QStringList &files)
{
    m_files = files;
    m_list->clear();
    for (const QString &f : m_files)
        m_list->addItem(QFileInfo(f).fileName());
    refresh();
}

void BenchmarkImportDialog::setGpu(const QString &id)
{
    m_gpu->setCurrentIndex(m_gpu->findData(id));
}

void BenchmarkImportDialog::setModel(const QString &id)
{
    m_model->setCurrentIndex(m_model->findData(id));
}

QString BenchmarkImportDialog::previewText() const
{
    return m_preview->toPlainText();
}

void BenchmarkImportDialog::addFiles()
{
    const QStringList chosen =
        QFileDialog::getOpenFileNames(this, tr("Add Benchmark Results"), QString(),
                                      tr("Benchmark results (*.json *.jsonl *.txt *.log);;All files (*)"));
    QStringList next = m_files;
    for (const QString &f : chosen)
        if (!next.contains(f))
            next << f;
    setFiles(next);
}

void BenchmarkImportDialog::removeFiles()
{
    QStringList next;
    for (int i = 0; i < m_list->count(); ++i)
        if (!m_list->item(i)->isSelected())
            next << m_files.value(i);
    setFiles(next);
}

void BenchmarkImportDialog::refresh()
{
    m_import = {};
    QStringList lines;
    if (m_files.isEmpty()) {
        lines << tr("Add one or more result files.");
    } else {
        std::vector<BenchmarkInput> inputs;
        QStringList readErrors;
        for (const QString &f : m_files) {
            BenchmarkInput in{QFileInfo(f).fileName(), {}};
            QString error;
            if (!readInputFile(f, &in.data, &error))
                readErrors << in.fileName + QStringLiteral(": ") + error;
            inputs.push_back(std::move(in));
        }
        const QString precision = m_precision->currentData().toString();
        if (readErrors.isEmpty())
            m_import = importServingBenchmark(m_scenario, inputs, m_gpu->currentData().toString(),
                                              m_model->currentData().toString(),
                                              precision.isEmpty() ? std::nullopt : precisionFromId(precision),
                                              QDate::currentDate().toString(Qt::ISODate));
        if (!readErrors.isEmpty() || !m_import.scenario) {
            lines << tr("Cannot import; the scenario would stay unchanged:");
            lines << readErrors << m_import.errors;
        } else {
            const MeasuredProfile &p = *m_import.profile.profile;
            lines << tr("Profile of %1 on %2 at %3 (%n GPU(s) per replica):", nullptr,
                        m_import.profile.gpusPerReplica)
                         .arg(m_model->currentText(), m_gpu->currentText(),
                              precisionId(p.precision).toUpper());
            lines << tr("  prefill %1 tokens/s, decode step %2 + %3 per extra sequence, scheduling %4")
                         .arg(units::count(p.profile.prefillTokensPerSec),
                              units::ms(p.profile.decodeStepMsAtBatch1),
                              units::ms(p.profile.decodeStepMsPerExtraSeq),
                              units::ms(p.profile.schedulingMs.value_or(0)));
            lines << tr("  source: %1").arg(p.source);
            lines << tr("Measured → planner with this profile:");
            for (const BenchmarkProfile::Check &c : m_import.profile.checks) {
                QStringList parts;
                if (c.measuredTtftMs > 0)
                    parts << tr("TTFT %1 → %2").arg(units::ms(c.measuredTtftMs), units::ms(c.modelTtftMs));
                if (c.measuredTpotMs > 0)
                    parts << tr("TPOT %1 → %2").arg(units::ms(c.measuredTpotMs), units::ms(c.modelTpotMs));
                parts << tr("%1 → %2 tokens/s")
                             .arg(units::count(c.measuredTokensPerSec), units::count(c.modelTokensPerSec));
                lines << QStringLiteral("  %1: %2").arg(c.run, parts.join(QStringLiteral(", ")));
            }
        }
    }
    m_preview->setPlainText(lines.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_import.scenario.has_value());
}

} // namespace ea
