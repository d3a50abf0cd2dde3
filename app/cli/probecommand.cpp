// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas probe: libcurl probes of URLs or of a scenario's node endpoints, one line per result.
#include "app/cli/cli.h"
#include "app/cli/commandhelp.h"
#include "app/cli/options.h"
#include "app/cli/probeagent.h"
#include "engine/model/printable.h"
#include "engine/plan/evaluator.h"
#include "engine/probe/prober.h"

#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace ea::cli {

const char *kProbeUsage =
    "usage: edgeatlas probe URL... [--count N] [--interval S] [--stream] [--model M] [--max-tokens N]\n"
    "                       [--format table|json] [--timeout S] [--stall S] [--max-time S]\n"
    "                       [--concurrency N] [--fresh|--reuse] [--insecure] [--api-key-env NAME]\n"
    "       edgeatlas probe --scenario SCENARIO [same options]   probe every node that has an endpoint\n"
    "                       (endpoints ending in /chat/completions are probed as streams)\n"
    "       edgeatlas probe (URL... | --scenario SCENARIO) --serve HOST:PORT [--allow-remote]\n"
    "                       [--duration S] [--history FILE.sqlite] [--at LAT,LON|REGION]\n"
    "                       [--vantage NAME]\n"
    "                       [same options but --count]\n"
    "                       the probe agent: probes continuously and serves Prometheus metrics at\n"
    "                       http://HOST:PORT/metrics (and /health) until Ctrl+C or --duration; loopback\n"
    "                       only unless --allow-remote; --history also stores every result in SQLite.\n"
    "                       It raises the Monitor's alarms (fault, outside the model's band, SLO breach)\n"
    "                       as lines \"alarm TIME TARGET KIND MESSAGE\" and as metrics; with --scenario the\n"
    "                       model's RTT is predicted from --at (a place or a demand region id; default:\n"
    "                       the scenario's heaviest demand region, as the Monitor). Every series is\n"
    "                       labelled vantage=\"NAME\" (--vantage; default: the region id or LAT,LON) and,\n"
    "                       with --scenario, vantage_lat, vantage_lon, vantage_region (when it stands in a\n"
    "                       demand region) and each target's node=\"ID\", for `edgeatlas fleet`\n"
    "Times are seconds (decimals allowed); --count probes per target (default 1), --interval between\n"
    "a target's probes (default 1), --timeout for connect and first byte (10), --stall for a started\n"
    "response without progress (5: silent, or trickling without a complete line or 256 body bytes),\n"
    "--max-time for the whole probe, whatever arrives (60; then timeout). --stream: POST an\n"
    "OpenAI-compatible streaming chat completion (--model, --max-tokens 32) and time its tokens.\n"
    "TLS certificates are verified unless --insecure. What servers send is shown with control\n"
    "characters escaped and the API key redacted; a key with a line break is refused.\n"
    "Every probe prints one line (json: one object per line) with its state: ok, dns_failure,\n"
    "connection_refused, connect_failed, timeout, tls_failure, http_error, malformed_stream, stalled,\n"
    "closed_early, config_error or error. Exit 0 when all probes ran, whatever their state;\n"
    "1 when the prober could not start; 2 for bad usage.\n";

namespace {

/** Seconds option (decimals allowed) as ms; sets ok = false when malformed or not above minMs. */
int secondsOption(const Options &o, const QString &name, int fallbackMs, int minMs, QString *error)
{
    if (!o.has(name))
        return fallbackMs;
    bool ok = false;
    const double s = o.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(s) || s * 1000 < minMs || s > 86400) {
        if (error->isEmpty())
            *error = QStringLiteral("--%1: expected seconds >= %2 (got \"%3\")")
                         .arg(name)
                         .arg(minMs / 1000.0)
                         .arg(o.value(name));
        return fallbackMs;
    }
    return static_cast<int>(std::lround(s * 1000));
}

QString cell(double ms)
{
    return ms < 0 ? QStringLiteral("-") : QString::number(ms, 'f', ms < 100 ? 2 : 1);
}

QString tableRow(const ProbeResult &r, int width)
{
    const QString row =
        QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
            .arg(r.targetId, -width)
            .arg(probeStateId(r.state), -18)
            .arg(r.httpStatus ? QString::number(r.httpStatus) : QStringLiteral("-"), 4)
            .arg(cell(r.dnsMs), 8)
            .arg(cell(r.connectMs), 8)
            .arg(cell(r.tlsMs), 8)
            .arg(cell(r.firstByteMs), 9)
            .arg(cell(r.ttftMs), 9)
            .arg(cell(r.itlP50Ms), 8)
            .arg(r.tokensPerSecond < 0 ? QStringLiteral("-") : QString::number(r.tokensPerSecond, 'f', 1), 7)
            .arg(cell(r.totalMs), 9)
            .arg(r.errorText);
    return printable(row.trimmed()); // ids and URLs come from files; no escape sequence reaches the terminal
}

QString tableHeader(int width)
{
    return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10 %11 %12")
        .arg(QStringLiteral("# target"), -width)
        .arg(QStringLiteral("state"), -18)
        .arg(QStringLiteral("http"), 4)
        .arg(QStringLiteral("dns_ms"), 8)
        .arg(QStringLiteral("conn_ms"), 8)
        .arg(QStringLiteral("tls_ms"), 8)
        .arg(QStringLiteral("first_ms"), 9)
        .arg(QStringLiteral("ttft_ms"), 9)
        .arg(QStringLiteral("itl_p50"), 8)
        .arg(QStringLiteral("tok/s"), 7)
        .arg(QStringLiteral("total_ms"), 9)
        .arg(QStringLiteral("error"));
}

/** --at: "LAT,LON" (degrees) or a demand region id of the scenario. */
bool parseVantage(const Scenario &s, const QString &text, Vantage *vantage, FILE *err)
{
    for (size_t i = 0; i < s.regions.size(); ++i) {
        if (s.regions[i].id == text) {
            *vantage = regionVantage(s, int(i));
            return true;
        }
    }
    const QStringList parts = text.split(QLatin1Char(','));
    bool latOk = false, lonOk = false;
    const double lat = parts.size() == 2 ? parts[0].trimmed().toDouble(&latOk) : 0;
    const double lon = parts.size() == 2 ? parts[1].trimmed().toDouble(&lonOk) : 0;
    if (!latOk || !lonOk || lat < -90 || lat > 90 || lon < -180 || lon > 180) {
        printLine(err,
                  QStringLiteral("--at: expected LAT,LON in degrees or a demand region id of the scenario "
                                 "(got \"%1\")")
                      .arg(text));
        return false;
    }
    *vantage = Vantage();
    vantage->lat = lat;
    vantage->lon = lon;
    return true;
}

} // namespace

int probe(const QStringList &args, FILE *out, FILE *err)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        print(out, QString::fromLatin1(kProbeUsage));
        return Ok;
    }
    Options o(args,
              {QStringLiteral("count"), QStringLiteral("interval"), QStringLiteral("format"),
               QStringLiteral("timeout"), QStringLiteral("stall"), QStringLiteral("max-time"),
               QStringLiteral("concurrency"), QStringLiteral("api-key-env"), QStringLiteral("model"),
               QStringLiteral("max-tokens"), QStringLiteral("scenario"), QStringLiteral("serve"),
               QStringLiteral("duration"), QStringLiteral("history"), QStringLiteral("at"),
               QStringLiteral("vantage")},
              {QStringLiteral("stream"), QStringLiteral("fresh"), QStringLiteral("reuse"),
               QStringLiteral("insecure"), QStringLiteral("allow-remote")});
    const int count = o.intValue(QStringLiteral("count"), 1);
    const int concurrency = o.intValue(QStringLiteral("concurrency"), 64);
    const int maxTokens = o.intValue(QStringLiteral("max-tokens"), 32);
    QString error = o.ok() ? QString() : o.error();
    ProbeSettings settings;
    settings.intervalMs = secondsOption(o, QStringLiteral("interval"), 1000, 1, &error);
    settings.timeoutMs = secondsOption(o, QStringLiteral("timeout"), 10000, 1, &error);
    settings.stallMs = secondsOption(o, QStringLiteral("stall"), 5000, 1, &error);
    settings.maxTotalMs = secondsOption(o, QStringLiteral("max-time"), 60000, 1, &error);
    if (error.isEmpty() && settings.maxTotalMs < settings.timeoutMs)
        error = QStringLiteral("--max-time must be at least --timeout");
    settings.concurrency = concurrency;
    settings.reuseConnections = !o.has(QStringLiteral("fresh"));
    settings.verifyTls = !o.has(QStringLiteral("insecure"));
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("table"));
    if (error.isEmpty() && format != QLatin1String("table") && format != QLatin1String("json"))
        error = QStringLiteral("--format: expected table or json (got \"%1\")").arg(format);
    if (error.isEmpty() && o.has(QStringLiteral("fresh")) && o.has(QStringLiteral("reuse")))
        error = QStringLiteral("--fresh and --reuse exclude each other");
    const bool fromScenario = o.has(QStringLiteral("scenario"));
    if (error.isEmpty() && fromScenario == !o.positional().isEmpty())
        error = fromScenario ? QStringLiteral("give either URLs or --scenario, not both")
                             : QStringLiteral("no URL to probe");
    const bool serve = o.has(QStringLiteral("serve"));
    ProbeAgentOptions agent;
    agent.listen = o.value(QStringLiteral("serve"));
    agent.allowRemote = o.has(QStringLiteral("allow-remote"));
    agent.historyFile = o.value(QStringLiteral("history"));
    agent.durationS = secondsOption(o, QStringLiteral("duration"), 0, 1, &error) / 1000.0;
    if (error.isEmpty() && serve && o.has(QStringLiteral("count")))
        error = QStringLiteral(
            "--count does not apply to --serve (the agent probes until stopped; see --duration)");
    if (error.isEmpty() && !serve &&
        (o.has(QStringLiteral("duration")) || o.has(QStringLiteral("history")) || agent.allowRemote))
        error = QStringLiteral("--duration, --history and --allow-remote need --serve");
    if (error.isEmpty() && o.has(QStringLiteral("at")) && (!serve || !fromScenario))
        error = QStringLiteral(
            "--at needs --serve and --scenario (it places the agent for the model's predictions)");
    agent.vantageName = o.value(QStringLiteral("vantage"));
    if (error.isEmpty() && o.has(QStringLiteral("vantage")) && !serve)
        error = QStringLiteral("--vantage needs --serve (it labels the agent's metrics)");
    if (error.isEmpty() && o.has(QStringLiteral("vantage")) && agent.vantageName.trimmed().isEmpty())
        error = QStringLiteral("--vantage: expected a name (got an empty one)");
    if (!error.isEmpty()) {
        printLine(err, error);
        print(err, QString::fromLatin1(kProbeUsage));
        return BadInput;
    }

    ProbeTarget base;
    base.model = o.value(QStringLiteral("model"), base.model);
    base.maxTokens = maxTokens;
    base.apiKeyEnv = o.value(QStringLiteral("api-key-env"));
    const bool stream = o.has(QStringLiteral("stream"));
    std::vector<ProbeTarget> targets;
    std::vector<MonitorTarget> monitored; // with the model's predictions and SLOs, for the agent's alarms
    if (fromScenario) {
        const QString file = o.value(QStringLiteral("scenario"));
        const auto s = loadScenarioOrReport(file, err);
        if (!s)
            return BadInput;
        agent.vantage = defaultVantage(*s);
        if (o.has(QStringLiteral("at")) &&
            !parseVantage(*s, o.value(QStringLiteral("at")), &agent.vantage, err))
            return BadInput;
        agent.vantageLabel = agent.vantage.region >= 0
                                 ? s->regions[size_t(agent.vantage.region)].id
                                 : QStringLiteral("%1,%2").arg(agent.vantage.lat).arg(agent.vantage.lon);
        agent.placed = true;
        agent.vantageRegionId =
            agent.vantage.region >= 0 ? s->regions[size_t(agent.vantage.region)].id : QString();
        // From a demand region the model's RTT is the planner's (its last mile included), as the Monitor and
        // `edgeatlas fleet` predict it.
        const auto shared = std::make_shared<const Scenario>(*s);
        const std::unique_ptr<const Evaluator> evaluator =
            agent.vantage.region >= 0 ? std::make_unique<const Evaluator>(shared) : nullptr;
        for (size_t i = 0; i < s->nodes.size(); ++i) {
            const Node &n = s->nodes[i];
            if (n.endpoint.isEmpty())
                continue;
            ProbeTarget t = base;
            t.id = n.id;
            t.url = n.endpoint;
            t.kind = stream || n.endpoint.endsWith(QLatin1String("/chat/completions")) ? ProbeKind::ChatStream
                                                                                       : ProbeKind::Http;
            targets.push_back(t);
            agent.nodeOfTarget.insert(t.id, n.id);
            monitored.push_back(nodeTarget(*s, evaluator.get(), agent.vantage, int(i), t));
        }
        if (targets.empty()) {
            printLine(err, QStringLiteral("%1: no node has an endpoint to probe").arg(file));
            return BadInput;
        }
    } else {
        for (const QString &url : o.positional()) {
            ProbeTarget t = base;
            t.id = url;
            t.url = url;
            t.kind = stream ? ProbeKind::ChatStream : ProbeKind::Http;
            targets.push_back(t);
            monitored.push_back(urlTarget(t));
        }
    }

    if (serve)
        return serveProbeAgent(monitored, settings, agent, out, err);

    const bool json = format == QLatin1String("json");
    int width = 8;
    for (const ProbeTarget &t : targets)
        width = std::max(width, static_cast<int>(t.id.size()));
    if (!json)
        printLine(out, tableHeader(width));
    std::mutex printing;
    Prober prober(settings);
    prober.setTargets(targets);
    prober.setRounds(count);
    prober.setCallback([&](const ProbeResult &r) {
        const QString line =
            json ? QString::fromUtf8(QJsonDocument(probeResultToJson(r)).toJson(QJsonDocument::Compact))
                 : tableRow(r, width);
        std::lock_guard lock(printing);
        printLine(out, line);
    });
    QString startError;
    if (!prober.start(&startError)) {
        printLine(err, startError);
        return RuntimeFailure;
    }
    prober.wait();
    prober.stop();
    return Ok;
}

} // namespace ea::cli
