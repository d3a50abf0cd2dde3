// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/tiercolumn.h"

#include "widgets/planner/plannerboard.h"
#include "widgets/planner/workloadcard.h"

#include <QDragEnterEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
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
    m_title->setMinimumWidth(0);
    m_collapse = new QToolButton(this);
    m_collapse->setObjectName(QStringLiteral("collapseButton"));
    m_collapse->setAutoRaise(true);
    m_collapse->setFocusPolicy(Qt::TabFocus);
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->setSpacing(2);
    header->addWidget(m_title, 1);
    header->addWidget(m_collapse, 0, Qt::AlignTop);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    layout->addLayout(header);
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
    updateCollapseButton();
}

void TierColumn::setCollapsed(bool collapsed)
{
    if (collapsed == m_collapsed)
        return;
    m_collapsed = collapsed;
    m_title->setVisible(!collapsed);
    m_summary->setVisible(!collapsed);
    m_scroll->setVisible(!collapsed);
    updateCollapseButton();
    updateGeometry();
    update();
    emit collapsedChanged(collapsed);
}

void TierColumn::updateCollapseButton()
{
    // The arrow points where the column goes: towards the leading edge to collapse, away to expand.
    const bool rtl = isRightToLeft();
    m_collapse->setArrowType(m_collapsed != rtl ? Qt::RightArrow : Qt::LeftArrow);
    const QString text =
        m_collapsed ? tr("Expand the %1 column").arg(tierLabel(m_tier))
                    : tr("Collapse the %1 column (its workloads stay in the tier)").arg(tierLabel(m_tier));
    m_collapse->setToolTip(text);
    m_collapse->setAccessibleName(text);
}

bool TierColumn::cardsOverflow() const
{
    if (m_collapsed)
        return false;
    const int width = m_scroll->viewport()->width();
    const int need = m_content->hasHeightForWidth() ? m_content->heightForWidth(width)
                                                    : m_content->minimumSizeHint().height();
    return need > m_scroll->viewport()->height();
}

int TierColumn::preferredWidth() const
{
    if (m_collapsed)
        return CollapsedWidth;
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    int cards = 0;
    for (const WorkloadCard *card : m_cards)
        cards = std::max(cards, card->sizeHint().width());
    const int header = m_title->sizeHint().width() + m_collapse->sizeHint().width() + 2;
    return std::max(cards, header) + m.left() + m.right() + (m_cards.empty() ? 0 : 4);
}

int TierColumn::minimumCardsWidth() const
{
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    int cards = 0;
    for (const WorkloadCard *card : m_cards)
        cards = std::max(cards, card->minimumSizeHint().width());
    // Room for the scroll bar when the cards do not fit.
    const int bar = m_cards.empty() ? 0 : m_scroll->verticalScrollBar()->sizeHint().width();
    return cards + bar + m.left() + m.right();
}

int TierColumn::heightForCards(int width) const
{
    const QMargins m = contentsMargins() + layout()->contentsMargins();
    const int inner = std::max(1, width - m.left() - m.right());
    const int spacing = layout()->spacing();
    int h = m.top() + m.bottom() + std::max(m_title->sizeHint().height(), m_collapse->sizeHint().height());
    if (m_collapsed)
        return h;
    h += spacing + m_summary->heightForWidth(inner) + spacing;
    const QMargins cm = m_cardLayout->contentsMargins();
    h += cm.top() + cm.bottom();
    // The scroll area's viewport is as wide as the column's inside (no horizontal scroll bar).
    for (size_t i = 0; i < m_cards.size(); ++i)
        h += m_cards[i]->heightForWidth(inner - cm.left() - cm.right()) +
             (i > 0 ? m_cardLayout->spacing() : 0);
    return h;
}

QSize TierColumn::sizeHint() const
{
    return {preferredWidth(), QFrame::sizeHint().height()};
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
    if (m_collapsed) {
        // The tier's name and count, read top to bottom, under the expand button.
        p.save();
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::WindowText));
        const int top = m_collapse->geometry().bottom() + 8;
        p.translate(width() / 2.0 + QFontMetrics(bold).ascent() / 2.0 - 2, top);
        p.rotate(90);
        //: A collapsed column of the planner board, written vertically: the tier and how many workloads
        const QString text = tr("%1 · %2").arg(tierLabel(m_tier), QLocale().toString(int(m_cards.size())));
        p.drawText(QRectF(0, -QFontMetrics(bold).ascent(), height() - top - 8, QFontMetrics(bold).height()),
                   Qt::AlignLeft | Qt::AlignTop,
                   QFontMetrics(bold).elidedText(text, Qt::ElideRight, height() - top - 8));
        p.restore();
    }
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
