// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user runs it: the real executable, its output and exit codes.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include "engine/latency/computemodel.h"
#include "tests/common/testsupport.h"

class tst_Cli : public QObject
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
    void version()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("edgeatlas "));
    }

    void validateGoodAndBad()
    {
        Run r = run({QStringLiteral("validate"), fixture()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("valid"));
        QFile f(fixture());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bad = f.readAll();
        bad.replace("\"weight\": 3", "\"weight\": -3");
        bad.replace("\"model\": \"m1\",\n   \"precision\"", "\"model\": \"nope\",\n   \"precision\"");
        const QString path = write(QStringLiteral("bad.json"), bad);
        r = run({QStringLiteral("validate"), path});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("$.regions[0].weight: must be > 0"), r.err.constData());
        QVERIFY2(r.err.contains("$.workloads[0].model: unknown model \"nope\""), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QCOMPARE(run({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 2);
        QCOMPARE(run({QStringLiteral("validate")}).code, 2);
    }

    void planFormats()
    {
        Run r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j.value(QStringLiteral("workloads")).toArray().size(), 1);
        QVERIFY(j.value(QStringLiteral("usdPerMonth")).toDouble() > 0);
        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--format=csv")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith("workload,name,tier,"));
        QCOMPARE(r.out.count('\n'), 2);
        r = run({QStringLiteral("plan"), fixture()});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("plan total:"));
        QCOMPARE(
            run({QStringLiteral("plan"), fixture(), QStringLiteral("--format"), QStringLiteral("xml")}).code,
            2);
    }

    void planWithPlacementFile()
    {
        const QString p = write(QStringLiteral("p.json"),
                                R"({"schema": "edgeatlas-placement/1", "placement": {"chat": "central"}})");
        Run r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--placement"), p,
                     QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject w =
            QJsonDocument::fromJson(r.out).object()[QStringLiteral("workloads")].toArray()[0].toObject();
        QCOMPARE(w[QStringLiteral("tier")].toString(), QStringLiteral("central"));
        QVERIFY(w[QStringLiteral("apiUsdPerMonth")].toDouble() > 0);
        const QString bad = write(QStringLiteral("bad-p.json"),
                                  R"({"schema": "edgeatlas-placement/1", "placement": {"nope": "edge"}})");
        r = run({QStringLiteral("plan"), fixture(), QStringLiteral("--placement"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("$.placement.nope: unknown workload"));
    }

    void rttAppendsModelColumn()
    {
        const QString pairs =
            write(QStringLiteral("pairs.csv"), "name,src_lat,src_lon,dst_lat,dst_lon\n"
                                               "\"London, UK to NYC\",51.51,-0.13,40.71,-74.01\n"
                                               "same,1,1,1,1\n");
        Run r = run({QStringLiteral("rtt"), QStringLiteral("--pairs"), pairs});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines[0].endsWith(",model_rtt_ms"));
        QVERIFY(lines[1].startsWith("\"London, UK to NYC\""));
        const double ms = lines[1].split(',').last().toDouble();
        // 5,570 km: light in fibre alone needs 54.6 ms; measured London–New York pings are ~70–80 ms.
        QVERIFY2(ms > 55 && ms < 110, lines[1].constData());
        const QString broken =
            write(QStringLiteral("broken.csv"), "src_lat,src_lon,dst_lat,dst_lon\n1,2,3\n");
        r = run({QStringLiteral("rtt"), QStringLiteral("--pairs"), broken});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(":2:"), r.err.constData());
        const QString badLat =
            write(QStringLiteral("badlat.csv"), "src_lat,src_lon,dst_lat,dst_lon\n95,2,3,4\n");
        r = run({QStringLiteral("rtt"), QStringLiteral("--pairs"), badLat});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("src_lat"), r.err.constData());
    }

    void rttRegionsAndUserSources()
    {
        // --regions: every demand region once, its best node of the tier, access included.
        Run r = run({QStringLiteral("rtt"), QStringLiteral("--regions"), fixture(), QStringLiteral("--tier"),
                     QStringLiteral("regional")});
        QCOMPARE(r.code, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines[0],
                 QByteArray("id,country,lat,lon,weight,access_ms,best_node,best_node_lat,best_node_lon,"
                            "network_rtt_ms,model_rtt_ms"));
        QVERIFY(lines.size() >= 2);
        // The same pair through --pairs gives the network part; src_kind=user adds the access column's value.
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> f = lines[i].split(',');
            QCOMPARE(f.size(), 11);
            QVERIFY(std::abs(f[5].toDouble() + f[9].toDouble() - f[10].toDouble()) < 0.011);
            const QString pairs =
                write(QStringLiteral("one.csv"), "src_lat,src_lon,dst_lat,dst_lon,src_kind\n" + f[2] + ',' +
                                                     f[3] + ',' + f[7] + ',' + f[8] + ",server\n" + f[2] +
                                                     ',' + f[3] + ',' + f[7] + ',' + f[8] + ",user\n");
            const Run p = run({QStringLiteral("rtt"), QStringLiteral("--pairs"), pairs,
                               QStringLiteral("--scenario"), fixture()});
            QCOMPARE(p.code, 0);
            const QList<QByteArray> out = p.out.trimmed().split('\n');
            const double server = out[1].split(',').last().toDouble(),
                         user = out[2].split(',').last().toDouble();
            QVERIFY2(std::abs(server - f[9].toDouble()) < 0.02, out[1].constData());
            QVERIFY2(std::abs(user - server - f[5].toDouble()) < 0.02, out[2].constData());
        }
        r = run({QStringLiteral("rtt"), QStringLiteral("--regions"), fixture(), QStringLiteral("--tier"),
                 QStringLiteral("regional"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("regions")).isArray());
        QCOMPARE(run({QStringLiteral("rtt"), QStringLiteral("--regions"), fixture(), QStringLiteral("--tier"),
                      QStringLiteral("moon")})
                     .code,
                 2);
        const QString bad =
            write(QStringLiteral("kind.csv"), "src_lat,src_lon,dst_lat,dst_lon,src_kind\n1,2,3,4,robot\n");
        r = run({QStringLiteral("rtt"), QStringLiteral("--pairs"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("kind.csv:2: src_kind"), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void rttCalibrationImprovesTheFit()
    {
        // Measurements from a world where paths are 3× the great circle: calibration must move toward it.
        QByteArray csv = "src_lat,src_lon,dst_lat,dst_lon,rtt_ms\n";
        const double pts[][4] = {{48.86, 2.35, 52.52, 13.40},  {40.42, -3.70, 41.90, 12.50},
                                 {51.51, -0.13, 59.33, 18.07}, {52.37, 4.90, 50.08, 14.44},
                                 {45.46, 9.19, 48.21, 16.37},  {53.35, -6.26, 38.72, -9.14},
                                 {60.17, 24.94, 37.98, 23.73}, {55.68, 12.57, 47.50, 19.04},
                                 {50.85, 4.35, 44.43, 26.10},  {41.39, 2.17, 52.23, 21.01}};
        for (const auto &p : pts) {
            const double lat1 = p[0] * M_PI / 180, lat2 = p[2] * M_PI / 180, dl = (p[3] - p[1]) * M_PI / 180;
            const double a = std::sin((lat2 - lat1) / 2) * std::sin((lat2 - lat1) / 2) +
                             std::cos(lat1) * std::cos(lat2) * std::sin(dl / 2) * std::sin(dl / 2);
            const double km = 2 * 6371.0088 * std::asin(std::sqrt(a));
            csv += QByteArray::number(p[0]) + ',' + QByteArray::number(p[1]) + ',' +
                   QByteArray::number(p[2]) + ',' + QByteArray::number(p[3]) + ',' +
                   QByteArray::number(2 * km * 3.0 / 204 + 4.0) + '\n';
        }
        const QString measured = write(QStringLiteral("measured.csv"), csv);
        const Run r = run({QStringLiteral("rtt"), QStringLiteral("--pairs"), measured,
                           QStringLiteral("--calibrate"), measured});
        QCOMPARE(r.code, 0);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QStringLiteral("calibrated on 10 measurements")), qPrintable(err));
        const QRegularExpressionMatch m =
            QRegularExpression(QStringLiteral("median abs. relative error ([0-9.]+) -> ([0-9.]+)"))
                .match(err);
        QVERIFY(m.hasMatch());
        QVERIFY2(m.captured(2).toDouble() < m.captured(1).toDouble(), qPrintable(err));
    }

    void rttValidatePrintsHeldOutErrors()
    {
        // 66 pairs of 12 European cities, 2.5× the great circle in fibre + 3 ms: every band the table
        // prints holds pairs of cities the fit did not see; the errors are those of a smooth world.
        const double cities[][2] = {{48.86, 2.35},  {52.52, 13.40}, {40.42, -3.70}, {41.90, 12.50},
                                    {51.51, -0.13}, {59.33, 18.07}, {52.37, 4.90},  {50.08, 14.44},
                                    {45.46, 9.19},  {48.21, 16.37}, {53.35, -6.26}, {38.72, -9.14}};
        QByteArray csv = "src_lat,src_lon,dst_lat,dst_lon,rtt_ms\n";
        for (int i = 0; i < 12; ++i) {
            for (int j = i + 1; j < 12; ++j) {
                const double lat1 = cities[i][0] * M_PI / 180, lat2 = cities[j][0] * M_PI / 180;
                const double dl = (cities[j][1] - cities[i][1]) * M_PI / 180;
                const double a = std::sin((lat2 - lat1) / 2) * std::sin((lat2 - lat1) / 2) +
                                 std::cos(lat1) * std::cos(lat2) * std::sin(dl / 2) * std::sin(dl / 2);
                const double km = 2 * 6371.0088 * std::asin(std::sqrt(a));
                csv += QByteArray::number(cities[i][0]) + ',' + QByteArray::number(cities[i][1]) + ',' +
                       QByteArray::number(cities[j][0]) + ',' + QByteArray::number(cities[j][1]) + ',' +
                       QByteArray::number(2 * km * 2.5 / 204 + 3.0) + '\n';
            }
        }
        const QString measured = write(QStringLiteral("validate.csv"), csv);
        Run r = run({QStringLiteral("rtt"), QStringLiteral("--validate"), measured,
                     QStringLiteral("--groups"), QStringLiteral("3")});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("cities held out (12 cities, 0.25 degree cells, in 3 groups)")),
                 qPrintable(out));
        const QRegularExpressionMatch all =
            QRegularExpression(QStringLiteral("\nall +66 +([0-9.]+) +([0-9.]+) +([0-9.]+)\n")).match(out);
        QVERIFY2(all.hasMatch(), qPrintable(out));
        QVERIFY2(all.captured(1).toDouble() < 0.15, qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("under 500")));
        QVERIFY(out.contains(QStringLiteral("pairs held out (5-fold)")));
        // The same figures as JSON.
        r = run({QStringLiteral("rtt"), QStringLiteral("--validate"), measured, QStringLiteral("--groups"),
                 QStringLiteral("3"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j[QStringLiteral("measurements")].toInt(), 66);
        const QJsonObject byCity = j[QStringLiteral("citiesHeldOut")].toObject();
        QCOMPARE(byCity[QStringLiteral("cities")].toInt(), 12);
        QCOMPARE(byCity[QStringLiteral("all")].toObject()[QStringLiteral("pairs")].toInt(), 66);
        QVERIFY(
            std::abs(byCity[QStringLiteral("all")].toObject()[QStringLiteral("medianAbsRelErr")].toDouble() -
                     all.captured(1).toDouble()) < 6e-4);
        const QJsonArray bands = byCity[QStringLiteral("bands")].toArray();
        QCOMPARE(bands.size(), 6);
        QVERIFY(bands.last().toObject()[QStringLiteral("toKm")].isNull());
        int inBands = 0;
        for (const QJsonValue &b : bands)
            inBands += b.toObject()[QStringLiteral("pairs")].toInt();
        QCOMPARE(inBands, 66);
        QVERIFY(j[QStringLiteral("pairsHeldOut")].toObject()[QStringLiteral("medianAbsRelErr")].toDouble() >
                0);
        QCOMPARE(run({QStringLiteral("rtt"), QStringLiteral("--validate"), measured,
                      QStringLiteral("--format"), QStringLiteral("csv")})
                     .code,
                 2);

        QCOMPARE(run({QStringLiteral("rtt"), QStringLiteral("--validate"), measured,
                      QStringLiteral("--groups"), QStringLiteral("1")})
                     .code,
                 2);
        const QString few =
            write(QStringLiteral("few.csv"), "src_lat,src_lon,dst_lat,dst_lon,rtt_ms\n1,2,3,4,50\n");
        r = run({QStringLiteral("rtt"), QStringLiteral("--validate"), few});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("at least 50"), r.err.constData());
    }

    void computeValidatePrintsLeaveOneModelOut()
    {
        const QString serving = QStringLiteral(EA_SHARED_DATA_DIR "/serving/serving_calibration.csv");
        if (!QFile::exists(serving))
            QSKIP("shared serving data not found (EA_SHARED_DATA_DIR/serving/serving_calibration.csv)");
        Run r = run({QStringLiteral("compute"), QStringLiteral("--validate"), serving});
        QCOMPARE(r.code, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("each family predicted by a fit without it")), qPrintable(out));
        // The pooled rows: the issue's targets (saturation ±20 %, TPOT at concurrency 1 ±15 %) on held-out
        // families, as the command prints them.
        const auto pooled = [&](const QString &metric) {
            const QRegularExpressionMatch m =
                QRegularExpression(QStringLiteral("\nall +%1 +([0-9]+) +([0-9.]+) ").arg(metric)).match(out);
            return m.hasMatch() ? m.captured(2).toDouble() : -1.0;
        };
        const double saturation = pooled(QStringLiteral("saturation")),
                     tpot = pooled(QStringLiteral("tpot_c1"));
        QVERIFY2(saturation >= 0 && saturation < std::log(1.20), qPrintable(out));
        QVERIFY2(tpot >= 0 && tpot < std::log(1.15), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("llama-3-70b")));

        r = run({QStringLiteral("compute"), QStringLiteral("--validate"), serving, QStringLiteral("--gpu"),
                 QStringLiteral("h100-sxm")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--gpu does not apply"), r.err.constData());
        const QString bad =
            write(QStringLiteral("serving.csv"),
                  "model,gpu,precision,batch,input_tokens,output_tokens,ttft_ms,tpot_ms,"
                  "throughput_tok_s,source,notes\nLlama 3.1 8B,H200 SXM (TP1),FP8,max,0,128,,,1,x,\n");
        r = run({QStringLiteral("compute"), QStringLiteral("--validate"), bad});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("serving.csv:2: input_tokens"), r.err.constData());
    }

    void computeCommand()
    {
        Run r = run(
            {QStringLiteral("compute"), QStringLiteral("--scenario"), fixture(), QStringLiteral("--list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("g1") && r.out.contains("m1"));
        r = run({QStringLiteral("compute"), QStringLiteral("--scenario"), fixture(), QStringLiteral("--gpu"),
                 QStringLiteral("g1"), QStringLiteral("--model"), QStringLiteral("m1"),
                 QStringLiteral("--in"), QStringLiteral("100"), QStringLiteral("--out"), QStringLiteral("10"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject j = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(j[QStringLiteral("gpusPerReplica")].toInt(), 1);
        // The tier's efficiencies are 1 in the fixture: a decode step at batch 1 reads 2 GB of weights and
        // 105 tokens of 4,096 B of KV at 1 TB/s, computes 4,096 attention FLOPs per context token at
        // 100 TFLOP/s, and pays the engine's fixed and per-layer overhead (one layer; computemodel.h).
        const double step =
            j[QStringLiteral("atBatch")].toObject()[QStringLiteral("decodeStepMs")].toDouble();
        const ea::ServingParams &sp = ea::defaultServingParams();
        const double expected = 1000.0 * ((2e9 + 105 * 4096.0) / 1e12 + 4096.0 * 105 / 1e14) +
                                sp.stepOverheadMs + sp.layerOverheadMs;
        QVERIFY2(std::fabs(step - expected) < 1e-9,
                 qPrintable(QStringLiteral("%1 vs %2").arg(step).arg(expected)));
        QVERIFY(j[QStringLiteral("saturation")].toObject()[QStringLiteral("batch")].toInt() > 1);
        QCOMPARE(
            run({QStringLiteral("compute"), QStringLiteral("--scenario"), fixture(), QStringLiteral("--gpu"),
                 QStringLiteral("nope"), QStringLiteral("--model"), QStringLiteral("m1")})
                .code,
            2);
        QCOMPARE(run({QStringLiteral("compute"), QStringLiteral("--batch"), QStringLiteral("zero")}).code, 2);
    }

    void defaultScenarioPlanPrintsEveryWorkload()
    {
        const Run r = run({QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonArray w = QJsonDocument::fromJson(r.out).object()[QStringLiteral("workloads")].toArray();
        QVERIFY(!w.isEmpty());
    }

    void unknownCommandOptionIsUsageError()
    {
        QCOMPARE(run({QStringLiteral("plan"), QStringLiteral("--frobnicate")}).code, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
