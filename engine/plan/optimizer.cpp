// SPDX-License-Identifier: GPL-3.0-or-later
// The exact placement optimizer: depth-first search over tiers in workload order with memoized outcomes.
//
// Why it is exact. Evaluator::evaluate places workloads in order; workload i in tier t reads the free GPUs
// only at the nodes of t, and only workloads placed in t before it take GPUs there. So its outcome is a
// function of (i, t, the set S of earlier workloads in t) and, recursively, of theirs: the memo below keys
// outcomes by exactly that. Earlier workloads never change, so a partial placement's cost is final and a
// branch is dropped as soon as a workload that must meet its SLO misses it, or when its cost plus a proven
// lower bound of the rest cannot beat the best placement found. Everything else is enumerated.
#include "engine/plan/optimizer.h"

#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/resilience.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

namespace ea {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
// Costs within this relative distance count as equal (then fewer moves win).
constexpr double kTieRel = 1e-12;

struct Optimizer
{
    Q_DECLARE_TR_FUNCTIONS(ea::Optimizer)
};

/** What the search keeps of one workload outcome. */
struct Record
{
    double usd = 0;
    bool meets = false;
    double attainmentPct = 0;
    QString issue;
    std::vector<std::pair<int, int>> gpusAt; // (node, GPUs taken)
};

Record recordOf(const WorkloadOutcome &o)
{
    Record r{o.usdPerMonth(), meetsSlo(o), o.attainmentPct, o.issue, {}};
    for (const SiteOutcome &site : o.siteLoads)
        if (site.gpus != 0)
            r.gpusAt.emplace_back(site.node, site.gpus);
    return r;
}

class Search
{
public:
    Search(const Evaluator &e, const Placement &current, const OptimizeOptions &o, qint64 maxEvaluations)
        : m_e(e), m_s(e.scenario()), m_n(static_cast<int>(current.size())), m_current(current), m_options(o),
          m_maxEvaluations(maxEvaluations), m_path(m_n), m_pathRecord(m_n, -1)
    {
        m_full.resize(m_s.nodes.size());
        for (size_t i = 0; i < m_s.nodes.size(); ++i)
            m_full[i] = m_s.nodes[i].usableGpus();
        m_bits.fill(std::string((m_n + 7) / 8, '\0'));
    }

    /** Outcome of workload i in tier t with all capacity to itself (memo entry with S empty). */
    const WorkloadOutcome &alone(int i, Tier t)
    {
        auto &slot = m_alone[{i, static_cast<int>(t)}];
        if (!slot) {
            std::vector<int> free = m_full;
            slot = m_e.evaluateWorkload(i, t, free);
            ++m_evaluations;
        }
        return *slot;
    }

    struct Problem
    {
        std::vector<std::vector<Tier>> choices; // per workload, in the order to try
        std::vector<bool> required;             // must meet its SLO
        std::vector<double> lowerBound;         // least cost of workload i in any choice
    };

    /** Runs one exhaustive search; false when stopped (cancel or evaluation limit). */
    bool run(const Problem &p, double progressFrom, double progressTo)
    {
        m_p = &p;
        m_progressFrom = progressFrom;
        m_progressSpan = progressTo - progressFrom;
        m_done = 0;
        m_best.reset();
        m_deepest = -1;
        m_suffix.assign(m_n + 1, 0.0);
        for (int i = m_n - 1; i >= 0; --i)
            m_suffix[i] = m_suffix[i + 1] + p.lowerBound[i];
        seedWithCurrent();
        dfs(0, 0.0, 0, 1.0);
        return !m_stopped;
    }

    struct Best
    {
        Placement placement;
        double usd = 0;
        int moves = 0;
    };
    const std::optional<Best> &best() const { return m_best; }
    bool stopped() const { return m_stopped; }
    bool cancelled() const { return m_cancelled; }
    qint64 evaluations() const { return m_evaluations; }
    qint64 complete() const { return m_complete; }
    qint64 nodes() const { return m_nodes; }
    /** Placements meeting every SLO that the N+1 test rejected. */
    qint64 rejected() const { return m_rejected; }
    void setSurvival(SurvivalTest *test) { m_survival = test; }
    /** Deepest workload that missed its SLO in every choice while all before it met theirs; -1 if none. */
    int deepestFailure() const { return m_deepest; }
    const Record *deepestRecord(Tier t) const
    {
        const auto it = m_deepestRecords.find(static_cast<int>(t));
        return it == m_deepestRecords.end() ? nullptr : &m_records[it->second];
    }

private:
    bool shouldStop()
    {
        if (m_stopped)
            return true;
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_stopped = m_cancelled = true;
        } else if (m_maxEvaluations > 0 && m_evaluations >= m_maxEvaluations) {
            m_stopped = true;
        }
        return m_stopped;
    }

    void advance(double share)
    {
        m_done += share;
        const double f = m_progressFrom + m_progressSpan * std::min(m_done, 1.0);
        if (m_options.progress && f >= m_lastProgress + 0.01) {
            m_lastProgress = f;
            m_options.progress(f);
        }
    }

    /** Memo index of workload i in tier t, with the earlier workloads as m_path places them. */
    int recordFor(int i, Tier t)
    {
        const int ti = static_cast<int>(t);
        std::string key(reinterpret_cast<const char *>(&i), sizeof i);
        key += static_cast<char>(ti);
        key += m_bits[ti];
        if (const auto it = m_memo.find(key); it != m_memo.end())
            return it->second;
        std::vector<int> free;
        bool shared = false;
        for (int j = 0; j < i; ++j)
            if (m_path[j] == t) {
                if (!shared)
                    free = m_full;
                shared = true;
                for (const auto &[node, gpus] : m_records[m_pathRecord[j]].gpusAt)
                    free[node] -= gpus;
            }
        const WorkloadOutcome &single = alone(i, t);
        if (!shared || m_e.routingCertainlyHolds(single, free)) {
            m_records.push_back(recordOf(single));
        } else {
            m_records.push_back(recordOf(m_e.evaluateWorkload(i, t, free)));
            ++m_evaluations;
        }
        const int index = static_cast<int>(m_records.size()) - 1;
        m_memo.emplace(std::move(key), index);
        return index;
    }

    void place(int i, Tier t, int record)
    {
        m_path[i] = t;
        m_pathRecord[i] = record;
        m_bits[static_cast<int>(t)][i / 8] |= static_cast<char>(1 << (i % 8));
    }
    void unplace(int i) { m_bits[static_cast<int>(m_path[i])][i / 8] &= static_cast<char>(~(1 << (i % 8))); }

    /** Placing for resilience: the placement passes the N+1 test (always true when not asked). */
    bool survives(const Placement &p)
    {
        if (!m_survival)
            return true;
        const SurvivalTest::Verdict v = m_survival->check(p);
        if (v.cancelled)
            m_stopped = m_cancelled = true;
        m_rejected += !v.survives && !v.cancelled;
        return v.survives;
    }

    /** Strictly cheaper, or as cheap with fewer moves. */
    bool beats(double usd, int moves) const
    {
        if (!m_best)
            return true;
        const double tol = kTieRel * std::max(std::fabs(m_best->usd), 1.0);
        return usd < m_best->usd - tol || (usd <= m_best->usd + tol && moves < m_best->moves);
    }

    /** The current placement, if it is allowed and meets the requirements, is the first incumbent. */
    void seedWithCurrent()
    {
        double usd = 0;
        int placed = 0;
        for (; placed < m_n; ++placed) {
            const auto &c = m_p->choices[placed];
            if (std::find(c.begin(), c.end(), m_current[placed]) == c.end() || shouldStop())
                break;
            const int rec = recordFor(placed, m_current[placed]);
            if (m_p->required[placed] && !m_records[rec].meets)
                break;
            usd += m_records[rec].usd;
            place(placed, m_current[placed], rec);
        }
        if (placed == m_n && survives(m_current))
            m_best = Best{m_current, usd, 0};
        while (placed-- > 0)
            unplace(placed);
    }

    void dfs(int i, double usd, int moves, double share)
    {
        if (i == m_n) {
            if (beats(usd, moves) && survives(m_path))
                m_best = Best{m_path, usd, moves};
            advance(share);
            return;
        }
        const auto &choices = m_p->choices[i];
        const double part = share / std::max<size_t>(choices.size(), 1);
        bool anyMet = false;
        for (Tier t : choices) {
            if (shouldStop())
                return;
            const int rec = recordFor(i, t);
            const Record &r = m_records[rec];
            ++m_nodes;
            const int nextMoves = moves + (t != m_current[i]);
            const double nextUsd = usd + r.usd;
            if (m_p->required[i] && !r.meets) {
                m_lastMiss[static_cast<int>(t)] = rec;
                advance(part);
                continue;
            }
            anyMet = true;
            m_complete += i == m_n - 1;
            if (!beats(nextUsd + m_suffix[i + 1], nextMoves)) { // the rest cannot make up for it
                advance(part);
                continue;
            }
            place(i, t, rec);
            dfs(i + 1, nextUsd, nextMoves, part);
            unplace(i);
        }
        if (!anyMet && !choices.empty() && i > m_deepest) {
            m_deepest = i;
            m_deepestRecords = m_lastMiss;
        }
    }

    const Evaluator &m_e;
    const Scenario &m_s;
    const int m_n;
    const Placement &m_current;
    const OptimizeOptions &m_options;
    const qint64 m_maxEvaluations;
    const Problem *m_p = nullptr;

    std::vector<int> m_full;
    std::map<std::pair<int, int>, std::optional<WorkloadOutcome>> m_alone;
    std::unordered_map<std::string, int> m_memo;
    std::vector<Record> m_records;
    std::array<std::string, TierCount> m_bits; // per tier: which workloads of m_path are in it

    Placement m_path;
    std::vector<int> m_pathRecord;
    std::vector<double> m_suffix;
    std::optional<Best> m_best;
    std::map<int, int> m_lastMiss, m_deepestRecords; // tier → record
    int m_deepest = -1;

    qint64 m_evaluations = 0, m_complete = 0, m_nodes = 0, m_rejected = 0;
    SurvivalTest *m_survival = nullptr;
    bool m_stopped = false, m_cancelled = false;
    double m_progressFrom = 0, m_progressSpan = 1, m_done = 0, m_lastProgress = -1;
};

} // namespace

OptimizeResult exhaustivePlacementSearch(const Evaluator &evaluator, const Placement &current,
                                         const OptimizeOptions &options)
{
    const Scenario &s = evaluator.scenario();
    const int n = static_cast<int>(s.workloads.size());
    OptimizeResult result;
    if (static_cast<int>(current.size()) != n) {
        result.problems << Optimizer::tr("The current placement has %n workload(s), the scenario %1", nullptr,
                                         static_cast<int>(current.size()))
                               .arg(n);
        return result;
    }
    const qint64 limit = options.maxWorkloadEvaluations > 0 ? options.maxWorkloadEvaluations
                         : n <= MaxExactWorkloads           ? 0
                                                            : 4000;
    Search search(evaluator, current, options, limit);
    std::optional<SurvivalTest> survival;
    if (options.resilient) {
        survival.emplace(evaluator, [&options] { return options.cancel && options.cancel->load(); });
        search.setSurvival(&*survival);
    }

    // Each workload alone in each tier it may use: the cheapest choices first, and what a lower bound may
    // rely on (a tier billed per token costs the same whatever capacity is left; egress never depends on it).
    Search::Problem full;
    full.required.assign(n, true);
    full.choices.resize(n);
    full.lowerBound.assign(n, 0.0);
    std::vector<std::array<const WorkloadOutcome *, TierCount>> alone(n);
    result.placementsTotal = 1;
    result.placementsAllowedLog10 = 0;
    for (int i = 0; i < n; ++i) {
        alone[i].fill(nullptr);
        std::vector<Tier> tiers =
            s.workloads[i].pinned ? std::vector<Tier>{current[i]} : s.assignableTiers(i);
        double lb = kInf;
        for (Tier t : tiers) {
            if (options.cancel && options.cancel->load()) {
                result.cancelled = true;
                return result;
            }
            const WorkloadOutcome &o = search.alone(i, t);
            alone[i][static_cast<int>(t)] = &o;
            lb = std::min(lb, s.tier(t).billing == Billing::Api ? o.usdPerMonth() : o.egressUsdPerMonth);
        }
        if (options.progress)
            options.progress(0.1 * (i + 1) / std::max(n, 1));
        std::stable_sort(tiers.begin(), tiers.end(), [&](Tier a, Tier b) {
            const WorkloadOutcome &x = *alone[i][static_cast<int>(a)], &y = *alone[i][static_cast<int>(b)];
            if (meetsSlo(x) != meetsSlo(y))
                return meetsSlo(x);
            return x.usdPerMonth() < y.usdPerMonth();
        });
        // Rounding of sums of bounds is far below this margin.
        full.lowerBound[i] = tiers.empty() ? 0.0 : std::max(0.0, lb * (1.0 - 1e-9));
        result.placementsAllowedLog10 +=
            tiers.empty() ? -std::numeric_limits<double>::infinity() : std::log10(double(tiers.size()));
        result.placementsTotal = result.placementsAllowedLog10 < 18
                                     ? qint64(std::llround(std::pow(10.0, result.placementsAllowedLog10)))
                                     : -1;
        full.choices[i] = std::move(tiers);
    }

    // Workloads that miss their SLO in every tier even with all capacity to themselves.
    std::vector<int> unreachable;
    for (int i = 0; i < n; ++i) {
        bool any = false;
        for (Tier t : full.choices[i])
            any = any || meetsSlo(*alone[i][static_cast<int>(t)]);
        if (!any)
            unreachable.push_back(i);
    }

    result.unreachable = unreachable;
    const double fullShare = unreachable.empty() ? 1.0 : 0.4;
    bool exhaustive = search.run(full, 0.1, 0.1 + 0.9 * fullShare);
    std::optional<Placement> chosen;
    if (search.best()) {
        result.feasible = true;
        chosen = search.best()->placement;
    } else {
        for (int i : unreachable) {
            std::vector<const WorkloadOutcome *> list(alone[i].begin(), alone[i].end());
            result.problems << explainUnreachable(s, i, list);
        }
    }
    if (!search.best() && !search.stopped()) {
        if (unreachable.empty() && search.rejected() > 0) {
            result.problems << explainNotResilient(evaluator, current, *survival, options.cancel);
        } else if (unreachable.empty()) {
            const int d = search.deepestFailure();
            QStringList misses;
            for (Tier t : full.choices[std::max(d, 0)])
                if (const Record *r = search.deepestRecord(t))
                    misses << (r->issue.isEmpty()
                                   ? Optimizer::tr("%1 %2 of requests within budget")
                                         .arg(tierLabel(t), units::percent(r->attainmentPct))
                                   : Optimizer::tr("%1 %2 of requests within budget (%3)")
                                         .arg(tierLabel(t), units::percent(r->attainmentPct), r->issue));
            result.problems
                << Optimizer::tr(
                       "Every workload meets its SLO in some tier on its own, but not all together: "
                       "the tiers' GPU capacity cannot hold them. Once the workloads before it "
                       "take their share, %1 misses its SLO in every tier it may use (%2)")
                       .arg(s.workloads[std::max(d, 0)].name, misses.join(QStringLiteral("; ")));
        } else {
            // Best effort: keep the hopeless workloads where they are, the rest must meet their SLOs.
            Search::Problem relaxed = full;
            for (int i : unreachable) {
                relaxed.required[i] = false;
                relaxed.choices[i] = {current[i]};
                relaxed.lowerBound[i] = std::max(
                    0.0, alone[i][static_cast<int>(current[i])]
                             ? alone[i][static_cast<int>(current[i])]->egressUsdPerMonth * (1.0 - 1e-9)
                             : 0.0);
            }
            exhaustive = search.run(relaxed, 0.1 + 0.9 * fullShare, 1.0) && exhaustive;
            if (search.best()) {
                result.bestEffort = true;
                chosen = search.best()->placement;
            } else if (!search.stopped()) {
                result.problems << Optimizer::tr(
                    "Even with those workloads left where they are, the others cannot all "
                    "meet their SLOs together");
            }
        }
    }
    result.cancelled = search.cancelled();
    result.provenOptimal = exhaustive && !search.stopped();
    if (survival) {
        result.failuresChecked = int(survival->failures().size());
        result.resilienceChecks = survival->placementsChecked();
        result.failuresEvaluated = survival->failuresEvaluated();
        result.resilient = chosen.has_value(); // every placement it kept passed the test
    }
    result.workloadEvaluations = search.evaluations();
    result.placementsExamined = search.complete();
    result.searchNodes = search.nodes();
    if (search.stopped() && !search.cancelled())
        result.problems << Optimizer::tr(
            "The search stopped after %n workload evaluation(s); the placement shown "
            "is the best found, not proven the cheapest",
            nullptr, static_cast<int>(result.workloadEvaluations));
    if (chosen) {
        result.placement = *chosen;
        result.outcome = evaluator.evaluate(result.placement);
        result.usdPerMonth = result.outcome.usdPerMonth;
        result.searchUsdPerMonth = search.best()->usd;
        // The memo reproduces Evaluator::evaluate bit for bit (same outcomes, summed in the same order).
        Q_ASSERT(result.usdPerMonth == result.searchUsdPerMonth);
    }
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace ea
