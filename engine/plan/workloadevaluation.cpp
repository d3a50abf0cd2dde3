// SPDX-License-Identifier: GPL-3.0-or-later
// Evaluator::evaluateWorkload: routing of one workload's demand to the nodes of one tier, site sizing,
// latency percentiles and cost.
#include "engine/cost/costmodel.h"
#include "engine/geo/geodesy.h"
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/stats/quantile.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <numeric>

namespace ea {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
using geo::kEarthRadiusKm;
// Share of the compute budget the operating batch may use; the rest absorbs queueing.
constexpr double kBatchBudgetShare = 0.85;
// Queueing allowed, as a share of the compute time, when the SLO cannot be met anyway.
constexpr double kOutOfReachWaitShare = 0.25;

double jitterFactor(const NetworkParams &n, double pct)
{
    if (pct <= 50)
        return 1.0;
    if (pct <= 95)
        return 1.0 + (n.jitterP95Factor - 1.0) * (pct - 50.0) / 45.0;
    return n.jitterP95Factor + (n.jitterP99Factor - n.jitterP95Factor) * (pct - 95.0) / 4.0;
}

/** Network RTT at a percentile: jitter, plus handshakes once new connections reach that tail. */
double networkAt(const NetworkParams &n, double medianMs, double pct)
{
    const bool handshakeInTail = n.newConnectionShare > 1.0 - pct / 100.0;
    return medianMs * jitterFactor(n, pct) * (handshakeInTail ? 1.0 + n.handshakeRtts : 1.0);
}

/** The demand-weighted quantile (engine/stats: the latency some demand actually gets); 0 with no demand. */
double weightedQuantile(std::vector<std::pair<float, double>> &v, double q)
{
    return stats::valueOr(stats::weightedQuantileInPlace(v, q), 0.0);
}

struct GpuChoice
{
    bool fits = false;
    ComputeModel model;
    ComputePoint point;
    double latencyMs = 0; // TTFT or E2E at the operating batch
    double waitBudgetMs = kInf;
    double capacityRpsPerReplica = 0;
};

} // namespace

double Evaluator::networkAtPercentile(const NetworkParams &n, double medianMs, double pct)
{
    return networkAt(n, medianMs, pct);
}

ComputeModel Evaluator::computeModel(int workload, Tier tier, int gpuType) const
{
    const Scenario &s = *m_scenario;
    const Workload &w = s.workloads[workload];
    const TierSettings &ts = s.tier(tier);
    const ModelSpec &model = s.models[s.modelIndex(w.model)];
    ComputeModel m(s.gpus[gpuType], model, w.precision, ts.computeEfficiency, ts.bandwidthEfficiency);
    if (const MeasuredProfile *mp = s.measuredProfile(s.gpus[gpuType].id, model.id, w.precision))
        m.setProfile(mp->profile); // measured by a benchmark trial: replaces the roofline
    return m;
}

WorkloadOutcome Evaluator::evaluateWorkload(int wi, Tier tier, std::vector<int> &freeGpus,
                                            const NodeMask *down, const WorkloadReuse &reuse) const
{
    const Scenario &s = *m_scenario;
    const Workload &w = s.workloads[wi];
    const TierSettings &ts = s.tier(tier);
    const NetworkParams &net = s.network;
    const double pct = w.slo.percentile;
    const size_t nRegions = s.regions.size();

    WorkloadOutcome out;
    out.workload = wi;
    out.tier = tier;
    out.billing = ts.billing;
    out.offeredRps = w.meanRps;
    out.regions.assign(nRegions, RegionOutcome{});
    const double requests = cost::monthlyRequests(w.meanRps, s.priceBook.hoursPerMonth);
    out.tokensPerMonth = requests * (w.inputTokens + w.outputTokens);

    const std::vector<int> &tierNodes = m_tierNodes[static_cast<int>(tier)];
    const int mi = s.modelIndex(w.model);
    if (tierNodes.empty() || mi < 0 || !ts.present) {
        out.feasible = false;
        out.issue = tierNodes.empty() ? tr("the tier has no nodes") : tr("unknown model or tier");
        return out;
    }
    const ModelSpec &model = s.models[mi];
    const ApiPrice *api = ts.billing == Billing::Api ? s.apiPrice(w.model) : nullptr;
    if (ts.billing == Billing::Api && !api) {
        out.feasible = false;
        out.issue =
            tr("the tier is billed per token but the price book has no API price for %1").arg(model.name);
        return out;
    }

    // The workload's users pay their access profile's last mile; routing (by RTT with fixed access) is the
    // same for every profile, since the difference is one constant per region.
    const std::vector<double> &access = m_regionAccessByProfile[static_cast<int>(w.access)];
    const auto accessShift = [&](size_t r) { return access[r] - m_regionAccess[r]; };

    // Network allowance: the SLO-percentile network RTT to each region's best node, over demand.
    const Candidates &cand = candidates(tier);
    constexpr int K = CandidatesPerRegion;
    const WorkloadOutcome *previous = reuse.previous;
    if (previous) {
        out.networkAllowanceMs = previous->networkAllowanceMs; // from the candidates alone
    } else {
        std::vector<std::pair<float, double>> tmp;
        tmp.reserve(nRegions);
        for (size_t r = 0; r < nRegions; ++r)
            if (cand.node[r * K] >= 0)
                tmp.emplace_back(static_cast<float>(networkAt(net, cand.rtt[r * K] + accessShift(r), pct)),
                                 m_regionShare[r]);
        out.networkAllowanceMs = weightedQuantile(tmp, pct / 100.0);
    }
    const double computeBudget = w.slo.budgetMs - out.networkAllowanceMs;

    // One operating point per GPU type present in the tier.
    std::map<int, GpuChoice> choices;
    for (int node : tierNodes) {
        const int g = m_nodeGpu[node];
        if (choices.count(g))
            continue;
        GpuChoice c{false, computeModel(wi, tier, g), {}, 0, kInf, 0};
        c.fits = c.model.fits();
        if (c.fits) {
            c.point = c.model.bestWithin(w.slo.metric, kBatchBudgetShare * std::max(computeBudget, 0.0),
                                         w.inputTokens, w.outputTokens);
            c.latencyMs = w.slo.metric == SloMetric::Ttft ? c.point.ttftMs : c.point.e2eMs;
            const double slack = computeBudget - c.latencyMs;
            // SLO out of reach even unloaded: still keep the queue from dominating what users see.
            c.waitBudgetMs = slack > 0 ? slack : kOutOfReachWaitShare * c.latencyMs;
            c.capacityRpsPerReplica = c.point.batch * 1000.0 / c.point.e2eMs * ts.targetUtilization;
        }
        choices.emplace(g, std::move(c));
    }
    std::vector<const GpuChoice *> nodeChoice(s.nodes.size(), nullptr);
    std::vector<double> capacityRps(s.nodes.size(), 0.0);
    for (int node : tierNodes) {
        const GpuChoice &c = choices.at(m_nodeGpu[node]);
        nodeChoice[node] = &c;
        if (!c.fits)
            continue;
        if (ts.billing == Billing::Api)
            capacityRps[node] = kInf;
        else
            capacityRps[node] =
                (std::max(freeGpus[node], 0) / c.model.gpusPerReplica()) * c.capacityRpsPerReplica;
    }
    if (down && !down->empty())
        for (int node : tierNodes)
            if ((*down)[node])
                capacityRps[node] = -1.0; // below any need, zero included: never chosen, never open

    // Route: heaviest regions first, each to its best candidate with room left.
    double diurnalSum = 0, diurnalMax = 0;
    for (double v : w.diurnal) {
        diurnalSum += v;
        diurnalMax = std::max(diurnalMax, v);
    }
    const double diurnalMean = diurnalSum / 24.0;
    const double peakFactor = diurnalMean > 0 ? diurnalMax / diurnalMean : 1.0;
    std::vector<int> regionNode(nRegions, -1);
    std::vector<double> routedNeed(s.nodes.size(), 0.0);
    std::vector<int> open; // nodes that may still take demand
    struct
    {
        bool valid = false;
        int node = -1;
        double rps = 0;
    } maxRoom; // the most room left on any open node, recomputed after that node takes demand
    for (int node : tierNodes)
        if (capacityRps[node] > 0)
            open.push_back(node);
    std::vector<float> regionRtt(nRegions, 0.0f);
    // The GPU types of the tier as a list, for the spill search's per-type bounds.
    std::vector<const GpuChoice *> choiceList;
    std::vector<int> choiceOf(s.nodes.size(), 0);
    for (const auto &[g, c] : choices)
        choiceList.push_back(&c);
    for (int node : tierNodes)
        choiceOf[node] =
            int(std::find(choiceList.begin(), choiceList.end(), nodeChoice[node]) - choiceList.begin());
    std::vector<double> minCos(choiceList.size(), -2.0);
    // The capacity `previous` saw, replayed beside this routing (WorkloadReuse::previousFreeGpus), and the
    // nodes that have more room now than then at the same point: only those can beat a spill it made.
    const bool replay = previous && reuse.previousFreeGpus && ts.billing != Billing::Api;
    std::vector<double> previousCapacity;
    std::vector<int> moreRoom;
    std::vector<char> inMoreRoom;
    const auto noteRoom = [&](int node) {
        if (node >= 0 && !inMoreRoom[node] && capacityRps[node] > previousCapacity[node]) {
            inMoreRoom[node] = 1;
            moreRoom.push_back(node);
        }
    };
    if (replay) {
        previousCapacity.assign(s.nodes.size(), 0.0);
        inMoreRoom.assign(s.nodes.size(), 0);
        for (int node : tierNodes) {
            const GpuChoice &c = *nodeChoice[node];
            if (c.fits)
                previousCapacity[node] =
                    (std::max((*reuse.previousFreeGpus)[node], 0) / c.model.gpusPerReplica()) *
                    c.capacityRpsPerReplica;
            noteRoom(node);
        }
    }
    const auto isCandidate = [&](int r, int node) {
        const int *first = cand.node.data() + size_t(r) * K;
        return std::find(first, first + K, node) != first + K;
    };
    for (int r : m_regionsByWeight) {
        const double need = w.meanRps * m_regionShare[r] * peakFactor;
        // Best = lowest network RTT plus the compute time of the node's GPU type, among nodes with room.
        int chosen = -1;
        float rtt = 0;
        double bestTotal = kInf;
        for (int j = 0; j < K; ++j) {
            const int node = cand.node[r * K + j];
            if (node < 0 || !nodeChoice[node]->fits)
                continue;
            if (capacityRps[node] < need) {
                out.capacityLimited = true;
                continue;
            }
            const double total = cand.rtt[r * K + j] + nodeChoice[node]->latencyMs;
            if (total < bestTotal) {
                bestTotal = total;
                chosen = node;
                rtt = cand.rtt[r * K + j];
            }
        }
        const int before = replay ? previous->regions[r].node : -2;
        if (chosen < 0 && replay &&
            (before < 0 ||
             (!isCandidate(r, before) && capacityRps[before] >= need && capacityRps[before] > 0))) {
            // It spilled to `before` then (or found no room anywhere), and `before` still has room: every
            // node that lost to it then loses now; only a node with more room than then can win.
            double bestNow = kInf;
            if (before >= 0) {
                const double net = networkRttMs(r, before);
                bestNow = net + nodeChoice[before]->latencyMs;
                chosen = before;
                rtt = static_cast<float>(net);
            }
            for (int node : moreRoom) {
                if (capacityRps[node] < need || capacityRps[node] <= 0)
                    continue;
                const double net = networkRttMs(r, node);
                const double total = net + nodeChoice[node]->latencyMs;
                if (total < bestNow || (total == bestNow && node < chosen)) {
                    bestNow = total;
                    chosen = node;
                    rtt = static_cast<float>(net);
                }
            }
        } else if (chosen < 0) { // every near candidate is full: any node with room left
            if (!maxRoom.valid) {
                std::erase_if(open, [&](int node) { return capacityRps[node] <= 0; });
                maxRoom = {true, -1, 0.0};
                for (int node : open)
                    if (capacityRps[node] > maxRoom.rps)
                        maxRoom = {true, node, capacityRps[node]};
            }
            if (need <= maxRoom.rps) { // else no node anywhere has room for this region
                const RttModel::Site &from = m_regionSites[r];
                // A node can win only within the reach of the best total so far less its own compute
                // time: one cosine bound per GPU type (nodes farther away cannot win). The nearest node
                // with room is tried first (a cheap pass), so the bounds are tight from the start. Ties go
                // to the lowest node index, as a scan in node order would have it.
                std::fill(minCos.begin(), minCos.end(), -2.0);
                int nearest = -1;
                double nearestCos = -2.0;
                for (int node : open) {
                    if (capacityRps[node] < need)
                        continue;
                    const RttModel::Site &to = m_nodeSites[node];
                    const double c = from.x * to.x + from.y * to.y + from.z * to.z;
                    if (c > nearestCos) {
                        nearestCos = c;
                        nearest = node;
                    }
                }
                const auto consider = [&](int node) {
                    const RttModel::Site &to = m_nodeSites[node];
                    if (from.x * to.x + from.y * to.y + from.z * to.z < minCos[size_t(choiceOf[node])])
                        return;
                    const double net = networkRttMs(r, node);
                    const double total = net + nodeChoice[node]->latencyMs;
                    if (total < bestTotal || (total == bestTotal && node < chosen)) {
                        bestTotal = total;
                        chosen = node;
                        rtt = static_cast<float>(net);
                        for (size_t c = 0; c < choiceList.size(); ++c) {
                            const double reach =
                                m_rtt.reachKm(from, bestTotal - m_regionAccess[r] - choiceList[c]->latencyMs);
                            minCos[c] =
                                reach >= M_PI * kEarthRadiusKm ? -2.0 : std::cos(reach / kEarthRadiusKm);
                        }
                    }
                };
                if (nearest >= 0) {
                    consider(nearest);
                    for (int node : open)
                        if (node != nearest && capacityRps[node] >= need)
                            consider(node);
                }
            }
        }
        if (replay && before >= 0)
            previousCapacity[before] -= need;
        if (chosen < 0) {
            if (replay)
                noteRoom(before);
            continue;
        }
        capacityRps[chosen] -= need;
        if (replay) {
            noteRoom(before);
            noteRoom(chosen);
        }
        if (chosen == maxRoom.node)
            maxRoom.valid = false;
        routedNeed[chosen] += need;
        regionNode[r] = chosen;
        regionRtt[r] = rtt;
    }

    // Sites whose demand regions are exactly those they had in `previous`: their sizing is copied.
    std::vector<int> previousSite; // by node: index into previous->siteLoads, -1 when none or changed
    if (previous) {
        previousSite.assign(s.nodes.size(), -1);
        for (size_t i = 0; i < previous->siteLoads.size(); ++i)
            previousSite[previous->siteLoads[i].node] = static_cast<int>(i);
        for (size_t r = 0; r < nRegions; ++r) {
            const int before = previous->regions[r].node, now = regionNode[r];
            if (before != now) {
                if (before >= 0)
                    previousSite[before] = -1;
                if (now >= 0)
                    previousSite[now] = -1;
            }
        }
    }
    std::vector<char> copied; // by site
    // Sites: hourly load in UTC from each region's local-time profile, sized at the site's own peak.
    std::vector<int> siteOf(s.nodes.size(), -1);
    std::vector<std::array<double, 24>> hourly;
    for (size_t r = 0; r < nRegions; ++r) {
        const int node = regionNode[r];
        if (node < 0)
            continue;
        if (siteOf[node] < 0) {
            siteOf[node] = static_cast<int>(out.siteLoads.size());
            const int before = previous ? previousSite[node] : -1;
            if (before >= 0) {
                out.siteLoads.push_back(previous->siteLoads[before]);
            } else {
                SiteOutcome site;
                site.node = node;
                site.routedPeakRps = routedNeed[node];
                site.rpsPerReplica = nodeChoice[node]->capacityRpsPerReplica;
                site.gpusPerReplica = nodeChoice[node]->model.gpusPerReplica();
                site.slotsPerReplica = nodeChoice[node]->point.batch;
                site.serviceMs = nodeChoice[node]->point.e2eMs;
                out.siteLoads.push_back(site);
            }
            copied.push_back(before >= 0 ? 1 : 0);
            hourly.push_back({});
        }
        const int si = siteOf[node];
        if (copied[si])
            continue;
        const double mean = w.meanRps * m_regionShare[r];
        out.siteLoads[si].meanRps += mean;
        const double off = s.regions[r].utcOffsetHours;
        for (int h = 0; h < 24; ++h) {
            const double local = std::fmod(h + off + 48.0, 24.0);
            const int h0 = static_cast<int>(local);
            const double f = local - h0;
            const double v = (1.0 - f) * w.diurnal[h0] + f * w.diurnal[(h0 + 1) % 24];
            hourly[si][h] += mean * (diurnalMean > 0 ? v / diurnalMean : 1.0);
        }
    }
    std::vector<double> siteWaitAt[3];
    const double pcts[3] = {50.0, 95.0, 99.0};
    std::vector<double> siteWaitSlo(out.siteLoads.size(), 0.0);
    // Compute latency at the batch a site actually runs at its peak (Little's law), not at the largest
    // batch the budget would allow: a lightly loaded site answers faster.
    std::vector<ComputePoint> sitePoint(out.siteLoads.size());
    std::vector<double> siteLatency(out.siteLoads.size(), 0.0);
    for (auto &v : siteWaitAt)
        v.assign(out.siteLoads.size(), 0.0);
    std::map<int, double> demandByGpu;
    for (size_t si = 0; si < out.siteLoads.size(); ++si) {
        SiteOutcome &site = out.siteLoads[si];
        const GpuChoice &c = *nodeChoice[site.node];
        demandByGpu[m_nodeGpu[site.node]] += site.meanRps;
        if (copied[si]) {
            siteWaitAt[0][si] = site.waitP50Ms;
            siteWaitAt[1][si] = site.waitP95Ms;
            siteWaitAt[2][si] = site.waitP99Ms;
            siteWaitSlo[si] = site.waitMs;
            sitePoint[si] = site.point;
            siteLatency[si] = site.computeMs;
            if (ts.billing != Billing::Api) {
                freeGpus[site.node] -= site.gpus;
                out.gpus += site.gpus;
                out.gpuUsdPerMonth += site.gpuUsdPerMonth;
            }
            continue;
        }
        site.peakRps = *std::max_element(hourly[si].begin(), hourly[si].end());
        const int k0 = c.point.batch;
        sitePoint[si] = c.point;
        siteLatency[si] = c.latencyMs;
        if (ts.billing == Billing::Api) {
            site.utilization = 0;
            site.batch = k0;
            site.point = sitePoint[si];
            site.computeMs = siteLatency[si];
            continue; // the provider's queueing is not ours to model
        }
        cost::SiteRequest req;
        req.peakRps = site.peakRps;
        req.serviceMs = c.point.e2eMs;
        req.slotsPerReplica = k0;
        req.gpusPerReplica = c.model.gpusPerReplica();
        req.percentile = pct;
        req.waitBudgetMs = c.waitBudgetMs;
        req.tier = &ts;
        req.usdPerGpuHour = s.gpus[m_nodeGpu[site.node]].priceUsdPerHour *
                            s.adjustments.tierPriceFactor[static_cast<int>(tier)];
        req.hoursPerMonth = s.priceBook.hoursPerMonth;
        const cost::SitePlan plan = cost::planSite(req);
        site.replicas = plan.replicas;
        site.gpus = plan.gpus;
        site.utilization = plan.utilization;
        site.waitMs = plan.waitMs;
        site.gpuUsdPerMonth = plan.usdPerMonth;
        const int servers = plan.replicas * k0;
        for (int q = 0; q < 3; ++q)
            siteWaitAt[q][si] = queueing::waitQuantileMs(servers, site.peakRps, c.point.e2eMs, pcts[q]);
        siteWaitSlo[si] = plan.waitMs;
        // Requests in flight per replica n = λ · S(n) / replicas, S the E2E time at batch n: iterate from 1
        // (the map is monotone, so this climbs to the smallest fixed point).
        int batch = 1;
        ComputePoint point = c.model.at(1, w.inputTokens, w.outputTokens);
        for (int it = 0; it < 32; ++it) {
            const double inFlight = site.peakRps * point.e2eMs / 1000.0 / std::max(plan.replicas, 1);
            const int next = std::clamp(static_cast<int>(std::ceil(inFlight)), 1, k0);
            if (next == batch)
                break;
            batch = next;
            point = c.model.at(batch, w.inputTokens, w.outputTokens);
        }
        site.batch = batch;
        sitePoint[si] = point;
        siteLatency[si] = w.slo.metric == SloMetric::Ttft ? sitePoint[si].ttftMs : sitePoint[si].e2eMs;
        site.waitP50Ms = siteWaitAt[0][si];
        site.waitP95Ms = siteWaitAt[1][si];
        site.waitP99Ms = siteWaitAt[2][si];
        site.point = sitePoint[si];
        site.computeMs = siteLatency[si];
        freeGpus[site.node] -= plan.gpus;
        out.gpus += plan.gpus;
        out.gpuUsdPerMonth += plan.usdPerMonth;
    }
    out.sites = static_cast<int>(out.siteLoads.size());

    // Latency per region, then percentiles over demand.
    std::vector<std::pair<float, double>> q50, q95, q99;
    q50.reserve(nRegions);
    q95.reserve(nRegions);
    q99.reserve(nRegions);
    LatencyBreakdown sum;
    double served = 0, good = 0;
    for (size_t r = 0; r < nRegions; ++r) {
        const int node = regionNode[r];
        if (node < 0)
            continue;
        const double share = w.meanRps * m_regionShare[r];
        const int si = siteOf[node];
        const double compute = siteLatency[si];
        RegionOutcome &ro = out.regions[r];
        ro.node = node;
        const double medianNet = regionRtt[r] + accessShift(r);
        ro.networkMs = static_cast<float>(medianNet);
        ro.p50Ms = static_cast<float>(networkAt(net, medianNet, 50) + siteWaitAt[0][si] + compute);
        ro.p95Ms = static_cast<float>(networkAt(net, medianNet, 95) + siteWaitAt[1][si] + compute);
        ro.p99Ms = static_cast<float>(networkAt(net, medianNet, 99) + siteWaitAt[2][si] + compute);
        const double netSlo = networkAt(net, medianNet, pct);
        ro.sloMs = static_cast<float>(netSlo + siteWaitSlo[si] + compute);
        ro.meetsSlo = ro.sloMs <= w.slo.budgetMs;
        q50.emplace_back(ro.p50Ms, share);
        q95.emplace_back(ro.p95Ms, share);
        q99.emplace_back(ro.p99Ms, share);
        served += share;
        if (ro.meetsSlo)
            good += share;
        if (!reuse.percentiles)
            continue; // neither percentiles nor the breakdown wanted
        const double floorMs = m_rtt.floorMs(m_regionSites[r], m_nodeSites[node]);
        sum.propagationMs += share * floorMs;
        sum.accessMs += share * access[r];
        sum.inflationMs += share * (netSlo - floorMs - access[r]);
        // The engine's scheduling (TTFT beyond the prefill and the step a request joins: HTTP, tokenizer, its
        // queue) is waiting, so it counts with the site's queueing; decode is what compute time remains.
        const ComputePoint &pt = sitePoint[si];
        const double scheduling = std::max(0.0, pt.ttftMs - pt.prefillMs - (pt.batch > 1 ? pt.stepMs : 0.0));
        sum.queueingMs += share * (siteWaitSlo[si] + scheduling);
        sum.prefillMs += share * pt.prefillMs;
        sum.decodeMs += share * std::max(0.0, compute - pt.prefillMs - scheduling);
    }
    out.servedRps = served;
    out.goodputRps = good;
    out.attainmentPct = w.meanRps > 0 ? 100.0 * good / w.meanRps : 0.0;
    if (reuse.percentiles) {
        out.p50Ms = weightedQuantile(q50, 0.50);
        out.p95Ms = weightedQuantile(q95, 0.95);
        out.p99Ms = weightedQuantile(q99, 0.99);
    }
    out.sloMs = pct <= 50 ? out.p50Ms : pct <= 95 ? out.p95Ms : out.p99Ms;
    if (served > 0) {
        sum.propagationMs /= served;
        sum.accessMs /= served;
        sum.inflationMs /= served;
        sum.queueingMs /= served;
        sum.prefillMs /= served;
        sum.decodeMs /= served;
    }
    out.breakdown = sum;

    // The operating point reported is that of the GPU type carrying most demand.
    int mainGpu = -1;
    double most = -1;
    for (const auto &[g, d] : demandByGpu)
        if (d > most) {
            most = d;
            mainGpu = g;
        }
    if (mainGpu >= 0) {
        out.compute = choices.at(mainGpu).point;
        out.gpusPerReplica = choices.at(mainGpu).model.gpusPerReplica();
    }
    if (served < w.meanRps * 0.999) {
        bool anyFits = false;
        for (const auto &[g, c] : choices)
            anyFits = anyFits || c.fits;
        out.feasible = served > 0;
        out.issue =
            !anyFits
                ? tr("%1 does not fit the GPUs of this tier (more than 8 GPUs per replica)").arg(model.name)
                : tr("%1 of demand finds no node with free capacity")
                      .arg(units::percent(100.0 * (1.0 - served / w.meanRps)));
    }

    if (api)
        out.apiUsdPerMonth = cost::apiUsdPerMonth(requests * served / std::max(w.meanRps, 1e-12),
                                                  w.inputTokens, w.outputTokens, *api) *
                             s.adjustments.tierPriceFactor[static_cast<int>(tier)];
    out.egressUsdPerMonth = cost::egressGBPerMonth(requests, w.outputTokens) * ts.egressUsdPerGB;
    return out;
}

} // namespace ea
