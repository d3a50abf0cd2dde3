// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas plan --optimize: the cheapest placement meeting every SLO, printed as a plan plus what it
// changes.
#include "app/cli/cli.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/plancolumns.h"
#include "engine/plan/planformat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ea::cli {

namespace {

QString yesNo(bool v)
{
    return v ? QStringLiteral("met") : QStringLiteral("missed");
}

QString summaryLine(const OptimizeResult &r)
{
    const QString search =
        QStringLiteral("%1 placements allowed, %2 costed in full, %3 workload evaluations")
            .arg(units::count(double(r.placementsTotal)), units::count(double(r.placementsExamined)),
                 units::count(double(r.workloadEvaluations)));
    if (r.feasible)
        return QStringLiteral("optimizer: the cheapest placement meeting every SLO (%1; %2)")
            .arg(r.provenOptimal ? QStringLiteral("proven by exhaustive search")
                                 : QStringLiteral("best found, search stopped early"),
                 search);
    return QStringLiteral(
               "optimizer: best effort, %1 workload(s) meet their SLO in no tier and stay where they "
               "are; the cheapest placement in which every other workload meets its SLO (%2)")
        .arg(r.unreachable.size())
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
                out +=
                    QStringLiteral("  %1  %2 -> %3  %4 -> %5 per month  SLO %6 -> %7\n")
                        .arg(s.workloads[c.workload].id.leftJustified(width), tierId(c.from).leftJustified(8),
                             tierId(c.to).leftJustified(8), units::usd(c.usdBefore), units::usd(c.usdAfter),
                             yesNo(c.metBefore), yesNo(c.metAfter));
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
    return QJsonObject{{QStringLiteral("feasible"), r.feasible},
                       {QStringLiteral("bestEffort"), r.bestEffort},
                       {QStringLiteral("provenOptimal"), r.provenOptimal},
                       {QStringLiteral("placementsAllowed"), double(r.placementsTotal)},
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

int planOptimized(const Scenario &s, const Placement &current, PlanFormat format, FILE *out, FILE *err)
{
    const Evaluator evaluator(std::make_shared<const Scenario>(s));
    const OptimizeResult r = optimizePlacement(evaluator, current);
    for (const QString &p : r.problems)
        printLine(err, p);
    if (!r.hasPlacement()) {
        printLine(err, QStringLiteral("no placement meets every SLO"));
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
