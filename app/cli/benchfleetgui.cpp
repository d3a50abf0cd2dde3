// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/benchfleetgui.h"

#include "app/cli/cli.h"
#include "app/document.h"
#include "app/monitor/fleetpanel.h"
#include "app/monitor/fleetsession.h"
#include "app/monitor/monitorpage.h"
#include "widgets/map/mapwidget.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

namespace ea::cli {

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? NAN : v[v.size() / 2];
}
} // namespace

int benchFleetGui(std::shared_ptr<const Scenario> scenario, const QString &url, int refreshes, FILE *out,
                  FILE *err)
{
    Document document;
    document.setScenario(*scenario, QString());
    MonitorPage page(&document);
    page.resize(1600, 1000);
    page.show();
    // The plan's evaluator first (routes get the planner's RTT), as in the window.
    QElapsedTimer wait;
    wait.start();
    while (!(document.snapshot() && document.snapshot()->evaluator) && wait.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents); // asleep until an event comes
    FleetSession *fleet = page.fleet();
    fleet->setRefreshMs(1000);
    QString error;
    if (!page.connectFleet(url, {}, {}, &error)) {
        printLine(err, QStringLiteral("bench fleet: %1").arg(error));
        return RuntimeFailure;
    }
    // The GUI thread's longest busy slice: the gap between ticks of a 5 ms timer, beyond its 5 ms.
    QElapsedTimer tick;
    tick.start();
    qint64 last = 0, maxGapNs = 0, firstMaxGapNs = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = tick.nsecsElapsed();
        if (last > 0)
            maxGapNs = std::max(maxGapNs, now - last - 5'000'000);
        last = now;
    });
    std::vector<double> workMs, applyMs, paintMs, paintCpuMs;
    // CPU time of the GUI thread: what a paint costs whatever else the machine runs.
    const auto threadCpuMs = [] {
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    };
    double firstPaintMs = NAN;
    quint64 seen = fleet->readings();
    size_t routes = 0;
    probe.start();
    wait.restart();
    while (int(workMs.size()) < refreshes && wait.elapsed() < 120000) {
        QCoreApplication::processEvents(
            QEventLoop::WaitForMoreEvents); // not a busy loop: see boardbenchmark.cpp
        if (fleet->readings() == seen)
            continue;
        seen = fleet->readings();
        if (fleet->status() != FleetSession::Status::Ok) {
            printLine(err, QStringLiteral("bench fleet: %1").arg(fleet->statusText()));
            return RuntimeFailure;
        }
        routes = fleet->snapshot()->reading.routes.size();
        if (workMs.empty()) { // the first refresh sets the page up (fleet mode shown, world fitted)
            firstMaxGapNs = maxGapNs;
            maxGapNs = 0;
        }
        workMs.push_back(double(fleet->lastWorkNs()) / 1e6);
        applyMs.push_back(double(fleet->lastApplyNs()) / 1e6);
        // The map's paint of this refresh (the widget's own paint event, as the screen gets it).
        QElapsedTimer paint;
        paint.start();
        const double cpuStart = threadCpuMs();
        page.map()->repaint();
        const double ms = double(paint.nsecsElapsed()) / 1e6;
        if (std::isnan(firstPaintMs)) {
            firstPaintMs = ms;
        } else {
            paintMs.push_back(ms);
            paintCpuMs.push_back(threadCpuMs() - cpuStart);
        }
    }
    probe.stop();
    if (int(workMs.size()) < refreshes) {
        printLine(err, QStringLiteral("bench fleet: only %1 refreshes in 120 s").arg(workMs.size()));
        return RuntimeFailure;
    }
    printLine(out, QStringLiteral("fleet_gui_routes %1 routes").arg(routes));
    printLine(out, QStringLiteral("fleet_gui_refresh_worker_ms %1 ms (median of %2; query + join + alarms + "
                                  "summary, off the GUI thread)")
                       .arg(median(workMs), 0, 'f', 1)
                       .arg(workMs.size()));
    printLine(out,
              QStringLiteral("fleet_gui_apply_ms %1 ms (median; max %2 ms; the GUI thread taking a refresh "
                             "in: table, alarm log, map state)")
                  .arg(median(applyMs), 0, 'f', 1)
                  .arg(*std::max_element(applyMs.begin(), applyMs.end()), 0, 'f', 1));
    printLine(out, QStringLiteral("fleet_gui_map_paint_ms %1 ms first (arcs projected), %2 ms after (median)")
                       .arg(firstPaintMs, 0, 'f', 1)
                       .arg(median(paintMs), 0, 'f', 1));
    printLine(out,
              QStringLiteral("fleet_gui_map_paint_cpu_ms %1 ms (median, the GUI thread's CPU time of a paint "
                             "after the first; wall time above includes waiting for a loaded machine)")
                  .arg(median(paintCpuMs), 0, 'f', 1));
    printLine(out,
              QStringLiteral("fleet_gui_max_busy_ms %1 ms (the GUI thread's longest slice while refreshing, "
                             "map paints included; %2 ms until the first refresh, which sets the page up)")
                  .arg(double(maxGapNs) / 1e6, 0, 'f', 1)
                  .arg(double(firstMaxGapNs) / 1e6, 0, 'f', 1));
    // A look at the map of every route (EDGEATLAS_BENCH_FLEET_PNG=FILE).
    if (const QString png = qEnvironmentVariable("EDGEATLAS_BENCH_FLEET_PNG"); !png.isEmpty())
        page.grab().save(png);
    page.disconnectFleet();
    return Ok;
}

} // namespace ea::cli
