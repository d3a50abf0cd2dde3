// SPDX-License-Identifier: GPL-3.0-or-later
// The proof stage of the placement optimizer: branch and bound over the workloads in their order, at workload
// granularity, from the cut loop's best placement.
//
// Why it is exact. A workload's outcome depends on the GPUs the workloads before it left free (in the tiers
// it uses), so a partial placement's cost is final once its workloads are placed, and each outcome is taken
// from what the cut loop knows wherever its capacity certificate holds (else evaluated and learned). A branch
// is cut when a workload that must meet its SLO misses it, or when its cost plus a lower bound of the rest
// cannot beat the best placement: per remaining workload, the least over its tiers of its exact outcome where
// that outcome is certain whatever the others do (its certificate holds even if every other workload that may
// share the tier takes all it can), else the proven lower bound of any outcome (the cut loop's: egress, API
// bill, sites sized at least at peak over the best capacity per GPU, a footprint). Stopped by the time limit,
// the bound of what it left unexplored is the least bound of the branches still open.
#include "engine/plan/evaluator.h"
#include "engine/plan/placementinternal.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ea::placement {

BranchAndBound::BranchAndBound(const Evaluator &e, const Placement &current, const OptimizeOptions &options,
                               QElapsedTimer clock)
    : m_e(e), m_current(current), m_options(options), m_clock(clock)
{
}

void BranchAndBound::prepare(Problem &p)
{
    const int n = static_cast<int>(p.items.size());
    const size_t nodes = p.fullGpus.size();
    // Lower bound of each item in each tier it may take; the whole-workload alone outcome (known[t][0], zones
    // AllZones) where it is certain.
    m_lower.assign(n, {});
    std::vector<std::array<bool, TierCount>> certain(n);
    for (int i = 0; i < n; ++i) {
        m_lower[i].fill(kInf);
        certain[i].fill(false);
        const Item &item = p.items[i];
        for (Tier t : item.tiers.front()) {
            const int ti = static_cast<int>(t);
            const auto &known = item.known[ti];
            const bool hasAlone = !item.fixed && !known.empty() && known.front().zones == AllZones;
            certain[i][ti] = hasAlone; // optimistic start of the fixpoint below
        }
    }
    // Fixpoint: an item is certain in a tier when the lower bounds of its alone outcome's certificate hold
    // with every other item that may use the tier taking what it takes alone if certain, everything if not.
    for (bool changed = true; changed;) {
        changed = false;
        std::vector<double> most(nodes, 0.0); // most GPUs all items before the current one may take, per node
        std::vector<std::vector<std::pair<int, double>>> adds(n);
        for (int i = 0; i < n; ++i) {
            const Item &item = p.items[i];
            for (Tier t : item.tiers.front()) {
                const int ti = static_cast<int>(t);
                if (!certain[i][ti])
                    continue;
                const Known &alone = item.known[ti].front();
                for (const CapacityCertificate::Bound &b : alone.bounds) {
                    const bool broken =
                        (b.minFree > std::numeric_limits<int>::min() &&
                         p.fullGpus[b.node] - most[b.node] < b.minFree) ||
                        b.maxFree < p.fullGpus[b.node]; // an upper bound: not an alone outcome's
                    if (broken) {
                        certain[i][ti] = false;
                        changed = true;
                        break;
                    }
                }
            }
            // What this item may take, for those after it: per node the most over its tiers.
            std::vector<std::pair<int, double>> take;
            std::vector<Tier> uses = item.tiers.front();
            if (item.fixed) // placed as now, maybe over several tiers
                for (const auto &g : item.tiers)
                    uses.push_back(g.front());
            for (Tier t : uses) {
                const int ti = static_cast<int>(t);
                if (m_e.scenario().tier(t).billing != Billing::GpuHour)
                    continue;
                if (certain[i][ti]) {
                    for (const auto &[node, gpus] : item.known[ti].front().gpusAt)
                        take.emplace_back(node, gpus);
                } else {
                    for (int node : m_e.tierNodes(t))
                        take.emplace_back(node, p.fullGpus[node]);
                }
            }
            std::sort(take.begin(), take.end());
            for (size_t k = 0; k < take.size();) {
                double g = take[k].second;
                size_t j = k + 1;
                for (; j < take.size() && take[j].first == take[k].first; ++j)
                    g = std::max(g, take[j].second);
                most[take[k].first] = std::min(most[take[k].first] + g, 1e18);
                k = j;
            }
        }
    }
    for (int i = 0; i < n; ++i) {
        const Item &item = p.items[i];
        if (item.fixed) { // not required to meet anything; what it costs is at least its fixed part
            double fixed = 0;
            for (size_t g = 0; g < item.groups.size(); ++g)
                fixed += item.bounds[static_cast<int>(item.tiers[g].front())].fixedUsd[g];
            m_lower[i][static_cast<int>(item.tiers.front().front())] = fixed * (1.0 - 1e-9);
            continue;
        }
        for (Tier t : item.tiers.front()) {
            const int ti = static_cast<int>(t);
            const PartBounds &pb = item.bounds[ti];
            if (certain[i][ti]) {
                const Known &alone = item.known[ti].front();
                m_lower[i][ti] = (item.required && !alone.meets) ? kInf : alone.usd * (1.0 - 1e-12);
                continue;
            }
            double fixed = 0, reach = 0;
            for (size_t g = 0; g < pb.fixedUsd.size(); ++g) {
                fixed += pb.fixedUsd[g];
                reach += pb.reachRps[g];
            }
            double lb = fixed;
            if (item.required && pb.dependsOnCapacity && std::isfinite(pb.usdPerRpsMonth) &&
                pb.usdPerRpsMonth > 0) {
                std::array<double, 24> hourly{};
                for (const auto &h : pb.hourlyRps)
                    for (int k = 0; k < 24; ++k)
                        hourly[k] += h[k];
                const double unserved = (1.0 - SloAttainmentTarget / 100.0) * item.meanRps * item.peakFactor;
                const double peak = std::max(0.0, *std::max_element(hourly.begin(), hourly.end()) - unserved);
                if (peak > 0)
                    lb += std::max(pb.usdPerRpsMonth * peak, pb.footprintUsd);
            }
            // Every known outcome of it is no cheaper than the bound of any outcome: keep the bound.
            m_lower[i][ti] = lb * (1.0 - 1e-9);
            if (item.required && reach < SloAttainmentTarget / 100.0 * item.meanRps * (1.0 - 1e-9))
                m_lower[i][ti] = kInf;
        }
    }
    m_suffix.assign(n + 1, 0.0);
    for (int i = n - 1; i >= 0; --i) {
        double least = kInf;
        for (Tier t : p.items[i].tiers.front())
            least = std::min(least, m_lower[i][static_cast<int>(t)]);
        m_suffix[i] = m_suffix[i + 1] + least;
    }
}

bool BranchAndBound::beats(double usd, int moves) const
{
    if (!m_best.found)
        return true;
    const double tol = kTieRel * std::max(std::fabs(m_best.usd), 1.0);
    return usd < m_best.usd - tol || (usd <= m_best.usd + tol && moves < m_best.moves);
}

BranchAndBound::Result BranchAndBound::run(Problem &p, const Solution &incumbent, double otherBound)
{
    Result r;
    m_reportBound = otherBound;
    m_p = &p;
    m_best = incumbent;
    prepare(p);
    const int n = static_cast<int>(p.items.size());
    m_free = p.fullGpus;
    m_tiers.assign(n, Tier::Regional);
    m_fixedKnown.assign(n, {});
    if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
        qInfo("prepare: %lld ms", m_clock.elapsed());
    m_openBound = kInf;
    m_stopped = false;
    m_learned = 0;
    m_nodes = 0;
    if (!m_best.found && n > 0)
        greedy();
    if (n > 0)
        dfs(0, 0.0, 0);
    r.best = m_best;
    r.stopped = m_stopped;
    r.cancelled = m_cancelled;
    r.learned = m_learned;
    r.nodes = m_nodes;
    // Unexplored branches cannot beat their bounds; explored ones could not beat the best.
    r.bound = m_stopped ? std::min(m_openBound, m_best.found ? m_best.usd : kInf)
                        : (m_best.found ? m_best.usd : kInf);
    r.proven = !m_stopped;
    return r;
}

const Known &BranchAndBound::outcome(int i, Tier t)
{
    Item &item = m_p->items[i];
    // A fixed workload is placed as now (maybe split over tiers): its outcomes are kept apart.
    auto &known = item.fixed ? m_fixedKnown[i] : item.known[static_cast<int>(t)];
    for (const Known &k : known)
        if (k.zones == AllZones && holds(k.bounds, m_free))
            return k;
    std::vector<int> scratch = m_free;
    CapacityCertificate cert;
    const WorkloadOutcome o = item.fixed ? m_e.evaluateAs(item.workload, m_current[item.workload],
                                                          m_current.zoneTiers(item.workload), scratch, &cert)
                                         : m_e.evaluatePart(item.workload, t, AllZones, scratch, &cert);
    known.push_back(knownOutcome(o, AllZones, cert, m_p->fullGpus));
    if (!item.fixed)
        item.disjunctive[static_cast<int>(t)].push_back(static_cast<int>(known.size()) - 1);
    ++m_learned;
    return known.back();
}

void BranchAndBound::greedy()
{
    // A first placement: each workload in turn in its cheapest tier, as evaluated there given the ones
    // before, among those where it meets its SLO.
    const int n = static_cast<int>(m_p->items.size());
    std::vector<Tier> tiers(n);
    double usd = 0;
    int moves = 0;
    for (int i = 0; i < n; ++i) {
        Item &item = m_p->items[i];
        const Known *best = nullptr;
        Tier bestTier = item.tiers.front().front();
        for (Tier t : item.tiers.front()) {
            if (m_lower[i][static_cast<int>(t)] == kInf && item.required)
                continue;
            const Known &kn = outcome(i, t);
            if (item.required && !kn.meets)
                continue;
            if (!best || kn.usd < best->usd) {
                best = &kn;
                bestTier = t;
            }
            if (item.fixed)
                break;
        }
        if (!best) { // nothing found: undo and leave it to the search
            m_free = m_p->fullGpus;
            return;
        }
        tiers[i] = bestTier;
        usd += best->usd;
        moves += !item.fixed && !(m_current[item.workload] == bestTier && !m_current.isSplit(item.workload));
        for (const auto &[node, gpus] : best->gpusAt)
            m_free[node] -= gpus;
    }
    m_free = m_p->fullGpus;
    Solution first;
    first.found = true;
    first.usd = usd;
    first.moves = moves;
    first.tiers.assign(n, {});
    for (int k = 0; k < n; ++k)
        first.tiers[k] = std::vector<Tier>(m_p->items[k].groups.size(), tiers[k]);
    if (!m_p->survival || m_p->survival->survives(*m_p, first))
        m_best = std::move(first);
}

bool BranchAndBound::cutOff(int i)
{
    // The resilience cuts whose last item is i: is every literal true of the items placed so far?
    if (!m_p->survival)
        return false;
    const auto &cuts = m_p->survivalCuts;
    for (; m_cutsIndexed < cuts.size(); ++m_cutsIndexed) {
        int last = 0;
        for (const Literal &l : cuts[m_cutsIndexed])
            last = std::max(last, l.item);
        if (size_t(last) >= m_cutsAt.size())
            m_cutsAt.resize(size_t(last) + 1);
        m_cutsAt[size_t(last)].push_back(m_cutsIndexed);
    }
    if (size_t(i) >= m_cutsAt.size())
        return false;
    const auto tierOf = [&](int item, int group) {
        const Item &it = m_p->items[size_t(item)];
        return it.fixed ? it.tiers[size_t(group)].front() : m_tiers[size_t(item)];
    };
    for (size_t c : m_cutsAt[size_t(i)])
        if (SurvivalGuard::violates(cuts[c], tierOf))
            return true;
    return false;
}

void BranchAndBound::dfs(int i, double usd, int moves)
{
    const int n = static_cast<int>(m_p->items.size());
    if (i == n) {
        if (beats(usd, moves)) {
            Solution leaf;
            leaf.found = true;
            leaf.usd = usd;
            leaf.moves = moves;
            leaf.tiers.assign(n, {});
            for (int k = 0; k < n; ++k)
                leaf.tiers[k] = std::vector<Tier>(m_p->items[k].groups.size(), m_tiers[k]);
            if (m_p->survival && !m_p->survival->survives(*m_p, leaf)) {
                if (m_p->survival->inconclusive()) { // stopped mid-check: the leaf stays open
                    m_stopped = true;
                    m_cancelled = m_options.cancel && m_options.cancel->load();
                    m_openBound = std::min(m_openBound, usd);
                }
                return;
            }
            m_best = std::move(leaf);
            if (m_options.status) {
                OptimizeStatus st;
                st.bestUsdPerMonth = m_best.usd;
                st.boundUsdPerMonth = m_reportBound;
                st.fraction = 1.0 - std::min(st.gap(), 1.0);
                m_options.status(st);
            }
        }
        return;
    }
    Item &item = m_p->items[i];
    std::vector<Tier> order = item.tiers.front();
    std::stable_sort(order.begin(), order.end(), [&](Tier a, Tier b) {
        return m_lower[i][static_cast<int>(a)] < m_lower[i][static_cast<int>(b)];
    });
    for (size_t c = 0; c < order.size(); ++c) {
        const Tier t = order[c];
        const double lower = usd + m_lower[i][static_cast<int>(t)] + m_suffix[i + 1];
        if ((++m_nodes & 63) == 0 || m_stopped) {
            const bool cancel = m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
            const bool late = m_options.timeLimitS > 0 && m_clock.elapsed() / 1000.0 >= m_options.timeLimitS;
            if (cancel || late) {
                m_cancelled = m_cancelled || cancel;
                m_stopped = true;
            }
        }
        if (m_stopped) { // what is left at this level stays open: its bound counts
            for (size_t k = c; k < order.size(); ++k)
                m_openBound =
                    std::min(m_openBound, usd + m_lower[i][static_cast<int>(order[k])] + m_suffix[i + 1]);
            return;
        }
        const bool moved =
            !item.fixed && !(m_current[item.workload] == t && !m_current.isSplit(item.workload));
        if (!beats(lower, moves + moved))
            continue;
        const Known &kn = outcome(i, t);
        if (item.required && !kn.meets)
            continue;
        const double next = usd + kn.usd;
        if (!beats(next + m_suffix[i + 1], moves + moved))
            continue;
        m_tiers[i] = t;
        if (cutOff(i))
            continue;
        for (const auto &[node, gpus] : kn.gpusAt)
            m_free[node] -= gpus;
        // Copy: learning may grow the vector the reference points into.
        const std::vector<std::pair<int, int>> taken = kn.gpusAt;
        dfs(i + 1, next, moves + moved);
        for (const auto &[node, gpus] : taken)
            m_free[node] += gpus;
        if (m_stopped) {
            for (size_t k2 = c + 1; k2 < order.size(); ++k2)
                m_openBound =
                    std::min(m_openBound, usd + m_lower[i][static_cast<int>(order[k2])] + m_suffix[i + 1]);
            return;
        }
    }
}

} // namespace ea::placement
