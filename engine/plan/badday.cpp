// SPDX-License-Identifier: GPL-3.0-or-later
// Output of `plan --what-if` and `resilience`: tables for people, JSON and CSV for machines.
#include "engine/plan/badday.h"

#include "engine/model/csvtable.h"
#include "engine/model/units.h"
#include "engine/plan/plancolumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ea {

namespace {

/** Columns padded to their widest cell; the first `leftColumns` left-aligned, the rest right-aligned. */
QString textGrid(const QList<QStringList> &rows, int leftColumns)
{
    QList<qsizetype> width;
    for (const QStringList &row : rows)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (width.size() <= c)
                width.append(0);
            width[c] = std::max(width[c], row[c].size());
        }
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (qsizetype c = 0; c < row.size(); ++c)
            cells << (c < leftColumns ? row[c].leftJustified(width[c]) : row[c].rightJustified(width[c]));
        out += cells.join(QStringLiteral("  ")).trimmed() + QLatin1Char('\n');
    }
    return out;
}

QString arrow(const QString &a, const QString &b)
{
    return a == b ? a : a + QStringLiteral(" -> ") + b;
}

QString signedUsd(double v)
{
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("-") : QString()) + units::usd(std::abs(v));
}

QString csvRow(const QStringList &cells)
{
    QStringList q;
    for (const QString &c : cells)
        q << CsvTable::quote(c);
    return q.join(QLatin1Char(',')) + QLatin1Char('\n');
}

QString num(double v)
{
    return QString::number(v, 'g', 10);
}

QString regionLabel(const Scenario &s, int r)
{
    const DemandRegion &d = s.regions[size_t(r)];
    return QStringLiteral("%1 (%2)").arg(d.name, d.country);
}

QString failureKind(const Failure &f)
{
    return f.kind == Failure::Kind::Site ? QStringLiteral("site") : QStringLiteral("zone-of-tier");
}

} // namespace

QByteArray formatWhatIf(const Scenario &s, const std::vector<WhatIfCondition> &conditions,
                        const PlanOutcome &before, const Scenario &applied, const PlanOutcome &after,
                        PlanFormat format)
{
    const WhatIfComparison cmp = compareOutcomes(before, after);
    if (format == PlanFormat::Json) {
        QJsonArray workloads; // the catalogue's what-if columns, as the report's JSON writes them
        const auto columns = whatIfColumns(plancolumns::whatIfJson());
        for (const WhatIfRow &row : whatIfRows(s, cmp))
            workloads.append(jsonObject(columns, row));
        const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("edgeatlas-whatif-plan/1")},
                               {QStringLiteral("conditions"), whatIfListToJson(conditions)},
                               {QStringLiteral("usdPerMonthBefore"), cmp.usdPerMonthBefore},
                               {QStringLiteral("usdPerMonthAfter"), cmp.usdPerMonthAfter},
                               {QStringLiteral("attainmentPctBefore"), cmp.attainmentPctBefore},
                               {QStringLiteral("attainmentPctAfter"), cmp.attainmentPctAfter},
                               {QStringLiteral("unservedRps"), cmp.unservedRps},
                               {QStringLiteral("workloads"), workloads},
                               {QStringLiteral("before"), planToJson(s, before)},
                               {QStringLiteral("after"), planToJson(applied, after)}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    if (format == PlanFormat::Csv) {
        QString out = csvRow({QStringLiteral("workload"), QStringLiteral("tier"),
                              QStringLiteral("usd_per_month_before"), QStringLiteral("usd_per_month_after"),
                              QStringLiteral("attainment_pct_before"), QStringLiteral("attainment_pct_after"),
                              QStringLiteral("meets_slo_before"), QStringLiteral("meets_slo_after"),
                              QStringLiteral("offered_rps_after"), QStringLiteral("unserved_rps"),
                              QStringLiteral("regions_moved"), QStringLiteral("regions_lost_slo")});
        for (const WhatIfWorkloadDelta &d : cmp.workloads)
            out += csvRow({s.workloads[size_t(d.workload)].id, tierId(before.placement[size_t(d.workload)]),
                           num(d.usdPerMonthBefore), num(d.usdPerMonthAfter), num(d.attainmentPctBefore),
                           num(d.attainmentPctAfter), d.meetsSloBefore ? "true" : "false",
                           d.meetsSloAfter ? "true" : "false", num(d.offeredRpsAfter), num(d.unservedRps),
                           QString::number(d.regionsMoved.size()), QString::number(d.regionsLostSlo.size())});
        return out.toUtf8();
    }
    QString out = QStringLiteral("what-if: %1 condition(s)\n").arg(conditions.size());
    for (const WhatIfCondition &c : conditions)
        out += QStringLiteral("  - %1\n").arg(describeWhatIf(c));
    out += QStringLiteral("\nplan without -> with the conditions\n");
    out += textGrid({{QStringLiteral("cost per month"), units::usd(cmp.usdPerMonthBefore),
                      QStringLiteral("->"), units::usd(cmp.usdPerMonthAfter),
                      QStringLiteral("(%1)").arg(signedUsd(cmp.usdPerMonthAfter - cmp.usdPerMonthBefore))},
                     {QStringLiteral("SLO attainment"), units::percent(cmp.attainmentPctBefore),
                      QStringLiteral("->"), units::percent(cmp.attainmentPctAfter), QString()},
                     {QStringLiteral("offered demand"), units::rps(before.offeredRps), QStringLiteral("->"),
                      units::rps(after.offeredRps), QString()},
                     {QStringLiteral("unserved demand"),
                      units::rps(std::max(
                          0.0, before.offeredRps -
                                   [&] {
                                       double served = 0;
                                       for (const WorkloadOutcome &w : before.workloads)
                                           served += w.servedRps;
                                       return served;
                                   }())),
                      QStringLiteral("->"), units::rps(cmp.unservedRps), QString()}},
                    1);
    QList<QStringList> rows{{QStringLiteral("workload"), QStringLiteral("tier"), QStringLiteral("cost/month"),
                             QStringLiteral("attainment"), QStringLiteral("SLO"), QStringLiteral("unserved"),
                             QStringLiteral("regions moved"), QStringLiteral("regions lost SLO")}};
    for (const WhatIfWorkloadDelta &d : cmp.workloads)
        rows.append({s.workloads[size_t(d.workload)].id, tierId(before.placement[size_t(d.workload)]),
                     arrow(units::usd(d.usdPerMonthBefore), units::usd(d.usdPerMonthAfter)),
                     arrow(units::percent(d.attainmentPctBefore), units::percent(d.attainmentPctAfter)),
                     arrow(d.meetsSloBefore ? QStringLiteral("met") : QStringLiteral("missed"),
                           d.meetsSloAfter ? QStringLiteral("met") : QStringLiteral("missed")),
                     units::rps(d.unservedRps), units::count(double(d.regionsMoved.size())),
                     units::count(double(d.regionsLostSlo.size()))});
    out += QLatin1Char('\n') + textGrid(rows, 2);
    bool header = false;
    for (const WhatIfWorkloadDelta &d : cmp.workloads) {
        if (d.regionsLostSlo.empty())
            continue;
        if (!header)
            out += QStringLiteral("\nregions that lost their SLO:\n");
        header = true;
        QStringList names;
        for (size_t i = 0; i < d.regionsLostSlo.size() && i < 10; ++i)
            names << regionLabel(s, d.regionsLostSlo[i]);
        if (d.regionsLostSlo.size() > 10)
            names << QStringLiteral("and %1 more").arg(d.regionsLostSlo.size() - 10);
        out += QStringLiteral("  %1: %2\n")
                   .arg(s.workloads[size_t(d.workload)].id, names.join(QStringLiteral(", ")));
    }
    for (const WorkloadOutcome &o : after.workloads)
        if (!o.issue.isEmpty())
            out += QStringLiteral("note (with the conditions): %1: %2\n")
                       .arg(s.workloads[size_t(o.workload)].id, o.issue);
    return out.toUtf8();
}

QByteArray formatResilience(const Scenario &s, const PlanOutcome &plan, const ResilienceReport &report,
                            PlanFormat format)
{
    int sites = 0, zones = 0;
    for (const Failure &f : report.failures)
        (f.kind == Failure::Kind::Site ? sites : zones) += 1;
    if (format == PlanFormat::Json) {
        QJsonArray impacts;
        for (const FailureImpact &i : report.impacts) {
            const Failure &f = report.failures[size_t(i.failure)];
            QJsonArray nodes, regions, workloads;
            for (int n : f.nodes)
                nodes.append(s.nodes[size_t(n)].id);
            for (int r : i.regionsAffected)
                regions.append(s.regions[size_t(r)].id);
            for (const FailureImpact::Workload &w : i.workloads)
                workloads.append(QJsonObject{{QStringLiteral("id"), s.workloads[size_t(w.workload)].id},
                                             {QStringLiteral("breaksSlo"), w.breaksSlo},
                                             {QStringLiteral("attainmentPctBefore"), w.attainmentPctBefore},
                                             {QStringLiteral("attainmentPctAfter"), w.attainmentPctAfter},
                                             {QStringLiteral("usdPerMonthBefore"), w.usdPerMonthBefore},
                                             {QStringLiteral("usdPerMonthAfter"), w.usdPerMonthAfter},
                                             {QStringLiteral("regionsMoved"), w.regionsMoved},
                                             {QStringLiteral("regionsLostSlo"), w.regionsLostSlo}});
            impacts.append(QJsonObject{{QStringLiteral("failure"), f.label},
                                       {QStringLiteral("kind"), failureKind(f)},
                                       {QStringLiteral("tier"), tierId(f.tier)},
                                       {QStringLiteral("nodes"), nodes},
                                       {QStringLiteral("breaksSlo"), i.breaksSlo()},
                                       {QStringLiteral("worstDropPct"), i.worstDropPct()},
                                       {QStringLiteral("attainmentPctBefore"), i.attainmentPctBefore},
                                       {QStringLiteral("attainmentPctAfter"), i.attainmentPctAfter},
                                       {QStringLiteral("usdPerMonthBefore"), i.usdPerMonthBefore},
                                       {QStringLiteral("usdPerMonthAfter"), i.usdPerMonthAfter},
                                       {QStringLiteral("failedSitesUsdPerMonth"), i.failedSitesUsdPerMonth},
                                       {QStringLiteral("spillUsdPerMonth"), i.spillUsdPerMonth()},
                                       {QStringLiteral("unservedRps"), i.unservedRps},
                                       {QStringLiteral("regionsAffected"), regions},
                                       {QStringLiteral("workloads"), workloads}});
        }
        const QJsonObject root{{QStringLiteral("schema"), QStringLiteral("edgeatlas-resilience/1")},
                               {QStringLiteral("scenario"), s.name},
                               {QStringLiteral("usdPerMonth"), plan.usdPerMonth},
                               {QStringLiteral("attainmentPct"), plan.attainmentPct},
                               {QStringLiteral("failuresEvaluated"), qint64(report.failures.size())},
                               {QStringLiteral("siteFailures"), sites},
                               {QStringLiteral("zoneOfTierFailures"), zones},
                               {QStringLiteral("breaking"), report.breaking},
                               {QStringLiteral("impacts"), impacts}};
        return QJsonDocument(root).toJson(QJsonDocument::Indented);
    }
    if (format == PlanFormat::Csv) {
        QString out = csvRow({QStringLiteral("rank"), QStringLiteral("failure"), QStringLiteral("kind"),
                              QStringLiteral("tier"), QStringLiteral("nodes"), QStringLiteral("workload"),
                              QStringLiteral("breaks_slo"), QStringLiteral("attainment_pct_before"),
                              QStringLiteral("attainment_pct_after"), QStringLiteral("drop_pct"),
                              QStringLiteral("regions_moved"), QStringLiteral("regions_lost_slo"),
                              QStringLiteral("usd_per_month_before"), QStringLiteral("usd_per_month_after"),
                              QStringLiteral("plan_spill_usd_per_month"), QStringLiteral("plan_unserved_rps"),
                              QStringLiteral("plan_regions_affected")});
        int rank = 0;
        for (const FailureImpact &i : report.impacts) {
            ++rank;
            const Failure &f = report.failures[size_t(i.failure)];
            for (const FailureImpact::Workload &w : i.workloads)
                out += csvRow({QString::number(rank), f.label, failureKind(f), tierId(f.tier),
                               QString::number(f.nodes.size()), s.workloads[size_t(w.workload)].id,
                               w.breaksSlo ? "true" : "false", num(w.attainmentPctBefore),
                               num(w.attainmentPctAfter), num(w.attainmentPctBefore - w.attainmentPctAfter),
                               QString::number(w.regionsMoved), QString::number(w.regionsLostSlo),
                               num(w.usdPerMonthBefore), num(w.usdPerMonthAfter), num(i.spillUsdPerMonth()),
                               num(i.unservedRps), QString::number(i.regionsAffected.size())});
        }
        return out.toUtf8();
    }
    QString out =
        QStringLiteral("N+1 check of %1: %2 failures evaluated (%3 single sites, %4 zone-of-tier)%5\n"
                       "plan: %6 per month, SLO attainment %7\n"
                       "%8 failure(s) break a workload's SLO; %9 more move demand without breaking one\n")
            .arg(s.name)
            .arg(units::count(double(report.failures.size())), units::count(sites), units::count(zones),
                 report.cancelled ? QStringLiteral(" (cancelled: incomplete)") : QString(),
                 units::usd(plan.usdPerMonth), units::percent(plan.attainmentPct))
            .arg(report.breaking)
            .arg(report.impacts.size() - size_t(report.breaking));
    if (report.breaking == 0)
        return out.toUtf8();
    QList<QStringList> rows{{QStringLiteral("#"), QStringLiteral("failure"), QStringLiteral("kind"),
                             QStringLiteral("breaks (attainment before -> after)"),
                             QStringLiteral("worst drop"), QStringLiteral("regions"),
                             QStringLiteral("spill cost/month"), QStringLiteral("unserved")}};
    int rank = 0;
    for (const FailureImpact &i : report.impacts) {
        if (!i.breaksSlo())
            break;
        const Failure &f = report.failures[size_t(i.failure)];
        QStringList broken;
        for (const FailureImpact::Workload &w : i.workloads)
            if (w.breaksSlo)
                broken << QStringLiteral("%1 %2").arg(
                    s.workloads[size_t(w.workload)].id,
                    arrow(units::percent(w.attainmentPctBefore), units::percent(w.attainmentPctAfter)));
        rows.append({QString::number(++rank), f.label, failureKind(f), broken.join(QStringLiteral("; ")),
                     QStringLiteral("%1 pp").arg(i.worstDropPct(), 0, 'f', 1),
                     units::count(double(i.regionsAffected.size())), signedUsd(i.spillUsdPerMonth()),
                     units::rps(i.unservedRps)});
    }
    out += QLatin1Char('\n') + textGrid(rows, 4);
    return out.toUtf8();
}

} // namespace ea
