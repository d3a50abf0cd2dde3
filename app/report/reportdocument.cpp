// SPDX-License-Identifier: GPL-3.0-or-later
// The planning report's content, once, for the PDF and the HTML alike.
#include "app/report/reportdocument.h"

#include "app/report/reportart.h"
#include "app/report/reportblocks.h"
#include "app/report/reportlayout.h"
#include "engine/model/units.h"

#include <QLocale>

#include <algorithm>

namespace ea {

namespace {

using namespace reportblocks;

ReportSection titleSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Title, "title", {});
    const Scenario &s = *d.scenario;
    ReportBlock fields;
    fields.kind = ReportBlock::Fields;
    const auto field = [&](const QString &label, const QString &value) {
        if (!value.isEmpty())
            fields.fields.emplace_back(label, value);
    };
    field(ReportDocument::tr("Scenario"), s.name);
    field(ReportDocument::tr("Scenario file"), d.options.scenarioLabel);
    field(ReportDocument::tr("Prepared by"), d.options.author);
    field(ReportDocument::tr("Date"), reportDate(d.options.generated));
    field(ReportDocument::tr("Compared with"), d.options.baselineLabel.isEmpty()
                                                   ? ReportDocument::tr("no baseline placement")
                                                   : d.options.baselineLabel);
    const int tiers =
        int(std::count_if(AllTiers.begin(), AllTiers.end(), [&](Tier t) { return s.tier(t).present; }));
    //: The scenario's scope on the title page: %1 is "N workloads", %2 "N sites in N tiers", %3 "N demand
    //: regions"
    field(ReportDocument::tr("Scope"),
          ReportDocument::tr("%1 · %2 · %3")
              .arg(ReportDocument::tr("%Ln workload(s)", nullptr, int(s.workloads.size())),
                   //: %1 is "N tiers"
                   ReportDocument::tr("%Ln site(s) in %1", nullptr, int(s.nodes.size()))
                       .arg(ReportDocument::tr("%Ln tier(s)", nullptr, tiers)),
                   ReportDocument::tr("%Ln demand region(s)", nullptr, int(s.regions.size()))));
    sec.blocks.push_back(fields);
    const QString about =
        s.description.left(700) + (s.description.size() > 700 ? QStringLiteral("…") : QString());
    sec.blocks.push_back(paragraph(about, ReportBlock::Note, ReportTone::Muted));
    return sec;
}

ReportSection summarySection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Summary, "summary", ReportDocument::tr("Executive summary"));
    const PlanOutcome &plan = *d.plan;
    const Scenario &s = *d.scenario;
    ReportBlock tiles;
    tiles.kind = ReportBlock::Tiles;
    tiles.tiles = {
        {units::usd(plan.usdPerMonth), ReportDocument::tr("cost per month"), ReportTone::Accent},
        {units::percent(plan.attainmentPct), ReportDocument::tr("SLO attainment (requests)"),
         attained(plan.attainmentPct >= SloAttainmentTarget)},
        //: Tile value: %1 workloads meeting their SLO of %2 workloads
        {ReportDocument::tr("%1 of %2")
             .arg(units::count(d.workloadsMeetingSlo), units::count(double(plan.workloads.size()))),
         ReportDocument::tr("workloads meeting their SLO"),
         attained(d.workloadsMeetingSlo == int(plan.workloads.size()))},
        {units::count(plan.gpus), ReportDocument::tr("GPUs at %Ln site(s)", nullptr, d.sitesUsed),
         ReportTone::Accent}};
    sec.blocks.push_back(tiles);
    sec.blocks.push_back(paragraph(d.summaryText()));

    sec.blocks.push_back(heading(ReportDocument::tr("Cost by tier")));
    std::vector<QStringList> rows;
    for (Tier t : AllTiers) {
        const TierTotals &x = d.tiers[static_cast<int>(t)];
        if (x.workloads > 0)
            rows.push_back(
                {tierLabel(t), units::count(x.workloads), units::count(x.sites), units::count(x.gpus),
                 units::usd(x.gpuUsdPerMonth), units::usd(x.apiUsdPerMonth), units::usd(x.egressUsdPerMonth),
                 units::usd(x.usdPerMonth()),
                 units::percent(plan.usdPerMonth > 0 ? 100 * x.usdPerMonth() / plan.usdPerMonth : 0)});
    }
    rows.push_back({ReportDocument::tr("Total"), units::count(double(plan.workloads.size())),
                    units::count(d.sitesUsed), units::count(plan.gpus), QString(), QString(), QString(),
                    units::usd(plan.usdPerMonth), units::percent(100)});
    ReportBlock costs = table({{ReportDocument::tr("Tier"), 0.17},
                               {ReportDocument::tr("Workloads"), 0.1, true},
                               {ReportDocument::tr("Sites"), 0.09, true},
                               {ReportDocument::tr("GPUs"), 0.09, true},
                               {ReportDocument::tr("GPU hours"), 0.11, true},
                               {ReportDocument::tr("API"), 0.1, true},
                               {ReportDocument::tr("Egress"), 0.1, true},
                               {ReportDocument::tr("Per month"), 0.13, true},
                               {ReportDocument::tr("Share"), 0.11, true}},
                              rows);
    costs.table.totalRow = true;
    sec.blocks.push_back(costs);

    rows.clear();
    for (const WorkloadOutcome &o : plan.workloads)
        if (!meetsSlo(o))
            rows.push_back({d.workload(o).name, shortTierName(o.tier), units::percent(o.attainmentPct),
                            units::ms(o.sloMs), units::slo(d.workload(o).slo),
                            o.issue.isEmpty()
                                ? ReportDocument::tr("too slow in this tier; see its latency decomposition")
                                : o.issue});
    if (!rows.empty()) {
        sec.blocks.push_back(heading(ReportDocument::tr("Workloads missing their SLO")));
        ReportBlock missing = table({{ReportDocument::tr("Workload"), 0.2, false, true},
                                     {ReportDocument::tr("Tier"), 0.08},
                                     {ReportDocument::tr("Within budget"), 0.1, true},
                                     {ReportDocument::tr("Latency (SLO pct.)"), 0.12, true},
                                     {ReportDocument::tr("SLO"), 0.16, true, true},
                                     {ReportDocument::tr("Note"), 0.34, false, true}},
                                    rows, 30, 8);
        for (size_t r = 0; r < rows.size(); ++r)
            missing.table.tones.push_back({ReportTone::Normal, ReportTone::Normal, ReportTone::Bad});
        sec.blocks.push_back(missing);
    }

    sec.blocks.push_back(heading(ReportDocument::tr("Changes against the baseline")));
    if (!d.changes) {
        sec.blocks.push_back(paragraph(
            ReportDocument::tr(
                "No baseline placement was given, so this report states the plan as it is. Export it "
                "again with a baseline (a placement file, or the scenario's saved placement) to see "
                "what moving workloads between tiers changes."),
            ReportBlock::Lead, ReportTone::Muted));
        return sec;
    }
    sec.blocks.push_back(paragraph(d.changesText()));
    rows.clear();
    for (const WorkloadChange &c : d.changes->workloads)
        if (c.moved())
            rows.push_back({s.workloads[size_t(c.workload)].name, shortTierName(c.from), shortTierName(c.to),
                            units::usd(c.usdBefore), units::usd(c.usdAfter),
                            units::percent(c.attainmentBefore), units::percent(c.attainmentAfter)});
    if (!rows.empty())
        sec.blocks.push_back(table({{ReportDocument::tr("Workload"), 0.31},
                                    {ReportDocument::tr("From"), 0.12},
                                    {ReportDocument::tr("To"), 0.12},
                                    {ReportDocument::tr("Cost before"), 0.11, true},
                                    {ReportDocument::tr("Cost after"), 0.11, true},
                                    {ReportDocument::tr("Attain. before"), 0.115, true},
                                    {ReportDocument::tr("Attain. after"), 0.115, true}},
                                   rows));
    return sec;
}

ReportSection mapSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Map, "map", ReportDocument::tr("Deployment map"));
    sec.blocks.push_back(picture(
        ReportBlock::Map,
        ReportDocument::tr(
            "Every inference site of the scenario by tier, and the demand regions sized by their weight. "
            "%1 of the %Ln site(s) carry load in this plan.",
            nullptr, int(d.scenario->nodes.size()))
            .arg(units::count(d.sitesUsed)),
        ReportDocument::tr("World map of the plan's sites and demand")));
    const int w = d.busiestInteractiveWorkload();
    if (w >= 0) {
        const Workload &spec = d.scenario->workloads[size_t(w)];
        ReportBlock routes = picture(
            ReportBlock::Map,
            ReportDocument::tr(
                "Routes of %1, the interactive workload with the most requests (%2, %3): each demand region "
                "to the site serving it, coloured by its latency at the SLO percentile against the budget.")
                .arg(spec.name, tierLabel(d.plan->workloads[size_t(w)].tier), units::slo(spec.slo)),
            ReportDocument::tr("Routes of %1").arg(spec.name));
        routes.workload = w;
        sec.blocks.push_back(routes);
    }
    return sec;
}

ReportBlock chart(ReportArt::Chart c, const QString &caption)
{
    ReportBlock b = picture(ReportBlock::Chart, caption);
    b.chart = c;
    return b;
}

ReportSection costChartsSection()
{
    ReportSection sec =
        section(ReportSection::ChartsCost, "cost-charts", ReportDocument::tr("Cost against latency"));
    sec.blocks.push_back(
        chart(ReportArt::CostLatency,
              ReportDocument::tr("Each workload's cost per month against its latency at the SLO "
                                 "percentile over the budget (1 = at "
                                 "the budget, left of it is within). Faint points: the same workload "
                                 "in another tier it may use.")));
    sec.blocks.push_back(
        chart(ReportArt::TierCost, ReportDocument::tr("Cost per month of each tier, split into GPU hours, "
                                                      "per-token API charges and egress.")));
    return sec;
}

ReportSection latencyChartsSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::ChartsLatency, "latency-charts",
                                ReportDocument::tr("Latency against the budgets"));
    sec.blocks.push_back(chart(
        ReportArt::Latency,
        ReportDocument::tr("Each workload's p50, p95 and p99 latency over its budget; the dashed line is "
                           "every budget. A ring marks a workload that misses its SLO.")));
    const int w = d.busiestInteractiveWorkload();
    if (w >= 0)
        sec.blocks.push_back(
            chart(ReportArt::Regions, ReportDocument::tr("The demand regions of %1 with the highest latency "
                                                         "at the SLO percentile against the budget.")
                                          .arg(d.scenario->workloads[size_t(w)].name)));
    return sec;
}

ReportSection workloadsSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Workloads, "workloads", ReportDocument::tr("Workloads"));
    sec.rowsPerPage = reportlayout::WorkloadRowsPerPage;
    std::vector<QStringList> rows;
    std::vector<std::vector<ReportTone>> tones;
    for (const WorkloadOutcome &o : d.plan->workloads) {
        const Workload &w = d.workload(o);
        rows.push_back({w.name, shortTierName(o.tier), units::slo(w.slo), units::ms(o.p50Ms),
                        units::ms(o.p95Ms), units::ms(o.p99Ms), units::percent(o.attainmentPct),
                        units::count(o.sites), units::count(o.gpus), units::usd(o.usdPerMonth()),
                        o.tokensPerMonth > 0 ? units::usdPrecise(o.usdPerMTok()) : QStringLiteral("–")});
        tones.push_back(std::vector<ReportTone>(6, ReportTone::Normal));
        tones.back().push_back(attained(meetsSlo(o)));
    }
    rows.push_back({ReportDocument::tr("Plan total"), QString(), QString(), QString(), QString(), QString(),
                    units::percent(d.plan->attainmentPct), units::count(d.sitesUsed),
                    units::count(d.plan->gpus), units::usd(d.plan->usdPerMonth), QString()});
    ReportBlock t = table({{ReportDocument::tr("Workload"), 0.17, false, true},
                           {ReportDocument::tr("Tier"), 0.08},
                           {ReportDocument::tr("SLO (budget)"), 0.14, false, true},
                           //: Column header: latency at the 50th percentile (median)
                           {ReportDocument::tr("p50"), 0.08, true},
                           //: Column header: latency at the 95th percentile
                           {ReportDocument::tr("p95"), 0.08, true},
                           //: Column header: latency at the 99th percentile
                           {ReportDocument::tr("p99"), 0.08, true},
                           {ReportDocument::tr("Within budget"), 0.08, true},
                           {ReportDocument::tr("Sites"), 0.055, true},
                           {ReportDocument::tr("GPUs"), 0.06, true},
                           {ReportDocument::tr("Cost per month"), 0.085, true},
                           {ReportDocument::tr("Cost per M tokens"), 0.09, true}},
                          rows, 30, 7.5);
    t.table.tones = std::move(tones);
    t.table.totalRow = true;
    sec.blocks.push_back(t);
    sec.blocks.push_back(paragraph(
        ReportDocument::tr(
            "Latencies are at the user, demand-weighted over the regions: time to first token (TTFT) or "
            "to the whole answer (E2E) as each SLO states. Attainment is the share of requests within "
            "budget (green: at least %1, the SLO is met). GPUs are those the workload adds at its sites; "
            "cost per month includes GPU hours, per-token API charges and egress; $ / M tok is that "
            "cost per million tokens processed (input and output).")
            .arg(units::percent(SloAttainmentTarget, 0)),
        ReportBlock::Note, ReportTone::Muted));
    QStringList notes;
    for (const WorkloadOutcome &o : d.plan->workloads)
        if (!o.issue.isEmpty())
            //: A note under the workload table: a workload's name, then the problem found with it
            notes << ReportDocument::tr("• %1: %2").arg(d.workload(o).name, o.issue);
    if (!notes.isEmpty()) {
        sec.blocks.push_back(heading(ReportDocument::tr("Notes")));
        sec.blocks.push_back(paragraph(notes.join(QLatin1Char('\n')), ReportBlock::Note));
    }
    return sec;
}

} // namespace

ReportTone ReportTable::tone(int row, int column) const
{
    if (row < 0 || size_t(row) >= tones.size() || column < 0 || size_t(column) >= tones[size_t(row)].size())
        return totalRow && size_t(row) + 1 == rows.size() ? ReportTone::Accent : ReportTone::Normal;
    return tones[size_t(row)][size_t(column)];
}

const std::array<const char *, ReportBars::PartCount> &ReportBars::colours()
{
    static const std::array<const char *, PartCount> c{"#1f77b4", "#6baed6", "#9e9ac8",
                                                       "#fdae6b", "#31a354", "#a1d99b"};
    return c;
}

int ReportSection::pagedBlock() const
{
    if (rowsPerPage <= 0)
        return -1;
    for (size_t i = 0; i < blocks.size(); ++i)
        if (blocks[i].kind == ReportBlock::Table || blocks[i].kind == ReportBlock::Bars ||
            blocks[i].kind == ReportBlock::Sources)
            return int(i);
    return -1;
}

int ReportSection::pagedRows() const
{
    const int b = pagedBlock();
    if (b < 0)
        return 0;
    const ReportBlock &block = blocks[size_t(b)];
    switch (block.kind) {
    case ReportBlock::Table:
        return int(block.table.rows.size()) - (block.table.totalRow ? 1 : 0);
    case ReportBlock::Bars:
        return int(block.bars.rows.size());
    default:
        return int(block.sources.rows.size());
    }
}

const ReportSection *ReportDocument::section(ReportSection::Id id) const
{
    for (const ReportSection &s : sections)
        if (s.id == id)
            return &s;
    return nullptr;
}

ReportDocument buildReportDocument(const ReportData &d)
{
    ReportDocument doc;
    doc.language = reportLanguage();
    doc.rightToLeft = reportRightToLeft();
    doc.title = d.title;
    doc.kicker = ReportDocument::tr("EDGEATLAS PLANNING REPORT");
    doc.subtitle =
        ReportDocument::tr("Where each AI inference workload should run, what it costs and whether it "
                           "meets its latency budget");
    doc.footer =
        ReportDocument::tr("Generated by EdgeAtlas %1 on %2. Figures are model estimates; see Assumptions.")
            .arg(QLatin1String(EA_VERSION), reportDate(d.options.generated));
    doc.sections = {titleSection(d),         summarySection(d),       mapSection(d),
                    costChartsSection(),     latencyChartsSection(d), workloadsSection(d),
                    decompositionSection(d), sitesSection(d),         daySection(d),
                    assumptionsSection(d),   sourcesSection(d)};
    if (d.snapshot && d.snapshot->whatIf) // after the workloads: the same plan on a bad day
        doc.sections.insert(doc.sections.begin() + 6, whatIfSection(d));
    return doc;
}

QString shortTierName(Tier t)
{
    switch (t) {
    case Tier::Edge:
        //: Short name of the edge tier, for a narrow table column
        return ReportDocument::tr("Edge");
    case Tier::Regional:
        //: Short name of the regional cloud tier, for a narrow table column
        return ReportDocument::tr("Regional");
    case Tier::Central:
        //: Short name of the central cloud tier, for a narrow table column
        return ReportDocument::tr("Central");
    case Tier::OnPrem:
        //: Short name of the on-premises tier, for a narrow table column
        return ReportDocument::tr("On-prem");
    }
    return {};
}

} // namespace ea
