// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/tiercolumn.h"

#include "widgets/planner/plannerboard.h"
#include "widgets/planner/workloadcard.h"

#include <QDragEnterEvent>
#include <QLabel>
#include <QMimeData>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace ea {

TierColumn::TierColumn(PlannerBoard *board, Tier tier, QWidget *parent)
    : QFrame(parent), m_board(board), m_tier(tier)
{
    setAcceptDrops(true);
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("tierColumn_%1").arg(tierId(tier)));
    setAccessibleName(tr("%1 tier").arg(tierLabel(tier)));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 8, 6, 6);
    layout->setSpacing(4);
    m_title = new QLabel(tierLabel(tier), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_content = new QWidget(m_scroll);
    m_content->setAutoFillBackground(false);
    m_cardLayout = new QVBoxLayout(m_content);
    m_cardLayout->setContentsMargins(0, 2, 0, 2);
    m_cardLayout->setSpacing(6);
    m_cardLayout->addStretch(1);
    m_scroll->setWidget(m_content);
    m_scroll->viewport()->setAutoFillBackground(false);
    layout->addWidget(m_scroll, 1);
}

void TierColumn::setTierColour(const QColor &colour)
{
    m_colour = colour;
    update();
}

void TierColumn::setSummary(const QString &summary, const QString &toolTip)
{
    m_summary->setText(summary);
    m_summary->setToolTip(toolTip);
    setToolTip(toolTip);
}

QString TierColumn::summary() const
{
    return m_summary->text();
}

void TierColumn::setCards(const std::vector<WorkloadCard *> &cards)
{
    if (cards == m_cards)
        return;
    // Take the layout's items out (without deleting cards) and put the cards back in order.
    while (m_cardLayout->count() > 0)
        delete m_cardLayout->takeAt(0);
    for (WorkloadCard *card : cards) {
        if (card->parentWidget() != m_content) {
            // Reparenting hides the card and drops its focus: a card moved by the keyboard keeps both.
            const bool hadFocus = card->hasFocus();
            card->setParent(m_content);
            if (hadFocus) {
                card->show();
                card->setFocus(Qt::OtherFocusReason);
            }
        }
        m_cardLayout->addWidget(card);
        card->show();
    }
    m_cardLayout->addStretch(1);
    m_cards = cards;
}

void TierColumn::setDragState(DragState state)
{
    if (state == m_dragState)
        return;
    m_dragState = state;
    update();
}

void TierColumn::ensureVisible(WorkloadCard *card)
{
    m_scroll->ensureWidgetVisible(card, 0, 8);
}

int TierColumn::rowFromMime(const QDropEvent *event) const
{
    const QMimeData *mime = event->mimeData();
    if (!mime || !mime->hasFormat(PlannerBoard::mimeType()))
        return -1;
    bool ok = false;
    const int row = QString::fromLatin1(mime->data(PlannerBoard::mimeType())).toInt(&ok);
    return ok ? row : -1;
}

void TierColumn::dragEnterEvent(QDragEnterEvent *event)
{
    const int row = rowFromMime(event);
    if (row >= 0 && m_board->canDrop(row, m_tier)) {
        event->acceptProposedAction();
        setDragState(DragState::Hovered);
    } else {
        event->ignore();
    }
}

void TierColumn::dragMoveEvent(QDragMoveEvent *event)
{
    const int row = rowFromMime(event);
    if (row >= 0 && m_board->canDrop(row, m_tier))
        event->acceptProposedAction();
    else
        event->ignore();
}

void TierColumn::dragLeaveEvent(QDragLeaveEvent *event)
{
    setDragState(m_board->isDragging() ? DragState::Allowed : DragState::None);
    QFrame::dragLeaveEvent(event);
}

void TierColumn::dropEvent(QDropEvent *event)
{
    const int row = rowFromMime(event);
    setDragState(DragState::None);
    if (row < 0 || !m_board->canDrop(row, m_tier)) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    m_board->moveWorkload(row, m_tier);
}

void TierColumn::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRect(1, 1, width() - 2, 4), m_colour);
    const QColor highlight = palette().color(QPalette::Highlight);
    switch (m_dragState) {
    case DragState::None:
        break;
    case DragState::Allowed:
        p.setPen(QPen(highlight, 1.5, Qt::DashLine));
        p.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 6, 6);
        break;
    case DragState::Hovered: {
        QColor fill = highlight;
        fill.setAlphaF(0.12);
        p.setBrush(fill);
        p.setPen(QPen(highlight, 2.5));
        p.drawRoundedRect(QRectF(rect()).adjusted(2, 2, -2, -2), 6, 6);
        break;
    }
    case DragState::Forbidden: {
        QColor hatch = palette().color(QPalette::Text);
        hatch.setAlphaF(0.10);
        p.fillRect(rect(), QBrush(hatch, Qt::BDiagPattern));
        break;
    }
    }
}

} // namespace ea
