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

/**
 * Records one capacity test of the routing into a certificate: "has node (with fullGpus usable GPUs) room for
 * need after the demand `taken` was routed to it", which passed or failed. The routing computes the room as
 * (free / gpusPerReplica) · rpsPerReplica minus each taken demand in turn; the smallest whole number of
 * replicas for which that is at least need is found by replaying those very operations (floating point
 * included), so the bound is exact. A failed test that would fail even with every GPU of the node free
 * constrains nothing and is left out.
 */
void recordCapacityTest(CapacityCertificate &c, int node, int fullGpus, double rpsPerReplica,
                        int gpusPerReplica, const std::vector<double> &taken, double need, bool passed)
{
    const int full = std::max(fullGpus, 0) / gpusPerReplica;
    const auto room = [&](int replicas) {
        double rps = replicas * rpsPerReplica;
        for (double t : taken)
            rps -= t;
        return rps;
    };
    int lo = 0, hi = full + 1; // the answer lies in [lo, hi]; hi = full + 1: never enough
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (room(mid) < need)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (passed)
        c.require(node, lo > 0 ? lo * gpusPerReplica : std::numeric_limits<int>::min(),
                  std::numeric_limits<int>::max());
    else if (lo <= full)
        c.require(node, std::numeric_limits<int>::min(), lo * gpusPerReplica - 1);
}

/**
 * Records that a node passed the capacity test of each demand in `taken`, in turn: the least replicas for
 * which the running remainder (replicas · rpsPerReplica less the demands before) covers each demand, replayed
 * in the routing's own floating point.
 */
void recordRoutedDemand(CapacityCertificate &c, int node, int fullGpus, double rpsPerReplica,
                        int gpusPerReplica, const std::vector<double> &taken)
{
    const int full = std::max(fullGpus, 0) / gpusPerReplica;
    const auto fits = [&](int replicas) {
        double rps = replicas * rpsPerReplica;
        for (double t : taken) {
            if (rps < t)
                return false;
            rps -= t;
        }
        return true;
    };
    int lo = 0, hi = full; // they passed with at most `full` replicas
    while (lo < hi) {
        const int mid = lo + (hi - lo) / 2;
        if (fits(mid))
            hi = mid;
        else
            lo = mid + 1;
    }
    c.require(node, lo > 0 ? lo * gpusPerReplica : std::numeric_limits<int>::min(),
              std::numeric_limits<int>::max());
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

/** One operating point per GPU type present in the tier, for a compute budget (SLO budget − allowance). */
std::map<int, GpuChoice> gpuChoices(const Scenario &s, const Workload &w, const ModelSpec &model,
                                    const TierSettings &ts, const std::vector<int> &tierNodes,
                                    double computeBudget)
{
    std::map<int, GpuChoice> choices;
    for (int node : tierNodes) {
        const int g = s.gpuIndex(s.nodes[node].gpu);
        if (choices.count(g))
            continue;
        GpuChoice c{
            false, ComputeModel(s.gpus[g], model, w.precision, ts.computeEfficiency, ts.bandwidthEfficiency),
            {},    0,
            kInf,  0};
        if (const MeasuredProfile *mp = s.measuredProfile(s.gpus[g].id, model.id, w.precision))
            c.model.setProfile(mp->profile); // measured by a benchmark trial: replaces the roofline
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
    return choices;
}

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
    return evaluatePart(wi, tier, AllZones, freeGpus, nullptr, down, reuse);
}

double Evaluator::allowanceMs(int wi, Tier tier, ZoneMask zones) const
{
    const Workload &w = m_scenario->workloads[wi];
    const double pct = w.slo.percentile;
    const Candidates &cand = candidates(tier);
    constexpr int K = CandidatesPerRegion;
    const std::vector<double> &access = m_regionAccessByProfile[static_cast<int>(w.access)];
    std::vector<std::pair<float, double>> v;
    v.reserve(m_regionShare.size());
    for (size_t r = 0; r < m_regionShare.size(); ++r)
        if (cand.node[r * K] >= 0 && (zones == AllZones || (zones >> m_regionSites[r].zone & 1u)))
            v.emplace_back(static_cast<float>(networkAt(
                               m_scenario->network, cand.rtt[r * K] + access[r] - m_regionAccess[r], pct)),
                           m_regionShare[r]);
    return weightedQuantile(v, pct / 100.0);
}

WorkloadOutcome Evaluator::evaluatePart(int wi, Tier tier, ZoneMask zones, std::vector<int> &freeGpus,
                                        CapacityCertificate *certificate, const NodeMask *down,
                                        const WorkloadReuse &reuse) const
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
    out.zones = zones;
    out.billing = ts.billing;
    out.regions.assign(nRegions, RegionOutcome{});
    if (certificate)
        *certificate = {};
    // The part's share of the workload's demand (all of it, exactly, when it is not split).
    const bool whole = zones == AllZones;
    const auto inPart = [&](size_t r) { return whole || (zones >> m_regionSites[r].zone & 1u); };
    double partShare = whole ? 1.0 : 0.0;
    if (!whole)
        for (size_t r = 0; r < nRegions; ++r)
            if (inPart(r))
                partShare += m_regionShare[r];
    const double offered = whole ? w.meanRps : w.meanRps * partShare;
    out.offeredRps = offered;
    const double requests = cost::monthlyRequests(offered, s.priceBook.hoursPerMonth);
    out.tokensPerMonth = requests * (w.inputTokens + w.outputTokens);
    if (offered <= 0)
        return out; // no demand in these zones: nothing to serve, nothing to pay

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
    // The allowance depends on the candidates alone: an earlier outcome's is this one's.
    out.networkAllowanceMs = previous ? previous->networkAllowanceMs : allowanceMs(wi, tier, zones);
    // One operating point per GPU type present in the tier.
    const std::map<int, GpuChoice> choices =
        gpuChoices(s, w, model, ts, tierNodes, w.slo.budgetMs - out.networkAllowanceMs);
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
    // For the certificate: the demand routed to each node so far, in order (the running remainder of
    // capacityRps is the node's capacity minus these, subtracted one by one).
    std::vector<std::vector<double>> takenAt;
    if (certificate && ts.billing != Billing::Api)
        takenAt.resize(s.nodes.size());
    std::vector<int> reducedNodes; // fitting nodes with fewer free GPUs than the scenario gives them
    if (!takenAt.empty())
        for (int node : tierNodes)
            if (nodeChoice[node]->fits && freeGpus[node] < s.nodes[node].usableGpus())
                reducedNodes.push_back(node);
    // Failed tests at a node while nothing more is routed to it: only the smallest need matters (the others
    // fail whenever it does), so it is recorded once, when the node takes demand or at the end.
    std::vector<double> failedNeed;
    if (!takenAt.empty())
        failedNeed.assign(s.nodes.size(), kInf);
    const auto test = [&](int node, double need, bool passed) {
        recordCapacityTest(*certificate, node, s.nodes[node].usableGpus(),
                           nodeChoice[node]->capacityRpsPerReplica, nodeChoice[node]->model.gpusPerReplica(),
                           takenAt[node], need, passed);
    };
    const auto flush = [&](int node) {
        if (failedNeed[node] < kInf) {
            test(node, failedNeed[node], false);
            failedNeed[node] = kInf;
        }
    };
    // Passed tests: every demand routed to a node passed its test in turn; the least replicas under which all
    // of them pass is found once per node at the end (recordRoutedDemand).
    const auto record = [&](int node, double need, bool passed) {
        if (takenAt.empty())
            return;
        if (!passed) {
            failedNeed[node] = std::min(failedNeed[node], need);
            return;
        }
        flush(node);
    };
    // The capacity `previous` saw, replayed beside this routing (WorkloadReuse::previousFreeGpus), and the
    // nodes that have more room now than then at the same point: only those can beat a spill it made.
    const bool replay = previous && reuse.previousFreeGpus && ts.billing != Billing::Api && !certificate;
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
        if (!inPart(r))
            continue;
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
                record(node, need, false);
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
            if (!takenAt.empty()) // nodes another workload took room from: with that room they might win
                for (int node : reducedNodes)
                    if (capacityRps[node] < need)
                        record(node, need, false);
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
                    if (capacityRps[node] < need) {
                        record(node, need, false);
                        continue;
                    }
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
        record(chosen, need, true);
        if (!takenAt.empty())
            takenAt[chosen].push_back(need);
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

    if (!takenAt.empty())
        for (int node : tierNodes) {
            flush(node);
            if (!takenAt[node].empty())
                recordRoutedDemand(*certificate, node, s.nodes[node].usableGpus(),
                                   nodeChoice[node]->capacityRpsPerReplica,
                                   nodeChoice[node]->model.gpusPerReplica(), takenAt[node]);
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
    out.attainmentPct = offered > 0 ? 100.0 * good / offered : 0.0;
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
    if (served < offered * 0.999) {
        bool anyFits = false;
        for (const auto &[g, c] : choices)
            anyFits = anyFits || c.fits;
        out.feasible = served > 0;
        out.issue =
            !anyFits
                ? tr("%1 does not fit the GPUs of this tier (more than 8 GPUs per replica)").arg(model.name)
                : tr("%1 of demand finds no node with free capacity")
                      .arg(units::percent(100.0 * (1.0 - served / offered)));
    }

    if (api)
        out.apiUsdPerMonth = cost::apiUsdPerMonth(requests * served / std::max(offered, 1e-12), w.inputTokens,
                                                  w.outputTokens, *api) *
                             s.adjustments.tierPriceFactor[static_cast<int>(tier)];
    out.egressUsdPerMonth = cost::egressGBPerMonth(requests, w.outputTokens) * ts.egressUsdPerGB;
    if (certificate)
        certificate->finish();
    return out;
}

PartBound Evaluator::partBound(int wi, Tier tier, ZoneMask zones, bool anyZones) const
{
    const Scenario &s = *m_scenario;
    const Workload &w = s.workloads[wi];
    const TierSettings &ts = s.tier(tier);
    const NetworkParams &net = s.network;
    const size_t nRegions = s.regions.size();
    PartBound b;
    const auto inPart = [&](size_t r) { return zones == AllZones || (zones >> m_regionSites[r].zone & 1u); };
    double share = 0;
    for (size_t r = 0; r < nRegions; ++r)
        if (inPart(r))
            share += m_regionShare[r];
    b.offeredRps = zones == AllZones ? w.meanRps : w.meanRps * share;
    const double requests = cost::monthlyRequests(b.offeredRps, s.priceBook.hoursPerMonth);
    b.fixedUsdPerMonth = cost::egressGBPerMonth(requests, w.outputTokens) * ts.egressUsdPerGB;
    const std::vector<int> &tierNodes = m_tierNodes[static_cast<int>(tier)];
    const int mi = s.modelIndex(w.model);
    if (b.offeredRps <= 0 || tierNodes.empty() || mi < 0 || !ts.present)
        return b;

    // The part's demand per UTC hour, pooled, as the sites' hourly loads add up to it.
    double diurnalSum = 0;
    for (double v : w.diurnal)
        diurnalSum += v;
    const double diurnalMean = diurnalSum / 24.0;
    std::array<double, 24> hourly{};
    for (size_t r = 0; r < nRegions; ++r) {
        if (!inPart(r))
            continue;
        const double mean = w.meanRps * m_regionShare[r];
        const double off = s.regions[r].utcOffsetHours;
        for (int h = 0; h < 24; ++h) {
            const double local = std::fmod(h + off + 48.0, 24.0);
            const int h0 = static_cast<int>(local);
            const double f = local - h0;
            const double v = (1.0 - f) * w.diurnal[h0] + f * w.diurnal[(h0 + 1) % 24];
            hourly[h] += mean * (diurnalMean > 0 ? v / diurnalMean : 1.0);
        }
        if (diurnalMean > 0)
            b.peakFactor =
                std::max(b.peakFactor, *std::max_element(w.diurnal.begin(), w.diurnal.end()) / diurnalMean);
    }
    b.hourlyRps = hourly;
    b.pooledPeakRps = *std::max_element(hourly.begin(), hourly.end());

    // The operating point: at this part's network allowance, or, for a part of any zones, at the smallest
    // allowance of a single zone (a quantile of a mixture is at least the least of its parts'), which gives
    // the largest batch any such part can run.
    double allowance = allowanceMs(wi, tier, zones);
    if (anyZones)
        for (int z = 0; z < geo::kZoneCount; ++z)
            if (m_demandZones >> z & 1u)
                allowance = std::min(allowance, allowanceMs(wi, tier, ZoneMask(1u << z)));
    const ModelSpec &model = s.models[mi];
    const std::map<int, GpuChoice> choices =
        gpuChoices(s, w, model, ts, tierNodes, w.slo.budgetMs - allowance);
    // Lowest compute latency a site of each GPU type can show: at its batch, between 1 and the operating one.
    std::map<int, double> fastest;
    double fastestAny = kInf;
    bool anyFits = false;
    for (const auto &[g, c] : choices) {
        if (!c.fits)
            continue;
        // Sites run at a batch between 1 and the operating one: the least latency and the most requests per
        // second of a replica over those batches bound any site's.
        double best = kInf, mostRps = 0;
        for (int batch = 1; batch <= c.point.batch; ++batch) {
            const ComputePoint p = c.model.at(batch, w.inputTokens, w.outputTokens);
            best = std::min(best, w.slo.metric == SloMetric::Ttft ? p.ttftMs : p.e2eMs);
            mostRps = std::max(mostRps, p.batch * 1000.0 / p.e2eMs * ts.targetUtilization);
        }
        fastest[g] = best;
        fastestAny = std::min(fastestAny, best);
        anyFits = true;
        if (ts.billing == Billing::GpuHour) {
            const double gpr = c.model.gpusPerReplica();
            const double usdPerHour =
                s.gpus[g].priceUsdPerHour * s.adjustments.tierPriceFactor[static_cast<int>(tier)];
            b.usdPerRpsMonth =
                std::min(b.usdPerRpsMonth, usdPerHour * gpr / mostRps * s.priceBook.hoursPerMonth);
            const int minReplicas = std::max(1, (ts.minGpusPerSite + int(gpr) - 1) / int(gpr));
            const double footprint = minReplicas * gpr * usdPerHour * s.priceBook.hoursPerMonth;
            b.footprintUsdPerMonth =
                b.footprintUsdPerMonth > 0 ? std::min(b.footprintUsdPerMonth, footprint) : footprint;
        }
    }
    if (ts.billing == Billing::Api) { // every region is served where some GPU type fits, none otherwise
        if (const ApiPrice *api = anyFits ? s.apiPrice(w.model) : nullptr)
            b.fixedUsdPerMonth += cost::apiUsdPerMonth(requests, w.inputTokens, w.outputTokens, *api) *
                                  s.adjustments.tierPriceFactor[static_cast<int>(tier)];
        b.usdPerRpsMonth = 0;
    }
    // A region can meet the budget only on a node whose network RTT at the percentile plus the fastest
    // compute of its GPU type fit in it (queueing only adds). Nodes beyond the K candidates are no nearer
    // than the K-th.
    const Candidates &cand = candidates(tier);
    constexpr int K = CandidatesPerRegion;
    const double pct = w.slo.percentile;
    for (size_t r = 0; r < nRegions; ++r) {
        if (!inPart(r))
            continue;
        double best = kInf;
        int last = -1;
        // The workload's users pay their access profile's last mile (routing is by fixed access).
        const double shift = m_regionAccessByProfile[static_cast<int>(w.access)][r] - m_regionAccess[r];
        for (int j = 0; j < K; ++j) {
            const int node = cand.node[r * K + j];
            if (node < 0)
                break;
            last = j;
            const auto it = fastest.find(m_nodeGpu[node]);
            if (it != fastest.end())
                best = std::min(best, networkAt(net, cand.rtt[r * K + j] + shift, pct) + it->second);
        }
        if (last == K - 1 && static_cast<int>(tierNodes.size()) > K)
            best = std::min(best, networkAt(net, cand.rtt[r * K + last] + shift, pct) + fastestAny);
        if (best <= w.slo.budgetMs * (1.0 + 1e-6))
            b.reachableShare += m_regionShare[r];
    }
    return b;
}

} // namespace ea
