// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas plan --what-if` and `edgeatlas resilience` as a user runs them: the real executable.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"

class tst_ResilienceCli : public QObject
{
    Q_OBJECT

    using Run = ea::test::CliRun;
    static Run run(const QStringList &args) { return ea::test::runEdgeAtlas(args); }
    static QString fixture() { return QStringLiteral(EA_TEST_DATA_DIR "/small.json"); }
    QTemporaryDir m_dir;
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(data);
        return path;
    }

private slots:
    void planWhatIfPrintsBeforeAndAfter()
    {
        const QString w = write(QStringLiteral("w.json"), R"({"schema": "edgeatlas-whatif/1", "conditions": [
            {"kind": "down", "nodes": ["par"], "name": "Paris fire"},
            {"kind": "surge", "factor": 2, "workload": "chat"}]})");
        Run r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--what-if"), w});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("Paris fire: node par down"), r.out.constData());
        QVERIFY2(r.out.contains("demand x2 for workload chat"), r.out.constData());
        QVERIFY2(r.out.contains("cost per month"), r.out.constData());
        QVERIFY2(r.out.contains("4.00 req/s") && r.out.contains("8.00 req/s"), r.out.constData());

        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--what-if"), w,
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j[QStringLiteral("schema")].toString(), QStringLiteral("edgeatlas-whatif-plan/1"));
        QCOMPARE(j[QStringLiteral("conditions")].toArray().size(), 2);
        QCOMPARE(j[QStringLiteral("before")].toObject()[QStringLiteral("offeredRps")].toDouble(), 4.0);
        QCOMPARE(j[QStringLiteral("after")].toObject()[QStringLiteral("offeredRps")].toDouble(), 8.0);
        const QJsonObject chat = j[QStringLiteral("workloads")].toArray()[0].toObject();
        QCOMPARE(chat[QStringLiteral("regionsMoved")].toInt(), 1); // Paris' users now go to Berlin

        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--what-if"), w,
                 QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("workload,tier,usd_per_month_before,usd_per_month_after,"));
        QCOMPARE(r.out.count('\n'), 2);
    }

    void badWhatIfFileNamesTheField()
    {
        const QString w =
            write(QStringLiteral("bad.json"), R"({"schema": "edgeatlas-whatif/1", "conditions": [
            {"kind": "surge", "factor": 2},
            {"kind": "price", "factor": -1, "gpu": "g1"}]})");
        const Run r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--what-if"), w});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains((w + ": $.conditions[1].factor: must be > 0 (got -1)").toUtf8()),
                 r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(run({QStringLiteral("plan"), fixture(), QStringLiteral("--what-if"), w,
                      QStringLiteral("--optimize")})
                     .code,
                 2);
    }

    void resilienceListsBreakingFailuresWorstFirst()
    {
        // A budget the Paris users meet only from Paris (their p95 there is ~ 10 ms + compute; Berlin adds
        // ~13 ms).
        QFile f(fixture());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject s = QJsonDocument::fromJson(f.readAll()).object();
        Run plan =
            run({QStringLiteral("plan"), fixture(), QStringLiteral("--format"), QStringLiteral("json")});
        const double p95 = QJsonDocument::fromJson(plan.out)
                               .object()[QStringLiteral("workloads")]
                               .toArray()[0]
                               .toObject()[QStringLiteral("p95Ms")]
                               .toDouble();
        QVERIFY(p95 > 0);
        QJsonArray workloads = s[QStringLiteral("workloads")].toArray();
        QJsonObject chat = workloads[0].toObject();
        QJsonObject slo = chat[QStringLiteral("slo")].toObject();
        slo[QStringLiteral("budgetMs")] = p95 + 5;
        chat[QStringLiteral("slo")] = slo;
        workloads[0] = chat;
        s[QStringLiteral("workloads")] = workloads;
        const QString tight = write(QStringLiteral("tight.json"), QJsonDocument(s).toJson());

        Run r = run({QStringLiteral("resilience"), tight});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("5 failures evaluated (3 single sites, 2 zone-of-tier)"), r.out.constData());
        QVERIFY2(r.out.contains("3 failure(s) break a workload's SLO"), r.out.constData());
        const qsizetype zone = r.out.indexOf("regional in EU"), par = r.out.indexOf("\n2  par");
        QVERIFY2(zone > 0 && par > zone, r.out.constData());

        r = run({QStringLiteral("resilience"), tight, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j[QStringLiteral("schema")].toString(), QStringLiteral("edgeatlas-resilience/1"));
        QCOMPARE(j[QStringLiteral("failuresEvaluated")].toInt(), 5);
        const QJsonArray impacts = j[QStringLiteral("impacts")].toArray();
        QCOMPARE(impacts.size(), 3);
        QCOMPARE(impacts[1].toObject()[QStringLiteral("failure")].toString(), QStringLiteral("par"));
        QCOMPARE(impacts[1].toObject()[QStringLiteral("attainmentPctAfter")].toDouble(), 25.0);
        QCOMPARE(impacts[1].toObject()[QStringLiteral("regionsAffected")].toArray(), QJsonArray{"r-par"});

        r = run({QStringLiteral("resilience"), tight, QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("rank,failure,kind,tier,nodes,workload,breaks_slo,"));
        QCOMPARE(r.out.count('\n'), 4);
        QCOMPARE(run({QStringLiteral("resilience"), tight, QStringLiteral("--format"), QStringLiteral("xml")})
                     .code,
                 2);
    }
};

QTEST_GUILESS_MAIN(tst_ResilienceCli)
#include "tst_resiliencecli.moc"
