// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/reportdialog.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "app/report/reportlayout.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/placementfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace ea {

namespace {
constexpr int PreviewWidth = 560;

struct Prepared
{
    std::shared_ptr<ReportData> data;
    QString error;
};

/** The tiers a scenario file gives the workloads of s (by id); the rest keep s's own. */
std::optional<Placement> savedPlacement(const QString &fileName, const Scenario &s, QString *error)
{
    const ScenarioLoad load = loadScenarioFile(fileName);
    if (!load.scenario) {
        *error = load.errors.value(0);
        return std::nullopt;
    }
    Placement p = placementOf(s);
    for (const Workload &w : load.scenario->workloads) {
        const int i = s.workloadIndex(w.id);
        if (i >= 0)
            p[size_t(i)] = w.tier;
    }
    return p;
}
} // namespace

ReportDialog::ReportDialog(Document *document, QWidget *parent) : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Export Report"));
    auto *options = new QFormLayout;
    m_format = new QComboBox(this);
    m_format->addItem(tr("PDF document (A4, vector)"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML page (one self-contained file)"), int(ReportFormat::Html));
    m_format->addItem(tr("CSV table (every number)"), int(ReportFormat::Csv));
    m_format->addItem(tr("JSON (every number)"), int(ReportFormat::Json));
    m_format->setToolTip(
        tr("PDF and HTML hold the whole report; CSV and JSON carry its numbers for other tools"));
    options->addRow(tr("&Format:"), m_format);
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("Inference placement plan: %1").arg(document->scenario()->name));
    m_title->setToolTip(tr("The report's title, on its title page and every page's header"));
    options->addRow(tr("&Title:"), m_title);
    m_author = new QLineEdit(this);
    m_author->setToolTip(tr("Who prepared the report (shown on the title page)"));
    options->addRow(tr("&Author:"), m_author);
    m_baseline = new QComboBox(this);
    m_baseline->addItem(tr("None"), NoBaseline);
    if (!document->fileName().isEmpty())
        m_baseline->addItem(tr("The placement saved in %1").arg(QFileInfo(document->fileName()).fileName()),
                            SavedFile);
    m_baseline->addItem(tr("The optimizer's suggestion"), Optimizer);
    m_baseline->addItem(tr("Placement file…"), PlacementFile);
    m_baseline->setToolTip(tr("The placement the executive summary compares this plan with"));
    options->addRow(tr("Compare &with:"), m_baseline);
    m_baselineFile = new QLabel(this);
    m_baselineFile->setVisible(false);
    options->addRow(QString(), m_baselineFile);

    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(false);
    m_status = new QLabel(this);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_progress, 1);
    statusRow->addWidget(m_status, 2);

    m_scroll = new QScrollArea(this);
    auto *pages = new QWidget;
    m_pagesLayout = new QVBoxLayout(pages);
    m_pagesLayout->setSpacing(14);
    m_pagesLayout->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_scroll->setWidget(pages);
    m_scroll->setWidgetResizable(true);
    m_scroll->setMinimumSize(PreviewWidth + 40, 480);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setToolTip(tr("The report's pages as they will be printed"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    m_export->setToolTip(tr("Choose a file and write the report to it"));
    m_export->setEnabled(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::exportInteractively);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addLayout(statusRow);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(buttons);

    connect(m_baseline, &QComboBox::activated, this, &ReportDialog::chooseBaseline);
    auto *retitle = new QTimer(this); // typing: repaint the preview once the user pauses
    retitle->setSingleShot(true);
    retitle->setInterval(500);
    connect(retitle, &QTimer::timeout, this, &ReportDialog::regenerate);
    connect(m_title, &QLineEdit::textEdited, retitle, qOverload<>(&QTimer::start));
    connect(m_author, &QLineEdit::textEdited, retitle, qOverload<>(&QTimer::start));
    resize(PreviewWidth + 120, 820);
    QTimer::singleShot(0, this, &ReportDialog::regenerate);
}

ReportDialog::~ReportDialog()
{
    // The job holds only shared values; it stops at its next check and its result goes nowhere.
    if (m_job)
        m_document->jobs()->cancel(m_job);
    m_painter.reset();
}

bool ReportDialog::isBusy() const
{
    return m_job || (m_painter && m_nextPage < int(m_painter->pages().size()));
}

int ReportDialog::previewPageCount() const
{
    return m_pagesLayout->count();
}

void ReportDialog::setStatus(const QString &text)
{
    m_status->setText(text);
}

void ReportDialog::setBaselineFile(const QString &placementFile)
{
    m_placementFile = placementFile;
    m_baseline->setCurrentIndex(m_baseline->findData(PlacementFile));
    m_lastBaseline = PlacementFile;
    m_baselineFile->setText(QFileInfo(placementFile).fileName());
    m_baselineFile->setVisible(true);
    regenerate();
}

void ReportDialog::chooseBaseline(int index)
{
    const int kind = m_baseline->itemData(index).toInt();
    if (kind == PlacementFile) {
        const QString file = QFileDialog::getOpenFileName(this, tr("Baseline Placement"), m_placementFile,
                                                          tr("Placement files (*.json);;All files (*)"));
        if (file.isEmpty()) { // cancelled: keep what was chosen before
            m_baseline->setCurrentIndex(m_baseline->findData(m_lastBaseline));
            return;
        }
        setBaselineFile(file);
        return;
    }
    m_lastBaseline = kind;
    m_baselineFile->setVisible(false);
    regenerate();
}

void ReportDialog::regenerate()
{
    m_painter.reset();
    m_data.reset();
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_export->setEnabled(false);
    m_progress->setRange(0, 0);
    setStatus(tr("Evaluating the plan…"));

    // The document's plan as published; evaluated afresh in the job while its evaluation is pending.
    const PlanSnapshotPtr snapshot = m_document->snapshot();
    const auto scenario = snapshot->scenario;
    const int baselineKind = m_baseline->currentData().toInt();
    const QString savedFile = m_document->fileName(), placementFile = m_placementFile;
    ReportOptions options;
    options.title = m_title->text();
    options.author = m_author->text();
    options.scenarioLabel = savedFile.isEmpty() ? tr("not saved to a file (%1)").arg(scenario->name)
                                                : QFileInfo(savedFile).fileName();
    JobSpec spec;
    spec.lane = QLatin1String(JobLane);
    spec.label = tr("Preparing the report");
    spec.failed = [this](const QString &message) {
        m_job = 0;
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        setStatus(tr("Cannot make the report: %1").arg(message));
    };
    // A new request supersedes the one running (the lane drops its result).
    m_job = m_document->jobs()->run(
        spec, this,
        [=](JobControl &control) {
            const PlanSnapshotPtr plan =
                snapshot->pending() || !snapshot->evaluator ? PlanSnapshot::evaluate(scenario) : snapshot;
            const Placement placement = plan->placement;
            std::optional<Placement> baseline;
            ReportOptions o = options;
            Prepared out;
            if (baselineKind == SavedFile) {
                baseline = savedPlacement(savedFile, *scenario, &out.error);
                o.baselineLabel = tr("the placement saved in %1").arg(QFileInfo(savedFile).fileName());
            } else if (baselineKind == PlacementFile) {
                Placement p = placement;
                QStringList errors;
                if (loadPlacementFile(placementFile, *scenario, p, &errors))
                    baseline = p;
                else
                    //: A placement file's name, then why it could not be read
                    out.error = tr("%1: %2").arg(QFileInfo(placementFile).fileName(), errors.value(0));
                o.baselineLabel = tr("placement file %1").arg(QFileInfo(placementFile).fileName());
            } else if (baselineKind == Optimizer) {
                control.setProgress(-1, tr("searching for the optimizer's suggestion"));
                OptimizeOptions search;
                search.cancel = control.cancelFlag();
                const OptimizeResult r = optimizePlacement(*plan->evaluator, placement, search);
                if (r.hasPlacement())
                    baseline = r.placement;
                else if (!r.cancelled)
                    out.error = tr("the optimizer has no placement to suggest: %1").arg(r.problems.value(0));
                o.baselineLabel = tr("the optimizer's suggestion");
            }
            if (!out.error.isEmpty() || control.isCancelled())
                return out;
            control.setProgress(-1, tr("gathering the numbers"));
            out.data = std::make_shared<ReportData>(buildReportData(plan, baseline, o, control.cancelFlag()));
            return out;
        },
        [this](const Prepared &prepared) {
            m_job = 0;
            if (!prepared.data) {
                m_progress->setRange(0, 1);
                m_progress->setValue(0);
                setStatus(tr("Cannot make the report: %1").arg(prepared.error));
                return;
            }
            m_data = std::make_unique<ReportData>(*prepared.data);
            m_painter = std::make_unique<ReportPainter>(*m_data);
            m_nextPage = 0;
            m_progress->setRange(0, int(m_painter->pages().size()));
            m_progress->setValue(0);
            m_export->setEnabled(true);
            paintNextPage();
        });
}

void ReportDialog::paintNextPage()
{
    if (!m_painter)
        return;
    const int count = int(m_painter->pages().size());
    if (m_nextPage >= count) {
        setStatus(tr("%n page(s)", nullptr, count));
        emit previewReady();
        return;
    }
    setStatus(tr("Drawing page %1 of %2…").arg(m_nextPage + 1).arg(count));
    const qreal dpr = devicePixelRatioF();
    QImage image = m_painter->pageImage(m_nextPage, int(PreviewWidth * dpr));
    image.setDevicePixelRatio(dpr);
    auto *page = new QLabel;
    page->setPixmap(QPixmap::fromImage(image));
    page->setFrameShape(QFrame::Box);
    page->setAccessibleName(tr("Page %1").arg(m_nextPage + 1));
    m_pagesLayout->addWidget(page, 0, Qt::AlignHCenter);
    m_progress->setValue(++m_nextPage);
    QTimer::singleShot(0, this, &ReportDialog::paintNextPage); // stay responsive between pages
}

bool ReportDialog::exportTo(const QString &fileName, QString *error)
{
    if (!m_data) {
        *error = tr("the report is not ready yet");
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = writeReport(*m_data, fileName, ReportFormat(m_format->currentData().toInt()), error);
    QGuiApplication::restoreOverrideCursor();
    return ok;
}

void ReportDialog::exportInteractively()
{
    const auto format = ReportFormat(m_format->currentData().toInt());
    const QString suffix = format == ReportFormat::Pdf    ? QStringLiteral("pdf")
                           : format == ReportFormat::Html ? QStringLiteral("html")
                           : format == ReportFormat::Csv  ? QStringLiteral("csv")
                                                          : QStringLiteral("json");
    const QString base = m_document->fileName().isEmpty()
                             ? m_document->scenario()->name
                             : QFileInfo(m_document->fileName()).completeBaseName();
    QString file =
        QFileDialog::getSaveFileName(this, tr("Export Report"), base + QStringLiteral("-report.") + suffix,
                                     tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + suffix;
    setStatus(tr("Writing %1…").arg(QFileInfo(file).fileName()));
    QString error;
    if (!exportTo(file, &error)) {
        setStatus(tr("Not written"));
        QMessageBox::warning(this, tr("Export Report"),
                             tr("The report could not be written:\n%1").arg(error));
        return;
    }
    setStatus(tr("Written to %1").arg(QFileInfo(file).fileName()));
}

void exportReport(QWidget *parent, Document *document)
{
    if (!document || !document->scenario())
        return;
    ReportDialog dialog(document, parent);
    dialog.exec();
}

} // namespace ea
