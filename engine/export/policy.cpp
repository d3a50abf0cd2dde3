// SPDX-License-Identifier: GPL-3.0-or-later
// The routing policy of a plan (what a router needs to send each request where the plan assumed it goes).
#include "engine/export/policy.h"

#include "engine/geo/zones.h"
#include "engine/plan/alternatives.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {

PolicyRoute routeOf(const Scenario &s, const WorkloadOutcome &w)
{
    PolicyRoute r;
    r.tier = w.tier;
    r.feasible = w.feasible;
    r.meetsSlo = meetsSlo(w);
    r.sloMs = w.sloMs;
    r.attainmentPct = w.attainmentPct;
    r.usdPerMTok = w.usdPerMTok();
    r.usdPerMonth = w.usdPerMonth();
    std::vector<double> demand(s.nodes.size(), 0.0);
    for (size_t i = 0; i < w.regions.size() && i < s.regions.size(); ++i)
        if (const int n = w.regions[i].node; n >= 0 && n < static_cast<int>(demand.size())) {
            if (demand[static_cast<size_t>(n)] == 0.0)
                r.nodes.push_back(n);
            demand[static_cast<size_t>(n)] += s.regions[i].weight;
        }
    std::stable_sort(r.nodes.begin(), r.nodes.end(), [&](int a, int b) {
        return demand[static_cast<size_t>(a)] > demand[static_cast<size_t>(b)];
    });
    return r;
}

double rounded(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::isfinite(v) ? std::round(v * scale) / scale : 0.0;
}

QJsonObject routeToJson(const Scenario &s, const PolicyRoute &r, QSet<int> &used)
{
    QJsonArray nodes;
    for (int n : r.nodes) {
        nodes.append(s.nodes[static_cast<size_t>(n)].id);
        used.insert(n);
    }
    return QJsonObject{{QStringLiteral("tier"), tierId(r.tier)},
                       {QStringLiteral("meetsSlo"), r.meetsSlo},
                       {QStringLiteral("sloMs"), rounded(r.sloMs, 2)},
                       {QStringLiteral("attainmentPct"), rounded(r.attainmentPct, 3)},
                       {QStringLiteral("usdPerMTok"), rounded(r.usdPerMTok, 6)},
                       {QStringLiteral("usdPerMonth"), rounded(r.usdPerMonth, 2)},
                       {QStringLiteral("nodes"), nodes}};
}

} // namespace

RoutingPolicy buildRoutingPolicy(const Evaluator &evaluator, const PlanOutcome &plan, int candidates)
{
    const Scenario &s = evaluator.scenario();
    constexpr int K = Evaluator::CandidatesPerRegion;
    candidates = std::clamp(candidates, 1, K);
    const PlanAlternatives alternatives = evaluateAlternatives(evaluator, plan);
    RoutingPolicy policy;
    policy.workloads.reserve(plan.workloads.size());
    for (size_t w = 0; w < plan.workloads.size(); ++w) {
        const WorkloadOutcome &o = plan.workloads[w];
        WorkloadPolicy wp;
        wp.workload = static_cast<int>(w);
        wp.networkMs = o.networkAllowanceMs;
        const Workload &spec = s.workloads[w];
        wp.maxNetworkMs =
            o.feasible ? std::max(0.0, spec.slo.budgetMs - (o.sloMs - o.networkAllowanceMs)) : 0.0;
        wp.route = routeOf(s, o);
        if (w < alternatives.size())
            for (Tier t : AllTiers) {
                const auto &alt = alternatives[w].byTier[static_cast<int>(t)];
                if (t != o.tier && alt && alt->feasible)
                    wp.fallbacks.push_back(routeOf(s, *alt));
            }
        std::stable_sort(wp.fallbacks.begin(), wp.fallbacks.end(),
                         [](const PolicyRoute &a, const PolicyRoute &b) {
                             if (a.meetsSlo != b.meetsSlo)
                                 return a.meetsSlo;
                             return a.sloMs < b.sloMs;
                         });
        // A split workload's regions are served by the tier of their zone: their candidates are that tier's.
        wp.zoneTiers = plan.placement.empty() ? ZoneTiers{} : plan.placement.zoneTiers(w);
        wp.regions.resize(s.regions.size());
        for (size_t r = 0; r < s.regions.size(); ++r) {
            PolicyRegion &pr = wp.regions[r];
            pr.region = static_cast<int>(r);
            pr.servedBy = r < o.regions.size() ? o.regions[r].node : -1;
            pr.tier = wp.zoneTiers[size_t(evaluator.regionZone(static_cast<int>(r)))].value_or(o.tier);
            const Evaluator::Candidates &c = evaluator.candidates(pr.tier);
            for (int j = 0; j < candidates; ++j) {
                const size_t at = r * K + static_cast<size_t>(j);
                if (at >= c.node.size() || c.node[at] < 0)
                    break;
                pr.candidates.push_back({c.node[at], static_cast<double>(c.rtt[at])});
            }
        }
        policy.workloads.push_back(std::move(wp));
    }
    return policy;
}

QByteArray policyToJson(const Scenario &s, const RoutingPolicy &policy)
{
    QSet<int> used;
    QJsonArray workloads;
    for (const WorkloadPolicy &wp : policy.workloads) {
        const Workload &w = s.workloads[static_cast<size_t>(wp.workload)];
        QJsonArray fallbacks, regions;
        // A split workload names its zone tiers and each region's tier; other workloads are written as
        // before.
        QJsonObject zoneTiers;
        for (int z = 0; z < geo::kZoneCount; ++z)
            if (const auto &t = wp.zoneTiers[size_t(z)])
                zoneTiers.insert(geo::zoneCode(static_cast<geo::Zone>(z)), tierId(*t));
        const bool split = !zoneTiers.isEmpty();
        for (const PolicyRoute &f : wp.fallbacks)
            fallbacks.append(routeToJson(s, f, used));
        for (const PolicyRegion &pr : wp.regions) {
            QJsonArray cands;
            for (const PolicyCandidate &c : pr.candidates) {
                cands.append(QJsonObject{{QStringLiteral("node"), s.nodes[static_cast<size_t>(c.node)].id},
                                         {QStringLiteral("rttMs"), rounded(c.rttMs, 2)}});
                used.insert(c.node);
            }
            QJsonObject jr{
                {QStringLiteral("region"), s.regions[static_cast<size_t>(pr.region)].id},
                {QStringLiteral("servedBy"),
                 pr.servedBy >= 0 ? QJsonValue(s.nodes[static_cast<size_t>(pr.servedBy)].id) : QJsonValue()},
                {QStringLiteral("candidates"), cands}};
            if (split)
                jr.insert(QStringLiteral("tier"), tierId(pr.tier));
            regions.append(jr);
            if (pr.servedBy >= 0)
                used.insert(pr.servedBy);
        }
        QJsonObject route = routeToJson(s, wp.route, used);
        QJsonObject jw{
            {QStringLiteral("id"), w.id},
            {QStringLiteral("name"), w.name},
            {QStringLiteral("model"), w.model},
            {QStringLiteral("tier"), tierId(wp.route.tier)},
            {QStringLiteral("slo"),
             QJsonObject{{QStringLiteral("metric"),
                          w.slo.metric == SloMetric::E2e ? QStringLiteral("e2e") : QStringLiteral("ttft")},
                         {QStringLiteral("percentile"), w.slo.percentile},
                         {QStringLiteral("budgetMs"), w.slo.budgetMs}}},
            {QStringLiteral("networkMs"), rounded(wp.networkMs, 2)},
            {QStringLiteral("maxNetworkMs"), rounded(wp.maxNetworkMs, 2)},
            {QStringLiteral("cost"),
             QJsonObject{{QStringLiteral("usdPerMTok"), route.value(QLatin1String("usdPerMTok"))},
                         {QStringLiteral("usdPerMonth"), route.value(QLatin1String("usdPerMonth"))}}},
            {QStringLiteral("modeled"),
             QJsonObject{{QStringLiteral("meetsSlo"), wp.route.meetsSlo},
                         {QStringLiteral("sloMs"), route.value(QLatin1String("sloMs"))},
                         {QStringLiteral("attainmentPct"), route.value(QLatin1String("attainmentPct"))}}},
            {QStringLiteral("nodes"), route.value(QLatin1String("nodes"))},
            {QStringLiteral("fallbacks"), fallbacks},
            {QStringLiteral("regions"), regions}};
        if (split)
            jw.insert(QStringLiteral("zoneTiers"), zoneTiers);
        workloads.append(jw);
    }
    QList<int> usedSorted(used.begin(), used.end());
    std::sort(usedSorted.begin(), usedSorted.end());
    QJsonObject nodes;
    for (int n : usedSorted) {
        const Node &node = s.nodes[static_cast<size_t>(n)];
        nodes.insert(node.id,
                     QJsonObject{{QStringLiteral("name"), node.name},
                                 {QStringLiteral("tier"), tierId(node.tier)},
                                 {QStringLiteral("endpoint"),
                                  node.endpoint.isEmpty() ? QJsonValue() : QJsonValue(node.endpoint)},
                                 {QStringLiteral("lon"), node.lon},
                                 {QStringLiteral("lat"), node.lat}});
    }
    const QJsonObject root{{QStringLiteral("schema"), QLatin1String(PolicySchema)},
                           {QStringLiteral("generator"), QStringLiteral("edgeatlas " EA_VERSION)},
                           {QStringLiteral("scenario"), s.name},
                           {QStringLiteral("workloads"), workloads},
                           {QStringLiteral("nodes"), nodes}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace ea
