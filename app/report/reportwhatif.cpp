// SPDX-License-Identifier: GPL-3.0-or-later
// The report's what-if section: the active conditions and the plan before → after them.
#include "app/report/reportblocks.h"
#include "app/report/reportdata.h"
#include "engine/model/whatif.h"

namespace ea::reportblocks {

namespace {
QString arrow(const QString &before, const QString &after)
{
    return before == after ? after : before + QStringLiteral(" → ") + after;
}
} // namespace

ReportSection whatIfSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::WhatIf, "what-if", ReportDocument::tr("What if: a bad day"));
    const WhatIfPlan &w = *d.snapshot->whatIf;
    const WhatIfComparison &c = w.comparison;
    const Scenario &s = *d.scenario;
    int broken = 0;
    for (const WhatIfWorkloadDelta &x : c.workloads)
        broken += x.meetsSloBefore && !x.meetsSloAfter ? 1 : 0;
    sec.blocks.push_back(
        paragraph(ReportDocument::tr(
                      "The same placement under the scenario's %Ln active what-if condition(s): the cost "
                      "per month goes from %1 to %2 and SLO attainment from %3 to %4.",
                      nullptr, int(w.conditions.size()))
                      .arg(units::usd(c.usdPerMonthBefore), units::usd(c.usdPerMonthAfter),
                           units::percent(c.attainmentPctBefore), units::percent(c.attainmentPctAfter)),
                  ReportBlock::Lead));
    QStringList conditions;
    for (const WhatIfCondition &x : w.conditions)
        conditions << QStringLiteral("• ") + describeWhatIf(x);
    sec.blocks.push_back(paragraph(conditions.join(QLatin1Char('\n'))));
    std::vector<QStringList> rows;
    for (const WhatIfWorkloadDelta &x : c.workloads) {
        const Workload &wl = s.workloads[size_t(x.workload)];
        rows.push_back({wl.name.isEmpty() ? wl.id : wl.name,
                        arrow(units::usd(x.usdPerMonthBefore), units::usd(x.usdPerMonthAfter)),
                        arrow(units::percent(x.attainmentPctBefore), units::percent(x.attainmentPctAfter)),
                        arrow(x.meetsSloBefore ? ReportDocument::tr("met") : ReportDocument::tr("missed"),
                              x.meetsSloAfter ? ReportDocument::tr("met") : ReportDocument::tr("missed")),
                        x.unservedRps > 0 ? units::rps(x.unservedRps) : QStringLiteral("–"),
                        units::count(double(x.regionsLostSlo.size())),
                        units::count(double(x.regionsMoved.size()))});
    }
    rows.push_back({ReportDocument::tr("All workloads"),
                    arrow(units::usd(c.usdPerMonthBefore), units::usd(c.usdPerMonthAfter)),
                    arrow(units::percent(c.attainmentPctBefore), units::percent(c.attainmentPctAfter)),
                    ReportDocument::tr("%Ln workload(s) lose their SLO", nullptr, broken),
                    c.unservedRps > 0 ? units::rps(c.unservedRps) : QStringLiteral("–"), QString(),
                    QString()});
    sec.blocks.push_back(table({{ReportDocument::tr("Workload"), 0.24, false, true},
                                {ReportDocument::tr("Cost per month"), 0.16, true},
                                {ReportDocument::tr("SLO attainment"), 0.16, true},
                                {ReportDocument::tr("SLO"), 0.14},
                                {ReportDocument::tr("Unserved"), 0.1, true},
                                {ReportDocument::tr("Regions lost SLO"), 0.1, true},
                                {ReportDocument::tr("Regions moved"), 0.1, true}},
                               rows, 24, 8));
    sec.blocks.back().table.totalRow = true;
    sec.blocks.push_back(
        paragraph(ReportDocument::tr(
                      "Before: the plan as placed. After: the same placement evaluated with the conditions "
                      "applied (sites down take no demand; surges, price changes and latency penalties "
                      "change the inputs). Regions moved are served by another site after."),
                  ReportBlock::Small, ReportTone::Muted));
    return sec;
}

} // namespace ea::reportblocks
