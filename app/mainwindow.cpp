// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mainwindow.h"

#include "app/planmapbinder.h"
#include "widgets/map/maplayerpanel.h"
#include "widgets/map/mapwidget.h"

#include "app/aboutdialog.h"
#include "app/document.h"
#include "app/recentfiles.h"
#include "widgets/planner/scenariosummary.h"
#include "widgets/planner/tierdelegate.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
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

namespace ea {

namespace {
const char *const kFileFilter =
    QT_TRANSLATE_NOOP("ea::MainWindow", "EdgeAtlas scenarios (*.json);;All files (*)");
constexpr int kProblemsShown = 12;
constexpr int kMinSectionWidth = 60;
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_document(new Document(this))
{
    m_model = new WorkloadTableModel(this);
    m_modes = new QStackedWidget(this);
    m_modes->addWidget(createPlanPage());
    setCentralWidget(m_modes);
    createActions();
    createStatusBar();
    setAcceptDrops(true);

    connect(m_document, &Document::scenarioChanged, this, &MainWindow::onScenarioChanged);
    connect(m_document, &Document::placementChanged, this,
            [this] { m_model->setPlacement(m_document->placement()); });
    connect(m_document, &Document::evaluationStarted, this, &MainWindow::onEvaluationStarted);
    connect(m_document, &Document::evaluated, this, &MainWindow::onEvaluated);
    connect(m_document, &Document::evaluationFailed, this, &MainWindow::onEvaluationFailed);
    connect(m_document, &Document::dirtyChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::fileNameChanged, this, &MainWindow::updateTitle);
    connect(m_model, &WorkloadTableModel::tierChangeRequested, m_document, &Document::setTier);

    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(screen()->availableGeometry().size().boundedTo(QSize(2000, 1200)) * 0.9);
    m_sideSplitter->restoreState(settings.value(QStringLiteral("mainWindow/sideSplitter")).toByteArray());
    updateTitle();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createPlanPage()
{
    m_summary = new ScenarioSummary;
    m_summary->setMinimumWidth(220);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorkloadTableModel::RawValueRole);
    m_table = new QTableView;
    m_table->setModel(m_proxy);
    m_table->setItemDelegateForColumn(WorkloadTableModel::TierColumn, new TierDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::SelectedClicked);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Names and status texts (issues) vary most: they share the width left by the numbers, elided, with
    // the whole text in their tool-tips.
    m_table->horizontalHeader()->setSectionResizeMode(WorkloadTableModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(WorkloadTableModel::StatusColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(kMinSectionWidth);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder); // scenario order until a click
    m_table->setSortingEnabled(true);
    m_table->setToolTip(
        tr("Workloads of the scenario. Double-click a tier or press F2 on it to move the workload."));

    // The map above the workloads; the planner board joins them in the issue that follows.
    m_map = new MapWidget;
    m_map->setMinimumHeight(240);
    m_planSplitter = new QSplitter(Qt::Vertical);
    m_planSplitter->addWidget(m_map);
    m_planSplitter->addWidget(m_table);
    m_planSplitter->setStretchFactor(0, 1);
    m_planSplitter->setStretchFactor(1, 0);
    m_planSplitter->setSizes({600, 300}); // room for every workload of a typical taxonomy
    m_layerPanel = new MapLayerPanel;
    m_layerPanel->setMap(m_map);
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_summary);
    left->addWidget(m_layerPanel);
    m_sideSplitter = new QSplitter(Qt::Horizontal);
    m_sideSplitter->addWidget(left);
    m_sideSplitter->addWidget(m_planSplitter);
    m_mapBinder = new PlanMapBinder(m_document, m_map, m_table->selectionModel(), m_proxy, this);
    m_sideSplitter->setStretchFactor(1, 1);
    m_sideSplitter->setSizes({250, 1200});
    return m_sideSplitter;
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
    file->addAction(tr("&Export Map…"), this, [this] { m_mapBinder->exportMap(this); })
        ->setStatusTip(tr("Write the map as shown to a PNG, SVG or PDF file"));
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

    m_mapBinder->fillViewMenu(menuBar()->addMenu(tr("&View")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
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
}

void MainWindow::createStatusBar()
{
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0); // busy: one evaluation takes well under a second to a few seconds
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_evaluationLabel = new QLabel(this);
    statusBar()->addPermanentWidget(m_progress);
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
    const QString fileName = QFileDialog::getOpenFileName(this, tr("Open Scenario"), dir, tr(kFileFilter));
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
    const QString fileName =
        QFileDialog::getSaveFileName(this, tr("Save Scenario As"), suggestion, tr(kFileFilter));
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
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    if (!current.isValid())
        return;
    const QModelIndex tier = m_proxy->index(current.row(), WorkloadTableModel::TierColumn);
    m_table->setCurrentIndex(tier);
    m_table->edit(tier);
}

void MainWindow::onScenarioChanged()
{
    m_model->setScenario(m_document->scenario());
    m_summary->setScenario(m_document->scenario());
    m_columnsFitted = false;
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    m_table->setFocus();
    updateTitle();
}

void MainWindow::onEvaluationStarted()
{
    m_model->setPending(true);
    m_summary->setPending(true);
    m_progress->show();
    m_evaluationLabel->setText(tr("Evaluating…"));
}

void MainWindow::onEvaluated(PlanOutcomePtr outcome)
{
    m_model->setOutcome(outcome);
    m_summary->setOutcome(outcome);
    m_summary->setPending(false);
    m_progress->hide();
    m_evaluationLabel->setText(tr("Evaluated in %1 ms").arg(m_document->lastEvaluationMs()));
    if (!m_columnsFitted)
        fitColumns();
}

void MainWindow::onEvaluationFailed(const QString &message)
{
    m_model->setPending(false);
    m_summary->setPending(false);
    m_progress->hide();
    m_evaluationLabel->setText(tr("Evaluation failed"));
    QMessageBox::warning(this, tr("Evaluation Failed"),
                         tr("The plan could not be evaluated:\n\n%1").arg(message));
}

void MainWindow::fitColumns()
{
    m_columnsFitted = true;
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        if (header->sectionResizeMode(c) == QHeaderView::Interactive)
            m_table->resizeColumnToContents(c);
    // Room for the longest tier name in the combo box.
    header->resizeSection(WorkloadTableModel::TierColumn,
                          header->sectionSize(WorkloadTableModel::TierColumn) + 24);
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
    settings.setValue(QStringLiteral("mainWindow/sideSplitter"), m_sideSplitter->saveState());
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
