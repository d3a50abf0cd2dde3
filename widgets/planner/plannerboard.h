// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/timeline.h"
#include "widgets/map/mappalette.h"

#include <QWidget>

#include <array>
#include <vector>

class QMimeData;
class QHBoxLayout;

namespace ea {

class TierColumn;
class WorkloadCard;
class WorkloadTableModel;
struct CardData;

/**
 * The planner board: one column per tier of the scenario, one card per workload (DESIGN.md, "Planner
 * board"). A view over the WorkloadTableModel the table also shows, so both always agree: moving a card
 * (drag and drop, Ctrl+Left/Right, or the context menu) sets the model's tier column, whose
 * tierChangeRequested() the owner turns into an undoable command; the card moves when the model's
 * placement changes and its numbers follow the model's outcome (greyed while an evaluation is pending).
 *
 * Keys on a card: arrows move the focus between cards and columns, Ctrl+Left/Right move the workload to
 * the previous/next tier it may use, Enter or F2 asks to edit it, the menu key opens the context menu.
 */
class PlannerBoard : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerBoard(QWidget *parent = nullptr);
    ~PlannerBoard() override;

    void setModel(WorkloadTableModel *model);
    WorkloadTableModel *model() const { return m_model; }
    void setPalette(MapPaletteKind kind);

    /** The picked workload (row of the model), or -1. */
    int currentWorkload() const { return m_current; }
    void setCurrentWorkload(int row);
    /** Actions added to each card's context menu after "Move to" (edit, duplicate, delete, ...). */
    void setCardActions(const QList<QAction *> &actions);
    /**
     * The hour the timeline shows (null: none): each card gets a line with that hour's SLO attainment and
     * its busiest site's load (engine/plan/timeline.h, of the plan on show).
     */
    void setHour(PlanHourPtr hour);

    static QString mimeType();
    QMimeData *mimeDataFor(int row) const;
    bool canDrop(int row, Tier tier) const;
    /** Asks the model to move a workload; false when the tier is not allowed or unchanged. */
    bool moveWorkload(int row, Tier tier);
    bool isDragging() const { return m_dragRow >= 0; }

    WorkloadCard *card(int row) const;
    TierColumn *column(Tier tier) const { return m_columns[static_cast<int>(tier)]; }
    /**
     * The height the board needs so that no column scrolls: its tallest column's cards at the widths the
     * columns have now (or would have at the board's width).
     */
    int preferredHeight() const;
    QSize sizeHint() const override;

    /** Tier whose column shows a workload now. */
    Tier cardTier(int row) const;

signals:
    void currentWorkloadChanged(int row);
    void editRequested(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void refresh();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void refreshSummaries();
    /** Columns share the width by their content: an empty or collapsed column takes what its header needs. */
    void updateColumnSizes();
    CardData cardData(int row) const;
    void startDrag(int row);
    void showContextMenu(int row, const QPoint &globalPos);
    bool handleCardKey(WorkloadCard *card, QKeyEvent *event);
    void focusCard(int row);
    std::vector<Tier> allowedTiers(int row) const;

    WorkloadTableModel *m_model = nullptr;
    MapPalette m_palette = MapPalette::light();
    QHBoxLayout *m_layout = nullptr;
    std::array<TierColumn *, TierCount> m_columns{};
    std::vector<WorkloadCard *> m_cards; // by row
    PlanHourPtr m_hour;                  // the timeline's hour on show, or null
    void applyHour();
    QList<QAction *> m_cardActions;
    int m_current = -1;
    int m_dragRow = -1;
    std::array<bool, TierCount> m_autoCollapsed{}; // collapsed by the board because it was empty
    bool m_updatingColumns = false;
};

} // namespace ea
