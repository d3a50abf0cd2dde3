// SPDX-License-Identifier: GPL-3.0-or-later
// Plain-language reasons why a workload meets its SLO in no tier, from its latency budget decomposition;
// and the difference between two plans.
#include "engine/model/units.h"
#include "engine/plan/optimizer.h"
#include "engine/plan/resilience.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace ea {

namespace {

struct Optimizer
{
    Q_DECLARE_TR_FUNCTIONS(ea::Optimizer)
};

double computeMs(const LatencyBreakdown &b)
{
    return b.prefillMs + b.decodeMs;
}

double networkMs(const LatencyBreakdown &b)
{
    return b.propagationMs + b.inflationMs + b.accessMs;
}

/** Two clauses of one explanation, "first; second". */
QString clauses(const QString &first, const QString &second)
{
    //: Joins two clauses of an explanation of why a workload misses its SLO
    return Optimizer::tr("%1; %2").arg(first, second);
}

QString percentileLabel(const Slo &slo)
{
    return QStringLiteral("%1 p%2")
        .arg(slo.metric == SloMetric::Ttft ? QStringLiteral("TTFT") : QStringLiteral("E2E"))
        .arg(slo.percentile, 0, 'g', 4);
}

} // namespace

QString explainUnreachable(const Scenario &s, int workload, const std::vector<const WorkloadOutcome *> &alone)
{
    const Workload &w = s.workloads[workload];
    const WorkloadOutcome *best = nullptr;
    double minCompute = std::numeric_limits<double>::infinity();
    double minNetwork = minCompute;
    for (const WorkloadOutcome *o : alone) {
        if (!o)
            continue;
        if (o->feasible && o->servedRps > 0) {
            minCompute = std::min(minCompute, computeMs(o->breakdown));
            minNetwork = std::min(minNetwork, networkMs(o->breakdown));
        }
        if (!best || (o->feasible && !best->feasible) ||
            (o->feasible == best->feasible &&
             (o->attainmentPct > best->attainmentPct ||
              (o->attainmentPct == best->attainmentPct && o->sloMs < best->sloMs))))
            best = o;
    }
    if (!best)
        return Optimizer::tr(
                   "%1: no tier it may use (each tier is forbidden for it, not defined or without nodes)")
            .arg(w.name);
    if (!best->feasible)
        return Optimizer::tr("%1: cannot be served in any tier it may use (%2: %3)")
            .arg(w.name, tierLabel(best->tier), best->issue);

    QString head;
    if (best->sloMs > w.slo.budgetMs)
        head = Optimizer::tr(
                   "%1: best tier %2 reaches %3 %4 against a %5 budget (%6 of requests within it, %7 needed)")
                   .arg(w.name, tierLabel(best->tier), percentileLabel(w.slo), units::ms(best->sloMs),
                        units::ms(w.slo.budgetMs), units::percent(best->attainmentPct),
                        units::percent(SloAttainmentTarget, 0));
    else
        head = Optimizer::tr(
                   "%1: best tier %2 keeps %3 at %4 within the %5 budget, yet only %6 of requests are within "
                   "it (%7 needed)")
                   .arg(w.name, tierLabel(best->tier), percentileLabel(w.slo), units::ms(best->sloMs),
                        units::ms(w.slo.budgetMs), units::percent(best->attainmentPct),
                        units::percent(SloAttainmentTarget, 0));

    const LatencyBreakdown &b = best->breakdown;
    QString why;
    if (minCompute >= w.slo.budgetMs)
        why = Optimizer::tr(
                  "prefill and decode alone take at least %1 in every tier (here prefill %2, decode %3): the "
                  "model is too slow on these GPUs whatever the tier")
                  .arg(units::ms(minCompute), units::ms(b.prefillMs), units::ms(b.decodeMs));
    else if (minNetwork >= w.slo.budgetMs)
        why = Optimizer::tr(
                  "the network alone takes at least %1 in every tier (here propagation %2, inflation %3, "
                  "access %4): the nearest nodes are too far from the users")
                  .arg(units::ms(minNetwork), units::ms(b.propagationMs), units::ms(b.inflationMs),
                       units::ms(b.accessMs));
    else {
        // Names of the parts of the latency budget, inserted into "largest parts: ...".
        const std::pair<double, QString> parts[] = {{b.propagationMs, Optimizer::tr("propagation")},
                                                    {b.inflationMs, Optimizer::tr("route inflation")},
                                                    {b.accessMs, Optimizer::tr("access")},
                                                    {b.queueingMs, Optimizer::tr("queueing")},
                                                    {b.prefillMs, Optimizer::tr("prefill")},
                                                    {b.decodeMs, Optimizer::tr("decode")}};
        std::vector<std::pair<double, QString>> sorted(std::begin(parts), std::end(parts));
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &x, const auto &y) { return x.first > y.first; });
        QStringList top;
        for (int i = 0; i < 3 && sorted[i].first > 0; ++i)
            //: A part of the latency and its duration, e.g. "propagation 12.0 ms"
            top << Optimizer::tr("%1 %2").arg(sorted[i].second, units::ms(sorted[i].first));
        why = Optimizer::tr("network %1 + queueing %2 + compute %3 per request on average; largest parts: %4")
                  .arg(units::ms(networkMs(b)), units::ms(b.queueingMs), units::ms(computeMs(b)),
                       top.join(QStringLiteral(", ")));
        // The tail: where the requests that miss the budget come from.
        double missWeight = 0, missNetwork = 0, total = 0;
        for (size_t r = 0; r < best->regions.size() && r < s.regions.size(); ++r) {
            const RegionOutcome &ro = best->regions[r];
            total += s.regions[r].weight;
            if (ro.node >= 0 && !ro.meetsSlo) {
                missWeight += s.regions[r].weight;
                missNetwork += s.regions[r].weight * ro.networkMs;
            }
        }
        if (missWeight > 0 && total > 0) {
            const double net = missNetwork / missWeight;
            const QString share = units::percent(100.0 * missWeight / total);
            QString tail;
            if (net >= w.slo.budgetMs)
                tail = Optimizer::tr(
                           "the %1 of demand that misses it has a median network round trip of %2: the "
                           "nearest %3 nodes are too far from those users")
                           .arg(share, units::ms(net), tierLabel(best->tier));
            else if (s.network.newConnectionShare > 1.0 - w.slo.percentile / 100.0)
                tail = Optimizer::tr(
                           "the %1 of demand that misses it has a median network round trip of %2, which "
                           "jitter, connection set-up (in the p%3 tail), queueing and compute push over "
                           "the budget")
                           .arg(share, units::ms(net))
                           .arg(w.slo.percentile, 0, 'g', 4);
            else
                tail = Optimizer::tr(
                           "the %1 of demand that misses it has a median network round trip of %2, which "
                           "jitter, queueing and compute push over the budget")
                           .arg(share, units::ms(net));
            why = clauses(why, tail);
        }
    }
    QString line = clauses(head, why);
    if (!best->issue.isEmpty())
        line = clauses(line, best->issue);
    return line;
}

PlanDiff diffPlans(const PlanOutcome &before, const PlanOutcome &after)
{
    PlanDiff d;
    const size_t n = std::min(before.workloads.size(), after.workloads.size());
    for (size_t i = 0; i < n; ++i) {
        const WorkloadOutcome &a = before.workloads[i], &b = after.workloads[i];
        WorkloadChange c;
        c.workload = static_cast<int>(i);
        c.from = before.placement.size() > i ? before.placement[i] : a.tier;
        c.to = after.placement.size() > i ? after.placement[i] : b.tier;
        c.fromZones = before.placement.size() > i ? before.placement.zoneTiers(i) : ZoneTiers{};
        c.toZones = after.placement.size() > i ? after.placement.zoneTiers(i) : ZoneTiers{};
        c.usdBefore = a.usdPerMonth();
        c.usdAfter = b.usdPerMonth();
        c.attainmentBefore = a.attainmentPct;
        c.attainmentAfter = b.attainmentPct;
        c.metBefore = meetsSlo(a);
        c.metAfter = meetsSlo(b);
        d.moves += c.moved();
        d.metBefore += c.metBefore;
        d.metAfter += c.metAfter;
        d.workloads.push_back(c);
    }
    d.usdBefore = before.usdPerMonth;
    d.usdAfter = after.usdPerMonth;
    d.attainmentBefore = before.attainmentPct;
    d.attainmentAfter = after.attainmentPct;
    return d;
}

QStringList explainNotResilient(const Evaluator &evaluator, const Placement &current,
                                const SurvivalTest &test, const std::atomic<bool> *cancel)
{
    const Scenario &s = evaluator.scenario();
    const auto often = test.mostFrequentBreaks(std::numeric_limits<size_t>::max());
    QStringList out;
    for (size_t w = 0; w < s.workloads.size(); ++w) {
        // Only workloads some failure broke in a placement tried can be why none survives.
        if (std::none_of(often.begin(), often.end(),
                         [&](const auto &b) { return b.first.workload == int(w); }))
            continue;
        const std::vector<Tier> tiers =
            s.workloads[w].pinned ? std::vector<Tier>{current[w]} : s.assignableTiers(int(w));
        QStringList why;
        bool survives = false;
        for (Tier t : tiers) {
            if (cancel && cancel->load())
                return out;
            const AloneSurvival a = aloneSurvival(evaluator, int(w), t, cancel);
            if (a.survives) {
                survives = true;
                break;
            }
            why << (a.meets
                        ? Optimizer::tr("in %1, losing %2 leaves %3 of its requests within budget")
                              .arg(tierLabel(t), a.failure, units::percent(a.worst.attainmentPctAfter))
                        : Optimizer::tr("in %1 it misses its SLO even with every site up").arg(tierLabel(t)));
        }
        if (!survives)
            out << Optimizer::tr(
                       "%1 keeps its SLO under every single site failure in no tier it may use, even "
                       "with the tier to itself: %2")
                       .arg(s.workloads[w].name, why.join(QStringLiteral("; ")));
    }
    if (out.isEmpty()) {
        QStringList most;
        for (size_t k = 0; k < often.size() && k < 3; ++k)
            most << Optimizer::tr("losing %1 broke %2 (%n placement(s) tried)", nullptr, often[k].second)
                        .arg(test.failures()[size_t(often[k].first.failure)].label,
                             s.workloads[size_t(often[k].first.workload)].name);
        out << Optimizer::tr(
                   "Every workload keeps its SLO under every single site failure in some tier on its "
                   "own, but no placement keeps all of them: the spare GPU capacity cannot absorb "
                   "every failure for all of them together. Failures that broke the placements "
                   "tried most often: %1")
                   .arg(most.join(QStringLiteral("; ")));
    }
    return out;
}

} // namespace ea
