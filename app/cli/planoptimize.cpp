// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas plan --optimize: the cheapest placement meeting every SLO, printed as a plan plus what it
// changes.
#include "app/cli/cli.h"
#include "app/cli/options.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/placementtext.h"
#include "engine/plan/plancolumns.h"
#include "engine/plan/planformat.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <csignal>
#include <unistd.h>

namespace ea::cli {

namespace {

QString yesNo(bool v)
{
    return v ? QStringLiteral("met") : QStringLiteral("missed");
}

/** "12,345" while it fits, else "10^21.7". */
QString placementCount(const OptimizeResult &r)
{
    if (!std::isfinite(r.placementsAllowedLog10))
        return QStringLiteral("0");
    if (r.placementsTotal >= 0)
        return units::count(double(r.placementsTotal));
    return QStringLiteral("10^%1").arg(r.placementsAllowedLog10, 0, 'f', 1);
}

QString summaryLine(const OptimizeResult &r)
{
    const QString how =
        r.provenOptimal
            ? QStringLiteral("proven optimal")
            : (r.cancelled
                   ? QStringLiteral("cancelled, best found")
                   : QStringLiteral("%1, best found, within %2 of the cheapest possible (bound %3)")
                         .arg(r.timedOut ? QStringLiteral("stopped by the %1 s time limit").arg(r.timeLimitS)
                              : r.sizeLimited ? QStringLiteral("stopped at the model size cap (%1 nonzeros)")
                                                    .arg(r.masterNonzeros)
                                              : QStringLiteral("stopped"),
                              units::percent(100.0 * r.gap, 2), units::usd(r.boundUsdPerMonth)));
    const QString search =
        QStringLiteral("%1; %2 placements allowed (a tier per %3), %4 rounds of CBC and the evaluator, %5 s")
            .arg(how, placementCount(r),
                 r.granularity == Granularity::Zone ? QStringLiteral("workload and zone")
                                                    : QStringLiteral("workload"))
            .arg(r.iterations)
            .arg(r.seconds, 0, 'f', 2);
    if (r.feasible && r.resilient)
        return QStringLiteral("optimizer: the cheapest placement meeting every SLO under any single site "
                              "failure (%1; %2 site failures, %3 placements put through the N+1 check, %4 "
                              "failures evaluated)")
            .arg(search)
            .arg(r.failuresChecked)
            .arg(r.resilienceChecks)
            .arg(r.failuresEvaluated);
    if (r.feasible)
        return QStringLiteral("optimizer: the cheapest placement meeting every SLO (%1)").arg(search);
    return QStringLiteral(
               "optimizer: best effort, %1 workload(s) meet their SLO in no tier and stay where they "
               "are; the cheapest placement in which every other workload meets its SLO%2 (%3)")
        .arg(r.unreachable.size())
        .arg(r.resilient ? QStringLiteral(" under any single site failure") : QString())
        .arg(search);
}

QString diffTable(const Scenario &s, const PlanDiff &d)
{
    QString out;
    if (d.moves == 0) {
        out += QStringLiteral("no change: the current placement is already the cheapest\n");
    } else {
        out += QStringLiteral("changes against the current placement:\n");
        int width = 0;
        for (const WorkloadChange &c : d.workloads)
            if (c.moved())
                width = std::max(width, int(s.workloads[c.workload].id.size()));
        for (const WorkloadChange &c : d.workloads)
            if (c.moved())
                out += QStringLiteral("  %1  %2 -> %3  %4 -> %5 per month  SLO %6 -> %7\n")
                           .arg(s.workloads[c.workload].id.leftJustified(width),
                                placementText(c.from, c.fromZones).leftJustified(8),
                                placementText(c.to, c.toZones).leftJustified(8), units::usd(c.usdBefore),
                                units::usd(c.usdAfter), yesNo(c.metBefore), yesNo(c.metAfter));
    }
    const double pct = d.usdBefore > 0 ? 100.0 * d.savingUsd() / d.usdBefore : 0.0;
    out += QStringLiteral("cost: %1 -> %2 per month (saving %3, %4); SLOs met: %5 -> %6 of %7\n")
               .arg(units::usd(d.usdBefore), units::usd(d.usdAfter), units::usd(d.savingUsd()),
                    units::percent(pct))
               .arg(d.metBefore)
               .arg(d.metAfter)
               .arg(d.workloads.size());
    return out;
}

QJsonObject optimizerJson(const Scenario &s, const OptimizeResult &r, const PlanDiff &d)
{
    QJsonArray moves, problems, unreachable;
    const std::vector<ChangeColumn> changes = changeColumns(QStringLiteral("current"));
    const auto columns = pick(changes, plancolumns::changeJson(QStringLiteral("current")));
    for (const ChangeRow &row : changeRows(s, d))
        if (row.change.moved())
            moves.append(jsonObject(columns, row));
    for (const QString &p : r.problems)
        problems.append(p);
    for (int w : r.unreachable)
        unreachable.append(s.workloads[w].id);
    const auto finiteOrNull = [](double v) { return std::isfinite(v) ? QJsonValue(v) : QJsonValue(); };
    return QJsonObject{
        {QStringLiteral("feasible"), r.feasible},
        {QStringLiteral("bestEffort"), r.bestEffort},
        {QStringLiteral("provenOptimal"), r.provenOptimal},
        {QStringLiteral("gap"), r.gap},
        {QStringLiteral("boundUsdPerMonth"), finiteOrNull(r.boundUsdPerMonth)},
        {QStringLiteral("timedOut"), r.timedOut},
        {QStringLiteral("timeLimitS"), r.timeLimitS},
        {QStringLiteral("sizeLimited"), r.sizeLimited},
        {QStringLiteral("masterRows"), r.masterRows},
        {QStringLiteral("masterNonzeros"), double(r.masterNonzeros)},
        {QStringLiteral("cancelled"), r.cancelled},
        {QStringLiteral("resilient"), r.resilient},
        {QStringLiteral("resilience"),
         r.failuresChecked > 0
             ? QJsonValue(QJsonObject{{QStringLiteral("failuresChecked"), r.failuresChecked},
                                      {QStringLiteral("placementsChecked"), double(r.resilienceChecks)},
                                      {QStringLiteral("failuresEvaluated"), double(r.failuresEvaluated)},
                                      {QStringLiteral("cuts"), r.resilienceCuts}})
             : QJsonValue()},
        {QStringLiteral("granularity"),
         r.granularity == Granularity::Zone ? QStringLiteral("zone") : QStringLiteral("workload")},
        {QStringLiteral("seconds"), r.seconds},
        {QStringLiteral("iterations"), r.iterations},
        {QStringLiteral("mipSolves"), r.mipSolves},
        {QStringLiteral("placementsAllowedLog10"), finiteOrNull(r.placementsAllowedLog10)},
        {QStringLiteral("placementsAllowed"),
         r.placementsTotal >= 0 ? QJsonValue(double(r.placementsTotal)) : QJsonValue()},
        {QStringLiteral("placementsExamined"), double(r.placementsExamined)},
        {QStringLiteral("workloadEvaluations"), double(r.workloadEvaluations)},
        {QStringLiteral("currentUsdPerMonth"), d.usdBefore},
        {QStringLiteral("usdPerMonth"), d.usdAfter},
        {QStringLiteral("savingUsdPerMonth"), d.savingUsd()},
        {QStringLiteral("currentSloMet"), d.metBefore},
        {QStringLiteral("sloMet"), d.metAfter},
        {QStringLiteral("unreachable"), unreachable},
        {QStringLiteral("moves"), moves},
        {QStringLiteral("problems"), problems}};
}

/** The plan's CSV with whether each workload meets its SLO and the current placement beside each row. */
QByteArray csvWithCurrent(const Scenario &s, const PlanOutcome &plan, const PlanDiff &d)
{
    const auto meets = workloadColumns({QStringLiteral("meets_slo")});
    const std::vector<ChangeColumn> changes = changeColumns(QStringLiteral("current"));
    const auto current = pick(changes, plancolumns::changeCsv(QStringLiteral("current")));
    const std::vector<WorkloadRow> rows = workloadRows(s, plan);
    const std::vector<ChangeRow> changed = changeRows(s, d);
    return planCsv(s, plan, csvHeader(meets) + csvHeader(current), [&](int w) {
        return csvCells(meets, rows[size_t(w)]) + csvCells(current, changed[size_t(w)]);
    });
}

} // namespace

bool optimizeOptionsOrReport(const Options &o, OptimizeOptions &out, FILE *err)
{
    const QStringList named{QStringLiteral("granularity"), QStringLiteral("time-limit"),
                            QStringLiteral("gap"), QStringLiteral("resilient")};
    if (!o.has(QStringLiteral("optimize"))) {
        for (const QString &n : named)
            if (o.has(n)) {
                printLine(err, QStringLiteral("--%1: only with --optimize").arg(n));
                return false;
            }
        return true;
    }
    const QString g = o.value(QStringLiteral("granularity"), QStringLiteral("workload"));
    if (g == QLatin1String("zone"))
        out.granularity = Granularity::Zone;
    else if (g != QLatin1String("workload")) {
        printLine(err, QStringLiteral("--granularity: expected workload or zone (got \"%1\")").arg(g));
        return false;
    }
    const auto number = [&](const QString &name, double lo, double hi, double &value) {
        if (!o.has(name))
            return true;
        bool ok = false;
        const double v = o.value(name).toDouble(&ok);
        if (!ok || !std::isfinite(v) || v < lo || v > hi) {
            printLine(err, QStringLiteral("--%1: expected a number from %2 to %3 (got \"%4\")")
                               .arg(name)
                               .arg(lo)
                               .arg(hi)
                               .arg(o.value(name)));
            return false;
        }
        value = v;
        return true;
    };
    double gapPct = 0;
    out.timeLimitS = DefaultOptimizeTimeLimitS; // never unbounded: a zone search can run for hours
    if (!number(QStringLiteral("time-limit"), 0.1, 86400, out.timeLimitS) ||
        !number(QStringLiteral("gap"), 0, 100, gapPct))
        return false;
    out.relativeGap = gapPct / 100.0;
    out.resilient = o.has(QStringLiteral("resilient"));
    return true;
}

namespace {

std::atomic<bool> g_interrupted{false};
extern "C" void onInterrupt(int)
{
    g_interrupted.store(true);
}

} // namespace

int planOptimized(const Scenario &s, const Placement &current, PlanFormat format,
                  const OptimizeOptions &options, FILE *out, FILE *err)
{
    const Evaluator evaluator(std::make_shared<const Scenario>(s));
    // Ctrl-C stops the search and prints the best placement found so far with its gap; progress goes to a
    // terminal only (scripts read stderr for problems).
    OptimizeOptions o = options;
    g_interrupted.store(false);
    o.cancel = &g_interrupted;
    const auto previous = std::signal(SIGINT, onInterrupt);
    const bool tty = isatty(fileno(err));
    QElapsedTimer shown;
    shown.start();
    bool printed = false;
    if (tty)
        o.status = [&](const OptimizeStatus &st) {
            if (shown.elapsed() < 1000)
                return;
            shown.restart();
            printed = true;
            std::fprintf(err, "\roptimizer: %3.0f %%, best %s, bound %s, gap %s   ", 100.0 * st.fraction,
                         qPrintable(std::isfinite(st.bestUsdPerMonth) ? units::usd(st.bestUsdPerMonth)
                                                                      : QStringLiteral("none yet")),
                         qPrintable(std::isfinite(st.boundUsdPerMonth) ? units::usd(st.boundUsdPerMonth)
                                                                       : QStringLiteral("none yet")),
                         qPrintable(units::percent(100.0 * st.gap(), 2)));
            std::fflush(err);
        };
    const OptimizeResult r = optimizePlacement(evaluator, current, o);
    std::signal(SIGINT, previous);
    if (printed)
        std::fprintf(err, "\r%*s\r", 78, "");
    for (const QString &p : r.problems)
        printLine(err, p);
    if (!r.hasPlacement()) {
        printLine(err, r.cancelled  ? QStringLiteral("cancelled before a placement was found")
                       : r.timedOut ? QStringLiteral("stopped by the time limit before a placement was found")
                       : o.resilient
                           ? QStringLiteral("no placement keeps every SLO under any single site failure")
                           : QStringLiteral("no placement meets every SLO"));
        return RuntimeFailure;
    }
    const PlanOutcome before = evaluator.evaluate(current);
    const PlanDiff d = diffPlans(before, r.outcome);
    switch (format) {
    case PlanFormat::Table:
        print(out, QString::fromUtf8(formatPlan(s, r.outcome, format)) + QLatin1Char('\n') + summaryLine(r) +
                       QLatin1Char('\n') + diffTable(s, d));
        break;
    case PlanFormat::Json: {
        QJsonObject o = planToJson(s, r.outcome);
        o.insert(QStringLiteral("optimizer"), optimizerJson(s, r, d));
        print(out, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented)));
        break;
    }
    case PlanFormat::Csv:
        print(out, QString::fromUtf8(csvWithCurrent(s, r.outcome, d)));
        break;
    }
    return r.feasible ? Ok : RuntimeFailure;
}

} // namespace ea::cli
