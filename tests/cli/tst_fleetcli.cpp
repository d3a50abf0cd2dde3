// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet end to end: four simulated deployments, each answering with the model's latency from its own
// vantage scaled by its own factor (the injected delay), four probe agents labelled with those vantages
// (`edgeatlas probe --serve --vantage NAME --at ...`), a real Prometheus server (Debian package prometheus)
// scraping them every second, and `edgeatlas fleet` reading every route back: measured latency within the
// histogram's resolution of what was injected, the model from each vantage as the simulator has it, the
// residual and the band alarm as the injected factor implies. Then the errors: a query error, a query
// matching no series, Prometheus gone, and a malformed answer from a stand-in server.
#include "engine/monitor/fleetseries.h"
#include "engine/probe/loopbackserver.h"
#include "engine/probe/prometheus.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/processes.h"
#include "tests/common/testsupport.h"

#include <cmath>

using namespace ea;

namespace {
const QString kNodes = QStringLiteral("central-stargate-norway,central-stargate-uae,central-meta-prometheus");

struct VantageSpec
{
    QString name, at;
    double scale; // the simulator's time scale: the injected delay is the model's times this
};

/** The bucket bounds the agent uses around a value. */
std::pair<double, double> bucketAround(double ms)
{
    double lo = 0;
    for (double b : ProbeMetrics::defaultBucketsMs()) {
        if (ms <= b)
            return {lo, b};
        lo = b;
    }
    return {lo, INFINITY};
}

QStringList fleetArgs(const QString &base, const QString &scenario, QStringList more = {})
{
    QStringList args{QStringLiteral("fleet"), QStringLiteral("--prometheus"), base,
                     QStringLiteral("--scenario"), scenario};
    return args + more;
}
} // namespace

class tst_FleetCli : public QObject
{
    Q_OBJECT

private slots:
    void usage()
    {
        const auto bad = [](const QStringList &args, const char *says) {
            const test::CliRun r = test::runEdgeAtlas(QStringList{QStringLiteral("fleet")} + args);
            QCOMPARE(r.code, 2);
            QVERIFY2(r.err.contains(says), r.err.constData());
        };
        bad({}, "--prometheus");
        bad({QStringLiteral("--prometheus"), QStringLiteral("localhost:9090")}, "http://");
        bad({QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--window"),
             QStringLiteral("5x")},
            "--window");
        bad({QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:9"),
             QStringLiteral("--percentile"), QStringLiteral("100")},
            "--percentile");
        bad({QStringLiteral("--prometheus"), QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--format"),
             QStringLiteral("csv")},
            "--format");
        const test::CliRun vantage =
            test::runEdgeAtlas({QStringLiteral("probe"), QStringLiteral("http://127.0.0.1:1/"),
                                QStringLiteral("--vantage"), QStringLiteral("x")});
        QCOMPARE(vantage.code, 2); // --vantage labels an agent's metrics: it needs --serve
    }

    void malformedAnswer()
    {
        QByteArray body = "{\"status\":\"success\",\"data\":";
        LoopbackServer fake(
            [&](const HttpRequest &) { return ResponsePlan::fixed(200, "application/json", body); });
        QString error;
        QVERIFY2(fake.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(fake.port());
        test::CliRun r = test::runEdgeAtlas({QStringLiteral("fleet"), QStringLiteral("--prometheus"), base});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.startsWith("edgeatlas fleet: malformed answer from the Prometheus server"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1); // one line
        QVERIFY(r.out.isEmpty());
    }

    void exampleScrapeConfigIsValid()
    {
        // The example in packaging/ is what the README tells people to start from: Prometheus' own checker.
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        EA_REQUIRE(!promtool.isEmpty(), "promtool (Debian package prometheus, packaging/install-deps.sh)");
        QProcess p;
        p.start(promtool, {QStringLiteral("check"), QStringLiteral("config"),
                           QStringLiteral(EA_SOURCE_DIR "/packaging/prometheus/prometheus.yml")});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, out.constData());
        QVERIFY2(out.contains("SUCCESS"), out.constData());
    }

    void fleetThroughRealPrometheus()
    {
        const QString prometheus = QStandardPaths::findExecutable(QStringLiteral("prometheus"));
        EA_REQUIRE(!prometheus.isEmpty(),
                   "the prometheus binary (Debian package prometheus, packaging/install-deps.sh)");
        const QString exe = QStringLiteral(EA_BIN_DIR "/edgeatlas");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        test::Processes procs;
        QElapsedTimer total;
        total.start();

        // 1. One simulated deployment per vantage: São Paulo by its demand region, the others by lat/lon;
        // Sydney's
        //    answers twice as fast as the model, Singapore's half as slow again.
        const std::vector<VantageSpec> vantages{
            {QStringLiteral("paris"), QStringLiteral("48.85,2.35"), 1.0},
            {QStringLiteral("singapore"), QStringLiteral("1.35,103.82"), 1.5},
            {QStringLiteral("sao-paulo"), QStringLiteral("gn-3448439"), 1.0},
            {QStringLiteral("sydney"), QStringLiteral("-33.87,151.21"), 0.5}};
        QMap<QString, QMap<QString, double>> simModel; // vantage → node → the simulator's modeled RTT (ms)
        QStringList scenarios;
        static const QRegularExpression row(QStringLiteral("^(\\S+) central ([0-9.]+) "),
                                            QRegularExpression::MultilineOption);
        for (const VantageSpec &v : vantages) {
            const QString scenario = dir.filePath(v.name + QStringLiteral(".json"));
            QProcess &sim = procs.add();
            sim.start(exe, {QStringLiteral("simulate"), QStringLiteral("--nodes"), kNodes,
                            QStringLiteral("--from"), v.at, QStringLiteral("--time-scale"),
                            QString::number(v.scale), QStringLiteral("--write-scenario"), scenario,
                            QStringLiteral("--duration"), QStringLiteral("240")});
            QVERIFY(sim.waitForStarted());
            QByteArray out;
            QVERIFY2(test::waitForOutput(sim, QRegularExpression(QStringLiteral("# health:")), &out, 30000),
                     (out + sim.readAllStandardError()).constData());
            for (auto it = row.globalMatch(QString::fromUtf8(out)); it.hasNext();) {
                const auto m = it.next();
                simModel[v.name].insert(m.captured(1), m.captured(2).toDouble());
            }
            QCOMPARE(simModel[v.name].size(), 3);
            scenarios << scenario;
        }

        // 2. One agent per vantage, on ports of their own choosing.
        QStringList agentAddresses;
        for (int i = 0; i < int(vantages.size()); ++i) {
            const VantageSpec &v = vantages[size_t(i)];
            QProcess &agent = procs.add();
            agent.start(exe,
                        {QStringLiteral("probe"), QStringLiteral("--scenario"), scenarios[i],
                         QStringLiteral("--serve"), QStringLiteral("127.0.0.1:0"),
                         QStringLiteral("--vantage"), v.name, QStringLiteral("--at"), v.at,
                         QStringLiteral("--interval"), QStringLiteral("0.5"), QStringLiteral("--max-tokens"),
                         QStringLiteral("1"), QStringLiteral("--duration"), QStringLiteral("230")});
            QVERIFY(agent.waitForStarted());
            QByteArray out;
            QRegularExpressionMatch port;
            QVERIFY2(test::waitForOutput(
                         agent,
                         QRegularExpression(QStringLiteral("metrics at http://127.0.0.1:(\\d+)/metrics")),
                         &out, 30000, &port),
                     (out + agent.readAllStandardError()).constData());
            agentAddresses << QStringLiteral("'127.0.0.1:%1'").arg(port.captured(1));
        }

        // 3. A real Prometheus scraping the four agents every second.
        const QString config = dir.filePath(QStringLiteral("prometheus.yml"));
        {
            QFile f(config);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                   "scrape_configs:\n  - job_name: edgeatlas\n    scrape_interval: 1s\n"
                                   "    scrape_timeout: 1s\n    static_configs:\n      - targets: [%1]\n")
                        .arg(agentAddresses.join(QStringLiteral(", ")))
                        .toUtf8());
        }
        QProcess &prom = procs.add();
        const QString base =
            test::startPrometheus(prom, prometheus, config, dir.filePath(QStringLiteral("tsdb")));
        QVERIFY2(!base.isEmpty(), prom.readAllStandardError().constData());

        // 4. Wait (bounded, generous for a loaded machine) until every route has enough probes in the window.
        const QStringList window{QStringLiteral("--window"), QStringLiteral("30s"),
                                 QStringLiteral("--format"), QStringLiteral("json")};
        QJsonArray routes;
        test::CliRun r;
        QElapsedTimer wait;
        wait.start();
        while (wait.elapsed() < 120000) {
            r = test::runEdgeAtlas(fleetArgs(base, scenarios[0], window));
            routes = QJsonDocument::fromJson(r.out).object().value(QStringLiteral("routes")).toArray();
            int ready = 0;
            for (const QJsonValue &v : routes)
                ready += v.toObject().value(QStringLiteral("okProbes")).toDouble() >= 12 &&
                         v.toObject().value(QStringLiteral("measuredP50Ms")).isDouble();
            if (r.code == 0 && routes.size() == 12 && ready == 12)
                break;
            QTest::qWait(1000);
        }
        qDebug("fleet ready after %lld ms of waiting", wait.elapsed());
        QVERIFY2(r.code == 0 && routes.size() == 12, (r.out + r.err).constData());

        // 5. Every route against what was injected and what the model predicts from its vantage.
        int outsideChecked = 0, insideChecked = 0;
        for (const QJsonValue &value : routes) {
            const QJsonObject o = value.toObject();
            const QString vantage = o.value(QStringLiteral("vantage")).toString();
            const QString node = o.value(QStringLiteral("node")).toString();
            const auto spec = std::find_if(vantages.begin(), vantages.end(),
                                           [&](const VantageSpec &v) { return v.name == vantage; });
            QVERIFY2(spec != vantages.end(), qPrintable(vantage));
            QVERIFY2(simModel[vantage].contains(node), qPrintable(node));
            const double model = o.value(QStringLiteral("modelMs")).toDouble();
            const double injected = simModel[vantage][node] * spec->scale;
            const double p50 = o.value(QStringLiteral("measuredP50Ms")).toDouble();
            const double mean = o.value(QStringLiteral("measuredMeanMs")).toDouble();
            const double residual = o.value(QStringLiteral("residualMs")).toDouble();
            const auto [lo, hi] = bucketAround(injected);
            const auto [lo2, hi2] = bucketAround(injected + 2 + 0.03 * injected); // loopback overhead
            const QStringList states = o.value(QStringLiteral("states")).toVariant().toStringList();
            qDebug("%-10s %-24s injected %7.2f  p50 %7.2f (bucket %g..%g)  mean %7.2f  model %7.2f  residual "
                   "%+8.2f  %s",
                   qPrintable(vantage), qPrintable(node), injected, p50, lo, hi, mean, model, residual,
                   qPrintable(states.join(QLatin1Char(','))));
            // The model from this vantage is the simulator's, computed apart (lat/lon or the region's place).
            QVERIFY2(std::fabs(model - simModel[vantage][node]) < 0.01 * simModel[vantage][node] + 0.01,
                     qPrintable(QStringLiteral("%1 → %2: model %3, simulator %4")
                                    .arg(vantage, node)
                                    .arg(model)
                                    .arg(simModel[vantage][node])));
            // The median: in the injected delay's bucket (or the next, by loopback overhead).
            QVERIFY2(p50 >= lo && p50 <= std::max(hi, hi2), qPrintable(vantage + QLatin1Char(' ') + node));
            // The mean over the window: never below the injected delay; above it by overhead and scheduling
            // pauses of a loaded machine, far less than the factors between vantages.
            QVERIFY2(mean > injected - 0.5 && mean < injected * 1.15 + 15,
                     qPrintable(vantage + QLatin1Char(' ') + node));
            // The residual is the median against the model: the injected factor's excess, to the bucket's
            // width.
            QVERIFY(std::fabs(residual - (p50 - model)) < 0.0025); // each rounded to the µs in JSON
            QVERIFY2(std::fabs(residual - (injected - model)) <= std::max(hi, hi2) - lo + 0.01,
                     qPrintable(vantage + QLatin1Char(' ') + node));
            // The band rule on the median, where the histogram decides it either way.
            const double bandLow = o.value(QStringLiteral("bandLowMs")).toDouble();
            const double bandHigh = o.value(QStringLiteral("bandHighMs")).toDouble();
            QVERIFY(bandLow < model && model < bandHigh);
            const double pHigh = std::max(hi, hi2);
            if (lo > bandHigh || pHigh < bandLow) {
                QVERIFY2(states.contains(QStringLiteral("outside_band")),
                         qPrintable(vantage + QLatin1Char(' ') + node));
                ++outsideChecked;
            } else if (lo >= bandLow && pHigh <= bandHigh) {
                QVERIFY2(!states.contains(QStringLiteral("outside_band")),
                         qPrintable(vantage + QLatin1Char(' ') + node));
                ++insideChecked;
            }
            // The SLO: judged on the measured TTFT, which includes the round trip.
            const QJsonValue slo = o.value(QStringLiteral("sloMeasuredMs"));
            const QJsonValue budget = o.value(QStringLiteral("sloBudgetMs"));
            if (slo.isDouble() && budget.isDouble()) {
                QVERIFY(slo.toDouble() >= lo);
                QCOMPARE(states.contains(QStringLiteral("slo_breach")), slo.toDouble() > budget.toDouble());
            }
            QVERIFY(!states.contains(QStringLiteral("fault")));
        }
        QVERIFY2(outsideChecked >= 3, "Sydney's halved delays leave the band"); // and Singapore's long routes
        QVERIFY2(insideChecked >= 3, "Paris and São Paulo answer as modeled");

        // The table names every route.
        r = test::runEdgeAtlas(
            fleetArgs(base, scenarios[0], {QStringLiteral("--window"), QStringLiteral("30s")}));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains("# 12 routes from "), r.out.constData());
        for (const VantageSpec &v : vantages)
            QCOMPARE(r.out.count("\n" + v.name.toUtf8() + ' '), qsizetype(3));

        // 5b. The time series of a pick (the Monitor's chart): one route, a vantage's routes pooled, a pick
        //     with no series, read with query_range from the real server.
        {
            FleetQuery q;
            q.baseUrl = base;
            q.windowS = 30;
            q.percentile = 0.95;
            const QString node = simModel[QStringLiteral("sydney")].firstKey();
            const double injected = simModel[QStringLiteral("sydney")][node] * 0.5;
            const auto [lo, hi] = bucketAround(injected);
            const auto [lo2, hi2] = bucketAround(injected + 2 + 0.03 * injected);
            const FleetSeries one =
                readFleetSeries(q, QStringLiteral("sydney"), node, QDateTime::currentMSecsSinceEpoch());
            QVERIFY2(one.ok(), qPrintable(one.error));
            QVERIFY2(one.p50.size() >= 3 && one.upper.size() >= 3, // since the agents started
                     qPrintable(QString::number(one.p50.size())));
            QCOMPARE(one.stepS, 1.0);
            for (size_t i = 1; i < one.p50.size(); ++i)
                QVERIFY(one.p50[i].first > one.p50[i - 1].first && one.p50[i].first <= one.toMs);
            // The newest median: in the injected delay's bucket (or the next), as the instant query has it.
            const double last = one.p50.back().second;
            QVERIFY2(last >= lo && last <= std::max(hi, hi2),
                     qPrintable(QStringLiteral("%1: %2 not in %3..%4").arg(node).arg(last).arg(lo).arg(hi2)));
            QVERIFY(one.upper.back().second >= last);
            // Paris' three routes pooled: between the fastest and the slowest route's buckets.
            const FleetSeries paris =
                readFleetSeries(q, QStringLiteral("paris"), QString(), QDateTime::currentMSecsSinceEpoch());
            QVERIFY2(paris.ok(), qPrintable(paris.error));
            double fastest = 1e9, slowest = 0;
            for (double ms : simModel[QStringLiteral("paris")]) {
                fastest = std::min(fastest, bucketAround(ms).first);
                slowest = std::max(slowest, bucketAround(ms + 2 + 0.03 * ms).second);
            }
            QVERIFY2(paris.p50.back().second >= fastest && paris.p50.back().second <= slowest,
                     qPrintable(QString::number(paris.p50.back().second)));
            const FleetSeries none = readFleetSeries(q, QStringLiteral("atlantis \"x\""), QString(),
                                                     QDateTime::currentMSecsSinceEpoch());
            QCOMPARE(none.status, FleetSeries::Status::Empty);
            QVERIFY2(!none.error.isEmpty(), "an empty pick says so");
        }

        // 6. Errors are states with one clear line and exit 1: a query error from the real server, a query no
        //    series match, the server gone.
        r = test::runEdgeAtlas(
            fleetArgs(base, scenarios[0], {QStringLiteral("--match"), QStringLiteral("vantage=~\"(\"")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("Prometheus answered bad_data"), r.err.constData());
        r = test::runEdgeAtlas(fleetArgs(
            base, scenarios[0], {QStringLiteral("--match"), QStringLiteral("vantage=\"atlantis\"")}));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("no probe agent's series matching {node!=\"\", vantage=\"atlantis\"}"),
                 r.err.constData());
        r = test::runEdgeAtlas(fleetArgs(base, scenarios[0],
                                         {QStringLiteral("--match"), QStringLiteral("vantage=\"sydney\""),
                                          QStringLiteral("--format"), QStringLiteral("json")}));
        QCOMPARE(r.code, 0);
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("routes")).toArray().size(), 3);
        prom.terminate();
        QVERIFY(prom.waitForFinished(15000));
        r = test::runEdgeAtlas(fleetArgs(base, scenarios[0]));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains("cannot reach the Prometheus server"), r.err.constData());
        {
            FleetQuery q;
            q.baseUrl = base;
            const FleetSeries gone =
                readFleetSeries(q, QStringLiteral("paris"), QString(), QDateTime::currentMSecsSinceEpoch());
            QCOMPARE(gone.status, FleetSeries::Status::Failed);
            QVERIFY2(gone.error.contains(QLatin1String("cannot reach")), qPrintable(gone.error));
        }
        qDebug("fleet test in %lld ms", total.elapsed());
    }
};

QTEST_GUILESS_MAIN(tst_FleetCli)
#include "tst_fleetcli.moc"
