// SPDX-License-Identifier: GPL-3.0-or-later
// The fleet reader: routes joined from Prometheus answers to the model from each vantage, the Monitor's alarm
// rules per route across readings, and every failure of the server (unreachable, HTTP and query errors, a
// malformed answer, no series) as a state, against a small HTTP server that plays Prometheus.
#include "engine/model/scenariojson.h"
#include "engine/monitor/fleetreader.h"
#include "engine/probe/loopbackserver.h"

#include <QTest>
#include <QUrlQuery>

#include "tests/common/testsupport.h"

#include <cmath>
#include <mutex>

using namespace ea;

namespace {
std::shared_ptr<const Scenario> smallScenario()
{
    const ScenarioLoad load = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!load.scenario)
        qFatal("tests/data/small.json does not load");
    return std::make_shared<const Scenario>(*load.scenario);
}

QMap<QString, QString> routeLabels(const QString &vantage, const QString &node, const QString &region = {},
                                   const QString &lat = {}, const QString &lon = {})
{
    QMap<QString, QString> l;
    l.insert(QStringLiteral("vantage"), vantage);
    l.insert(QStringLiteral("node"), node);
    if (!region.isEmpty())
        l.insert(QStringLiteral("vantage_region"), region);
    if (!lat.isEmpty())
        l.insert(QStringLiteral("vantage_lat"), lat);
    if (!lon.isEmpty())
        l.insert(QStringLiteral("vantage_lon"), lon);
    return l;
}

PromSeries series(QMap<QString, QString> labels, double value, const QString &state = {})
{
    if (!state.isEmpty())
        labels.insert(QStringLiteral("state"), state);
    return PromSeries{labels, {{1000, value}}};
}

/** A vector answer of Prometheus' HTTP API. */
QByteArray vectorAnswer(const std::vector<PromSeries> &all)
{
    QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[";
    bool first = true;
    for (const PromSeries &s : all) {
        out += first ? "" : ",";
        first = false;
        out += "{\"metric\":{";
        bool firstLabel = true;
        for (auto it = s.labels.begin(); it != s.labels.end(); ++it) {
            out += (firstLabel ? "\"" : ",\"") + it.key().toUtf8() + "\":\"" + it.value().toUtf8() + '"';
            firstLabel = false;
        }
        out += "},\"value\":[1000,\"" + QByteArray::number(s.points.front().second, 'g', 12) + "\"]}";
    }
    return out + "]}}";
}
} // namespace

class tst_FleetReader : public QObject
{
    Q_OBJECT

private slots:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds"); // -1: malformed
        QTest::newRow("plain seconds") << "90" << qint64(90);
        QTest::newRow("seconds") << "30s" << qint64(30);
        QTest::newRow("minutes") << "5m" << qint64(300);
        QTest::newRow("hours") << "1h" << qint64(3600);
        QTest::newRow("days") << "2d" << qint64(172800);
        QTest::newRow("zero") << "0s" << qint64(-1);
        QTest::newRow("negative") << "-5m" << qint64(-1);
        QTest::newRow("fraction") << "1.5m" << qint64(-1);
        QTest::newRow("unknown unit") << "5w" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
    }

    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto parsed = parseDurationSeconds(text);
        QCOMPARE(parsed ? *parsed : -1, seconds);
    }

    void queries()
    {
        FleetQuery q;
        q.windowS = 120;
        q.match = QStringLiteral("job=\"edge\"");
        const FleetReader reader(smallScenario(), q);
        QCOMPARE(reader.selector(), QStringLiteral("{node!=\"\", job=\"edge\"}"));
        QCOMPARE(reader.quantileQuery(0.95),
                 QStringLiteral(
                     "histogram_quantile(0.95, sum by (vantage, vantage_lat, vantage_lon, "
                     "vantage_region, node, le) (rate(edgeatlas_probe_request_rtt_ms_bucket{node!=\"\", "
                     "job=\"edge\"}[120s])))"));
        QCOMPARE(reader.recentSeconds(), qint64(60));
        q.windowS = 20;
        QCOMPARE(FleetReader(smallScenario(), q).recentSeconds(), qint64(20));
    }

    void joinsRoutesToTheModelFromEachVantage()
    {
        const auto s = smallScenario();
        FleetQuery q;
        const FleetReader reader(s, q);
        const auto parisPar =
            routeLabels(QStringLiteral("paris"), QStringLiteral("par"), QStringLiteral("r-par"),
                        QStringLiteral("48.8600"), QStringLiteral("2.3500"));
        const auto tokyoBer = routeLabels(QStringLiteral("tokyo"), QStringLiteral("ber"), {},
                                          QStringLiteral("35.6800"), QStringLiteral("139.7600"));
        const auto nowhere = routeLabels(QStringLiteral("lost"), QStringLiteral("par"));
        const auto unknown =
            routeLabels(QStringLiteral("paris"), QStringLiteral("gone"), QStringLiteral("r-par"));
        const std::vector<PromSeries> states{
            series(parisPar, 20, QStringLiteral("ok")),        series(parisPar, 2, QStringLiteral("timeout")),
            series(parisPar, 1, QStringLiteral("http_error")), series(tokyoBer, 30, QStringLiteral("ok")),
            series(nowhere, 5, QStringLiteral("ok")),          series(unknown, 4, QStringLiteral("ok"))};
        const std::vector<PromSeries> recent{
            series(parisPar, 0, QStringLiteral("ok")), series(parisPar, 1, QStringLiteral("timeout")),
            series(parisPar, 3, QStringLiteral("http_error")), series(tokyoBer, 6, QStringLiteral("ok"))};
        const std::vector<PromSeries> p50{series(parisPar, 4.5), series(tokyoBer, 400), series(nowhere, 9),
                                          PromSeries{unknown, {{1000, NAN}}}};
        const std::vector<PromSeries> upper{series(parisPar, 7), series(tokyoBer, 450)};
        const std::vector<PromSeries> mean{series(parisPar, 4.2)};
        const std::vector<std::pair<double, std::vector<PromSeries>>> slo{
            {0.5, {series(tokyoBer, 1)}}, // no node's SLO is a median: ignored
            {0.95, {series(parisPar, 300), series(tokyoBer, 1200)}}};
        const std::vector<FleetRoute> routes = reader.join(states, recent, p50, upper, mean, slo);
        QCOMPARE(routes.size(), size_t(4));
        // Ordered by vantage, then node.
        QCOMPARE(routes[0].id(), QStringLiteral("lost \u2192 par"));
        QCOMPARE(routes[1].id(), QStringLiteral("paris \u2192 gone"));
        QCOMPARE(routes[2].id(), QStringLiteral("paris \u2192 par"));
        QCOMPARE(routes[3].id(), QStringLiteral("tokyo \u2192 ber"));

        // Paris: the demand region r-par is the vantage; the model is the monitor's from there.
        const FleetRoute &paris = routes[2];
        QVERIFY(paris.placed);
        const MonitorTarget expected = nodeTarget(*s, nullptr, regionVantage(*s, 0), 0, ProbeTarget());
        QCOMPARE(paris.target.modeledRttMs, expected.modeledRttMs);
        QCOMPARE(paris.target.bandHighMs, expected.bandHighMs);
        QCOMPARE(paris.target.budgetMs, 1000.0); // the regional tier's chat SLO
        QCOMPARE(paris.okProbes, 20.0);
        QCOMPARE(paris.failedProbes, 3.0);
        QCOMPARE(paris.recentFailed, 4.0);
        QCOMPARE(paris.recentFailState, QStringLiteral("http_error")); // the most frequent failure
        QCOMPARE(paris.p50Ms, 4.5);
        QCOMPARE(paris.upperMs, 7.0);
        QCOMPARE(paris.meanMs, 4.2);
        QCOMPARE(paris.sloValueMs, 300.0);
        QCOMPARE(paris.residualMs(), 4.5 - expected.modeledRttMs);

        // Tokyo: a place by lat/lon; 9,000 km to Berlin: the model's RTT is far above Paris'.
        const FleetRoute &tokyo = routes[3];
        QVERIFY(tokyo.placed);
        QCOMPARE(tokyo.vantageLat, 35.68);
        Vantage tv;
        tv.lat = 35.68;
        tv.lon = 139.76;
        QCOMPARE(tokyo.target.modeledRttMs, nodeTarget(*s, nullptr, tv, 1, ProbeTarget()).modeledRttMs);
        QVERIFY(tokyo.target.modeledRttMs > 100);
        QCOMPARE(tokyo.sloValueMs, 1200.0);
        QCOMPARE(tokyo.upperMs, 450.0);
        QCOMPARE(tokyo.meanMs, -1.0); // not in that answer

        // No place: no model (so no residual), the node's SLO still applies.
        const FleetRoute &lost = routes[0];
        QVERIFY(!lost.placed);
        QVERIFY(!lost.target.hasModel());
        QVERIFY(std::isnan(lost.residualMs()));
        QCOMPARE(lost.target.budgetMs, 1000.0);
        // A node the scenario lacks; NaN (no observation) reads as unknown.
        QCOMPARE(routes[1].states(), QStringList{QStringLiteral("unknown_node")});
        QCOMPARE(routes[1].p50Ms, -1.0);
    }

    void alarmsFollowTheMonitorsRules()
    {
        const auto s = smallScenario();
        const FleetReader reader(s, FleetQuery());
        const auto paris =
            routeLabels(QStringLiteral("paris"), QStringLiteral("par"), QStringLiteral("r-par"));
        const auto make = [&](double p50, double ok, double recentOk, double recentFailed, double slo) {
            FleetReading r;
            r.status = FleetReading::Status::Ok;
            r.timeMs = 5000;
            std::vector<PromSeries> recent{series(paris, recentOk, QStringLiteral("ok"))};
            if (recentFailed > 0)
                recent.push_back(series(paris, recentFailed, QStringLiteral("connection_refused")));
            r.routes = reader.join({series(paris, ok, QStringLiteral("ok"))}, recent, {series(paris, p50)},
                                   {}, {}, {{0.95, {series(paris, slo)}}});
            return r;
        };
        const double model = nodeTarget(*s, nullptr, regionVantage(*s, 0), 0, ProbeTarget()).modeledRttMs;
        FleetAlarms alarms;
        // Within the band, SLO met.
        FleetReading r = make(model, 10, 5, 0, 100);
        QVERIFY(alarms.update(r).empty());
        QCOMPARE(r.routes[0].states(), QStringList{QStringLiteral("ok")});
        // Too few probes for the band rule: no data, no alarm.
        FleetReading few = make(model * 10, 2, 2, 0, 100);
        FleetAlarms fresh;
        QVERIFY(fresh.update(few).empty());
        QCOMPARE(few.routes[0].states(), QStringList{QStringLiteral("no_data")});
        // Ten times the model and the SLO missed: both alarms, once.
        r = make(model * 10, 10, 5, 0, 1500);
        std::vector<Alarm> raised = alarms.update(r);
        QCOMPARE(raised.size(), size_t(2));
        QCOMPARE(raised[0].kind, Alarm::Kind::OutsideBand);
        QCOMPARE(raised[0].targetId, QStringLiteral("paris \u2192 par"));
        QCOMPARE(raised[1].kind, Alarm::Kind::SloBreach);
        QCOMPARE(r.routes[0].states(),
                 (QStringList{QStringLiteral("outside_band"), QStringLiteral("slo_breach")}));
        r = make(model * 10, 10, 5, 0, 1500);
        QVERIFY(alarms.update(r).empty()); // still holds: not raised again
        // SLO value just under the budget: within the hysteresis, the breach stands.
        r = make(model * 10, 10, 5, 0, 950);
        QVERIFY(alarms.update(r).empty());
        QVERIFY(r.routes[0].alarm.sloBreach);
        // Back to the model and well under the budget: recovered, twice.
        r = make(model, 10, 5, 0, 100);
        raised = alarms.update(r);
        QCOMPARE(raised.size(), size_t(2));
        QCOMPARE(raised[0].kind, Alarm::Kind::Recovered);
        QCOMPARE(raised[1].kind, Alarm::Kind::Recovered);
        // Every recent probe failed: a fault naming the state; one success recovers.
        r = make(model, 10, 0, 4, 100);
        raised = alarms.update(r);
        QCOMPARE(raised.size(), size_t(1));
        QCOMPARE(raised[0].kind, Alarm::Kind::Fault);
        QVERIFY2(raised[0].message.contains(QLatin1String("connection_refused")),
                 qPrintable(raised[0].message));
        QVERIFY(r.routes[0].states().contains(QStringLiteral("fault")));
        r = make(model, 10, 0, 4, 100);
        QVERIFY(alarms.update(r).empty());
        r = make(model, 10, 1, 4, 100); // some failed, one answered: not a fault any more
        raised = alarms.update(r);
        QCOMPARE(raised.size(), size_t(1));
        QCOMPARE(raised[0].kind, Alarm::Kind::Recovered);
    }

    void readsFromAServer()
    {
        // A stand-in for Prometheus that answers each query by what it asks for, and records the queries.
        std::mutex mutex;
        QStringList asked;
        const auto paris =
            routeLabels(QStringLiteral("paris"), QStringLiteral("par"), QStringLiteral("r-par"),
                        QStringLiteral("48.8600"), QStringLiteral("2.3500"));
        LoopbackServer server([&](const HttpRequest &req) {
            const QUrlQuery params(QUrl(QString::fromUtf8(req.path)).query());
            const QString promql = params.queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
            {
                std::lock_guard lock(mutex);
                asked << promql;
            }
            std::vector<PromSeries> answer;
            if (promql.contains(QLatin1String("edgeatlas_probe_total")))
                answer = {series(paris, 12, QStringLiteral("ok"))};
            else if (promql.startsWith(QLatin1String("histogram_quantile(0.5,")))
                answer = {series(paris, 5.5)};
            else if (promql.startsWith(QLatin1String("histogram_quantile(0.9,")))
                answer = {series(paris, 8.5)};
            else if (promql.contains(QLatin1String("edgeatlas_probe_slo_ms")))
                answer = {series(paris, 250)};
            else
                answer = {series(paris, 5.25)};
            return ResponsePlan::fixed(200, "application/json", vectorAnswer(answer));
        });
        QString error;
        QVERIFY2(server.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        FleetQuery q;
        q.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        q.percentile = 0.9;
        q.windowS = 60;
        const FleetReader reader(smallScenario(), q);
        const FleetReading r = reader.read(qint64(1700000000000));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.routes.size(), size_t(1));
        QCOMPARE(r.routes[0].p50Ms, 5.5);
        QCOMPARE(r.routes[0].upperMs, 8.5);
        QCOMPARE(r.routes[0].meanMs, 5.25);
        QCOMPARE(r.routes[0].sloValueMs, 250.0);
        QCOMPARE(r.routes[0].okProbes, 12.0);
        std::lock_guard lock(mutex);
        QCOMPARE(asked.size(), 7); // states, recent, p50, p90, mean, one SLO percentile (p95), last seen
        QVERIFY(asked.contains(reader.quantileQuery(0.9)));
        QVERIFY(asked.contains(reader.quantileQuery(0.95, QStringLiteral("edgeatlas_probe_slo_ms"))));
    }

    void failuresAreStates_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expected"); // FleetReading::Status
        QTest::addColumn<QString>("says");
        QTest::newRow("not JSON") << 200 << QByteArray("<html>proxy login</html>")
                                  << int(FleetReading::Status::Failed) << "malformed answer";
        QTest::newRow("truncated JSON") << 200 << QByteArray("{\"status\":\"success\",\"data\":{\"resultTy")
                                        << int(FleetReading::Status::Failed) << "malformed answer";
        QTest::newRow("a sample that is no number")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{"
                          "\"metric\":{\"node\":\"par\"},"
                          "\"value\":[1,\"fast\"]}]}}")
            << int(FleetReading::Status::Failed) << "a sample of a series";
        QTest::newRow("query error")
            << 400
            << QByteArray(
                   "{\"status\":\"error\",\"errorType\":\"bad_data\",\"error\":\"parse error at char 3\"}")
            << int(FleetReading::Status::Failed) << "bad_data";
        QTest::newRow("HTTP error") << 503 << QByteArray("overloaded") << int(FleetReading::Status::Failed)
                                    << "HTTP 503";
        QTest::newRow("no series")
            << 200
            << QByteArray("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[]}}")
            << int(FleetReading::Status::Empty) << "no probe agent's series";
    }

    void failuresAreStates()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expected);
        QFETCH(QString, says);
        LoopbackServer server(
            [&](const HttpRequest &) { return ResponsePlan::fixed(status, "application/json", body); });
        QString error;
        QVERIFY2(server.listen(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        FleetQuery q;
        q.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
        const FleetReading r = FleetReader(smallScenario(), q).read(qint64(1700000000000));
        QCOMPARE(int(r.status), expected);
        QVERIFY(r.routes.empty());
        QVERIFY2(r.error.contains(says), qPrintable(r.error));
    }

    void unreachableIsAState()
    {
        const quint16 port = test::unusedLoopbackPort();
        QVERIFY(port);
        FleetQuery q;
        q.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
        q.timeoutMs = 3000;
        const FleetReading r = FleetReader(smallScenario(), q).read(qint64(1700000000000));
        QCOMPARE(r.status, FleetReading::Status::Failed);
        QVERIFY2(r.error.contains(QLatin1String("cannot reach the Prometheus server")), qPrintable(r.error));
        // Cancelled before the first query: nothing asked, no routes.
        std::atomic<bool> cancel{true};
        const FleetReading c = FleetReader(smallScenario(), q).read(qint64(1700000000000), &cancel);
        QVERIFY(!c.ok());
        QVERIFY(c.routes.empty());
    }
};

QTEST_GUILESS_MAIN(tst_FleetReader)
#include "tst_fleetreader.moc"
