// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/alternatives.h"
#include "engine/plan/evaluation.h"

#include <QSplitter>

#include <memory>

class QMenu;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTimer;

namespace ea {

class AlternativesRunner;
class Document;
class MapLayerPanel;
class MapWidget;
class PlanMapBinder;
class PlannerCharts;
class PlannerBoard;
class ScenarioSummary;
class WorkloadTableModel;

/**
 * The Plan mode (DESIGN.md, "The main window"): the scenario summary and map layers on the left, the
 * map in the centre with the planner board (and the workload table beside it, as a tab) below, the
 * charts on the right. Keeps every view in step with the document and one current workload across
 * board, table, map and charts. Owns its views; menus stay with the main window.
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
    PlanMapBinder *mapBinder() const { return m_mapBinder; }
    QTabWidget *workloadTabs() const { return m_tabs; }
    AlternativesRunner *alternativesRunner() const { return m_alternatives; }
    std::shared_ptr<const PlanAlternatives> alternatives() const { return m_lastAlternatives; }
    /** The chart views, for repaint timing and screenshots. */
    QList<QWidget *> chartWidgets() const;

    /** Row of the workload picked on the board, in the table, on the map or in the charts; -1 when none. */
    int currentWorkload() const { return m_current; }
    void setCurrentWorkload(int row);
    /** Opens the tier editor of the current workload in the table. */
    void editTier();
    /** Actions offered in the board's card menu and the table's context menu. */
    void setWorkloadActions(const QList<QAction *> &actions);

    /** Redisplays every number after a display setting (units, currency label) changed. */
    void refreshDisplay();

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

signals:
    void currentWorkloadChanged(int row);
    void editWorkloadRequested(int row);

private:
    void onScenarioChanged();
    void onContentChanged();
    void onEvaluationStarted();
    void onEvaluated(PlanOutcomePtr outcome);
    void onEvaluationFailed();
    void onAlternatives(std::shared_ptr<const PlanAlternatives> alternatives, PlanOutcomePtr plan);
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
    MapLayerPanel *m_layerPanel = nullptr;
    PlanMapBinder *m_mapBinder = nullptr;
    QSplitter *m_centre = nullptr;
    AlternativesRunner *m_alternatives = nullptr;
    QTimer *m_alternativesDelay = nullptr;
    std::shared_ptr<const PlanAlternatives> m_lastAlternatives;
    int m_current = -1;
    bool m_columnsFitted = false;
    bool m_syncing = false;
};

} // namespace ea
