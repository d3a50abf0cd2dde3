// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/aboutdialog.h"
#include "app/document.h"
#include "app/mainwindow.h"
#include "app/monitor/demo.h"
#include "app/monitor/monitorpage.h"
#include "app/monitor/monitorsession.h"
#include "app/recentfiles.h"
#include "app/welcomepanel.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "widgets/planner/workloadtablemodel.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ea;

namespace {

const QString kFixture = QStringLiteral(EA_TEST_DATA_DIR "/small.json");

QString cell(const WorkloadTableModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}

double raw(const WorkloadTableModel *model, int row, int column)
{
    return model->index(row, column).data(WorkloadTableModel::RawValueRole).toDouble();
}

/** Closes the next modal dialog (an error box) so a test does not wait on it; records its text. */
void closeNextModal(QString *text)
{
    QTimer::singleShot(0, qApp, [text] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal) {
            closeNextModal(text); // not shown yet: look again on the next turn of the event loop
            return;
        }
        if (auto *box = qobject_cast<QMessageBox *>(modal))
            *text = box->text() + QLatin1Char('\n') + box->informativeText();
        modal->close();
    });
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void opensFixtureAndEvaluates();
    void tierChangeUpdatesNumbersAndUndoRestores();
    void staleResultsAreDropped();
    void oneSnapshotPerChange();
    void failedLoadKeepsDocument();
    void malformedInitialFileFallsBackToDefault();
    void saveAsWritesLoadableFile();
    void saveToUnwritablePathFails();
    void recentFilesKeepNewestEight();
    void aboutListsCredits();
    void welcomeShownOnceAndFromHelp();
    void opensInPlanModeAndMonitorSimulatesWhenOpened();
    void simulateOptionKeepsPlanMode();

private:
    QTemporaryDir m_dir;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Keep the user's settings (recent files, geometry) out of the tests.
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MainWindow"));
}

void tst_MainWindow::opensFixtureAndEvaluates()
{
    MainWindow window;
    QSignalSpy published(window.document(), &Document::snapshotChanged);
    QVERIFY(window.openInitial(kFixture));
    QVERIFY(window.windowTitle().contains(QStringLiteral("small.json")));
    QVERIFY(!window.isWindowModified());
    QCOMPARE(window.workloadModel()->rowCount(), 1);
    // At once the content (not evaluated yet), then its evaluation: both one snapshot each.
    QCOMPARE(published.size(), 1);
    QVERIFY(published.at(0).at(0).value<PlanSnapshotPtr>()->pending());
    QVERIFY(published.wait(10000));
    const auto evaluated = published.at(1).at(0).value<PlanSnapshotPtr>();
    QVERIFY(!evaluated->pending() && evaluated->evaluator);
    QCOMPARE(evaluated->contentGeneration, published.at(0).at(0).value<PlanSnapshotPtr>()->contentGeneration);
    QVERIFY(evaluated->generation > published.at(0).at(0).value<PlanSnapshotPtr>()->generation);
    QVERIFY(window.document()->outcome());
    QVERIFY(!cell(window.workloadModel(), 0, WorkloadTableModel::P95Column).isEmpty());
}

void tst_MainWindow::tierChangeUpdatesNumbersAndUndoRestores()
{
    MainWindow window;
    QVERIFY(window.openInitial(kFixture));
    Document *doc = window.document();
    const WorkloadTableModel *model = window.workloadModel();
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && !doc->isEvaluating(), 10000);

    const QString costBefore = cell(model, 0, WorkloadTableModel::CostColumn);
    const QString p95Before = cell(model, 0, WorkloadTableModel::P95Column);
    const double costRawBefore = raw(model, 0, WorkloadTableModel::CostColumn);
    QCOMPARE(doc->outcome()->workloads[0].billing, Billing::GpuHour);

    // chat: regional -> central; the central tier is billed per token (API price).
    QSignalSpy dirty(doc, &Document::dirtyChanged);
    QVERIFY(doc->setTier(0, Tier::Central));
    QCOMPARE(doc->scenario()->workloads[0].tier, Tier::Central);
    QCOMPARE(cell(model, 0, WorkloadTableModel::TierColumn), tierLabel(Tier::Central));
    QVERIFY(window.isWindowModified());
    QCOMPARE(dirty.size(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && doc->outcome()->placement == Placement{Tier::Central}, 10000);
    QCOMPARE(doc->outcome()->workloads[0].billing, Billing::Api);
    QVERIFY(cell(model, 0, WorkloadTableModel::CostColumn) != costBefore);
    QVERIFY(model->index(0, WorkloadTableModel::CostColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("API")));

    // Undo (what Ctrl+Z triggers) restores exactly the previous tier and numbers.
    doc->undoStack()->undo();
    QCOMPARE(doc->scenario()->workloads[0].tier, Tier::Regional);
    QCOMPARE(cell(model, 0, WorkloadTableModel::TierColumn), tierLabel(Tier::Regional));
    QVERIFY(!window.isWindowModified());
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome()->placement == Placement{Tier::Regional} && !doc->isEvaluating(),
                             10000);
    QCOMPARE(cell(model, 0, WorkloadTableModel::CostColumn), costBefore);
    QCOMPARE(cell(model, 0, WorkloadTableModel::P95Column), p95Before);
    QCOMPARE(raw(model, 0, WorkloadTableModel::CostColumn), costRawBefore);

    doc->undoStack()->redo();
    QCOMPARE(doc->scenario()->workloads[0].tier, Tier::Central);
    // A request through the model (the tier delegate's path) goes through the undo stack as well.
    QVERIFY(window.workloadModel()->setData(model->index(0, WorkloadTableModel::TierColumn),
                                            static_cast<int>(Tier::Regional)));
    QCOMPARE(doc->undoStack()->count(), 2);
    QCOMPARE(doc->scenario()->workloads[0].tier, Tier::Regional);
    QVERIFY(!doc->setTier(0, Tier::Edge)); // the fixture has no edge tier
    QVERIFY(!doc->setTier(5, Tier::Central));
}

void tst_MainWindow::staleResultsAreDropped()
{
    Document doc;
    QVERIFY(doc.load(kFixture, nullptr));
    QSignalSpy published(&doc, &Document::snapshotChanged);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(doc.setTier(0, Tier::Central));
        doc.undoStack()->undo();
    }
    QVERIFY(doc.setTier(0, Tier::Central));
    QCOMPARE(published.size(), 11); // one per change, published at once
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isEvaluating(), 10000);
    QTest::qWait(50);
    // Whatever ran, every evaluated snapshot is of its own placement, and the last is the newest's.
    PlanSnapshotPtr last;
    quint64 generation = 0;
    for (const QList<QVariant> &args : published) {
        const auto snapshot = args.at(0).value<PlanSnapshotPtr>();
        QVERIFY(snapshot->generation > generation);
        generation = snapshot->generation;
        if (!snapshot->pending()) {
            QCOMPARE(snapshot->outcome->placement, snapshot->placement);
            last = snapshot;
        }
    }
    QVERIFY(last);
    QCOMPARE(last->outcome->placement, Placement{Tier::Central});
    QCOMPARE(doc.outcome(), last->outcome);
}

void tst_MainWindow::oneSnapshotPerChange()
{
    Document doc;
    QVERIFY(doc.loadDefault(nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!doc.isEvaluating() && !doc.snapshot()->pending(), 20000);
    const PlanSnapshotPtr before = doc.snapshot();
    const Scenario &s = *before->scenario;
    Placement next = before->placement;
    std::vector<int> moved;
    for (int w = 0; w < int(next.size()) && moved.size() < 3; ++w)
        for (Tier t : s.assignableTiers(w))
            if (t != next[size_t(w)]) {
                next[size_t(w)] = t;
                moved.push_back(w);
                break;
            }
    QCOMPARE(moved.size(), size_t(3));
    QSignalSpy published(&doc, &Document::snapshotChanged);
    // Three moves as one undo step: one snapshot, with the new tiers and the numbers it had (pending).
    QVERIFY(doc.applyPlacement(next, QStringLiteral("three moves")));
    QCOMPARE(published.size(), 1);
    const auto pending = published.at(0).at(0).value<PlanSnapshotPtr>();
    QCOMPARE(pending->placement, next);
    QVERIFY(pending->pending());
    QCOMPARE(pending->outcome, before->outcome);
    QCOMPARE(pending->evaluator, before->evaluator);       // same content: the evaluator still holds
    QCOMPARE(pending->alternatives, before->alternatives); // of the numbers shown
    QCOMPARE(pending->changesSince(before.get()).movedWorkloads, moved);
    // Then its evaluation, once, with the evaluator of this content.
    QTRY_VERIFY_WITH_TIMEOUT(published.size() >= 2, 20000);
    const auto evaluated = published.at(1).at(0).value<PlanSnapshotPtr>();
    QVERIFY(!evaluated->pending());
    QCOMPARE(evaluated->outcome->placement, next);
    QCOMPARE(evaluated->evaluator, before->evaluator);
    const PlanOutcome reference = Evaluator(std::make_shared<const Scenario>(*doc.scenario())).evaluate(next);
    QCOMPARE(evaluated->outcome->usdPerMonth, reference.usdPerMonth);
    QCOMPARE(evaluated->outcome->attainmentPct, reference.attainmentPct);
    // Undo of the macro: one snapshot again.
    published.clear();
    doc.undoStack()->undo();
    QCOMPARE(published.size(), 1);
    QCOMPARE(published.at(0).at(0).value<PlanSnapshotPtr>()->placement, before->placement);
}

void tst_MainWindow::failedLoadKeepsDocument()
{
    const QString bad = m_dir.filePath(QStringLiteral("malformed.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"schema": "edgeatlas/1", "name": 12, "nodes": [})");
    f.close();

    MainWindow window;
    QVERIFY(window.openInitial(kFixture));
    Document *doc = window.document();
    QTRY_VERIFY_WITH_TIMEOUT(doc->outcome() && !doc->isEvaluating(), 10000);
    QVERIFY(doc->setTier(0, Tier::Central));
    const auto scenarioBefore = doc->scenario();
    const QString fileBefore = doc->fileName();

    QStringList errors;
    QVERIFY(!doc->load(bad, &errors));
    QVERIFY(!errors.isEmpty());
    QCOMPARE(doc->scenario(), scenarioBefore);
    QCOMPARE(doc->fileName(), fileBefore);
    QVERIFY(doc->isDirty());
    QCOMPARE(doc->undoStack()->count(), 1);

    // The window reports it in a dialog and keeps the document too.
    QString shown;
    closeNextModal(&shown);
    QVERIFY(!window.openFile(bad));
    QVERIFY(shown.contains(QStringLiteral("malformed.json")));
    QVERIFY2(shown.contains(errors.first()), qPrintable(shown));
    QCOMPARE(doc->scenario(), scenarioBefore);
    QCOMPARE(window.workloadModel()->rowCount(), 1);
}

void tst_MainWindow::malformedInitialFileFallsBackToDefault()
{
    const QString bad = m_dir.filePath(QStringLiteral("broken.json"));
    QFile f(bad);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("not json at all");
    f.close();

    MainWindow window;
    QString shown;
    closeNextModal(&shown);
    QVERIFY(window.openInitial(bad));
    QVERIFY(!shown.isEmpty());
    QVERIFY(window.document()->fileName().isEmpty());
    const ScenarioLoad def = loadDefaultScenario();
    QVERIFY(def.ok());
    QCOMPARE(*window.document()->scenario(), *def.scenario);
}

void tst_MainWindow::saveAsWritesLoadableFile()
{
    Document doc;
    QVERIFY(doc.load(kFixture, nullptr));
    QVERIFY(doc.setTier(0, Tier::Central));
    QVERIFY(doc.isDirty());
    const QString out = m_dir.filePath(QStringLiteral("saved.json"));
    QString error;
    QVERIFY2(doc.saveAs(out, &error), qPrintable(error));
    QVERIFY(!doc.isDirty());
    QCOMPARE(doc.fileName(), out);
    const ScenarioLoad back = loadScenarioFile(out);
    QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
    QCOMPARE(*back.scenario, *doc.scenario());
    QCOMPARE(back.scenario->workloads[0].tier, Tier::Central); // the placement travels in the file
    // Undo after a save makes the document dirty again.
    doc.undoStack()->undo();
    QVERIFY(doc.isDirty());
}

void tst_MainWindow::saveToUnwritablePathFails()
{
    Document doc;
    QVERIFY(doc.load(kFixture, nullptr));
    QVERIFY(doc.setTier(0, Tier::Central));
    // A path below a regular file cannot be created, even by root.
    const QString blocker = m_dir.filePath(QStringLiteral("plain-file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    const QString target = blocker + QStringLiteral("/scenario.json");
    QString error;
    QVERIFY(!doc.saveAs(target, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!QFile::exists(target));
    QVERIFY(doc.isDirty());
    QCOMPARE(doc.fileName(), QFileInfo(kFixture).absoluteFilePath());

    Document untitled;
    QVERIFY(untitled.loadDefault(nullptr));
    QVERIFY(!untitled.save(&error)); // no file name yet: the window asks for one
}

void tst_MainWindow::recentFilesKeepNewestEight()
{
    QMenu menu;
    RecentFiles recent(&menu);
    recent.clear();
    for (int i = 0; i < RecentFiles::MaxFiles + 2; ++i)
        recent.add(m_dir.filePath(QStringLiteral("f%1.json").arg(i)));
    QCOMPARE(recent.files().size(), RecentFiles::MaxFiles);
    QCOMPARE(recent.files().first(), m_dir.filePath(QStringLiteral("f9.json")));
    recent.add(m_dir.filePath(QStringLiteral("f5.json")));
    QCOMPARE(recent.files().first(), m_dir.filePath(QStringLiteral("f5.json")));
    QCOMPARE(recent.files().count(m_dir.filePath(QStringLiteral("f5.json"))), 1);
    RecentFiles reread(&menu); // persisted in QSettings
    QCOMPARE(reread.files(), recent.files());
    recent.clear();
}

void tst_MainWindow::aboutListsCredits()
{
    const ScenarioLoad def = loadDefaultScenario();
    QVERIFY(def.ok());
    const QString html = AboutDialog::html(&*def.scenario);
    QVERIFY(html.contains(QStringLiteral(EA_VERSION)));
    QVERIFY(html.contains(QStringLiteral("GeoNames")));
    QVERIFY(html.contains(QStringLiteral("Natural Earth")));
    QVERIFY(html.contains(QStringLiteral("WonderProxy")));
    for (const Source &s : def.scenario->sources)
        QVERIFY2(html.contains(s.url.toHtmlEscaped()), qPrintable(s.url));
}

void tst_MainWindow::welcomeShownOnceAndFromHelp()
{
    QSettings().remove(QStringLiteral("welcome"));
    {
        MainWindow window;
        QVERIFY(window.openInitial(kFixture));
        WelcomePanel *welcome = window.welcomePanel();
        QVERIFY(!welcome->isHidden()); // the first run shows it
        // It says what the default world is, what to try and what is synthetic, with links that do it.
        const QString text = welcome->textLabel()->text();
        QVERIFY(text.contains(QStringLiteral("4,400")));
        QVERIFY(text.contains(QStringLiteral("synthetic")));
        for (const char *link : {"suggest", "monitor", "trials", "report"})
            QVERIFY2(text.contains(QStringLiteral("href=\"%1\"").arg(QLatin1String(link))), link);
        auto *gotIt = welcome->findChild<QPushButton *>(QStringLiteral("welcomeClose"));
        QVERIFY(gotIt);
        gotIt->click();
        QVERIFY(welcome->isHidden());
    }
    {
        MainWindow window; // the second start: closed once, it stays closed
        QVERIFY(window.openInitial(kFixture));
        QVERIFY(window.welcomePanel()->isHidden());
        auto *again = window.findChild<QAction *>(QStringLiteral("welcomeAction"));
        QVERIFY(again);
        again->trigger(); // Help → Welcome
        QVERIFY(!window.welcomePanel()->isHidden());
        QTest::keyClick(window.welcomePanel(), Qt::Key_Escape);
        QVERIFY(window.welcomePanel()->isHidden());
    }
    QVERIFY(!WelcomePanel::shouldShowAtStart());
}

void tst_MainWindow::opensInPlanModeAndMonitorSimulatesWhenOpened()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString())); // the default world: no node has an endpoint of its own
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.mode(), 0); // Plan
    MonitorSession *session = window.monitorPage()->session();
    QTest::qWait(100);
    QVERIFY(!session->simulator()); // nothing runs before the Monitor is opened
    window.setMode(1);
    QTRY_VERIFY_WITH_TIMEOUT(session->simulator() && session->isRunning(), 10000);
    QVERIFY(window.monitorPage()->isSimulationBannerVisible());
    QCOMPARE(window.mode(), 1);
    // Stopped, it does not start again by itself when the Monitor is opened again.
    session->stopSimulation();
    session->stop();
    window.setMode(0);
    window.setMode(1);
    QTest::qWait(100);
    QVERIFY(!session->simulator());
}

void tst_MainWindow::simulateOptionKeepsPlanMode()
{
    MainWindow window;
    QVERIFY(window.openInitial(QString()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList args{QStringLiteral("edgeatlas"), QStringLiteral("--simulate")};
    const DemoRequest demo = takeDemoArguments(args);
    QString error;
    QVERIFY2(startDemo(&window, demo, &error), qPrintable(error));
    QVERIFY(window.monitorPage()->session()->simulator());
    QCOMPARE(window.mode(), 0); // `make run`: the deployment runs, the window stays in Plan
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
