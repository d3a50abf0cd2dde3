// SPDX-License-Identifier: GPL-3.0-or-later
// The cut loop of the placement optimizer: a mixed-integer master problem solved by CBC, the evaluator as the
// subproblem, cuts from what the evaluator says (logic-based Benders decomposition).
//
// The master. Each workload's zones of demand are grouped (one group at workload granularity, one per zone at
// zone granularity) and each group takes a tier: binary x[w,g,t]. The groups of a workload in one tier form a
// part (w, t, Z), routed, sized and costed as one deployment (Evaluator::evaluatePart), so its cost is not
// the sum of its zones'. For each part the master knows some outcomes exactly (cost, goodput, GPUs taken per
// node) with their capacity certificate: binary y[w,t,k], allowed only when the part's zones are exactly
// those of k and the GPUs the chosen outcomes before it take keep k's certificate true (big-M rows on those
// GPUs). A part may also take an outcome not known yet, binary u[w,t], priced at a proven lower bound (egress
// and API bill per zone; sites sized at least at the part's pooled hourly demand over the best capacity per
// GPU; a footprint) and credited with at most the demand some node could serve within budget; it is allowed
// only where every known outcome it must differ from has other zones or a broken certificate, or after
// another unknown outcome in the same tier (whose GPUs the master does not model: a taint that relaxes the
// rows after it). Every placement thus has a master solution no dearer than its true cost, and the master's
// bound is a lower bound of the optimum.
//
// The loop. Each round solves the master, evaluates its placement exactly in workload order (reusing a known
// outcome wherever its certificate holds), learns the outcomes met, and makes a known outcome met where the
// master took an unknown one a constraint of that unknown. It ends when the best evaluated placement costs no
// more than the bound (its proof), or at the time limit with the gap. It terminates: every round learns an
//
// This file runs the loop; placementmaster.cpp builds the master problem, placementproblem.cpp the problem.
#include "engine/plan/evaluator.h"
#include "engine/plan/placementinternal.h"

#include <cmath>

namespace ea::placement {

CutLoop::CutLoop(const Evaluator &e, const Placement &current, const OptimizeOptions &options,
                 QElapsedTimer clock)
    : m_e(e), m_current(current), m_options(options), m_clock(clock)
{
}

Placement CutLoop::placementOf(const Problem &p, const Solution &s) const
{
    return placement::placementOf(p, s, m_current);
}

Solution CutLoop::evaluate(Problem &p, const std::vector<std::vector<Tier>> &tiers, const Taken &taken,
                           bool *learned, int *newOutcomes)
{
    Solution sol;
    sol.found = true;
    sol.tiers = tiers;
    std::vector<int> freeGpus = p.fullGpus;
    const Placement placed = placementOf(p, sol);
    for (size_t i = 0; i < p.items.size(); ++i) {
        Item &item = p.items[i];
        const int w = item.workload;
        double gpu = 0, api = 0, egress = 0, good = 0;
        bool feasible = true, meets = true;
        const auto parts = partsOf(item, tiers[i]);
        for (const auto &[t, zones] : parts) {
            const int ti = static_cast<int>(t);
            auto &known = item.known[ti];
            const int tookByMaster = taken.empty() ? None : taken[i][ti];
            if (tookByMaster >= 0 && !known[tookByMaster].strict &&
                !holds(known[tookByMaster].bounds, freeGpus)) {
                known[tookByMaster].strict =
                    true; // the summed row let the master take it where it does not hold
                *learned = true;
            }
            int match = -1;
            for (size_t k = 0; k < known.size() && match < 0; ++k)
                if (known[k].zones == zones && holds(known[k].bounds, freeGpus))
                    match = static_cast<int>(k);
            if (match < 0) {
                std::vector<int> scratch = freeGpus;
                CapacityCertificate cert;
                const WorkloadOutcome o = m_e.evaluatePart(w, t, zones, scratch, &cert);
                known.push_back(knownOutcome(o, zones, cert, p.fullGpus));
                match = static_cast<int>(known.size()) - 1;
                if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
                    qInfo("    learned item %d %s #%d: %.0f (first %.0f) meets %d goodput %.1f, %d bounds",
                          int(i), qPrintable(tierId(t)), match, known.back().usd, known.front().usd,
                          known.back().meets, known.back().goodputRps, int(known.back().bounds.size()));
                *learned = true;
                ++*newOutcomes;
                item.disjunctive[ti].push_back(match);
            } else if (tookByMaster == Unknown) {
                auto &d = item.disjunctive[ti];
                if (std::find(d.begin(), d.end(), match) == d.end()) {
                    d.push_back(match);
                    *learned = true;
                } else if (!known[match].strictDisjunction) {
                    known[match].strictDisjunction = true; // the summed row let an unknown outcome pass
                    *learned = true;
                }
            }
            const Known &k = known[match];
            for (const auto &[node, gpus] : k.gpusAt)
                freeGpus[node] -= gpus;
            gpu += k.gpuUsd;
            api += k.apiUsd;
            egress += k.egressUsd;
            good += k.goodputRps;
            feasible = feasible && k.feasible;
            meets = k.meets;
        }
        if (parts.size() > 1) // as Evaluator::combineParts sums them
            meets = feasible && item.meanRps > 0 && 100.0 * good / item.meanRps >= SloAttainmentTarget;
        sol.usd += gpu + api + egress; // as WorkloadOutcome::usdPerMonth() of the (combined) outcome
        if (!placed.samePlacement(w, m_current))
            ++sol.moves;
        if (item.required && !meets)
            sol.found = false;
    }
    return sol;
}

CutLoop::Run CutLoop::run(Problem &p, double progressFrom, double progressTo,
                          const std::optional<Solution> &seed, int maxRounds)
{
    const Scenario &s = m_e.scenario();
    Run r;
    const int n = static_cast<int>(p.items.size());
    const auto cancelled = [&] {
        return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed);
    };
    const auto timeLeft = [&] {
        double limit = m_options.timeLimitS > 0 ? m_options.timeLimitS : kInf;
        if (m_deadline > 0)
            limit = std::min(limit, m_deadline);
        return limit - m_clock.elapsed() / 1000.0;
    };
    const auto report = [&] {
        OptimizeStatus st;
        st.bestUsdPerMonth = r.best.found ? r.best.usd : kInf;
        st.boundUsdPerMonth = r.bound;
        st.iterations = r.iterations;
        const double done = r.best.found ? 1.0 - std::min(st.gap(), 1.0) : 0.0;
        st.fraction = progressFrom + (progressTo - progressFrom) * done;
        if (m_options.status)
            m_options.status(st);
        if (m_options.progress)
            m_options.progress(st.fraction);
    };
    const auto better = [&](const Solution &a) {
        if (!a.found)
            return false;
        if (!r.best.found)
            return true;
        const double tol = kTieRel * std::max(std::fabs(r.best.usd), 1.0);
        return a.usd < r.best.usd - tol || (a.usd <= r.best.usd + tol && a.moves < r.best.moves);
    };
    // Placing for resilience, a better placement must also pass the N+1 test (else its cuts are learned).
    const auto accept = [&](const Solution &sol) {
        if (!better(sol))
            return false;
        if (p.survival && !p.survival->survives(p, sol))
            return false;
        r.best = sol;
        return true;
    };
    const auto consider = [&](const std::vector<std::vector<Tier>> &tiers) {
        bool learned = false;
        const Solution sol = evaluate(p, tiers, {}, &learned, &r.learned);
        accept(sol);
    };

    // First incumbents: the current placement, where every group may stay in its tier, and the seed.
    {
        std::vector<std::vector<Tier>> tiers(n);
        bool allowed = true;
        for (int i = 0; i < n && allowed; ++i) {
            const Item &item = p.items[i];
            for (size_t g = 0; g < item.groups.size() && allowed; ++g) {
                int zone = 0;
                while (!(item.groups[g] >> zone & 1u))
                    ++zone;
                const Tier t = m_current.tierIn(item.workload, static_cast<geo::Zone>(zone));
                for (int z = 0; z < geo::kZoneCount; ++z)
                    if (item.groups[g] >> z & 1u)
                        allowed = allowed && m_current.tierIn(item.workload, static_cast<geo::Zone>(z)) == t;
                allowed = allowed && allows(item, g, t);
                tiers[i].push_back(t);
            }
        }
        if (allowed)
            consider(tiers);
        if (seed && seed->tiers.size() == size_t(n))
            consider(seed->tiers);
    }

    // Items whose outcome is certain: fixed, after only such items in their tiers. Their outcomes are
    // evaluated once, in order (items in other tiers do not touch the GPUs they read).
    {
        std::array<bool, TierCount> open{}; // a tier some undetermined item before may use
        std::vector<int> freeGpus = p.fullGpus;
        for (int i = 0; i < n; ++i) {
            Item &item = p.items[i];
            bool determined = item.fixed;
            for (size_t g = 0; g < item.groups.size(); ++g)
                for (Tier t : item.tiers[g])
                    determined = determined && !open[static_cast<int>(t)];
            item.determined = determined;
            item.determinedKnown.fill(-1);
            if (qEnvironmentVariableIsSet("EA_DEBUG_OPT")) {
                QString t;
                for (size_t g = 0; g < item.groups.size(); ++g) {
                    t += QLatin1Char('[');
                    for (Tier x : item.tiers[g])
                        t += tierId(x).left(3);
                    t += QLatin1Char(']');
                }
                qInfo("item %d fixed %d required %d determined %d tiers %s", i, item.fixed, item.required,
                      determined, qPrintable(t));
            }
            if (!determined) {
                for (size_t g = 0; g < item.groups.size(); ++g)
                    for (Tier t : item.tiers[g])
                        open[static_cast<int>(t)] = true;
                continue;
            }
            std::vector<Tier> tiers;
            for (size_t g = 0; g < item.groups.size(); ++g)
                tiers.push_back(item.tiers[g].front());
            for (const auto &[t, zones] : partsOf(item, tiers)) {
                auto &known = item.known[static_cast<int>(t)];
                int match = -1;
                for (size_t k = 0; k < known.size() && match < 0; ++k)
                    if (known[k].zones == zones && holds(known[k].bounds, freeGpus))
                        match = static_cast<int>(k);
                if (match < 0) {
                    std::vector<int> scratch = freeGpus;
                    CapacityCertificate cert;
                    const WorkloadOutcome o = m_e.evaluatePart(item.workload, t, zones, scratch, &cert);
                    known.push_back(knownOutcome(o, zones, cert, p.fullGpus));
                    match = static_cast<int>(known.size()) - 1;
                    ++r.learned;
                }
                item.determinedKnown[static_cast<int>(t)] = match;
                for (const auto &[node, gpus] : known[match].gpusAt)
                    freeGpus[node] -= gpus;
            }
        }
    }

    while (true) {
        if (cancelled()) {
            r.stopped = r.cancelled = true;
            break;
        }
        if (timeLeft() <= 0) {
            r.stopped = true;
            break;
        }
        if (maxRounds > 0 && r.iterations >= maxRounds) {
            r.stopped = r.roundsExhausted = true;
            break;
        }
        Master m = buildMaster(s, p, m_current, false, 0);
        const qint64 nonzeros = static_cast<qint64>(m.mip.index().size());
        if (nonzeros > MaxMasterNonzeros) {
            r.stopped = r.sizeLimited = true;
            break;
        }
        r.masterRows = std::max(r.masterRows, m.mip.rowCount());
        r.masterNonzeros = std::max(r.masterNonzeros, nonzeros);
        MipOptions mo;
        mo.cancel = m_options.cancel;
        mo.timeLimitS = std::isfinite(timeLeft()) ? std::max(timeLeft(), 0.01) : 0;
        mo.relativeGap = m_options.relativeGap;
        QElapsedTimer solveClock;
        solveClock.start();
        const MipResult mr = solveMip(m.mip, mo);
        if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
            qInfo("master %d cols %d rows %lld nonzeros: %lld ms, status %d obj %.1f bound %.1f nodes %lld",
                  m.mip.columnCount(), m.mip.rowCount(), nonzeros, solveClock.elapsed(), int(mr.status),
                  mr.objective, mr.bound, mr.nodes);
        ++r.mipSolves;
        ++r.iterations;
        if (mr.cancelled) {
            r.stopped = r.cancelled = true;
            break;
        }
        if (mr.status == MipResult::Status::Infeasible) {
            // No placement meets the requirements: the master relaxes every one of them.
            r.provenInfeasible = !r.best.found;
            r.proven = !r.best.found;
            break;
        }
        r.bound = std::max(r.bound, mr.bound);
        if (!mr.hasSolution) {
            r.stopped = true;
            break;
        }
        std::vector<std::vector<Tier>> tiers(n);
        Taken took(n);
        for (int i = 0; i < n; ++i) {
            const Item &item = p.items[i];
            for (size_t g = 0; g < item.groups.size(); ++g) {
                Tier chosen = item.tiers[g].front();
                for (Tier t : item.tiers[g])
                    if (mr.x[m.x[i][g][static_cast<int>(t)]] > 0.5)
                        chosen = t;
                tiers[i].push_back(chosen);
            }
            for (int t = 0; t < TierCount; ++t) {
                took[i][t] = m.u[i][t] >= 0 && mr.x[m.u[i][t]] > 0.5 ? Unknown : None;
                for (size_t k = 0; k < m.y[i][t].size(); ++k)
                    if (m.y[i][t][k] >= 0 && mr.x[m.y[i][t][k]] > 0.5)
                        took[i][t] = static_cast<int>(k);
            }
        }
        bool learned = false;
        const Solution sol = evaluate(p, tiers, took, &learned, &r.learned);
        if (qEnvironmentVariableIsSet("EA_DEBUG_OPT")) {
            QString line;
            for (int i = 0; i < n; ++i) {
                line += QStringLiteral(" %1:").arg(i);
                for (Tier t : tiers[i])
                    line += tierId(t).left(3);
                for (int t = 0; t < TierCount; ++t)
                    if (took[i][t] == Unknown)
                        line += QStringLiteral("?");
            }
            qInfo("  chose%s -> %s %.0f", qPrintable(line), sol.found ? "ok" : "miss", sol.usd);
        }
        const size_t cutsBefore = p.survivalCuts.size();
        accept(sol);
        learned = learned || p.survivalCuts.size() > cutsBefore;
        if (p.survival && p.survival->inconclusive()) { // its N+1 check was stopped (cancel, time limit)
            r.stopped = true;
            r.cancelled = cancelled();
            break;
        }
        report();
        const double tol = kTieRel * std::max(std::fabs(r.best.usd), 1.0);
        if (r.best.found && r.best.usd <= r.bound + tol) {
            r.proven = true;
            break;
        }
        if (mr.status != MipResult::Status::Optimal) { // CBC stopped at the time limit
            r.stopped = true;
            break;
        }
        if (m_options.relativeGap > 0 && r.best.found &&
            r.best.usd - r.bound <= m_options.relativeGap * std::fabs(r.best.usd))
            break;
        if (!learned) {
            // Only rounding gets here (a placement of known outcomes costs what the master says; another one
            // teaches something): forbid this combination of known outcomes, which the evaluator rejected.
            std::vector<int> cut;
            std::vector<int> freeGpus = p.fullGpus;
            for (int i = 0; i < n; ++i)
                for (int t = 0; t < TierCount; ++t)
                    for (size_t k = 0; k < m.y[i][t].size(); ++k)
                        if (m.y[i][t][k] >= 0 && mr.x[m.y[i][t][k]] > 0.5)
                            cut.insert(cut.end(), {i, t, static_cast<int>(k)});
            if (cut.empty() || std::find(p.noGoods.begin(), p.noGoods.end(), cut) != p.noGoods.end()) {
                r.stopped = true;
                break;
            }
            p.noGoods.push_back(cut);
        }
    }
    report();
    return r;
}

Solution CutLoop::improve(Problem &p, Solution best, int *learned)
{
    const auto stop = [&] {
        return (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) ||
               (m_options.timeLimitS > 0 && m_clock.elapsed() / 1000.0 >= m_options.timeLimitS);
    };
    if (!best.found)
        return best;
    for (bool improved = true; improved && !stop();) {
        improved = false;
        for (size_t i = 0; i < p.items.size() && !stop(); ++i) {
            const Item &item = p.items[i];
            if (item.fixed)
                continue;
            for (size_t g = 0; g < item.groups.size() && !stop(); ++g)
                for (Tier t : item.tiers[g]) {
                    if (t == best.tiers[i][g])
                        continue;
                    std::vector<std::vector<Tier>> tiers = best.tiers;
                    tiers[i][g] = t;
                    bool any = false;
                    const Solution sol = evaluate(p, tiers, {}, &any, learned);
                    const double tol = kTieRel * std::max(std::fabs(best.usd), 1.0);
                    if (sol.found &&
                        (sol.usd < best.usd - tol || (sol.usd <= best.usd + tol && sol.moves < best.moves)) &&
                        (!p.survival || p.survival->survives(p, sol))) {
                        best = sol;
                        improved = true;
                        if (m_options.status) {
                            OptimizeStatus st;
                            st.bestUsdPerMonth = best.usd;
                            m_options.status(st);
                        }
                    }
                    if (stop())
                        break;
                }
        }
    }
    return best;
}

std::optional<Solution> CutLoop::fewestMoves(Problem &p, double maxUsd, int moves)
{
    Master m = buildMaster(m_e.scenario(), p, m_current, true, maxUsd);
    MipOptions mo;
    mo.cancel = m_options.cancel;
    if (m_options.timeLimitS > 0)
        mo.timeLimitS = std::max(0.01, m_options.timeLimitS - m_clock.elapsed() / 1000.0);
    const MipResult mr = solveMip(m.mip, mo);
    if (!mr.hasSolution || mr.objective >= moves - 0.5)
        return std::nullopt;
    const int n = static_cast<int>(p.items.size());
    std::vector<std::vector<Tier>> tiers(n);
    for (int i = 0; i < n; ++i)
        for (size_t g = 0; g < p.items[i].groups.size(); ++g) {
            Tier chosen = p.items[i].tiers[g].front();
            for (Tier t : p.items[i].tiers[g])
                if (mr.x[m.x[i][g][static_cast<int>(t)]] > 0.5)
                    chosen = t;
            tiers[i].push_back(chosen);
        }
    bool learned = false;
    int count = 0;
    const Solution sol = evaluate(p, tiers, {}, &learned, &count);
    if (!sol.found || sol.moves >= moves || sol.usd > maxUsd * (1 + kTieRel) + kTieRel)
        return std::nullopt;
    if (p.survival && !p.survival->survives(p, sol))
        return std::nullopt;
    return sol;
}

} // namespace ea::placement
