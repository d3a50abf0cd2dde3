// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/jsonreader.h"
#include "engine/model/scenariojson.h"
#include "engine/model/whatif.h"

#include <QJsonDocument>
#include <QTemporaryDir>
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

std::vector<WhatIfCondition> everyKind()
{
    WhatIfCondition down;
    down.kind = WhatIfCondition::Kind::Down;
    down.name = QStringLiteral("Paris fire");
    down.nodes = {QStringLiteral("par")};
    WhatIfCondition zoneDown;
    zoneDown.kind = WhatIfCondition::Kind::Down;
    zoneDown.tier = Tier::Regional;
    zoneDown.zone = QStringLiteral("EU");
    zoneDown.country = QStringLiteral("DE");
    zoneDown.enabled = false;
    WhatIfCondition surge;
    surge.kind = WhatIfCondition::Kind::Surge;
    surge.factor = 2.5;
    surge.workload = QStringLiteral("chat");
    WhatIfCondition zoneSurge;
    zoneSurge.kind = WhatIfCondition::Kind::Surge;
    zoneSurge.factor = 1.25;
    zoneSurge.zone = QStringLiteral("EU");
    WhatIfCondition price;
    price.kind = WhatIfCondition::Kind::Price;
    price.factor = 1.5;
    price.gpu = QStringLiteral("g1");
    WhatIfCondition tierPrice;
    tierPrice.kind = WhatIfCondition::Kind::Price;
    tierPrice.factor = 0.8;
    tierPrice.tier = Tier::Central;
    WhatIfCondition cut;
    cut.kind = WhatIfCondition::Kind::LatencyPenalty;
    cut.zoneA = QStringLiteral("EU");
    cut.zoneB = QStringLiteral("NA");
    cut.penaltyMs = 40;
    return {down, zoneDown, surge, zoneSurge, price, tierPrice, cut};
}
} // namespace

class tst_WhatIf : public QObject
{
    Q_OBJECT
private slots:
    void conditionsSurviveSaveAndLoad()
    {
        Scenario s = fixture();
        s.whatIf = everyKind();
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("s.json"));
        QString error;
        QVERIFY2(saveScenarioFile(s, file, &error), qPrintable(error));
        const ScenarioLoad back = loadScenarioFile(file);
        QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.scenario->whatIf.size(), s.whatIf.size());
        for (size_t i = 0; i < s.whatIf.size(); ++i)
            QVERIFY2(back.scenario->whatIf[i] == s.whatIf[i], qPrintable(describeWhatIf(s.whatIf[i])));
        QVERIFY(*back.scenario == s);
        QVERIFY(!back.scenario->whatIf[1].enabled); // switched off, kept
        // A scenario without conditions writes no "whatIf" key (files stay as they were).
        QVERIFY(!scenarioToJson(fixture()).contains("whatIf"));
    }

    void whatIfFileRoundTrip()
    {
        const Scenario s = fixture();
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("w.json"));
        QString error;
        QVERIFY2(saveWhatIfFile(everyKind(), file, &error), qPrintable(error));
        const WhatIfLoad back = loadWhatIfFile(file, s);
        QVERIFY2(back.conditions, qPrintable(back.errors.join(QLatin1Char('\n'))));
        QVERIFY(*back.conditions == everyKind());
    }

    void badConditionsNameTheField_data()
    {
        QTest::addColumn<QByteArray>("conditions");
        QTest::addColumn<QString>("expected"); // the whole error line, or its start
        QTest::newRow("unknown kind") << QByteArray(R"([{"kind": "flood"}])")
                                      << "$.conditions[0].kind: must be down, surge, price or latency";
        QTest::newRow("missing kind")
            << QByteArray(R"([{"nodes": ["par"]}])") << "$.conditions[0].kind: missing";
        QTest::newRow("unknown node") << QByteArray(R"([{"kind": "down", "nodes": ["par", "lyon"]}])")
                                      << "$.conditions[0].nodes[1]: no node with id \"lyon\"";
        QTest::newRow("empty down") << QByteArray(R"([{"kind": "down"}])")
                                    << "$.conditions[0]: a \"down\" condition needs nodes";
        QTest::newRow("bad tier") << QByteArray(R"([{"kind": "down", "tier": "moon"}])")
                                  << "$.conditions[0].tier: must be edge, regional, central or onprem";
        QTest::newRow("bad zone") << QByteArray(R"([{"kind": "down", "tier": "edge", "zone": "XX"}])")
                                  << "$.conditions[0].zone: unknown zone \"XX\"";
        QTest::newRow("zero factor") << QByteArray(R"([{"kind": "surge", "factor": 0}])")
                                     << "$.conditions[0].factor: must be > 0";
        QTest::newRow("factor as text") << QByteArray(R"([{"kind": "surge", "factor": "2"}])")
                                        << "$.conditions[0].factor: expected a number";
        QTest::newRow("unknown workload")
            << QByteArray(R"([{"kind": "surge", "factor": 2, "workload": "x"}])")
            << "$.conditions[0].workload: no workload with id \"x\"";
        QTest::newRow("workload and zone")
            << QByteArray(R"([{"kind": "surge", "factor": 2, "workload": "chat", "zone": "EU"}])")
            << "$.conditions[0].zone: give either a workload or a zone";
        QTest::newRow("price needs a target") << QByteArray(R"([{"kind": "price", "factor": 2}])")
                                              << "$.conditions[0]: a \"price\" condition needs exactly one";
        QTest::newRow("unknown gpu") << QByteArray(R"([{"kind": "price", "factor": 2, "gpu": "h900"}])")
                                     << "$.conditions[0].gpu: no GPU type with id \"h900\"";
        QTest::newRow("negative penalty")
            << QByteArray(R"([{"kind": "latency", "zones": ["EU", "NA"], "penaltyMs": -5}])")
            << "$.conditions[0].penaltyMs: must be >= 0";
        QTest::newRow("one zone") << QByteArray(R"([{"kind": "latency", "zones": ["EU"], "penaltyMs": 5}])")
                                  << "$.conditions[0].zones: must name two zones";
        QTest::newRow("foreign key") << QByteArray(
                                            R"([{"kind": "latency", "zones": ["EU", "NA"], "penaltyMs": 5,
                                                       "factor": 2}])")
                                     << "$.conditions[0].factor: does not apply to a \"latency\" condition";
        QTest::newRow("typo key") << QByteArray(R"([{"kind": "surge", "factr": 2}])")
                                  << "$.conditions[0].factr: unknown key";
    }
    void badConditionsNameTheField()
    {
        QFETCH(QByteArray, conditions);
        QFETCH(QString, expected);
        const QByteArray json = R"({"schema": "edgeatlas-whatif/1", "conditions": )" + conditions + "}";
        const WhatIfLoad load = parseWhatIf(json, fixture());
        QVERIFY(!load.conditions);
        QVERIFY2(std::any_of(load.errors.begin(), load.errors.end(),
                             [&](const QString &e) { return e.startsWith(expected); }),
                 qPrintable(load.errors.join(QLatin1Char('\n'))));
    }

    void badFileLevelInput()
    {
        const Scenario s = fixture();
        QCOMPARE(parseWhatIf("{", s).errors.value(0).left(18), QStringLiteral("$: invalid JSON at"));
        QCOMPARE(parseWhatIf(R"({"schema": "edgeatlas-whatif/9", "conditions": []})", s).errors.value(0),
                 QStringLiteral("$.schema: unsupported schema \"edgeatlas-whatif/9\" (this version reads "
                                "\"edgeatlas-whatif/1\")"));
        QCOMPARE(parseWhatIf(R"({"schema": "edgeatlas-whatif/1"})", s).errors.value(0),
                 QStringLiteral("$.conditions: missing"));
        const WhatIfLoad none = loadWhatIfFile(QStringLiteral("/nonexistent/w.json"), s);
        QVERIFY(!none.conditions);
        QVERIFY(none.errors.value(0).startsWith(QStringLiteral("$: ")));
    }

    void badConditionsInAScenarioNameTheirPath()
    {
        QJsonObject root = QJsonDocument::fromJson(scenarioToJson(fixture())).object();
        root.insert(QStringLiteral("whatIf"), QJsonDocument::fromJson(R"([{"kind": "down", "nodes": ["par"]},
                                                {"kind": "down", "nodes": ["nowhere"]}])")
                                                  .array());
        const ScenarioLoad l = parseScenario(QJsonDocument(root).toJson());
        QVERIFY(!l.ok());
        QCOMPARE(l.errors.value(0),
                 QStringLiteral("$.whatIf[1].nodes[0]: no node with id \"nowhere\" in the scenario"));
    }
};

QTEST_GUILESS_MAIN(tst_WhatIf)
#include "tst_whatif.moc"
