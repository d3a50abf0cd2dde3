// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas bench timeline: the 24-hour day of a plan (engine/plan/timeline.h) and one hour step of the
// timeline to repainted views (the Plan page's timeline bar and map), timed; one line per figure.
#include "app/cli/cli.h"
#include "app/timelinebar.h"
#include "engine/plan/plansnapshot.h"
#include "engine/plan/timeline.h"
#include "widgets/map/mapwidget.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QVBoxLayout>

#include <algorithm>
#include <thread>
#include <vector>

namespace ea::cli {

namespace {

double loadAverage1()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    return f.readAll().split(' ').value(0).toDouble();
}

struct Timing
{
    double median = 0, max = 0;
};
Timing summarize(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return {v.empty() ? 0.0 : v[v.size() / 2], v.empty() ? 0.0 : v.back()};
}

} // namespace

int benchTimeline(const QString &scenarioFile, bool quick, FILE *out, FILE *err)
{
    const auto scenario = loadScenarioOrReport(scenarioFile, err);
    if (!scenario)
        return BadInput;
    const auto s = std::make_shared<const Scenario>(*scenario);
    const auto figure = [&](const char *name, double value, const char *unit) {
        printLine(out, QStringLiteral("%1 %2 %3")
                           .arg(QLatin1String(name), QString::number(value, 'f', 3), QLatin1String(unit)));
    };
    printLine(out, QStringLiteral("# %1: %2 nodes, %3 demand regions, %4 workloads; %5 hardware threads")
                       .arg(s->name)
                       .arg(s->nodes.size())
                       .arg(s->regions.size())
                       .arg(s->workloads.size())
                       .arg(std::thread::hardware_concurrency()));
    figure("load_average_1min_before", loadAverage1(), "");
    const PlanSnapshotPtr snapshot = PlanSnapshot::evaluate(s);
    if (!snapshot->outcome) {
        printLine(err, QStringLiteral("the plan could not be evaluated"));
        return RuntimeFailure;
    }
    QElapsedTimer t;
    t.start();
    const PlanTimeline timeline(snapshot->evaluator, snapshot->outcome);
    figure("timeline_prepare", t.nsecsElapsed() / 1e6, "ms");
    figure("peak_hour_utc", timeline.peakHour(), "");

    std::vector<double> days;
    PlanDayPtr day;
    for (int run = 0; run < (quick ? 1 : 3); ++run) {
        t.restart();
        day = std::make_shared<const PlanDay>(timeline.evaluateDay());
        days.push_back(t.nsecsElapsed() / 1e6);
    }
    figure("day_evaluate_24_hours", summarize(days).median, "ms");
    figure("day_workloads_copied_from_hour_before", day->workloadsCopied, "workload-hours");
    std::vector<double> hours;
    for (int h = 0; h < 24; ++h) {
        t.restart();
        const PlanHour one = timeline.evaluateHour(h);
        hours.push_back(t.nsecsElapsed() / 1e6);
    }
    figure("hour_evaluate_median", summarize(hours).median, "ms");
    figure("hour_evaluate_max", summarize(hours).max, "ms");

    // One hour step to repainted views: the timeline bar (slider, hour summary per tier) and the map with the
    // hour's demand and site load, at 1600 × 900, the day precomputed (as the GUI has it after its job).
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *map = new MapWidget;
    auto *bar = new TimelineBar(nullptr, map);
    layout->addWidget(bar);
    layout->addWidget(map, 1);
    window.resize(1600, 900);
    window.show();
    map->setSnapshot(snapshot);
    QApplication::processEvents();
    bar->setDay(day);
    window.repaint();
    std::vector<double> steps;
    const int passes = quick ? 1 : 3;
    for (int pass = 0; pass <= passes; ++pass) {
        for (int h = 0; h < 24; ++h) {
            t.restart();
            bar->setHour(h);
            window.repaint();
            if (pass > 0) // the first pass warms the caches (basemap, fonts)
                steps.push_back(t.nsecsElapsed() / 1e6);
        }
    }
    // Where a step goes: the map alone with the hour unchanged (its every-frame layers), the map at a new
    // hour, the bar alone at a new hour.
    std::vector<double> mapSame, mapNew, barNew;
    for (int h = 0; h < 24; ++h) {
        t.restart();
        map->repaint();
        mapSame.push_back(t.nsecsElapsed() / 1e6);
        map->setHour(day->hours[size_t((h + 1) % 24)], day->maxRegionDemandRps);
        t.restart();
        map->repaint();
        mapNew.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        bar->setHour(h);
        bar->repaint();
        barNew.push_back(t.nsecsElapsed() / 1e6);
    }
    figure("map_repaint_same_hour_median", summarize(mapSame).median, "ms");
    map->setHour(nullptr, 0);
    std::vector<double> mapLive;
    for (int i = 0; i < 12; ++i) {
        t.restart();
        map->repaint();
        mapLive.push_back(t.nsecsElapsed() / 1e6);
    }
    figure("map_repaint_live_no_hour_median", summarize(mapLive).median, "ms");
    figure("map_repaint_new_hour_median", summarize(mapNew).median, "ms");
    figure("bar_step_repaint_median", summarize(barNew).median, "ms");
    const Timing step = summarize(steps);
    figure("scrub_step_to_repainted_views_median", step.median, "ms");
    figure("scrub_step_to_repainted_views_max", step.max, "ms");
    figure("scrub_steps_timed", double(steps.size()), "");
    figure("load_average_1min_after", loadAverage1(), "");
    return Ok;
}

} // namespace ea::cli
