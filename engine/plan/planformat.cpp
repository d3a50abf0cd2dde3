// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/planformat.h"

#include "engine/model/units.h"
#include "engine/plan/plancolumns.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ea {

namespace {

QByteArray table(const Scenario &s, const PlanOutcome &plan)
{
    QString out = textTable(workloadColumns(plancolumns::planTable()), workloadRows(s, plan));
    out += QStringLiteral("\nplan total: %1 per month, %2 GPUs, SLO attainment %3 of %4\n")
               .arg(units::usd(plan.usdPerMonth), units::count(plan.gpus), units::percent(plan.attainmentPct),
                    units::rps(plan.offeredRps));
    const auto totals = tierTotals(plan);
    for (Tier t : AllTiers) {
        const TierTotals &x = totals[static_cast<int>(t)];
        if (x.workloads > 0)
            out +=
                QStringLiteral(
                    "  %1: %2 per month (GPUs %3, API %4, egress %5), %6 GPUs at %7 sites, %8 workload(s)\n")
                    .arg(tierLabel(t), units::usd(x.usdPerMonth()), units::usd(x.gpuUsdPerMonth),
                         units::usd(x.apiUsdPerMonth), units::usd(x.egressUsdPerMonth), units::count(x.gpus),
                         units::count(x.sites))
                    .arg(x.workloads);
    }
    for (const WorkloadOutcome &o : plan.workloads)
        if (!o.issue.isEmpty())
            out += QStringLiteral("note: %1: %2\n").arg(s.workloads[o.workload].id, o.issue);
    return out.toUtf8();
}

} // namespace

QByteArray planCsv(const Scenario &s, const PlanOutcome &plan, const QStringList &extraHeader,
                   const std::function<QStringList(int)> &extraCells)
{
    const auto columns = workloadColumns(plancolumns::planCsv());
    QString out = (csvHeader(columns) + extraHeader).join(QLatin1Char(',')) + QLatin1Char('\n');
    for (const WorkloadRow &row : workloadRows(s, plan)) {
        QStringList cells = csvCells(columns, row);
        if (extraCells)
            cells += extraCells(row.outcome.workload);
        out += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

QJsonObject planToJson(const Scenario &s, const PlanOutcome &plan, const QStringList &workloadColumnIds)
{
    QJsonArray workloads;
    const auto columns =
        workloadColumns(workloadColumnIds.isEmpty() ? plancolumns::planJson() : workloadColumnIds);
    for (const WorkloadRow &row : workloadRows(s, plan))
        workloads.append(jsonObject(columns, row));
    QJsonObject tiers;
    const auto totals = tierTotals(plan);
    for (Tier t : AllTiers) {
        const TierTotals &x = totals[static_cast<int>(t)];
        if (x.workloads > 0)
            tiers.insert(tierId(t), QJsonObject{{QStringLiteral("workloads"), x.workloads},
                                                {QStringLiteral("gpus"), x.gpus},
                                                {QStringLiteral("sites"), x.sites},
                                                {QStringLiteral("gpuUsdPerMonth"), x.gpuUsdPerMonth},
                                                {QStringLiteral("apiUsdPerMonth"), x.apiUsdPerMonth},
                                                {QStringLiteral("egressUsdPerMonth"), x.egressUsdPerMonth},
                                                {QStringLiteral("usdPerMonth"), x.usdPerMonth()}});
    }
    return QJsonObject{{QStringLiteral("scenario"), s.name},
                       {QStringLiteral("tiers"), tiers},
                       {QStringLiteral("usdPerMonth"), plan.usdPerMonth},
                       {QStringLiteral("attainmentPct"), plan.attainmentPct},
                       {QStringLiteral("offeredRps"), plan.offeredRps},
                       {QStringLiteral("goodputRps"), plan.goodputRps},
                       {QStringLiteral("gpus"), plan.gpus},
                       {QStringLiteral("workloads"), workloads}};
}

QByteArray formatPlan(const Scenario &s, const PlanOutcome &plan, PlanFormat format)
{
    switch (format) {
    case PlanFormat::Table:
        return table(s, plan);
    case PlanFormat::Csv:
        return planCsv(s, plan);
    case PlanFormat::Json:
        return QJsonDocument(planToJson(s, plan)).toJson(QJsonDocument::Indented);
    }
    return {};
}

} // namespace ea
