// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/planpage.h"

#include "app/document.h"
#include "app/mapbinder.h"
#include "app/planselection.h"
#include "app/timelinebar.h"
#include "widgets/charts/plannercharts.h"
#include "widgets/map/maplayerpanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/planner/plannerboard.h"
#include "widgets/planner/scenariosummary.h"
#include "widgets/planner/tierdelegate.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QHeaderView>
#include <QScrollArea>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace ea {

namespace {
constexpr int kMinSectionWidth = 60;
} // namespace

PlanPage::PlanPage(Document *document, QWidget *parent)
    : QSplitter(Qt::Horizontal, parent), m_document(document)
{
    setObjectName(QStringLiteral("planPage"));
    m_model = new WorkloadTableModel(this);
    m_summary = new ScenarioSummary;
    createTable();

    m_board = new PlannerBoard;
    m_board->setModel(m_model);
    m_board->setMinimumHeight(140);
    m_tabs = new QTabWidget;
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_board, tr("&Board"));
    m_tabs->addTab(m_table, tr("&Table"));
    m_tabs->setTabToolTip(0, tr("Workloads as cards in their tiers: drag a card to move a workload"));
    m_tabs->setTabToolTip(1, tr("Every workload's numbers in a sortable table"));

    m_map = new MapWidget;
    m_map->setMinimumHeight(200);
    m_centre = new QSplitter(Qt::Vertical);
    m_timeline = new TimelineBar(m_document, m_map);
    // The board follows the timeline: each card gets the shown hour's attainment and busiest site.
    const auto showHourOnBoard = [this] {
        const PlanDayPtr day = m_timeline->day();
        const int hour = m_timeline->hour();
        m_board->setHour(day && hour >= 0 && size_t(hour) < day->hours.size() ? day->hours[size_t(hour)]
                                                                              : PlanHourPtr());
    };
    connect(m_timeline, &TimelineBar::hourChanged, this, showHourOnBoard);
    connect(m_timeline, &TimelineBar::dayReady, this, showHourOnBoard);
    auto *mapColumn = new QWidget;
    auto *mapLayout = new QVBoxLayout(mapColumn);
    mapLayout->setContentsMargins(0, 0, 0, 0);
    mapLayout->setSpacing(0);
    mapLayout->addWidget(m_timeline);
    mapLayout->addWidget(m_map, 1);
    m_centre->addWidget(mapColumn);
    m_centre->addWidget(m_tabs);
    m_centre->setStretchFactor(0, 1);
    m_centre->setStretchFactor(1, 0);
    m_centre->setSizes({560, 330});
    connect(m_centre, &QSplitter::splitterMoved, this, [this] { m_boardUserSized = true; });

    m_layerPanel = new MapLayerPanel;
    m_layerPanel->setMap(m_map);
    // One column (a layout, not a splitter, so the summary's wrapped description gets the height it needs
    // at the column's width).
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_summary);
    leftLayout->addWidget(m_layerPanel, 1);
    // On a short screen (1366 × 768, with the welcome panel) the summary and the layers scroll rather than
    // squeeze their rows onto each other.
    auto *leftScroll = new QScrollArea;
    leftScroll->setObjectName(QStringLiteral("planSidebar"));
    leftScroll->setWidget(left);
    leftScroll->setWidgetResizable(true);
    leftScroll->setFrameShape(QFrame::NoFrame);
    leftScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    leftScroll->setMinimumWidth(left->minimumSizeHint().width() +
                                leftScroll->verticalScrollBar()->sizeHint().width());
    m_charts = new PlannerCharts;
    m_charts->setMinimumWidth(320);
    addWidget(leftScroll);
    addWidget(m_centre);
    addWidget(m_charts);
    setStretchFactor(1, 1);
    // The summary as wide as its longest label needs (French and Arabic labels are longer than English).
    const int leftWidth = std::max(m_summary->sizeHint().width(), m_layerPanel->sizeHint().width());
    setSizes({std::clamp(leftWidth + 8, 250, 400), 1100, 520});

    m_mapBinder =
        new MapBinder(m_document, m_map, MapBinder::Workload | MapBinder::Region | MapBinder::Nodes, m_map);
    PlanSelection *selection = m_document->selection();
    connect(m_document, &Document::scenarioChanged, this, &PlanPage::onScenarioChanged);
    connect(m_document, &Document::snapshotChanged, this, &PlanPage::onSnapshot);
    connect(m_model, &WorkloadTableModel::tierChangeRequested, m_document, &Document::setTier);
    connect(selection, &PlanSelection::workloadChanged, this, &PlanPage::showCurrentWorkload);

    // Every view that picks a workload picks it in the one selection; the selection shows it everywhere.
    connect(m_board, &PlannerBoard::currentWorkloadChanged, selection, &PlanSelection::setWorkload);
    connect(m_board, &PlannerBoard::editRequested, this, &PlanPage::editWorkloadRequested);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        // The tier cell opens its own chooser; any other cell opens the workload editor.
        if (index.isValid() && index.column() != WorkloadTableModel::TierColumn)
            emit editWorkloadRequested(m_proxy->mapToSource(index).row());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (!m_syncing)
                    setCurrentWorkload(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    connect(m_map, &MapWidget::mapPaletteChanged, m_board, &PlannerBoard::setPalette);
    connect(m_map, &MapWidget::mapPaletteChanged, m_charts,
            [this](MapPaletteKind kind) { m_charts->setDark(kind == MapPaletteKind::Dark); });
    connect(m_charts, &PlannerCharts::workloadActivated, selection, &PlanSelection::setWorkload);
    connect(m_charts, &PlannerCharts::alternativeActivated, this,
            [selection](int workload, Tier) { selection->setWorkload(workload); });
    if (const PlanSnapshotPtr snapshot = m_document->snapshot()) {
        onSnapshot(snapshot);
        showCurrentWorkload(selection->workload());
    }
}

PlanPage::~PlanPage() = default;

void PlanPage::createTable()
{
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
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->setToolTip(
        tr("Workloads of the scenario. Double-click a tier or press F2 on it to move the workload."));
}

void PlanPage::setWorkloadActions(const QList<QAction *> &actions)
{
    m_board->setCardActions(actions);
    m_table->addActions(actions);
}

int PlanPage::currentWorkload() const
{
    return m_document->selection()->workload();
}

void PlanPage::setCurrentWorkload(int row)
{
    m_document->selection()->setWorkload(row);
}

void PlanPage::showCurrentWorkload(int row)
{
    m_syncing = true;
    m_board->setCurrentWorkload(row);
    m_charts->setSelectedWorkload(row);
    const QModelIndex proxyRow = row >= 0 ? m_proxy->mapFromSource(m_model->index(row, 0)) : QModelIndex();
    if (m_table->selectionModel()->currentIndex().row() != proxyRow.row() || !proxyRow.isValid()) {
        if (proxyRow.isValid())
            m_table->selectionModel()->setCurrentIndex(proxyRow, QItemSelectionModel::ClearAndSelect |
                                                                     QItemSelectionModel::Rows);
        else
            m_table->selectionModel()->clear();
    }
    m_syncing = false;
    emit currentWorkloadChanged(row);
}

void PlanPage::editTier()
{
    QModelIndex current = m_table->currentIndex();
    if (!current.isValid() && m_proxy->rowCount() > 0)
        current = m_proxy->index(0, 0);
    if (!current.isValid())
        return;
    m_tabs->setCurrentWidget(m_table);
    const QModelIndex tier = m_proxy->index(current.row(), WorkloadTableModel::TierColumn);
    m_table->setCurrentIndex(tier);
    m_table->edit(tier);
}

void PlanPage::onScenarioChanged()
{
    m_boardUserSized = false;
    // Another scenario: its first workload is the current one once its snapshot is shown.
    m_columnsFitted = false;
    m_pickFirst = true;
}

void PlanPage::onSnapshot(const PlanSnapshotPtr &snapshot)
{
    const bool content =
        !m_model->snapshot() || m_model->snapshot()->contentGeneration != snapshot->contentGeneration;
    m_model->setSnapshot(snapshot);
    m_summary->setSnapshot(snapshot);
    m_charts->setSnapshot(snapshot);
    if (content) {
        // The models restarted from the new content; the pick stays (the document kept it valid), or the
        // first workload of another scenario.
        PlanSelection *selection = m_document->selection();
        if (std::exchange(m_pickFirst, false))
            selection->setWorkload(m_model->rowCount() > 0 ? 0 : -1);
        showCurrentWorkload(selection->workload());
    }
    if (!m_columnsFitted && snapshot->outcome)
        fitColumns();
    if (content)
        scheduleFitBoard();
}

void PlanPage::resizeEvent(QResizeEvent *event)
{
    QSplitter::resizeEvent(event);
    scheduleFitBoard();
}

void PlanPage::scheduleFitBoard()
{
    if (m_boardUserSized || std::exchange(m_fitBoardPending, true))
        return;
    // Once the layouts have settled (the columns' widths decide the cards' heights).
    QTimer::singleShot(0, this, [this] {
        m_fitBoardPending = false;
        fitBoard();
    });
}

void PlanPage::fitBoard()
{
    const int total = m_centre->height() - m_centre->handleWidth();
    if (m_boardUserSized || total <= 0 || !isVisible())
        return;
    // What the tab widget adds around the board (its tab bar), as laid out now.
    const int around = m_tabs->currentWidget() == m_board && m_board->height() > 0
                           ? m_tabs->height() - m_board->height()
                           : m_tabs->tabBar()->sizeHint().height() + 2;
    const int need = m_board->preferredHeight() + around;
    const int board = std::clamp(need, m_tabs->minimumSizeHint().height(), int(total * MaxBoardShare));
    m_centre->setSizes({total - board, board});
}

void PlanPage::fitColumns()
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

QList<QWidget *> PlanPage::chartWidgets() const
{
    return {m_charts};
}

void PlanPage::refreshDisplay()
{
    m_model->refreshNumbers();
    m_summary->refreshNumbers();
    m_charts->refreshAll();
    m_map->update();
}

QByteArray PlanPage::saveLayout() const
{
    return saveState();
}

void PlanPage::restoreLayout(const QByteArray &state)
{
    restoreState(state);
}

} // namespace ea
