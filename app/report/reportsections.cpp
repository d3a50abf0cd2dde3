// SPDX-License-Identifier: GPL-3.0-or-later
// The report document's appendix sections: latency budget decomposition, busiest sites, assumptions, sources.
#include "app/report/reportblocks.h"
#include "app/report/reportlayout.h"

#include "engine/latency/computemodel.h"
#include "engine/model/units.h"

#include <cmath>

namespace ea::reportblocks {

ReportSection decompositionSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Decomposition, "decomposition",
                                ReportDocument::tr("Latency budget decomposition"));
    sec.rowsPerPage = reportlayout::DecompositionsPerPage;
    sec.blocks.push_back(paragraph(
        ReportDocument::tr(
            "Where the time of each workload's requests goes at its SLO percentile (demand-weighted "
            "means over its regions), against its budget, the dashed line."),
        ReportBlock::Lead));
    ReportBlock b;
    b.kind = ReportBlock::Bars;
    ReportBars &bars = b.bars;
    bars.parts = {ReportDocument::tr("Propagation"), ReportDocument::tr("Route inflation"),
                  ReportDocument::tr("Access"),      ReportDocument::tr("Queueing"),
                  ReportDocument::tr("Prefill"),     ReportDocument::tr("Decode")};
    bars.headers = {ReportDocument::tr("Workload"),
                    ReportDocument::tr("Where the time goes (dashed: the budget)"),
                    ReportDocument::tr("Total"), ReportDocument::tr("Budget")};
    for (const WorkloadOutcome &o : d.plan->workloads) {
        const Workload &w = d.workload(o);
        const LatencyBreakdown &x = o.breakdown;
        ReportBars::Row row;
        row.name = w.name;
        row.subtitle = ReportDocument::tr("%1 · %2 · at the percentile %3")
                           .arg(tierLabel(o.tier), units::slo(w.slo), units::ms(o.sloMs));
        row.ms = {x.propagationMs, x.inflationMs, x.accessMs, x.queueingMs, x.prefillMs, x.decodeMs};
        row.totalMs = x.totalMs();
        row.budgetMs = w.slo.budgetMs;
        row.total = units::ms(row.totalMs);
        row.budget = units::ms(row.budgetMs);
        QStringList items;
        for (int i = 0; i < ReportBars::PartCount; ++i)
            items << QStringLiteral("%1 %2").arg(bars.parts[size_t(i)], units::ms(row.ms[size_t(i)]));
        //: %1 lists the parts of the latency ("Propagation 12 ms · Access 5 ms · …"), %2 is their sum
        row.detail = ReportDocument::tr("%1  =  %2 (budget %3, %4 of it)")
                         .arg(items.join(QStringLiteral(" · ")), row.total, row.budget,
                              pct(row.budgetMs > 0 ? row.totalMs / row.budgetMs : 0));
        row.issue = o.feasible ? QString() : o.issue;
        row.missesSlo = !meetsSlo(o);
        bars.rows.push_back(row);
    }
    sec.blocks.push_back(b);
    return sec;
}

ReportSection sitesSection(const ReportData &d)
{
    ReportSection sec =
        section(ReportSection::Sites, "sites", ReportDocument::tr("Capacity of the busiest sites"));
    const Scenario &s = *d.scenario;
    sec.blocks.push_back(paragraph(
        //: %1 (the number of sites that carry load) is at least %n
        ReportDocument::tr(
            "The %Ln site(s) with the most GPUs in this plan (of %1 sites that carry load), with their "
            "load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site "
            "serves; sites are sized so that it stays at or below the tier's target.",
            nullptr, int(d.busiestSites.size()))
            .arg(units::count(d.sitesUsed)),
        ReportBlock::Lead));
    std::vector<QStringList> rows;
    double used = 0, usable = 0;
    for (const ReportSite &r : d.busiestSites) {
        const Node &n = s.nodes[size_t(r.node)];
        rows.push_back({n.name, shortTierName(n.tier), n.country, n.gpu, units::count(r.gpus),
                        units::count(r.usableGpus), units::rps(r.peakRps),
                        units::percent(100 * r.utilization), units::usd(r.usdPerMonth),
                        units::count(r.workloads)});
        used += r.gpus;
        usable += r.usableGpus;
    }
    sec.blocks.push_back(table({{ReportDocument::tr("Site"), 0.24, false, true},
                                {ReportDocument::tr("Tier"), 0.08},
                                {ReportDocument::tr("Country"), 0.07},
                                {ReportDocument::tr("GPU type"), 0.1},
                                {ReportDocument::tr("GPUs used"), 0.075, true},
                                {ReportDocument::tr("GPUs usable"), 0.075, true},
                                {ReportDocument::tr("Peak load"), 0.11, true},
                                {ReportDocument::tr("Utilization"), 0.09, true},
                                {ReportDocument::tr("GPU cost per month"), 0.09, true},
                                {ReportDocument::tr("Workloads"), 0.07, true}},
                               rows, 28, 7.5));
    if (usable > 0)
        sec.blocks.push_back(paragraph(
            ReportDocument::tr(
                "These sites use %1 of the %Ln GPU(s) the plan may use there (%2); a site near 100 % has no "
                "room for growth or failover.",
                nullptr, int(usable))
                .arg(units::count(used), pct(used / usable)),
            ReportBlock::Small, ReportTone::Muted));
    return sec;
}

ReportSection assumptionsSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Assumptions, "assumptions", ReportDocument::tr("Assumptions"));
    const Scenario &s = *d.scenario;
    const NetworkParams &n = s.network;
    sec.blocks.push_back(heading(ReportDocument::tr("Network")));
    sec.blocks.push_back(paragraph(
        ReportDocument::tr(
            "Round trip from a user to a site = the user's last-mile access + 2 × great-circle distance "
            "× route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world "
            "zones, on crossing an ocean and on routing via interconnection hubs. The last mile depends on "
            "the workload's access profile: fixed broadband per country from M-Lab NDT medians, mobile "
            "adds the radio network, an enterprise LAN or private 5G pays neither. A new connection adds "
            "%Ln handshake round trip(s); %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × "
            "median.",
            nullptr, n.handshakeRtts)
            .arg(number(n.fiberKmPerMs), pct(n.newConnectionShare), number(n.jitterP95Factor),
                 number(n.jitterP99Factor)),
        ReportBlock::Small));
    sec.blocks.push_back(heading(ReportDocument::tr("Accuracy of the RTT model")));
    sec.blocks.push_back(paragraph(d.calibrationText(), ReportBlock::Small));
    sec.blocks.push_back(heading(ReportDocument::tr("Compute, capacity and cost")));
    sec.blocks.push_back(paragraph(
        ReportDocument::tr(
            "Prefill and decode times come from a model of a serving engine on each GPU type (the "
            "roofline with the tier's efficiencies below, plus the engine's per-step overhead, paged KV "
            "cache, chunked prefill and tensor-parallel communication), fitted on published serving "
            "results: median error %3 for saturation throughput and %4 for time per output token at "
            "concurrency 1, each model family predicted by a fit without it; a measured compute profile "
            "replaces it. Each site is sized at "
            "its own diurnal peak with M/M/k queueing at the tier's target utilization, so small edge "
            "sites carry more headroom. A workload meets its SLO when at least %1 of its requests are "
            "within budget. GPU cost = GPUs × hourly price × %2 hours per month.")
            .arg(units::percent(SloAttainmentTarget, 0), number(s.priceBook.hoursPerMonth),
                 units::percent(100 * std::expm1(defaultServingFitRecord().lomoSaturationMedianAbsLog), 0),
                 units::percent(100 * std::expm1(defaultServingFitRecord().lomoTpot1MedianAbsLog), 0)),
        ReportBlock::Small));
    std::vector<QStringList> rows;
    for (Tier t : AllTiers) {
        const TierSettings &x = s.tier(t);
        if (x.present)
            rows.push_back({tierLabel(t),
                            x.billing == Billing::Api ? ReportDocument::tr("per token (API)")
                                                      : ReportDocument::tr("GPU hours"),
                            pct(x.targetUtilization), units::count(x.minGpusPerSite),
                            units::usdPrecise(x.egressUsdPerGB), pct(x.computeEfficiency),
                            pct(x.bandwidthEfficiency)});
    }
    sec.blocks.push_back(table({{ReportDocument::tr("Tier"), 0.16},
                                {ReportDocument::tr("Billing"), 0.17},
                                {ReportDocument::tr("Target utilization"), 0.15, true},
                                {ReportDocument::tr("Min GPUs / site"), 0.13, true},
                                {ReportDocument::tr("Egress / GB"), 0.13, true},
                                {ReportDocument::tr("Compute eff."), 0.13, true},
                                {ReportDocument::tr("Bandwidth eff."), 0.13, true}},
                               rows, 20, 8));
    rows.clear();
    for (const GpuType &g : s.gpus)
        rows.push_back({g.name,
                        //: GPU memory in gigabytes
                        ReportDocument::tr("%1 GB").arg(number(g.memoryGB)),
                        //: Memory bandwidth in gigabytes per second
                        ReportDocument::tr("%1 GB/s").arg(number(g.bandwidthGBps)),
                        number(g.tflops[int(Precision::BF16)]), units::usdPrecise(g.priceUsdPerHour),
                        g.priceAsOf});
    sec.blocks.push_back(table({{ReportDocument::tr("GPU"), 0.34},
                                {ReportDocument::tr("Memory"), 0.11, true},
                                {ReportDocument::tr("Bandwidth"), 0.14, true},
                                {ReportDocument::tr("BF16 TFLOPS"), 0.14, true},
                                {ReportDocument::tr("Price / hour"), 0.13, true},
                                {ReportDocument::tr("Price as of"), 0.14, true}},
                               rows, 20, 8));
    rows.clear();
    for (const ModelSpec &m : s.models)
        rows.push_back({m.name,
                        //: A model's parameter count in billions (B: billion)
                        ReportDocument::tr("%1 B").arg(number(m.paramsB)), units::count(m.layers),
                        units::count(m.hidden),
                        QStringLiteral("%1 / %2").arg(units::count(m.heads), units::count(m.kvHeads)),
                        m.asOf});
    sec.blocks.push_back(table({{ReportDocument::tr("Model"), 0.34},
                                {ReportDocument::tr("Parameters"), 0.13, true},
                                {ReportDocument::tr("Layers"), 0.1, true},
                                {ReportDocument::tr("Hidden"), 0.12, true},
                                {ReportDocument::tr("Heads / KV"), 0.15, true},
                                {ReportDocument::tr("Spec as of"), 0.16, true}},
                               rows, 20, 8));
    return sec;
}

ReportSection sourcesSection(const ReportData &d)
{
    ReportSection sec = section(ReportSection::Sources, "sources", ReportDocument::tr("Data sources"));
    sec.rowsPerPage = reportlayout::SourcesPerPage;
    ReportBlock b;
    b.kind = ReportBlock::Sources;
    b.sources.headers = {ReportDocument::tr("Source"), ReportDocument::tr("Title and address"),
                         ReportDocument::tr("Licence · as of")};
    for (const Source &src : d.sources)
        b.sources.rows.push_back(
            {src.id, src.title, src.url,
             src.licence.isEmpty() ? ReportDocument::tr("licence not stated") : src.licence,
             src.asOf.isEmpty() ? ReportDocument::tr("date not stated")
                                : ReportDocument::tr("as of %1").arg(src.asOf)});
    sec.blocks.push_back(b);
    return sec;
}

} // namespace ea::reportblocks
