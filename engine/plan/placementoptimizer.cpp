// SPDX-License-Identifier: GPL-3.0-or-later
// optimizePlacement: the cut loop (placementsolver.cpp) on the whole problem, then, when no placement meets
// every SLO, on a best-effort one; explanations per workload; the fewest moves among the cheapest. At zone
// granularity the workload-granularity optimum is found first and seeds the zone problem.
#include "engine/model/units.h"
#include "engine/plan/evaluator.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/placementsolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <future>
#include <limits>
#include <thread>

namespace ea {

namespace {

using namespace placement;

struct Optimizer
{
    Q_DECLARE_TR_FUNCTIONS(ea::Optimizer)
};

constexpr double kInf = std::numeric_limits<double>::infinity();

/** Runs jobs on up to two threads (the machine this must run well on has two cores). */
template <typename F> void parallel(size_t count, const std::atomic<bool> *cancel, F job)
{
    const unsigned threads = std::max(1u, std::min(2u, std::thread::hardware_concurrency()));
    std::atomic<size_t> next{0};
    const auto worker = [&] {
        for (size_t j; (j = next.fetch_add(1)) < count;) {
            if (cancel && cancel->load())
                return;
            job(j);
        }
    };
    std::vector<std::future<void>> running;
    for (unsigned t = 1; t < threads && count > 1; ++t)
        running.push_back(std::async(std::launch::async, worker));
    worker();
    for (auto &f : running)
        f.get();
}

/** Each workload's outcome in each tier it may use, whole, with all GPUs free, learned into the problem. */
void learnWholeAlone(const Evaluator &e, Problem &p, const std::atomic<bool> *cancel)
{
    std::vector<std::pair<int, Tier>> jobs;
    for (size_t i = 0; i < p.items.size(); ++i) {
        const Item &item = p.items[i];
        std::array<bool, TierCount> all{};
        all.fill(true);
        for (size_t g = 0; g < item.groups.size(); ++g)
            for (Tier t : AllTiers)
                all[static_cast<int>(t)] =
                    all[static_cast<int>(t)] &&
                    std::find(item.tiers[g].begin(), item.tiers[g].end(), t) != item.tiers[g].end();
        for (Tier t : AllTiers) {
            const PartBounds &pb = item.bounds[static_cast<int>(t)];
            double reach = 0;
            for (double r : pb.reachRps)
                reach += r;
            // A workload that must meet its SLO needs no outcome of a tier where it provably cannot.
            const bool hopeless =
                item.required && reach < SloAttainmentTarget / 100.0 * item.meanRps * (1 - 1e-9);
            if (all[static_cast<int>(t)] && !hopeless && item.known[static_cast<int>(t)].empty())
                jobs.emplace_back(static_cast<int>(i), t);
        }
    }
    std::vector<Known> results(jobs.size());
    parallel(jobs.size(), cancel, [&](size_t j) {
        results[j] = knownWithAllFree(e, p.items[jobs[j].first].workload, jobs[j].second, AllZones);
    });
    for (size_t j = 0; j < jobs.size(); ++j) {
        Item &item = p.items[jobs[j].first];
        const int t = static_cast<int>(jobs[j].second);
        item.known[t].push_back(std::move(results[j]));
        item.disjunctive[t].push_back(static_cast<int>(item.known[t].size()) - 1);
    }
}

/** Outcome of a workload in a tier, whole, with all GPUs free (for explanations). */
WorkloadOutcome aloneWhole(const Evaluator &e, int w, Tier t)
{
    std::vector<int> freeGpus(e.scenario().nodes.size());
    for (size_t n = 0; n < freeGpus.size(); ++n)
        freeGpus[n] = e.scenario().nodes[n].usableGpus();
    return e.evaluateWorkload(w, t, freeGpus);
}

// Rounds of the cut loop before the proof stage takes over at workload granularity, and its share of the
// time.
constexpr int kCutRounds = 6;
constexpr double kCutShare = 0.3;

struct Runner
{
    const Evaluator &e;
    const Placement &current;
    const OptimizeOptions &options;
    QElapsedTimer clock;
    CutLoop loop;
    int iterations = 0, solves = 0, learned = 0;
    qint64 searchNodes = 0;
    int masterRows = 0;
    qint64 masterNonzeros = 0;
    bool sizeLimited = false;

    CutLoop::Run run(Problem &p, double from, double to, const std::optional<Solution> &seed = {},
                     int rounds = 0)
    {
        CutLoop::Run r = loop.run(p, from, to, seed, rounds);
        iterations += r.iterations;
        solves += r.mipSolves;
        learned += r.learned;
        masterRows = std::max(masterRows, r.masterRows);
        masterNonzeros = std::max(masterNonzeros, r.masterNonzeros);
        sizeLimited = sizeLimited || r.sizeLimited;
        return r;
    }

    /** Workload granularity: a few rounds of the cut loop (bound and first placements), then the branch and
     * bound proves or improves, within the time limit. */
    CutLoop::Run solveWorkloads(Problem &p, double from, double to)
    {
        // Without a time limit the search will prove the optimum: one round gives it a first placement. With
        // one, more rounds raise the bound reported if the search cannot finish.
        const double elapsed = clock.elapsed() / 1000.0;
        loop.setDeadline(options.timeLimitS > 0 ? elapsed + kCutShare * (options.timeLimitS - elapsed) : 0);
        CutLoop::Run r = run(p, from, from + 0.3 * (to - from), {}, options.timeLimitS > 0 ? kCutRounds : 1);
        loop.setDeadline(0);
        const bool cancelled = options.cancel && options.cancel->load();
        const bool late = options.timeLimitS > 0 && clock.elapsed() / 1000.0 >= options.timeLimitS;
        if (r.proven || cancelled || late)
            return r;
        BranchAndBound bnb(e, current, options, clock);
        QElapsedTimer bt;
        bt.start();
        const BranchAndBound::Result b = bnb.run(p, r.best, r.bound);
        if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
            qInfo("branch and bound: %lld ms, %lld nodes, %d learned, proven %d, best %.0f (cut loop's %.0f)",
                  bt.elapsed(), b.nodes, b.learned, b.proven, b.best.usd, r.best.usd);
        learned += b.learned;
        searchNodes += b.nodes;
        CutLoop::Run out = r;
        out.bySearch = true;
        out.best = b.best;
        out.bound = std::max(r.bound, b.bound);
        out.proven = b.proven;
        out.provenInfeasible = b.proven && !b.best.found;
        out.stopped = b.stopped;
        out.cancelled = b.cancelled;
        out.roundsExhausted = false;
        return out;
    }
};

} // namespace

double OptimizeStatus::gap() const
{
    if (!std::isfinite(bestUsdPerMonth) || !std::isfinite(boundUsdPerMonth))
        return 1.0;
    const double scale = std::max(std::fabs(bestUsdPerMonth), 1e-9);
    return std::clamp((bestUsdPerMonth - boundUsdPerMonth) / scale, 0.0, 1.0);
}

OptimizeResult optimizePlacement(const Evaluator &evaluator, const Placement &current,
                                 const OptimizeOptions &options)
{
    QElapsedTimer clock;
    clock.start();
    const Scenario &s = evaluator.scenario();
    const int n = static_cast<int>(s.workloads.size());
    OptimizeResult result;
    result.granularity = options.granularity;
    if (static_cast<int>(current.size()) != n) {
        result.problems << Optimizer::tr("The current placement has %n workload(s), the scenario %1", nullptr,
                                         static_cast<int>(current.size()))
                               .arg(n);
        return result;
    }
    const auto cancelled = [&] { return options.cancel && options.cancel->load(); };

    // Placements allowed by pins and forbidden tiers: tiers per workload, or per zone of demand.
    int demandZones = 0;
    for (int z = 0; z < geo::kZoneCount; ++z)
        demandZones += evaluator.demandZones() >> z & 1u;
    for (int w = 0; w < n; ++w) {
        const double choices = s.workloads[w].pinned ? 1.0 : double(s.assignableTiers(w).size());
        const double per = options.granularity == Granularity::Zone && !s.workloads[w].pinned
                               ? demandZones * std::log10(std::max(choices, 1e-300))
                               : std::log10(std::max(choices, 1e-300));
        result.placementsAllowedLog10 += choices > 0 ? per : -kInf;
    }
    result.placementsTotal = result.placementsAllowedLog10 < 18
                                 ? qint64(std::llround(std::pow(10.0, result.placementsAllowedLog10)))
                                 : -1;

    Runner runner{evaluator, current, options, clock, CutLoop(evaluator, current, options, clock)};
    const std::vector<bool> allRequired(n, true), noneHeld(n, false);
    Problem full = buildProblem(evaluator, current, allRequired, noneHeld, Granularity::Workload);
    // Placing for resilience: one N+1 test for every problem below (its verdicts carry over); each problem
    // learns its own cuts (their literals name the problem's groups).
    std::optional<SurvivalGuard> guard;
    if (options.resilient) // a check stops with the user's cancel or at the time limit
        guard.emplace(evaluator, current, [&options, clock] {
            return (options.cancel && options.cancel->load()) ||
                   (options.timeLimitS > 0 && clock.elapsed() / 1000.0 >= options.timeLimitS);
        });
    full.survival = guard ? &*guard : nullptr;
    if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
        qInfo("problem built: %lld ms", clock.elapsed());
    learnWholeAlone(evaluator, full, options.cancel);
    if (qEnvironmentVariableIsSet("EA_DEBUG_OPT"))
        qInfo("alone outcomes: %lld ms", clock.elapsed());
    if (cancelled()) {
        result.cancelled = true;
        return result;
    }
    if (options.progress)
        options.progress(0.1);

    // Workloads that meet their SLO in no tier even with all GPUs to themselves.
    std::vector<int> unreachable;
    for (int w = 0; w < n; ++w) {
        bool any = false;
        for (const auto &known : full.items[w].known)
            for (const Known &k : known)
                any = any || (k.zones == AllZones && k.meets);
        if (!any)
            unreachable.push_back(w);
    }
    result.unreachable = unreachable;

    const bool zone = options.granularity == Granularity::Zone;
    const double workloadShare = zone ? 0.3 : 1.0;
    const double fullShare = unreachable.empty() ? 1.0 : 0.5;
    CutLoop::Run run = runner.solveWorkloads(full, 0.1, 0.1 + 0.9 * workloadShare * fullShare);
    Problem relaxed;
    Problem *solved = &full;
    std::vector<bool> held(n, false);
    bool proven = run.proven;
    if (!run.best.found && !unreachable.empty()) {
        for (int w : unreachable) {
            std::vector<const WorkloadOutcome *> list(TierCount, nullptr);
            std::vector<WorkloadOutcome> outcomes;
            outcomes.reserve(TierCount);
            for (Tier t : s.assignableTiers(w)) {
                outcomes.push_back(aloneWhole(evaluator, w, t));
                list[static_cast<int>(t)] = &outcomes.back();
            }
            result.problems << explainUnreachable(s, w, list);
        }
    }
    if (!run.best.found && run.provenInfeasible && !unreachable.empty() && !cancelled()) {
        // Best effort: the hopeless workloads stay where they are; every other one must meet its SLO.
        std::vector<bool> req(n, true);
        for (int w : unreachable) {
            req[w] = false;
            held[w] = true;
        }
        relaxed = buildProblem(evaluator, current, req, held, Granularity::Workload);
        relaxed.survival = full.survival;
        for (int w = 0; w < n; ++w) // what the first run learned holds here too
            if (!held[w]) {
                relaxed.items[w].known = full.items[w].known;
                relaxed.items[w].disjunctive = full.items[w].disjunctive;
            }
        run =
            runner.solveWorkloads(relaxed, 0.1 + 0.9 * workloadShare * fullShare, 0.1 + 0.9 * workloadShare);
        proven = proven && run.proven;
        solved = &relaxed;
        if (run.best.found)
            result.bestEffort = true;
        else if (run.provenInfeasible)
            result.problems << Optimizer::tr(
                "Even with those workloads left where they are, the others cannot all "
                "meet their SLOs together");
    } else if (!run.best.found && run.provenInfeasible && guard && guard->cuts() > 0 && !cancelled()) {
        // The N+1 test cut off placements that meet every SLO: say which failures no placement survives.
        result.problems << explainNotResilient(evaluator, current, guard->test(), options.cancel);
    } else if (!run.best.found && run.provenInfeasible && !cancelled()) {
        // Capacity: the first workload that cannot meet its SLO once those before it took their share.
        int lo = 0, hi = n - 1;
        std::optional<Solution> before;
        Problem beforeProblem;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            Problem prefix = full;
            prefix.items.resize(mid + 1);
            prefix.survival = nullptr; // no resilience cut was learned: capacity alone
            prefix.survivalCuts.clear();
            const CutLoop::Run pr = runner.solveWorkloads(prefix, 1.0, 1.0);
            if (pr.best.found) {
                lo = mid + 1;
                before = pr.best;
                beforeProblem = std::move(prefix);
            } else if (pr.provenInfeasible) {
                hi = mid;
            } else {
                break;
            }
        }
        const int d = lo;
        Placement placedBefore = current;
        if (before)
            placedBefore = runner.loop.placementOf(beforeProblem, *before);
        std::vector<int> freeGpus = full.fullGpus;
        for (int w = 0; w < d; ++w)
            (void)evaluator.evaluatePlaced(w, placedBefore, freeGpus);
        QStringList misses;
        for (Tier t : full.items[d].tiers.front()) {
            std::vector<int> f = freeGpus;
            const WorkloadOutcome o = evaluator.evaluateWorkload(d, t, f);
            misses << (o.issue.isEmpty() ? Optimizer::tr("%1 %2 of requests within budget")
                                               .arg(tierLabel(t), units::percent(o.attainmentPct))
                                         : Optimizer::tr("%1 %2 of requests within budget (%3)")
                                               .arg(tierLabel(t), units::percent(o.attainmentPct), o.issue));
        }
        result.problems << Optimizer::tr(
                               "Every workload meets its SLO in some tier on its own, but not all together: "
                               "the tiers' GPU capacity cannot hold them. Once the workloads before it "
                               "take their share, %1 misses its SLO in every tier it may use (%2)")
                               .arg(s.workloads[d].name, misses.join(QStringLiteral("; ")));
    }

    // Zone granularity: the same problem with a tier per zone of demand, from the workload optimum.
    Problem zoned;
    if (zone && run.best.found && !cancelled() && !run.stopped) {
        std::vector<bool> req(n, true);
        for (int w = 0; w < n; ++w)
            req[w] = !held[w];
        zoned = buildProblem(evaluator, current, req, held, Granularity::Zone);
        zoned.survival = full.survival;
        // The workload optimum as a zone solution (every group of a workload in its tier), and what was
        // learned of whole workloads.
        Solution seed;
        seed.found = true;
        for (int w = 0; w < n; ++w) {
            zoned.items[w].known = solved->items[w].known;
            zoned.items[w].disjunctive = solved->items[w].disjunctive;
            const Item &from = solved->items[w];
            std::vector<Tier> tiers;
            for (ZoneMask g : zoned.items[w].groups) {
                Tier t = run.best.tiers[w].front();
                for (size_t k = 0; k < from.groups.size(); ++k)
                    if (from.groups[k] & g)
                        t = run.best.tiers[w][k];
                tiers.push_back(t);
            }
            seed.tiers.push_back(tiers);
        }
        // The cut loop for a bound and placements; then moves of one zone at a time from the best, evaluated
        // exactly. Half the time left each when there is a limit.
        const double elapsed = clock.elapsed() / 1000.0;
        runner.loop.setDeadline(options.timeLimitS > 0 ? elapsed + 0.5 * (options.timeLimitS - elapsed) : 0);
        CutLoop::Run zr =
            runner.run(zoned, 0.1 + 0.9 * workloadShare, 0.9, seed, options.timeLimitS > 0 ? 0 : kCutRounds);
        runner.loop.setDeadline(0);
        if (!zr.best.found) {
            bool learned = false;
            zr.best = runner.loop.evaluate(zoned, seed.tiers, {}, &learned, &runner.learned);
        }
        if (!zr.proven)
            zr.best = runner.loop.improve(zoned, zr.best, &runner.learned);
        if (zr.best.found) {
            run = zr;
            proven = zr.proven;
            solved = &zoned;
        } else {
            proven = false;
            run.stopped = run.stopped || zr.stopped;
            run.cancelled = zr.cancelled;
        }
    }

    std::optional<Solution> chosen;
    if (run.best.found)
        chosen = run.best;
    // Among the cheapest, the fewest moves from the current placement (the search's best already is).
    if (chosen && proven && !run.bySearch && chosen->moves > 0 && !cancelled()) {
        const double tol = 1e-9 * std::max(std::fabs(chosen->usd), 1.0);
        if (const auto fewer = runner.loop.fewestMoves(*solved, chosen->usd + tol, chosen->moves))
            chosen = *fewer;
    }
    result.cancelled = run.cancelled || cancelled();
    result.timedOut = run.stopped && !result.cancelled && !runner.sizeLimited;
    result.provenOptimal = proven && !run.stopped && !result.cancelled;
    result.iterations = runner.iterations;
    result.mipSolves = runner.solves;
    result.outcomesLearned = runner.learned;
    result.masterRows = runner.masterRows;
    result.masterNonzeros = runner.masterNonzeros;
    result.sizeLimited = runner.sizeLimited;
    result.timeLimitS = options.timeLimitS;
    if (guard) {
        result.failuresChecked = int(guard->test().failures().size());
        result.resilienceCuts = guard->cuts();
    }
    result.boundUsdPerMonth = run.bound;
    result.feasible = run.best.found && !result.bestEffort;
    if (result.timedOut)
        result.problems
            << (chosen ? Optimizer::tr("The time limit stopped the optimizer; the placement shown is "
                                       "the best found, within %1 of the cheapest possible")
                             .arg(units::percent(100.0 * OptimizeStatus{0, chosen->usd, run.bound}.gap()))
                       : Optimizer::tr("The time limit stopped the optimizer before it found a "
                                       "placement meeting every SLO"));
    if (chosen) {
        result.placement = runner.loop.placementOf(*solved, *chosen);
        result.outcome = evaluator.evaluate(result.placement);
        result.usdPerMonth = result.outcome.usdPerMonth;
        result.searchUsdPerMonth = chosen->usd;
        result.placementsExamined = runner.iterations;
        OptimizeStatus st;
        st.bestUsdPerMonth = result.usdPerMonth;
        st.boundUsdPerMonth = result.provenOptimal ? std::min(run.bound, result.usdPerMonth) : run.bound;
        result.boundUsdPerMonth = st.boundUsdPerMonth;
        result.gap = result.provenOptimal ? 0.0 : st.gap();
        // Every placement accepted passed the test; asked again, it answers from what it remembers.
        result.resilient = guard && guard->test().check(result.placement).survives;
    }
    if (guard) {
        result.resilienceChecks = guard->test().placementsChecked();
        result.failuresEvaluated = guard->test().failuresEvaluated();
    }
    result.workloadEvaluations = runner.learned;
    result.searchNodes = runner.searchNodes;
    result.seconds = clock.elapsed() / 1000.0;
    if (options.progress)
        options.progress(1.0);
    return result;
}

} // namespace ea
