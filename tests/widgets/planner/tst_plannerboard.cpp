// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/whatifplan.h"
#include "tests/common/snapshots.h"
#include "widgets/planner/plannerboard.h"
#include "widgets/planner/tiercolumn.h"
#include "widgets/planner/workloadcard.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using namespace ea;
using test::Publisher;

namespace {

/** The small fixture with three workloads: free, forbidden in central, pinned. */
std::shared_ptr<const Scenario> fixture()
{
    ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!load.ok())
        return nullptr;
    Scenario s = std::move(*load.scenario);
    Workload second = s.workloads[0];
    second.id = QStringLiteral("chat-regional-only");
    second.name = QStringLiteral("Regional-only chat");
    second.forbiddenTiers = {Tier::Central};
    Workload third = s.workloads[0];
    third.id = QStringLiteral("chat-pinned");
    third.name = QStringLiteral("Pinned chat");
    third.pinned = true;
    third.tier = Tier::Central;
    s.workloads.push_back(second);
    s.workloads.push_back(third);
    return std::make_shared<const Scenario>(std::move(s));
}

/** Sends a drop of a card onto a column, as the drag-and-drop machinery does at the end of a drag. */
bool dropOn(PlannerBoard &board, int row, Tier tier)
{
    TierColumn *column = board.column(tier);
    std::unique_ptr<QMimeData> mime(board.mimeDataFor(row));
    const QPointF pos(column->width() / 2.0, column->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column, &drop);
    return drop.isAccepted();
}

} // namespace

class tst_PlannerBoard : public QObject
{
    Q_OBJECT

private slots:
    void cardsSitInTheirTierColumns();
    void dropRequestsTierChangeThroughModel();
    void forbiddenTierRefusesDrop();
    void keyboardMovesAndNavigates();
    void cardsShowEvaluatedNumbers();
    void pendingGreysAndPlacementMovesCard();
    void columnSummariesMatchTierTotals();
    void whatIfShowsBeforeAfterOnAffectedCards();
};

void tst_PlannerBoard::cardsSitInTheirTierColumns()
{
    const auto s = fixture();
    QVERIFY(s);
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    board.resize(900, 400);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    // Only tiers the scenario defines get a column.
    QVERIFY(board.column(Tier::Regional)->isVisible());
    QVERIFY(board.column(Tier::Central)->isVisible());
    QVERIFY(!board.column(Tier::Edge)->isVisible());
    QVERIFY(!board.column(Tier::OnPrem)->isVisible());
    QCOMPARE(board.column(Tier::Regional)->cards().size(), size_t(2));
    QCOMPARE(board.column(Tier::Central)->cards().size(), size_t(1));
    QCOMPARE(board.column(Tier::Central)->cards().front()->data().name, QStringLiteral("Pinned chat"));
    QVERIFY(board.card(2)->data().pinned);
    QCOMPARE(board.card(0)->accessibleName(), s->workloads[0].name);
}

void tst_PlannerBoard::dropRequestsTierChangeThroughModel()
{
    const auto s = fixture();
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    board.show();
    QSignalSpy requested(&model, &WorkloadTableModel::tierChangeRequested);
    QSignalSpy current(&board, &PlannerBoard::currentWorkloadChanged);
    QVERIFY(dropOn(board, 0, Tier::Central));
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(0).toInt(), 0);
    QCOMPARE(requested.at(0).at(1).value<Tier>(), Tier::Central);
    QCOMPARE(board.currentWorkload(), 0);
    // The card stays until the document's placement reaches the model.
    QCOMPARE(board.cardTier(0), Tier::Regional);
    Placement moved = placementOf(*s);
    moved[0] = Tier::Central;
    model.setSnapshot(publish(moved, nullptr));
    QCOMPARE(board.cardTier(0), Tier::Central);
    QCOMPARE(board.column(Tier::Central)->cards().size(), size_t(2));
    QVERIFY(std::find(board.column(Tier::Central)->cards().begin(),
                      board.column(Tier::Central)->cards().end(),
                      board.card(0)) != board.column(Tier::Central)->cards().end());
    // Dropping onto its own tier asks nothing.
    QVERIFY(!board.moveWorkload(0, Tier::Central));
    QCOMPARE(requested.size(), 1);
}

void tst_PlannerBoard::forbiddenTierRefusesDrop()
{
    const auto s = fixture();
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    board.show();
    QSignalSpy requested(&model, &WorkloadTableModel::tierChangeRequested);
    QVERIFY(!board.canDrop(1, Tier::Central));
    QVERIFY(board.canDrop(1, Tier::Regional));
    QVERIFY(!dropOn(board, 1, Tier::Central));
    QVERIFY(!board.canDrop(0, Tier::Edge)); // the scenario has no edge tier
    QCOMPARE(requested.size(), 0);
    // Garbage on the drop is refused too.
    QMimeData junk;
    junk.setData(PlannerBoard::mimeType(), "not a row");
    QDragEnterEvent enter(QPoint(5, 5), Qt::MoveAction, &junk, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(board.column(Tier::Central), &enter);
    QVERIFY(!enter.isAccepted());
}

void tst_PlannerBoard::keyboardMovesAndNavigates()
{
    const auto s = fixture();
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    board.show();
    QVERIFY(QTest::qWaitForWindowExposed(&board));
    QSignalSpy requested(&model, &WorkloadTableModel::tierChangeRequested);
    QSignalSpy edit(&board, &PlannerBoard::editRequested);
    WorkloadCard *first = board.card(0);
    board.setCurrentWorkload(0);
    QTest::keyClick(first, Qt::Key_Right, Qt::ControlModifier);
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.at(0).at(1).value<Tier>(), Tier::Central);
    // Ctrl+Left from the leftmost allowed tier does nothing.
    QTest::keyClick(first, Qt::Key_Left, Qt::ControlModifier);
    QCOMPARE(requested.size(), 1);
    // Down goes to the next card of the column, Right to the next column.
    QTest::keyClick(first, Qt::Key_Down);
    QCOMPARE(board.currentWorkload(), 1);
    QTest::keyClick(board.card(1), Qt::Key_Right);
    QCOMPARE(board.currentWorkload(), 2);
    QTest::keyClick(board.card(2), Qt::Key_Return);
    QCOMPARE(edit.size(), 1);
    QCOMPARE(edit.at(0).at(0).toInt(), 2);
}

void tst_PlannerBoard::cardsShowEvaluatedNumbers()
{
    const auto s = fixture();
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    QVERIFY(!board.card(0)->data().evaluated);
    const PlanSnapshotPtr evaluated = publish.evaluated();
    const PlanOutcomePtr outcome = evaluated->outcome;
    model.setSnapshot(evaluated);
    for (int row = 0; row < 3; ++row) {
        const CardData &d = board.card(row)->data();
        const WorkloadOutcome &o = outcome->workloads[row];
        QVERIFY(d.evaluated);
        QVERIFY(!d.pending);
        QCOMPARE(d.latencyMs, o.sloMs);
        QCOMPARE(d.usdPerMonth, o.usdPerMonth());
        QCOMPARE(d.attainmentPct, o.attainmentPct);
        QCOMPARE(d.meets, meetsSlo(o));
        QCOMPARE(d.budgetMs, s->workloads[row].slo.budgetMs);
    }
    QImage image(board.card(0)->size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    board.card(0)->render(&image);
    QVERIFY(image.pixel(image.width() / 2, image.height() / 2) != 0);
}

void tst_PlannerBoard::pendingGreysAndPlacementMovesCard()
{
    const auto s = fixture();
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    const PlanSnapshotPtr before = publish.evaluated();
    model.setSnapshot(before);
    QVERIFY(!board.card(0)->data().pending);
    Placement moved = placementOf(*s);
    moved[0] = Tier::Central;
    model.setSnapshot(publish(moved, before->outcome));
    // Moved but not yet evaluated in its new tier: old numbers, greyed (every card: the plan is pending).
    QCOMPARE(board.cardTier(0), Tier::Central);
    QVERIFY(board.card(0)->data().pending);
    QVERIFY(board.card(1)->data().pending);
    QCOMPARE(board.card(0)->data().usdPerMonth, before->outcome->workloads[0].usdPerMonth());
    model.setSnapshot(publish.evaluated(moved));
    QVERIFY(!board.card(0)->data().pending);
}

void tst_PlannerBoard::columnSummariesMatchTierTotals()
{
    const auto s = fixture();
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    const PlanOutcomePtr outcome = publish.evaluated()->outcome;
    model.setSnapshot(publish(placementOf(*s), outcome));
    const auto totals = tierTotals(*outcome);
    QVERIFY(board.column(Tier::Regional)->summary().startsWith(QStringLiteral("2 workloads")));
    QVERIFY(board.column(Tier::Central)->summary().startsWith(QStringLiteral("1 workload")));
    QVERIFY2(board.column(Tier::Regional)
                 ->summary()
                 .contains(units::usd(totals[static_cast<int>(Tier::Regional)].usdPerMonth())),
             qPrintable(board.column(Tier::Regional)->summary()));
}

/**
 * A surge ×3 on "chat" only: its card shows the plan with and without it, the other cards nothing more;
 * the regional column's total before → after. The "after" is checked against the scenario with chat's
 * rate tripled by hand, evaluated directly.
 */
void tst_PlannerBoard::whatIfShowsBeforeAfterOnAffectedCards()
{
    Scenario with = *fixture();
    WhatIfCondition surge;
    surge.kind = WhatIfCondition::Kind::Surge;
    surge.workload = QStringLiteral("chat");
    surge.factor = 3;
    with.whatIf = {surge};
    const auto s = std::make_shared<const Scenario>(with);
    Publisher publish(s);
    WorkloadTableModel model;
    model.setSnapshot(publish(placementOf(*s), nullptr));
    PlannerBoard board;
    board.setModel(&model);
    const PlanSnapshotPtr evaluated = publish.evaluated();
    QVERIFY(!board.card(0)->data().whatIf);
    const WhatIfPlanPtr whatIf = evaluateWhatIf(*s, s->whatIf, *evaluated->outcome);
    QVERIFY(whatIf);
    model.setSnapshot(PlanSnapshot::make(++publish.generation, publish.content, evaluated->scenario,
                                         publish.evaluator, evaluated->outcome, {}, s, whatIf));

    Scenario tripled = *s;
    tripled.whatIf.clear();
    tripled.workloads[0].meanRps *= 3;
    const PlanOutcome byHand = Evaluator(std::make_shared<const Scenario>(tripled)).evaluate(placementOf(*s));

    const CardData &chat = board.card(0)->data();
    QVERIFY(chat.whatIf);
    QCOMPARE(chat.usdPerMonth, evaluated->outcome->workloads[0].usdPerMonth()); // before: the plan's own
    QCOMPARE(chat.whatIfUsdPerMonth, byHand.workloads[0].usdPerMonth());
    QCOMPARE(chat.whatIfAttainmentPct, byHand.workloads[0].attainmentPct);
    QVERIFY(chat.whatIfUsdPerMonth > chat.usdPerMonth); // three times the demand needs more GPUs
    // Painted under the plan's own numbers (before): the numbers under the conditions (after).
    const QString line = board.card(0)->whatIfLine();
    QVERIFY2(line.contains(units::usd(chat.whatIfUsdPerMonth)) &&
                 line.contains(units::percent(chat.whatIfAttainmentPct)),
             qPrintable(line));
    QVERIFY(board.card(0)->accessibleDescription().contains(
        units::usd(chat.usdPerMonth) + QStringLiteral(" → ") + units::usd(chat.whatIfUsdPerMonth)));
    QVERIFY(chat.toolTip.contains(QStringLiteral("what-if")));
    // The surge is chat's own: the other cards are unchanged and show nothing more.
    QVERIFY(!board.card(1)->data().whatIf);
    QVERIFY(!board.card(2)->data().whatIf);
    QVERIFY(board.card(1)->whatIfLine().isEmpty());
    QVERIFY(board.card(0)->heightForWidth(230) > board.card(1)->heightForWidth(230)); // one line more
    // Column totals: regional before → after, central (unchanged) as before.
    const auto before = tierTotals(*evaluated->outcome);
    const auto after = tierTotals(byHand);
    const int regional = static_cast<int>(Tier::Regional);
    const QString summary = board.column(Tier::Regional)->summary();
    QVERIFY2(summary.contains(units::usd(before[regional].usdPerMonth()) + QStringLiteral(" → ") +
                              units::usd(after[regional].usdPerMonth())),
             qPrintable(summary));
    QVERIFY(!board.column(Tier::Central)->summary().contains(QStringLiteral("→")));

    // The conditions switched off: the plain cards again.
    model.setSnapshot(publish(placementOf(*s), evaluated->outcome));
    QVERIFY(!board.card(0)->data().whatIf);
    QVERIFY(!board.column(Tier::Regional)->summary().contains(QStringLiteral("→")));
}

QTEST_MAIN(tst_PlannerBoard)
#include "tst_plannerboard.moc"
