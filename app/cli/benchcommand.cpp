// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas bench plan|map: speed of the planner and of the map on the default scenario; one line per figure.
#include "app/boardbenchmark.h"
#include "app/cli/benchcalibrate.h"
#include "app/cli/benchfleet.h"
#include "app/cli/benchmonitor.h"
#include "app/cli/benchprobe.h"
#include "app/cli/benchsoak.h"
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/geo/basemap.h"
#include "engine/model/portfolio.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/stats/quantile.h"
#include "widgets/charts/chartsbenchmark.h"
#include "widgets/map/mapbenchmark.h"

#include <QFile>

#include <QElapsedTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <functional>

namespace ea::cli {

namespace {

double medianMs(int runs, const std::function<void()> &f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        t.push_back(timer.nsecsElapsed() / 1e6);
    }
    return stats::median(std::move(t));
}

void figure(FILE *out, const char *name, double value, const char *unit)
{
    // Three decimals, or three significant digits for small values (a hit-test takes microseconds).
    const QString v = std::fabs(value) >= 1.0 || value == 0.0 ? QString::number(value, 'f', 3)
                                                              : QString::number(value, 'g', 3);
    printLine(out, QStringLiteral("%1 %2 %3").arg(QLatin1String(name), v, QLatin1String(unit)));
}

double peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024.0; // Linux reports KiB
}

/**
 * The optimizer at enterprise scale (issue 17): portfolios made from the scenario's workloads repeated with
 * varied rates and SLOs (repeatedPortfolio), solved once each from their own placement; one line per size
 * with its time, whether it was proven optimal and its gap.
 */
void benchOptimizerScale(const Scenario &base, const std::vector<int> &unreachable, FILE *out)
{
    struct Case
    {
        int workloads;
        Granularity granularity;
        double gap, timeLimitS;
        bool reachableDoubled; // only the workloads that meet their SLO somewhere, every site's GPUs doubled
        const char *name;
    };
    // The first two have a placement (the others only prove that none exists); the 36-workload one grew
    // to gigabytes before the master's taken-GPU columns (placementsolver.cpp).
    const Case cases[] = {
        {18, Granularity::Workload, 0.0, 120, true, "optimizer_portfolio_18_reachable_doubled_gpus"},
        {36, Granularity::Workload, 0.0, 120, true, "optimizer_portfolio_36_reachable_doubled_gpus"},
        {36, Granularity::Workload, 0.0, 120, false, "optimizer_portfolio_36_workloads"},
        {100, Granularity::Workload, 0.0, 120, false, "optimizer_portfolio_100_workloads"},
        {100, Granularity::Zone, 0.01, 120, false, "optimizer_portfolio_100_workloads_by_zone_gap_1pct"},
    };
    Scenario reachable = withGpusScaled(base, 2);
    std::vector<int> drop = unreachable;
    std::sort(drop.begin(), drop.end());
    for (auto it = drop.rbegin(); it != drop.rend(); ++it)
        reachable.workloads.erase(reachable.workloads.begin() + *it);
    for (const Case &c : cases) {
        const auto s = std::make_shared<const Scenario>(
            repeatedPortfolio(c.reachableDoubled ? reachable : base, c.workloads));
        const Evaluator e(s);
        OptimizeOptions options;
        options.granularity = c.granularity;
        options.relativeGap = c.gap;
        options.timeLimitS = c.timeLimitS;
        QElapsedTimer t;
        t.start();
        const OptimizeResult r = optimizePlacement(e, placementOf(*s), options);
        const double seconds = t.nsecsElapsed() / 1e9;
        // What was found: a proof that no placement exists is no optimum, and has no gap.
        QString outcome;
        if (r.feasible)
            outcome = QStringLiteral("a placement meeting every SLO");
        else if (r.bestEffort)
            outcome = QStringLiteral("a best-effort placement (%1 workloads meet their SLO in no tier)")
                          .arg(r.unreachable.size());
        else if (r.provenOptimal && r.unreachable.empty())
            outcome = QStringLiteral("no placement: every workload meets its SLO alone, not all together in "
                                     "the scenario's GPUs");
        else if (r.provenOptimal)
            outcome = QStringLiteral("no placement: %1 workloads meet their SLO in no tier, and the others "
                                     "cannot all meet theirs in the scenario's GPUs")
                          .arg(r.unreachable.size());
        else
            outcome = QStringLiteral("no placement found");
        const QString status = r.provenOptimal
                                   ? (r.hasPlacement() ? QStringLiteral("proven optimal")
                                                       : QStringLiteral("proven that none exists"))
                                   : (r.timedOut ? QStringLiteral("time limit reached")
                                                 : QStringLiteral("within the gap asked"));
        printLine(
            out,
            QStringLiteral("# %1 workloads x %2 zones with demand, %3%10: 10^%4 placements allowed; %9, "
                           "%5, gap %6, %7 rounds, %8 CBC solves")
                .arg(c.workloads)
                .arg(qPopulationCount(uint(e.demandZones())))
                .arg(c.granularity == Granularity::Zone ? QStringLiteral("a tier per workload and zone")
                                                        : QStringLiteral("a tier per workload"))
                .arg(r.placementsAllowedLog10, 0, 'f', 1)
                .arg(status)
                .arg(r.hasPlacement() ? QStringLiteral("%1 %").arg(100.0 * r.gap, 0, 'f', 2)
                                      : QStringLiteral("none"))
                .arg(r.iterations)
                .arg(r.mipSolves)
                .arg(outcome)
                .arg(c.reachableDoubled ? QStringLiteral(" (the workloads that meet their SLO somewhere, "
                                                         "every site's GPUs doubled)")
                                        : QString()));
        figure(out, c.name, seconds, "s");
        // Memory: the largest master problem, and the process's peak so far (the cases run in this order).
        figure(out, (QByteArray(c.name) + "_master_nonzeros").constData(), double(r.masterNonzeros),
               "entries");
        figure(out, (QByteArray(c.name) + "_peak_memory").constData(), peakRssMb(), "MB");
    }
}

int benchPlan(const Options &o, FILE *out, FILE *err)
{
    const QString file = o.positional().value(1);
    const int runs = 7;
    std::optional<Scenario> scenario;
    const double loadMs = medianMs(runs, [&] {
        const ScenarioLoad l = file.isEmpty() ? loadDefaultScenario() : loadScenarioFile(file);
        scenario = l.scenario;
    });
    if (!scenario) {
        loadScenarioOrReport(file, err);
        return BadInput;
    }
    const auto s = std::make_shared<const Scenario>(*scenario);
    const Placement placement = placementOf(*s);
    printLine(out, QStringLiteral("# %1: %2 nodes, %3 demand regions, %4 workloads; medians of %5 runs")
                       .arg(s->name)
                       .arg(s->nodes.size())
                       .arg(s->regions.size())
                       .arg(s->workloads.size())
                       .arg(runs));
    figure(out, "load_default_scenario", loadMs, "ms");

    PlanOutcome plan;
    const double coldMs = medianMs(runs, [&] {
        const Evaluator e(s);
        plan = e.evaluate(placement);
    });
    figure(out, "full_evaluation_cold", coldMs, "ms");
    const Evaluator evaluator(s);
    plan = evaluator.evaluate(placement);
    const double warmMs = medianMs(runs, [&] { plan = evaluator.evaluate(placement); });
    figure(out, "full_evaluation_warm", warmMs, "ms");

    // Move each workload to each other tier, one at a time, from the evaluated plan.
    std::vector<double> re;
    for (size_t w = 0; w < placement.size(); ++w) {
        for (Tier t : s->assignableTiers(static_cast<int>(w))) {
            if (t == placement[w])
                continue;
            Placement next = placement;
            next[w] = t;
            re.push_back(medianMs(3, [&] { (void)evaluator.reevaluate(plan, next); }));
        }
    }
    if (!re.empty()) {
        figure(out, "reevaluation_one_tier_change_median", stats::median(re), "ms");
        figure(out, "reevaluation_one_tier_change_max", *std::max_element(re.begin(), re.end()), "ms");
    }

    // The optimizer from the evaluated scenario (evaluator warm, as the GUI has it), whole search each run.
    OptimizeResult optimized;
    const double optimizeMs = medianMs(o.has(QStringLiteral("quick")) ? 5 : runs,
                                       [&] { optimized = optimizePlacement(evaluator, placement); });
    figure(out, "optimizer_default_scenario", optimizeMs, "ms");
    figure(out, "optimizer_placements_allowed_log10", optimized.placementsAllowedLog10, "log10 placements");
    figure(out, "optimizer_placements_examined", double(optimized.placementsExamined), "placements");
    figure(out, "optimizer_search_nodes", double(optimized.searchNodes), "partial placements");
    figure(out, "optimizer_workload_evaluations", double(optimized.workloadEvaluations), "evaluations");
    if (optimized.hasPlacement()) {
        figure(out, "optimizer_current_cost", plan.usdPerMonth, "USD/month");
        figure(out, "optimizer_suggested_cost", optimized.usdPerMonth, "USD/month");
    }

    // Placing for resilience (issue 19): the cheapest placement keeping every SLO under any single site
    // failure, once, within the default time limit; how many failures the N+1 test evaluated.
    {
        OptimizeOptions resilient;
        resilient.resilient = true;
        resilient.timeLimitS = DefaultOptimizeTimeLimitS;
        QElapsedTimer t;
        t.start();
        const OptimizeResult r = optimizePlacement(evaluator, placement, resilient);
        const double seconds = t.nsecsElapsed() / 1e9;
        printLine(
            out,
            QStringLiteral("# resilient optimization of the default world: %1, %2; %3 site failures, "
                           "%4 placements put through the N+1 check, %5 cuts")
                .arg(!r.hasPlacement() || !r.resilient ? QStringLiteral("no resilient placement found")
                     : r.bestEffort
                         ? QStringLiteral("a best-effort placement (%1 workloads meet their SLO in no tier "
                                          "and stay) in which every other workload keeps its SLO under "
                                          "any single site failure")
                               .arg(r.unreachable.size())
                         : QStringLiteral("a placement keeping every SLO under any single site failure"))
                .arg(r.provenOptimal ? QStringLiteral("proven optimal")
                                     : QStringLiteral("not proven (gap %1 %)").arg(100.0 * r.gap, 0, 'f', 2))
                .arg(r.failuresChecked)
                .arg(r.resilienceChecks)
                .arg(r.resilienceCuts));
        figure(out, "optimizer_resilient_default_scenario", seconds, "s");
        figure(out, "optimizer_resilient_failures_evaluated", double(r.failuresEvaluated), "failures");
        if (r.hasPlacement())
            figure(out, "optimizer_resilient_cost", r.usdPerMonth, "USD/month");
    }

    PlanOutcome brute;
    const double bruteMs = medianMs(o.has(QStringLiteral("quick")) ? 1 : 3, [&] {
        const Evaluator e(s, Evaluator::Search::BruteForce);
        brute = e.evaluate(placement);
    });
    figure(out, "brute_force_evaluation", bruteMs, "ms");
    figure(out, "speedup_over_brute_force", bruteMs / coldMs, "x");
    size_t same = 0, total = 0;
    for (size_t w = 0; w < plan.workloads.size(); ++w)
        for (size_t r = 0; r < plan.workloads[w].regions.size(); ++r) {
            ++total;
            same += plan.workloads[w].regions[r].node == brute.workloads[w].regions[r].node;
        }
    figure(out, "same_node_as_brute_force", total ? 100.0 * same / total : 100.0, "%");
    if (!o.has(QStringLiteral("quick")))
        benchOptimizerScale(*s, optimized.unreachable, out);
    figure(out, "peak_memory", peakRssMb(), "MB");
    return Ok;
}

int benchMap(const Options &o, FILE *out, FILE *err)
{
    const auto scenario = loadScenarioOrReport(o.positional().value(1), err);
    if (!scenario)
        return BadInput;
    const auto s = std::make_shared<const Scenario>(*scenario);
    const auto evaluator = std::make_shared<const Evaluator>(s);
    const auto outcome = std::make_shared<const PlanOutcome>(evaluator->evaluate(placementOf(*s)));
    printLine(out, QStringLiteral("# %1: %2 nodes, %3 demand regions; medians")
                       .arg(s->name)
                       .arg(s->nodes.size())
                       .arg(s->regions.size()));
    for (const geo::BasemapDetail detail : {geo::BasemapDetail::Coarse110m, geo::BasemapDetail::Medium50m}) {
        QFile f(geo::basemapResourcePath(detail));
        if (!f.open(QIODevice::ReadOnly)) {
            printLine(err, QStringLiteral("cannot read %1").arg(f.fileName()));
            return RuntimeFailure;
        }
        const QByteArray bytes = f.readAll();
        QString error;
        const double ms = medianMs(7, [&] { (void)geo::parseBasemap(bytes, &error); });
        figure(out, detail == geo::BasemapDetail::Coarse110m ? "basemap_load_110m" : "basemap_load_50m", ms,
               "ms");
    }
    for (const auto &[name, ms] : runMapBenchmark(s, outcome, evaluator))
        figure(out, name.toUtf8().constData(), ms, "ms");
    figure(out, "peak_memory", peakRssMb(), "MB");
    return Ok;
}

int benchBoard(const Options &o, FILE *out, FILE *err)
{
    QString error;
    const auto figures = runBoardBenchmark(o.positional().value(1), o.has(QStringLiteral("quick")), &error);
    if (figures.isEmpty()) {
        printLine(err, error);
        return BadInput;
    }
    for (const auto &[name, value] : figures)
        figure(out, name.toUtf8().constData(), value, name == QLatin1String("moves_timed") ? "" : "ms");
    figure(out, "peak_memory", peakRssMb(), "MB");
    return Ok;
}

int benchCharts(const Options &o, FILE *out, FILE *err)
{
    const auto scenario = loadScenarioOrReport(o.positional().value(1), err);
    if (!scenario)
        return BadInput;
    const auto s = std::make_shared<const Scenario>(*scenario);
    printLine(out, QStringLiteral("# %1: %2 workloads, %3 demand regions; medians")
                       .arg(s->name)
                       .arg(s->workloads.size())
                       .arg(s->regions.size()));
    for (const auto &[name, ms] : runChartsBenchmark(s))
        figure(out, name.toUtf8().constData(), ms, "ms");
    return Ok;
}

} // namespace

bool needsGui(const QStringList &args)
{
    if (args.value(1) == QLatin1String("report")) // paints the map and the charts
        return true;
    return args.value(1) == QLatin1String("bench") &&
           (args.value(2) == QLatin1String("map") || args.value(2) == QLatin1String("board") ||
            args.value(2) == QLatin1String("charts") || args.value(2) == QLatin1String("monitor") ||
            args.value(2) == QLatin1String("timeline") ||
            args.value(2) == QLatin1String("fleet")); // the Monitor's fleet mode, offscreen
}

int bench(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args, {QStringLiteral("targets"), QStringLiteral("seconds")}, {QStringLiteral("quick")});
    const QString what = o.positional().value(0);
    if (o.ok() && what != QLatin1String("soak") &&
        (o.has(QStringLiteral("targets")) || o.has(QStringLiteral("seconds")))) {
        printLine(err, QStringLiteral("--targets and --seconds apply to bench soak"));
        return BadInput;
    }
    if (o.ok() && what == QLatin1String("soak")) {
        SoakOptions so;
        so.scenarioFile = o.positional().value(1);
        if (o.has(QStringLiteral("quick"))) {
            so.targets = 100;
            so.seconds = 60;
            so.sampleEverySeconds = 5;
            so.warmupSeconds = 10;
        }
        so.targets = o.intValue(QStringLiteral("targets"), so.targets);
        so.seconds = o.intValue(QStringLiteral("seconds"), so.seconds, 10);
        if (!o.ok()) {
            printLine(err, o.error());
            return BadInput;
        }
        so.warmupSeconds = std::min(so.warmupSeconds, so.seconds / 3);
        so.sampleEverySeconds = std::min(so.sampleEverySeconds, std::max(1, so.seconds / 10));
        return benchSoak(so, out, err);
    }
    if (o.ok() && what == QLatin1String("monitor"))
        return benchMonitor(o.has(QStringLiteral("quick")), out, err);
    if (o.ok() && what == QLatin1String("charts"))
        return benchCharts(o, out, err);
    if (o.ok() && what == QLatin1String("calibrate"))
        return benchCalibrate(o.has(QStringLiteral("quick")), out, err);
    if (o.ok() && what == QLatin1String("fleet"))
        return benchFleet(o.positional().value(1), o.has(QStringLiteral("quick")), out, err);
    if (o.ok() && what == QLatin1String("resilience"))
        return benchResilience(o.positional().value(1), out, err);
    if (o.ok() && what == QLatin1String("timeline"))
        return benchTimeline(o.positional().value(1), o.has(QStringLiteral("quick")), out, err);
    if (o.ok() && what == QLatin1String("probe"))
        return benchProbe(o.positional().value(1), o.has(QStringLiteral("quick")), out, err);
    if (!o.ok() ||
        (what != QLatin1String("plan") && what != QLatin1String("map") && what != QLatin1String("board"))) {
        printLine(err,
                  o.ok()
                      ? QStringLiteral(
                            "usage: edgeatlas bench plan|map|board|charts|monitor|probe|soak|calibrate|fleet|"
                            "resilience|timeline [SCENARIO] [--quick]\n"
                            "       edgeatlas bench soak [SCENARIO] [--targets N] [--seconds S] [--quick]")
                      : o.error());
        return BadInput;
    }
    if (what == QLatin1String("board"))
        return benchBoard(o, out, err);
    return what == QLatin1String("map") ? benchMap(o, out, err) : benchPlan(o, out, err);
}

} // namespace ea::cli
