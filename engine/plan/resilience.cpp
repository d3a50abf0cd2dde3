// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/resilience.h"

#include "engine/geo/zones.h"
#include "engine/plan/whatifplan.h"

#include <algorithm>
#include <map>
#include <mutex>
#include <numeric>
#include <thread>

namespace ea {

namespace {

/** Adds one workload's change to `impact` (regions into `regions`); false when the failure left it as it was.
 */
bool addWorkload(const WorkloadOutcome &b, const WorkloadOutcome &a, const Evaluator::NodeMask &down,
                 FailureImpact &impact, std::vector<int> &regions)
{
    FailureImpact::Workload d;
    d.workload = b.workload;
    d.attainmentPctBefore = b.attainmentPct;
    d.attainmentPctAfter = a.attainmentPct;
    d.usdPerMonthBefore = b.usdPerMonth();
    d.usdPerMonthAfter = a.usdPerMonth();
    d.breaksSlo = meetsSlo(b) && !meetsSlo(a);
    for (size_t r = 0; r < b.regions.size(); ++r) {
        const bool moved = b.regions[r].node != a.regions[r].node;
        const bool lost = b.regions[r].meetsSlo && !a.regions[r].meetsSlo;
        d.regionsMoved += moved ? 1 : 0;
        d.regionsLostSlo += lost ? 1 : 0;
        if (moved || lost)
            regions.push_back(int(r));
    }
    if (d.regionsMoved == 0 && d.regionsLostSlo == 0 && d.usdPerMonthBefore == d.usdPerMonthAfter &&
        d.attainmentPctBefore == d.attainmentPctAfter)
        return false;
    impact.usdPerMonthAfter += d.usdPerMonthAfter - d.usdPerMonthBefore;
    for (const SiteOutcome &site : b.siteLoads)
        if (down[size_t(site.node)])
            impact.failedSitesUsdPerMonth += site.gpuUsdPerMonth;
    impact.unservedRps +=
        std::max(0.0, a.offeredRps - a.servedRps) - std::max(0.0, b.offeredRps - b.servedRps);
    impact.workloads.push_back(d);
    return true;
}

FailureImpact startImpact(const PlanOutcome &before)
{
    FailureImpact impact;
    impact.usdPerMonthBefore = impact.usdPerMonthAfter = before.usdPerMonth;
    impact.attainmentPctBefore = before.attainmentPct;
    return impact;
}

void finishImpact(const PlanOutcome &before, double goodputDelta, FailureImpact &impact,
                  std::vector<int> &regions)
{
    std::sort(regions.begin(), regions.end());
    regions.erase(std::unique(regions.begin(), regions.end()), regions.end());
    impact.regionsAffected = std::move(regions);
    impact.unservedRps = std::max(0.0, impact.unservedRps);
    impact.attainmentPctAfter =
        before.offeredRps > 0 ? 100.0 * (before.goodputRps + goodputDelta) / before.offeredRps : 0.0;
}

bool worse(const FailureImpact &a, const FailureImpact &b)
{
    if (a.breaksSlo() != b.breaksSlo())
        return a.breaksSlo();
    if (a.worstDropPct() != b.worstDropPct())
        return a.worstDropPct() > b.worstDropPct();
    if (a.spillUsdPerMonth() != b.spillUsdPerMonth())
        return a.spillUsdPerMonth() > b.spillUsdPerMonth();
    return a.failure < b.failure;
}

} // namespace

bool FailureImpact::breaksSlo() const
{
    return std::any_of(workloads.begin(), workloads.end(), [](const Workload &w) { return w.breaksSlo; });
}

double FailureImpact::worstDropPct() const
{
    double worst = 0;
    for (const Workload &w : workloads)
        worst = std::max(worst, w.attainmentPctBefore - w.attainmentPctAfter);
    return worst;
}

std::vector<Failure> singleFailures(const Evaluator &evaluator, const ResilienceOptions &options)
{
    const Scenario &s = evaluator.scenario();
    std::vector<Failure> out;
    if (options.sites) {
        for (size_t i = 0; i < s.nodes.size(); ++i) {
            Failure f;
            f.kind = Failure::Kind::Site;
            f.tier = s.nodes[i].tier;
            f.nodes = {int(i)};
            f.label = s.nodes[i].id;
            out.push_back(std::move(f));
        }
    }
    if (options.zonesOfTier) {
        std::map<std::pair<int, int>, std::vector<int>> groups; // (tier, zone) -> nodes
        for (size_t i = 0; i < s.nodes.size(); ++i) {
            const Node &n = s.nodes[i];
            groups[{static_cast<int>(n.tier), static_cast<int>(geo::zoneOf(n.lon, n.lat))}].push_back(int(i));
        }
        for (auto &[key, nodes] : groups) {
            Failure f;
            f.kind = Failure::Kind::ZoneOfTier;
            f.tier = static_cast<Tier>(key.first);
            f.zone = key.second;
            f.nodes = std::move(nodes);
            f.label =
                QStringLiteral("%1 in %2").arg(tierId(f.tier), geo::zoneCode(static_cast<geo::Zone>(f.zone)));
            out.push_back(std::move(f));
        }
    }
    return out;
}

ResiliencePlan resiliencePlan(const Scenario &s, const Placement &placement)
{
    const AppliedWhatIf applied = applyWhatIf(s, s.whatIf);
    ResiliencePlan out;
    out.evaluator = std::make_shared<const Evaluator>(applied.scenario);
    out.down = applied.down;
    out.conditions = applied.applied;
    out.plan = out.evaluator->evaluate(placement, applied.downNodes > 0 ? &out.down : nullptr);
    return out;
}

std::vector<SiteDamage> damageBySite(const ResilienceReport &report, size_t nodes)
{
    std::vector<SiteDamage> out(nodes);
    for (const Failure &f : report.failures)
        if (f.kind == Failure::Kind::Site && f.nodes.size() == 1 && size_t(f.nodes.front()) < nodes)
            out[size_t(f.nodes.front())].evaluated = !report.cancelled;
    for (const FailureImpact &i : report.impacts) {
        const Failure &f = report.failures[size_t(i.failure)];
        if (f.kind != Failure::Kind::Site || f.nodes.size() != 1 || size_t(f.nodes.front()) >= nodes)
            continue;
        SiteDamage &d = out[size_t(f.nodes.front())];
        d.evaluated = true;
        d.changes = true;
        d.breaksSlo = i.breaksSlo();
        d.worstDropPct = i.worstDropPct();
        d.spillUsdPerMonth = i.spillUsdPerMonth();
        d.unservedRps = i.unservedRps;
        d.failure = f.label;
        d.regionsAffected = int(i.regionsAffected.size());
        double worst = 0;
        for (const FailureImpact::Workload &w : i.workloads) {
            d.brokenWorkloads += w.breaksSlo ? 1 : 0;
            const double drop = w.attainmentPctBefore - w.attainmentPctAfter;
            if (drop > worst) {
                worst = drop;
                d.worstWorkload = w.workload;
            }
        }
    }
    return out;
}

FailureImpact impactOf(const PlanOutcome &before, const PlanOutcome &after, const Evaluator::NodeMask &down)
{
    FailureImpact impact = startImpact(before);
    std::vector<int> regions;
    double goodputDelta = 0;
    for (size_t w = 0; w < before.workloads.size(); ++w)
        if (addWorkload(before.workloads[w], after.workloads[w], down, impact, regions))
            goodputDelta += after.workloads[w].goodputRps - before.workloads[w].goodputRps;
    finishImpact(before, goodputDelta, impact, regions);
    return impact;
}

ResilienceReport checkResilience(const Evaluator &evaluator, const PlanOutcome &plan,
                                 std::vector<Failure> failures, const ResilienceOptions &options,
                                 const std::atomic_bool *cancel, const std::function<void(double)> &progress)
{
    const Scenario &s = evaluator.scenario();
    ResilienceReport report;
    report.failures = std::move(failures);
    const size_t total = report.failures.size();
    Evaluator::NodeMask baseDown = options.down;
    baseDown.resize(s.nodes.size(), 0);
    std::vector<int> initialFree(s.nodes.size());
    for (size_t i = 0; i < s.nodes.size(); ++i)
        initialFree[i] = s.nodes[i].usableGpus();

    std::atomic<size_t> next{0}, done{0};
    std::atomic_bool stop{false};
    std::mutex lock;
    const auto work = [&] {
        std::vector<int> freeGpus, baseFree; // now, and as the plan had them, before each workload
        Evaluator::NodeMask down = baseDown;
        std::vector<FailureImpact> found;
        long long evaluations = 0, copied = 0;
        const auto keep = [&](FailureImpact &&impact) { // one failure done
            if (!impact.workloads.empty())
                found.push_back(std::move(impact));
            const size_t d = done.fetch_add(1) + 1;
            if (progress && (d % 32 == 0 || d == total))
                progress(double(d) / double(total));
        };
        for (size_t fi; (fi = next.fetch_add(1)) < total;) {
            if (stop || (cancel && *cancel)) {
                stop = true;
                break;
            }
            const Failure &f = report.failures[fi];
            for (int n : f.nodes)
                down[size_t(n)] = 1;
            if (plan.placement.hasSplits()) {
                // A split workload takes capacity in several tiers: evaluated whole, every failure.
                ++evaluations;
                FailureImpact impact = impactOf(plan, evaluator.evaluate(plan.placement, &down), down);
                impact.failure = int(fi);
                for (int n : f.nodes)
                    down[size_t(n)] = baseDown[size_t(n)];
                keep(std::move(impact));
                continue;
            }
            freeGpus = initialFree;
            FailureImpact impact = startImpact(plan);
            impact.failure = int(fi);
            std::vector<int> regions;
            double goodputDelta = 0;
            // Workloads of other tiers use other nodes: they keep their outcome. Capacity is consumed in
            // workload order, so the failed tier's workloads are walked in order.
            baseFree = initialFree;
            for (size_t w = 0; w < plan.workloads.size(); ++w) {
                const WorkloadOutcome &base = plan.workloads[w];
                if (plan.placement[w] != f.tier)
                    continue;
                const auto takeBase = [&] {
                    for (const SiteOutcome &site : base.siteLoads)
                        baseFree[size_t(site.node)] -= site.gpus;
                };
                const bool usesFailed =
                    std::any_of(base.siteLoads.begin(), base.siteLoads.end(),
                                [&](const SiteOutcome &site) { return down[size_t(site.node)] != 0; });
                if (!usesFailed && evaluator.routingCertainlyHolds(base, freeGpus)) {
                    ++copied;
                    for (const SiteOutcome &site : base.siteLoads)
                        freeGpus[size_t(site.node)] -= site.gpus;
                    takeBase();
                    continue;
                }
                WorkloadReuse reuse;
                reuse.previous = &base;
                reuse.previousFreeGpus = &baseFree;
                reuse.percentiles = false;
                ++evaluations;
                const WorkloadOutcome after =
                    evaluator.evaluateWorkload(int(w), f.tier, freeGpus, &down, reuse);
                takeBase();
                if (addWorkload(base, after, down, impact, regions))
                    goodputDelta += after.goodputRps - base.goodputRps;
            }
            for (int n : f.nodes)
                down[size_t(n)] = baseDown[size_t(n)];
            finishImpact(plan, goodputDelta, impact, regions);
            keep(std::move(impact));
        }
        const std::lock_guard<std::mutex> guard(lock);
        for (FailureImpact &i : found)
            report.impacts.push_back(std::move(i));
        report.workloadEvaluations += evaluations;
        report.workloadsCopied += copied;
    };
    const int threads =
        std::max(1, options.threads > 0 ? options.threads : int(std::thread::hardware_concurrency()));
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
    report.cancelled = stop || (cancel && *cancel);
    std::sort(report.impacts.begin(), report.impacts.end(), worse);
    report.breaking = int(std::count_if(report.impacts.begin(), report.impacts.end(),
                                        [](const FailureImpact &i) { return i.breaksSlo(); }));
    return report;
}

SurvivalTest::SurvivalTest(const Evaluator &evaluator, std::function<bool()> stop)
    : m_e(evaluator), m_stop(std::move(stop))
{
    ResilienceOptions sites;
    sites.zonesOfTier = false;
    m_failures = singleFailures(evaluator, sites);
    for (size_t f = 0; f < m_failures.size(); ++f)
        m_tierFailures[static_cast<int>(m_failures[f].tier)].push_back(int(f));
}

namespace {

/** Per workload, the failure (of `failures`, index into `global`) that leaves it the least attainment among
 * those that break its SLO. */
std::vector<std::optional<SurvivalTest::Break>> breaksOf(const ResilienceReport &report,
                                                         const std::vector<int> &global, size_t workloads)
{
    std::vector<std::optional<SurvivalTest::Break>> out(workloads);
    for (const FailureImpact &impact : report.impacts)
        for (const FailureImpact::Workload &w : impact.workloads) {
            if (!w.breaksSlo)
                continue;
            auto &b = out[size_t(w.workload)];
            if (!b || w.attainmentPctAfter < b->attainmentPctAfter)
                b = SurvivalTest::Break{w.workload, global[size_t(impact.failure)], w.attainmentPctAfter};
        }
    return out;
}

} // namespace

SurvivalTest::Verdict SurvivalTest::check(const Placement &placement)
{
    ++m_checks;
    const size_t n = placement.size();
    // checkResilience polls a flag; the progress it reports (every few failures) raises it when told to stop.
    std::atomic_bool halt{m_stop && m_stop()};
    const std::atomic_bool *cancel = &halt;
    const std::function<void(double)> poll = [&](double) {
        if (m_stop && m_stop())
            halt = true;
    };
    ResilienceOptions sites;
    sites.zonesOfTier = false;
    Verdict v;
    const auto tally = [&](const Break &b) {
        auto &[first, count] = m_tally[{b.workload, b.failure}];
        first = b;
        ++count;
    };
    if (placement.hasSplits()) { // a split workload's failure outcome depends on several tiers: whole
        std::string key;
        for (size_t w = 0; w < n; ++w) {
            key += static_cast<char>(placement[w]);
            for (const std::optional<Tier> &t : placement.zoneTiers(w))
                key += t ? static_cast<char>(*t) : '-';
        }
        if (const auto it = m_whole.find(key); it != m_whole.end()) {
            for (const Break &b : it->second.breaks)
                tally(b);
            return it->second;
        }
        std::vector<int> global(m_failures.size());
        std::iota(global.begin(), global.end(), 0);
        const ResilienceReport report =
            checkResilience(m_e, m_e.evaluate(placement), m_failures, sites, cancel, poll);
        if (report.cancelled) {
            v.cancelled = true;
            return v;
        }
        m_evaluated += qint64(m_failures.size());
        for (const auto &b : breaksOf(report, global, n))
            if (b) {
                v.breaks.push_back(*b);
                tally(*b);
            }
        v.survives = v.breaks.empty();
        m_whole.emplace(std::move(key), v);
        return v;
    }
    // Each workload's key: itself, its tier, the workloads before it in that tier.
    std::vector<std::string> keys(n);
    std::array<std::string, TierCount> before;
    for (auto &b : before)
        b.assign((n + 7) / 8, '\0');
    std::array<bool, TierCount> need{};
    for (size_t w = 0; w < n; ++w) {
        const int t = static_cast<int>(placement[w]);
        keys[w] =
            std::string(reinterpret_cast<const char *>(&w), sizeof w) + static_cast<char>(t) + before[t];
        before[t][w / 8] = static_cast<char>(before[t][w / 8] | (1 << (w % 8)));
        need[t] = need[t] || !m_verdicts.count(keys[w]);
    }
    if (std::any_of(need.begin(), need.end(), [](bool b) { return b; })) {
        std::vector<Failure> failures;
        std::vector<int> global;
        for (int t = 0; t < TierCount; ++t)
            if (need[t])
                for (int f : m_tierFailures[t]) {
                    failures.push_back(m_failures[size_t(f)]);
                    global.push_back(f);
                }
        const qint64 count = qint64(failures.size());
        const ResilienceReport report =
            checkResilience(m_e, m_e.evaluate(placement), std::move(failures), sites, cancel, poll);
        if (report.cancelled) {
            v.cancelled = true;
            return v;
        }
        m_evaluated += count;
        const auto breaks = breaksOf(report, global, n);
        for (size_t w = 0; w < n; ++w)
            if (need[static_cast<int>(placement[w])])
                m_verdicts[keys[w]] = breaks[w];
    }
    for (size_t w = 0; w < n; ++w)
        if (const auto &b = m_verdicts[keys[w]]) {
            v.breaks.push_back(*b);
            tally(*b);
        }
    v.survives = v.breaks.empty();
    return v;
}

std::vector<std::pair<SurvivalTest::Break, int>> SurvivalTest::mostFrequentBreaks(size_t count) const
{
    std::vector<std::pair<Break, int>> out;
    for (const auto &[key, value] : m_tally)
        out.push_back(value);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto &a, const auto &b) { return a.second > b.second; });
    if (out.size() > count)
        out.resize(count);
    return out;
}

AloneSurvival aloneSurvival(const Evaluator &evaluator, int workload, Tier tier,
                            const std::atomic<bool> *cancel)
{
    const Scenario &s = evaluator.scenario();
    // Every other workload in another tier: nothing else takes this tier's GPUs.
    const Tier other = tier == Tier::Edge ? Tier::Regional : Tier::Edge;
    Placement p(s.workloads.size(), other);
    p[size_t(workload)] = tier;
    const PlanOutcome plan = evaluator.evaluate(p);
    AloneSurvival out;
    out.meets = meetsSlo(plan.workloads[size_t(workload)]);
    if (!out.meets)
        return out;
    ResilienceOptions sites;
    sites.zonesOfTier = false;
    std::vector<Failure> failures;
    for (Failure &f : singleFailures(evaluator, sites))
        if (f.tier == tier)
            failures.push_back(std::move(f));
    std::vector<int> global(failures.size());
    std::iota(global.begin(), global.end(), 0);
    const ResilienceReport report = checkResilience(evaluator, plan, failures, sites, cancel);
    const auto breaks = breaksOf(report, global, s.workloads.size());
    out.survives = !report.cancelled && !breaks[size_t(workload)];
    if (breaks[size_t(workload)]) {
        out.worst = *breaks[size_t(workload)];
        out.failure = report.failures[size_t(out.worst.failure)].label;
    }
    return out;
}

} // namespace ea
