// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/whatifpanel.h"

#include "app/document.h"
#include "app/planselection.h"
#include "app/whatifdialog.h"
#include "engine/model/units.h"

#include <QAction>
#include <QColor>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ea {

namespace {

QString arrow(const QString &before, const QString &after)
{
    return before == after ? after : before + QStringLiteral(" → ") + after;
}

QTableWidgetItem *cell(const QString &text, const QString &toolTip = {}, bool alert = false)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (!toolTip.isEmpty())
        item->setToolTip(toolTip);
    if (alert) {
        QFont f = item->font();
        f.setBold(true);
        item->setFont(f);
        item->setForeground(QColor(0xb0, 0x1e, 0x1e));
    }
    return item;
}

} // namespace

WhatIfPanel::WhatIfPanel(Document *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("whatIfPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *buttons = new QHBoxLayout;
    layout->addLayout(buttons);
    m_addButton = new QToolButton(this);
    m_addButton->setText(tr("&Add"));
    m_addButton->setToolTip(tr("Add a what-if condition (Insert): sites down, a demand surge, a GPU price "
                               "change or a latency penalty"));
    m_addButton->setPopupMode(QToolButton::InstantPopup);
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(m_addButton);
    for (const auto kind : {WhatIfCondition::Kind::Down, WhatIfCondition::Kind::Surge,
                            WhatIfCondition::Kind::Price, WhatIfCondition::Kind::LatencyPenalty}) {
        QAction *a = addMenu->addAction(WhatIfConditionDialog::kindTitle(kind) + QStringLiteral("…"), this,
                                        [this, kind] { addWithDialog(kind); });
        m_addActions << a;
    }
    m_addActions[0]->setToolTip(tr("A node, a set of nodes, every node of a tier in a zone or country, or a "
                                   "whole tier takes no demand"));
    m_addActions[1]->setToolTip(tr("Demand × factor for one workload, one zone's regions or everything"));
    m_addActions[2]->setToolTip(tr("GPU-hour prices × factor for one GPU type or one tier"));
    m_addActions[3]->setToolTip(tr("Extra round-trip time between two zones, e.g. a cable cut"));
    addMenu->setToolTipsVisible(true);
    m_addButton->setMenu(addMenu);
    buttons->addWidget(m_addButton);
    m_edit = new QAction(tr("&Edit…"), this);
    m_edit->setToolTip(tr("Change the selected condition (Return)"));
    connect(m_edit, &QAction::triggered, this, &WhatIfPanel::editCurrent);
    m_remove = new QAction(tr("&Remove"), this);
    m_remove->setToolTip(tr("Remove the selected condition (Delete); Undo brings it back"));
    connect(m_remove, &QAction::triggered, this, [this] { removeCondition(m_list->currentRow()); });
    for (QAction *a : {m_edit, m_remove}) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("whatIfList"));
    m_list->setToolTip(tr("The scenario's what-if conditions: the check box switches one on or off (Space); "
                          "Insert adds, Return edits, Delete removes"));
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_list->addAction(m_edit);
    m_list->addAction(m_remove);
    m_list->installEventFilter(this);
    m_list->setMaximumHeight(160);
    layout->addWidget(m_list);
    connect(m_list, &QListWidget::itemChanged, this, &WhatIfPanel::onItemChanged);
    connect(m_list, &QListWidget::currentRowChanged, this, &WhatIfPanel::updateActions);
    connect(m_list, &QListWidget::itemActivated, this, [this] { editCurrent(); });

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("whatIfComparison"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels({tr("Workload"), tr("Cost per month"), tr("SLO attainment"),
                                        tr("Unserved"), tr("Lost SLO"), tr("Moved")});
    m_table->horizontalHeaderItem(4)->setToolTip(
        tr("Demand regions that met the SLO before and miss it after"));
    m_table->horizontalHeaderItem(5)->setToolTip(tr("Demand regions served by another site after"));
    m_table->setToolTip(tr("The plan without the active conditions → the same placement under them"));
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long workload names are cut in the middle (whole in the tool-tip) so the figures stay in view.
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->setColumnWidth(0, WorkloadColumnPx);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);

    connect(document, &Document::snapshotChanged, this, &WhatIfPanel::onSnapshot);
    onSnapshot(document->snapshot());
}

QString WhatIfPanel::describe(const WhatIfCondition &c, const Scenario &s)
{
    Q_UNUSED(s);
    return describeWhatIf(c);
}

bool WhatIfPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            removeCondition(m_list->currentRow());
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            m_addButton->showMenu();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool WhatIfPanel::applyList(std::vector<WhatIfCondition> list, const QString &text)
{
    const auto current = m_document->scenario();
    if (!current)
        return false;
    Scenario next = *current;
    next.whatIf = std::move(list);
    QStringList errors;
    const bool changed = m_document->applyEdit(std::move(next), text, &errors);
    if (!errors.isEmpty())
        QMessageBox::warning(this, tr("What-If Condition"),
                             tr("The condition was not applied:\n%1").arg(errors.join(QLatin1Char('\n'))));
    return changed;
}

bool WhatIfPanel::addCondition(const WhatIfCondition &condition)
{
    const auto s = m_document->scenario();
    if (!s)
        return false;
    std::vector<WhatIfCondition> list = s->whatIf;
    list.push_back(condition);
    return applyList(std::move(list), tr("Add What-If Condition"));
}

bool WhatIfPanel::replaceCondition(int index, const WhatIfCondition &condition)
{
    const auto s = m_document->scenario();
    if (!s || index < 0 || index >= int(s->whatIf.size()))
        return false;
    std::vector<WhatIfCondition> list = s->whatIf;
    list[size_t(index)] = condition;
    return applyList(std::move(list), tr("Edit What-If Condition"));
}

bool WhatIfPanel::removeCondition(int index)
{
    const auto s = m_document->scenario();
    if (!s || index < 0 || index >= int(s->whatIf.size()))
        return false;
    std::vector<WhatIfCondition> list = s->whatIf;
    list.erase(list.begin() + index);
    return applyList(std::move(list), tr("Remove What-If Condition"));
}

bool WhatIfPanel::setConditionEnabled(int index, bool enabled)
{
    const auto s = m_document->scenario();
    if (!s || index < 0 || index >= int(s->whatIf.size()) || s->whatIf[size_t(index)].enabled == enabled)
        return false;
    std::vector<WhatIfCondition> list = s->whatIf;
    list[size_t(index)].enabled = enabled;
    return applyList(std::move(list),
                     enabled ? tr("Switch On What-If Condition") : tr("Switch Off What-If Condition"));
}

void WhatIfPanel::addWithDialog(WhatIfCondition::Kind kind)
{
    const auto s = m_document->scenario();
    if (!s)
        return;
    WhatIfCondition c;
    c.kind = kind;
    if (kind == WhatIfCondition::Kind::Surge)
        c.factor = 2.0;
    else if (kind == WhatIfCondition::Kind::Price)
        c.factor = 1.5;
    else if (kind == WhatIfCondition::Kind::LatencyPenalty)
        c.penaltyMs = 50;
    else if (const QList<int> &picked = m_document->selection()->nodes(); !picked.isEmpty())
        for (int n : picked) // the nodes picked on the map, as a start
            c.nodes << s->nodes[size_t(n)].id;
    WhatIfConditionDialog dialog(*s, c, this);
    if (dialog.exec() == QDialog::Accepted)
        addCondition(dialog.condition());
}

void WhatIfPanel::editCurrent()
{
    const auto s = m_document->scenario();
    const int row = m_list->currentRow();
    if (!s || row < 0 || row >= int(s->whatIf.size()))
        return;
    WhatIfConditionDialog dialog(*s, s->whatIf[size_t(row)], this);
    if (dialog.exec() == QDialog::Accepted)
        replaceCondition(row, dialog.condition());
}

void WhatIfPanel::onSnapshot(const PlanSnapshotPtr &snapshot)
{
    fillList();
    fillComparison(snapshot);
}

void WhatIfPanel::fillList()
{
    const auto s = m_document->scenario();
    const std::vector<WhatIfCondition> list = s ? s->whatIf : std::vector<WhatIfCondition>{};
    if (list == m_shown && m_list->count() == int(list.size()))
        return;
    m_filling = true;
    const int row = m_list->currentRow();
    m_list->clear();
    for (const WhatIfCondition &c : list) {
        WhatIfCondition on = c;
        on.enabled = true; // the check box says whether it is on
        auto *item = new QListWidgetItem(describe(on, *s), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(c.enabled ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(tr("%1 — %2; the check box switches it on or off")
                             .arg(WhatIfConditionDialog::kindTitle(c.kind), describe(on, *s)));
    }
    m_shown = list;
    m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    m_filling = false;
    updateActions();
}

void WhatIfPanel::onItemChanged(QListWidgetItem *item)
{
    if (m_filling)
        return;
    setConditionEnabled(m_list->row(item), item->checkState() == Qt::Checked);
}

void WhatIfPanel::updateActions()
{
    const bool any = m_list->currentRow() >= 0;
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

void WhatIfPanel::fillComparison(const PlanSnapshotPtr &snapshot)
{
    m_table->setRowCount(0);
    if (!snapshot || !snapshot->scenario) {
        m_summary->clear();
        return;
    }
    const Scenario &s = *snapshot->scenario;
    const WhatIfPlanPtr w = snapshot->whatIf;
    if (!w) {
        m_summary->setText(
            hasActiveWhatIf(s)
                ? tr("Evaluating the plan under the active conditions…")
                : tr("No condition is switched on: the plan is shown as it is. Add a condition "
                     "or switch one on to see the plan before → after it."));
        return;
    }
    const WhatIfComparison &c = w->comparison;
    int lost = 0, moved = 0, broken = 0;
    for (const WhatIfWorkloadDelta &d : c.workloads) {
        lost += int(d.regionsLostSlo.size());
        moved += int(d.regionsMoved.size());
        broken += d.meetsSloBefore && !d.meetsSloAfter ? 1 : 0;
    }
    m_summary->setText(
        tr("%n active condition(s): cost %1, SLO attainment %2; %3 workload(s) miss their SLO "
           "after, %4 unserved.",
           nullptr, int(w->conditions.size()))
            .arg(arrow(units::usd(c.usdPerMonthBefore), units::usd(c.usdPerMonthAfter)),
                 arrow(units::percent(c.attainmentPctBefore), units::percent(c.attainmentPctAfter)))
            .arg(broken)
            .arg(units::rps(c.unservedRps)) +
        (snapshot->pending() ? QStringLiteral(" ") + tr("(updating…)") : QString()));
    m_table->setRowCount(int(c.workloads.size()) + 1);
    const auto fillRow = [&](int row, const QString &name, double usdBefore, double usdAfter,
                             double pctBefore, double pctAfter, bool lostSlo, double unserved,
                             int lostRegions, int movedRegions) {
        m_table->setItem(row, 0, cell(name, name));
        m_table->setItem(row, 1, cell(arrow(units::usd(usdBefore), units::usd(usdAfter))));
        m_table->setItem(row, 2,
                         cell(arrow(units::percent(pctBefore), units::percent(pctAfter)),
                              lostSlo ? tr("Met its SLO before, misses it under the conditions") : QString(),
                              lostSlo));
        // Below what the table can show (0.00 req/s) is rounding, not an outage.
        const bool anyUnserved = unserved >= MinUnservedRps;
        m_table->setItem(row, 3,
                         cell(anyUnserved ? units::rps(unserved) : QStringLiteral("–"), {}, anyUnserved));
        m_table->setItem(row, 4, cell(units::count(lostRegions), {}, lostRegions > 0));
        m_table->setItem(row, 5, cell(units::count(movedRegions)));
    };
    fillRow(0, tr("All workloads"), c.usdPerMonthBefore, c.usdPerMonthAfter, c.attainmentPctBefore,
            c.attainmentPctAfter, broken > 0, c.unservedRps, lost, moved);
    for (int r = 0; r < 6; ++r)
        if (QTableWidgetItem *item = m_table->item(0, r)) {
            QFont f = item->font();
            f.setBold(true);
            item->setFont(f);
        }
    for (size_t i = 0; i < c.workloads.size(); ++i) {
        const WhatIfWorkloadDelta &d = c.workloads[i];
        const Workload &wl = s.workloads[size_t(d.workload)];
        fillRow(int(i) + 1, wl.name.isEmpty() ? wl.id : wl.name, d.usdPerMonthBefore, d.usdPerMonthAfter,
                d.attainmentPctBefore, d.attainmentPctAfter, d.meetsSloBefore && !d.meetsSloAfter,
                d.unservedRps, int(d.regionsLostSlo.size()), int(d.regionsMoved.size()));
    }
}

} // namespace ea
