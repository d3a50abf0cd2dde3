// SPDX-License-Identifier: GPL-3.0-or-later
// Placement files: version 1 (a tier per workload) still read; version 2 (a tier per workload and zone) read,
// written and read back; each problem named by its JSON path.
#include "engine/model/scenariojson.h"
#include "engine/plan/placementfile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ea;
using geo::Zone;

namespace {

Scenario fixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    Scenario s = *l.scenario;
    // A second workload, forbidden on the central tier.
    Workload w = s.workloads[0];
    w.id = QStringLiteral("batch");
    w.name = QStringLiteral("Batch");
    w.forbiddenTiers = {Tier::Central};
    s.workloads.push_back(w);
    return s;
}

} // namespace

class tst_PlacementFile : public QObject
{
    Q_OBJECT
private slots:
    void versionOneStillRead()
    {
        const Scenario s = fixture();
        Placement p;
        QStringList errors;
        QVERIFY(parsePlacement(R"({"schema": "edgeatlas-placement/1", "placement": {"chat": "central"}})", s,
                               p, &errors));
        QVERIFY(errors.isEmpty());
        QCOMPARE(p[0], Tier::Central);
        QCOMPARE(p[1], Tier::Regional); // not named: as the scenario places it
        QVERIFY(!p.hasSplits());
    }

    void versionTwoZoneTiers()
    {
        const Scenario s = fixture();
        Placement p;
        QStringList errors;
        QVERIFY2(parsePlacement(R"({"schema": "edgeatlas-placement/2", "placement": {
                    "chat": {"EU": "central", "EAS": "central", "*": "regional"}, "batch": "regional"}})",
                                s, p, &errors),
                 qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(p[0], Tier::Regional);
        QCOMPARE(p.tierIn(0, Zone::Europe), Tier::Central);
        QCOMPARE(p.tierIn(0, Zone::EastAsia), Tier::Central);
        QCOMPARE(p.tierIn(0, Zone::NorthAmerica), Tier::Regional);
        QVERIFY(!p.isSplit(1));
        // Without "*", the other zones keep the scenario's tier.
        QVERIFY(
            parsePlacement(R"({"schema": "edgeatlas-placement/2", "placement": {"chat": {"OC": "central"}}})",
                           s, p, &errors));
        QCOMPARE(p[0], Tier::Regional);
        QCOMPARE(p.tierIn(0, Zone::Oceania), Tier::Central);
    }

    void roundTrip()
    {
        const Scenario s = fixture();
        Placement p = placementOf(s);
        QByteArray json = placementToJson(s, p);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("schema")).toString(),
                 QStringLiteral("edgeatlas-placement/1")); // nothing split: readable by version-1 readers
        p.setZoneTier(0, Zone::Europe, Tier::Central);
        p.setZoneTier(0, Zone::SouthAmerica, Tier::Central);
        p[1] = Tier::Regional;
        json = placementToJson(s, p);
        QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("schema")).toString(),
                 QStringLiteral("edgeatlas-placement/2"));
        Placement back;
        QStringList errors;
        QVERIFY2(parsePlacement(json, s, back, &errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(back == p);
    }

    void problemsNamedByPath_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("problem");
        QTest::newRow("unknown zone")
            << QByteArray(R"({"schema": "edgeatlas-placement/2", "placement": {"chat": {"XX": "edge"}}})")
            << QStringLiteral("$.placement.chat.XX: unknown zone");
        QTest::newRow("tier in a zone")
            << QByteArray(R"({"schema": "edgeatlas-placement/2", "placement": {"chat": {"EU": "cloud"}}})")
            << QStringLiteral("$.placement.chat.EU: expected one of");
        QTest::newRow("forbidden in a zone")
            << QByteArray(R"({"schema": "edgeatlas-placement/2", "placement": {"batch": {"EU": "central"}}})")
            << QStringLiteral("$.placement.batch.EU: tier \"central\" is forbidden for this workload");
        QTest::newRow("absent tier in *")
            << QByteArray(R"({"schema": "edgeatlas-placement/2", "placement": {"chat": {"*": "edge"}}})")
            << QStringLiteral("$.placement.chat.*: the scenario has no tier \"edge\"");
        QTest::newRow("zones in version 1")
            << QByteArray(R"({"schema": "edgeatlas-placement/1", "placement": {"chat": {"EU": "central"}}})")
            << QStringLiteral("$.placement.chat: a tier per zone needs schema \"edgeatlas-placement/2\"");
        QTest::newRow("schema") << QByteArray(R"({"schema": "edgeatlas-placement/9", "placement": {}})")
                                << QStringLiteral("$.schema: expected");
    }
    void problemsNamedByPath()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, problem);
        Placement p;
        QStringList errors;
        QVERIFY(!parsePlacement(json, fixture(), p, &errors));
        QVERIFY2(!errors.isEmpty() && errors.front().startsWith(problem),
                 qPrintable(errors.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(tst_PlacementFile)
#include "tst_placementfile.moc"
