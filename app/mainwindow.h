// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/welcomepanel.h"
#include "engine/plan/plansnapshot.h"

#include <QMainWindow>
#include <QStyle>

class QAction;
class QActionGroup;
class QToolBar;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace ea {

class Autosaver;
class BadDayDocks;
class ExchangeActions;
class JobStatus;
class PlanPage;
class TrialsPage;
class MonitorPage;
class WorkloadActions;

class Document;
class RecentFiles;
class ScenarioSummary;
class WorkloadTableModel;

/**
 * The application window: wires the document to the views, menus and status bar.
 *
 * The centre is a stack of modes (DESIGN.md, "The main window"); the Plan mode has the scenario summary
 * on the left and, on the right, a vertical splitter whose lower pane is the workload table (the map
 * and the planner board go above it).
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens the file given on the command line, or the built-in default scenario when empty. A file that
     * fails to load is reported (every problem) and the default scenario opens instead, so the window
     * still starts. False only when not even the default scenario loads.
     */
    bool openInitial(const QString &fileOrEmpty);
    /** Opens a file; on failure shows every problem and keeps the current document. */
    bool openFile(const QString &fileName);

    Document *document() const { return m_document; }
    PlanPage *planPage() const { return m_plan; }
    TrialsPage *trialsPage() const { return m_trials; }
    MonitorPage *monitorPage() const { return m_monitor; }
    /** Shows mode index (0 Plan, then in the order added). */
    void setMode(int index);
    int mode() const;
    WelcomePanel *welcomePanel() const { return m_welcome; }
    WorkloadActions *workloadActions() const { return m_workloadActions; }
    QAction *suggestAction() const { return m_suggestAction; }
    /** The What-If and Resilience docks (Plan menu). */
    BadDayDocks *badDay() const { return m_badDay; }
    WorkloadTableModel *workloadModel() const;
    QTableView *workloadView() const;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    QAction *addMode(QWidget *page, const QString &label, const char *themeIcon,
                     QStyle::StandardPixmap fallback, const QString &toolTip);

    bool tryOpen(const QString &fileName, const QString &consequence);
    void open();
    void openDefault();
    bool save();
    bool saveAs();
    bool maybeSave();
    void about();
    void suggestPlacement();
    void onWelcomeAction(WelcomePanel::Action action);
    void editTier();

    void onScenarioChanged();
    void onSnapshot(const PlanSnapshotPtr &snapshot);
    void onEvaluationFailed(const QString &message);
    void updateTitle();
    void showProblems(const QString &title, const QString &text, const QStringList &problems);

    Document *m_document = nullptr;
    PlanPage *m_plan = nullptr;
    TrialsPage *m_trials = nullptr;
    MonitorPage *m_monitor = nullptr;
    QStackedWidget *m_modes = nullptr;
    WelcomePanel *m_welcome = nullptr;
    QAction *m_monitorMode = nullptr, *m_trialsMode = nullptr;
    QToolBar *m_modeBar = nullptr;
    QActionGroup *m_modeGroup = nullptr;
    RecentFiles *m_recent = nullptr;
    QLabel *m_evaluationLabel = nullptr;
    JobStatus *m_jobStatus = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_editTierAction = nullptr;
    QAction *m_suggestAction = nullptr;
    BadDayDocks *m_badDay = nullptr;
    WorkloadActions *m_workloadActions = nullptr;
    Autosaver *m_autosaver = nullptr;
    ExchangeActions *m_exchange = nullptr;
};

} // namespace ea
