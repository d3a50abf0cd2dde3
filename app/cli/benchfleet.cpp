// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/benchfleet.h"

#include "app/cli/benchfleetgui.h"
#include "app/cli/cli.h"
#include "engine/monitor/fleetreader.h"
#include "engine/plan/evaluator.h"
#include "engine/probe/loopbackserver.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <functional>

namespace ea::cli {

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? NAN : v[v.size() / 2];
}

/** One vector answer with a series per route; value(route) gives its sample. */
QByteArray answer(const std::vector<QByteArray> &labels, const std::function<double(size_t)> &value)
{
    QByteArray out = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[";
    out.reserve(qsizetype(labels.size()) * 220);
    for (size_t i = 0; i < labels.size(); ++i) {
        if (i)
            out += ',';
        out += "{\"metric\":{" + labels[i] + "},\"value\":[1765000000,\"" +
               QByteArray::number(value(i), 'f', 3) + "\"]}"; // timestamps to the ms, as Prometheus has them
    }
    return out + "]}}";
}
} // namespace

int benchFleet(const QString &scenarioFile, bool quick, FILE *out, FILE *err)
{
    const auto loaded = loadScenarioOrReport(scenarioFile, err);
    if (!loaded)
        return BadInput;
    const auto scenario = std::make_shared<const Scenario>(*loaded);
    const int vantages = std::min<int>(quick ? 10 : 50, int(scenario->regions.size()));
    const int nodes = std::min<int>(quick ? 100 : 200, int(scenario->nodes.size()));
    if (vantages < 1 || nodes < 1) {
        printLine(err, QStringLiteral("bench fleet: the scenario needs demand regions and nodes"));
        return BadInput;
    }
    // Routes: the heaviest demand regions as vantages (by region, the planner's RTT), every nodes-th node.
    std::vector<int> regions(scenario->regions.size());
    for (size_t i = 0; i < regions.size(); ++i)
        regions[i] = int(i);
    std::partial_sort(regions.begin(), regions.begin() + vantages, regions.end(), [&](int a, int b) {
        return scenario->regions[size_t(a)].weight > scenario->regions[size_t(b)].weight;
    });
    std::vector<QByteArray> labels, stateLabels;
    const size_t step = std::max<size_t>(1, scenario->nodes.size() / size_t(nodes));
    for (int v = 0; v < vantages; ++v) {
        const DemandRegion &r = scenario->regions[size_t(regions[size_t(v)])];
        for (int n = 0; n < nodes; ++n) {
            const QByteArray l = "\"vantage\":\"" + r.id.toUtf8() + "\",\"vantage_lat\":\"" +
                                 QByteArray::number(r.lat, 'f', 4) + "\",\"vantage_lon\":\"" +
                                 QByteArray::number(r.lon, 'f', 4) + "\",\"vantage_region\":\"" +
                                 r.id.toUtf8() + "\",\"node\":\"" +
                                 scenario->nodes[size_t(n) * step].id.toUtf8() + '"';
            labels.push_back(l);
            stateLabels.push_back(l + ",\"state\":\"ok\"");
        }
    }
    const QByteArray states = answer(stateLabels, [](size_t) { return 60.0; });
    const QByteArray quantile = answer(labels, [](size_t i) { return 20.0 + double(i % 300); });
    const QByteArray mean = answer(labels, [](size_t i) { return 18.0 + double(i % 290); });
    std::atomic<qint64> served{0};
    LoopbackServer server([&](const HttpRequest &req) {
        const QString promql = QUrlQuery(QUrl(QString::fromUtf8(req.path)).query())
                                   .queryItemValue(QStringLiteral("query"), QUrl::FullyDecoded);
        if (req.path.contains("/query_range")) { // the Monitor's series of the pick: one series, 60 steps
            QByteArray body = "{\"status\":\"success\",\"data\":{\"resultType\":\"matrix\",\"result\":[{"
                              "\"metric\":{},\"values\":[";
            const qint64 now = QDateTime::currentMSecsSinceEpoch() / 1000;
            for (int i = 0; i < 60; ++i)
                body += (i ? ",[" : "[") + QByteArray::number(now - 300 + 5 * i) + ",\"" +
                        QByteArray::number(40 + i % 7) + "\"]";
            body += "]}]}}";
            served += body.size();
            return ResponsePlan::fixed(200, "application/json", body);
        }
        if (promql.contains(QLatin1String("timestamp("))) { // last scraped: just now
            const QByteArray body = answer(
                labels, [](size_t) { return double(QDateTime::currentMSecsSinceEpoch()) / 1000.0 - 1; });
            served += body.size();
            return ResponsePlan::fixed(200, "application/json", body);
        }
        const QByteArray &body =
            promql.contains(QLatin1String("edgeatlas_probe_total"))
                ? states
                : (promql.startsWith(QLatin1String("histogram_quantile")) ? quantile : mean);
        served += body.size();
        return ResponsePlan::fixed(200, "application/json", body);
    });
    QString error;
    if (!server.listen(QStringLiteral("127.0.0.1"), 0, &error)) {
        printLine(err, QStringLiteral("bench fleet: %1").arg(error));
        return RuntimeFailure;
    }
    QElapsedTimer clock;
    clock.start();
    const auto evaluator = std::make_shared<const Evaluator>(scenario);
    const double evaluatorMs = clock.nsecsElapsed() / 1e6;
    FleetQuery q;
    q.baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(server.port());
    const FleetReader reader(scenario, q, evaluator);
    std::vector<double> readMs, alarmMs;
    size_t routes = 0;
    for (int i = 0; i < 5; ++i) {
        served = 0;
        clock.restart();
        FleetReading reading = reader.read(QDateTime::currentMSecsSinceEpoch());
        readMs.push_back(clock.nsecsElapsed() / 1e6);
        if (!reading.ok()) {
            printLine(err, QStringLiteral("bench fleet: %1").arg(reading.error));
            return RuntimeFailure;
        }
        routes = reading.routes.size();
        FleetAlarms alarms;
        clock.restart();
        alarms.update(reading);
        alarmMs.push_back(clock.nsecsElapsed() / 1e6);
    }
    printLine(out, QStringLiteral("fleet_routes %1 routes").arg(routes));
    printLine(out, QStringLiteral("fleet_answer_bytes %1 bytes").arg(served.load()));
    printLine(out, QStringLiteral("fleet_evaluator_ms %1 ms").arg(evaluatorMs, 0, 'f', 1));
    printLine(out, QStringLiteral("fleet_read_ms %1 ms").arg(median(readMs), 0, 'f', 1));
    printLine(out, QStringLiteral("fleet_alarms_ms %1 ms").arg(median(alarmMs), 0, 'f', 2));
    // The Monitor's fleet mode on the same server: what a refresh costs its worker and the GUI thread.
    return benchFleetGui(scenario, q.baseUrl, quick ? 3 : 6, out, err);
}

} // namespace ea::cli
