// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QWidget;

namespace ea {

class Document;

/**
 * The workload edit actions: add, edit, duplicate and delete. Each opens the WorkloadEditor (delete asks
 * first) and applies the result through Document::applyEdit as one undoable step named "Add workload X",
 * "Edit X", "Duplicate X" or "Delete X", so undo restores the scenario exactly.
 *
 * currentWorkload returns the scenario index (not a proxy row) of the workload the user has picked, or -1.
 * Call updateActions() when it changes; document changes are followed here. The actions have window-wide
 * shortcuts once added to a widget of the window (a menu of the menu bar, a tool bar).
 */
class WorkloadActions : public QObject
{
    Q_OBJECT
public:
    WorkloadActions(Document *document, QWidget *dialogParent, std::function<int()> currentWorkload,
                    QObject *parent = nullptr);
    ~WorkloadActions() override;

    QAction *addAction() const { return m_add; }
    QAction *editAction() const { return m_edit; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    /** Add, edit, duplicate, delete, in menu order. */
    QList<QAction *> actions() const { return {m_add, m_edit, m_duplicate, m_delete}; }

public slots:
    /** Enables the actions for the current workload; call when the selection changes. */
    void updateActions();
    /** The actions' work; each returns true when the document changed. */
    bool addWorkload();
    bool editWorkload();
    bool duplicateWorkload();
    bool deleteWorkload();

signals:
    /** A workload was added, edited or duplicated and now sits at this scenario index: select it. */
    void workloadApplied(int index);

private:
    int current() const;
    /** Runs the editor (insert: a new workload at index; else: workload index) and applies its result;
     * an empty undoText names the step after the added workload. */
    bool runEditor(bool insert, int index, const Workload &initial, const QString &undoText,
                   const QString &title = QString());
    bool apply(Scenario next, const QString &undoText, int selectIndex);

    QPointer<Document> m_document;
    QPointer<QWidget> m_dialogParent;
    std::function<int()> m_currentWorkload;
    QAction *m_add = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_delete = nullptr;
};

} // namespace ea
