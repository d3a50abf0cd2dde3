// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/mapbinder.h"
#include "app/planpage.h"

#include "app/aboutdialog.h"
#include "app/autosave.h"
#include "app/baddaydocks.h"
#include "app/document.h"
#include "app/exchangeactions.h"
#include "app/jobrunner.h"
#include "app/jobstatus.h"
#include "app/language.h"
#include "app/monitor/calibrationflow.h"
#include "app/monitor/monitorpage.h"
#include "app/placementsuggestion.h"
#include "app/recentfiles.h"
#include "app/report/reportdialog.h"
#include "app/settings.h"
#include "app/settingsdialog.h"
#include "app/trials/trialspage.h"
#include "app/welcomepanel.h"
#include "app/workloadactions.h"
#include "engine/monitor/persistentmeasurementstore.h"
#include "widgets/map/mapwidget.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace ea {

namespace {
constexpr int kProblemsShown = 12;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_document(new Document(this))
{
    // The welcome panel (first run, Help → Welcome) above the modes.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    m_welcome = new WelcomePanel(centre);
    m_welcome->setVisible(false);
    centreLayout->addWidget(m_welcome);
    m_modes = new QStackedWidget(centre);
    centreLayout->addWidget(m_modes, 1);
    m_plan = new PlanPage(m_document);
    setCentralWidget(centre);
    // The mode bar, as in Qt Creator: one page per job over the same document (DESIGN.md).
    m_modeBar = new QToolBar(tr("Modes"), this);
    m_modeBar->setObjectName(QStringLiteral("modeBar"));
    m_modeBar->setMovable(false);
    m_modeBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_modeBar->setIconSize(QSize(28, 28));
    m_modeGroup = new QActionGroup(this);
    // On the leading edge: the right in a right-to-left language.
    addToolBar(isRightToLeft() ? Qt::RightToolBarArea : Qt::LeftToolBarArea, m_modeBar);
    addMode(m_plan, tr("Plan"), "view-statistics", QStyle::SP_FileDialogDetailedView,
            tr("Plan: the map, the planner board and the charts"));
    m_monitor = new MonitorPage(m_document);
    auto history = std::make_shared<PersistentMeasurementStore>(
        PersistentMeasurementStore::defaultPath(),
        Settings::instance()->integer(Settings::HistoryRetentionDays));
    if (!history->error().isEmpty())
        qWarning("probe history: %s (measurements are kept in memory only)", qPrintable(history->error()));
    m_monitor->setMeasurementStore(history);
    QAction *monitorMode =
        addMode(m_monitor, tr("Monitor"), "network-wireless", QStyle::SP_DriveNetIcon,
                tr("Monitor: live probes of the deployment against the model, with alarms"));
    // The Monitor's simulated deployment starts when the Monitor is first opened, so it has data at once.
    m_monitor->setSimulateOnFirstShow(true);
    m_monitorMode = monitorMode;
    QAction *calibrate = m_monitor->toolBar()->addAction(
        tr("&Calibrate Model…"), this, [this] { runCalibration(this, m_document, *m_monitor->session()); });
    calibrate->setToolTip(tr("Fit the network model to what was measured from this vantage point; shows the "
                             "error before and after, undoable"));
    m_trials = new TrialsPage(m_document);
    m_trialsMode = addMode(m_trials, tr("Trials"), "utilities-system-monitor", QStyle::SP_ComputerIcon,
                           tr("Trials: benchmark configurations A and B on this computer's CPU or GPU"));
    createActions();
    createStatusBar();
    setAcceptDrops(true);

    connect(m_document, &Document::scenarioChanged, this, &MainWindow::onScenarioChanged);
    connect(m_document, &Document::snapshotChanged, this, &MainWindow::onSnapshot);
    connect(m_document, &Document::evaluationFailed, this, &MainWindow::onEvaluationFailed);
    connect(m_document, &Document::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);

    Settings *appSettings = Settings::instance();
    m_autosaver = new Autosaver(m_document, appSettings->integer(Settings::AutosaveIntervalS) * 1000, this);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 8000);
    });
    appSettings->applyDisplay();
    const auto applyPalette = [this, appSettings] {
        m_plan->map()->setMapPalette(appSettings->string(Settings::Palette) == QLatin1String("dark")
                                         ? MapPaletteKind::Dark
                                         : MapPaletteKind::Light);
    };
    applyPalette();
    connect(m_plan->map(), &MapWidget::mapPaletteChanged, appSettings, [appSettings](MapPaletteKind kind) {
        appSettings->setValue(Settings::Palette, MapPalette::id(kind));
    });
    connect(appSettings, &Settings::changed, this, [this, applyPalette](const QString &key) {
        if (key == Settings::Palette)
            applyPalette();
        else if (key == Settings::AutosaveIntervalS)
            m_autosaver->setInterval(Settings::instance()->integer(Settings::AutosaveIntervalS) * 1000);
        else if (key == Settings::DistanceUnit || key == Settings::CurrencySymbol)
            m_plan->refreshDisplay();
    });

    connect(m_welcome, &WelcomePanel::actionRequested, this, &MainWindow::onWelcomeAction);
    m_welcome->setVisible(WelcomePanel::shouldShowAtStart());

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size().boundedTo(QSize(2000, 1200)) * 0.9);
    m_plan->restoreLayout(settings.value(QStringLiteral("mainWindow/planLayout")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow()
{
    // The views go before the document they show and its jobs (children go in the order they came).
    delete m_autosaver;
    delete takeCentralWidget();
}

QAction *MainWindow::addMode(QWidget *page, const QString &label, const char *themeIcon,
                             QStyle::StandardPixmap fallback, const QString &toolTip)
{
    m_modes->addWidget(page);
    QAction *action = m_modeBar->addAction(
        QIcon::fromTheme(QString::fromLatin1(themeIcon), style()->standardIcon(fallback)), label);
    action->setCheckable(true);
    action->setChecked(m_modes->count() == 1);
    const int number = m_modes->count();
    action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number)));
    action->setToolTip(tr("%1 (Ctrl+%2)").arg(toolTip).arg(number));
    action->setStatusTip(toolTip);
    m_modeGroup->addAction(action);
    connect(action, &QAction::triggered, this, [this, page] { m_modes->setCurrentWidget(page); });
    return action;
}

int MainWindow::mode() const
{
    return m_modes->currentIndex();
}

void MainWindow::setMode(int index)
{
    if (index < 0 || index >= m_modes->count())
        return;
    m_modes->setCurrentIndex(index);
    m_modeGroup->actions().at(index)->setChecked(true);
}

WorkloadTableModel *MainWindow::workloadModel() const
{
    return m_plan->model();
}

QTableView *MainWindow::workloadView() const
{
    return m_plan->table();
}

void MainWindow::createActions()
{
    const auto icon = [this](const char *theme, QStyle::StandardPixmap fallback) {
        return QIcon::fromTheme(QString::fromLatin1(theme), style()->standardIcon(fallback));
    };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *openAction = file->addAction(icon("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"),
                                          this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    openAction->setStatusTip(tr("Open a scenario file"));
    QAction *defaultAction = file->addAction(tr("Open &Default Scenario"), this, &MainWindow::openDefault);
    defaultAction->setStatusTip(tr("Open the built-in default world"));
    m_recent = new RecentFiles(file->addMenu(tr("Open &Recent")), this);
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &f) {
        if (maybeSave())
            openFile(f);
    });
    file->addSeparator();
    m_saveAction = file->addAction(icon("document-save", QStyle::SP_DialogSaveButton), tr("&Save"), this,
                                   &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the scenario with the current placement"));
    QAction *saveAsAction = file->addAction(tr("Save &As…"), this, &MainWindow::saveAs);
    saveAsAction->setShortcut(QKeySequence::SaveAs);
    saveAsAction->setStatusTip(tr("Save the scenario under a new name"));
    file->addSeparator();
    m_exchange = new ExchangeActions(m_document, this, this);
    m_exchange->fillImportMenu(file->addMenu(tr("&Import")));
    QMenu *exportMenu = file->addMenu(tr("&Export"));
    exportMenu->addAction(tr("&Map…"), this, [this] { m_plan->mapBinder()->exportMap(this); })
        ->setStatusTip(tr("Write the map as shown to a PNG, SVG or PDF file"));
    m_exchange->fillExportMenu(exportMenu);
    QAction *reportAction =
        file->addAction(tr("Export &Report…"), this, [this] { exportReport(this, m_document); });
    reportAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_R);
    reportAction->setStatusTip(tr("The planning report as PDF, HTML, CSV or JSON, with a preview"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(icon("edit-undo", QStyle::SP_ArrowBack));
    QAction *redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    redo->setIcon(icon("edit-redo", QStyle::SP_ArrowForward));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_editTierAction = edit->addAction(tr("Change &Tier…"), this, &MainWindow::editTier);
    m_editTierAction->setShortcut(Qt::CTRL | Qt::Key_T);
    m_editTierAction->setStatusTip(tr("Move the selected workload to another tier"));
    edit->addSeparator();
    m_workloadActions = new WorkloadActions(
        m_document, this, [this] { return m_plan->currentWorkload(); }, this);
    edit->addActions(m_workloadActions->actions());
    m_plan->setWorkloadActions(m_workloadActions->actions());
    connect(m_plan, &PlanPage::currentWorkloadChanged, m_workloadActions, &WorkloadActions::updateActions);
    connect(m_plan, &PlanPage::editWorkloadRequested, this, [this](int row) {
        m_plan->setCurrentWorkload(row);
        m_workloadActions->editWorkload();
    });
    connect(m_workloadActions, &WorkloadActions::workloadApplied, m_plan, &PlanPage::setCurrentWorkload);
    edit->addSeparator();
    QAction *preferences = edit->addAction(tr("&Preferences…"), this, [this] {
        const QString language = Settings::instance()->string(Settings::Language);
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted &&
            Settings::instance()->string(Settings::Language) != language)
            offerRestartInLanguage(this, m_document);
    });
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setStatusTip(tr("Units, currency label, language, palette, probe and autosave settings"));

    QMenu *plan = menuBar()->addMenu(tr("&Plan"));
    m_suggestAction = plan->addAction(icon("system-run", QStyle::SP_MediaPlay), tr("&Suggest Placement…"),
                                      this, &MainWindow::suggestPlacement);
    m_suggestAction->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_O);
    m_suggestAction->setStatusTip(tr("Find the cheapest placement that meets every SLO, and apply it"));
    m_suggestAction->setToolTip(tr("Suggest the cheapest placement that meets every SLO (Ctrl+Shift+O)"));
    m_badDay = new BadDayDocks(this, m_document, m_plan->map(), plan);

    m_plan->mapBinder()->fillViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *welcome = help->addAction(tr("&Welcome"), this, [this] { m_welcome->showPanel(); });
    welcome->setObjectName(QStringLiteral("welcomeAction"));
    welcome->setStatusTip(tr("What the default world is, what to try first and what is synthetic"));
    help->addSeparator();
    help->addAction(tr("&About EdgeAtlas"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);

    QToolBar *tools = addToolBar(tr("File"));
    tools->setObjectName(QStringLiteral("fileToolBar"));
    tools->setMovable(false);
    tools->addAction(openAction);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(undo);
    tools->addAction(redo);
    tools->addSeparator();
    tools->addAction(m_suggestAction);
}

void MainWindow::onWelcomeAction(WelcomePanel::Action action)
{
    switch (action) {
    case WelcomePanel::Action::SuggestPlacement:
        setMode(0);
        suggestPlacement();
        break;
    case WelcomePanel::Action::OpenMonitor:
        m_monitorMode->trigger();
        break;
    case WelcomePanel::Action::RunTrial:
        m_trialsMode->trigger();
        break;
    case WelcomePanel::Action::ExportReport:
        exportReport(this, m_document);
        break;
    }
}

void MainWindow::suggestPlacement()
{
    const PlanSnapshotPtr plan = m_document->snapshot();
    if (!plan || !plan->evaluator || plan->pending()) {
        statusBar()->showMessage(tr("The plan is still being evaluated; try again in a moment."), 4000);
        return;
    }
    PlacementSuggestion suggestion(m_document, this);
    if (suggestion.exec())
        statusBar()->showMessage(tr("Suggested placement applied; Ctrl+Z undoes it."), 5000);
}

void MainWindow::createStatusBar()
{
    // Every background task (trials, coverage, optimizer, report, …) with its progress and Cancel.
    m_jobStatus = new JobStatus(m_document->jobs(), this);
    m_evaluationLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_jobStatus);
    statusBar()->addPermanentWidget(m_evaluationLabel);
}

bool MainWindow::openInitial(const QString &fileOrEmpty)
{
    if (!fileOrEmpty.isEmpty() && tryOpen(fileOrEmpty, tr("The built-in default scenario opens instead.")))
        return true;
    QStringList problems;
    if (m_document->loadDefault(&problems))
        return true;
    showProblems(tr("Cannot Open the Default Scenario"),
                 tr("The built-in default scenario could not be loaded."), problems);
    return false;
}

bool MainWindow::openFile(const QString &fileName)
{
    return tryOpen(fileName, tr("The current scenario is unchanged."));
}

bool MainWindow::tryOpen(const QString &fileName, const QString &consequence)
{
    QStringList problems;
    if (!m_document->load(fileName, &problems)) {
        showProblems(tr("Cannot Open Scenario"),
                     tr("%1 could not be opened. %2").arg(QDir::toNativeSeparators(fileName), consequence),
                     problems);
        return false;
    }
    m_recent->add(m_document->fileName());
    statusBar()->showMessage(tr("Opened %1").arg(QDir::toNativeSeparators(m_document->fileName())), 5000);
    return true;
}

void MainWindow::open()
{
    if (!maybeSave())
        return;
    const QString dir = m_document->fileName().isEmpty()
                            ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                            : QFileInfo(m_document->fileName()).absolutePath();
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Scenario"), dir,
                                                          tr("EdgeAtlas scenarios (*.json);;All files (*)"));
    if (!fileName.isEmpty())
        openFile(fileName);
}

void MainWindow::openDefault()
{
    if (!maybeSave())
        return;
    QStringList problems;
    if (!m_document->loadDefault(&problems))
        showProblems(tr("Cannot Open the Default Scenario"),
                     tr("The built-in default scenario could not be loaded."), problems);
}

bool MainWindow::save()
{
    if (m_document->fileName().isEmpty())
        return saveAs();
    QString error;
    if (!m_document->save(&error)) {
        QMessageBox::critical(this, tr("Cannot Save Scenario"),
                              tr("%1 could not be saved; the file on disk is unchanged.\n\n%2")
                                  .arg(QDir::toNativeSeparators(m_document->fileName()), error));
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString suggestion = m_document->fileName();
    if (suggestion.isEmpty())
        suggestion =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(m_document->displayName().toLower().replace(QLatin1Char(' '), QLatin1Char('-')) +
                          QStringLiteral(".json"));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion,
                                                          tr("EdgeAtlas scenarios (*.json);;All files (*)"));
    if (fileName.isEmpty())
        return false;
    QString error;
    if (!m_document->saveAs(fileName, &error)) {
        QMessageBox::critical(
            this, tr("Cannot Save Scenario"),
            tr("%1 could not be saved.\n\n%2").arg(QDir::toNativeSeparators(fileName), error));
        return false;
    }
    m_recent->add(m_document->fileName());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->fileName())), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isDirty())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"), tr("%1 has unsaved changes. Save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::about()
{
    AboutDialog dialog(m_document->scenario().get(), this);
    dialog.exec();
}

void MainWindow::editTier()
{
    m_plan->editTier();
}

void MainWindow::onScenarioChanged()
{
    updateTitle();
}

void MainWindow::onSnapshot(const PlanSnapshotPtr &snapshot)
{
    if (snapshot->pending())
        m_evaluationLabel->setText(tr("Evaluating…"));
    else if (snapshot->outcome && !snapshot->alternatives)
        m_evaluationLabel->setText(
            tr("Evaluated in %1 ms").arg(QLocale().toString(m_document->lastEvaluationMs())));
}

void MainWindow::onEvaluationFailed(const QString &message)
{
    m_evaluationLabel->setText(tr("Evaluation failed"));
    QMessageBox::warning(this, tr("Evaluation Failed"),
                         tr("The plan could not be evaluated:\n\n%1").arg(message));
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("%1[*] — EdgeAtlas").arg(m_document->displayName()));
    setWindowModified(m_document->isDirty());
    setWindowFilePath(m_document->fileName());
}

void MainWindow::showProblems(const QString &title, const QString &text, const QStringList &problems)
{
    QMessageBox box(QMessageBox::Critical, title, text, QMessageBox::Ok, this);
    QStringList shown = problems.mid(0, kProblemsShown);
    if (problems.size() > kProblemsShown)
        shown << tr("… and %n more (see Show Details)", nullptr, int(problems.size() - kProblemsShown));
    box.setInformativeText(shown.join(QLatin1Char('\n')));
    box.setDetailedText(problems.join(QLatin1Char('\n')));
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/planLayout"), m_plan->saveLayout());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    if (maybeSave())
        openFile(urls.first().toLocalFile());
}

} // namespace ea
