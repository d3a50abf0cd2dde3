// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/plan/resilience.h"

#include "engine/geo/zones.h"
#include "engine/plan/whatifplan.h"

#include <algorithm>
#include <map>
#include <mutex>
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

} // namespace ea
