// SPDX-License-Identifier: GPL-3.0-or-later
// The report's numbers as one CSV table (a `kind` column per row).
#include "app/report/reportwriter.h"

#include "engine/model/csvtable.h"

#include <QHash>

namespace ea {

namespace {

const QStringList kColumns{QStringLiteral("kind"),
                           QStringLiteral("id"),
                           QStringLiteral("name"),
                           QStringLiteral("tier"),
                           QStringLiteral("slo_metric"),
                           QStringLiteral("slo_percentile"),
                           QStringLiteral("slo_budget_ms"),
                           QStringLiteral("p50_ms"),
                           QStringLiteral("p95_ms"),
                           QStringLiteral("p99_ms"),
                           QStringLiteral("attainment_pct"),
                           QStringLiteral("meets_slo"),
                           QStringLiteral("offered_rps"),
                           QStringLiteral("goodput_rps"),
                           QStringLiteral("sites"),
                           QStringLiteral("gpus"),
                           QStringLiteral("gpus_per_replica"),
                           QStringLiteral("batch"),
                           QStringLiteral("ttft_ms"),
                           QStringLiteral("tpot_ms"),
                           QStringLiteral("gpu_usd_per_month"),
                           QStringLiteral("api_usd_per_month"),
                           QStringLiteral("egress_usd_per_month"),
                           QStringLiteral("usd_per_month"),
                           QStringLiteral("usd_per_mtok"),
                           QStringLiteral("propagation_ms"),
                           QStringLiteral("inflation_ms"),
                           QStringLiteral("access_ms"),
                           QStringLiteral("queueing_ms"),
                           QStringLiteral("prefill_ms"),
                           QStringLiteral("decode_ms"),
                           QStringLiteral("baseline_tier"),
                           QStringLiteral("baseline_usd_per_month"),
                           QStringLiteral("usable_gpus"),
                           QStringLiteral("peak_rps"),
                           QStringLiteral("utilization"),
                           QStringLiteral("workloads"),
                           QStringLiteral("issue")};

/** One row, filled by column name; numbers as `edgeatlas plan --format csv` writes them. */
class Row
{
public:
    Row &text(const QString &column, const QString &v)
    {
        m_cells.insert(column, CsvTable::quote(v));
        return *this;
    }
    Row &num(const QString &column, double v)
    {
        m_cells.insert(column, QString::number(v, 'g', 10));
        return *this;
    }
    QString line() const
    {
        QStringList f;
        for (const QString &c : kColumns)
            f << m_cells.value(c);
        return f.join(QLatin1Char(',')) + QLatin1Char('\n');
    }

private:
    QHash<QString, QString> m_cells;
};

} // namespace

QByteArray reportCsv(const ReportData &d)
{
    const Scenario &s = *d.scenario;
    QString out = kColumns.join(QLatin1Char(',')) + QLatin1Char('\n');
    for (size_t i = 0; i < d.plan->workloads.size(); ++i) {
        const WorkloadOutcome &o = d.plan->workloads[i];
        const Workload &w = d.workload(o);
        const LatencyBreakdown &b = o.breakdown;
        Row r;
        r.text(QStringLiteral("kind"), QStringLiteral("workload"))
            .text(QStringLiteral("id"), w.id)
            .text(QStringLiteral("name"), w.name)
            .text(QStringLiteral("tier"), tierId(o.tier))
            .text(QStringLiteral("slo_metric"),
                  w.slo.metric == SloMetric::Ttft ? QStringLiteral("ttft") : QStringLiteral("e2e"))
            .num(QStringLiteral("slo_percentile"), w.slo.percentile)
            .num(QStringLiteral("slo_budget_ms"), w.slo.budgetMs)
            .num(QStringLiteral("p50_ms"), o.p50Ms)
            .num(QStringLiteral("p95_ms"), o.p95Ms)
            .num(QStringLiteral("p99_ms"), o.p99Ms)
            .num(QStringLiteral("attainment_pct"), o.attainmentPct)
            .num(QStringLiteral("meets_slo"), meetsSlo(o) ? 1 : 0)
            .num(QStringLiteral("offered_rps"), o.offeredRps)
            .num(QStringLiteral("goodput_rps"), o.goodputRps)
            .num(QStringLiteral("sites"), o.sites)
            .num(QStringLiteral("gpus"), o.gpus)
            .num(QStringLiteral("gpus_per_replica"), o.gpusPerReplica)
            .num(QStringLiteral("batch"), o.compute.batch)
            .num(QStringLiteral("ttft_ms"), o.compute.ttftMs)
            .num(QStringLiteral("tpot_ms"), o.compute.tpotMs)
            .num(QStringLiteral("gpu_usd_per_month"), o.gpuUsdPerMonth)
            .num(QStringLiteral("api_usd_per_month"), o.apiUsdPerMonth)
            .num(QStringLiteral("egress_usd_per_month"), o.egressUsdPerMonth)
            .num(QStringLiteral("usd_per_month"), o.usdPerMonth())
            .num(QStringLiteral("usd_per_mtok"), o.usdPerMTok())
            .num(QStringLiteral("propagation_ms"), b.propagationMs)
            .num(QStringLiteral("inflation_ms"), b.inflationMs)
            .num(QStringLiteral("access_ms"), b.accessMs)
            .num(QStringLiteral("queueing_ms"), b.queueingMs)
            .num(QStringLiteral("prefill_ms"), b.prefillMs)
            .num(QStringLiteral("decode_ms"), b.decodeMs)
            .text(QStringLiteral("issue"), o.issue);
        if (d.baseline) {
            const WorkloadOutcome &before = d.baseline->workloads[i];
            r.text(QStringLiteral("baseline_tier"), tierId(before.tier))
                .num(QStringLiteral("baseline_usd_per_month"), before.usdPerMonth());
        }
        out += r.line();
    }
    for (Tier t : AllTiers) {
        const TierTotals &x = d.tiers[static_cast<int>(t)];
        if (x.workloads == 0)
            continue;
        out += Row()
                   .text(QStringLiteral("kind"), QStringLiteral("tier"))
                   .text(QStringLiteral("id"), tierId(t))
                   .text(QStringLiteral("name"), tierLabel(t))
                   .text(QStringLiteral("tier"), tierId(t))
                   .num(QStringLiteral("sites"), x.sites)
                   .num(QStringLiteral("gpus"), x.gpus)
                   .num(QStringLiteral("gpu_usd_per_month"), x.gpuUsdPerMonth)
                   .num(QStringLiteral("api_usd_per_month"), x.apiUsdPerMonth)
                   .num(QStringLiteral("egress_usd_per_month"), x.egressUsdPerMonth)
                   .num(QStringLiteral("usd_per_month"), x.usdPerMonth())
                   .num(QStringLiteral("workloads"), x.workloads)
                   .line();
    }
    for (const ReportSite &site : d.busiestSites) {
        const Node &n = s.nodes[site.node];
        out += Row()
                   .text(QStringLiteral("kind"), QStringLiteral("site"))
                   .text(QStringLiteral("id"), n.id)
                   .text(QStringLiteral("name"), n.name)
                   .text(QStringLiteral("tier"), tierId(n.tier))
                   .num(QStringLiteral("gpus"), site.gpus)
                   .num(QStringLiteral("usable_gpus"), site.usableGpus)
                   .num(QStringLiteral("peak_rps"), site.peakRps)
                   .num(QStringLiteral("utilization"), site.utilization)
                   .num(QStringLiteral("gpu_usd_per_month"), site.usdPerMonth)
                   .num(QStringLiteral("usd_per_month"), site.usdPerMonth)
                   .num(QStringLiteral("workloads"), site.workloads)
                   .line();
    }
    const auto total = [&](const QString &kind, const PlanOutcome &p, int met) {
        return Row()
            .text(QStringLiteral("kind"), kind)
            .text(QStringLiteral("id"), QStringLiteral("plan"))
            .text(QStringLiteral("name"), s.name)
            .num(QStringLiteral("attainment_pct"), p.attainmentPct)
            .num(QStringLiteral("offered_rps"), p.offeredRps)
            .num(QStringLiteral("goodput_rps"), p.goodputRps)
            .num(QStringLiteral("gpus"), p.gpus)
            .num(QStringLiteral("usd_per_month"), p.usdPerMonth)
            .num(QStringLiteral("meets_slo"), met)
            .num(QStringLiteral("workloads"), int(p.workloads.size()))
            .line();
    };
    out += total(QStringLiteral("total"), *d.plan, d.workloadsMeetingSlo);
    if (d.changes)
        out += total(QStringLiteral("baseline_total"), *d.baseline, d.changes->metBefore);
    return out.toUtf8();
}

} // namespace ea
