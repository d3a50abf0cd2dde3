// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas simulate: a loopback deployment of scenario nodes answering with the modeled latency.
#include "app/cli/cli.h"
#include "app/cli/commandhelp.h"
#include "app/cli/options.h"
#include "engine/model/scenariojson.h"
#include "engine/probe/chatstream.h"
#include "engine/probe/simulator.h"

#include <QElapsedTimer>
#include <QThread>

#include <atomic>
#include <cmath>
#include <csignal>

namespace ea::cli {

const char *kSimulateUsage =
    "usage: edgeatlas simulate [SCENARIO] [--listen 127.0.0.1:PORT] [--nodes ID,ID,... | --count N]\n"
    "                          [--from LAT,LON | --from REGION-ID] [--workload W] [--jitter J]\n"
    "                          [--time-scale F] [--seed N] [--write-scenario OUT.json] [--duration S]\n"
    "Serves, on loopback only, for each node: POST /nodes/<id>/v1/chat/completions (OpenAI-compatible,\n"
    "streaming) and GET /nodes/<id>/health, delayed as the latency model predicts for the user at --from\n"
    "(default: the heaviest demand region); /faults/<fault>/v1/chat/completions plays a fault. Port 0 (the\n"
    "default) picks a free port. Runs until interrupted (Ctrl+C) or for --duration seconds.\n";

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onSignal(int)
{
    g_interrupted = true;
}

bool isLoopback(const QString &host)
{
    return host == QLatin1String("localhost") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1String("127."));
}

} // namespace

int simulate(const QStringList &args, FILE *out, FILE *err)
{
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        print(out, QString::fromLatin1(kSimulateUsage));
        return Ok;
    }
    Options o(args,
              {QStringLiteral("listen"), QStringLiteral("nodes"), QStringLiteral("count"),
               QStringLiteral("from"), QStringLiteral("workload"), QStringLiteral("jitter"),
               QStringLiteral("time-scale"), QStringLiteral("seed"), QStringLiteral("write-scenario"),
               QStringLiteral("duration")},
              {});
    SimulatorOptions so;
    so.count = o.intValue(QStringLiteral("count"), so.count);
    so.seed = static_cast<quint32>(o.intValue(QStringLiteral("seed"), 1, 0));
    QString error = o.ok() ? QString() : o.error();
    const auto number = [&](const QString &name, double fallback, double lo, double hi) {
        if (!o.has(name))
            return fallback;
        bool ok = false;
        const double v = o.value(name).toDouble(&ok);
        if ((!ok || !(v >= lo && v <= hi)) && error.isEmpty())
            error = QStringLiteral("--%1: expected a number in %2..%3 (got \"%4\")")
                        .arg(name)
                        .arg(lo)
                        .arg(hi)
                        .arg(o.value(name));
        return ok ? v : fallback;
    };
    so.jitter = number(QStringLiteral("jitter"), 0, 0, 1);
    so.timeScale = number(QStringLiteral("time-scale"), 1, 0.001, 1000);
    const double durationS = number(QStringLiteral("duration"), 0, 0, 1e7);
    if (o.has(QStringLiteral("nodes")))
        so.nodeIds = o.value(QStringLiteral("nodes")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    so.workloadId = o.value(QStringLiteral("workload"));
    if (o.has(QStringLiteral("from"))) {
        const QString from = o.value(QStringLiteral("from"));
        const QStringList ll = from.split(QLatin1Char(','));
        bool okLat = false, okLon = false;
        const double lat = ll.value(0).toDouble(&okLat), lon = ll.value(1).toDouble(&okLon);
        if (ll.size() == 2 && okLat && okLon) {
            if (std::fabs(lat) > 90 || std::fabs(lon) > 180) {
                if (error.isEmpty())
                    error = QStringLiteral("--from: latitude within ±90 and longitude within ±180");
            }
            so.userLat = lat;
            so.userLon = lon;
        } else {
            so.regionId = from;
        }
    }
    const QString listen = o.value(QStringLiteral("listen"), QStringLiteral("127.0.0.1:0"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    QString host = listen.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    if (error.isEmpty() && (colon < 0 || !portOk || port < 0 || port > 65535))
        error = QStringLiteral("--listen: expected HOST:PORT (got \"%1\")").arg(listen);
    if (error.isEmpty() && !isLoopback(host))
        error =
            QStringLiteral("--listen: the simulator serves on loopback only (127.0.0.1, ::1 or localhost)");
    if (error.isEmpty() && o.positional().size() > 1)
        error = QStringLiteral("at most one scenario file");
    if (!error.isEmpty()) {
        printLine(err, error);
        print(err, QString::fromLatin1(kSimulateUsage));
        return BadInput;
    }

    const QString file = o.positional().value(0);
    const auto scenario = loadScenarioOrReport(file, err);
    if (!scenario)
        return BadInput;
    SimulatedDeployment sim(std::make_shared<const Scenario>(*scenario), so);
    QStringList problems;
    if (!sim.configure(&problems)) {
        for (const QString &p : problems)
            printLine(err, p);
        return BadInput;
    }
    if (!sim.start(host, static_cast<quint16>(port), &error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    if (o.has(QStringLiteral("write-scenario"))) {
        const QString target = o.value(QStringLiteral("write-scenario"));
        if (!saveScenarioFile(sim.scenarioWithEndpoints(), target, &error)) {
            printLine(err, error);
            return RuntimeFailure;
        }
    }

    printLine(out,
              QStringLiteral("# simulated deployment of \"%1\" at %2: %3 nodes; user at %4; workload %5; "
                             "time scale %6, jitter %7")
                  .arg(scenario->name, sim.baseUrl())
                  .arg(sim.nodes().size())
                  .arg(sim.userLabel(), sim.workloadId())
                  .arg(so.timeScale)
                  .arg(so.jitter));
    printLine(out, QStringLiteral("# node tier network_rtt_ms compute_ttft_ms tpot_ms chat_completions_url"));
    for (const SimulatedNode &n : sim.nodes())
        printLine(out, QStringLiteral("%1 %2 %3 %4 %5 %6")
                           .arg(n.id, tierId(n.tier))
                           .arg(n.networkRttMs, 0, 'f', 2)
                           .arg(n.fits ? QString::number(n.computeTtftMs, 'f', 2) : QStringLiteral("-"))
                           .arg(n.fits ? QString::number(n.tpotMs, 'f', 2)
                                       : QStringLiteral("(model does not fit: 503)"))
                           .arg(sim.chatUrl(n.id)));
    printLine(out,
              QStringLiteral("# health: %1/nodes/<id>/health; faults: %2/faults/<%3>/v1/chat/completions")
                  .arg(sim.baseUrl(), sim.baseUrl(), simFaultIds().join(QLatin1Char('|'))));
    printLine(out, durationS > 0 ? QStringLiteral("# serving for %1 s").arg(durationS)
                                 : QStringLiteral("# serving until interrupted (Ctrl+C)"));

    g_interrupted = false;
    struct sigaction sa
    {
    };
    struct sigaction oldInt
    {
    }, oldTerm{};
    sa.sa_handler = onSignal;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &oldInt);
    sigaction(SIGTERM, &sa, &oldTerm);
    QElapsedTimer clock;
    clock.start();
    while (!g_interrupted && (durationS <= 0 || clock.elapsed() < durationS * 1000))
        QThread::msleep(50);
    sigaction(SIGINT, &oldInt, nullptr);
    sigaction(SIGTERM, &oldTerm, nullptr);
    const quint64 served = sim.server()->requestsServed();
    sim.stop();
    printLine(out, QStringLiteral("# stopped after %1 requests").arg(served));
    return Ok;
}

} // namespace ea::cli
