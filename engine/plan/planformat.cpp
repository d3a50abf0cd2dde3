// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/planformat.h"

#include "engine/model/csvtable.h"
#include "engine/model/units.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace ea {

namespace {

QByteArray table(const Scenario &s, const PlanOutcome &plan)
{
    const QStringList head{QStringLiteral("workload"), QStringLiteral("tier"),    QStringLiteral("SLO"),
                           QStringLiteral("p50"),      QStringLiteral("p95"),     QStringLiteral("p99"),
                           QStringLiteral("attain"),   QStringLiteral("sites"),   QStringLiteral("GPUs"),
                           QStringLiteral("batch"),    QStringLiteral("cost/mo"), QStringLiteral("$/Mtok")};
    std::vector<QStringList> rows;
    for (const WorkloadOutcome &o : plan.workloads) {
        const Workload &w = s.workloads[o.workload];
        rows.push_back({w.id, tierId(o.tier), units::slo(w.slo), units::ms(o.p50Ms), units::ms(o.p95Ms),
                        units::ms(o.p99Ms), units::percent(o.attainmentPct), QString::number(o.sites),
                        QString::number(o.gpus), QString::number(o.compute.batch),
                        units::usd(o.usdPerMonth()), units::usdPrecise(o.usdPerMTok())});
    }
    std::vector<int> width(head.size());
    for (int c = 0; c < head.size(); ++c) {
        width[c] = static_cast<int>(head[c].size());
        for (const QStringList &r : rows)
            width[c] = std::max(width[c], static_cast<int>(r[c].size()));
    }
    QString out;
    const auto line = [&](const QStringList &r) {
        for (int c = 0; c < r.size(); ++c)
            out += (c < 3 ? r[c].leftJustified(width[c]) : r[c].rightJustified(width[c])) +
                   (c + 1 < r.size() ? QStringLiteral("  ") : QStringLiteral("\n"));
    };
    line(head);
    for (const QStringList &r : rows)
        line(r);
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

QByteArray csv(const Scenario &s, const PlanOutcome &plan)
{
    QString out = QStringLiteral(
        "workload,name,tier,slo_metric,slo_percentile,slo_budget_ms,p50_ms,p95_ms,p99_ms,attainment_pct,"
        "offered_rps,goodput_rps,sites,gpus,gpus_per_replica,batch,ttft_ms,tpot_ms,gpu_usd_per_month,"
        "api_usd_per_month,egress_usd_per_month,usd_per_month,usd_per_mtok,propagation_ms,inflation_ms,"
        "access_ms,"
        "queueing_ms,prefill_ms,decode_ms,issue\n");
    for (const WorkloadOutcome &o : plan.workloads) {
        const Workload &w = s.workloads[o.workload];
        const LatencyBreakdown &b = o.breakdown;
        QStringList f{w.id, CsvTable::quote(w.name), tierId(o.tier),
                      w.slo.metric == SloMetric::Ttft ? QStringLiteral("ttft") : QStringLiteral("e2e")};
        for (double v : {w.slo.percentile,
                         w.slo.budgetMs,
                         o.p50Ms,
                         o.p95Ms,
                         o.p99Ms,
                         o.attainmentPct,
                         o.offeredRps,
                         o.goodputRps,
                         double(o.sites),
                         double(o.gpus),
                         double(o.gpusPerReplica),
                         double(o.compute.batch),
                         o.compute.ttftMs,
                         o.compute.tpotMs,
                         o.gpuUsdPerMonth,
                         o.apiUsdPerMonth,
                         o.egressUsdPerMonth,
                         o.usdPerMonth(),
                         o.usdPerMTok(),
                         b.propagationMs,
                         b.inflationMs,
                         b.accessMs,
                         b.queueingMs,
                         b.prefillMs,
                         b.decodeMs})
            f << QString::number(v, 'g', 10);
        f << CsvTable::quote(o.issue);
        out += f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return out.toUtf8();
}

} // namespace

QJsonObject planToJson(const Scenario &s, const PlanOutcome &plan)
{
    QJsonArray workloads;
    for (const WorkloadOutcome &o : plan.workloads) {
        const Workload &w = s.workloads[o.workload];
        const LatencyBreakdown &b = o.breakdown;
        workloads.append(QJsonObject{
            {QStringLiteral("id"), w.id},
            {QStringLiteral("tier"), tierId(o.tier)},
            {QStringLiteral("feasible"), o.feasible},
            {QStringLiteral("issue"), o.issue},
            {QStringLiteral("p50Ms"), o.p50Ms},
            {QStringLiteral("p95Ms"), o.p95Ms},
            {QStringLiteral("p99Ms"), o.p99Ms},
            {QStringLiteral("sloMs"), o.sloMs},
            {QStringLiteral("budgetMs"), w.slo.budgetMs},
            {QStringLiteral("attainmentPct"), o.attainmentPct},
            {QStringLiteral("offeredRps"), o.offeredRps},
            {QStringLiteral("goodputRps"), o.goodputRps},
            {QStringLiteral("sites"), o.sites},
            {QStringLiteral("gpus"), o.gpus},
            {QStringLiteral("gpusPerReplica"), o.gpusPerReplica},
            {QStringLiteral("batch"), o.compute.batch},
            {QStringLiteral("ttftMs"), o.compute.ttftMs},
            {QStringLiteral("tpotMs"), o.compute.tpotMs},
            {QStringLiteral("gpuUsdPerMonth"), o.gpuUsdPerMonth},
            {QStringLiteral("apiUsdPerMonth"), o.apiUsdPerMonth},
            {QStringLiteral("egressUsdPerMonth"), o.egressUsdPerMonth},
            {QStringLiteral("usdPerMonth"), o.usdPerMonth()},
            {QStringLiteral("usdPerMTok"), o.usdPerMTok()},
            {QStringLiteral("breakdownMs"), QJsonObject{{QStringLiteral("propagation"), b.propagationMs},
                                                        {QStringLiteral("inflation"), b.inflationMs},
                                                        {QStringLiteral("access"), b.accessMs},
                                                        {QStringLiteral("queueing"), b.queueingMs},
                                                        {QStringLiteral("prefill"), b.prefillMs},
                                                        {QStringLiteral("decode"), b.decodeMs}}}});
    }
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
        return csv(s, plan);
    case PlanFormat::Json:
        return QJsonDocument(planToJson(s, plan)).toJson(QJsonDocument::Indented);
    }
    return {};
}

} // namespace ea
