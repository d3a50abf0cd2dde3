// SPDX-License-Identifier: GPL-3.0-or-later
// A map bound to the document: it shows every snapshot, follows the shared selection both ways, and its
// coverage requests run as jobs of the document's runner (replaced requests never report, a new evaluator
// computes the field again, a map going away mid-job is safe).
#include "app/document.h"
#include "app/jobrunner.h"
#include "app/mapbinder.h"
#include "app/planselection.h"
#include "engine/plan/coveragefield.h"
#include "engine/plan/evaluator.h"
#include "widgets/map/coveragelayer.h"
#include "widgets/map/mapwidget.h"

#include <QSignalSpy>
#include <QTest>

using namespace ea;

class tst_MapBinder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsEverySnapshot();
    void picksFollowTheSharedSelection();
    void coverageRunsAsAJob();
    void newEvaluatorComputesCoverageAgain();
    void destroyWhileComputingCoverage();

private:
    Document *m_doc = nullptr;
};

void tst_MapBinder::init()
{
    m_doc = new Document;
    QVERIFY(m_doc->load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), nullptr));
    QTRY_VERIFY_WITH_TIMEOUT(!m_doc->snapshot()->pending(), 10000);
}

void tst_MapBinder::cleanup()
{
    delete m_doc;
}

void tst_MapBinder::showsEverySnapshot()
{
    MapWidget map;
    MapBinder binder(m_doc, &map, MapBinder::Workload);
    QCOMPARE(map.snapshot(), m_doc->snapshot()); // the current one at once
    QVERIFY(m_doc->setTier(0, Tier::Central));
    QCOMPARE(map.snapshot(), m_doc->snapshot());
    QTRY_VERIFY_WITH_TIMEOUT(!m_doc->snapshot()->pending(), 10000);
    QCOMPARE(map.snapshot(), m_doc->snapshot());
    QCOMPARE(map.context().outcomePtr(), m_doc->outcome());
}

void tst_MapBinder::picksFollowTheSharedSelection()
{
    // Two maps, as the Plan and Monitor modes have them: a pick on one is the pick on the other.
    MapWidget plan, monitor;
    MapBinder planBinder(m_doc, &plan, MapBinder::Workload | MapBinder::Region | MapBinder::Nodes);
    MapBinder monitorBinder(m_doc, &monitor, MapBinder::Region | MapBinder::Nodes);
    PlanSelection *selection = m_doc->selection();
    emit plan.nodesSelected({1}); // as a click on the Plan map does
    QCOMPARE(selection->nodes(), QList<int>{1});
    QCOMPARE(monitor.context().selectedNodes, QSet<int>{1});
    emit monitor.regionSelected(0);
    QCOMPARE(selection->region(), 0);
    QCOMPARE(plan.context().selectedRegion, 0);
    selection->setWorkload(0);
    QCOMPARE(plan.context().selectedWorkload, 0);
    QCOMPARE(monitor.context().selectedWorkload, -1); // the Monitor map shows no workload's routes
    // Indices the scenario does not have are no pick.
    selection->setNodes({0, 99});
    QCOMPARE(plan.context().selectedNodes, QSet<int>{0});
    // Another scenario clears every pick.
    QVERIFY(m_doc->loadDefault(nullptr));
    QVERIFY(selection->nodes().isEmpty() && selection->region() < 0);
    QVERIFY(plan.context().selectedNodes.isEmpty());
    QCOMPARE(monitor.context().selectedRegion, -1);
}

void tst_MapBinder::coverageRunsAsAJob()
{
    MapWidget map;
    MapBinder binder(m_doc, &map, MapBinder::Workload);
    QSignalSpy ready(&map, &MapWidget::coverageChanged);
    QSignalSpy progress(&map, &MapWidget::coverageProgress);
    QSignalSpy started(m_doc->jobs(), &JobRunner::jobStarted);
    map.requestCoverage(Tier::Edge, 2.0); // the fixture has no edge nodes: a first request, replaced
    map.requestCoverage(Tier::Regional, 2.0);
    QCOMPARE(started.size(), 2);
    QCOMPARE(m_doc->jobs()->job(started.at(1).at(0).toULongLong())->lane,
             QString::fromLatin1(MapBinder::CoverageLane));
    QVERIFY(map.isLayerVisible(CoverageLayer::Id));
    QVERIFY(ready.wait(20000));
    QCOMPARE(ready.count(), 1); // the replaced request never reports
    const CoverageFieldPtr field = map.context().coverage;
    QVERIFY(field);
    QCOMPARE(field->tier, Tier::Regional);
    QCOMPARE(field->stepDeg, 2.0);
    // The field is the engine's for this evaluator (brute force checks it in tst_coveragefield).
    const CoverageFieldPtr expected = computeCoverageField(*m_doc->evaluator(), Tier::Regional, 2.0);
    QCOMPARE(field->rttMs, expected->rttMs);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toDouble(), 1.0);
    QVERIFY(!map.isCoverageRunning());
    QVERIFY(!m_doc->jobs()->isBusy(QString::fromLatin1(MapBinder::CoverageLane)));
}

void tst_MapBinder::newEvaluatorComputesCoverageAgain()
{
    MapWidget map;
    MapBinder binder(m_doc, &map, MapBinder::Workload);
    QSignalSpy ready(&map, &MapWidget::coverageChanged);
    map.requestCoverage(Tier::Regional, 2.0);
    QVERIFY(ready.wait(20000));
    const CoverageFieldPtr first = map.context().coverage;
    // An edit (new content, so a new evaluator) brings a new field for the same request.
    Scenario edited = *m_doc->scenario();
    edited.nodes[0].lon += 5;
    QVERIFY(m_doc->applyEdit(edited, QStringLiteral("Move a node")));
    QVERIFY(ready.wait(20000));
    QVERIFY(map.context().coverage != first);
    QCOMPARE(map.context().coverage->rttMs,
             computeCoverageField(*m_doc->evaluator(), Tier::Regional, 2.0)->rttMs);
}

void tst_MapBinder::destroyWhileComputingCoverage()
{
    auto *map = new MapWidget;
    new MapBinder(m_doc, map, MapBinder::Workload, map); // goes with its map, as in the pages
    map->requestCoverage(Tier::Regional, 0.1);
    const QList<JobRunner::Job> jobs = m_doc->jobs()->jobs();
    QCOMPARE(jobs.size(), 1);
    delete map; // cancels the job without waiting for it; its answer would have nowhere to go
    QVERIFY(m_doc->jobs()->job(jobs.front().id)->cancelRequested);
    QTRY_VERIFY_WITH_TIMEOUT(!m_doc->jobs()->isBusy(QString::fromLatin1(MapBinder::CoverageLane)), 20000);
}

QTEST_MAIN(tst_MapBinder)
#include "tst_mapbinder.moc"
