// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas plan --what-if, edgeatlas resilience and edgeatlas bench resilience (issue 19).
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/model/scenariojson.h"
#include "engine/plan/badday.h"

#include <QElapsedTimer>
#include <QFile>

#include <sys/resource.h>

#include <thread>

namespace ea::cli {

namespace {

bool parseFormat(const Options &o, PlanFormat &fmt, FILE *err)
{
    const QString format = o.value(QStringLiteral("format"), QStringLiteral("table"));
    if (format == QLatin1String("json"))
        fmt = PlanFormat::Json;
    else if (format == QLatin1String("csv"))
        fmt = PlanFormat::Csv;
    else if (format == QLatin1String("table"))
        fmt = PlanFormat::Table;
    else {
        printLine(err, QStringLiteral("--format: expected table, json or csv (got \"%1\")").arg(format));
        return false;
    }
    return true;
}

/** The machine's load average over the last minute (/proc/loadavg), or -1 where it cannot be read. */
double loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const double v = QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 0).toDouble(&ok);
    return ok ? v : -1;
}

/** CPU seconds this process has used, over all its threads. */
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int planWhatIf(const Scenario &s, const Placement &placement, const QString &whatIfFile, PlanFormat format,
               FILE *out, FILE *err)
{
    const WhatIfLoad load = loadWhatIfFile(whatIfFile, s);
    for (const QString &e : load.errors)
        printLine(err, whatIfFile + QStringLiteral(": ") + e);
    if (!load.conditions)
        return BadInput;
    const auto scenario = std::make_shared<const Scenario>(s);
    const PlanOutcome before = Evaluator(scenario).evaluate(placement);
    const AppliedWhatIf applied = applyWhatIf(s, *load.conditions);
    const PlanOutcome after = Evaluator(applied.scenario).evaluate(placement, &applied.down);
    print(out,
          QString::fromUtf8(formatWhatIf(s, *load.conditions, before, *applied.scenario, after, format)));
    return Ok;
}

int resilience(const QStringList &args, FILE *out, FILE *err)
{
    Options o(args, {QStringLiteral("placement"), QStringLiteral("format")}, {});
    PlanFormat fmt = PlanFormat::Table;
    if (!o.ok() || o.positional().size() > 1) {
        printLine(err, o.ok() ? QStringLiteral("usage: edgeatlas resilience [SCENARIO] [--placement P.json] "
                                               "[--format table|json|csv]")
                              : o.error());
        return BadInput;
    }
    if (!parseFormat(o, fmt, err))
        return BadInput;
    const auto s = loadScenarioOrReport(o.positional().value(0), err);
    if (!s)
        return BadInput;
    Placement placement = placementOf(*s);
    if (o.has(QStringLiteral("placement")) &&
        !loadPlacementOrReport(o.value(QStringLiteral("placement")), *s, placement, err))
        return BadInput;
    // From the scenario's own active what-if conditions: each failure comes on top of them.
    const ResiliencePlan base = resiliencePlan(*s, placement);
    const ResilienceReport report =
        checkResilience(*base.evaluator, base.plan, singleFailures(*base.evaluator), base.options());
    print(out, QString::fromUtf8(formatResilience(*s, base.plan, report, fmt)));
    return Ok;
}

int benchResilience(const QString &scenarioFile, FILE *out, FILE *err)
{
    const auto scenario = loadScenarioOrReport(scenarioFile, err);
    if (!scenario)
        return BadInput;
    const auto s = std::make_shared<const Scenario>(*scenario);
    const Evaluator evaluator(s);
    const Placement placement = placementOf(*s);
    const PlanOutcome plan = evaluator.evaluate(placement);
    ResilienceOptions sitesOnly;
    sitesOnly.zonesOfTier = false;
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
    figure("load_average_1min_before", loadAverage(), "");
    QElapsedTimer timer;
    timer.start();
    const double cpu0 = cpuSeconds();
    const ResilienceReport sites =
        checkResilience(evaluator, plan, singleFailures(evaluator, sitesOnly), sitesOnly);
    const double sitesS = timer.nsecsElapsed() / 1e9;
    figure("n_plus_1_every_site_cpu", cpuSeconds() - cpu0, "CPU s");
    figure("n_plus_1_site_failures", double(sites.failures.size()), "failures");
    figure("n_plus_1_every_site", sitesS, "s");
    figure("n_plus_1_per_failure", 1000.0 * sitesS / std::max<size_t>(1, sites.failures.size()), "ms");
    figure("n_plus_1_workloads_reevaluated", double(sites.workloadEvaluations), "evaluations");
    figure("n_plus_1_workloads_copied", double(sites.workloadsCopied), "workloads");
    figure("n_plus_1_site_failures_breaking_slo", double(sites.breaking), "failures");
    timer.restart();
    const ResilienceReport all = checkResilience(evaluator, plan, singleFailures(evaluator));
    figure("n_plus_1_sites_and_zones_of_tier", timer.nsecsElapsed() / 1e9, "s");
    figure("n_plus_1_failures_total", double(all.failures.size()), "failures");
    // Every 100th failure against a full evaluation with its nodes down (the oracle of tst_resilience).
    std::vector<const FailureImpact *> byFailure(all.failures.size(), nullptr);
    for (const FailureImpact &i : all.impacts)
        byFailure[size_t(i.failure)] = &i;
    int checked = 0, differ = 0;
    double fullMs = 0;
    for (size_t f = 0; f < all.failures.size(); f += 100) {
        Evaluator::NodeMask down(s->nodes.size(), 0);
        for (int n : all.failures[f].nodes)
            down[size_t(n)] = 1;
        timer.restart();
        const FailureImpact full = impactOf(plan, evaluator.evaluate(placement, &down), down);
        fullMs += timer.nsecsElapsed() / 1e6;
        const FailureImpact *inc = byFailure[f];
        ++checked;
        if ((inc == nullptr) != full.workloads.empty() ||
            (inc && (inc->attainmentPctAfter != full.attainmentPctAfter ||
                     inc->usdPerMonthAfter != full.usdPerMonthAfter ||
                     inc->regionsAffected != full.regionsAffected)))
            ++differ;
    }
    figure("full_evaluation_per_failure", fullMs / std::max(checked, 1), "ms");
    figure("sampled_failures_checked_against_full_evaluation", checked, "failures");
    figure("sampled_failures_differing", differ, "failures");
    figure("load_average_1min_after", loadAverage(), "");
    return Ok;
}

} // namespace ea::cli
