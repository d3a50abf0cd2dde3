// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas probe --serve: the headless probe agent that a Prometheus server scrapes (DESIGN.md,
// "Scale-out").
#include "app/cli/probeagent.h"

#include "app/cli/cli.h"
#include "engine/monitor/alarmmetrics.h"
#include "engine/monitor/measurementstore.h"
#include "engine/monitor/monitorstate.h"
#include "engine/probe/history.h"
#include "engine/probe/loopbackserver.h"
#include "engine/probe/prober.h"
#include "engine/probe/prometheus.h"
#include "engine/probe/resultqueue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <memory>

namespace ea::cli {

namespace {
std::atomic<bool> g_stop{false};

extern "C" void onAgentSignal(int)
{
    g_stop = true;
}

bool isLoopbackHost(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

constexpr int kTickMs = 50;
constexpr qint64 kRefreshMs = 250; // as the Monitor's (MonitorSession::RefreshMs)
} // namespace

PromLabels vantageLabels(const ProbeAgentOptions &options)
{
    PromLabels labels;
    if (options.vantageName.isEmpty() && !options.placed)
        return labels;
    labels.emplace_back(QStringLiteral("vantage"),
                        options.vantageName.isEmpty() ? options.vantageLabel : options.vantageName);
    if (options.placed) {
        labels.emplace_back(QStringLiteral("vantage_lat"), QString::number(options.vantage.lat, 'f', 4));
        labels.emplace_back(QStringLiteral("vantage_lon"), QString::number(options.vantage.lon, 'f', 4));
        if (!options.vantageRegionId.isEmpty())
            labels.emplace_back(QStringLiteral("vantage_region"), options.vantageRegionId);
    }
    return labels;
}

int serveProbeAgent(const std::vector<MonitorTarget> &targets, const ProbeSettings &settings,
                    const ProbeAgentOptions &options, FILE *out, FILE *err)
{
    const qsizetype colon = options.listen.lastIndexOf(QLatin1Char(':'));
    QString host = options.listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const int port = options.listen.mid(colon + 1).toInt(&portOk);
    if (colon < 0 || !portOk || port < 0 || port > 65535 || host.isEmpty()) {
        printLine(err, QStringLiteral("--serve: expected HOST:PORT (got \"%1\")").arg(options.listen));
        return BadInput;
    }
    if (!isLoopbackHost(host) && !options.allowRemote) {
        printLine(err, QStringLiteral("--serve: %1 is not a loopback address; the metrics would be readable "
                                      "from the network: add --allow-remote to mean it")
                           .arg(host));
        return BadInput;
    }

    std::unique_ptr<ProbeHistory> history;
    if (!options.historyFile.isEmpty()) {
        history = std::make_unique<ProbeHistory>(options.historyFile);
        QString error;
        if (!history->open(&error)) {
            printLine(err, error);
            return RuntimeFailure;
        }
    }

    // The Monitor's data and alarm rules, fed on this thread as the Monitor feeds them on its GUI thread.
    MonitorState state;
    state.setProbeIntervalMs(settings.intervalMs);
    // The agent's history is its SQLite file and Prometheus: in memory it keeps only what the window
    // statistics read (at most MaxWindowProbes probes of a target), not the Monitor's two hours, which
    // at 1,000 targets a second would be half a gigabyte.
    state.setStore(std::make_shared<MemoryMeasurementStore>(2 * MonitorState::MaxWindowProbes,
                                                            state.windowSpanMs() + 60000));
    state.setVantage(options.vantage);
    state.setTargets(targets);
    const PromLabels common = vantageLabels(options);
    QHash<QString, PromLabels> perTarget;
    for (auto it = options.nodeOfTarget.begin(); it != options.nodeOfTarget.end(); ++it)
        perTarget.insert(it.key(), {{QStringLiteral("node"), it.value()}});
    AlarmMetrics alarmMetrics;
    alarmMetrics.setLabels(common, perTarget);
    QObject::connect(state.alarms(), &AlarmLog::alarmAdded, [&](const Alarm &a) {
        alarmMetrics.count(a);
        printLine(out,
                  QStringLiteral("alarm %1 %2 %3 %4")
                      .arg(QDateTime::fromMSecsSinceEpoch(a.timestampMs, Qt::UTC).toString(Qt::ISODateWithMs),
                           a.targetId, QLatin1String(alarmKindId(a.kind)), a.message));
    });
    alarmMetrics.update(state);

    std::vector<ProbeTarget> probes;
    QHash<QString, const MonitorTarget *> byId; // the prober's callback derives the monitor's values
    for (const MonitorTarget &t : targets) {
        probes.push_back(t.probe);
        byId.insert(t.probe.id, &t);
    }
    ProbeMetrics metrics;
    metrics.setCommonLabels(common);
    for (auto it = perTarget.begin(); it != perTarget.end(); ++it)
        metrics.setTargetLabels(it.key(), it.value());
    ProbeResultQueue queue(ProbeResultQueue::limitFor(settings.intervalMs, targets.size()),
                           history != nullptr);
    Prober prober(settings);
    prober.setTargets(probes);
    prober.setRounds(0);
    prober.setCallback([&](const ProbeResult &r) {
        ProbeDerivedValues derived;
        derived.requestRttMs = requestRttMs(r);
        if (const MonitorTarget *t = byId.value(r.targetId); t && t->hasBudget())
            derived.sloMs = sloMeasuredMs(r, t->slo, t->outputTokens);
        metrics.record(r, derived);
        queue.push(r);
    });

    const QByteArray health =
        QByteArray("{\"status\":\"ok\",\"targets\":") + QByteArray::number(targets.size()) + '}';
    // The metrics server gets the file descriptors the prober (one per transfer) and SQLite leave; at
    // that many connections it sheds the one waiting longest for a request, so a scraper always gets in.
    rlimit files{};
    int serverConnections = 8192;
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur != RLIM_INFINITY)
        serverConnections = std::clamp(static_cast<int>(std::min<rlim_t>(files.rlim_cur, 1 << 20)) -
                                           settings.concurrency - 64,
                                       16, 8192);
    const LoopbackServer::Handler serveMetrics = [&](const HttpRequest &req) {
        const QByteArray path = req.path.split('?').front();
        if (req.method != "GET")
            return ResponsePlan::fixed(405, "text/plain", "use GET\n", 0, "Allow: GET\r\n");
        if (path == "/metrics") {
            const ProbeStats stats = prober.stats();
            return ResponsePlan::fixed(200, ProbeMetrics::contentType(),
                                       metrics.exposition(&stats) + alarmMetrics.exposition());
        }
        if (path == "/health")
            return ResponsePlan::fixed(200, "application/json", health);
        if (path == "/")
            return ResponsePlan::fixed(
                200, "text/html; charset=utf-8",
                "<html><body><h1>EdgeAtlas probe agent</h1><p><a href=\"/metrics\">"
                "metrics</a> &middot; <a href=\"/health\">health</a></p></body></html>\n");
        return ResponsePlan::fixed(404, "text/plain", "not found: try /metrics\n");
    };
    LoopbackServer server(serveMetrics, serverConnections);
    QString error;
    if (!server.listen(host, static_cast<quint16>(port), &error)) {
        printLine(err, QStringLiteral("--serve: %1").arg(error));
        return RuntimeFailure;
    }
    if (!prober.start(&error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    const QString shownHost = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    printLine(out, QStringLiteral("# probe agent: %1 targets every %2 s; metrics at http://%3:%4/metrics")
                       .arg(targets.size())
                       .arg(settings.intervalMs / 1000.0)
                       .arg(shownHost)
                       .arg(server.port()));
    if (!options.vantageLabel.isEmpty())
        printLine(out, QStringLiteral("# alarms judged from %1 against the scenario's model and SLOs")
                           .arg(options.vantageLabel));
    if (!common.empty())
        printLine(out,
                  QStringLiteral("# every series labelled %1").arg(QString::fromUtf8(promLabelText(common))));
    printLine(out, options.durationS > 0 ? QStringLiteral("# serving for %1 s").arg(options.durationS)
                                         : QStringLiteral("# serving until interrupted (Ctrl+C)"));

    g_stop = false;
    struct sigaction sa
    {
    };
    struct sigaction oldInt
    {
    }, oldTerm{};
    sa.sa_handler = onAgentSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);

    bool historyFailed = false;
    const auto flush = [&] {
        if (!history)
            return;
        const std::vector<ProbeResult> batch = queue.takeForHistory();
        QString why;
        if (!batch.empty() && !history->append(batch, &why) && !historyFailed) {
            historyFailed = true; // said once; the batch is dropped so memory stays bounded
            printLine(err, why);
        }
    };
    const auto judge = [&] {
        const std::vector<ProbeResult> arrived = queue.takeForAlarms();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const ProbeResult &r : arrived)
            state.addResult(r, now, LiveProbeSet::clockMs());
        return !arrived.empty();
    };
    const auto refresh = [&] {
        state.refresh(QDateTime::currentMSecsSinceEpoch());
        alarmMetrics.update(state);
    };
    QElapsedTimer clock, sinceFlush, sinceRefresh;
    clock.start();
    sinceFlush.start();
    sinceRefresh.start();
    while (!g_stop && (options.durationS <= 0 || clock.elapsed() < options.durationS * 1000)) {
        QThread::msleep(kTickMs);
        // A raised alarm (a fault) shows at once; otherwise the text follows the refresh (4 a second):
        // rebuilding it for every tick's results cost the agent most of its CPU at 1,000 targets.
        if (judge() && alarmMetrics.raisedSinceUpdate())
            alarmMetrics.update(state);
        if (sinceRefresh.elapsed() >= kRefreshMs) {
            refresh();
            sinceRefresh.restart();
        }
        if (sinceFlush.elapsed() >= 1000) {
            flush();
            sinceFlush.restart();
        }
    }
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);

    server.stop();
    prober.stop();
    judge();
    refresh();
    flush();
    const ProbeStats stats = prober.stats();
    printLine(out,
              QStringLiteral("# stopped after %1 probes (%2 failed, %3 missed intervals); prober CPU %4 s "
                             "in %5 s")
                  .arg(stats.completed)
                  .arg(stats.failed)
                  .arg(stats.missedIntervals)
                  .arg(stats.threadCpuSeconds, 0, 'f', 2)
                  .arg(clock.elapsed() / 1000.0, 0, 'f', 1));
    printLine(out, QStringLiteral("# %1 alarms raised").arg(state.alarms()->totalAdded()));
    if (queue.droppedForAlarms() > 0 || queue.droppedForHistory() > 0)
        printLine(err,
                  QStringLiteral("probe --serve: %1 results not judged and %2 not stored: the agent could "
                                 "not keep up, most likely because its output was not read")
                      .arg(queue.droppedForAlarms())
                      .arg(queue.droppedForHistory()));
    return Ok;
}

} // namespace ea::cli
