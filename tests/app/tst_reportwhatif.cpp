// SPDX-License-Identifier: GPL-3.0-or-later
// The report's JSON and CSV under active what-if conditions, as a user makes them (`edgeatlas report`, the
// real executable, on a scenario saved with its conditions), parsed and checked by hand on the small
// fixture: Paris down moves the Paris region to Berlin; a 2,000 ms penalty inside Europe (budget 1,000 ms)
// makes both regions lose their SLO.
#include "engine/model/csvtable.h"
#include "engine/model/scenariojson.h"
#include "engine/model/whatif.h"
#include "engine/plan/plansnapshot.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"

using namespace ea;

class tst_ReportWhatIf : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    static WhatIfCondition parisDown()
    {
        WhatIfCondition c;
        c.kind = WhatIfCondition::Kind::Down;
        c.nodes = {QStringLiteral("par")};
        return c;
    }
    static WhatIfCondition europePenalty(double ms)
    {
        WhatIfCondition c;
        c.kind = WhatIfCondition::Kind::LatencyPenalty;
        c.zoneA = QStringLiteral("EU");
        c.zoneB = QStringLiteral("EU");
        c.penaltyMs = ms;
        return c;
    }
    /** The small fixture with these conditions, saved; its path. */
    QString scenarioWith(const std::vector<WhatIfCondition> &conditions, const QString &name)
    {
        ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        if (!load.scenario)
            qFatal("small.json does not load");
        Scenario s = *load.scenario;
        s.whatIf = conditions;
        const QString file = m_dir.filePath(name);
        QString error;
        if (!saveScenarioFile(s, file, &error))
            qFatal("%s", qPrintable(error));
        return file;
    }
    QByteArray report(const QString &scenario, const QString &out)
    {
        const QString file = m_dir.filePath(out);
        const test::CliRun r =
            test::runEdgeAtlas({QStringLiteral("report"), scenario, QStringLiteral("-o"), file});
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        QFile f(file);
        return r.code == 0 && f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void jsonListsConditionsBeforeAfterAndLostRegions()
    {
        const QString file = scenarioWith({parisDown(), europePenalty(2000)}, QStringLiteral("bad.json"));
        const QByteArray json = report(file, QStringLiteral("r.json"));
        QVERIFY(!json.isEmpty());
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        const QJsonObject w = root[QStringLiteral("whatIf")].toObject();
        QVERIFY(!w.isEmpty());
        // The conditions as the scenario file has them, and in words.
        const QJsonArray conditions = w[QStringLiteral("conditions")].toArray();
        QCOMPARE(conditions.size(), 2);
        QCOMPARE(conditions[0].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("down"));
        QCOMPARE(conditions[1].toObject()[QStringLiteral("kind")].toString(), QStringLiteral("latency"));
        QCOMPARE(w[QStringLiteral("described")].toArray()[0].toString(), describeWhatIf(parisDown()));
        QCOMPARE(w[QStringLiteral("downNodes")].toInt(), 1);
        // Before: the plan's own figures (the report's plan section); after: worse, every region lost.
        const QJsonObject plan = root[QStringLiteral("plan")].toObject();
        QCOMPARE(w[QStringLiteral("usdPerMonthBefore")].toDouble(),
                 plan[QStringLiteral("usdPerMonth")].toDouble());
        QCOMPARE(w[QStringLiteral("attainmentPctBefore")].toDouble(), 100.0);
        QCOMPARE(w[QStringLiteral("attainmentPctAfter")].toDouble(), 0.0);
        const QJsonArray workloads = w[QStringLiteral("workloads")].toArray();
        QCOMPARE(workloads.size(), 1);
        const QJsonObject chat = workloads[0].toObject();
        QCOMPARE(chat[QStringLiteral("id")].toString(), QStringLiteral("chat"));
        QCOMPARE(chat[QStringLiteral("meetsSloBefore")].toBool(), true);
        QCOMPARE(chat[QStringLiteral("meetsSloAfter")].toBool(), false);
        QCOMPARE(chat[QStringLiteral("regionsMoved")].toInt(), 1); // Paris → Berlin; Berlin stays
        QCOMPARE(chat[QStringLiteral("regionsLostSlo")].toArray(),
                 (QJsonArray{QStringLiteral("r-par"), QStringLiteral("r-ber")}));
        QCOMPARE(chat[QStringLiteral("unservedRps")].toDouble(), 0.0);
        QCOMPARE(chat[QStringLiteral("offeredRpsAfter")].toDouble(), 4.0); // the fixture's mean rate
        const QJsonArray lost = w[QStringLiteral("regionsLostSlo")].toArray();
        QCOMPARE(lost.size(), 2);
        QCOMPARE(lost[0].toObject()[QStringLiteral("id")].toString(), QStringLiteral("r-par"));
        QCOMPARE(lost[0].toObject()[QStringLiteral("workloads")].toArray(),
                 QJsonArray{QStringLiteral("chat")});
        // The plan under the conditions in the plan schema: no site in Paris.
        const QJsonArray after = w[QStringLiteral("plan")].toObject()[QStringLiteral("workloads")].toArray();
        QCOMPARE(after.size(), 1);
        QCOMPARE(after[0].toObject()[QStringLiteral("sites")].toInt(), 1);
        QCOMPARE(chat[QStringLiteral("usdPerMonthAfter")].toDouble(),
                 after[0].toObject()[QStringLiteral("usdPerMonth")].toDouble());

        // The same numbers as `edgeatlas plan --what-if` (its own evaluation in another process).
        const QString conditionsFile = m_dir.filePath(QStringLiteral("w.json"));
        QFile f(conditionsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(whatIfToJson({parisDown(), europePenalty(2000)}));
        f.close();
        const test::CliRun r =
            test::runEdgeAtlas({QStringLiteral("plan"), QStringLiteral(EA_TEST_DATA_DIR "/small.json"),
                                QStringLiteral("--what-if"), conditionsFile, QStringLiteral("--format"),
                                QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject cli = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(cli[QStringLiteral("workloads")].toArray()[0].toObject(), chat);
        QCOMPARE(cli[QStringLiteral("usdPerMonthAfter")].toDouble(),
                 w[QStringLiteral("usdPerMonthAfter")].toDouble());
    }

    void csvHasWhatIfColumnsConditionsAndTotal()
    {
        const QString file = scenarioWith({parisDown(), europePenalty(2000)}, QStringLiteral("bad.json"));
        CsvTable t;
        QString error;
        QVERIFY2(CsvTable::parse(report(file, QStringLiteral("r.csv")), t, &error), qPrintable(error));
        const auto col = [&](const char *name) {
            const int c = t.column(QLatin1String(name));
            if (c < 0)
                qFatal("no column %s", name);
            return c;
        };
        const int kind = col("kind"), id = col("id");
        const auto same = [](const QString &csv, double engine) { // written with ten significant digits
            return std::abs(csv.toDouble() - engine) <= 1e-9 * std::max(1.0, std::abs(engine));
        };
        const PlanSnapshotPtr snap =
            PlanSnapshot::evaluate(std::make_shared<const Scenario>(*loadScenarioFile(file).scenario));
        QVERIFY(snap->whatIf);
        const WhatIfWorkloadDelta &d = snap->whatIf->comparison.workloads[0];
        int workloads = 0, conditions = 0, lost = 0, totals = 0;
        QStringList lostIds;
        for (const QStringList &row : t.rows) {
            QCOMPARE(row.size(), t.header.size());
            const QString k = row[kind];
            if (k == QLatin1String("workload")) {
                ++workloads;
                QCOMPARE(row[id], QStringLiteral("chat"));
                QVERIFY(same(row[col("usd_per_month")], d.usdPerMonthBefore));
                QVERIFY(same(row[col("what_if_usd_per_month")], d.usdPerMonthAfter));
                QCOMPARE(row[col("what_if_attainment_pct")].toDouble(), 0.0);
                QCOMPARE(row[col("meets_slo")], QStringLiteral("1"));
                QCOMPARE(row[col("what_if_meets_slo")], QStringLiteral("0"));
                QCOMPARE(row[col("what_if_regions_moved")], QStringLiteral("1"));
                QCOMPARE(row[col("what_if_regions_lost_slo")], QStringLiteral("r-par r-ber"));
            } else if (k == QLatin1String("what_if_condition")) {
                ++conditions;
                QVERIFY(row[col("name")] == describeWhatIf(parisDown()) ||
                        row[col("name")] == describeWhatIf(europePenalty(2000)));
            } else if (k == QLatin1String("what_if_region_lost_slo")) {
                ++lost;
                lostIds << row[id];
                QCOMPARE(row[col("workloads")], QStringLiteral("chat"));
            } else if (k == QLatin1String("what_if_total")) {
                ++totals;
                QVERIFY(same(row[col("what_if_usd_per_month")], snap->whatIf->comparison.usdPerMonthAfter));
                QCOMPARE(row[col("attainment_pct")].toDouble(), 100.0);
                QCOMPARE(row[col("what_if_meets_slo")].toInt(), 0);
            }
        }
        QCOMPARE(workloads, 1);
        QCOMPARE(conditions, 2);
        QCOMPARE(lost, 2);
        QCOMPARE(lostIds, (QStringList{QStringLiteral("r-par"), QStringLiteral("r-ber")}));
        QCOMPARE(totals, 1);
    }

    /** Without an active condition the exports carry nothing of it. */
    void nothingWithoutActiveConditions()
    {
        WhatIfCondition off = parisDown();
        off.enabled = false;
        const QString file = scenarioWith({off}, QStringLiteral("off.json"));
        const QJsonObject root = QJsonDocument::fromJson(report(file, QStringLiteral("o.json"))).object();
        QVERIFY(root.contains(QStringLiteral("plan")));
        QVERIFY(root[QStringLiteral("whatIf")].isNull());
        const QByteArray csv = report(file, QStringLiteral("o.csv"));
        QVERIFY(!csv.isEmpty());
        QVERIFY(!csv.contains("what_if_condition"));
        QVERIFY(!csv.contains("what_if_total"));
    }
};

QTEST_MAIN(tst_ReportWhatIf)
#include "tst_reportwhatif.moc"
