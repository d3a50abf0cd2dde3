// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas export geojson|policy and import geojson|prices, run as a user runs them.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"

#include <cmath>

class tst_ExportCli : public QObject
{
    Q_OBJECT

    using Run = ea::test::CliRun;
    static Run run(const QStringList &args) { return ea::test::runEdgeAtlas(args); }
    static QString fixture() { return QStringLiteral(EA_TEST_DATA_DIR "/small.json"); }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static QJsonObject json(const QString &path) { return QJsonDocument::fromJson(read(path)).object(); }
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString write(const QString &name, const QByteArray &data)
    {
        QFile f(path(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write");
        f.write(data);
        return path(name);
    }
    // The fixture with an endpoint on every node.
    QString withEndpoints()
    {
        QJsonObject s = json(fixture());
        QJsonArray nodes = s.value(QLatin1String("nodes")).toArray();
        for (qsizetype i = 0; i < nodes.size(); ++i) {
            QJsonObject n = nodes.at(i).toObject();
            n.insert(
                QStringLiteral("endpoint"),
                QStringLiteral("https://%1.example.net/v1").arg(n.value(QLatin1String("id")).toString()));
            nodes[i] = n;
        }
        s.insert(QStringLiteral("nodes"), nodes);
        return write(QStringLiteral("endpoints.json"), QJsonDocument(s).toJson());
    }

private slots:
    void helpNamesTheCommands()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        for (const char *s :
             {"export geojson", "export policy", "import geojson", "import prices", "import benchmark"})
            QVERIFY2(r.out.contains(s), s);
    }

    void geoJsonRoundTrip()
    {
        const QString geo = path(QStringLiteral("nodes.geojson"));
        Run r = run({QStringLiteral("export"), QStringLiteral("geojson"), fixture(), QStringLiteral("--what"),
                     QStringLiteral("nodes"), QStringLiteral("-o"), geo});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("3 nodes"), r.out.constData());
        const QJsonObject fc = json(geo);
        QCOMPARE(fc.value(QLatin1String("type")).toString(), QStringLiteral("FeatureCollection"));
        QCOMPARE(fc.value(QLatin1String("features")).toArray().size(), 3);
        // To stdout with "-o -": the same bytes.
        r = run({QStringLiteral("export"), QStringLiteral("geojson"), fixture(),
                 QStringLiteral("--what=nodes"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out, read(geo));

        const QString out = path(QStringLiteral("imported.json"));
        r = run({QStringLiteral("import"), QStringLiteral("geojson"), fixture(), geo, QStringLiteral("--as"),
                 QStringLiteral("nodes"), QStringLiteral("--replace"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("3 nodes added, 0 updated"), r.out.constData());
        QCOMPARE(json(out).value(QLatin1String("nodes")), json(fixture()).value(QLatin1String("nodes")));
        QCOMPARE(run({QStringLiteral("validate"), out}).code, 0);
    }

    void badGeoJsonLeavesOutputAlone()
    {
        const QString bad =
            write(QStringLiteral("bad.geojson"),
                  "{\"type\": \"FeatureCollection\", \"features\": ["
                  "{\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": "
                  "[[0,0],[1,1]]},"
                  " \"properties\": {\"id\": \"x\", \"name\": \"X\", \"tier\": \"regional\", \"gpu\": "
                  "\"g1\", \"gpuCount\": 1}},"
                  "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [2, 48]},"
                  " \"properties\": {\"id\": \"y\", \"name\": \"Y\", \"tier\": \"foo\", \"gpu\": \"g1\", "
                  "\"gpuCount\": 1}}]}");
        const QString out = write(QStringLiteral("keep.json"), "keep");
        const Run r = run({QStringLiteral("import"), QStringLiteral("geojson"), fixture(), bad,
                           QStringLiteral("--as"), QStringLiteral("nodes"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        const QList<QByteArray> lines = r.err.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines[0].endsWith("bad.geojson: features[0].geometry.type: only Point geometries can be imported "
                              "(got \"LineString\")"),
            r.err.constData());
        QVERIFY2(lines[1].contains("bad.geojson: features[1].properties.tier: unknown tier \"foo\""),
                 r.err.constData());
        QCOMPARE(read(out), QByteArray("keep"));
        // Usage problems are exit 2 too.
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("geojson"), fixture(), bad,
                      QStringLiteral("--as"), QStringLiteral("nodes")})
                     .code,
                 2); // no -o
        QCOMPARE(run({QStringLiteral("import"), QStringLiteral("geojson"), fixture(), bad,
                      QStringLiteral("--as"), QStringLiteral("links"), QStringLiteral("-o"), out})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("maps")}).code, 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("geojson"), fixture(),
                      QStringLiteral("--what"), QStringLiteral("roads")})
                     .code,
                 2);
    }

    void policyJsonAndLiteLlm()
    {
        const QString scenario = withEndpoints();
        const QString policy = path(QStringLiteral("policy.json"));
        Run r =
            run({QStringLiteral("export"), QStringLiteral("policy"), scenario, QStringLiteral("-o"), policy});
        QCOMPARE(r.code, 0);
        const QJsonObject p = json(policy);
        QCOMPARE(p.value(QLatin1String("schema")).toString(), QStringLiteral("edgeatlas-policy/1"));
        const QJsonObject w = p.value(QLatin1String("workloads")).toArray().at(0).toObject();
        QCOMPARE(w.value(QLatin1String("id")).toString(), QStringLiteral("chat"));
        QCOMPARE(w.value(QLatin1String("tier")).toString(), QStringLiteral("regional"));
        const QJsonArray regions = w.value(QLatin1String("regions")).toArray();
        QCOMPARE(regions.size(), 2);
        const QJsonArray cand = regions.at(0).toObject().value(QLatin1String("candidates")).toArray();
        QCOMPARE(cand.at(0).toObject().value(QLatin1String("node")).toString(), QStringLiteral("par"));
        QCOMPARE(cand.at(1).toObject().value(QLatin1String("node")).toString(), QStringLiteral("ber"));
        QCOMPARE(p.value(QLatin1String("nodes"))
                     .toObject()
                     .value(QLatin1String("par"))
                     .toObject()
                     .value(QLatin1String("endpoint")),
                 QJsonValue(QStringLiteral("https://par.example.net/v1")));
        // The cost the plan command reports.
        r = run({QStringLiteral("plan"), scenario, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.code, 0);
        const QJsonObject plan = QJsonDocument::fromJson(r.out).object();
        const QJsonObject pw = plan.value(QLatin1String("workloads")).toArray().at(0).toObject();
        QVERIFY(std::fabs(
                    w.value(QLatin1String("cost")).toObject().value(QLatin1String("usdPerMTok")).toDouble() -
                    pw.value(QLatin1String("usdPerMTok")).toDouble()) < 1e-4);
        QVERIFY(
            std::fabs(w.value(QLatin1String("modeled")).toObject().value(QLatin1String("sloMs")).toDouble() -
                      pw.value(QLatin1String("sloMs")).toDouble()) < 0.01);

        const QString yaml = path(QStringLiteral("litellm.yaml"));
        r = run({QStringLiteral("export"), QStringLiteral("policy"), scenario, QStringLiteral("--format"),
                 QStringLiteral("litellm"), QStringLiteral("--api-key-env"), QStringLiteral("MY_KEY"),
                 QStringLiteral("-o"), yaml});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("3 deployments"), r.out.constData());
        const QByteArray text = read(yaml);
        QVERIFY(text.contains("routing_strategy: \"latency-based-routing\""));
        QCOMPARE(text.count("api_key: \"os.environ/MY_KEY\""), 3);
        // The default scenario has no endpoints: nothing to route to, nothing written.
        const QString none = path(QStringLiteral("none.yaml"));
        r = run({QStringLiteral("export"), QStringLiteral("policy"), QStringLiteral("--format=litellm"),
                 QStringLiteral("-o"), none});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("no node serving the plan has an endpoint"));
        QVERIFY(!QFile::exists(none));
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("policy"), scenario,
                      QStringLiteral("--api-key-env"), QStringLiteral("sk-live-123")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("export"), QStringLiteral("policy"), scenario,
                      QStringLiteral("--candidates"), QStringLiteral("9")})
                     .code,
                 2);
    }

    void importPrices()
    {
        const QString prices = write(QStringLiteral("prices.json"),
                                     "{\"openai/tiny\": {\"input_cost_per_token\": 2.5e-07, "
                                     "\"output_cost_per_token\": 1e-06, \"litellm_provider\": \"openai\"}}");
        const QString out = path(QStringLiteral("priced.json"));
        Run r = run({QStringLiteral("import"), QStringLiteral("prices"), fixture(), prices,
                     QStringLiteral("--map"), QStringLiteral("m1=openai/tiny"), QStringLiteral("--as-of"),
                     QStringLiteral("2026-11-02"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 0);
        const QJsonObject api = json(out)
                                    .value(QLatin1String("priceBook"))
                                    .toObject()
                                    .value(QLatin1String("api"))
                                    .toArray()
                                    .at(0)
                                    .toObject();
        QCOMPARE(api.value(QLatin1String("inputUsdPerMTok")).toDouble(), 0.25);
        QCOMPARE(api.value(QLatin1String("outputUsdPerMTok")).toDouble(), 1.0);
        QCOMPARE(api.value(QLatin1String("asOf")).toString(), QStringLiteral("2026-11-02"));
        QCOMPARE(run({QStringLiteral("validate"), out}).code, 0);

        const QString bad =
            write(QStringLiteral("badprices.json"),
                  "{\"m1\": {\"input_cost_per_token\": -1, \"output_cost_per_token\": 1e-06}}");
        r = run(
            {QStringLiteral("import"), QStringLiteral("prices"), fixture(), bad, QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("badprices.json: m1.input_cost_per_token: must be >= 0 (got -1)"),
                 r.err.constData());
        QCOMPARE(json(out)
                     .value(QLatin1String("priceBook"))
                     .toObject()
                     .value(QLatin1String("api"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("asOf"))
                     .toString(),
                 QStringLiteral("2026-11-02")); // unchanged
        r = run({QStringLiteral("import"), QStringLiteral("prices"), fixture(), prices,
                 QStringLiteral("--map"), QStringLiteral("m1"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--map: expected model=litellm-name"));
    }

    void importBenchmark()
    {
        const auto bench = [](const char *name) {
            return QStringLiteral(EA_TEST_DATA_DIR "/benchmarks/") + QLatin1String(name);
        };
        const QString out = path(QStringLiteral("profiled.json"));
        // A vLLM sweep (one JSON a line, as --append-result writes) as the profile of m1 on g1.
        Run r = run({QStringLiteral("import"), QStringLiteral("benchmark"), fixture(),
                     bench("vllm-llama3-8b-sweep.jsonl"), QStringLiteral("--gpu"), QStringLiteral("g1"),
                     QStringLiteral("--model"), QStringLiteral("m1"), QStringLiteral("-o"), out});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY2(r.out.contains("profile g1 / m1 / bf16"), r.out.constData());
        const QJsonObject p = json(out).value(QLatin1String("computeProfiles")).toArray().at(0).toObject();
        // The step fitted through the three runs (a = 6 ms, s = 0.05 ms; see
        // tests/data/benchmarks/README.md).
        QVERIFY(std::abs(p.value(QLatin1String("decodeStepMsAtBatch1")).toDouble() - 6.0) < 1e-3);
        QVERIFY(std::abs(p.value(QLatin1String("decodeStepMsPerExtraSeq")).toDouble() - 0.05) < 1e-4);
        QVERIFY(p.contains(QLatin1String("schedulingMs")));
        QVERIFY(p.value(QLatin1String("source"))
                    .toString()
                    .contains(QLatin1String("vLLM bench serve: 3 run(s)")));
        QCOMPARE(p.value(QLatin1String("asOf")).toString(), QStringLiteral("2025-11-05"));
        QCOMPARE(run({QStringLiteral("validate"), out}).code, 0);

        // Several tools' files at once: the load levels of one deployment.
        r = run({QStringLiteral("import"), QStringLiteral("benchmark"), fixture(),
                 bench("vllm-llama3-8b-c1.json"),
                 bench("genai-perf-llama3-8b-c16_profile_export_genai_perf.json"), QStringLiteral("--gpu=g1"),
                 QStringLiteral("--model=m1"), QStringLiteral("-o"), path(QStringLiteral("two.json"))});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.contains("vLLM bench serve, GenAI-Perf"));

        // Every bad field named, exit 2, nothing written (the earlier output stays as it was).
        const QByteArray before = read(out);
        r = run({QStringLiteral("import"), QStringLiteral("benchmark"), fixture(), bench("vllm-bad.json"),
                 QStringLiteral("--gpu"), QStringLiteral("g1"), QStringLiteral("--model"),
                 QStringLiteral("m1"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("vllm-bad.json: $.completed: missing"), r.err.constData());
        QVERIFY2(r.err.contains("vllm-bad.json: $.mean_tpot_ms: must be a number > 0 (got \"fast\")"),
                 r.err.constData());
        QCOMPARE(read(out), before);
        r = run({QStringLiteral("import"), QStringLiteral("benchmark"), fixture(),
                 bench("vllm-llama3-8b-c1.json"), QStringLiteral("--gpu"), QStringLiteral("h100"),
                 QStringLiteral("--model"), QStringLiteral("m1"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("--gpu: no GPU \"h100\""), r.err.constData());
        r = run({QStringLiteral("import"), QStringLiteral("benchmark"), fixture(),
                 bench("vllm-llama3-8b-c1.json"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--gpu and --model are required"));
        r = run({QStringLiteral("import"), QStringLiteral("benchmark"), fixture(),
                 bench("vllm-llama3-8b-c1.json"), QStringLiteral("--gpu=g1"), QStringLiteral("--model=m1"),
                 QStringLiteral("--precision=fp6"), QStringLiteral("-o"), out});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains("--precision: expected"));
        QCOMPARE(read(out), before);
    }
};

QTEST_GUILESS_MAIN(tst_ExportCli)
#include "tst_exportcli.moc"
