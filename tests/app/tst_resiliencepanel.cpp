// SPDX-License-Identifier: GPL-3.0-or-later
// Plan → Check Resilience: the job's rows against the engine's N+1 check run directly, from the
// scenario's active what-if conditions, and Cancel.
#include "app/document.h"
#include "app/jobrunner.h"
#include "app/planselection.h"
#include "app/resiliencepanel.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/resilience.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <map>

using namespace ea;

namespace {
/** Europe's nodes and regions of the default world, edge sites cut to one or two GPUs (capacity binds). */
Scenario europeSlice()
{
    const ScenarioLoad l = loadDefaultScenario();
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    const auto inBox = [](double lon, double lat) { return lon > -5 && lon < 16 && lat > 43 && lat < 55; };
    std::vector<Node> nodes;
    int i = 0;
    for (const Node &n : s.nodes)
        if (inBox(n.lon, n.lat) && (n.tier != Tier::Edge || ++i % 3 == 0)) {
            nodes.push_back(n);
            if (n.tier == Tier::Edge)
                nodes.back().capacityGpus = 1 + i % 2;
        }
    s.nodes = nodes;
    std::vector<DemandRegion> regions;
    for (const DemandRegion &r : s.regions)
        if (inBox(r.lon, r.lat))
            regions.push_back(r);
    s.regions = regions;
    s.whatIf.clear();
    return s;
}

void sameImpacts(const ResilienceReport &got, const ResilienceReport &want)
{
    QCOMPARE(got.failures.size(), want.failures.size());
    QCOMPARE(got.impacts.size(), want.impacts.size());
    QCOMPARE(got.breaking, want.breaking);
    for (size_t i = 0; i < want.impacts.size(); ++i) {
        const FailureImpact &a = got.impacts[i], &b = want.impacts[i];
        QCOMPARE(a.failure, b.failure);
        QCOMPARE(got.failures[size_t(a.failure)].nodes, want.failures[size_t(b.failure)].nodes);
        QCOMPARE(a.worstDropPct(), b.worstDropPct());
        QCOMPARE(a.spillUsdPerMonth(), b.spillUsdPerMonth());
        QCOMPARE(a.unservedRps, b.unservedRps);
        QCOMPARE(a.regionsAffected, b.regionsAffected);
        QCOMPARE(a.breaksSlo(), b.breaksSlo());
    }
}
} // namespace

class tst_ResiliencePanel : public QObject
{
    Q_OBJECT

    static void settle(Document &doc)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!doc.snapshot()->pending() &&
                                     (!hasActiveWhatIf(*doc.scenario()) || doc.snapshot()->whatIf),
                                 30000);
    }
    static void runAndWait(ResiliencePanel &panel)
    {
        QSignalSpy finished(&panel, &ResiliencePanel::finished);
        QVERIFY(panel.run());
        QVERIFY(panel.isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(!panel.isRunning());
    }

private slots:
    void rowsEqualTheEngineCheck()
    {
        Document doc;
        doc.setScenario(europeSlice(), QString());
        settle(doc);
        ResiliencePanel panel(&doc);
        QSignalSpy results(&panel, &ResiliencePanel::resultChanged);
        runAndWait(panel);
        QCOMPARE(results.count(), 1);

        // The oracle: the engine's check run here, on a fresh evaluator of the same scenario.
        const auto s = doc.scenario();
        const Evaluator e(s);
        const PlanOutcome plan = e.evaluate(placementOf(*s));
        const ResilienceReport want = checkResilience(e, plan, singleFailures(e));
        QVERIFY(!want.impacts.empty() && want.breaking > 0);
        const ResilienceResultPtr got = panel.result();
        QVERIFY(got && !got->report.cancelled);
        sameImpacts(got->report, want);
        QCOMPARE(panel.model()->rowCount(), int(want.impacts.size()));
        // Worst first, and the failure's label in the first column.
        const Failure &worst = want.failures[size_t(want.impacts[0].failure)];
        QVERIFY(want.impacts[0].breaksSlo());
        const QString first = panel.model()->index(0, ResilienceModel::Failure).data().toString();
        if (worst.kind == Failure::Kind::Site)
            QCOMPARE(first, s->nodes[size_t(worst.nodes.front())].id);
        // The damage per site follows the site failures.
        QCOMPARE(got->damage.size(), s->nodes.size());
        for (const FailureImpact &i : want.impacts) {
            const Failure &f = want.failures[size_t(i.failure)];
            if (f.kind == Failure::Kind::Site) {
                QVERIFY(got->damage[size_t(f.nodes.front())].changes);
                QCOMPARE(got->damage[size_t(f.nodes.front())].breaksSlo, i.breaksSlo());
            }
        }

        // Picking a row selects the failed sites and names the regions it affects.
        QSignalSpy picked(&panel, &ResiliencePanel::failurePicked);
        const int row = std::min(2, panel.model()->rowCount() - 1);
        panel.table()->selectRow(row);
        QVERIFY(!picked.isEmpty());
        const FailureImpact &impact = want.impacts[size_t(row)];
        const Failure &failure = want.failures[size_t(impact.failure)];
        QCOMPARE(doc.selection()->nodes(), QList<int>(failure.nodes.begin(), failure.nodes.end()));
        QCOMPARE(picked.last().at(1).value<QList<int>>(),
                 QList<int>(impact.regionsAffected.begin(), impact.regionsAffected.end()));
    }

    void startsFromTheActiveWhatIfConditions()
    {
        Document doc;
        Scenario s = europeSlice();
        WhatIfCondition surge;
        surge.kind = WhatIfCondition::Kind::Surge;
        surge.factor = 1.4;
        WhatIfCondition down;
        down.kind = WhatIfCondition::Kind::Down;
        down.nodes = {s.nodes.front().id, s.nodes.back().id};
        s.whatIf = {surge, down};
        doc.setScenario(s, QString());
        settle(doc);
        QVERIFY(doc.snapshot()->whatIf);
        ResiliencePanel panel(&doc);
        runAndWait(panel);
        // The engine's own entry point for a scenario with conditions.
        const ResiliencePlan base = resiliencePlan(*doc.scenario(), placementOf(*doc.scenario()));
        QCOMPARE(base.conditions, 2);
        const ResilienceReport want =
            checkResilience(*base.evaluator, base.plan, singleFailures(*base.evaluator), base.options());
        sameImpacts(panel.result()->report, want);
        // Not the check without the conditions.
        const Evaluator plain(std::make_shared<const Scenario>(europeSlice()));
        const ResilienceReport ignoring =
            checkResilience(plain, plain.evaluate(placementOf(plain.scenario())), singleFailures(plain));
        QVERIFY(ignoring.impacts.size() != want.impacts.size() ||
                !std::equal(ignoring.impacts.begin(), ignoring.impacts.end(), want.impacts.begin(),
                            [](const FailureImpact &a, const FailureImpact &b) {
                                return a.usdPerMonthAfter == b.usdPerMonthAfter;
                            }));
    }

    void cancelStopsTheCheck()
    {
        Document doc;
        QStringList errors;
        QVERIFY(doc.loadDefault(&errors)); // 4,506 sites: seconds of work
        settle(doc);
        ResiliencePanel panel(&doc);
        QSignalSpy finished(&panel, &ResiliencePanel::finished);
        QVERIFY(panel.run());
        QVERIFY(doc.jobs()->isBusy(QString::fromLatin1(ResiliencePanel::Lane)));
        doc.jobs()->cancelLane(QString::fromLatin1(ResiliencePanel::Lane));
        QVERIFY(finished.wait(60000));
        QVERIFY(panel.result());
        QVERIFY(panel.result()->report.cancelled);
        QVERIFY(!panel.isRunning());
    }
};

QTEST_MAIN(tst_ResiliencePanel)
#include "tst_resiliencepanel.moc"
