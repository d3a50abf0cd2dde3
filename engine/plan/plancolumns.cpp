// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/plancolumns.h"

#include "engine/model/csvtable.h"
#include "engine/model/units.h"
#include "engine/plan/placementtext.h"

#include <QJsonValue>

#include <algorithm>
#include <stdexcept>

namespace ea {

namespace {

/** A split workload's zones that run in another tier than its own, {"EU": "edge", ...} (empty: not split). */
QVariantMap zoneTiersMap(Tier tier, const ZoneTiers &zones)
{
    QVariantMap m;
    for (int z = 0; z < geo::kZoneCount; ++z)
        if (zones[size_t(z)] && *zones[size_t(z)] != tier)
            m.insert(geo::zoneCode(static_cast<geo::Zone>(z)), tierId(*zones[size_t(z)]));
    return m;
}

using W = WorkloadRow;

QString sloMetricId(SloMetric m)
{
    return m == SloMetric::Ttft ? QStringLiteral("ttft") : QStringLiteral("e2e");
}

/** A number column read from the outcome, shown in the table with a units:: formatter (or not at all). */
WorkloadColumn number(const char *id, const char *json, const char *unit,
                      std::function<double(const W &)> get, const char *header = "",
                      QString (*format)(double) = nullptr)
{
    WorkloadColumn c{QString::fromLatin1(id),
                     QString::fromLatin1(json),
                     QString::fromLatin1(unit),
                     QString::fromLatin1(header),
                     [get](const W &r) { return QVariant(get(r)); },
                     {}};
    if (format)
        c.display = [get, format](const W &r) { return format(get(r)); };
    return c;
}

/** A count (JSON integer), shown as the plain number. */
WorkloadColumn integer(const char *id, const char *json, std::function<int(const W &)> get,
                       const char *header = "")
{
    WorkloadColumn c{QString::fromLatin1(id),
                     QString::fromLatin1(json),
                     QStringLiteral("count"),
                     QString::fromLatin1(header),
                     [get](const W &r) { return QVariant(get(r)); },
                     {}};
    if (*header)
        c.display = [get](const W &r) { return QString::number(get(r)); };
    return c;
}

WorkloadColumn text(const char *id, const char *json, std::function<QString(const W &)> get,
                    const char *header = "")
{
    WorkloadColumn c{QString::fromLatin1(id),
                     QString::fromLatin1(json),
                     QString(),
                     QString::fromLatin1(header),
                     [get](const W &r) { return QVariant(get(r)); },
                     {}};
    if (*header)
        c.display = get;
    return c;
}

WorkloadColumn flag(const char *id, const char *json, std::function<bool(const W &)> get)
{
    return {QString::fromLatin1(id),
            QString::fromLatin1(json),
            QString(),
            QString(),
            [get](const W &r) { return QVariant(get(r)); },
            {}};
}

std::vector<WorkloadColumn> makeWorkloadColumns()
{
    QString (*ms)(double) = units::ms;
    const auto percent = [](double v) { return units::percent(v); };
    QString (*pct)(double) = percent;
    return {
        text(
            "workload", "id", [](const W &r) { return r.spec.id; }, "workload"),
        text("name", "name", [](const W &r) { return r.spec.name; }),
        WorkloadColumn{QStringLiteral("tier"), QStringLiteral("tier"), QString(), QStringLiteral("tier"),
                       [](const W &r) { return QVariant(tierId(r.outcome.tier)); },
                       [](const W &r) { return placementText(r.outcome.tier, zoneTiersOf(r.outcome)); }},
        WorkloadColumn{
            QStringLiteral("zone_tiers"),
            QStringLiteral("zoneTiers"),
            QString(),
            QString(),
            [](const W &r) { return QVariant(zoneTiersMap(r.outcome.tier, zoneTiersOf(r.outcome))); },
            {}},
        // What access_ms is the last mile of: the workload's access profile.
        text("access", "access", [](const W &r) { return accessProfileId(r.spec.access); }),
        text(
            "slo", "slo", [](const W &r) { return units::slo(r.spec.slo); }, "SLO"),
        text("slo_metric", "sloMetric", [](const W &r) { return sloMetricId(r.spec.slo.metric); }),
        number("slo_percentile", "sloPercentile", "%", [](const W &r) { return r.spec.slo.percentile; }),
        number("slo_budget_ms", "budgetMs", "ms", [](const W &r) { return r.spec.slo.budgetMs; }),
        flag("feasible", "feasible", [](const W &r) { return r.outcome.feasible; }),
        number(
            "p50_ms", "p50Ms", "ms", [](const W &r) { return r.outcome.p50Ms; }, "p50", ms),
        number(
            "p95_ms", "p95Ms", "ms", [](const W &r) { return r.outcome.p95Ms; }, "p95", ms),
        number(
            "p99_ms", "p99Ms", "ms", [](const W &r) { return r.outcome.p99Ms; }, "p99", ms),
        number("slo_ms", "sloMs", "ms", [](const W &r) { return r.outcome.sloMs; }),
        number(
            "attainment_pct", "attainmentPct", "%", [](const W &r) { return r.outcome.attainmentPct; },
            "attain", pct),
        flag("meets_slo", "meetsSlo", [](const W &r) { return meetsSlo(r.outcome); }),
        number("offered_rps", "offeredRps", "req/s", [](const W &r) { return r.outcome.offeredRps; }),
        number("goodput_rps", "goodputRps", "req/s", [](const W &r) { return r.outcome.goodputRps; }),
        integer(
            "sites", "sites", [](const W &r) { return r.outcome.sites; }, "sites"),
        integer(
            "gpus", "gpus", [](const W &r) { return r.outcome.gpus; }, "GPUs"),
        integer("gpus_per_replica", "gpusPerReplica", [](const W &r) { return r.outcome.gpusPerReplica; }),
        integer(
            "batch", "batch", [](const W &r) { return r.outcome.compute.batch; }, "batch"),
        number("ttft_ms", "ttftMs", "ms", [](const W &r) { return r.outcome.compute.ttftMs; }),
        number("tpot_ms", "tpotMs", "ms", [](const W &r) { return r.outcome.compute.tpotMs; }),
        number("gpu_usd_per_month", "gpuUsdPerMonth", "USD/month",
               [](const W &r) { return r.outcome.gpuUsdPerMonth; }),
        number("api_usd_per_month", "apiUsdPerMonth", "USD/month",
               [](const W &r) { return r.outcome.apiUsdPerMonth; }),
        number("egress_usd_per_month", "egressUsdPerMonth", "USD/month",
               [](const W &r) { return r.outcome.egressUsdPerMonth; }),
        number(
            "usd_per_month", "usdPerMonth", "USD/month", [](const W &r) { return r.outcome.usdPerMonth(); },
            "cost/mo", units::usd),
        number(
            "usd_per_mtok", "usdPerMTok", "USD/Mtok", [](const W &r) { return r.outcome.usdPerMTok(); },
            "$/Mtok", units::usdPrecise),
        number("propagation_ms", "breakdownMs.propagation", "ms",
               [](const W &r) { return r.outcome.breakdown.propagationMs; }),
        number("inflation_ms", "breakdownMs.inflation", "ms",
               [](const W &r) { return r.outcome.breakdown.inflationMs; }),
        number("access_ms", "breakdownMs.access", "ms",
               [](const W &r) { return r.outcome.breakdown.accessMs; }),
        number("queueing_ms", "breakdownMs.queueing", "ms",
               [](const W &r) { return r.outcome.breakdown.queueingMs; }),
        number("prefill_ms", "breakdownMs.prefill", "ms",
               [](const W &r) { return r.outcome.breakdown.prefillMs; }),
        number("decode_ms", "breakdownMs.decode", "ms",
               [](const W &r) { return r.outcome.breakdown.decodeMs; }),
        text("issue", "issue", [](const W &r) { return r.outcome.issue; }),
    };
}

QStringList ids(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

template <typename C> const C *find(const std::vector<C> &from, const QString &id)
{
    const auto it = std::find_if(from.begin(), from.end(), [&](const C &c) { return c.id == id; });
    if (it == from.end())
        throw std::logic_error("no column " + id.toStdString());
    return &*it;
}

} // namespace

const std::vector<WorkloadColumn> &workloadColumns()
{
    static const std::vector<WorkloadColumn> columns = makeWorkloadColumns();
    return columns;
}

std::vector<ChangeColumn> changeColumns(const QString &other)
{
    using C = ChangeRow;
    const auto col = [](QString id, const char *json, const char *unit,
                        std::function<QVariant(const C &)> get) {
        return ChangeColumn{std::move(id),
                            QString::fromLatin1(json),
                            QString::fromLatin1(unit),
                            QString(),
                            std::move(get),
                            {}};
    };
    const QString o = other + QLatin1Char('_');
    return {
        col(QStringLiteral("workload"), "id", "", [](const C &r) { return r.spec.id; }),
        col(o + QStringLiteral("tier"), "from", "", [](const C &r) { return tierId(r.change.from); }),
        col(QStringLiteral("tier"), "to", "", [](const C &r) { return tierId(r.change.to); }),
        col(o + QStringLiteral("zone_tiers"), "fromZoneTiers", "",
            [](const C &r) { return QVariant(zoneTiersMap(r.change.from, r.change.fromZones)); }),
        col(QStringLiteral("zone_tiers"), "toZoneTiers", "",
            [](const C &r) { return QVariant(zoneTiersMap(r.change.to, r.change.toZones)); }),
        col(QStringLiteral("moved"), "moved", "", [](const C &r) { return r.change.moved(); }),
        col(o + QStringLiteral("usd_per_month"), "usdPerMonthBefore", "USD/month",
            [](const C &r) { return r.change.usdBefore; }),
        col(QStringLiteral("usd_per_month"), "usdPerMonthAfter", "USD/month",
            [](const C &r) { return r.change.usdAfter; }),
        col(o + QStringLiteral("attainment_pct"), "attainmentPctBefore", "%",
            [](const C &r) { return r.change.attainmentBefore; }),
        col(QStringLiteral("attainment_pct"), "attainmentPctAfter", "%",
            [](const C &r) { return r.change.attainmentAfter; }),
        col(o + QStringLiteral("meets_slo"), "meetsSloBefore", "",
            [](const C &r) { return r.change.metBefore; }),
        col(QStringLiteral("meets_slo"), "meetsSloAfter", "", [](const C &r) { return r.change.metAfter; }),
    };
}

const std::vector<WhatIfColumn> &whatIfColumns()
{
    using R = WhatIfRow;
    const auto col = [](const char *id, const char *json, const char *unit,
                        std::function<QVariant(const R &)> get) {
        return WhatIfColumn{QString::fromLatin1(id),
                            QString::fromLatin1(json),
                            QString::fromLatin1(unit),
                            QString(),
                            std::move(get),
                            {}};
    };
    const auto regionIds = [](const R &r, const std::vector<int> &regions) {
        QStringList out;
        for (int i : regions)
            out << r.scenario.regions[size_t(i)].id;
        return out;
    };
    static const std::vector<WhatIfColumn> columns{
        col("workload", "id", "",
            [](const R &r) { return r.scenario.workloads[size_t(r.delta.workload)].id; }),
        col("usd_per_month_before", "usdPerMonthBefore", "USD/month",
            [](const R &r) { return r.delta.usdPerMonthBefore; }),
        col("what_if_usd_per_month", "usdPerMonthAfter", "USD/month",
            [](const R &r) { return r.delta.usdPerMonthAfter; }),
        col("attainment_pct_before", "attainmentPctBefore", "%",
            [](const R &r) { return r.delta.attainmentPctBefore; }),
        col("what_if_attainment_pct", "attainmentPctAfter", "%",
            [](const R &r) { return r.delta.attainmentPctAfter; }),
        col("meets_slo_before", "meetsSloBefore", "", [](const R &r) { return r.delta.meetsSloBefore; }),
        col("what_if_meets_slo", "meetsSloAfter", "", [](const R &r) { return r.delta.meetsSloAfter; }),
        col("what_if_offered_rps", "offeredRpsAfter", "req/s",
            [](const R &r) { return r.delta.offeredRpsAfter; }),
        col("what_if_unserved_rps", "unservedRps", "req/s", [](const R &r) { return r.delta.unservedRps; }),
        col("what_if_regions_moved", "regionsMoved", "count",
            [](const R &r) { return int(r.delta.regionsMoved.size()); }),
        col("what_if_regions_lost_slo", "regionsLostSlo", "",
            [regionIds](const R &r) { return QVariant(regionIds(r, r.delta.regionsLostSlo)); }),
    };
    return columns;
}

std::vector<const WhatIfColumn *> whatIfColumns(const QStringList &list)
{
    std::vector<const WhatIfColumn *> out;
    for (const QString &id : list)
        out.push_back(find(whatIfColumns(), id));
    return out;
}

std::vector<const WorkloadColumn *> workloadColumns(const QStringList &list)
{
    std::vector<const WorkloadColumn *> out;
    for (const QString &id : list)
        out.push_back(find(workloadColumns(), id));
    return out;
}

std::vector<const ChangeColumn *> pick(const std::vector<ChangeColumn> &from, const QStringList &list)
{
    std::vector<const ChangeColumn *> out;
    for (const QString &id : list)
        out.push_back(find(from, id));
    return out;
}

namespace plancolumns {
QStringList planCsv()
{
    return ids("workload,name,tier,access,slo_metric,slo_percentile,slo_budget_ms,p50_ms,p95_ms,p99_ms,"
               "attainment_pct,offered_rps,goodput_rps,sites,gpus,gpus_per_replica,batch,ttft_ms,tpot_ms,"
               "gpu_usd_per_month,api_usd_per_month,egress_usd_per_month,usd_per_month,usd_per_mtok,"
               "propagation_ms,inflation_ms,access_ms,queueing_ms,prefill_ms,decode_ms,issue,zone_tiers");
}
QStringList planJson()
{
    return ids("workload,tier,zone_tiers,access,feasible,issue,p50_ms,p95_ms,p99_ms,slo_ms,slo_budget_ms,"
               "attainment_pct,offered_rps,goodput_rps,sites,gpus,gpus_per_replica,batch,ttft_ms,tpot_ms,"
               "gpu_usd_per_month,api_usd_per_month,egress_usd_per_month,usd_per_month,usd_per_mtok,"
               "propagation_ms,inflation_ms,access_ms,queueing_ms,prefill_ms,decode_ms");
}
QStringList planTable()
{
    return ids("workload,tier,slo,p50_ms,p95_ms,p99_ms,attainment_pct,sites,gpus,batch,usd_per_month,"
               "usd_per_mtok");
}
QStringList reportCsv()
{
    return ids("name,tier,slo_metric,slo_percentile,slo_budget_ms,p50_ms,p95_ms,p99_ms,attainment_pct,"
               "meets_slo,offered_rps,goodput_rps,sites,gpus,gpus_per_replica,batch,ttft_ms,tpot_ms,"
               "gpu_usd_per_month,api_usd_per_month,egress_usd_per_month,usd_per_month,usd_per_mtok,"
               "propagation_ms,inflation_ms,access_ms,queueing_ms,prefill_ms,decode_ms,zone_tiers");
}
QStringList reportJson()
{
    return planJson() << QStringLiteral("name") << QStringLiteral("slo_metric")
                      << QStringLiteral("slo_percentile") << QStringLiteral("meets_slo");
}
QStringList changeCsv(const QString &other)
{
    // Beside the plan's own columns: what the other placement had.
    return ids("%1_tier,%1_zone_tiers,moved,%1_usd_per_month,%1_meets_slo")
        .replaceInStrings(QStringLiteral("%1"), other);
}
QStringList changeJson(const QString &other)
{
    return ids("workload,%1_tier,tier,%1_zone_tiers,zone_tiers,moved,%1_usd_per_month,usd_per_month,%1_"
               "attainment_pct,attainment_pct,"
               "%1_meets_slo,meets_slo")
        .replaceInStrings(QStringLiteral("%1"), other);
}
QStringList whatIfCsv()
{
    return ids("what_if_usd_per_month,what_if_attainment_pct,what_if_meets_slo,what_if_offered_rps,"
               "what_if_unserved_rps,what_if_regions_moved,what_if_regions_lost_slo");
}
QStringList whatIfJson()
{
    return ids("workload,usd_per_month_before,what_if_usd_per_month,attainment_pct_before,"
               "what_if_attainment_pct,meets_slo_before,what_if_meets_slo,what_if_offered_rps,"
               "what_if_unserved_rps,what_if_regions_moved,what_if_regions_lost_slo");
}
} // namespace plancolumns

QString csvCell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::Int:
    case QMetaType::Double:
        return QString::number(value.toDouble(), 'g', 10);
    case QMetaType::QStringList: // region ids: "eu-west us-east"
        return CsvTable::quote(value.toStringList().join(QLatin1Char(' ')));
    case QMetaType::QVariantMap: { // zone tiers: "EAS=edge EU=edge"
        QStringList parts;
        const QVariantMap m = value.toMap();
        for (auto it = m.begin(); it != m.end(); ++it)
            parts << it.key() + QLatin1Char('=') + it.value().toString();
        return CsvTable::quote(parts.join(QLatin1Char(' ')));
    }
    default:
        return CsvTable::quote(value.toString());
    }
}

void insertJson(QJsonObject &object, const QString &key, const QVariant &value)
{
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot < 0) {
        object.insert(key, QJsonValue::fromVariant(value));
        return;
    }
    const QString group = key.left(dot);
    QJsonObject inner = object.value(group).toObject();
    insertJson(inner, key.mid(dot + 1), value);
    object.insert(group, inner);
}

QString textTable(const std::vector<const WorkloadColumn *> &columns, const std::vector<WorkloadRow> &rows)
{
    QList<QStringList> cells;
    QStringList head;
    std::vector<bool> left;
    std::vector<int> width;
    for (const WorkloadColumn *c : columns) {
        head << c->header;
        width.push_back(int(c->header.size()));
        left.push_back(c->unit.isEmpty()); // text left, numbers right
    }
    for (const WorkloadRow &r : rows) {
        QStringList line;
        for (size_t i = 0; i < columns.size(); ++i) {
            line << columns[i]->display(r);
            width[i] = std::max(width[i], int(line.back().size()));
        }
        cells << line;
    }
    QString out;
    const auto write = [&](const QStringList &line) {
        for (int i = 0; i < line.size(); ++i)
            out += (left[size_t(i)] ? line[i].leftJustified(width[size_t(i)])
                                    : line[i].rightJustified(width[size_t(i)])) +
                   (i + 1 < line.size() ? QStringLiteral("  ") : QStringLiteral("\n"));
    };
    write(head);
    for (const QStringList &line : cells)
        write(line);
    return out;
}

std::vector<WorkloadRow> workloadRows(const Scenario &s, const PlanOutcome &plan)
{
    std::vector<WorkloadRow> rows;
    for (const WorkloadOutcome &o : plan.workloads)
        rows.push_back({s.workloads[size_t(o.workload)], o});
    return rows;
}

std::vector<ChangeRow> changeRows(const Scenario &s, const PlanDiff &diff)
{
    std::vector<ChangeRow> rows;
    for (const WorkloadChange &c : diff.workloads)
        rows.push_back({s.workloads[size_t(c.workload)], c});
    return rows;
}

std::vector<WhatIfRow> whatIfRows(const Scenario &s, const WhatIfComparison &comparison)
{
    std::vector<WhatIfRow> rows;
    for (const WhatIfWorkloadDelta &d : comparison.workloads)
        rows.push_back({s, d});
    return rows;
}

} // namespace ea
