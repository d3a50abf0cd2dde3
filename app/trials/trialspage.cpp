// SPDX-License-Identifier: GPL-3.0-or-later
// The Trials mode: construction, running, export and "Use as compute profile". The display of a run's
// outcome is in trialspageview.cpp.
#include "app/trials/trialspage.h"

#include "app/document.h"
#include "app/trials/profiledialog.h"
#include "app/trials/trialconfigform.h"
#include "app/trials/trialsresultsmodel.h"
#include "app/trials/trialsrunner.h"
#include "widgets/trials/trialboxchart.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <utility>

namespace ea {

TrialsPage::TrialsPage(Document *document, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_document(document),
      m_runner(new TrialsRunner(document->jobs(), this))
{
    setObjectName(QStringLiteral("trialsPage"));
    addWidget(createSetup());
    addWidget(createResults());
    setStretchFactor(0, 0);
    setStretchFactor(1, 1);
    setChildrenCollapsible(false);

    connect(m_runner, &TrialsRunner::progress, this, &TrialsPage::onProgress);
    connect(m_runner, &TrialsRunner::partial, this, &TrialsPage::onPartial);
    connect(m_runner, &TrialsRunner::finished, this, &TrialsPage::onFinished);
    connect(m_runner, &TrialsRunner::backendsProbed, this, &TrialsPage::onBackends);
    // The GPU and model catalogues come with the content (another scenario, an edit).
    connect(m_document, &Document::snapshotChanged, this,
            [this, content = quint64(0)](const PlanSnapshotPtr &snapshot) mutable {
                if (snapshot->contentGeneration != std::exchange(content, snapshot->contentGeneration))
                    onScenario();
            });
    connect(m_formA, &TrialConfigForm::changed, this, &TrialsPage::updateButtons);
    connect(m_formB, &TrialConfigForm::changed, this, &TrialsPage::updateButtons);
    onScenario();
    // A fresh page compares batch 1 against batch 8 of the smallest model: memory-bound on any device.
    m_formB->setBatch(8);
    m_runner->probeBackends();
    showOutcome();
}

TrialsPage::~TrialsPage() = default;

QWidget *TrialsPage::createSetup()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_devices = new QLabel(tr("Looking for devices…"));
    m_devices->setAccessibleName(tr("Devices"));
    m_devices->setWordWrap(true);
    m_devices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_formA = new TrialConfigForm(tr("Configuration &A"));
    m_formB = new TrialConfigForm(tr("Configuration &B"));
    auto *sides = new QHBoxLayout;
    sides->addWidget(m_formA);
    sides->addWidget(m_formB);
    m_settings = new TrialSettingsForm;

    m_run = new QPushButton(tr("&Run A/B"));
    m_run->setToolTip(tr("Measure the ceilings, A and B, the A/A control, then A and B interleaved"));
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop at the next sample or round; what was measured stays"));
    m_cancel->setEnabled(false);
    connect(m_run, &QPushButton::clicked, this, &TrialsPage::run);
    connect(m_cancel, &QPushButton::clicked, this, &TrialsPage::cancel);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    m_progress = new QProgressBar;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Progress of the run"));
    m_step = new QLabel(tr("Not run yet"));
    m_step->setWordWrap(true);

    layout->addWidget(m_devices);
    layout->addLayout(sides);
    layout->addWidget(m_settings);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_step);
    layout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(panel->sizeHint().width() + 20);
    return scroll;
}

QWidget *TrialsPage::createResults()
{
    auto *panel = new QWidget;
    auto *layout = new QVBoxLayout(panel);
    m_verdict = new QLabel;
    m_verdict->setAccessibleName(tr("Verdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_ceilings = new QLabel;
    m_ceilings->setAccessibleName(tr("Measured ceilings"));
    m_ceilings->setWordWrap(true);
    m_ceilings->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_results = new TrialResultsModel(this);
    m_pairs = new TrialPairsModel(this);
    const auto table = [](QAbstractItemModel *model, const QString &name, const QString &tip) {
        auto *view = new QTableView;
        view->setModel(model);
        view->setAccessibleName(name);
        view->setAccessibleDescription(tip);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setAlternatingRowColors(true);
        view->setWordWrap(false);
        view->verticalHeader()->hide();
        view->setToolTip(tip);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
        return view;
    };
    m_resultsView = table(m_results, tr("Trial results"),
                          tr("Each configuration on its own: median, p10 and p90 of the step time "
                             "over its samples, and what that achieves"));
    m_resultsView->horizontalHeader()->setSectionResizeMode(TrialResultsModel::Trial, QHeaderView::Stretch);
    m_pairsView = table(m_pairs, tr("A/A control and A/B pair"),
                        tr("Side by side: one ratio B/A per round of interleaved runs"));
    m_pairsView->horizontalHeader()->setSectionResizeMode(TrialPairsModel::Verdict, QHeaderView::Stretch);

    m_latencyChart = new TrialBoxChart(tr("Latency per token"),
                                       //: Unit of a chart: milliseconds
                                       tr("ms"));
    m_throughputChart = new TrialBoxChart(tr("Throughput"),
                                          //: Unit of a chart: tokens per second
                                          tr("tokens/s"));
    m_rooflineChart = new TrialBoxChart(tr("Share of roofline"),
                                        //: Unit of a chart: percent
                                        tr("%"));
    auto *charts = new QHBoxLayout;
    for (TrialBoxChart *c : {m_latencyChart, m_throughputChart, m_rooflineChart})
        charts->addWidget(c);

    m_export = new QPushButton(tr("&Export…"));
    m_export->setToolTip(tr("Save the results with their provenance as JSON, markdown or CSV"));
    m_useProfile = new QPushButton(tr("&Use as Compute Profile…"));
    m_useProfile->setToolTip(tr("Make these measurements the compute profile of a GPU type of the scenario; "
                                "the plan then uses them instead of the roofline (undoable)"));
    connect(m_export, &QPushButton::clicked, this, &TrialsPage::exportDialog);
    connect(m_useProfile, &QPushButton::clicked, this, &TrialsPage::useAsProfileDialog);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_export);
    actions->addWidget(m_useProfile);
    actions->addStretch();

    m_profiles = new QTableWidget(0, 7);
    m_profiles->setHorizontalHeaderLabels({tr("GPU type"), tr("Model"), tr("Precision"), tr("Step B=1 ms"),
                                           tr("+ms/seq"), tr("Prefill tok/s"), tr("Source")});
    m_profiles->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_profiles->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_profiles->setSelectionMode(QAbstractItemView::SingleSelection);
    m_profiles->verticalHeader()->hide();
    m_profiles->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_profiles->horizontalHeader()->setStretchLastSection(true);
    m_profiles->setToolTip(
        tr("Measured compute profiles of the scenario: the planner uses them instead of the "
           "roofline for that GPU type, model and precision"));
    m_profiles->setAccessibleName(tr("Compute profiles in the scenario"));
    m_profiles->setAccessibleDescription(m_profiles->toolTip());
    m_removeProfile = new QPushButton(tr("Remo&ve Profile"));
    m_removeProfile->setToolTip(tr("The planner goes back to the roofline for it (undoable)"));
    connect(m_removeProfile, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_profiles->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            removeProfile(rows.first().row());
    });
    connect(m_profiles->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TrialsPage::updateButtons);

    layout->addWidget(m_verdict);
    layout->addWidget(m_ceilings);
    layout->addWidget(m_resultsView, 2);
    layout->addWidget(m_pairsView, 1);
    layout->addLayout(charts, 3);
    layout->addLayout(actions);
    auto *profilesTitle = new QLabel(tr("<b>Compute profiles in the scenario</b>"));
    layout->addWidget(profilesTitle);
    layout->addWidget(m_profiles, 1);
    auto *profileButtons = new QHBoxLayout;
    profileButtons->addWidget(m_removeProfile);
    profileButtons->addStretch();
    layout->addLayout(profileButtons);
    return panel;
}

QList<TrialBoxChart *> TrialsPage::charts() const
{
    return {m_latencyChart, m_throughputChart, m_rooflineChart};
}

bool TrialsPage::isRunning() const
{
    return m_runner->isBusy();
}

TrialsRequest TrialsPage::request() const
{
    TrialsRequest r;
    r.a = m_formA->config();
    r.b = m_formB->config();
    r.settings = m_settings->settings();
    return r;
}

bool TrialsPage::run()
{
    if (isRunning() || !m_formA->hasModel() || !m_formB->hasModel())
        return false;
    const TrialsRequest r = request();
    if (!m_runner->start(r))
        return false;
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_step->setText(tr("Starting…"));
    updateButtons();
    emit runningChanged(true);
    return true;
}

void TrialsPage::cancel()
{
    if (!isRunning())
        return;
    m_runner->cancel();
    m_step->setText(tr("Cancelling…"));
    m_cancel->setEnabled(false);
}

void TrialsPage::onProgress(int step, int total, const QString &text)
{
    m_progress->setRange(0, total);
    m_progress->setValue(step);
    //: Progress bar: step %1 of %2 steps
    m_progress->setFormat(tr("%1 of %2").arg(step + 1).arg(total));
    m_step->setText(text);
    emit progressChanged(step, total, text);
}

void TrialsPage::onPartial(TrialsOutcomePtr outcome)
{
    // Each configuration's row and box as soon as it is measured; the verdict once the A/B rounds end.
    m_outcome = std::move(outcome);
    showOutcome();
    updateButtons();
}

void TrialsPage::onFinished(TrialsOutcomePtr outcome)
{
    m_outcome = std::move(outcome);
    m_progress->setValue(m_progress->maximum());
    m_progress->setFormat(m_outcome->cancelled ? tr("Cancelled") : tr("Done"));
    m_step->setText(!m_outcome->error.isEmpty() ? tr("Failed: %1").arg(m_outcome->error)
                    : m_outcome->cancelled      ? tr("Cancelled; the results show what was measured")
                                                : tr("Finished"));
    showOutcome();
    updateButtons();
    emit runningChanged(false);
    emit outcomeChanged(m_outcome);
}

void TrialsPage::onBackends()
{
    const BackendAvailability &a = m_runner->availability();
    m_devices->setText(tr("<b>CPU</b>: %1<br><b>CUDA</b>: %2")
                           .arg(a.cpu.toHtmlEscaped(),
                                a.cudaAvailable ? a.cuda.toHtmlEscaped()
                                                : tr("not available — %1").arg(a.cuda.toHtmlEscaped())));
    m_settings->setCudaAvailable(a.cudaAvailable, a.cuda);
}

void TrialsPage::onScenario()
{
    const auto s = m_document->scenario();
    if (s) {
        m_formA->setModels(s->models);
        m_formB->setModels(s->models);
    }
    updateProfiles();
    updateButtons();
}

bool TrialsPage::exportResults(const QString &fileName, QString *error) const
{
    if (!m_outcome || (m_outcome->report.results.empty() && m_outcome->report.pairs.empty())) {
        *error = tr("there are no results to export");
        return false;
    }
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    const trials::Report &r = m_outcome->report;
    const std::string text = suffix == QLatin1String("json")  ? trials::toJson(r)
                             : suffix == QLatin1String("csv") ? trials::toCsv(r)
                             : suffix == QLatin1String("md")  ? trials::toMarkdown(r)
                                                              : std::string();
    if (text.empty()) {
        *error = tr("%1: unknown format (use .json, .md or .csv)").arg(fileName);
        return false;
    }
    std::string why;
    if (!trials::writeFileAtomically(fileName.toStdString(), text, &why)) {
        *error = QString::fromStdString(why);
        return false;
    }
    return true;
}

void TrialsPage::exportDialog()
{
    QString filter;
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export Trial Results"), QStringLiteral("trials.json"),
                                     tr("JSON (*.json);;Markdown (*.md);;CSV (*.csv)"), &filter);
    if (file.isEmpty())
        return;
    QString error;
    if (!exportResults(file, &error))
        QMessageBox::warning(this, tr("Export Trial Results"), error);
}

bool TrialsPage::useAsComputeProfile(const QString &gpuId, const QString &modelId,
                                     trials::Precision precision, QString *error)
{
    const auto s = m_document->scenario();
    if (!m_outcome || !s) {
        *error = tr("there are no results");
        return false;
    }
    if (s->gpuIndex(gpuId) < 0 || s->modelIndex(modelId) < 0) {
        *error = tr("the scenario has no GPU type \"%1\" or no model \"%2\"").arg(gpuId, modelId);
        return false;
    }
    const ProfileDerivation d = deriveProfile(m_outcome->report.results, modelId, precision);
    if (!d.usable()) {
        *error = tr("no successful decode or prefill trial of %1 in %2")
                     .arg(modelId, QString::fromLatin1(trials::precisionName(precision)));
        return false;
    }
    MeasuredProfile m;
    m.gpu = gpuId;
    m.model = modelId;
    m.precision = fromTrialsPrecision(precision);
    m.profile = d.profile;
    m.source = profileSource(m_outcome->report.provenance);
    m.asOf = profileAsOf(m_outcome->report.provenance);
    const QString gpuName = s->gpus[static_cast<size_t>(s->gpuIndex(gpuId))].name;
    QStringList errors;
    if (!m_document->applyEdit(withMeasuredProfile(*s, m), tr("Use measured profile for %1").arg(gpuName),
                               &errors)) {
        *error = errors.join(QLatin1Char('\n'));
        return false;
    }
    return true;
}

void TrialsPage::useAsProfileDialog()
{
    const auto s = m_document->scenario();
    if (!m_outcome || !s)
        return;
    ProfileDialog dialog(*s, m_outcome, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!useAsComputeProfile(dialog.gpuId(), dialog.modelId(), dialog.precision(), &error))
        QMessageBox::warning(this, tr("Use as Compute Profile"), error);
}

bool TrialsPage::removeProfile(int index)
{
    const auto s = m_document->scenario();
    if (!s || index < 0 || index >= static_cast<int>(s->computeProfiles.size()))
        return false;
    Scenario next = *s;
    const MeasuredProfile removed = next.computeProfiles[static_cast<size_t>(index)];
    next.computeProfiles.erase(next.computeProfiles.begin() + index);
    const int g = s->gpuIndex(removed.gpu);
    return m_document->applyEdit(std::move(next),
                                 tr("Remove measured profile for %1")
                                     .arg(g >= 0 ? s->gpus[static_cast<size_t>(g)].name : removed.gpu));
}

} // namespace ea
