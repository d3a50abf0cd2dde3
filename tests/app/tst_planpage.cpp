// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/planpage.h"
#include "app/timelinebar.h"
#include "app/workloadactions.h"
#include "engine/model/scenariojson.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/timeline.h"
#include "widgets/charts/plannercharts.h"
#include "widgets/map/mapwidget.h"
#include "widgets/planner/plannerboard.h"
#include "widgets/planner/suggestiondialog.h"
#include "widgets/planner/tiercolumn.h"
#include "widgets/planner/workloadcard.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLayout>
#include <QMimeData>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace ea;

namespace {
/**
 * The height a column's cards need at its viewport's width, from the cards' own heights for that width,
 * the layout's spacing and margins: the oracle of "the cards fit" (independent of TierColumn's own sum).
 */
int cardsHeight(const TierColumn *column)
{
    const QWidget *content = column->scrollArea()->widget();
    const auto *layout = content->layout();
    const QMargins m = layout->contentsMargins();
    const int width = column->scrollArea()->viewport()->width() - m.left() - m.right();
    int h = m.top() + m.bottom();
    for (size_t i = 0; i < column->cards().size(); ++i)
        h += column->cards()[i]->heightForWidth(width) + (i > 0 ? layout->spacing() : 0);
    return h;
}

bool dropOn(PlannerBoard *board, int row, Tier tier)
{
    TierColumn *column = board->column(tier);
    std::unique_ptr<QMimeData> mime(board->mimeDataFor(row));
    const QPointF pos(column->width() / 2.0, column->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column, &enter);
    QDropEvent drop(pos, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(column, &drop);
    return enter.isAccepted() && drop.isAccepted();
}
} // namespace

class tst_PlanPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dragOnBoardReplansAndUndoRestores();
    void selectionIsSharedByBoardTableAndMap();
    void alternativesFollowTheNewestPlan();
    void applyPlacementIsOneUndoStep();
    void editsReplaceContentUndoably();
    void suggestPlacementAppliesAsOneStep();
    void boardFitsTheWindow_data();
    void boardFitsTheWindow();
    void columnCollapsesAndExpands();
    void boardFollowsTheTimelineHour();

private:
    QTemporaryDir m_dir;
};

void tst_PlanPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_PlanPage"));
}

void tst_PlanPage::dragOnBoardReplansAndUndoRestores()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString())); // the default scenario: the real board
    window.resize(1600, 1000);
    window.show();
    Document *doc = window.document();
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && !doc->isEvaluating(), 20000);
    PlannerBoard *board = window.planPage()->board();
    const Scenario original = *doc->scenario();
    const PlanOutcomePtr before = doc->outcome();

    // A workload that may go to another tier than its own.
    int row = -1;
    Tier target = Tier::Regional;
    for (int w = 0; w < static_cast<int>(original.workloads.size()) && row < 0; ++w)
        for (Tier t : original.assignableTiers(w))
            if (t != original.workloads[w].tier && !original.workloads[w].pinned) {
                row = w;
                target = t;
                break;
            }
    QVERIFY(row >= 0);
    const CardData cardBefore = board->card(row)->data();
    QVERIFY(dropOn(board, row, target));
    QCOMPARE(doc->scenario()->workloads[row].tier, target);
    QCOMPARE(board->cardTier(row), target);
    QVERIFY(window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome()->placement[row] == target && !doc->isEvaluating(), 20000);

    // The card shows what the engine computes for the new placement.
    const Evaluator reference(std::make_shared<const Scenario>(*doc->scenario()));
    const PlanOutcome expected = reference.evaluate(placementOf(*doc->scenario()));
    const CardData after = board->card(row)->data();
    QVERIFY(!after.pending);
    QCOMPARE(after.usdPerMonth, expected.workloads[row].usdPerMonth());
    QCOMPARE(after.latencyMs, expected.workloads[row].sloMs);
    QCOMPARE(after.attainmentPct, expected.workloads[row].attainmentPct);
    QCOMPARE(window.planPage()->map()->context().outcomePtr(), doc->outcome());
    QCOMPARE(window.planPage()->map()->snapshot(), doc->snapshot());

    // Undo restores exactly: the scenario, the card's column and its numbers.
    doc->undoStack()->undo();
    QVERIFY(*doc->scenario() == original);
    QCOMPARE(board->cardTier(row), original.workloads[row].tier);
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome()->placement == placementOf(original) && !doc->isEvaluating(),
                             20000);
    QCOMPARE(board->card(row)->data().usdPerMonth, cardBefore.usdPerMonth);
    QCOMPARE(board->card(row)->data().latencyMs, cardBefore.latencyMs);
    QCOMPARE(doc->outcome()->usdPerMonth, before->usdPerMonth);
    QVERIFY(!window.isWindowModified());
}

void tst_PlanPage::selectionIsSharedByBoardTableAndMap()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    PlanPage *page = window.planPage();
    page->board()->setCurrentWorkload(3);
    QCOMPARE(page->currentWorkload(), 3);
    const QModelIndex current = page->table()->selectionModel()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(page->table()->model()->index(current.row(), WorkloadTableModel::NameColumn).data().toString(),
             window.document()->scenario()->workloads[3].name);
    QCOMPARE(page->map()->context().selectedWorkload, 3);
    // And back: picking in the table picks the card.
    page->table()->selectRow(page->table()->model()->rowCount() - 1);
    QVERIFY(page->board()->currentWorkload() >= 0);
    QCOMPARE(page->board()->currentWorkload(), page->currentWorkload());
    QVERIFY(page->board()->card(page->currentWorkload())->isSelected());
}

void tst_PlanPage::alternativesFollowTheNewestPlan()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString(EA_TEST_DATA_DIR "/small.json")));
    Document *doc = window.document();
    QTRY_VERIFY_WITH_TIMEOUT(doc->snapshot()->alternatives != nullptr, 20000);
    const auto alternatives = doc->snapshot()->alternatives;
    QVERIFY(window.planPage()->charts()->alternativesShown());
    QCOMPARE(window.planPage()->charts()->snapshot(), doc->snapshot());
    const PlanAlternatives expected = evaluateAlternatives(*doc->evaluator(), *doc->outcome());
    QCOMPARE(alternatives->size(), expected.size());
    for (size_t w = 0; w < expected.size(); ++w)
        for (int t = 0; t < TierCount; ++t) {
            QCOMPARE((*alternatives)[w].byTier[t].has_value(), expected[w].byTier[t].has_value());
            if (expected[w].byTier[t])
                QCOMPARE((*alternatives)[w].byTier[t]->usdPerMonth(), expected[w].byTier[t]->usdPerMonth());
        }
    // The current tier's entry is the plan's own outcome; the other tier is a real alternative.
    const int own = static_cast<int>(doc->outcome()->placement[0]);
    QCOMPARE((*alternatives)[0].byTier[own]->usdPerMonth(), doc->outcome()->workloads[0].usdPerMonth());
    QVERIFY((*alternatives)[0].byTier[static_cast<int>(Tier::Central)].has_value());
    QVERIFY((*alternatives)[0].byTier[static_cast<int>(Tier::Central)]->billing == Billing::Api);
}

void tst_PlanPage::applyPlacementIsOneUndoStep()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    Document *doc = window.document();
    const Scenario original = *doc->scenario();
    Placement next = placementOf(original);
    int moved = 0;
    for (int w = 0; w < static_cast<int>(next.size()) && moved < 3; ++w)
        for (Tier t : original.assignableTiers(w))
            if (t != next[w]) {
                next[w] = t;
                ++moved;
                break;
            }
    QVERIFY(moved >= 2);
    const int steps = doc->undoStack()->count();
    QVERIFY(doc->applyPlacement(next, QStringLiteral("Apply suggested placement")));
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(placementOf(*doc->scenario()), next);
    QCOMPARE(window.planPage()->model()->placement(), next);
    doc->undoStack()->undo();
    QVERIFY(*doc->scenario() == original);
    QVERIFY(!doc->applyPlacement(placementOf(original), QStringLiteral("nothing")));
}

void tst_PlanPage::editsReplaceContentUndoably()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString(EA_TEST_DATA_DIR "/small.json")));
    Document *doc = window.document();
    const Scenario original = *doc->scenario();
    Scenario edited = original;
    Workload copy = edited.workloads[0];
    copy.id = QStringLiteral("chat-2");
    copy.name = QStringLiteral("Second chat");
    edited.workloads.push_back(copy);
    QVERIFY(doc->applyEdit(edited, QStringLiteral("Add workload")));
    QCOMPARE(window.planPage()->model()->rowCount(), 2);
    QVERIFY(window.planPage()->board()->card(1));
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && doc->outcome()->workloads.size() == 2 && !doc->isEvaluating(),
                             20000);
    doc->undoStack()->undo();
    QVERIFY(*doc->scenario() == original);
    QCOMPARE(window.planPage()->model()->rowCount(), 1);
    // An invalid edit is refused with the loader's kind of message and changes nothing.
    Scenario broken = original;
    broken.workloads.push_back(original.workloads[0]); // duplicate id
    QStringList errors;
    QVERIFY(!doc->applyEdit(broken, QStringLiteral("Broken"), &errors));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.join(QLatin1Char('\n')).contains(QStringLiteral("workloads[")),
             qPrintable(errors.join('\n')));
    QVERIFY(*doc->scenario() == original);
}

void tst_PlanPage::suggestPlacementAppliesAsOneStep()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    Document *doc = window.document();
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && doc->evaluator() && !doc->isEvaluating(), 20000);
    const Scenario original = *doc->scenario();
    const double before = doc->outcome()->usdPerMonth;
    // Drive the modal dialog: wait for the search to finish, then press Apply.
    bool pressed = false;
    std::function<void()> pressApply = [&] {
        auto *dialog = qobject_cast<SuggestionDialog *>(QApplication::activeModalWidget());
        if (!dialog || dialog->isRunning()) {
            QTimer::singleShot(20, pressApply);
            return;
        }
        for (QPushButton *b : dialog->findChild<QDialogButtonBox *>()->findChildren<QPushButton *>())
            if (dialog->findChild<QDialogButtonBox *>()->buttonRole(b) == QDialogButtonBox::AcceptRole &&
                b->isEnabled()) {
                pressed = true;
                b->click();
                return;
            }
        dialog->reject();
    };
    QTimer::singleShot(0, pressApply);
    const int steps = doc->undoStack()->count();
    window.suggestAction()->trigger();
    QVERIFY(pressed);
    QCOMPARE(doc->undoStack()->count(), steps + 1);
    QCOMPARE(doc->undoStack()->undoText(), QStringLiteral("Apply suggested placement"));
    QTRY_VERIFY_WITH_TIMEOUT(
        doc->outcome()->placement == placementOf(*doc->scenario()) && !doc->isEvaluating(), 20000);
    QVERIFY2(doc->outcome()->usdPerMonth < before, qPrintable(QString::number(doc->outcome()->usdPerMonth)));
    doc->undoStack()->undo();
    QVERIFY(*doc->scenario() == original);
}

void tst_PlanPage::boardFitsTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("allFit"); // the default world's board fits without any scroll bar
    QTest::newRow("en 1920x1080") << QStringLiteral("en") << QSize(1920, 1080) << true;
    QTest::newRow("ar 1920x1080") << QStringLiteral("ar") << QSize(1920, 1080) << true;
    QTest::newRow("en 1366x768") << QStringLiteral("en") << QSize(1366, 768) << false;
    QTest::newRow("ar 1366x768") << QStringLiteral("ar") << QSize(1366, 768) << false;
}

void tst_PlanPage::boardFitsTheWindow()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, allFit);
    applyInterfaceLanguage(language);
    const auto restore = qScopeGuard([] { applyInterfaceLanguage(QStringLiteral("en")); });
    QSettings().setValue(QStringLiteral("welcome/dismissed"), true); // the panel is tested on its own
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Document *doc = window.document();
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && !doc->isEvaluating(), 20000);
    QTest::qWait(100); // the board's height is fitted once the layouts have settled
    PlannerBoard *board = window.planPage()->board();
    QCOMPARE(board->isRightToLeft(), language == QLatin1String("ar"));
    const int workloads = int(doc->scenario()->workloads.size());
    QVERIFY(workloads >= 9);
    int shown = 0;
    for (Tier t : AllTiers) {
        const TierColumn *column = board->column(t);
        if (column->isHidden())
            continue;
        for (const WorkloadCard *card : column->cards()) {
            ++shown;
            const WorkloadCard::TitleLines title = card->titleLines();
            // Whole at 1920 px: on one line or wrapped to two, never cut (the tool-tip has it too).
            if (size.width() >= 1920)
                QVERIFY2(!title.elided, qPrintable(card->data().name));
            QVERIFY(title.lines.size() <= 2);
            if (!title.elided) { // wrapped at a space or after a hyphen: every character is there
                QString whole = card->data().name;
                QCOMPARE(title.lines.join(QString()).remove(QLatin1Char(' ')),
                         whole.remove(QLatin1Char(' ')));
            }
            QVERIFY(card->toolTip().contains(card->data().name.toHtmlEscaped()));
            QCOMPARE(card->height(), card->heightForWidth(card->width()));
        }
        // No inner scroll bar while the cards fit; one when they do not.
        const bool fits = cardsHeight(column) <= column->scrollArea()->viewport()->height();
        QCOMPARE(column->scrollArea()->verticalScrollBar()->isVisible(), !fits);
        QCOMPARE(column->cardsOverflow(), !fits);
        if (allFit)
            QVERIFY2(fits, qPrintable(tierId(t)));
    }
    QCOMPARE(shown, workloads);
}

void tst_PlanPage::columnCollapsesAndExpands()
{
    QSettings().setValue(QStringLiteral("welcome/dismissed"), true);
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    Document *doc = window.document();
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && !doc->isEvaluating(), 20000);
    PlannerBoard *board = window.planPage()->board();
    window.planPage()->setCurrentWorkload(-1);
    // The default world has no on-premises workload: that column is a strip until a card comes in.
    TierColumn *onPrem = board->column(Tier::OnPrem);
    QVERIFY(onPrem->cards().empty());
    QVERIFY(onPrem->isCollapsed());
    QCOMPARE(onPrem->width(), TierColumn::CollapsedWidth);
    TierColumn *central = board->column(Tier::Central);
    TierColumn *regional = board->column(Tier::Regional);
    QVERIFY(!central->cards().empty());
    const int regionalWidth = regional->width();
    auto *button = central->findChild<QToolButton *>(QStringLiteral("collapseButton"));
    QVERIFY(button);
    QVERIFY(!button->toolTip().isEmpty());
    button->click();
    QVERIFY(central->isCollapsed());
    QTRY_COMPARE(central->width(), TierColumn::CollapsedWidth);
    QTRY_VERIFY(regional->width() > regionalWidth); // the others take the room
    QVERIFY(!central->scrollArea()->isVisible());
    // Still a drop target, and the workloads are still in the tier.
    QVERIFY(board->canDrop(central->cards().front()->row(), Tier::Central));
    QCOMPARE(board->cardTier(central->cards().front()->row()), Tier::Central);
    button->click();
    QVERIFY(!central->isCollapsed());
    QTRY_VERIFY(central->width() > TierColumn::CollapsedWidth * 3);
    QVERIFY(central->scrollArea()->isVisible());
    // Picking a workload of a collapsed column shows it.
    central->setCollapsed(true);
    window.planPage()->setCurrentWorkload(central->cards().front()->row());
    QVERIFY(!central->isCollapsed());
}

void tst_PlanPage::boardFollowsTheTimelineHour()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString(EA_TEST_DATA_DIR "/small.json")));
    Document *doc = window.document();
    TimelineBar *timeline = window.planPage()->timeline();
    PlannerBoard *board = window.planPage()->board();
    QTRY_VERIFY_WITH_TIMEOUT(timeline->day() != nullptr, 20000);
    QVERIFY(board->card(0)->hourLine().isEmpty()); // live: the sized plan, no hour
    const int heightLive = board->card(0)->heightForWidth(200);

    // The oracle: the same hour evaluated here from the document's plan.
    const PlanTimeline day(doc->snapshot()->evaluator, doc->snapshot()->outcome);
    const PlanHour seven = day.evaluateHour(7);
    timeline->setHour(7);
    const QString line = board->card(0)->hourLine();
    QVERIFY2(line.startsWith(QStringLiteral("07:00 UTC")), qPrintable(line));
    QVERIFY2(line.contains(units::percent(seven.workloads[0].attainmentPct)), qPrintable(line));
    double busiest = -1;
    for (const HourSite &site : seven.workloads[0].sites)
        if (std::isfinite(site.capacityRps) && site.capacityRps > 0)
            busiest = std::max(busiest, site.loadRps / site.capacityRps);
    if (busiest >= 0)
        QVERIFY2(line.contains(units::percent(100.0 * busiest, 0)), qPrintable(line));
    QVERIFY(board->card(0)->heightForWidth(200) > heightLive); // a line more

    // Back to live: the line goes.
    timeline->showLive();
    QVERIFY(board->card(0)->hourLine().isEmpty());
}

QTEST_MAIN(tst_PlanPage)
#include "tst_planpage.moc"
