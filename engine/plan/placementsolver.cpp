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
// outcome or a constraint, and there are finitely many.
#include "engine/plan/placementsolver.h"

#include "engine/plan/evaluator.h"
#include "engine/plan/mipsolver.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace ea::placement {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr int kIntMin = std::numeric_limits<int>::min();
constexpr int kIntMax = std::numeric_limits<int>::max();
constexpr double kTieRel = 1e-9;    // costs within this relative distance count as equal
constexpr size_t kStrictLimit = 16; // certificates with more bounds start as one summed row

bool holds(const std::vector<CapacityCertificate::Bound> &bounds, const std::vector<int> &freeGpus)
{
    for (const CapacityCertificate::Bound &b : bounds)
        if (freeGpus[b.node] < b.minFree || freeGpus[b.node] > b.maxFree)
            return false;
    return true;
}

} // namespace

Known knownOutcome(const WorkloadOutcome &o, ZoneMask zones, const CapacityCertificate &c,
                   const std::vector<int> &full)
{
    Known k;
    k.zones = zones;
    k.usd = o.usdPerMonth();
    k.gpuUsd = o.gpuUsdPerMonth;
    k.apiUsd = o.apiUsdPerMonth;
    k.egressUsd = o.egressUsdPerMonth;
    k.goodputRps = o.goodputRps;
    k.feasible = o.feasible;
    k.meets = meetsSlo(o);
    k.attainmentPct = o.attainmentPct;
    k.issue = o.issue;
    for (CapacityCertificate::Bound b : c.bounds) // keep only what some free-GPU vector can break
        if (b.minFree > 0 || b.maxFree < full[b.node])
            k.bounds.push_back(b);
    for (const SiteOutcome &site : o.siteLoads)
        if (site.gpus != 0)
            k.gpusAt.emplace_back(site.node, site.gpus);
    return k;
}

namespace {

bool inside(ZoneMask group, ZoneMask zones)
{
    return zones == AllZones || (group & zones) == group;
}

/** The parts of an item placed as `tiers` (per group): (tier, zones), AllZones when all in one tier. */
std::vector<std::pair<Tier, ZoneMask>> partsOf(const Item &item, const std::vector<Tier> &tiers)
{
    std::array<ZoneMask, TierCount> mask{};
    for (size_t g = 0; g < item.groups.size(); ++g)
        mask[static_cast<int>(tiers[g])] |= item.groups[g];
    std::vector<std::pair<Tier, ZoneMask>> parts;
    for (Tier t : AllTiers)
        if (mask[static_cast<int>(t)])
            parts.emplace_back(t, mask[static_cast<int>(t)]);
    if (parts.size() == 1)
        parts.front().second = AllZones;
    return parts;
}

bool allows(const Item &item, size_t g, Tier t)
{
    return std::find(item.tiers[g].begin(), item.tiers[g].end(), t) != item.tiers[g].end();
}

bool itemUses(const Item &item, Tier t)
{
    for (size_t g = 0; g < item.groups.size(); ++g)
        if (allows(item, g, t))
            return true;
    return false;
}

/** A round's master problem and where its columns sit. */
struct Master
{
    MipProblem mip;
    std::vector<std::vector<std::array<int, TierCount>>> x; // [item][group][tier] or -1
    std::vector<std::array<std::vector<int>, TierCount>> y; // [item][tier][known] or -1
    std::vector<std::array<int, TierCount>> u;              // [item][tier] or -1
    std::vector<int> moved;                                 // [item], tie-break only
};

/**
 * The master problem. tieBreak: the fewest moves from the current placement among placements of known
 * outcomes costing at most maxUsd.
 */
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
    if (tieBreak)
        m.mip.addRow(costRow, -MipProblem::Inf, maxUsd);
    return m;
}

} // namespace

MasterSize masterSize(const Scenario &s, const Problem &p, const Placement &current)
{
    const Master m = buildMaster(s, p, current, false, 0);
    return {m.mip.columnCount(), m.mip.rowCount(), static_cast<qint64>(m.mip.index().size())};
}

Known knownWithAllFree(const Evaluator &e, int workload, Tier tier, ZoneMask zones)
{
    const Scenario &s = e.scenario();
    std::vector<int> full(s.nodes.size());
    for (size_t n = 0; n < full.size(); ++n)
        full[n] = s.nodes[n].usableGpus();
    std::vector<int> freeGpus = full;
    CapacityCertificate cert;
    const WorkloadOutcome o = e.evaluatePart(workload, tier, zones, freeGpus, &cert);
    return knownOutcome(o, zones, cert, full);
}

Problem buildProblem(const Evaluator &e, const Placement &current, const std::vector<bool> &required,
                     const std::vector<bool> &held, Granularity granularity)
{
    const Scenario &s = e.scenario();
    Problem p;
    p.fullGpus.resize(s.nodes.size());
    for (size_t n = 0; n < s.nodes.size(); ++n)
        p.fullGpus[n] = s.nodes[n].usableGpus();
    const ZoneMask demand = e.demandZones();
    for (size_t w = 0; w < s.workloads.size(); ++w) {
        const Workload &wl = s.workloads[w];
        Item item;
        item.workload = static_cast<int>(w);
        item.required = required[w];
        item.fixed = held[w] || wl.pinned;
        item.meanRps = wl.meanRps;
        double diurnalSum = 0, diurnalMax = 0;
        for (double v : wl.diurnal) {
            diurnalSum += v;
            diurnalMax = std::max(diurnalMax, v);
        }
        item.peakFactor = diurnalSum > 0 ? diurnalMax / (diurnalSum / 24.0) : 1.0;
        if (item.fixed || granularity == Granularity::Zone) {
            for (int z = 0; z < geo::kZoneCount; ++z)
                if (demand >> z & 1u)
                    item.groups.push_back(ZoneMask(1u << z));
        } else {
            item.groups.push_back(demand);
        }
        const std::vector<Tier> assignable = s.assignableTiers(static_cast<int>(w));
        for (ZoneMask g : item.groups) {
            if (item.fixed) {
                int zone = 0;
                while (!(g >> zone & 1u))
                    ++zone;
                item.tiers.push_back({current.tierIn(w, static_cast<geo::Zone>(zone))});
            } else {
                item.tiers.push_back(assignable);
            }
        }
        for (ZoneMask g : item.groups)
            item.groupRps.push_back(wl.meanRps * e.zoneShare(g));
        // Bounds per tier the item may use, per group; with several groups they must hold for a part of any
        // set of them (Evaluator::partBound with anyZones).
        const bool anyZones = item.groups.size() > 1;
        for (Tier t : AllTiers) {
            const int ti = static_cast<int>(t);
            if (!itemUses(item, t))
                continue;
            PartBounds &pb = item.bounds[ti];
            pb.dependsOnCapacity = s.tier(t).billing == Billing::GpuHour;
            for (ZoneMask g : item.groups) {
                // The capacity per GPU and the footprint depend on the operating point only: that of the
                // whole workload with one group, the one at the least allowance of any zone with several.
                const PartBound b = e.partBound(static_cast<int>(w), t, g, anyZones);
                if (pb.fixedUsd.empty()) {
                    pb.usdPerRpsMonth = b.usdPerRpsMonth;
                    pb.footprintUsd = b.footprintUsdPerMonth;
                }
                pb.fixedUsd.push_back(b.fixedUsdPerMonth);
                pb.reachRps.push_back(b.reachableShare * wl.meanRps);
                pb.hourlyRps.push_back(b.hourlyRps);
            }
        }
        // A workload that must meet its SLO takes no tier for a group where, even with every other group at
        // its best, too little demand could be served within budget.
        if (item.required && !item.fixed) {
            std::vector<double> best(item.groups.size(), 0.0);
            for (size_t g = 0; g < item.groups.size(); ++g)
                for (Tier t : item.tiers[g])
                    best[g] = std::max(best[g], item.bounds[static_cast<int>(t)].reachRps[g]);
            double total = 0;
            for (double b : best)
                total += b;
            const double needed = SloAttainmentTarget / 100.0 * item.meanRps * (1.0 - 1e-9);
            for (size_t g = 0; g < item.groups.size(); ++g)
                std::erase_if(item.tiers[g], [&](Tier t) {
                    return total - best[g] + item.bounds[static_cast<int>(t)].reachRps[g] < needed;
                });
        }
        p.items.push_back(std::move(item));
    }
    return p;
}

CutLoop::CutLoop(const Evaluator &e, const Placement &current, const OptimizeOptions &options,
                 QElapsedTimer clock)
    : m_e(e), m_current(current), m_options(options), m_clock(clock)
{
}

Placement CutLoop::placementOf(const Problem &p, const Solution &s) const
{
    Placement out = m_current;
    for (size_t i = 0; i < p.items.size() && i < s.tiers.size(); ++i) {
        const Item &item = p.items[i];
        if (item.fixed)
            continue;
        // Its tier: the one serving most demand; the other zones with demand as overrides.
        std::array<double, TierCount> rps{};
        for (size_t g = 0; g < item.groups.size(); ++g)
            rps[static_cast<int>(s.tiers[i][g])] += item.groupRps[g];
        const Tier main = static_cast<Tier>(std::max_element(rps.begin(), rps.end()) - rps.begin());
        ZoneTiers zones{};
        for (size_t g = 0; g < item.groups.size(); ++g)
            if (s.tiers[i][g] != main)
                for (int z = 0; z < geo::kZoneCount; ++z)
                    if (item.groups[g] >> z & 1u)
                        zones[z] = s.tiers[i][g];
        out.setWorkload(item.workload, main, zones);
    }
    return out;
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
    const auto consider = [&](const std::vector<std::vector<Tier>> &tiers) {
        bool learned = false;
        const Solution sol = evaluate(p, tiers, {}, &learned, &r.learned);
        if (better(sol))
            r.best = sol;
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
        if (better(sol))
            r.best = sol;
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
                        (sol.usd < best.usd - tol || (sol.usd <= best.usd + tol && sol.moves < best.moves))) {
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
    return sol;
}

} // namespace ea::placement
