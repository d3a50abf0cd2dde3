// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/plannerboard.h"
#include "widgets/charts/modeluncertaintytext.h"

#include "engine/model/units.h"
#include "engine/plan/evaluation.h"
#include "widgets/planner/tiercolumn.h"
#include "widgets/planner/workloadcard.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QDrag>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScopedValueRollback>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
QString metricName(SloMetric m)
{
    return m == SloMetric::Ttft ? PlannerBoard::tr("TTFT") : PlannerBoard::tr("end-to-end");
}
} // namespace

PlannerBoard::PlannerBoard(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Planner board"));
    setAccessibleDescription(tr("Workloads as cards in one column per tier; drag a card or press "
                                "Ctrl+Left/Right to move a workload to another tier"));
    m_layout = new QHBoxLayout(this);
    m_layout->setContentsMargins(4, 4, 4, 4);
    m_layout->setSpacing(6);
    for (Tier t : AllTiers) {
        auto *column = new TierColumn(this, t, this);
        column->setTierColour(m_palette.tierColour(t));
        column->hide();
        m_columns[static_cast<int>(t)] = column;
        m_layout->addWidget(column, 1);
        connect(column, &TierColumn::collapsedChanged, this, [this, column](bool collapsed) {
            if (!m_updatingColumns) {
                m_autoCollapsed[static_cast<int>(column->tier())] = false; // the user's choice from now on
                updateColumnSizes();
            }
            // The focus leaves hidden cards for the column's button.
            if (collapsed && (!focusWidget() || column->isAncestorOf(focusWidget())))
                column->setFocus(Qt::OtherFocusReason);
        });
    }
}

void PlannerBoard::updateColumnSizes()
{
    const QScopedValueRollback<bool> guard(m_updatingColumns, true);
    bool anyCards = false;
    for (TierColumn *column : m_columns)
        anyCards = anyCards || (!column->isHidden() && !column->isCollapsed() && !column->cards().empty());
    for (TierColumn *column : m_columns) {
        // An empty column is a strip (still a drop target) while others hold cards; it opens when a card
        // comes in. A column the user collapsed stays so.
        const int i = static_cast<int>(column->tier());
        const bool empty = anyCards && column->cards().empty();
        if (empty && !column->isCollapsed()) {
            m_autoCollapsed[i] = true;
            column->setCollapsed(true);
        } else if (!column->cards().empty() && m_autoCollapsed[i]) {
            m_autoCollapsed[i] = false;
            column->setCollapsed(false);
        }
        m_layout->setStretchFactor(column, column->isCollapsed() ? 0 : 1);
        if (column->isCollapsed()) {
            column->setFixedWidth(TierColumn::CollapsedWidth);
        } else {
            // Never narrower than a card: the cards would be cut (the columns do not scroll sideways).
            column->setMinimumWidth(column->minimumCardsWidth());
            column->setMaximumWidth(QWIDGETSIZE_MAX);
        }
    }
    updateGeometry();
}

int PlannerBoard::preferredHeight() const
{
    // The width each column would get: the fixed ones theirs, the others an equal share of the rest.
    const QMargins m = m_layout->contentsMargins();
    int fixedWidth = 0, shared = 0, visible = 0;
    for (const TierColumn *column : m_columns) {
        if (column->isHidden())
            continue;
        ++visible;
        if (m_layout->stretch(m_layout->indexOf(column)) == 0)
            fixedWidth += column->maximumWidth();
        else
            ++shared;
    }
    const int room =
        width() - m.left() - m.right() - fixedWidth - m_layout->spacing() * std::max(0, visible - 1);
    int tallest = 0;
    for (const TierColumn *column : m_columns) {
        if (column->isHidden())
            continue;
        // Laid out, a column's width is what it has (heights never change widths); before, its share.
        const bool isShared = m_layout->stretch(m_layout->indexOf(column)) != 0;
        const int w = isVisible() && column->width() > 0 ? column->width()
                      : isShared ? std::max(column->preferredWidth(), room / std::max(1, shared))
                                 : column->maximumWidth();
        tallest = std::max(tallest, column->heightForCards(w));
    }
    return tallest + m.top() + m.bottom();
}

QSize PlannerBoard::sizeHint() const
{
    int width = m_layout->contentsMargins().left() + m_layout->contentsMargins().right();
    for (const TierColumn *column : m_columns)
        if (!column->isHidden())
            width += column->preferredWidth() + m_layout->spacing();
    return {width, preferredHeight()};
}

PlannerBoard::~PlannerBoard() = default;

QString PlannerBoard::mimeType()
{
    return QStringLiteral("application/x-edgeatlas-workload-row");
}

void PlannerBoard::setModel(WorkloadTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &PlannerBoard::rebuild);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &PlannerBoard::rebuild);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PlannerBoard::rebuild);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &PlannerBoard::onDataChanged);
    }
    rebuild();
}

void PlannerBoard::setPalette(MapPaletteKind kind)
{
    m_palette = MapPalette::forKind(kind);
    for (Tier t : AllTiers)
        column(t)->setTierColour(m_palette.tierColour(t));
    for (WorkloadCard *card : m_cards)
        card->setTierColour(m_palette.tierColour(cardTier(card->row())));
}

void PlannerBoard::setCardActions(const QList<QAction *> &actions)
{
    m_cardActions = actions;
}

void PlannerBoard::rebuild()
{
    for (WorkloadCard *card : m_cards)
        card->deleteLater();
    m_cards.clear();
    for (Tier t : AllTiers)
        column(t)->setCards({});
    const auto scenario = m_model ? m_model->scenario() : nullptr;
    for (Tier t : AllTiers)
        column(t)->setVisible(scenario && scenario->tier(t).present);
    if (!scenario) {
        m_current = -1;
        return;
    }
    const int rows = m_model->rowCount();
    for (int row = 0; row < rows; ++row) {
        auto *card = new WorkloadCard(this);
        card->setObjectName(QStringLiteral("workloadCard_%1").arg(row));
        card->installEventFilter(this);
        connect(card, &WorkloadCard::pressed, this, &PlannerBoard::setCurrentWorkload);
        connect(card, &WorkloadCard::dragStarted, this, &PlannerBoard::startDrag);
        connect(card, &WorkloadCard::activated, this, &PlannerBoard::editRequested);
        connect(card, &WorkloadCard::contextMenuRequested, this, &PlannerBoard::showContextMenu);
        m_cards.push_back(card);
    }
    if (m_current >= rows)
        m_current = -1;
    refresh();
    applyHour();
}

Tier PlannerBoard::cardTier(int row) const
{
    const Placement &placement = m_model->placement();
    return row >= 0 && row < static_cast<int>(placement.size()) ? placement[row] : Tier::Regional;
}

void PlannerBoard::refresh()
{
    if (!m_model || m_cards.size() != static_cast<size_t>(m_model->rowCount()))
        return;
    std::array<std::vector<WorkloadCard *>, TierCount> byTier;
    for (size_t row = 0; row < m_cards.size(); ++row) {
        WorkloadCard *card = m_cards[row];
        const Tier tier = cardTier(static_cast<int>(row));
        card->setData(cardData(static_cast<int>(row)));
        card->setTierColour(m_palette.tierColour(tier));
        card->setSelected(static_cast<int>(row) == m_current);
        byTier[static_cast<int>(tier)].push_back(card);
    }
    for (Tier t : AllTiers)
        column(t)->setCards(byTier[static_cast<int>(t)]);
    refreshSummaries();
    updateColumnSizes();
}

void PlannerBoard::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_model || m_cards.size() != static_cast<size_t>(m_model->rowCount()))
        return;
    // A tier changed: the cards move between columns. Otherwise only the changed rows' cards are redrawn.
    if (topLeft.column() <= WorkloadTableModel::TierColumn &&
        bottomRight.column() >= WorkloadTableModel::TierColumn) {
        refresh();
        return;
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_cards[size_t(row)]->setData(cardData(row));
    refreshSummaries();
}

void PlannerBoard::refreshSummaries()
{
    const PlanOutcomePtr outcome = m_model->outcome();
    std::array<int, TierCount> counts{};
    for (size_t row = 0; row < m_cards.size(); ++row)
        ++counts[static_cast<int>(cardTier(static_cast<int>(row)))];
    std::array<TierTotals, TierCount> totals{}, whatIfTotals{};
    if (outcome && !m_model->isPending())
        totals = tierTotals(*outcome);
    // Under active what-if conditions each tier's cost is shown before → after (the same placement).
    const WhatIfPlanPtr whatIf = m_model->isPending() ? nullptr : m_model->whatIf();
    if (whatIf)
        whatIfTotals = tierTotals(*whatIf->outcome);
    for (Tier t : AllTiers) {
        const int i = static_cast<int>(t);
        // English says "1 workload" on its own; %n gives the other languages their plural forms.
        QString text = counts[i] == 1 ? tr("1 workload") : tr("%n workloads", nullptr, counts[i]);
        QString tip = tierLabel(t);
        if (outcome && !m_model->isPending() && counts[i] > 0) {
            const QString before = units::usd(totals[i].usdPerMonth());
            const QString after = whatIf ? units::usd(whatIfTotals[i].usdPerMonth()) : before;
            text += QStringLiteral(" · ") +
                    tr("%1/mo").arg(before == after ? before : before + QStringLiteral(" → ") + after);
            if (totals[i].gpus > 0)
                text += QStringLiteral(" · ") +
                        (totals[i].gpus == 1 ? tr("1 GPU") : tr("%Ln GPUs", nullptr, totals[i].gpus));
            tip = tr("%1: GPUs %2, API %3, egress %4 per month; %5 GPUs at %6 sites")
                      .arg(tierLabel(t), units::usd(totals[i].gpuUsdPerMonth),
                           units::usd(totals[i].apiUsdPerMonth), units::usd(totals[i].egressUsdPerMonth),
                           units::count(totals[i].gpus), units::count(totals[i].sites));
            if (whatIf && before != after)
                tip +=
                    QLatin1Char('\n') +
                    tr("Under the active what-if conditions: %1 per month (%2 GPUs at %3 sites)")
                        .arg(after, units::count(whatIfTotals[i].gpus), units::count(whatIfTotals[i].sites));
        } else if (m_model->isPending()) {
            text += QStringLiteral(" · ") + tr("evaluating…");
        }
        column(t)->setSummary(text, tip);
    }
}

CardData PlannerBoard::cardData(int row) const
{
    const Scenario &s = *m_model->scenario();
    const Workload &w = s.workloads[row];
    CardData d;
    d.row = row;
    d.name = w.name;
    d.pinned = w.pinned;
    d.percentile = QStringLiteral("p%1").arg(w.slo.percentile, 0, 'g', 4);
    d.budgetMs = w.slo.budgetMs;
    d.slo = tr("%1 %2 ≤ %3").arg(metricName(w.slo.metric), d.percentile, units::ms(w.slo.budgetMs));
    const PlanOutcomePtr outcome = m_model->outcome();
    const bool sameTier = outcome && outcome->placement[row] == cardTier(row);
    if (outcome) {
        const WorkloadOutcome &o = outcome->workloads[row];
        d.evaluated = true;
        d.pending = m_model->isPending() || !sameTier;
        d.feasible = o.feasible;
        d.meets = meetsSlo(o);
        d.latencyMs = o.sloMs;
        d.usdPerMonth = o.usdPerMonth();
        d.attainmentPct = o.attainmentPct;
        d.issue = o.issue;
        // The plan under the active what-if conditions, on the cards they change.
        const WhatIfPlanPtr whatIf = m_model->whatIf();
        if (whatIf && sameTier && row < int(whatIf->comparison.workloads.size())) {
            const WhatIfWorkloadDelta &x = whatIf->comparison.workloads[size_t(row)];
            // Affected as far as the card can tell: its figures as shown, its SLO or unserved demand.
            d.whatIf = units::usd(x.usdPerMonthAfter) != units::usd(x.usdPerMonthBefore) ||
                       units::percent(x.attainmentPctAfter) != units::percent(x.attainmentPctBefore) ||
                       x.meetsSloAfter != x.meetsSloBefore || x.unservedRps > 0;
            d.whatIfUsdPerMonth = x.usdPerMonthAfter;
            d.whatIfAttainmentPct = x.attainmentPctAfter;
            d.whatIfMeets = x.meetsSloAfter;
            d.whatIfRegionsLost = int(x.regionsLostSlo.size());
        }
    }
    QStringList tip{QStringLiteral("<b>%1</b>").arg(w.name.toHtmlEscaped()), d.slo.toHtmlEscaped()};
    if (d.evaluated) {
        const WorkloadOutcome &o = outcome->workloads[row];
        tip << tr("p50 %1 · p95 %2 · p99 %3").arg(units::ms(o.p50Ms), units::ms(o.p95Ms), units::ms(o.p99Ms))
            << ModelUncertainty::text(o.breakdown, s.network.fiberKmPerMs).toHtmlEscaped()
            << tr("%1 per month (GPU %2, API %3, egress %4)")
                   .arg(units::usd(o.usdPerMonth()), units::usd(o.gpuUsdPerMonth),
                        units::usd(o.apiUsdPerMonth), units::usd(o.egressUsdPerMonth))
            << tr("%1 of requests within the SLO").arg(units::percent(o.attainmentPct));
        if (!o.issue.isEmpty())
            tip << o.issue.toHtmlEscaped();
        if (d.whatIf) {
            const WhatIfWorkloadDelta &x = m_model->whatIf()->comparison.workloads[size_t(row)];
            tip << tr("<b>Under the active what-if conditions:</b> %1 → %2 per month, %3 → %4 within the SLO")
                       .arg(units::usd(x.usdPerMonthBefore), units::usd(x.usdPerMonthAfter),
                            units::percent(x.attainmentPctBefore), units::percent(x.attainmentPctAfter));
            if (x.unservedRps > 0)
                tip << tr("Unserved: %1").arg(units::rps(x.unservedRps));
            if (!x.regionsLostSlo.empty()) {
                QStringList names;
                for (int r : x.regionsLostSlo)
                    names << s.regions[size_t(r)].name.toHtmlEscaped();
                const int shown = 5;
                QString list = QStringList(names.mid(0, shown)).join(QStringLiteral(", "));
                if (names.size() > shown)
                    list += QStringLiteral(", ") + tr("and %n more", nullptr, int(names.size()) - shown);
                tip << tr("Regions that lose the SLO: %1").arg(list);
            }
        }
        if (d.pending)
            tip << tr("<i>Re-evaluating…</i>");
    }
    if (w.pinned)
        tip << tr("Pinned: the optimizer keeps it in its tier");
    tip << tr("<i>Drag to another tier, or Ctrl+Left/Right</i>");
    d.toolTip = tip.join(QStringLiteral("<br>"));
    return d;
}

std::vector<Tier> PlannerBoard::allowedTiers(int row) const
{
    std::vector<Tier> out;
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return out;
    const QVariantList list = m_model->index(row, WorkloadTableModel::TierColumn)
                                  .data(WorkloadTableModel::AllowedTiersRole)
                                  .toList();
    for (const QVariant &v : list)
        out.push_back(static_cast<Tier>(v.toInt()));
    std::sort(out.begin(), out.end());
    return out;
}

bool PlannerBoard::canDrop(int row, Tier tier) const
{
    const std::vector<Tier> ok = allowedTiers(row);
    return std::find(ok.begin(), ok.end(), tier) != ok.end();
}

bool PlannerBoard::moveWorkload(int row, Tier tier)
{
    if (!canDrop(row, tier) || cardTier(row) == tier)
        return false;
    setCurrentWorkload(row);
    return m_model->setData(m_model->index(row, WorkloadTableModel::TierColumn), static_cast<int>(tier));
}

void PlannerBoard::setHour(PlanHourPtr hour)
{
    m_hour = std::move(hour);
    applyHour();
}

void PlannerBoard::applyHour()
{
    for (size_t row = 0; row < m_cards.size(); ++row) {
        if (!m_hour || row >= m_hour->workloads.size()) {
            m_cards[row]->setHourLine({}, false);
            continue;
        }
        const HourWorkload &w = m_hour->workloads[row];
        double busiest = -1; // of the sites with a finite capacity (GPU-billed)
        for (const HourSite &site : w.sites)
            if (std::isfinite(site.capacityRps) && site.capacityRps > 0)
                busiest = std::max(busiest, site.loadRps / site.capacityRps);
        const QString hour = QStringLiteral("%1:00 UTC").arg(m_hour->hour, 2, 10, QLatin1Char('0'));
        const QString text =
            busiest >= 0 ? tr("%1: %2 met · busiest %3")
                               .arg(hour, units::percent(w.attainmentPct), units::percent(100.0 * busiest, 0))
                         : tr("%1: %2 met").arg(hour, units::percent(w.attainmentPct));
        // Red as the card reads it: below 100 % once rounded, or demand unserved (beyond rounding leftovers).
        const bool misses = units::percent(w.attainmentPct) != units::percent(100.0) ||
                            w.unservedRps() > 1e-9 * std::max(w.offeredRps, 1.0);
        m_cards[row]->setHourLine(text, misses);
    }
}

WorkloadCard *PlannerBoard::card(int row) const
{
    return row >= 0 && row < static_cast<int>(m_cards.size()) ? m_cards[row] : nullptr;
}

void PlannerBoard::setCurrentWorkload(int row)
{
    if (row < -1 || row >= static_cast<int>(m_cards.size()) || row == m_current)
        return;
    if (WorkloadCard *old = card(m_current))
        old->setSelected(false);
    m_current = row;
    if (WorkloadCard *now = card(row)) {
        now->setSelected(true);
        column(cardTier(row))->setCollapsed(false); // a picked workload is shown
        column(cardTier(row))->ensureVisible(now);
    }
    emit currentWorkloadChanged(row);
}

QMimeData *PlannerBoard::mimeDataFor(int row) const
{
    auto *mime = new QMimeData;
    mime->setData(mimeType(), QByteArray::number(row));
    if (m_model && m_model->scenario() && row >= 0 && row < m_model->rowCount())
        mime->setText(m_model->scenario()->workloads[row].name);
    return mime;
}

void PlannerBoard::startDrag(int row)
{
    WorkloadCard *source = card(row);
    if (!source)
        return;
    m_dragRow = row;
    for (Tier t : AllTiers)
        column(t)->setDragState(t == cardTier(row) ? TierColumn::DragState::None
                                : canDrop(row, t)  ? TierColumn::DragState::Allowed
                                                   : TierColumn::DragState::Forbidden);
    auto *drag = new QDrag(source);
    drag->setMimeData(mimeDataFor(row));
    const QPixmap pixmap = source->grab();
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(pixmap.width() / 2, pixmap.height() / 3) /
                     std::max(1.0, pixmap.devicePixelRatio()));
    source->setCursor(Qt::ClosedHandCursor);
    drag->exec(Qt::MoveAction);
    source->setCursor(Qt::OpenHandCursor);
    m_dragRow = -1;
    for (Tier t : AllTiers)
        column(t)->setDragState(TierColumn::DragState::None);
}

void PlannerBoard::showContextMenu(int row, const QPoint &globalPos)
{
    QMenu menu(this);
    QMenu *moveMenu = menu.addMenu(tr("&Move to"));
    for (Tier t : AllTiers) {
        if (!m_model->scenario()->tier(t).present)
            continue;
        QAction *a = moveMenu->addAction(tierLabel(t));
        a->setEnabled(canDrop(row, t) && cardTier(row) != t);
        connect(a, &QAction::triggered, this, [this, row, t] { moveWorkload(row, t); });
    }
    if (!m_cardActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(m_cardActions);
    }
    menu.exec(globalPos);
}

void PlannerBoard::focusCard(int row)
{
    if (WorkloadCard *c = card(row)) {
        setCurrentWorkload(row);
        c->setFocus(Qt::TabFocusReason);
    }
}

bool PlannerBoard::handleCardKey(WorkloadCard *c, QKeyEvent *event)
{
    const int row = c->row();
    const Tier tier = cardTier(row);
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    int step = 0;
    if (event->key() == Qt::Key_Left)
        step = rtl ? 1 : -1;
    else if (event->key() == Qt::Key_Right)
        step = rtl ? -1 : 1;
    if (step != 0 && ctrl) {
        // Next tier the workload may use in that direction.
        const std::vector<Tier> ok = allowedTiers(row);
        for (int t = static_cast<int>(tier) + step; t >= 0 && t < TierCount; t += step)
            if (std::find(ok.begin(), ok.end(), static_cast<Tier>(t)) != ok.end()) {
                moveWorkload(row, static_cast<Tier>(t));
                return true;
            }
        return true;
    }
    if (step != 0) {
        // Focus the first card of the next visible, non-empty column in that direction.
        for (int t = static_cast<int>(tier) + step; t >= 0 && t < TierCount; t += step) {
            TierColumn *col = m_columns[t];
            if (col->isVisible() && !col->isCollapsed() && !col->cards().empty()) {
                focusCard(col->cards().front()->row());
                return true;
            }
        }
        return true;
    }
    if (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down) {
        const auto &cards = column(tier)->cards();
        auto it = std::find(cards.begin(), cards.end(), c);
        if (it == cards.end())
            return true;
        if (event->key() == Qt::Key_Up && it != cards.begin())
            focusCard((*(it - 1))->row());
        else if (event->key() == Qt::Key_Down && it + 1 != cards.end())
            focusCard((*(it + 1))->row());
        return true;
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2) {
        emit editRequested(row);
        return true;
    }
    if (event->key() == Qt::Key_Menu ||
        (event->key() == Qt::Key_F10 && event->modifiers() & Qt::ShiftModifier)) {
        showContextMenu(row, c->mapToGlobal(QPoint(c->width() / 2, c->height() / 2)));
        return true;
    }
    if (event->key() == Qt::Key_Space) {
        setCurrentWorkload(row);
        return true;
    }
    return false;
}

bool PlannerBoard::eventFilter(QObject *watched, QEvent *event)
{
    if (auto *c = qobject_cast<WorkloadCard *>(watched)) {
        if (event->type() == QEvent::KeyPress && handleCardKey(c, static_cast<QKeyEvent *>(event)))
            return true;
        if (event->type() == QEvent::FocusIn)
            setCurrentWorkload(c->row());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace ea
