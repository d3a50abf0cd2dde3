// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/plansnapshot.h"

#include <QSplitter>

#include <memory>

class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace ea {

class Document;
class MapBinder;
class MapLayerPanel;
class MapWidget;
class PlannerCharts;
class PlannerBoard;
class ScenarioSummary;
class TimelineBar;
class WorkloadTableModel;

/**
 * The Plan mode (DESIGN.md, "The main window"): the scenario summary and map layers on the left, the
 * map in the centre with the planner board (and the workload table beside it, as a tab) below, the
 * charts on the right. Hands every view the document's plan snapshot and keeps them on the document's
 * shared selection (board, table, map and charts show one current workload). Owns its views; menus stay
 * with the main window.
 */
class PlanPage : public QSplitter
{
    Q_OBJECT
public:
    explicit PlanPage(Document *document, QWidget *parent = nullptr);
    ~PlanPage() override;

    WorkloadTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    PlannerBoard *board() const { return m_board; }
    PlannerCharts *charts() const { return m_charts; }
    MapWidget *map() const { return m_map; }
    /** The 24-hour timeline over the map. */
    TimelineBar *timeline() const { return m_timeline; }
    MapBinder *mapBinder() const { return m_mapBinder; }
    QTabWidget *workloadTabs() const { return m_tabs; }
    /** The chart views, for repaint timing and screenshots. */
    QList<QWidget *> chartWidgets() const;

    /** The workload picked on the board, in the table, on the map or in the charts; -1 when none. */
    int currentWorkload() const;
    void setCurrentWorkload(int row);
    /** Opens the tier editor of the current workload in the table. */
    void editTier();
    /** Actions offered in the board's card menu and the table's context menu. */
    void setWorkloadActions(const QList<QAction *> &actions);

    /** Redisplays every number after a display setting (units, currency label) changed. */
    void refreshDisplay();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);
    /**
     * Gives the board (below the map) the height its tallest column needs, at most MaxBoardShare of the
     * centre, until the user moves the splitter between them. Done when the content or the size changes.
     */
    void fitBoard();
    static constexpr double MaxBoardShare = 0.55;

signals:
    void currentWorkloadChanged(int row);
    void editWorkloadRequested(int row);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleFitBoard();
    void onScenarioChanged();
    void onSnapshot(const PlanSnapshotPtr &snapshot);
    void showCurrentWorkload(int row);
    void fitColumns();
    void createTable();

    Document *m_document;
    WorkloadTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_table = nullptr;
    PlannerBoard *m_board = nullptr;
    PlannerCharts *m_charts = nullptr;
    QTabWidget *m_tabs = nullptr;
    ScenarioSummary *m_summary = nullptr;
    MapWidget *m_map = nullptr;
    TimelineBar *m_timeline = nullptr;
    MapLayerPanel *m_layerPanel = nullptr;
    MapBinder *m_mapBinder = nullptr;
    QSplitter *m_centre = nullptr;
    bool m_columnsFitted = false;
    bool m_pickFirst = true; // another scenario was opened: pick its first workload
    bool m_syncing = false;
    bool m_boardUserSized = false; // the user moved the splitter between the map and the board
    bool m_fitBoardPending = false;
};

} // namespace ea
