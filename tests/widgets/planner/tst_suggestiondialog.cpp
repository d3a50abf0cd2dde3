// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "widgets/planner/suggestiondialog.h"

#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace ea;

namespace {

Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    return *l.scenario;
}

/** The fixture with a second workload, so that one moves and one stays. */
Scenario twoWorkloads()
{
    Scenario s = fixture();
    Workload w = s.workloads[0];
    w.id = QStringLiteral("fixed");
    w.name = QStringLiteral("Fixed");
    w.pinned = true;
    s.workloads.push_back(w);
    return s;
}

QPushButton *applyButton(SuggestionDialog &d)
{
    for (QPushButton *b : d.findChild<QDialogButtonBox *>()->findChildren<QPushButton *>())
        if (d.findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole)
            return b;
    return nullptr;
}

} // namespace

class tst_SuggestionDialog : public QObject
{
    Q_OBJECT
private slots:
    void showsTheMovesAndAppliesThem()
    {
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(twoWorkloads()));
        const auto expected = std::make_shared<const OptimizeResult>(
            optimizePlacement(*plan->evaluator, plan->outcome->placement));
        QVERIFY(expected->feasible);
        QCOMPARE(expected->placement[0], Tier::Central);  // per token is cheaper for the fixture's chat
        QCOMPARE(expected->placement[1], Tier::Regional); // pinned

        // The search runs in app/ (tests/app/tst_placementsuggestion.cpp); the dialog shows what it gets.
        SuggestionDialog d(plan);
        QSignalSpy finished(&d, &SuggestionDialog::searchFinished);
        d.show();
        QVERIFY(d.isRunning());
        QVERIFY(!applyButton(d)->isEnabled());
        d.setProgress(0.5);
        auto *bar = d.findChild<QProgressBar *>();
        QVERIFY(bar && bar->value() == 500);
        d.setResult(expected);
        QCOMPARE(finished.count(), 1);
        QVERIFY(!d.isRunning());
        QVERIFY(d.optimizeResult() && d.optimizeResult()->feasible);

        auto *table = d.findChild<QTableWidget *>(QStringLiteral("suggestionTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("Chat"));
        QCOMPARE(table->item(0, 1)->text(), tierLabel(Tier::Regional));
        QCOMPARE(table->item(0, 2)->text(), tierLabel(Tier::Central));
        QVERIFY(table->item(0, 0)->font().bold());
        QCOMPARE(table->item(1, 2)->text(), tierLabel(Tier::Regional));
        QVERIFY(!table->item(1, 0)->font().bold());
        QVERIFY(!table->item(0, 0)->toolTip().isEmpty());

        QPushButton *apply = applyButton(d);
        QVERIFY(apply && apply->isEnabled());
        QVERIFY(d.suggestedPlacement().empty()); // nothing before Apply
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.suggestedPlacement(), expected->placement);
    }

    void nothingToApplyWhenNoSloCanBeMet()
    {
        Scenario s = fixture();
        s.workloads[0].slo.budgetMs = 3; // prefill and decode alone take about 4 ms
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(s));
        SuggestionDialog d(plan);
        QSignalSpy finished(&d, &SuggestionDialog::searchFinished);
        d.setResult(std::make_shared<const OptimizeResult>(
            optimizePlacement(*plan->evaluator, plan->outcome->placement)));
        QCOMPARE(finished.count(), 1);
        QVERIFY(!d.optimizeResult()->feasible);
        auto *problems = d.findChild<QPlainTextEdit *>();
        QVERIFY(problems && problems->toPlainText().startsWith(QStringLiteral("Chat:")));
        QVERIFY(!applyButton(d)->isEnabled());
        // Keyboard: Escape closes it without a placement.
        d.show();
        QTest::keyClick(&d, Qt::Key_Escape);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(d.suggestedPlacement().empty());
    }

    void stopAsksToCancelAndShowsTheStop()
    {
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(fixture()));
        SuggestionDialog d(plan);
        QSignalSpy cancel(&d, &SuggestionDialog::cancelRequested);
        QSignalSpy finished(&d, &SuggestionDialog::searchFinished);
        d.cancelSearch();
        QCOMPARE(cancel.count(), 1);
        QVERIFY(d.isRunning()); // until the search says it stopped
        auto stopped = std::make_shared<OptimizeResult>();
        stopped->cancelled = true;
        d.setResult(stopped);
        QCOMPARE(finished.count(), 1);
        QVERIFY(d.optimizeResult()->cancelled);
        QVERIFY(!applyButton(d)->isEnabled());
        QVERIFY(d.suggestedPlacement().empty());
        d.cancelSearch(); // over: nothing to stop
        QCOMPARE(cancel.count(), 1);
    }

    void closingWhileRunningAsksToCancel()
    {
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(fixture()));
        SuggestionDialog d(plan);
        QSignalSpy cancel(&d, &SuggestionDialog::cancelRequested);
        d.show();
        d.reject();
        QCOMPARE(cancel.count(), 1);
        QVERIFY(d.suggestedPlacement().empty());
    }
};

QTEST_MAIN(tst_SuggestionDialog)
#include "tst_suggestiondialog.moc"
