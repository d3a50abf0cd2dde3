// SPDX-License-Identifier: GPL-3.0-or-later
// Plan → Suggest Placement as app/ runs it: the optimizer is a job of the document's runner (shown in the
// status bar, cancellable there and in the dialog), and closing the dialog never waits for it.
#include "app/document.h"
#include "app/jobrunner.h"
#include "app/placementsuggestion.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "widgets/planner/suggestiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace ea;

class tst_PlacementSuggestion : public QObject
{
    Q_OBJECT

private slots:
    void searchesShowsAndApplies();
    void cancelStopsTheSearch();
    void searchAgainForResilience();
    void closingWhileRunningDoesNotWait();
};

void tst_PlacementSuggestion::searchesShowsAndApplies()
{
    Document doc;
    QVERIFY(doc.load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending(), 10000);
    const PlanSnapshotPtr plan = doc.snapshot();
    const OptimizeResult expected = optimizePlacement(*plan->evaluator, plan->placement);
    QWidget parent;
    PlacementSuggestion suggestion(&doc, &parent);
    QVERIFY(suggestion.job() != 0);
    QCOMPARE(doc.jobs()->job(suggestion.job())->lane, QString::fromLatin1(PlacementSuggestion::JobLane));
    QSignalSpy finished(suggestion.dialog(), &SuggestionDialog::searchFinished);
    QVERIFY(finished.wait(20000));
    QVERIFY(suggestion.dialog()->optimizeResult());
    QCOMPARE(suggestion.dialog()->optimizeResult()->placement, expected.placement);
    QCOMPARE(suggestion.job(), quint64(0));
    // Apply: the suggestion as one undoable step.
    for (QPushButton *b : suggestion.dialog()->findChild<QDialogButtonBox *>()->findChildren<QPushButton *>())
        if (suggestion.dialog()->findChild<QDialogButtonBox *>()->buttonRole(b) ==
            QDialogButtonBox::AcceptRole)
            b->click();
    QVERIFY(suggestion.applyAccepted());
    QCOMPARE(doc.placement(), expected.placement);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Apply suggested placement"));
}

void tst_PlacementSuggestion::cancelStopsTheSearch()
{
    Document doc;
    QVERIFY(doc.loadDefault(nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending(), 20000);
    QWidget parent;
    PlacementSuggestion suggestion(&doc, &parent);
    QSignalSpy finished(suggestion.dialog(), &SuggestionDialog::searchFinished);
    suggestion.dialog()->cancelSearch(); // at once: the default scenario takes far longer than this
    QVERIFY(finished.wait(20000));
    QVERIFY(suggestion.dialog()->optimizeResult()->cancelled);
    QVERIFY(suggestion.dialog()->suggestedPlacement().empty());
    QVERIFY(!doc.jobs()->isBusy(QString::fromLatin1(PlacementSuggestion::JobLane)));

    // The status bar's Cancel (the runner) stops it the same way.
    PlacementSuggestion again(&doc, &parent);
    QSignalSpy finishedAgain(again.dialog(), &SuggestionDialog::searchFinished);
    doc.jobs()->cancel(again.job());
    QVERIFY(finishedAgain.wait(20000));
    QVERIFY(again.dialog()->optimizeResult()->cancelled);
}

void tst_PlacementSuggestion::searchAgainForResilience()
{
    // The fixture's chat is cheapest on the API tier, whose single endpoint is a single point of failure;
    // Paris and Berlin back each other up in the regional tier. Ticking the option and searching again runs
    // the resilient optimization as a job and shows it.
    Document doc;
    QVERIFY(doc.load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending(), 10000);
    QWidget parent;
    PlacementSuggestion suggestion(&doc, &parent);
    QSignalSpy finished(suggestion.dialog(), &SuggestionDialog::searchFinished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(suggestion.dialog()->optimizeResult()->placement[0], Tier::Central);
    QVERIFY(!suggestion.dialog()->optimizeResult()->resilient);
    auto *resilient = suggestion.dialog()->findChild<QCheckBox *>();
    QVERIFY(resilient);
    resilient->setChecked(true);
    QPushButton *again = nullptr;
    for (QPushButton *b : suggestion.dialog()->findChildren<QPushButton *>())
        if (b->text() == SuggestionDialog::tr("Search &Again"))
            again = b;
    QVERIFY(again && again->isEnabled());
    again->click();
    QVERIFY(suggestion.job() != 0);
    QVERIFY(finished.wait(20000));
    const auto r = suggestion.dialog()->optimizeResult();
    QVERIFY(r->feasible && r->resilient && r->provenOptimal);
    QCOMPARE(r->placement[0], Tier::Regional);
    QCOMPARE(r->failuresChecked, 3);
}

void tst_PlacementSuggestion::closingWhileRunningDoesNotWait()
{
    Document doc;
    QVERIFY(doc.loadDefault(nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending(), 20000);
    quint64 job = 0;
    {
        QWidget parent;
        PlacementSuggestion suggestion(&doc, &parent);
        job = suggestion.job();
        suggestion.dialog()->show();
        suggestion.dialog()->reject();
    }
    // Gone without waiting: the search is still winding down, asked to stop, its answer going nowhere.
    const std::optional<JobRunner::Job> running = doc.jobs()->job(job);
    QVERIFY(running.has_value());
    QVERIFY(running->cancelRequested);
    QTRY_VERIFY_WITH_TIMEOUT(!doc.jobs()->isActive(job), 20000);
}

QTEST_MAIN(tst_PlacementSuggestion)
#include "tst_placementsuggestion.moc"
