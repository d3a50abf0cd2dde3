// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/whatif.h"
#include "engine/plan/plansnapshot.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QMenu;
class QTableWidget;
class QToolButton;

namespace ea {

class Document;

/**
 * The scenario's what-if conditions ("bad days", DESIGN.md) and what they do to the plan: a list with one
 * check box per condition (switch it on or off), Add (a menu of kinds, each with its dialog), Edit and
 * Remove, and below it the plan before → after the active conditions (cost and SLO attainment, total and
 * per workload, unserved demand, regions that lost their SLO or moved), read from the document's plan
 * snapshot (PlanSnapshot::whatIf). Every change is one undoable command on the document's undo stack and
 * is saved with the scenario. Keys: Insert adds, Return edits, Delete removes, Space switches.
 */
class WhatIfPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int WorkloadColumnPx = 170;
    /** Unserved demand below this (req/s) shows as none: the table shows two decimals. */
    static constexpr double MinUnservedRps = 0.005;
    explicit WhatIfPanel(Document *document, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QTableWidget *comparison() const { return m_table; }
    /** Add actions, one per kind of condition (Down, Surge, Price, LatencyPenalty). */
    QList<QAction *> addActions() const { return m_addActions; }
    QAction *editAction() const { return m_edit; }
    QAction *removeAction() const { return m_remove; }

    // Undoable changes of the scenario's list (also what the buttons do once a dialog is accepted).
    bool addCondition(const WhatIfCondition &condition);
    bool replaceCondition(int index, const WhatIfCondition &condition);
    bool removeCondition(int index);
    bool setConditionEnabled(int index, bool enabled);

    /** Opens the dialog of a new condition of this kind; adds it when accepted. */
    void addWithDialog(WhatIfCondition::Kind kind);
    /** Opens the dialog of the current condition; replaces it when accepted. */
    void editCurrent();

    /** One line for a condition, translated (the list's text). */
    static QString describe(const WhatIfCondition &c, const Scenario &s);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool applyList(std::vector<WhatIfCondition> list, const QString &text);
    void onSnapshot(const PlanSnapshotPtr &snapshot);
    void fillList();
    void fillComparison(const PlanSnapshotPtr &snapshot);
    void onItemChanged(QListWidgetItem *item);
    void updateActions();

    Document *m_document;
    QListWidget *m_list = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QToolButton *m_addButton = nullptr;
    QList<QAction *> m_addActions;
    QAction *m_edit = nullptr, *m_remove = nullptr;
    std::vector<WhatIfCondition> m_shown; // what the list shows
    bool m_filling = false;
};

} // namespace ea
