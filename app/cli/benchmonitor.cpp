// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas bench monitor: how responsive the Monitor page's GUI thread stays under a flood of results.
#include "app/cli/benchmonitor.h"

#include "app/cli/cli.h"
#include "app/document.h"
#include "app/monitor/monitorpage.h"
#include "app/monitor/monitorsession.h"
#include "engine/monitor/measurementstore.h"
#include "engine/monitor/monitortargets.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <ctime>

namespace ea::cli {

namespace {
double threadCpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
} // namespace

int benchMonitor(bool quick, FILE *out, FILE *err)
{
    Document doc;
    if (!doc.loadDefault(nullptr)) {
        printLine(err, QStringLiteral("bench monitor: the default scenario does not load"));
        return RuntimeFailure;
    }
    MonitorPage page(&doc);
    page.resize(1400, 900);
    page.show();
    page.setMeasurementStore(std::make_shared<MemoryMeasurementStore>(40, 3600 * 1000));
    MonitorSession *session = page.session();
    ProbeSettings settings = session->probeSettings();
    settings.intervalMs = 20;
    settings.timeoutMs = 3000;
    settings.stallMs = 1000;
    session->setProbeSettings(settings);
    SimulatorOptions options;
    options.count = 3;
    options.timeScale = 0.05;
    QString error;
    if (!session->startSimulation(options, &error)) {
        printLine(err, QStringLiteral("bench monitor: %1").arg(error));
        return RuntimeFailure;
    }
    const SimulatedDeployment *sim = session->simulator();
    std::vector<MonitorTarget> targets;
    for (int i = 0; i < 50; ++i) {
        ProbeTarget p;
        p.id = QStringLiteral("t%1").arg(i);
        p.url = i % 10 == 9 ? sim->faultUrl(QStringLiteral("http-503"))
                            : sim->chatUrl(sim->nodes()[size_t(i % 3)].id);
        p.kind = ProbeKind::ChatStream;
        p.maxTokens = 4;
        targets.push_back(urlTarget(p));
    }
    session->setTargets(targets);
    const int seconds = quick ? 3 : 10;
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    int ticks = 0;
    QTimer tick;
    tick.setInterval(10);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
        ++ticks;
    });
    const quint64 received0 = session->resultsReceived();
    const double cpu0 = threadCpuSeconds();
    tick.start();
    QEventLoop loop;
    QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    tick.stop();
    const double wall = clock.elapsed() / 1000.0;
    const double received = double(session->resultsReceived() - received0);
    printLine(out, QStringLiteral(
                       "# Monitor page, 50 streaming targets every 20 ms of a simulated deployment, %1 s")
                       .arg(seconds));
    const auto figure = [out](const char *name, double value, const char *unit) {
        printLine(out, QStringLiteral("%1 %2 %3")
                           .arg(QLatin1String(name), QString::number(value, 'f', 1), QLatin1String(unit)));
    };
    figure("monitor_results_per_second", received / wall, "results/s");
    figure("monitor_gui_longest_gap", double(longest), "ms");
    figure("monitor_gui_ticks_of_10ms", ticks, "ticks");
    figure("monitor_gui_thread_cpu", 100.0 * (threadCpuSeconds() - cpu0) / wall, "%");
    session->stopSimulation();
    return Ok;
}

} // namespace ea::cli
