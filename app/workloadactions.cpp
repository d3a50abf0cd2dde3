// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/workloadactions.h"

#include "app/document.h"
#include "widgets/planner/workloadeditor.h"
#include "widgets/planner/workloadpresets.h"

#include <QAction>
#include <QMessageBox>
#include <QWidget>

namespace ea {

namespace {
constexpr int kProblemsShown = 12;
} // namespace

WorkloadActions::WorkloadActions(Document *document, QWidget *dialogParent,
                                 std::function<int()> currentWorkload, QObject *parent)
    : QObject(parent ? parent : dialogParent), m_document(document), m_dialogParent(dialogParent),
      m_currentWorkload(std::move(currentWorkload))
{
    const auto make = [this](const QString &text, const QList<QKeySequence> &keys, const QString &tip,
                             bool (WorkloadActions::*slot)()) {
        auto *a = new QAction(text, this);
        a->setShortcuts(keys);
        a->setStatusTip(tip);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(tip, keys.first().toString(QKeySequence::NativeText)));
        connect(a, &QAction::triggered, this, [this, slot] { (this->*slot)(); });
        return a;
    };
    m_add = make(tr("&Add Workload…"),
                 {QKeySequence(Qt::Key_Insert), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
                 tr("Add a workload to the scenario"), &WorkloadActions::addWorkload);
    m_edit = make(tr("&Edit Workload…"), {QKeySequence(Qt::CTRL | Qt::Key_E)},
                  tr("Edit the selected workload: SLO, demand, tokens, model, tier"),
                  &WorkloadActions::editWorkload);
    m_duplicate = make(tr("D&uplicate Workload…"), {QKeySequence(Qt::CTRL | Qt::Key_D)},
                       tr("Add a copy of the selected workload"), &WorkloadActions::duplicateWorkload);
    m_delete = make(tr("&Delete Workload"), {QKeySequence(QKeySequence::Delete)},
                    tr("Remove the selected workload from the scenario"), &WorkloadActions::deleteWorkload);
    if (m_document) {
        connect(m_document, &Document::scenarioChanged, this, &WorkloadActions::updateActions);
        connect(m_document, &Document::snapshotChanged, this, &WorkloadActions::updateActions);
    }
    updateActions();
}

WorkloadActions::~WorkloadActions() = default;

int WorkloadActions::current() const
{
    if (!m_document || !m_document->scenario() || !m_currentWorkload)
        return -1;
    const int w = m_currentWorkload();
    return w >= 0 && w < static_cast<int>(m_document->scenario()->workloads.size()) ? w : -1;
}

void WorkloadActions::updateActions()
{
    const auto s = m_document ? m_document->scenario() : nullptr;
    const bool selected = current() >= 0;
    m_add->setEnabled(s && !s->models.empty() && !tiersWithNodes(*s).empty());
    m_edit->setEnabled(selected);
    m_duplicate->setEnabled(selected);
    // A scenario needs at least one workload (the loader's rule), so the last one stays.
    m_delete->setEnabled(selected && s->workloads.size() > 1);
}

bool WorkloadActions::addWorkload()
{
    if (!m_add->isEnabled())
        return false;
    const auto s = m_document->scenario();
    const Workload fresh = newWorkload(*s);
    return runEditor(true, static_cast<int>(s->workloads.size()), fresh, QString());
}

bool WorkloadActions::editWorkload()
{
    const int w = current();
    if (w < 0)
        return false;
    const Workload &old = m_document->scenario()->workloads[w];
    return runEditor(false, w, old, tr("Edit %1").arg(old.name));
}

bool WorkloadActions::duplicateWorkload()
{
    const int w = current();
    if (w < 0)
        return false;
    const auto s = m_document->scenario();
    Workload copy = s->workloads[w];
    copy.id = uniqueWorkloadId(*s, copy.id);
    copy.name = tr("%1 (copy)").arg(copy.name);
    return runEditor(true, w + 1, copy, tr("Duplicate %1").arg(s->workloads[w].name),
                     tr("Duplicate Workload — %1").arg(s->workloads[w].name));
}

bool WorkloadActions::deleteWorkload()
{
    const int w = current();
    if (w < 0 || !m_delete->isEnabled())
        return false;
    const auto s = m_document->scenario();
    const QString name = s->workloads[w].name;
    QMessageBox box(QMessageBox::Question, tr("Delete Workload"),
                    tr("Delete the workload “%1” from the scenario?").arg(name),
                    QMessageBox::Yes | QMessageBox::No, m_dialogParent);
    box.setInformativeText(tr("Undo (Ctrl+Z) brings it back."));
    box.setDefaultButton(QMessageBox::Yes);
    if (box.exec() != QMessageBox::Yes)
        return false;
    Scenario next = *s;
    next.workloads.erase(next.workloads.begin() + w);
    return apply(std::move(next), tr("Delete %1").arg(name), -1);
}

bool WorkloadActions::runEditor(bool insert, int index, const Workload &initial, const QString &undoText,
                                const QString &title)
{
    WorkloadEditor editor(m_document->scenario(),
                          insert ? WorkloadEditor::Mode::Insert : WorkloadEditor::Mode::Edit, index, initial,
                          m_dialogParent);
    if (!title.isEmpty())
        editor.setWindowTitle(title);
    if (editor.exec() != QDialog::Accepted || !m_document)
        return false;
    // An add is named after the workload as the user finally called it.
    const QString text = undoText.isEmpty() ? tr("Add workload %1").arg(editor.workload().name) : undoText;
    return apply(editor.candidate(), text, editor.index());
}

bool WorkloadActions::apply(Scenario next, const QString &undoText, int selectIndex)
{
    QStringList errors;
    if (!m_document->applyEdit(std::move(next), undoText, &errors)) {
        if (!errors.isEmpty()) {
            QMessageBox box(QMessageBox::Warning, tr("Workload Not Changed"),
                            tr("The change would make the scenario invalid:"), QMessageBox::Ok,
                            m_dialogParent);
            box.setInformativeText(errors.mid(0, kProblemsShown).join(QLatin1Char('\n')));
            box.exec();
        }
        return false; // or nothing changed
    }
    if (selectIndex >= 0)
        emit workloadApplied(selectIndex);
    return true;
}

} // namespace ea
