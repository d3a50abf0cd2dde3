// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/timeline.h"

#include "engine/cost/queueing.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>
#include <optional>
#include <stdexcept>

namespace ea {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
// A region fits a site when its demand is within this share of the room left (the running remainder
// of the sizing sums in another order than the site's load).
constexpr double kRoomTolerance = 1e-9;
} // namespace

namespace timeline {

double localHour(const DemandRegion &region, int utcHour)
{
    return std::fmod(utcHour + region.utcOffsetHours + 48.0, 24.0);
}

double diurnalMean(const Workload &w)
{
    double sum = 0;
    for (double v : w.diurnal)
        sum += v;
    return sum / 24.0;
}

double diurnalFactor(const Workload &w, double local)
{
    return diurnalFactor(w, diurnalMean(w), local);
}

double diurnalFactor(const Workload &w, double mean, double local)
{
    const int h0 = static_cast<int>(local);
    const double f = local - h0;
    const double v = (1.0 - f) * w.diurnal[h0 % 24] + f * w.diurnal[(h0 + 1) % 24];
    return mean > 0 ? v / mean : 1.0;
}

double regionDemandRps(const Scenario &s, int workload, int region, int utcHour)
{
    double total = 0;
    for (const DemandRegion &r : s.regions)
        total += r.weight;
    const double share = total > 0 ? s.regions[region].weight / total : 0.0;
    const Workload &w = s.workloads[workload];
    return w.meanRps * share * diurnalFactor(w, localHour(s.regions[region], utcHour));
}

} // namespace timeline

struct PlanTimeline::Prepared
{
    int workload = -1;
    const WorkloadOutcome *plan = nullptr; // the workload's outcome, or one part of a split workload
    bool gpuBilled = true;
    std::array<std::vector<double>, 24> demand; // by region
    std::array<double, 24> offered{};
    std::array<bool, 24> sameAsBefore{};             // demand[h] == demand[h - 1] for every region
    std::vector<int> order;                          // regions, heaviest first
    std::vector<int> siteOfNode;                     // node → index into plan->siteLoads, -1
    std::vector<double> capacity;                    // by site, rps
    std::vector<int> peakHour;                       // by site
    std::vector<std::optional<ComputeModel>> models; // by site (GPU-billed tiers)
    std::vector<double> netSloToPlanNode;            // by region
    std::vector<double> accessShift;                 // by region
    double gpuUsdPerHour = 0, variableUsdPerServedRps = 0;
};

PlanTimeline::PlanTimeline(std::shared_ptr<const Evaluator> sizing, PlanOutcomePtr plan,
                           std::shared_ptr<const Scenario> demand)
    : m_sizing(std::move(sizing)), m_plan(std::move(plan)), m_demand(std::move(demand))
{
    prepare();
}

PlanTimeline::PlanTimeline(std::shared_ptr<const Evaluator> sizing, PlanOutcomePtr plan,
                           const WhatIfPlan &whatIf)
    : m_sizing(std::move(sizing)), m_plan(std::move(plan)), m_demand(whatIf.applied.scenario),
      m_network(whatIf.evaluator), m_conditions(whatIf.conditions)
{
    if (whatIf.applied.downNodes > 0)
        m_down = whatIf.applied.down;
    prepare();
}

void PlanTimeline::prepare()
{
    if (!m_sizing || !m_plan)
        throw std::invalid_argument("PlanTimeline: no evaluator or plan");
    const Scenario &s = m_sizing->scenario();
    if (!m_demand)
        m_demand = m_sizing->scenarioPtr();
    if (!m_network)
        m_network = m_sizing;
    const Scenario &d = *m_demand;
    if (m_network->scenario().nodes.size() != s.nodes.size() ||
        (!m_down.empty() && m_down.size() != s.nodes.size()))
        throw std::invalid_argument("PlanTimeline: the what-if copy has other nodes");
    if (d.regions.size() != s.regions.size() || d.workloads.size() != s.workloads.size() ||
        m_plan->workloads.size() != s.workloads.size())
        throw std::invalid_argument(
            "PlanTimeline: the demand scenario or the plan has other regions or workloads");
    const size_t nRegions = s.regions.size();
    double totalWeight = 0;
    for (const DemandRegion &r : d.regions)
        totalWeight += r.weight;
    std::vector<int> byWeight(nRegions);
    std::iota(byWeight.begin(), byWeight.end(), 0);
    std::stable_sort(byWeight.begin(), byWeight.end(),
                     [&](int a, int b) { return d.regions[a].weight > d.regions[b].weight; });
    // Every region's local hour at every UTC hour, and its share of demand: the same for every workload.
    std::vector<std::array<double, 24>> localHours(nRegions);
    std::vector<double> shares(nRegions);
    for (size_t r = 0; r < nRegions; ++r) {
        for (int h = 0; h < 24; ++h)
            localHours[r][size_t(h)] = timeline::localHour(d.regions[r], h);
        shares[r] = totalWeight > 0 ? d.regions[r].weight / totalWeight : 0.0;
    }

    // One entry per outcome that routes demand: a workload's, or each part of a split workload (each over
    // the demand of its zones, in its own tier).
    std::vector<std::pair<size_t, const WorkloadOutcome *>> outcomes;
    for (size_t wi = 0; wi < s.workloads.size(); ++wi) {
        const WorkloadOutcome &wo = m_plan->workloads[wi];
        if (wo.isSplit())
            for (const WorkloadOutcome &part : wo.parts)
                outcomes.emplace_back(wi, &part);
        else
            outcomes.emplace_back(wi, &wo);
    }
    m_prepared.resize(outcomes.size());
    for (size_t pi = 0; pi < outcomes.size(); ++pi) {
        const size_t wi = outcomes[pi].first;
        Prepared &p = m_prepared[pi];
        const WorkloadOutcome &wo = *outcomes[pi].second;
        p.workload = int(wi);
        const Workload &w = s.workloads[wi];
        const Workload &dw = d.workloads[wi];
        p.plan = &wo;
        p.gpuBilled = wo.billing != Billing::Api;
        p.order = byWeight;
        const double diurnalMean = timeline::diurnalMean(dw);
        // The same expressions, in the same order, as the evaluator's site sizing: equal to the bit.
        for (int h = 0; h < 24; ++h) {
            p.demand[h].assign(nRegions, 0.0);
            for (size_t r = 0; r < nRegions; ++r) {
                if (wo.zones != AllZones && !(wo.zones >> m_sizing->regionZone(int(r)) & 1u))
                    continue; // another part's demand
                const double mean = dw.meanRps * shares[r];
                p.demand[h][r] = mean * timeline::diurnalFactor(dw, diurnalMean, localHours[r][size_t(h)]);
                p.offered[h] += p.demand[h][r];
            }
            p.sameAsBefore[h] = h > 0 && p.demand[h] == p.demand[h - 1];
        }
        p.siteOfNode.assign(s.nodes.size(), -1);
        std::vector<std::array<double, 24>> hourly(wo.siteLoads.size(), std::array<double, 24>{});
        for (size_t si = 0; si < wo.siteLoads.size(); ++si) {
            const SiteOutcome &site = wo.siteLoads[si];
            p.siteOfNode[site.node] = static_cast<int>(si);
            const bool down = !m_down.empty() && m_down[size_t(site.node)];
            p.capacity.push_back(down ? 0.0 : p.gpuBilled ? site.replicas * site.rpsPerReplica : kInf);
            const int g = m_sizing->nodeGpu(site.node);
            if (p.gpuBilled && g >= 0)
                p.models.emplace_back(m_sizing->computeModel(int(wi), wo.tier, g));
            else
                p.models.emplace_back();
        }
        p.netSloToPlanNode.assign(nRegions, 0.0);
        p.accessShift.assign(nRegions, 0.0);
        for (size_t r = 0; r < nRegions; ++r) {
            p.accessShift[r] =
                m_network->regionAccessMs(int(r), w.access) - m_network->regionAccessMs(int(r));
            const int node = wo.regions.empty() ? -1 : wo.regions[r].node;
            if (node < 0)
                continue;
            const double median =
                double(static_cast<float>(m_network->networkRttMs(int(r), node))) + p.accessShift[r];
            p.netSloToPlanNode[r] = Evaluator::networkAtPercentile(s.network, median, w.slo.percentile);
            for (int h = 0; h < 24; ++h)
                hourly[p.siteOfNode[node]][h] += p.demand[h][r];
        }
        for (const auto &hrs : hourly)
            p.peakHour.push_back(int(std::max_element(hrs.begin(), hrs.end()) - hrs.begin()));
        const double hours = s.priceBook.hoursPerMonth > 0 ? s.priceBook.hoursPerMonth : 730.0;
        p.gpuUsdPerHour = wo.gpuUsdPerMonth / hours;
        p.variableUsdPerServedRps =
            wo.servedRps > 0 ? (wo.apiUsdPerMonth + wo.egressUsdPerMonth) / hours / wo.servedRps : 0.0;
        for (int h = 0; h < 24; ++h)
            m_offered[h] += p.offered[h];
    }
    m_peakHour = int(std::max_element(m_offered.begin(), m_offered.end()) - m_offered.begin());
}

PlanTimeline::~PlanTimeline() = default;

HourWorkload PlanTimeline::evaluateWorkload(const Prepared &p, int h) const
{
    const Scenario &s = m_sizing->scenario();
    const WorkloadOutcome &wo = *p.plan;
    const Workload &w = s.workloads[size_t(p.workload)];
    const double pct = w.slo.percentile;
    const size_t nRegions = s.regions.size();
    const std::vector<double> &demand = p.demand[h];

    HourWorkload out;
    out.workload = p.workload;
    out.tier = wo.tier;
    out.offeredRps = p.offered[h];
    out.regions.resize(nRegions);
    const size_t nSites = wo.siteLoads.size();

    // Route: each region to its plan node while that site has room, else the best other site with room.
    std::vector<double> room = p.capacity;
    for (int r : p.order) {
        const double need = demand[size_t(r)];
        HourRegion &hr = out.regions[size_t(r)];
        hr.demandRps = static_cast<float>(need);
        const int planNode = wo.regions.empty() ? -1 : wo.regions[size_t(r)].node;
        if (planNode < 0 || need <= 0)
            continue;
        const int si = p.siteOfNode[size_t(planNode)];
        if (need <= room[size_t(si)] * (1.0 + kRoomTolerance)) {
            room[size_t(si)] -= need;
            hr.node = planNode;
            continue;
        }
        int best = -1;
        double bestTotal = kInf;
        for (size_t sj = 0; sj < nSites; ++sj) {
            if (need > room[sj])
                continue;
            const SiteOutcome &site = wo.siteLoads[sj];
            const double total = m_network->networkRttMs(r, site.node) + site.computeMs;
            if (total < bestTotal) {
                bestTotal = total;
                best = int(sj);
            }
        }
        if (best >= 0) {
            room[size_t(best)] -= need;
            hr.node = wo.siteLoads[size_t(best)].node;
            hr.spilled = true;
        }
    }

    // Sites: load in region order (as the sizing summed it), then queueing and batch at that load.
    out.sites.resize(nSites);
    for (size_t si = 0; si < nSites; ++si) {
        const SiteOutcome &site = wo.siteLoads[si];
        HourSite &hs = out.sites[si];
        hs.node = site.node;
        hs.capacityRps = p.capacity[si];
        hs.down = !m_down.empty() && m_down[size_t(site.node)];
        hs.peakRps = site.peakRps;
        hs.peakHour = p.peakHour[si];
        hs.gpus = site.gpus;
        hs.batch = site.batch;
        hs.computeMs = site.computeMs;
    }
    for (size_t r = 0; r < nRegions; ++r)
        if (out.regions[r].node >= 0)
            out.sites[size_t(p.siteOfNode[size_t(out.regions[r].node)])].loadRps += demand[r];
    if (p.gpuBilled) {
        for (size_t si = 0; si < nSites; ++si) {
            if (!p.models[si])
                continue;
            const SiteOutcome &site = wo.siteLoads[si];
            HourSite &hs = out.sites[si];
            const int servers = site.replicas * site.slotsPerReplica;
            const double lambda = hs.loadRps;
            hs.utilization = servers > 0 ? lambda * site.serviceMs / 1000.0 / servers : 0.0;
            hs.waitMs = queueing::waitQuantileMs(servers, lambda, site.serviceMs, pct);
            // The batch the site runs at this load (Little's law), as the sizing finds it at the peak.
            const ComputeModel &model = *p.models[si];
            int batch = 1;
            ComputePoint point = model.at(1, w.inputTokens, w.outputTokens);
            for (int it = 0; it < 32; ++it) {
                const double inFlight = lambda * point.e2eMs / 1000.0 / std::max(site.replicas, 1);
                const int next = std::clamp(static_cast<int>(std::ceil(inFlight)), 1, site.slotsPerReplica);
                if (next == batch)
                    break;
                batch = next;
                point = model.at(batch, w.inputTokens, w.outputTokens);
            }
            hs.batch = batch;
            hs.computeMs = w.slo.metric == SloMetric::Ttft ? point.ttftMs : point.e2eMs;
        }
    }

    // Latency per region, and attainment over this hour's demand.
    for (size_t r = 0; r < nRegions; ++r) {
        HourRegion &hr = out.regions[r];
        if (hr.node < 0)
            continue;
        const HourSite &hs = out.sites[size_t(p.siteOfNode[size_t(hr.node)])];
        double netSlo = p.netSloToPlanNode[r];
        if (hr.spilled) {
            const double median =
                double(static_cast<float>(m_network->networkRttMs(int(r), hr.node))) + p.accessShift[r];
            netSlo = Evaluator::networkAtPercentile(s.network, median, pct);
        }
        hr.sloMs = static_cast<float>(netSlo + hs.waitMs + hs.computeMs);
        hr.meetsSlo = hr.sloMs <= w.slo.budgetMs;
        out.servedRps += demand[r];
        if (hr.meetsSlo)
            out.goodputRps += demand[r];
    }
    out.attainmentPct = out.offeredRps > 0 ? 100.0 * out.goodputRps / out.offeredRps : 100.0;
    out.usdPerHour = p.gpuUsdPerHour + p.variableUsdPerServedRps * out.servedRps;
    return out;
}

void PlanTimeline::assemble(PlanHour &h, std::vector<HourWorkload> parts) const
{
    const Scenario &s = m_sizing->scenario();
    h.regionDemandRps.assign(s.regions.size(), 0.0f);
    std::map<int, HourNode> nodes;
    for (size_t pi = 0; pi < parts.size(); ++pi) {
        const HourWorkload &w = parts[pi];
        TierHour &t = h.tiers[static_cast<int>(w.tier)];
        const bool gpu = m_prepared[pi].gpuBilled;
        for (TierHour *x : {&t, &h.total}) {
            ++x->workloads;
            x->offeredRps += w.offeredRps;
            x->servedRps += w.servedRps;
            x->goodputRps += w.goodputRps;
            x->usdPerHour += w.usdPerHour;
        }
        for (size_t r = 0; r < w.regions.size(); ++r)
            h.regionDemandRps[r] += w.regions[r].demandRps;
        if (!gpu)
            continue;
        for (const HourSite &site : w.sites) {
            for (TierHour *x : {&t, &h.total}) {
                x->capacityRps += site.capacityRps;
                x->gpuLoadRps += site.loadRps;
            }
            HourNode &n = nodes[site.node];
            n.node = site.node;
            n.loadRps += site.loadRps;
            n.capacityRps += site.capacityRps;
        }
    }
    // Workloads counted once per tier they run in above, once in all.
    h.total.workloads = int(s.workloads.size());
    h.nodes.reserve(nodes.size());
    for (const auto &[node, n] : nodes)
        h.nodes.push_back(n);
    // One result per workload: a split workload's parts together.
    h.workloads.clear();
    h.workloads.resize(s.workloads.size());
    std::vector<int> count(s.workloads.size(), 0);
    for (size_t pi = 0; pi < parts.size(); ++pi) {
        HourWorkload &part = parts[pi];
        HourWorkload &w = h.workloads[size_t(part.workload)];
        if (count[size_t(part.workload)]++ == 0) {
            w = std::move(part);
            w.tier = m_plan->workloads[size_t(w.workload)].tier;
            continue;
        }
        w.offeredRps += part.offeredRps;
        w.servedRps += part.servedRps;
        w.goodputRps += part.goodputRps;
        w.usdPerHour += part.usdPerHour;
        w.sites.insert(w.sites.end(), part.sites.begin(), part.sites.end());
        for (size_t r = 0; r < part.regions.size(); ++r)
            if (part.regions[r].demandRps > 0 || part.regions[r].node >= 0)
                w.regions[r] = part.regions[r];
        w.attainmentPct = w.offeredRps > 0 ? 100.0 * w.goodputRps / w.offeredRps : 100.0;
    }
}

PlanHour PlanTimeline::evaluateHour(int utcHour) const
{
    if (utcHour < 0 || utcHour > 23)
        throw std::invalid_argument("PlanTimeline::evaluateHour: the hour must be 0 to 23");
    PlanHour h;
    h.hour = utcHour;
    std::vector<HourWorkload> parts;
    parts.reserve(m_prepared.size());
    for (const Prepared &p : m_prepared)
        parts.push_back(evaluateWorkload(p, utcHour));
    assemble(h, std::move(parts));
    return h;
}

PlanDay PlanTimeline::evaluateDay(const std::function<bool(int)> &progress) const
{
    PlanDay day;
    day.peakHour = m_peakHour;
    day.offeredRps = m_offered;
    day.whatIfConditions = int(m_conditions.size());
    std::vector<PlanHourPtr> hours;
    std::vector<HourWorkload> before; // the hour before's parts
    for (int utc = 0; utc < 24; ++utc) {
        auto h = std::make_shared<PlanHour>();
        h->hour = utc;
        std::vector<HourWorkload> parts;
        parts.reserve(m_prepared.size());
        for (size_t pi = 0; pi < m_prepared.size(); ++pi) {
            const Prepared &p = m_prepared[pi];
            if (!before.empty() && p.sameAsBefore[utc]) {
                parts.push_back(before[pi]); // a flat profile: the same hour again
                ++h->workloadsCopied;
            } else {
                parts.push_back(evaluateWorkload(p, utc));
            }
        }
        before = parts;
        assemble(*h, std::move(parts));
        for (float v : h->regionDemandRps)
            day.maxRegionDemandRps = std::max(day.maxRegionDemandRps, double(v));
        day.workloadsCopied += h->workloadsCopied;
        hours.push_back(std::move(h));
        if (progress && !progress(utc + 1))
            return day;
    }
    day.hours = std::move(hours);
    return day;
}

} // namespace ea
