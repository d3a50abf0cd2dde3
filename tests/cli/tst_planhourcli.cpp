// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas plan --hour H` as a user runs it (the real executable), against the engine's timeline.
#include "engine/model/scenariojson.h"
#include "engine/model/whatif.h"
#include "engine/plan/timeline.h"
#include "tests/common/testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ea;

class tst_PlanHourCli : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;
    Scenario m_s;

    static test::CliRun run(const QStringList &args) { return test::runEdgeAtlas(args); }

private slots:
    void initTestCase()
    {
        // The fixture's two cities 12 time zones apart, with one peak hour (18:00 local) in the profile.
        const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        QVERIFY(l.ok());
        m_s = *l.scenario;
        m_s.regions[0].utcOffsetHours = -6;
        m_s.regions[1].utcOffsetHours = 6;
        m_s.workloads[0].diurnal.fill(1.0);
        m_s.workloads[0].diurnal[18] = 25.0;
        m_file = m_dir.filePath(QStringLiteral("apart.json"));
        QString error;
        QVERIFY2(saveScenarioFile(m_s, m_file, &error), qPrintable(error));
    }

    void jsonMatchesTheEngine()
    {
        const auto s = std::make_shared<const Scenario>(m_s);
        const auto evaluator = std::make_shared<const Evaluator>(s);
        const auto plan = std::make_shared<const PlanOutcome>(evaluator->evaluate(placementOf(*s)));
        const PlanTimeline timeline(evaluator, plan);
        for (int hour : {0, 5, 12}) {
            const test::CliRun r =
                run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"), QString::number(hour),
                     QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r.code, 0);
            const QJsonObject j = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(j.value(QStringLiteral("schema")).toString(), QStringLiteral("edgeatlas-plan-hour/1"));
            QCOMPARE(j.value(QStringLiteral("hour")).toInt(), hour);
            QCOMPARE(j.value(QStringLiteral("peakHour")).toInt(), 0); // Paris' 18:00 local, by hand
            const PlanHour h = timeline.evaluateHour(hour);
            const QJsonObject w = j.value(QStringLiteral("workloads")).toArray().at(0).toObject();
            QCOMPARE(w.value(QStringLiteral("offeredRps")).toDouble(), h.workloads[0].offeredRps);
            QCOMPARE(w.value(QStringLiteral("attainmentPct")).toDouble(), h.workloads[0].attainmentPct);
            QCOMPARE(w.value(QStringLiteral("unservedRps")).toDouble(), h.workloads[0].unservedRps());
            QCOMPARE(w.value(QStringLiteral("usdPerHour")).toDouble(), h.workloads[0].usdPerHour);
            const QJsonArray sites = w.value(QStringLiteral("sites")).toArray();
            QCOMPARE(sites.size(), qsizetype(h.workloads[0].sites.size()));
            for (qsizetype i = 0; i < sites.size(); ++i) {
                const QJsonObject site = sites.at(i).toObject();
                QCOMPARE(site.value(QStringLiteral("loadRps")).toDouble(),
                         h.workloads[0].sites[size_t(i)].loadRps);
                QCOMPARE(site.value(QStringLiteral("headroomRps")).toDouble(),
                         h.workloads[0].sites[size_t(i)].headroomRps());
            }
            // Hand-computed demand: 3 · 12.5 + 1 · 0.5 at 00:00, 1.5 + 0.5 at 05:00, 1.5 + 12.5 at 12:00.
            const double byHand = hour == 0 ? 38.0 : hour == 5 ? 2.0 : 14.0;
            QCOMPARE(
                j.value(QStringLiteral("total")).toObject().value(QStringLiteral("offeredRps")).toDouble(),
                byHand);
            QCOMPARE(j.value(QStringLiteral("offeredRpsByHour")).toArray().size(), 24);
        }
    }

    void tableAndCsv()
    {
        test::CliRun r =
            run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"), QStringLiteral("12")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("plan at 12:00 UTC (peak hour 00:00 UTC"), r.out.constData());
        QVERIFY(r.out.contains("chat"));
        QVERIFY(r.out.contains("plan total:"));
        QVERIFY(r.out.contains("14.00")); // the hour's demand
        r = run({QStringLiteral("plan"), m_file, QStringLiteral("--hour=0"), QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("hour,workload,tier,offered_rps,"));
        QCOMPARE(r.out.count('\n'), 2);
        QVERIFY(r.out.contains("\n0,chat,regional,38,38,0,"));
    }

    /**
     * `plan --hour H --what-if W.json`: a surge ×2 doubles each hour's demand (by hand: 76 req/s at 00:00,
     * 4 at 05:00); with Paris down too, Paris' site carries nothing and is marked down, and at 05:00
     * (Paris 2 · 1.5 req/s, Berlin 2 · 0.5) both regions are served from Berlin.
     */
    void whatIfHourIsTheBadDay()
    {
        WhatIfCondition surge;
        surge.kind = WhatIfCondition::Kind::Surge;
        surge.factor = 2;
        WhatIfCondition down;
        down.kind = WhatIfCondition::Kind::Down;
        down.nodes = {QStringLiteral("par")};
        const auto write = [this](const std::vector<WhatIfCondition> &list, const QString &name) {
            const QString file = m_dir.filePath(name);
            QString error;
            if (!saveWhatIfFile(list, file, &error))
                qFatal("%s", qPrintable(error));
            return file;
        };
        const QString surgeFile = write({surge}, QStringLiteral("surge.json"));
        for (int hour : {0, 5}) {
            const test::CliRun r = run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"),
                                        QString::number(hour), QStringLiteral("--what-if"), surgeFile,
                                        QStringLiteral("--format"), QStringLiteral("json")});
            QCOMPARE(r.code, 0);
            const QJsonObject j = QJsonDocument::fromJson(r.out).object();
            QCOMPARE(j.value(QStringLiteral("whatIf")).toArray().size(), 1);
            QCOMPARE(
                j.value(QStringLiteral("total")).toObject().value(QStringLiteral("offeredRps")).toDouble(),
                hour == 0 ? 76.0 : 4.0);
            QCOMPARE(j.value(QStringLiteral("peakHour")).toInt(), 0);
        }
        const QString both = write({surge, down}, QStringLiteral("both.json"));
        test::CliRun r =
            run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"), QStringLiteral("5"),
                 QStringLiteral("--what-if"), both, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject w = QJsonDocument::fromJson(r.out)
                                  .object()
                                  .value(QStringLiteral("workloads"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
        const QJsonArray sites = w.value(QStringLiteral("sites")).toArray();
        QCOMPARE(sites.size(), 2);
        QCOMPARE(sites[0].toObject().value(QStringLiteral("node")).toString(), QStringLiteral("par"));
        QVERIFY(sites[0].toObject().value(QStringLiteral("down")).toBool());
        QCOMPARE(sites[0].toObject().value(QStringLiteral("loadRps")).toDouble(), 0.0);
        QVERIFY(!sites[1].toObject().contains(QStringLiteral("down")));
        QCOMPARE(sites[1].toObject().value(QStringLiteral("loadRps")).toDouble(), 4.0);
        QCOMPARE(w.value(QStringLiteral("regionsSpilled")).toInt(), 1);
        QCOMPARE(w.value(QStringLiteral("unservedRps")).toDouble(), 0.0);
        // The table names the conditions.
        r = run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"), QStringLiteral("5"),
                 QStringLiteral("--what-if"), both});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("under 2 what-if condition(s)"), r.out.constData());
        QVERIFY(r.out.contains("node par down"));
        // A bad file is refused with its reason.
        const QString bad = m_dir.filePath(QStringLiteral("bad.json"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"schema": "edgeatlas-whatif/1", "conditions": [{"kind": "down", "nodes": ["nowhere"]}]})");
        f.close();
        r = run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"), QStringLiteral("5"),
                 QStringLiteral("--what-if"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("nowhere"), r.err.constData());
    }

    void badHourIsRefused()
    {
        for (const QString &bad : {QStringLiteral("24"), QStringLiteral("-1"), QStringLiteral("noon")}) {
            const test::CliRun r = run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"), bad});
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains("--hour: expected a UTC hour from 0 to 23"), r.err.constData());
        }
        const test::CliRun r = run({QStringLiteral("plan"), m_file, QStringLiteral("--hour"),
                                    QStringLiteral("3"), QStringLiteral("--optimize")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("cannot be combined"));
    }
};

QTEST_GUILESS_MAIN(tst_PlanHourCli)
#include "tst_planhourcli.moc"
