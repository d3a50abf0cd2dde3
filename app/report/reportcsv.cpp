// SPDX-License-Identifier: GPL-3.0-or-later
// The report's numbers as one CSV table (a `kind` column per row).
#include "app/report/reportwriter.h"

#include "engine/model/whatif.h"
#include "engine/plan/plancolumns.h"

#include <QHash>

namespace ea {

namespace {

/** The table's columns: kind and id, the workload columns of the catalogue, what the baseline had, the
 * sites' own, and the issue. Rows of other kinds fill the columns that apply to them. */
const QStringList &columns()
{
    static const QStringList all =
        QStringList{QStringLiteral("kind"), QStringLiteral("id")} + plancolumns::reportCsv() +
        plancolumns::changeCsv(QStringLiteral("baseline")) + plancolumns::whatIfCsv() +
        QStringList{QStringLiteral("usable_gpus"), QStringLiteral("peak_rps"), QStringLiteral("utilization"),
                    QStringLiteral("workloads"), QStringLiteral("issue")};
    return all;
}

/** One row, filled by column name; numbers as `edgeatlas plan --format csv` writes them. */
class Row
{
public:
    Row &text(const QString &column, const QString &v)
    {
        m_cells.insert(column, csvCell(v));
        return *this;
    }
    Row &num(const QString &column, double v)
    {
        m_cells.insert(column, csvCell(v));
        return *this;
    }
    /** Cells from the catalogue's columns. */
    template <typename R> Row &cells(const std::vector<const Column<R> *> &columns, const R &row)
    {
        const QStringList values = csvCells(columns, row);
        for (size_t i = 0; i < columns.size(); ++i)
            m_cells.insert(columns[i]->id, values[qsizetype(i)]);
        return *this;
    }
    QString line() const
    {
        QStringList f;
        for (const QString &c : columns())
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
    QString out = columns().join(QLatin1Char(',')) + QLatin1Char('\n');
    const auto workload = workloadColumns(plancolumns::reportCsv() << QStringLiteral("issue"));
    const std::vector<ChangeColumn> changes = changeColumns(QStringLiteral("baseline"));
    const auto baseline = pick(changes, plancolumns::changeCsv(QStringLiteral("baseline")));
    const std::vector<WorkloadRow> rows = workloadRows(s, *d.plan);
    const WhatIfPlan *whatIf = d.snapshot ? d.snapshot->whatIf.get() : nullptr;
    const auto whatIfCells = whatIfColumns(plancolumns::whatIfCsv());
    for (size_t i = 0; i < rows.size(); ++i) {
        Row r;
        r.text(QStringLiteral("kind"), QStringLiteral("workload"))
            .text(QStringLiteral("id"), rows[i].spec.id)
            .cells(workload, rows[i]);
        if (d.changes)
            r.cells(baseline, ChangeRow{rows[i].spec, d.changes->workloads[i]});
        if (whatIf)
            r.cells(whatIfCells, WhatIfRow{s, whatIf->comparison.workloads[i]});
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
    if (whatIf) {
        // The conditions, one row each, and the plan under them beside the plan's own figures.
        for (size_t i = 0; i < whatIf->conditions.size(); ++i)
            out += Row()
                       .text(QStringLiteral("kind"), QStringLiteral("what_if_condition"))
                       .text(QStringLiteral("id"), whatIfKindId(whatIf->conditions[i].kind))
                       .text(QStringLiteral("name"), describeWhatIf(whatIf->conditions[i]))
                       .line();
        for (const RegionLostSlo &r : regionsLostSlo(whatIf->comparison)) {
            QStringList workloads;
            for (int wl : r.workloads)
                workloads << s.workloads[size_t(wl)].id;
            out += Row()
                       .text(QStringLiteral("kind"), QStringLiteral("what_if_region_lost_slo"))
                       .text(QStringLiteral("id"), s.regions[size_t(r.region)].id)
                       .text(QStringLiteral("name"), s.regions[size_t(r.region)].name)
                       .text(QStringLiteral("workloads"), workloads.join(QLatin1Char(' ')))
                       .line();
        }
        const WhatIfComparison &c = whatIf->comparison;
        int met = 0;
        for (const WhatIfWorkloadDelta &x : c.workloads)
            met += x.meetsSloAfter ? 1 : 0;
        out += Row()
                   .text(QStringLiteral("kind"), QStringLiteral("what_if_total"))
                   .text(QStringLiteral("id"), QStringLiteral("plan"))
                   .text(QStringLiteral("name"), s.name)
                   .num(QStringLiteral("usd_per_month"), c.usdPerMonthBefore)
                   .num(QStringLiteral("attainment_pct"), c.attainmentPctBefore)
                   .num(QStringLiteral("meets_slo"), d.workloadsMeetingSlo)
                   .num(QStringLiteral("what_if_usd_per_month"), c.usdPerMonthAfter)
                   .num(QStringLiteral("what_if_attainment_pct"), c.attainmentPctAfter)
                   .num(QStringLiteral("what_if_meets_slo"), met)
                   .num(QStringLiteral("what_if_offered_rps"), whatIf->outcome->offeredRps)
                   .num(QStringLiteral("what_if_unserved_rps"), c.unservedRps)
                   .num(QStringLiteral("workloads"), int(c.workloads.size()))
                   .line();
    }
    return out.toUtf8();
}

} // namespace ea
