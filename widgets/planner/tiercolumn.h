// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QFrame>

class QLabel;
class QScrollArea;
class QToolButton;
class QVBoxLayout;

namespace ea {

class PlannerBoard;
class WorkloadCard;

/**
 * One tier of the planner board: a header with the tier's totals and its workload cards, top to bottom
 * in workload order (the order in which workloads take capacity). A drop target for cards, also while
 * collapsed to a narrow strip (the header's arrow button collapses and expands it).
 */
class TierColumn : public QFrame
{
    Q_OBJECT
public:
    enum class DragState { None, Allowed, Forbidden, Hovered };

    TierColumn(PlannerBoard *board, Tier tier, QWidget *parent = nullptr);

    Tier tier() const { return m_tier; }
    void setTierColour(const QColor &colour);
    void setSummary(const QString &summary, const QString &toolTip);
    QString summary() const;
    /** Puts the cards in this column, in the given order (others are taken out by their new column). */
    void setCards(const std::vector<WorkloadCard *> &cards);
    const std::vector<WorkloadCard *> &cards() const { return m_cards; }
    void setDragState(DragState state);
    DragState dragState() const { return m_dragState; }
    void ensureVisible(WorkloadCard *card);

    /** Collapsed: a narrow strip with the tier's name and count; its cards are hidden. */
    void setCollapsed(bool collapsed);
    bool isCollapsed() const { return m_collapsed; }
    /** True when the cards are taller than the room the column has for them (its scroll bar shows). */
    bool cardsOverflow() const;
    QScrollArea *scrollArea() const { return m_scroll; }
    /** The width the header needs (title, button and a short summary) and the cards' preferred width. */
    int preferredWidth() const;
    /** The narrowest the column may be with its cards uncut. */
    int minimumCardsWidth() const;
    /** The height the column needs at a width to show its header and every card without a scroll bar. */
    int heightForCards(int width) const;
    static constexpr int CollapsedWidth = 34;

    QSize sizeHint() const override;

signals:
    void collapsedChanged(bool collapsed);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    int rowFromMime(const QDropEvent *event) const;

    PlannerBoard *m_board;
    Tier m_tier;
    QColor m_colour;
    void updateCollapseButton();

    QLabel *m_title = nullptr;
    QToolButton *m_collapse = nullptr;
    bool m_collapsed = false;
    QLabel *m_summary = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_cardLayout = nullptr;
    std::vector<WorkloadCard *> m_cards;
    DragState m_dragState = DragState::None;
};

} // namespace ea
