// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/workloadactions.h"
#include "engine/model/scenariojson.h"
#include "widgets/planner/workloadeditor.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using namespace ea;

namespace {

const QString kFixture = QStringLiteral(EA_TEST_DATA_DIR "/small.json");

/** Runs fn on the next modal dialog once it shows (the action's exec() is running then). */
void onNextModal(std::function<void(QWidget *)> fn, int triesLeft = 500)
{
    QTimer::singleShot(triesLeft == 500 ? 0 : 10, qApp, [fn, triesLeft] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || !modal->isVisible()) {
            if (triesLeft > 0)
                onNextModal(fn, triesLeft - 1);
            return;
        }
        fn(modal);
    });
}

/** Drives the next workload editor: edit(editor) fills fields, then OK (or Cancel) is clicked. */
void driveEditor(std::function<void(WorkloadEditor *)> edit, bool ok = true, Workload *shown = nullptr)
{
    onNextModal([edit, ok, shown](QWidget *modal) {
        auto *editor = qobject_cast<WorkloadEditor *>(modal);
        if (!editor) {
            modal->close();
            return;
        }
        if (shown)
            *shown = editor->workload();
        edit(editor);
        auto *buttons = editor->findChild<QDialogButtonBox *>();
        QTest::mouseClick(buttons->button(ok ? QDialogButtonBox::Ok : QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        if (editor->isVisible()) // OK was disabled: do not hang the test
            editor->reject();
    });
}

void answerQuestion(QMessageBox::StandardButton answer, QString *text = nullptr)
{
    onNextModal([answer, text](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box) {
            modal->close();
            return;
        }
        if (text)
            *text = box->text();
        QTest::mouseClick(box->button(answer), Qt::LeftButton);
    });
}

} // namespace

class tst_WorkloadActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void enablingFollowsCurrentWorkload();
    void addThenUndoRedo();
    void editThenUndoRedo();
    void cancelledEditChangesNothing();
    void duplicateThenUndoRedo();
    void deleteAsksThenUndoRedo();
    void shortcutsDoNotClashWithMainWindow();

private:
    /** Checks undo gives back `before` exactly and redo `after`, with the dirty marker following. */
    void checkUndoRedo(const Scenario &before, const Scenario &after, const QString &text);

    QTemporaryDir m_settingsDir;
    Document *m_doc = nullptr;
    QWidget *m_parent = nullptr;
    WorkloadActions *m_actions = nullptr;
    int m_current = 0;
};

void tst_WorkloadActions::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Keep the user's settings (the main window's geometry) out of the tests.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_WorkloadActions"));
}

void tst_WorkloadActions::init()
{
    m_doc = new Document;
    QStringList errors;
    QVERIFY2(m_doc->load(kFixture, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
    m_parent = new QWidget;
    m_current = 0;
    m_actions = new WorkloadActions(m_doc, m_parent, [this] { return m_current; });
}

void tst_WorkloadActions::cleanup()
{
    delete m_parent; // owns the actions
    delete m_doc;
}

void tst_WorkloadActions::checkUndoRedo(const Scenario &before, const Scenario &after, const QString &text)
{
    QUndoStack *stack = m_doc->undoStack();
    QCOMPARE(stack->undoText(), text);
    QVERIFY(m_doc->isDirty());
    QSignalSpy dirty(m_doc, &Document::dirtyChanged);
    QSignalSpy published(m_doc, &Document::snapshotChanged);
    const quint64 content = m_doc->snapshot()->contentGeneration;
    stack->undo();
    QVERIFY(*m_doc->scenario() == before);
    QVERIFY(!m_doc->isDirty());
    QCOMPARE(dirty.count(), 1);
    QCOMPARE(dirty.last().at(0).toBool(), false);
    stack->redo();
    QVERIFY(*m_doc->scenario() == after);
    QVERIFY(m_doc->isDirty());
    QCOMPARE(dirty.last().at(0).toBool(), true);
    // Each step publishes one snapshot of another content.
    QCOMPARE(published.count(), 2);
    const auto undone = published.at(0).at(0).value<PlanSnapshotPtr>();
    const auto redone = published.at(1).at(0).value<PlanSnapshotPtr>();
    QVERIFY(undone->contentGeneration != content && redone->contentGeneration != undone->contentGeneration);
    QVERIFY(*undone->scenario == before && *redone->scenario == after);
}

void tst_WorkloadActions::enablingFollowsCurrentWorkload()
{
    QCOMPARE(m_actions->actions().size(), 4);
    QVERIFY(m_actions->addAction()->isEnabled());
    QVERIFY(m_actions->editAction()->isEnabled());
    QVERIFY(m_actions->duplicateAction()->isEnabled());
    QVERIFY(!m_actions->deleteAction()->isEnabled()); // the fixture's only workload must stay
    m_current = -1;
    m_actions->updateActions();
    QVERIFY(m_actions->addAction()->isEnabled());
    QVERIFY(!m_actions->editAction()->isEnabled());
    QVERIFY(!m_actions->duplicateAction()->isEnabled());
    QVERIFY(!m_actions->deleteAction()->isEnabled());
    QVERIFY(!m_actions->editWorkload()); // nothing to edit: no dialog, no change
    QCOMPARE(m_doc->undoStack()->count(), 0);
    for (QAction *a : m_actions->actions()) {
        QVERIFY(!a->shortcut().isEmpty());
        QVERIFY(!a->statusTip().isEmpty());
    }
}

void tst_WorkloadActions::addThenUndoRedo()
{
    const Scenario before = *m_doc->scenario();
    QSignalSpy applied(m_actions, &WorkloadActions::workloadApplied);
    Workload shown;
    driveEditor(
        [](WorkloadEditor *e) {
            e->findChild<QLineEdit *>(QStringLiteral("id"))->setText(QStringLiteral("vision"));
            e->findChild<QLineEdit *>(QStringLiteral("name"))->setText(QStringLiteral("Vision"));
        },
        true, &shown);
    m_actions->addAction()->trigger();
    const Scenario after = *m_doc->scenario();
    QCOMPARE(after.workloads.size(), before.workloads.size() + 1);
    Workload expected = shown;
    expected.id = QStringLiteral("vision");
    expected.name = QStringLiteral("Vision");
    QCOMPARE(after.workloads.back(), expected);
    QCOMPARE(applied.count(), 1);
    QCOMPARE(applied.first().at(0).toInt(), 1);
    checkUndoRedo(before, after, QStringLiteral("Add workload Vision"));
    QVERIFY(m_actions->deleteAction()->isEnabled()); // two workloads now
}

void tst_WorkloadActions::editThenUndoRedo()
{
    const Scenario before = *m_doc->scenario();
    driveEditor(
        [](WorkloadEditor *e) { e->findChild<QDoubleSpinBox *>(QStringLiteral("budgetMs"))->setValue(700); });
    QVERIFY(m_actions->editWorkload());
    const Scenario after = *m_doc->scenario();
    Scenario expected = before;
    expected.workloads[0].slo.budgetMs = 700;
    QVERIFY(after == expected);
    checkUndoRedo(before, after, QStringLiteral("Edit Chat"));
}

void tst_WorkloadActions::cancelledEditChangesNothing()
{
    const Scenario before = *m_doc->scenario();
    driveEditor(
        [](WorkloadEditor *e) { e->findChild<QDoubleSpinBox *>(QStringLiteral("budgetMs"))->setValue(9); },
        false);
    QVERIFY(!m_actions->editWorkload());
    // An invalid value cannot be applied: OK is disabled, the dialog ends without a change.
    driveEditor(
        [](WorkloadEditor *e) { e->findChild<QDoubleSpinBox *>(QStringLiteral("budgetMs"))->setValue(0); });
    QVERIFY(!m_actions->editWorkload());
    QVERIFY(*m_doc->scenario() == before);
    QCOMPARE(m_doc->undoStack()->count(), 0);
    QVERIFY(!m_doc->isDirty());
}

void tst_WorkloadActions::duplicateThenUndoRedo()
{
    const Scenario before = *m_doc->scenario();
    Workload shown;
    driveEditor([](WorkloadEditor *) {}, true, &shown);
    QVERIFY(m_actions->duplicateWorkload());
    QCOMPARE(shown.id, QStringLiteral("chat-copy"));
    const Scenario after = *m_doc->scenario();
    QCOMPARE(after.workloads.size(), 2u);
    Workload expected = before.workloads[0];
    expected.id = QStringLiteral("chat-copy");
    expected.name = QStringLiteral("Chat (copy)");
    QCOMPARE(after.workloads[1], expected);
    QCOMPARE(after.workloads[0], before.workloads[0]);
    checkUndoRedo(before, after, QStringLiteral("Duplicate Chat"));

    // A second copy counts on.
    driveEditor([](WorkloadEditor *) {}, true, &shown);
    QVERIFY(m_actions->duplicateWorkload());
    QCOMPARE(shown.id, QStringLiteral("chat-copy-2"));
}

void tst_WorkloadActions::deleteAsksThenUndoRedo()
{
    driveEditor([](WorkloadEditor *) {});
    QVERIFY(m_actions->duplicateWorkload());
    const Scenario before = *m_doc->scenario();
    QVERIFY(m_actions->deleteAction()->isEnabled());

    QString question;
    answerQuestion(QMessageBox::No, &question);
    QVERIFY(!m_actions->deleteWorkload());
    QVERIFY(question.contains(QStringLiteral("Chat")));
    QVERIFY(*m_doc->scenario() == before);

    answerQuestion(QMessageBox::Yes);
    m_actions->deleteAction()->trigger();
    const Scenario after = *m_doc->scenario();
    QCOMPARE(after.workloads.size(), 1u);
    QCOMPARE(after.workloads[0].id, QStringLiteral("chat-copy"));
    QVERIFY(!m_actions->deleteAction()->isEnabled()); // the last one stays
    QCOMPARE(m_doc->undoStack()->undoText(), QStringLiteral("Delete Chat"));
    QSignalSpy dirty(m_doc, &Document::dirtyChanged);
    m_doc->undoStack()->undo();
    QVERIFY(*m_doc->scenario() == before);
    m_doc->undoStack()->redo();
    QVERIFY(*m_doc->scenario() == after);
    QVERIFY(m_doc->isDirty());
}

void tst_WorkloadActions::shortcutsDoNotClashWithMainWindow()
{
    MainWindow window;
    // The window holds its own workload actions: every other action's shortcuts must differ from ours,
    // and no two of the window's actions share one.
    const QList<QAction *> windowOwn = window.workloadActions()->actions();
    QSet<QString> taken;
    for (QAction *a : window.findChildren<QAction *>()) {
        if (windowOwn.contains(a))
            continue;
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!taken.contains(k.toString()), qPrintable(k.toString()));
            taken.insert(k.toString());
        }
    }
    QSet<QString> ours;
    for (QAction *a : m_actions->actions())
        for (const QKeySequence &k : a->shortcuts()) {
            QVERIFY2(!taken.contains(k.toString()), qPrintable(k.toString()));
            QVERIFY2(!ours.contains(k.toString()), qPrintable(k.toString()));
            ours.insert(k.toString());
        }
}

QTEST_MAIN(tst_WorkloadActions)
#include "tst_workloadactions.moc"
