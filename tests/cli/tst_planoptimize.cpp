// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas plan --optimize as a user runs it: the real executable, its output and exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"

class tst_PlanOptimize : public QObject
{
    Q_OBJECT

    using Run = ea::test::CliRun;
    static Run run(const QStringList &args) { return ea::test::runEdgeAtlas(args); }
    static QString fixture() { return QStringLiteral(EA_TEST_DATA_DIR "/small.json"); }
    QTemporaryDir m_dir;

    QString writeFixture(const QByteArray &from, const QByteArray &to)
    {
        QFile f(fixture());
        if (!f.open(QIODevice::ReadOnly))
            qFatal("cannot read the fixture");
        QByteArray data = f.readAll();
        if (!data.contains(from))
            qFatal("fixture text not found");
        data.replace(from, to);
        const QString path = m_dir.filePath(QStringLiteral("changed.json"));
        QFile o(path);
        if (!o.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        o.write(data);
        return path;
    }

private slots:
    void movesTheWorkloadToTheCheaperTier()
    {
        // The fixture's chat costs 2 GPUs × $2/h in the regional tier, about $1.3k a month per token in the
        // central (API) tier, and meets its 1 s budget in both: the optimizer moves it.
        Run r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--optimize")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("chat      central"), r.out.constData());
        QVERIFY(r.out.contains("chat  regional -> central"));
        QVERIFY(r.out.contains("saving"));
        QVERIFY(r.err.isEmpty());

        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--optimize"), QStringLiteral("--format"),
                 QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonObject o = j[QStringLiteral("optimizer")].toObject();
        QVERIFY(o[QStringLiteral("feasible")].toBool());
        QVERIFY(o[QStringLiteral("provenOptimal")].toBool());
        const QJsonArray moves = o[QStringLiteral("moves")].toArray();
        QCOMPARE(moves.size(), 1);
        QCOMPARE(moves[0].toObject()[QStringLiteral("to")].toString(), QStringLiteral("central"));
        QCOMPARE(j[QStringLiteral("workloads")].toArray()[0].toObject()[QStringLiteral("tier")].toString(),
                 QStringLiteral("central"));
        QVERIFY(o[QStringLiteral("savingUsdPerMonth")].toDouble() > 0);
        QCOMPARE(o[QStringLiteral("usdPerMonth")].toDouble(), j[QStringLiteral("usdPerMonth")].toDouble());

        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--optimize"),
                 QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].endsWith(",meets_slo,current_tier,current_zone_tiers,moved,current_usd_per_month,"
                                  "current_meets_slo"));
        QVERIFY(lines[1].startsWith("chat,"));
        QVERIFY2(lines[1].contains(",1,regional,,1,"), lines[1].constData());
    }

    void infeasibleSaysWhichWorkloadAndWhy()
    {
        // A 1 ms budget: the prompt's prefill on the fixture's GPU alone takes about 2.5 ms (2 GB of weights
        // at 1 TB/s plus the engine's step overhead, computemodel.h).
        const QString path = writeFixture("\"budgetMs\": 1000", "\"budgetMs\": 1");
        const Run r = run({QStringLiteral("plan"), path, QStringLiteral("--optimize")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("Chat: best tier"), r.err.constData());
        QVERIFY2(r.err.contains("against a 1.00 ms budget"), r.err.constData());
        QVERIFY2(r.err.contains("too slow on these GPUs whatever the tier"), r.err.constData());
        // The only workload is hopeless, so the best effort is the current placement.
        QVERIFY(r.out.contains("best effort"));
        QVERIFY(r.out.contains("no change"));
    }

    void resilientPaysForTheSecondSite()
    {
        // The API tier has one endpoint: losing it leaves chat unserved, so the cheaper central tier is not
        // resilient; in the regional tier Paris and Berlin back each other up (1 s budget).
        Run r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--optimize"),
                     QStringLiteral("--resilient"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        const QJsonObject o = j[QStringLiteral("optimizer")].toObject();
        QVERIFY(o[QStringLiteral("feasible")].toBool() && o[QStringLiteral("provenOptimal")].toBool());
        QVERIFY(o[QStringLiteral("resilient")].toBool());
        const QJsonObject res = o[QStringLiteral("resilience")].toObject();
        QCOMPARE(res[QStringLiteral("failuresChecked")].toInt(), 3); // par, ber, api
        QVERIFY(res[QStringLiteral("placementsChecked")].toInt() >= 2);
        QVERIFY(res[QStringLiteral("cuts")].toInt() >= 1); // central, cut off by the API's failure
        QCOMPARE(j[QStringLiteral("workloads")].toArray()[0].toObject()[QStringLiteral("tier")].toString(),
                 QStringLiteral("regional"));
        QVERIFY(o[QStringLiteral("moves")].toArray().isEmpty());

        r = run(
            {QStringLiteral("plan"), fixture(), QStringLiteral("--optimize"), QStringLiteral("--resilient")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("meeting every SLO under any single site failure (proven optimal"),
                 r.out.constData());
        QVERIFY(r.out.contains("3 site failures"));

        // Without --optimize the option means nothing: refused.
        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--resilient")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--resilient: only with --optimize"));

        // Berlin without GPUs: nothing backs Paris up either; each tier's failure is named.
        const QString path =
            writeFixture("\"gpu\": \"g1\",\n   \"gpuCount\": 8\n  },\n  {\n   \"id\": \"api\"",
                         "\"gpu\": \"g1\",\n   \"gpuCount\": 0\n  },\n  {\n   \"id\": \"api\"");
        r = run({QStringLiteral("plan"), path, QStringLiteral("--optimize"), QStringLiteral("--resilient")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Chat keeps its SLO under every single site failure in no tier it may use"),
                 r.err.constData());
        QVERIFY2(r.err.contains("losing par") && r.err.contains("losing api"), r.err.constData());
        QVERIFY(r.err.contains("no placement keeps every SLO under any single site failure"));
        // The plain optimizer still finds one.
        QCOMPARE(run({QStringLiteral("plan"), path, QStringLiteral("--optimize")}).code, 0);
    }

    void planWithoutOptimizeIsUnchanged()
    {
        const Run r = run({QStringLiteral("plan"), fixture()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("chat      regional"));
        QVERIFY(!r.out.contains("optimizer"));
        QVERIFY(run({QStringLiteral("--help")}).out.contains("--optimize"));
    }
};

QTEST_GUILESS_MAIN(tst_PlanOptimize)
#include "tst_planoptimize.moc"
