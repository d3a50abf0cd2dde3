// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "widgets/planner/suggestiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
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

    void aStoppedSearchOffersItsBestAndSearchesAgainWithTheOptions()
    {
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(twoWorkloads()));
        auto best =
            std::make_shared<OptimizeResult>(optimizePlacement(*plan->evaluator, plan->outcome->placement));
        QVERIFY(best->hasPlacement());
        best->cancelled = true; // stopped: what it found is still offered, with how far from proven it is
        best->provenOptimal = false;
        best->gap = 0.05;
        best->boundUsdPerMonth = best->usdPerMonth * 0.95;
        SuggestionDialog d(plan);
        QSignalSpy again(&d, &SuggestionDialog::searchAgainRequested);
        d.setProgress(0.3, QStringLiteral("Best found $1 per month"));
        auto *bound = d.findChild<QLabel *>(QStringLiteral("suggestionBound"));
        QVERIFY(bound && bound->text() == QStringLiteral("Best found $1 per month"));
        d.setResult(best);
        QVERIFY(applyButton(d)->isEnabled());
        QVERIFY(d.findChild<QLabel *>()->text().contains(units::percent(5.0, 2)));
        auto *granularity = d.findChild<QComboBox *>();
        QVERIFY(granularity);
        QCOMPARE(d.options().granularity, Granularity::Workload);
        granularity->setCurrentIndex(1);
        QCOMPARE(d.options().granularity, Granularity::Zone);
        QVERIFY(d.options().timeLimitS > 0);
        QPushButton *searchAgain = nullptr;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->text() == SuggestionDialog::tr("Search &Again"))
                searchAgain = b;
        QVERIFY(searchAgain && searchAgain->isEnabled());
        QTest::mouseClick(searchAgain, Qt::LeftButton);
        QCOMPARE(again.count(), 1);
        d.restart();
        QVERIFY(d.isRunning());
        QVERIFY(!applyButton(d)->isEnabled());
        QVERIFY(!searchAgain->isEnabled());
    }

    void placingForResilienceIsAnOptionAndTheResultSaysSo()
    {
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(fixture()));
        SuggestionDialog d(plan);
        auto *resilient = d.findChild<QCheckBox *>();
        QVERIFY(resilient && !resilient->isChecked() && !resilient->toolTip().isEmpty());
        QVERIFY(resilient->text().contains(QLatin1Char('&'))); // reachable from the keyboard
        QVERIFY(!d.options().resilient);
        resilient->setChecked(true);
        QVERIFY(d.options().resilient);
        d.restart();
        auto *status = d.findChild<QLabel *>();
        QVERIFY(status->text().contains(QStringLiteral("any single site failure")));
        const auto r = std::make_shared<const OptimizeResult>(
            optimizePlacement(*plan->evaluator, plan->outcome->placement, d.options()));
        QVERIFY(r->failuresChecked == int(plan->scenario->nodes.size()));
        d.setResult(r);
        // Paris and Berlin back each other up: the result keeps every SLO under any single site failure.
        QVERIFY2(r->feasible && r->resilient, qPrintable(r->problems.join(QLatin1Char('\n'))));
        QVERIFY2(status->text().contains(QStringLiteral("keeps every SLO under any single site failure")),
                 qPrintable(status->text()));
    }

    void aModelSizeCapStopIsExplained()
    {
        const PlanSnapshotPtr plan = PlanSnapshot::evaluate(std::make_shared<const Scenario>(twoWorkloads()));
        auto best =
            std::make_shared<OptimizeResult>(optimizePlacement(*plan->evaluator, plan->outcome->placement));
        best->provenOptimal = false;
        best->sizeLimited = true; // as the cut loop reports a master above placement::MaxMasterNonzeros
        best->masterNonzeros = 2'000'001;
        best->gap = 0.02;
        best->boundUsdPerMonth = best->usdPerMonth * 0.98;
        SuggestionDialog d(plan);
        d.setResult(best);
        QVERIFY(d.findChild<QLabel *>()->text().contains(QStringLiteral("size cap")));
        auto *problems = d.findChild<QPlainTextEdit *>();
        QVERIFY(problems && !problems->isHidden());
        QVERIFY2(problems->toPlainText().contains(units::count(2'000'001.0)) &&
                     problems->toPlainText().contains(QStringLiteral("not proven the cheapest")),
                 qPrintable(problems->toPlainText()));
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
