// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/timelineformat.h"

#include "engine/model/whatif.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {

QString hourText(int h)
{
    return QStringLiteral("%1:00 UTC").arg(h, 2, 10, QLatin1Char('0'));
}

/** The busiest GPU-billed site of a workload this hour: load over capacity, % (0 when none). */
double busiestLoadPct(const HourWorkload &w)
{
    double most = 0;
    for (const HourSite &s : w.sites)
        if (s.capacityRps > 0 && std::isfinite(s.capacityRps))
            most = std::max(most, 100.0 * s.loadRps / s.capacityRps);
    return most;
}

QJsonObject tierJson(const TierHour &t)
{
    return {
        {QStringLiteral("workloads"), t.workloads},     {QStringLiteral("offeredRps"), t.offeredRps},
        {QStringLiteral("servedRps"), t.servedRps},     {QStringLiteral("unservedRps"), t.unservedRps()},
        {QStringLiteral("goodputRps"), t.goodputRps},   {QStringLiteral("attainmentPct"), t.attainmentPct()},
        {QStringLiteral("capacityRps"), t.capacityRps}, {QStringLiteral("loadPct"), t.loadPct()},
        {QStringLiteral("usdPerHour"), t.usdPerHour}};
}

QString num(double v, int decimals)
{
    return QString::number(v, 'f', decimals);
}

QString padded(const QStringList &cells, const std::vector<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i) {
        if (i)
            line += QStringLiteral("  ");
        line +=
            i == 0 ? cells[i].leftJustified(widths[size_t(i)]) : cells[i].rightJustified(widths[size_t(i)]);
    }
    return line.trimmed() + QLatin1Char('\n');
}

QByteArray table(const Scenario &s, const PlanTimeline &tl, const PlanHour &h)
{
    QString out = QStringLiteral("plan at %1 (peak hour %2; GPUs as sized for each site's own peak)\n")
                      .arg(hourText(h.hour), hourText(tl.peakHour()));
    if (!tl.conditions().empty()) {
        out += QStringLiteral("under %1 what-if condition(s) (the peak hour is theirs):\n")
                   .arg(tl.conditions().size());
        for (const WhatIfCondition &c : tl.conditions())
            out += QStringLiteral("  - %1\n").arg(describeWhatIf(c));
    }
    const QStringList header{QStringLiteral("workload"),     QStringLiteral("tier"),
                             QStringLiteral("offered/s"),    QStringLiteral("served/s"),
                             QStringLiteral("unserved/s"),   QStringLiteral("attainment"),
                             QStringLiteral("busiest site"), QStringLiteral("$/hour")};
    std::vector<QStringList> rows;
    const auto row = [&](const QString &name, const QString &tier, double offered, double served,
                         double unserved, double att, const QString &busiest, double usd) {
        rows.push_back({name, tier, num(offered, 2), num(served, 2), num(unserved, 2),
                        num(att, 2) + QLatin1Char('%'), busiest, num(usd, 2)});
    };
    for (const HourWorkload &w : h.workloads)
        row(s.workloads[size_t(w.workload)].id, tierId(w.tier), w.offeredRps, w.servedRps, w.unservedRps(),
            w.attainmentPct,
            w.sites.empty() ? QStringLiteral("-") : num(busiestLoadPct(w), 1) + QLatin1Char('%'),
            w.usdPerHour);
    for (Tier t : AllTiers) {
        const TierHour &x = h.tiers[static_cast<int>(t)];
        if (x.workloads == 0)
            continue;
        row(QStringLiteral("tier %1:").arg(tierId(t)), tierId(t), x.offeredRps, x.servedRps, x.unservedRps(),
            x.attainmentPct(),
            x.capacityRps > 0 ? num(x.loadPct(), 1) + QStringLiteral("% load") : QStringLiteral("-"),
            x.usdPerHour);
    }
    row(QStringLiteral("plan total:"), QString(), h.total.offeredRps, h.total.servedRps,
        h.total.unservedRps(), h.total.attainmentPct(),
        h.total.capacityRps > 0 ? num(h.total.loadPct(), 1) + QStringLiteral("% load") : QStringLiteral("-"),
        h.total.usdPerHour);
    std::vector<int> widths(size_t(header.size()), 0);
    for (int i = 0; i < header.size(); ++i)
        widths[size_t(i)] = int(header[i].size());
    for (const QStringList &r : rows)
        for (int i = 0; i < r.size(); ++i)
            widths[size_t(i)] = std::max(widths[size_t(i)], int(r[i].size()));
    out += padded(header, widths);
    for (const QStringList &r : rows)
        out += padded(r, widths);
    return out.toUtf8();
}

QByteArray csv(const Scenario &s, const PlanHour &h)
{
    QString out = QStringLiteral("hour,workload,tier,offered_rps,served_rps,unserved_rps,goodput_rps,"
                                 "attainment_pct,busiest_site_load_pct,usd_per_hour\n");
    for (const HourWorkload &w : h.workloads)
        out += QStringList{QString::number(h.hour),
                           s.workloads[size_t(w.workload)].id,
                           tierId(w.tier),
                           QString::number(w.offeredRps, 'g', 10),
                           QString::number(w.servedRps, 'g', 10),
                           QString::number(w.unservedRps(), 'g', 10),
                           QString::number(w.goodputRps, 'g', 10),
                           QString::number(w.attainmentPct, 'g', 10),
                           QString::number(busiestLoadPct(w), 'g', 10),
                           QString::number(w.usdPerHour, 'g', 10)}
                   .join(QLatin1Char(',')) +
               QLatin1Char('\n');
    return out.toUtf8();
}

} // namespace

QJsonObject planHourToJson(const Scenario &s, const PlanTimeline &tl, const PlanHour &h)
{
    QJsonArray workloads;
    for (const HourWorkload &w : h.workloads) {
        QJsonArray sites;
        for (const HourSite &site : w.sites) {
            const bool finite = std::isfinite(site.capacityRps);
            QJsonObject o{{QStringLiteral("node"), s.nodes[size_t(site.node)].id},
                          {QStringLiteral("loadRps"), site.loadRps},
                          {QStringLiteral("peakRps"), site.peakRps},
                          {QStringLiteral("peakHour"), site.peakHour},
                          {QStringLiteral("gpus"), site.gpus},
                          {QStringLiteral("batch"), site.batch},
                          {QStringLiteral("waitMs"), site.waitMs},
                          {QStringLiteral("computeMs"), site.computeMs},
                          {QStringLiteral("utilization"), site.utilization}};
            if (site.down)
                o.insert(QStringLiteral("down"), true);
            if (finite) { // a site billed per token has no capacity of ours
                o.insert(QStringLiteral("capacityRps"), site.capacityRps);
                o.insert(QStringLiteral("headroomRps"), site.headroomRps());
            }
            sites.append(o);
        }
        int spilled = 0, unserved = 0;
        for (const HourRegion &r : w.regions) {
            spilled += r.spilled ? 1 : 0;
            unserved += r.node < 0 && r.demandRps > 0 ? 1 : 0;
        }
        workloads.append(QJsonObject{{QStringLiteral("id"), s.workloads[size_t(w.workload)].id},
                                     {QStringLiteral("tier"), tierId(w.tier)},
                                     {QStringLiteral("offeredRps"), w.offeredRps},
                                     {QStringLiteral("servedRps"), w.servedRps},
                                     {QStringLiteral("unservedRps"), w.unservedRps()},
                                     {QStringLiteral("goodputRps"), w.goodputRps},
                                     {QStringLiteral("attainmentPct"), w.attainmentPct},
                                     {QStringLiteral("usdPerHour"), w.usdPerHour},
                                     {QStringLiteral("regionsSpilled"), spilled},
                                     {QStringLiteral("regionsUnserved"), unserved},
                                     {QStringLiteral("sites"), sites}});
    }
    QJsonObject tiers;
    for (Tier t : AllTiers)
        if (h.tiers[static_cast<int>(t)].workloads > 0)
            tiers.insert(tierId(t), tierJson(h.tiers[static_cast<int>(t)]));
    QJsonArray byHour;
    for (double v : tl.offeredByHour())
        byHour.append(v);
    QJsonObject root{{QStringLiteral("schema"), QStringLiteral("edgeatlas-plan-hour/1")},
                     {QStringLiteral("scenario"), s.name},
                     {QStringLiteral("hour"), h.hour},
                     {QStringLiteral("peakHour"), tl.peakHour()},
                     {QStringLiteral("offeredRpsByHour"), byHour},
                     {QStringLiteral("total"), tierJson(h.total)},
                     {QStringLiteral("tiers"), tiers},
                     {QStringLiteral("workloads"), workloads}};
    if (!tl.conditions().empty())
        root.insert(QStringLiteral("whatIf"), whatIfListToJson(tl.conditions()));
    return root;
}

QByteArray formatPlanHour(const Scenario &s, const PlanTimeline &timeline, const PlanHour &hour,
                          PlanFormat format)
{
    switch (format) {
    case PlanFormat::Json:
        return QJsonDocument(planHourToJson(s, timeline, hour)).toJson(QJsonDocument::Indented);
    case PlanFormat::Csv:
        return csv(s, hour);
    case PlanFormat::Table:
        break;
    }
    return table(s, timeline, hour);
}

} // namespace ea
