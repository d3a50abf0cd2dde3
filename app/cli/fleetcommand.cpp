// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas fleet: every route of a fleet of probe agents, read back through Prometheus, against the model.
#include "app/cli/cli.h"
#include "app/cli/commandhelp.h"
#include "app/cli/options.h"
#include "engine/model/printable.h"
#include "engine/monitor/fleetreader.h"
#include "engine/plan/evaluator.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace ea::cli {

const char *kFleetUsage =
    "usage: edgeatlas fleet --prometheus URL [--scenario SCENARIO] [--window 5m] [--percentile 95]\n"
    "                       [--match 'LABEL=\"VALUE\"'] [--timeout S] [--format table|json]\n"
    "Reads the probe agents' histograms (edgeatlas probe --scenario S --serve ... --vantage NAME --at\n"
    "LAT,LON|REGION) from the Prometheus server at URL, and prints per route (vantage, node): the measured\n"
    "request RTT over the window (median, the --percentile, the mean), the model's RTT from that vantage\n"
    "(the scenario's network model, as the agent predicts it), the residual (median - model), the SLO's\n"
    "measured value against its budget and the alarm state, by the Monitor's rules: fault (the recent\n"
    "probes all failed), outside_band (median outside the model's band), slo_breach; ok; no_data (fewer\n"
    "than 3 successful probes); unknown_node (not in the scenario). --window: seconds or 30s, 5m, 1h;\n"
    "--match: extra PromQL label matchers for every query (e.g. vantage=\"paris\" or job=\"edge\").\n"
    "Exit 0 with the routes; 1 when Prometheus cannot be reached, answers an error or something\n"
    "malformed, or holds no agent's series; 2 for bad usage.\n";

namespace {

QString ms(double v)
{
    return v < 0 || !std::isfinite(v) ? QStringLiteral("-") : QString::number(v, 'f', v < 100 ? 2 : 1);
}

QJsonValue jsonMs(double v)
{
    return v < 0 || !std::isfinite(v) ? QJsonValue() : QJsonValue(std::round(v * 1000) / 1000);
}

QJsonObject routeJson(const FleetRoute &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("vantage"), r.vantage);
    o.insert(QStringLiteral("vantageRegion"),
             r.vantageRegion.isEmpty() ? QJsonValue() : QJsonValue(r.vantageRegion));
    o.insert(QStringLiteral("vantageLat"), r.placed ? QJsonValue(r.vantageLat) : QJsonValue());
    o.insert(QStringLiteral("vantageLon"), r.placed ? QJsonValue(r.vantageLon) : QJsonValue());
    o.insert(QStringLiteral("node"), r.nodeId);
    o.insert(QStringLiteral("measuredP50Ms"), jsonMs(r.p50Ms));
    o.insert(QStringLiteral("measuredUpperMs"), jsonMs(r.upperMs));
    o.insert(QStringLiteral("measuredMeanMs"), jsonMs(r.meanMs));
    o.insert(QStringLiteral("modelMs"), jsonMs(r.target.modeledRttMs));
    o.insert(QStringLiteral("bandLowMs"), jsonMs(r.target.bandLowMs));
    o.insert(QStringLiteral("bandHighMs"), jsonMs(r.target.bandHighMs));
    const double residual = r.residualMs();
    o.insert(QStringLiteral("residualMs"),
             std::isfinite(residual) ? QJsonValue(std::round(residual * 1000) / 1000) : QJsonValue());
    o.insert(QStringLiteral("sloMeasuredMs"), jsonMs(r.sloValueMs));
    o.insert(QStringLiteral("sloBudgetMs"), jsonMs(r.target.budgetMs));
    o.insert(QStringLiteral("sloPercentile"),
             r.target.hasBudget() ? QJsonValue(r.target.slo.percentile) : QJsonValue());
    o.insert(QStringLiteral("okProbes"), std::round(r.okProbes * 10) / 10);
    o.insert(QStringLiteral("failedProbes"), std::round(r.failedProbes * 10) / 10);
    o.insert(QStringLiteral("states"), QJsonArray::fromStringList(r.states()));
    return o;
}

} // namespace

int fleet(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args,
              {QStringLiteral("prometheus"), QStringLiteral("scenario"), QStringLiteral("window"),
               QStringLiteral("percentile"), QStringLiteral("match"), QStringLiteral("timeout"),
               QStringLiteral("format")},
              {});
    QString error = o.ok() ? QString() : o.error();
    FleetQuery query;
    query.baseUrl = o.value(QStringLiteral("prometheus"));
    if (error.isEmpty() && !o.positional().isEmpty())
        error = QStringLiteral("unexpected argument \"%1\"").arg(o.positional().front());
    if (error.isEmpty() && query.baseUrl.isEmpty())
        error = QStringLiteral(
            "--prometheus: the Prometheus server's URL is required (e.g. http://127.0.0.1:9090)");
    if (error.isEmpty() && !query.baseUrl.startsWith(QLatin1String("http://")) &&
        !query.baseUrl.startsWith(QLatin1String("https://")))
        error = QStringLiteral("--prometheus: expected an http:// or https:// URL (got \"%1\")")
                    .arg(query.baseUrl);
    const QString window = o.value(QStringLiteral("window"), QStringLiteral("5m"));
    const auto windowS = parseDurationSeconds(window);
    if (error.isEmpty() && !windowS)
        error = QStringLiteral("--window: expected seconds or a duration like 30s, 5m, 1h (got \"%1\")")
                    .arg(window);
    query.windowS = windowS.value_or(300);
    const QString pctText = o.value(QStringLiteral("percentile"), QStringLiteral("95"));
    bool pctOk = false;
    const double pct = pctText.toDouble(&pctOk);
    if (error.isEmpty() && (!pctOk || !(pct > 0 && pct < 100)))
        error = QStringLiteral("--percentile: expected a number between 0 and 100, exclusive (got \"%1\")")
                    .arg(pctText);
    query.percentile = pct / 100.0;
    query.match = o.value(QStringLiteral("match"));
    if (o.has(QStringLiteral("timeout"))) {
        bool ok = false;
        const double s = o.value(QStringLiteral("timeout")).toDouble(&ok);
        if (error.isEmpty() && (!ok || !(s >= 0.1 && s <= 600)))
            error = QStringLiteral("--timeout: expected seconds in 0.1..600 (got \"%1\")")
                        .arg(o.value(QStringLiteral("timeout")));
        query.timeoutMs = int(std::lround(s * 1000));
    }
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("table"));
    if (error.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        error = QStringLiteral("--format: expected table or json (got \"%1\")").arg(format);
    if (!error.isEmpty()) {
        printLine(err, error);
        print(err, QString::fromLatin1(kFleetUsage));
        return BadInput;
    }
    const auto scenario = loadScenarioOrReport(o.value(QStringLiteral("scenario")), err);
    if (!scenario)
        return BadInput;

    // The evaluator gives routes from a demand region the planner's network RTT, last mile included.
    const auto shared = std::make_shared<const Scenario>(*scenario);
    const FleetReader reader(shared, query, std::make_shared<const Evaluator>(shared));
    FleetReading reading = reader.read(QDateTime::currentMSecsSinceEpoch());
    if (!reading.ok()) {
        printLine(err, QStringLiteral("edgeatlas fleet: %1").arg(printable(reading.error)));
        return RuntimeFailure;
    }
    FleetAlarms alarms;
    alarms.update(reading);

    const QString upperName = QStringLiteral("p%1").arg(pct, 0, 'g', 4);
    if (format == QLatin1String("json")) {
        QJsonArray routes;
        for (const FleetRoute &r : reading.routes)
            routes.append(routeJson(r));
        QJsonObject doc;
        doc.insert(QStringLiteral("schema"), QStringLiteral("edgeatlas-fleet/1"));
        doc.insert(QStringLiteral("prometheus"), query.baseUrl);
        doc.insert(QStringLiteral("time"),
                   QDateTime::fromMSecsSinceEpoch(reading.timeMs, Qt::UTC).toString(Qt::ISODateWithMs));
        doc.insert(QStringLiteral("windowSeconds"), query.windowS);
        doc.insert(QStringLiteral("percentile"), pct);
        doc.insert(QStringLiteral("routes"), routes);
        print(out, QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented)));
        return Ok;
    }
    int vw = 8, nw = 6;
    for (const FleetRoute &r : reading.routes) {
        vw = std::max(vw, int(r.vantage.size()));
        nw = std::max(nw, int(r.nodeId.size()));
    }
    printLine(out, QStringLiteral("# %1 routes from %2, window %3 s, at %4")
                       .arg(reading.routes.size())
                       .arg(query.baseUrl)
                       .arg(query.windowS)
                       .arg(QDateTime::fromMSecsSinceEpoch(reading.timeMs, Qt::UTC).toString(Qt::ISODate)));
    printLine(out, QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
                       .arg(QStringLiteral("# vantage"), -vw)
                       .arg(QStringLiteral("node"), -nw)
                       .arg(QStringLiteral("p50_ms"), 8)
                       .arg(upperName + QStringLiteral("_ms"), 8)
                       .arg(QStringLiteral("mean_ms"), 8)
                       .arg(QStringLiteral("model_ms"), 8)
                       .arg(QStringLiteral("resid_ms"), 8)
                       .arg(QStringLiteral("slo_ms"), 8)
                       .arg(QStringLiteral("budget"), 8)
                       .arg(QStringLiteral("probes"), 7)
                       .arg(QStringLiteral("state")));
    for (const FleetRoute &r : reading.routes) {
        const double residual = r.residualMs();
        printLine(out, printable(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11")
                                     .arg(r.vantage.isEmpty() ? QStringLiteral("-") : r.vantage, -vw)
                                     .arg(r.nodeId, -nw)
                                     .arg(ms(r.p50Ms), 8)
                                     .arg(ms(r.upperMs), 8)
                                     .arg(ms(r.meanMs), 8)
                                     .arg(ms(r.target.modeledRttMs), 8)
                                     .arg(std::isfinite(residual) ? QString::asprintf("%+.2f", residual)
                                                                  : QStringLiteral("-"),
                                          8)
                                     .arg(ms(r.sloValueMs), 8)
                                     .arg(ms(r.target.budgetMs), 8)
                                     .arg(QStringLiteral("%1/%2")
                                              .arg(std::lround(r.okProbes))
                                              .arg(std::lround(r.okProbes + r.failedProbes)),
                                          7)
                                     .arg(r.states().join(QLatin1Char(',')))));
    }
    return Ok;
}

} // namespace ea::cli
