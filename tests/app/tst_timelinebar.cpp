// SPDX-License-Identifier: GPL-3.0-or-later
// The 24-hour timeline over the Plan map: the day is computed as a job for each evaluated plan, the slider
// (mouse, keyboard, Play) changes the hour shown on the map and in the summary, and Live/peak goes back to
// the sized plan.
#include "app/document.h"
#include "app/jobrunner.h"
#include "app/timelinebar.h"
#include "app/whatifpanel.h"
#include "engine/model/scenariojson.h"
#include "widgets/map/mapwidget.h"
#include "widgets/map/timelinelayer.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

using namespace ea;

class tst_TimelineBar : public QObject
{
    Q_OBJECT
    Document *m_doc = nullptr;

private slots:
    void init()
    {
        // The fixture's two cities 12 time zones apart; the chat profile peaks at 18:00 local (Paris:
        // 00:00 UTC, Berlin: 12:00 UTC).
        const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        QVERIFY(l.ok());
        Scenario s = *l.scenario;
        s.regions[0].utcOffsetHours = -6;
        s.regions[1].utcOffsetHours = 6;
        s.workloads[0].diurnal.fill(1.0);
        s.workloads[0].diurnal[18] = 25.0;
        m_doc = new Document;
        m_doc->setScenario(s, QString());
        QTRY_VERIFY_WITH_TIMEOUT(m_doc->snapshot() && !m_doc->snapshot()->pending(), 10000);
    }
    void cleanup() { delete m_doc; }

    void sliderChangesTheMapAndTheSummary()
    {
        MapWidget map;
        map.setSnapshot(m_doc->snapshot());
        TimelineBar bar(m_doc, &map);
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() != nullptr, 10000);
        QCOMPARE(bar.day()->peakHour, 0);
        QCOMPARE(bar.slider()->peakHour(), 0);
        QVERIFY(bar.isLive());
        QVERIFY(!map.context().hour);

        QSignalSpy hours(&bar, &TimelineBar::hourChanged);
        bar.slider()->setValue(12); // as a drag would
        QCOMPARE(bar.hour(), 12);
        QCOMPARE(hours.count(), 1);
        QVERIFY(map.context().hour);
        QCOMPARE(map.context().hour->hour, 12);
        // Berlin at its peak (12.5 req/s), Paris at its trough (1.5 req/s): what the map draws.
        QCOMPARE(map.context().hour->regionDemandRps[1], 12.5f);
        QCOMPARE(map.context().hour->regionDemandRps[0], 1.5f);
        QVERIFY(map.context().hourDemandScale >= 37.5);
        QVERIFY2(bar.summary()->text().contains(QStringLiteral("12:00 UTC")),
                 qPrintable(bar.summary()->text()));
        // The map's tool-tips tell the hour's load of a site.
        QVERIFY(TimelineLayer::nodeLine(1, map.context()).contains(QStringLiteral("12:00 UTC")));

        bar.slider()->setValue(0);
        QCOMPARE(map.context().hour->hour, 0);
        QCOMPARE(map.context().hour->regionDemandRps[0], 37.5f);
        QVERIFY(bar.summary()->text().contains(QStringLiteral("00:00 UTC")));

        // Live/peak: back to the sized plan.
        bar.findChild<QToolButton *>(QStringLiteral("timelineLive"))->click();
        QVERIFY(bar.isLive());
        QVERIFY(!map.context().hour);
        QCOMPARE(hours.last().at(0).toInt(), -1);
    }

    void keyboardStepsAndEscapeGoesLive()
    {
        MapWidget map;
        TimelineBar bar(m_doc, &map);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() != nullptr, 10000);
        bar.setHour(5);
        bar.slider()->setFocus();
        QTest::keyClick(bar.slider(), Qt::Key_Right);
        QCOMPARE(bar.hour(), 6);
        QCOMPARE(map.context().hour->hour, 6);
        QTest::keyClick(bar.slider(), Qt::Key_Left);
        QTest::keyClick(bar.slider(), Qt::Key_Left);
        QCOMPARE(bar.hour(), 4);
        QTest::keyClick(bar.slider(), Qt::Key_Escape);
        QVERIFY(bar.isLive());
    }

    void playStepsThroughTheHours()
    {
        MapWidget map;
        TimelineBar bar(m_doc, &map);
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() != nullptr, 10000);
        bar.setHour(22);
        bar.setPlaying(true);
        QVERIFY(bar.isPlaying());
        QTRY_COMPARE_WITH_TIMEOUT(bar.hour(), 23, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(bar.hour(), 0, 5000); // wraps around midnight
        QCOMPARE(map.context().hour->hour, 0);
        bar.findChild<QToolButton *>(QStringLiteral("timelinePlay"))->click();
        QVERIFY(!bar.isPlaying());
    }

    void aNewPlanComputesTheDayAgain()
    {
        MapWidget map;
        TimelineBar bar(m_doc, &map);
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() != nullptr, 10000);
        const PlanDayPtr before = bar.day();
        bar.setHour(12);
        QVERIFY(m_doc->setTier(0, Tier::Central)); // billed per token now: no GPU load
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() != before, 10000);
        QCOMPARE(map.context().hour->hour, 12); // the hour stays, with the new plan's numbers
        QCOMPARE(map.context().hour->workloads[0].tier, Tier::Central);
        QCOMPARE(map.context().hour->tiers[int(Tier::Central)].workloads, 1);
    }

    /** A what-if surge ×2 (added in the What-If panel): the day becomes the bad day, twice the demand at
     * every hour (76 req/s at 00:00 UTC by hand), said in the summary; undo brings the plain day back. */
    void theDayFollowsTheWhatIfConditions()
    {
        MapWidget map;
        TimelineBar bar(m_doc, &map);
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() != nullptr, 10000);
        QCOMPARE(bar.day()->whatIfConditions, 0);
        const PlanDayPtr plain = bar.day();
        WhatIfPanel panel(m_doc);
        WhatIfCondition surge;
        surge.kind = WhatIfCondition::Kind::Surge;
        surge.factor = 2;
        QVERIFY(panel.addCondition(surge));
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() && bar.day()->whatIfConditions == 1, 10000);
        for (int h = 0; h < 24; ++h)
            QCOMPARE(bar.day()->offeredRps[size_t(h)], 2 * plain->offeredRps[size_t(h)]);
        QCOMPARE(bar.day()->offeredRps[0], 76.0);
        bar.setHour(0);
        QCOMPARE(map.context().hour->regionDemandRps[0], 75.0f);
        QVERIFY2(bar.summary()->text().contains(QStringLiteral("what-if")),
                 qPrintable(bar.summary()->text()));
        m_doc->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(bar.day() && bar.day()->whatIfConditions == 0, 10000);
        QCOMPARE(bar.day()->offeredRps[0], 38.0);
        QVERIFY(!bar.summary()->text().contains(QStringLiteral("what-if")));
    }
};

QTEST_MAIN(tst_TimelineBar)
#include "tst_timelinebar.moc"
