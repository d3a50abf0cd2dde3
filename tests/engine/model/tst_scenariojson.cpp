// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/scenariojson.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ea;

class tst_ScenarioJson : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixtureBytes()
    {
        QFile f(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
        if (!f.open(QIODevice::ReadOnly))
            qFatal("fixture missing");
        return f.readAll();
    }
    static QJsonObject fixture() { return QJsonDocument::fromJson(fixtureBytes()).object(); }
    static QByteArray bytes(const QJsonObject &o) { return QJsonDocument(o).toJson(); }
    // Applies a change at a path like "workloads/0/slo/budgetMs" (array indices as numbers).
    static QJsonValue setAt(QJsonValue root, QStringList path, const QJsonValue &v, bool remove = false)
    {
        if (path.isEmpty())
            return v;
        const QString key = path.takeFirst();
        if (root.isArray()) {
            QJsonArray a = root.toArray();
            const int i = key.toInt();
            a[i] = setAt(a[i], path, v, remove);
            return a;
        }
        QJsonObject o = root.toObject();
        if (path.isEmpty() && remove)
            o.remove(key);
        else
            o[key] = setAt(o.value(key), path, v, remove);
        return o;
    }

private slots:
    void fixtureLoads()
    {
        const ScenarioLoad l = parseScenario(fixtureBytes());
        QVERIFY2(l.ok(), qPrintable(l.errors.join(QLatin1Char('\n'))));
        QCOMPARE(l.scenario->nodes.size(), size_t(3));
        QCOMPARE(l.scenario->regions.size(), size_t(2));
        QCOMPARE(l.scenario->workloads.front().slo.budgetMs, 1000.0);
        QCOMPARE(l.scenario->workloads.front().tier, Tier::Regional);
        QVERIFY(l.scenario->network.hasRtt);
        QCOMPARE(l.scenario->network.rtt.sameZoneInflation, 1.5);
    }

    void roundTripIsLossless_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("fixture") << QStringLiteral(EA_TEST_DATA_DIR "/small.json");
        QTest::newRow("default") << QString::fromLatin1(DefaultScenarioPath);
    }
    void roundTripIsLossless()
    {
        QFETCH(QString, file);
        const ScenarioLoad a = loadScenarioFile(file);
        QVERIFY2(a.ok(), qPrintable(a.errors.join(QLatin1Char('\n'))));
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("copy.json"));
        QString error;
        QVERIFY2(saveScenarioFile(*a.scenario, out, &error), qPrintable(error));
        const ScenarioLoad b = loadScenarioFile(out);
        QVERIFY2(b.ok(), qPrintable(b.errors.join(QLatin1Char('\n'))));
        QVERIFY(*a.scenario == *b.scenario);
        // And the bytes are stable: saving the reloaded scenario gives the same file.
        QCOMPARE(scenarioToJson(*b.scenario), scenarioToJson(*a.scenario));
    }

    void accessProfilesAndSchedulingRoundTrip()
    {
        // Files without them load as before (every workload fixed, the built-in estimates).
        const ScenarioLoad plain = parseScenario(fixtureBytes());
        QVERIFY(plain.ok());
        QCOMPARE(plain.scenario->workloads[0].access, AccessProfile::Fixed);
        QVERIFY(plain.scenario->network.access == defaultAccessParams());
        QVERIFY(!scenarioToJson(*plain.scenario).contains("\"access\""));
        // Set, they survive a save and a load.
        Scenario s = *plain.scenario;
        s.workloads[0].access = AccessProfile::Mobile;
        s.network.access = {12.5, 2.0};
        MeasuredProfile m;
        m.gpu = s.gpus[0].id;
        m.model = s.models[0].id;
        m.precision = Precision::BF16;
        m.profile.decodeStepMsAtBatch1 = 5.0;
        m.profile.schedulingMs = 7.25;
        m.source = QStringLiteral("test");
        s.computeProfiles.push_back(m);
        const ScenarioLoad back = parseScenario(scenarioToJson(s));
        QVERIFY2(back.ok(), qPrintable(back.errors.join(QLatin1Char('\n'))));
        QCOMPARE(back.scenario->workloads[0].access, AccessProfile::Mobile);
        QCOMPARE(back.scenario->network.access.mobileExtraMs, 12.5);
        QCOMPARE(back.scenario->network.access.enterpriseMs, 2.0);
        QCOMPARE(back.scenario->computeProfiles[0].profile.schedulingMs, std::optional<double>(7.25));
        QVERIFY(*back.scenario == s);
    }

    void badInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("expected"); // each must appear as the start of some error line

        const QJsonObject f = fixture();
        const auto with = [&](const QString &path, const QJsonValue &v) {
            return bytes(setAt(f, path.split(QLatin1Char('/')), v).toObject());
        };
        const auto without = [&](const QString &path) {
            return bytes(setAt(f, path.split(QLatin1Char('/')), {}, true).toObject());
        };
        QTest::newRow("invalid json")
            << QByteArray("{\"schema\": \"edgeatlas/1\", ") << QStringList{"$: invalid JSON at line 1"};
        QTest::newRow("not an object") << QByteArray("[1,2]") << QStringList{"$: expected an object"};
        QTest::newRow("unknown schema") << with(QStringLiteral("schema"), QStringLiteral("edgeatlas/9"))
                                        << QStringList{"$.schema: unsupported schema"};
        QTest::newRow("missing schema")
            << without(QStringLiteral("schema")) << QStringList{"$.schema: missing"};
        QTest::newRow("wrong type") << with(QStringLiteral("nodes/0/gpuCount"), QStringLiteral("eight"))
                                    << QStringList{"$.nodes[0].gpuCount: expected an integer, got a string"};
        QTest::newRow("lon out of range") << with(QStringLiteral("nodes/1/lon"), 181.0)
                                          << QStringList{"$.nodes[1].lon: must be between -180 and 180"};
        QTest::newRow("lat out of range") << with(QStringLiteral("regions/0/lat"), -91.0)
                                          << QStringList{"$.regions[0].lat: must be between -90 and 90"};
        QByteArray nan = fixtureBytes();
        nan.replace("\"weight\": 3", "\"weight\": NaN");
        QTest::newRow("NaN") << nan << QStringList{"$: invalid JSON"};
        QByteArray inf = fixtureBytes();
        inf.replace("\"weight\": 3", "\"weight\": 1e999");
        QTest::newRow("infinity") << inf << QStringList{"$"};
        QTest::newRow("zero rate") << with(QStringLiteral("workloads/0/requestRate/meanRps"), 0.0)
                                   << QStringList{"$.workloads[0].requestRate.meanRps: must be > 0"};
        QTest::newRow("negative rate") << with(QStringLiteral("workloads/0/requestRate/meanRps"), -3.0)
                                       << QStringList{"$.workloads[0].requestRate.meanRps: must be > 0"};
        QTest::newRow("negative budget") << with(QStringLiteral("workloads/0/slo/budgetMs"), -1.0)
                                         << QStringList{"$.workloads[0].slo.budgetMs: must be > 0"};
        QTest::newRow("dangling model") << with(QStringLiteral("workloads/0/model"), QStringLiteral("gpt-9"))
                                        << QStringList{"$.workloads[0].model: unknown model \"gpt-9\""};
        QTest::newRow("dangling gpu") << with(QStringLiteral("nodes/2/gpu"), QStringLiteral("tpu"))
                                      << QStringList{"$.nodes[2].gpu: unknown GPU type \"tpu\""};
        QTest::newRow("duplicate id") << with(QStringLiteral("nodes/1/id"), QStringLiteral("par"))
                                      << QStringList{"$.nodes[1].id: duplicate id \"par\""};
        QTest::newRow("unknown key") << with(QStringLiteral("workloads/0/budget"), 3.0)
                                     << QStringList{"$.workloads[0].budget: unknown key"};
        QTest::newRow("unknown tier") << with(QStringLiteral("workloads/0/tier"), QStringLiteral("moon"))
                                      << QStringList{"$.workloads[0].tier: unknown tier \"moon\""};
        QTest::newRow("unknown access profile")
            << with(QStringLiteral("workloads/0/access"), QStringLiteral("satellite"))
            << QStringList{"$.workloads[0].access: must be \"fixed\", \"mobile\" or \"enterprise\" (got "
                           "\"satellite\")"};
        QTest::newRow("negative mobile access")
            << with(QStringLiteral("network/access"), QJsonObject{{QStringLiteral("mobileExtraMs"), -1}})
            << QStringList{"$.network.access.mobileExtraMs: must be between 0 and 1000"};
        QTest::newRow("unknown access key")
            << with(QStringLiteral("network/access"), QJsonObject{{QStringLiteral("wifiMs"), 3}})
            << QStringList{"$.network.access.wifiMs: unknown key"};
        QTest::newRow("diurnal length")
            << with(QStringLiteral("workloads/0/requestRate/diurnal"), QJsonArray{1, 2})
            << QStringList{"$.workloads[0].requestRate.diurnal: must have 24 values"};
        QJsonObject empty = f;
        empty[QStringLiteral("nodes")] = QJsonArray();
        empty[QStringLiteral("regions")] = QJsonArray();
        empty[QStringLiteral("workloads")] = QJsonArray();
        QTest::newRow("empty scenario")
            << bytes(empty)
            << QStringList{"$.nodes: the scenario needs at least one node",
                           "$.regions: the scenario needs at least one demand region",
                           "$.workloads: the scenario needs at least one workload"};
        // Several problems at once: every one is reported.
        QJsonObject many =
            setAt(f, {QStringLiteral("nodes"), QStringLiteral("0"), QStringLiteral("lat")}, 100.0).toObject();
        many =
            setAt(many, {QStringLiteral("workloads"), QStringLiteral("0"), QStringLiteral("inputTokens")}, 0)
                .toObject();
        many = setAt(many, {QStringLiteral("gpus"), QStringLiteral("0"), QStringLiteral("memoryGB")},
                     QStringLiteral("x"))
                   .toObject();
        QTest::newRow("all problems reported")
            << bytes(many)
            << QStringList{
                   "$.nodes[0].lat:", "$.workloads[0].inputTokens:", "$.gpus[0].memoryGB: expected a number"};
    }
    void badInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, expected);
        const ScenarioLoad l = parseScenario(json);
        QVERIFY(!l.ok());
        QVERIFY(!l.errors.isEmpty());
        for (const QString &e : expected) {
            const bool found = std::any_of(l.errors.begin(), l.errors.end(),
                                           [&](const QString &x) { return x.startsWith(e); });
            QVERIFY2(found, qPrintable(QStringLiteral("no error starting with \"%1\" in:\n%2")
                                           .arg(e, l.errors.join(QLatin1Char('\n')))));
        }
        for (const QString &e : l.errors)
            QVERIFY2(e.startsWith(QLatin1Char('$')) && e.contains(QStringLiteral(": ")), qPrintable(e));
    }

    void hugeFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("huge.json"));
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(200ll * 1024 * 1024)); // sparse: 200 MB on paper, nothing written
        f.close();
        const ScenarioLoad l = loadScenarioFile(name);
        QVERIFY(!l.ok());
        QCOMPARE(l.errors.size(), 1);
        QVERIFY2(l.errors.front().contains(QStringLiteral("200.0 MiB")), qPrintable(l.errors.front()));
    }

    void failedLoadLeavesFileUntouched()
    {
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("bad.json"));
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"schema\": \"edgeatlas/1\", \"name\": 3}");
        f.close();
        const QDateTime before = QFileInfo(name).lastModified();
        QVERIFY(!loadScenarioFile(name).ok());
        QFile g(name);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("{\"schema\": \"edgeatlas/1\", \"name\": 3}"));
        QCOMPARE(QFileInfo(name).lastModified(), before);
    }

    void failedSaveLeavesNothingBehind()
    {
        const ScenarioLoad l = parseScenario(fixtureBytes());
        QVERIFY(l.ok());
        QTemporaryDir dir;
        QString error;
        // A directory where the file should go: the save fails and the directory is unchanged.
        const QString target = dir.filePath(QStringLiteral("taken"));
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
        QVERIFY(!saveScenarioFile(*l.scenario, target, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(QFileInfo(target).isDir());
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("taken")});
        // A missing parent folder: fails, creates nothing.
        QVERIFY(!saveScenarioFile(*l.scenario, dir.filePath(QStringLiteral("no/such/dir/x.json")), &error));
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("no"))));
    }

    void saveReplacesAtomically()
    {
        const ScenarioLoad l = parseScenario(fixtureBytes());
        QTemporaryDir dir;
        const QString name = dir.filePath(QStringLiteral("s.json"));
        QString error;
        QVERIFY(saveScenarioFile(*l.scenario, name, &error));
        Scenario changed = *l.scenario;
        changed.name = QStringLiteral("Changed");
        QVERIFY(saveScenarioFile(changed, name, &error));
        QCOMPARE(loadScenarioFile(name).scenario->name, QStringLiteral("Changed"));
        // No temporary files left next to it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ScenarioJson)
#include "tst_scenariojson.moc"
