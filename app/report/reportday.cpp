// SPDX-License-Identifier: GPL-3.0-or-later
// The report's "day in the life" page: the plan through the 24 hours of a day (engine/plan/timeline.h).
#include "app/report/reportart.h"
#include "app/report/reportblocks.h"

namespace ea::reportblocks {

namespace {
QString hourLabel(int h)
{
    return QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
}
} // namespace

ReportSection daySection(const ReportData &d)
{
    ReportSection sec =
        section(ReportSection::Day, "day", ReportDocument::tr("A day in the life of the plan"));
    if (!d.day || d.day->hours.size() != 24) {
        sec.blocks.push_back(paragraph(ReportDocument::tr("The plan could not be evaluated hour by hour."),
                                       ReportBlock::Lead, ReportTone::Muted));
        return sec;
    }
    const PlanDay &day = *d.day;
    sec.blocks.push_back(
        paragraph(ReportDocument::tr(
                      "The plan through one day, hour by hour (UTC): each demand region's requests follow "
                      "its workloads' daily profiles at the region's local time, on the GPUs the plan "
                      "sizes for each site's own peak. Demand peaks at %1 UTC; at each site's own peak "
                      "hour its numbers are the plan's.")
                      .arg(hourLabel(day.peakHour)),
                  ReportBlock::Lead));
    ReportBlock chartBlock =
        picture(ReportBlock::Chart,
                ReportDocument::tr("Load of the sites and SLO attainment per hour and tier; "
                                   "the dashed line is the peak hour."),
                ReportArt::dayCaption(d));
    chartBlock.chart = ReportArt::Day;
    sec.blocks.push_back(chartBlock);
    std::vector<Tier> tiers;
    for (Tier t : AllTiers)
        if (day.hours[0]->tiers[static_cast<int>(t)].workloads > 0)
            tiers.push_back(t);
    std::vector<Col> columns{{ReportDocument::tr("Hour (UTC)"), 0.13, false, true},
                             {ReportDocument::tr("Demand"), 0.12, true},
                             {ReportDocument::tr("Unserved"), 0.1, true},
                             {ReportDocument::tr("Attainment"), 0.1, true},
                             {ReportDocument::tr("Cost per hour"), 0.1, true}};
    const double tierWidth = 0.45 / std::max<size_t>(1, tiers.size());
    for (Tier t : tiers)
        //: Column of the day table: a tier's SLO attainment and load of its sites, e.g. "Edge: SLO / load"
        columns.push_back({ReportDocument::tr("%1: SLO / load").arg(shortTierName(t)), tierWidth, true});
    std::vector<QStringList> rows;
    std::vector<std::vector<ReportTone>> tones;
    for (int h = 0; h < 24; ++h) {
        const PlanHour &ph = *day.hours[size_t(h)];
        QStringList row{h == day.peakHour ? ReportDocument::tr("%1 (peak)").arg(hourLabel(h)) : hourLabel(h),
                        units::rps(ph.total.offeredRps), units::rps(ph.total.unservedRps()),
                        units::percent(ph.total.attainmentPct(), 2), units::usd(ph.total.usdPerHour)};
        std::vector<ReportTone> tone(5, ReportTone::Normal);
        tone[0] = h == day.peakHour ? ReportTone::Accent : ReportTone::Normal;
        tone[2] = ph.total.unservedRps() > 0 ? ReportTone::Bad : ReportTone::Normal;
        tone[3] = attained(ph.total.attainmentPct() >= SloAttainmentTarget);
        for (Tier t : tiers) {
            const TierHour &x = ph.tiers[static_cast<int>(t)];
            row << QStringLiteral("%1 / %2").arg(units::percent(x.attainmentPct(), 1),
                                                 x.capacityRps > 0 ? units::percent(x.loadPct(), 0)
                                                                   : QStringLiteral("–"));
            tone.push_back(attained(x.attainmentPct() >= SloAttainmentTarget));
        }
        rows.push_back(row);
        tones.push_back(tone);
    }
    ReportBlock t = table(std::move(columns), std::move(rows), 18, 7.5);
    t.table.tones = std::move(tones);
    sec.blocks.push_back(t);
    sec.blocks.push_back(
        paragraph(ReportDocument::tr(
                      "Load: what the sites carry that hour over what their GPUs carry at the tier's target "
                      "utilization. Attainment: the share of that hour's requests within their budget. "
                      "Cost per hour: the plan's GPUs, plus per-token and egress charges for the requests "
                      "of that hour."),
                  ReportBlock::Small, ReportTone::Muted));
    sec.rowsPerPage = 12;
    return sec;
}

} // namespace ea::reportblocks
