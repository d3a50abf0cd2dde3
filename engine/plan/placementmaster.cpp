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
// This file builds the master problem; placementsolver.cpp runs the loop, placementproblem.cpp builds the
// problem it works on.
#include "engine/plan/evaluator.h"
#include "engine/plan/placementinternal.h"

#include <cmath>
#include <map>

namespace ea::placement {

Master buildMaster(const Scenario &s, const Problem &p, const Placement &current, bool tieBreak,
                   double maxUsd)
{
    Master m;
    const int n = static_cast<int>(p.items.size());
    std::vector<MipProblem::Terms> taken(p.fullGpus.size()); // known GPUs the items so far take per node
    std::vector<double> maxTaken(p.fullGpus.size(), 0.0);
    // The GPUs taken at a node so far as one continuous column, defined by a chain of equality rows (each
    // adds the terms since the last link), so that a certificate's row has one entry per node instead of one
    // per earlier outcome there: the master grows linearly in the outcomes known, not with their square (the
    // rows repeating taken[node] made a 36-workload master reach gigabytes in CBC's copies of it). The same
    // relaxation: the column is an exact linear substitution.
    // Only where a node's list is long: short ones are cheaper written out (a link per node and item made
    // the first master ten times larger and far slower to solve).
    std::vector<std::pair<int, size_t>> takenLink(p.fullGpus.size(), {-1, 0}); // (column, terms it sums)
    const auto takenColumn = [&](int node) {
        auto &[col, count] = takenLink[node];
        const MipProblem::Terms &terms = taken[node];
        if (col >= 0 && count == terms.size())
            return col;
        const int next = m.mip.addColumn(0.0, MipProblem::Inf, 0.0, false);
        MipProblem::Terms row(terms.begin() + static_cast<std::ptrdiff_t>(count), terms.end());
        if (col >= 0)
            row.emplace_back(col, 1.0);
        row.emplace_back(next, -1.0);
        m.mip.addRow(row, 0.0, 0.0);
        col = next;
        count = terms.size();
        return col;
    };
    constexpr size_t kLinkAbove = 12;                 // terms
    const auto addTaken = [&](int node, auto &&add) { // add(column, coefficient) for the GPUs taken there
        if (taken[node].size() <= kLinkAbove && takenLink[node].first < 0) {
            for (const auto &[c, v] : taken[node])
                add(c, v);
        } else {
            add(takenColumn(node), 1.0);
        }
    };
    std::array<int, TierCount> taint{}; // unknown outcomes so far per tier (a continuous column)
    for (int t = 0; t < TierCount; ++t)
        taint[t] = m.mip.addColumn(0.0, 0.0, 0.0, false);
    MipProblem::Terms costRow;
    m.x.resize(n);
    m.y.resize(n);
    m.u.resize(n);
    m.moved.assign(n, -1);
    for (int i = 0; i < n; ++i) {
        const Item &item = p.items[i];
        const size_t groups = item.groups.size();
        m.x[i].resize(groups);
        for (size_t g = 0; g < groups; ++g) {
            MipProblem::Terms one;
            for (Tier t : AllTiers) {
                m.x[i][g][static_cast<int>(t)] = -1;
                if (!allows(item, g, t))
                    continue;
                const int col = m.mip.addBinary(0.0);
                m.x[i][g][static_cast<int>(t)] = col;
                one.emplace_back(col, 1.0);
            }
            m.mip.addRow(one, 1.0, 1.0);
        }
        if (tieBreak) {
            // moved >= 1 - x[g][tier now] for each group (a group that may not stay where it is moves
            // anyway).
            m.moved[i] = m.mip.addColumn(0.0, 1.0, 1.0, false);
            for (size_t g = 0; g < groups; ++g) {
                int zone = 0;
                while (!(item.groups[g] >> zone & 1u))
                    ++zone;
                const Tier now = current.tierIn(item.workload, static_cast<geo::Zone>(zone));
                bool same = true; // the whole group is in one tier now
                for (int z = 0; z < geo::kZoneCount; ++z)
                    if (item.groups[g] >> z & 1u)
                        same = same && current.tierIn(item.workload, static_cast<geo::Zone>(z)) == now;
                const int col = same ? m.x[i][g][static_cast<int>(now)] : -1;
                if (col < 0)
                    m.mip.setBounds(m.moved[i], 1.0, 1.0);
                else
                    m.mip.addRow({{m.moved[i], 1.0}, {col, 1.0}}, 1.0, MipProblem::Inf);
            }
        }
        MipProblem::Terms goodput;
        m.y[i] = {};
        m.u[i].fill(-1);
        for (Tier t : AllTiers) {
            const int ti = static_cast<int>(t);
            if (!itemUses(item, t))
                continue;
            const auto &known = item.known[ti];
            m.y[i][ti].assign(known.size(), -1);
            MipProblem::Terms cover; // y's and u of this part
            for (size_t k = 0; k < known.size(); ++k) {
                const Known &kn = known[k];
                const bool whole = kn.zones == AllZones;
                if (item.determined) { // its outcome is certain: one column, fixed, no rows
                    if (static_cast<int>(k) != item.determinedKnown[ti])
                        continue;
                    const int col = m.mip.addColumn(1.0, 1.0, tieBreak ? 0.0 : kn.usd, true);
                    m.y[i][ti][k] = col;
                    cover.emplace_back(col, 1.0);
                    if (tieBreak)
                        costRow.emplace_back(col, kn.usd);
                    if (item.required)
                        goodput.emplace_back(col, kn.goodputRps);
                    continue;
                }
                if (item.required && (whole ? !kn.meets : !kn.feasible))
                    continue;
                bool possible = true;
                for (size_t g = 0; g < groups && possible; ++g)
                    possible = !inside(item.groups[g], kn.zones) || allows(item, g, t);
                if (!possible)
                    continue;
                const int col = m.mip.addBinary(tieBreak ? 0.0 : kn.usd);
                m.y[i][ti][k] = col;
                cover.emplace_back(col, 1.0);
                if (tieBreak)
                    costRow.emplace_back(col, kn.usd);
                if (item.required)
                    goodput.emplace_back(col, kn.goodputRps);
                // Exactly its zones in this tier.
                for (size_t g = 0; g < groups; ++g) {
                    const int xc = m.x[i][g][ti];
                    if (xc < 0)
                        continue;
                    if (inside(item.groups[g], kn.zones))
                        m.mip.addRow({{col, 1.0}, {xc, -1.0}}, -MipProblem::Inf, 0.0);
                    else
                        m.mip.addRow({{col, 1.0}, {xc, 1.0}}, -MipProblem::Inf, 1.0);
                }
                // Its certificate holds under the GPUs the items before it take (unless tainted).
                const bool strict = kn.strict || kn.bounds.size() <= kStrictLimit;
                std::map<int, double> sumLo,
                    sumHi; // summed rows of a large certificate: column -> coefficient
                double capLo = 0, bigLo = 0, needHi = 0;
                for (const CapacityCertificate::Bound &b : kn.bounds) {
                    const double full = p.fullGpus[b.node];
                    if (b.minFree > kIntMin) {
                        const double cap = full - b.minFree; // at most this may be taken
                        const double bigM = maxTaken[b.node] - cap;
                        if (bigM > 0 && strict) {
                            MipProblem::Terms row;
                            addTaken(b.node, [&](int c, double v) { row.emplace_back(c, v); });
                            row.emplace_back(col, bigM);
                            row.emplace_back(taint[ti], -bigM);
                            m.mip.addRow(row, -MipProblem::Inf, cap + bigM);
                        } else if (bigM > 0) {
                            addTaken(b.node, [&](int c, double v) { sumLo[c] += v; });
                            capLo += cap;
                            bigLo += bigM;
                        }
                    }
                    if (b.maxFree < kIntMax) {
                        const double need = full - b.maxFree; // at least this must be taken
                        if (need > 0 && strict) {
                            MipProblem::Terms row;
                            addTaken(b.node, [&](int c, double v) { row.emplace_back(c, v); });
                            row.emplace_back(col, -need);
                            row.emplace_back(taint[ti], need);
                            m.mip.addRow(row, 0.0, MipProblem::Inf);
                        } else if (need > 0) {
                            addTaken(b.node, [&](int c, double v) { sumHi[c] += v; });
                            needHi += need;
                        }
                    }
                }
                if (bigLo > 0) { // the sum of the rows above: implied by them, so still a relaxation
                    MipProblem::Terms row(sumLo.begin(), sumLo.end());
                    row.emplace_back(col, bigLo);
                    row.emplace_back(taint[ti], -bigLo);
                    m.mip.addRow(row, -MipProblem::Inf, capLo + bigLo);
                }
                if (needHi > 0) {
                    MipProblem::Terms row(sumHi.begin(), sumHi.end());
                    row.emplace_back(col, -needHi);
                    row.emplace_back(taint[ti], needHi);
                    m.mip.addRow(row, 0.0, MipProblem::Inf);
                }
            }
            const PartBounds &pb = item.bounds[ti];
            if (item.determined && item.determinedKnown[ti] < 0) {
                continue; // no part in this tier
            }
            if (!tieBreak && !item.determined) {
                const int uc = m.mip.addBinary(0.0);
                m.u[i][ti] = uc;
                cover.emplace_back(uc, 1.0);
                // The part exists when it has a group.
                MipProblem::Terms exists{{uc, 1.0}};
                for (size_t g = 0; g < groups; ++g)
                    if (m.x[i][g][ti] >= 0)
                        exists.emplace_back(m.x[i][g][ti], -1.0);
                m.mip.addRow(exists, -MipProblem::Inf, 0.0);
                // Its price: eta >= lower bound when u (rows relaxed by bigM otherwise).
                const int eta = m.mip.addColumn(0.0, MipProblem::Inf, 1.0, false);
                MipProblem::Terms fixed{{eta, 1.0}};
                double fixedMax = 0;
                for (size_t g = 0; g < groups; ++g)
                    if (m.x[i][g][ti] >= 0) {
                        fixed.emplace_back(m.x[i][g][ti], -pb.fixedUsd[g] * (1.0 - 1e-9));
                        fixedMax += pb.fixedUsd[g];
                    }
                const auto priced = [&](MipProblem::Terms row, double rhsShift, double maxLhs) {
                    // eta - expr >= -bigM (1 - u)  <=>  eta - expr - bigM u >= -bigM
                    row.emplace_back(uc, -maxLhs);
                    m.mip.addRow(row, -maxLhs + rhsShift, MipProblem::Inf);
                };
                priced(fixed, 0.0, fixedMax);
                if (item.required && pb.dependsOnCapacity && std::isfinite(pb.usdPerRpsMonth) &&
                    pb.usdPerRpsMonth > 0) {
                    const double unserved =
                        (1.0 - SloAttainmentTarget / 100.0) * item.meanRps * item.peakFactor;
                    for (int h = 0; h < 24; ++h) {
                        MipProblem::Terms row = fixed;
                        double most = fixedMax;
                        for (size_t g = 0; g < groups; ++g)
                            if (m.x[i][g][ti] >= 0) {
                                row.emplace_back(m.x[i][g][ti], -pb.usdPerRpsMonth * pb.hourlyRps[g][h]);
                                most += pb.usdPerRpsMonth * pb.hourlyRps[g][h];
                            }
                        // eta >= fixed + rate (hourly - unserved): the constant moves to the right-hand side.
                        priced(row, -pb.usdPerRpsMonth * unserved, most);
                    }
                    for (size_t g = 0; g < groups; ++g) // a group above 1 % of the demand needs a site
                        if (m.x[i][g][ti] >= 0 && pb.footprintUsd > 0 && pb.reachRps.size() > g &&
                            item.groupRps[g] > (1.0 - SloAttainmentTarget / 100.0) * item.meanRps) {
                            MipProblem::Terms row = fixed;
                            row.emplace_back(m.x[i][g][ti], -pb.footprintUsd);
                            priced(row, 0.0, fixedMax + pb.footprintUsd);
                        }
                }
                if (item.required) { // what it may serve within budget
                    const int gamma = m.mip.addColumn(0.0, MipProblem::Inf, 0.0, false);
                    MipProblem::Terms reach{{gamma, 1.0}};
                    for (size_t g = 0; g < groups; ++g)
                        if (m.x[i][g][ti] >= 0)
                            reach.emplace_back(m.x[i][g][ti], -pb.reachRps[g]);
                    m.mip.addRow(reach, -MipProblem::Inf, 0.0);
                    m.mip.addRow({{gamma, 1.0}, {uc, -item.meanRps}}, -MipProblem::Inf, 0.0);
                    goodput.emplace_back(gamma, 1.0);
                }
                // Not a known outcome: each one it must differ from has other zones or a broken certificate.
                for (int k : item.disjunctive[ti]) {
                    const Known &kn = known[k];
                    MipProblem::Terms row{{uc, 1.0}, {taint[ti], -1.0}};
                    double rhs = 0;
                    bool trivial = false;
                    for (size_t g = 0; g < groups && !trivial; ++g) {
                        const int xc = m.x[i][g][ti];
                        if (inside(item.groups[g], kn.zones)) {
                            if (xc < 0) // that group cannot be in this tier: the zones always differ
                                trivial = true;
                            else {
                                row.emplace_back(xc, 1.0); // + (1 - x)
                                rhs += 1.0;
                            }
                        } else if (xc >= 0) {
                            row.emplace_back(xc, -1.0); // + x
                        }
                    }
                    const bool strict = kn.strictDisjunction || kn.bounds.size() <= kStrictLimit;
                    std::map<int, double> sumLo, sumHi;
                    double leastNeeded = kInf, mostSum = 0, leastSlack = kInf;
                    for (const CapacityCertificate::Bound &b : kn.bounds) {
                        if (trivial)
                            break;
                        const double full = p.fullGpus[b.node];
                        if (b.minFree > kIntMin) {
                            const double needed = full - b.minFree + 1; // taking this much breaks it
                            if (maxTaken[b.node] >= needed && strict) {
                                const int v = m.mip.addBinary(0.0);
                                MipProblem::Terms vr;
                                addTaken(b.node, [&](int c, double v) { vr.emplace_back(c, v); });
                                vr.emplace_back(v, -needed);
                                m.mip.addRow(vr, 0.0, MipProblem::Inf);
                                row.emplace_back(v, -1.0);
                            } else if (maxTaken[b.node] >= needed) {
                                addTaken(b.node, [&](int c, double v) { sumLo[c] += v; });
                                leastNeeded = std::min(leastNeeded, needed);
                            }
                        }
                        if (b.maxFree < kIntMax) {
                            const double most = full - b.maxFree - 1; // taking at most this breaks it
                            if (most >= 0) {
                                if (maxTaken[b.node] <= most) {
                                    trivial = true;
                                    break;
                                }
                                if (strict) {
                                    const int v = m.mip.addBinary(0.0);
                                    MipProblem::Terms vr;
                                    addTaken(b.node, [&](int c, double v) { vr.emplace_back(c, v); });
                                    vr.emplace_back(v, maxTaken[b.node] - most);
                                    m.mip.addRow(vr, -MipProblem::Inf, maxTaken[b.node]);
                                    row.emplace_back(v, -1.0);
                                } else {
                                    addTaken(b.node, [&](int c, double v) { sumHi[c] += v; });
                                    mostSum += maxTaken[b.node];
                                    leastSlack = std::min(leastSlack, maxTaken[b.node] - most);
                                }
                            }
                        }
                    }
                    // Summed: some lower bound broken implies the GPUs taken at all its nodes reach the least
                    // amount that breaks one; some upper bound broken implies their sum is at most the most
                    // they can take less the least slack.
                    if (!trivial && std::isfinite(leastNeeded)) {
                        const int v = m.mip.addBinary(0.0);
                        MipProblem::Terms vr(sumLo.begin(), sumLo.end());
                        vr.emplace_back(v, -leastNeeded);
                        m.mip.addRow(vr, 0.0, MipProblem::Inf);
                        row.emplace_back(v, -1.0);
                    }
                    if (!trivial && std::isfinite(leastSlack)) {
                        const int v = m.mip.addBinary(0.0);
                        MipProblem::Terms vr(sumHi.begin(), sumHi.end());
                        vr.emplace_back(v, leastSlack);
                        m.mip.addRow(vr, -MipProblem::Inf, mostSum);
                        row.emplace_back(v, -1.0);
                    }
                    if (!trivial)
                        m.mip.addRow(row, -MipProblem::Inf, rhs);
                }
            }
            // The part, when it exists, takes one outcome: each group in the tier is covered, at most one.
            for (size_t g = 0; g < groups; ++g)
                if (m.x[i][g][ti] >= 0) {
                    MipProblem::Terms row = cover;
                    row.emplace_back(m.x[i][g][ti], -1.0);
                    m.mip.addRow(row, 0.0, MipProblem::Inf);
                }
            m.mip.addRow(cover, -MipProblem::Inf, 1.0);
        }
        if (item.required && !goodput.empty()) // the parts' goodput adds up to 99 % of the demand
            m.mip.addRow(goodput, SloAttainmentTarget / 100.0 * item.meanRps * (1.0 - 1e-9), MipProblem::Inf);
        // What this item takes, for the items after it.
        std::map<int, double> most;
        for (Tier t : AllTiers)
            for (size_t k = 0; k < m.y[i][static_cast<int>(t)].size(); ++k) {
                const int col = m.y[i][static_cast<int>(t)][k];
                if (col < 0)
                    continue;
                for (const auto &[node, gpus] : item.known[static_cast<int>(t)][k].gpusAt) {
                    taken[node].emplace_back(col, gpus);
                    most[node] = std::max(most[node], double(gpus));
                }
            }
        for (const auto &[node, g] : most) // parts in different tiers use different nodes: no double count
            maxTaken[node] += g;
        for (int t = 0; t < TierCount; ++t) {
            if (m.u[i][t] < 0)
                continue;
            const int next = m.mip.addColumn(0.0, MipProblem::Inf, 0.0, false);
            m.mip.addRow({{taint[t], 1.0}, {m.u[i][t], 1.0}, {next, -1.0}}, 0.0, 0.0);
            taint[t] = next;
        }
    }
    for (const std::vector<int> &cut : p.noGoods) { // (item, tier, known) triples that may not all hold
        MipProblem::Terms row;
        for (size_t j = 0; j + 2 < cut.size(); j += 3) {
            const int col = m.y[cut[j]][cut[j + 1]].size() > size_t(cut[j + 2])
                                ? m.y[cut[j]][cut[j + 1]][cut[j + 2]]
                                : -1;
            if (col >= 0)
                row.emplace_back(col, 1.0);
        }
        if (row.size() == cut.size() / 3)
            m.mip.addRow(row, -MipProblem::Inf, double(row.size()) - 1.0);
    }
    for (const std::vector<Literal> &cut : p.survivalCuts) { // placements that fail the N+1 test
        // sum of x over literals "in" + sum of (1 - x) over literals "not in" <= literals - 1.
        MipProblem::Terms row;
        double rhs = -1;
        bool possible = true;
        for (const Literal &l : cut) {
            const int col = size_t(l.item) < m.x.size() && size_t(l.group) < m.x[l.item].size()
                                ? m.x[l.item][l.group][static_cast<int>(l.tier)]
                                : -1;
            if (col < 0) { // x is 0: a literal "in" never holds (the cut is void), "not in" always does
                possible = possible && !l.in;
                continue;
            }
            row.emplace_back(col, l.in ? 1.0 : -1.0);
            rhs += l.in ? 1.0 : 0.0;
        }
        if (possible && !row.empty())
            m.mip.addRow(row, -MipProblem::Inf, rhs);
    }
    if (tieBreak)
        m.mip.addRow(costRow, -MipProblem::Inf, maxUsd);
    return m;
}

MasterSize masterSize(const Scenario &s, const Problem &p, const Placement &current)
{
    const Master m = buildMaster(s, p, current, false, 0);
    return {m.mip.columnCount(), m.mip.rowCount(), static_cast<qint64>(m.mip.index().size())};
}

} // namespace ea::placement
