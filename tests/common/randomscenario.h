// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Random small scenarios for the optimizer's tests (header only): few nodes with few GPUs per tier, so that
// GPU capacity couples the workloads; one tier billed per token. randomScenario keeps everything in Europe
// (one zone); randomZonedScenario spreads demand and nodes over three zones of the network model.

#include "engine/model/scenariojson.h"

#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cmath>

namespace ea::test {

inline Scenario smallFixture()
{
    const ScenarioLoad l = loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!l.ok())
        qFatal("%s", qPrintable(l.errors.join(QLatin1Char('\n'))));
    return *l.scenario;
}

/** A few nodes per tier with few GPUs, a handful of cities, 3–5 workloads; one tier billed per token. */
inline Scenario randomScenario(quint32 seed)
{
    QRandomGenerator rng(seed);
    const auto uni = [&](double lo, double hi) { return lo + (hi - lo) * rng.generateDouble(); };
    const auto pick = [&](int n) { return static_cast<int>(rng.bounded(n)); };
    Scenario s = smallFixture();
    s.name = QStringLiteral("random %1").arg(seed);
    GpuType small = s.gpus[0];
    small.id = QStringLiteral("g2");
    small.name = QStringLiteral("Small GPU");
    small.memoryGB = 24;
    small.bandwidthGBps = 300;
    small.tflops[static_cast<int>(Precision::BF16)] = 30;
    small.priceUsdPerHour = 0.6;
    s.gpus.push_back(small);
    ModelSpec big = s.models[0];
    big.id = QStringLiteral("m2");
    big.name = QStringLiteral("Big model");
    big.layers = 32;
    big.hidden = 4096;
    big.heads = 32;
    big.kvHeads = 8;
    big.ffn = 14336;
    big.vocab = 32000;
    big.paramsB = 30; // 60 GB in bf16: several small GPUs per replica
    s.models.push_back(big);

    for (Tier t : AllTiers) {
        TierSettings &ts = s.tiers[static_cast<int>(t)];
        ts.present = true;
        ts.billing = t == Tier::Central ? Billing::Api : Billing::GpuHour;
        ts.targetUtilization = uni(0.4, 0.8);
        ts.minGpusPerSite = t == Tier::OnPrem ? 2 : 1;
        ts.egressUsdPerGB = uni(0.0, 0.1);
        ts.computeEfficiency = uni(0.4, 1.0);
        ts.bandwidthEfficiency = uni(0.5, 1.0);
    }
    s.priceBook.api[0].inputUsdPerMTok = uni(0.05, 0.5);
    s.priceBook.api[0].outputUsdPerMTok = uni(0.1, 1.5);

    const Node proto = s.nodes[0];
    s.nodes.clear();
    const auto addNodes = [&](Tier t, int count, int minGpus, int maxGpus) {
        for (int i = 0; i < count; ++i) {
            Node n = proto;
            n.id = QStringLiteral("%1-%2").arg(tierId(t)).arg(i);
            n.name = n.id;
            n.tier = t;
            n.lon = uni(-8, 28);
            n.lat = uni(37, 60);
            n.gpu = rng.bounded(3) == 0 ? QStringLiteral("g1") : QStringLiteral("g2");
            n.gpuCount = minGpus + pick(maxGpus - minGpus + 1);
            n.capacityGpus.reset();
            s.nodes.push_back(n);
        }
    };
    addNodes(Tier::Edge, 2 + pick(4), 1, 6);
    addNodes(Tier::Regional, 1 + pick(3), 2, 8);
    addNodes(Tier::Central, 1, 0, 0);
    addNodes(Tier::OnPrem, 1, 2, 8);

    const DemandRegion regionProto = s.regions[0];
    s.regions.clear();
    const int regions = 3 + pick(4);
    for (int i = 0; i < regions; ++i) {
        DemandRegion r = regionProto;
        r.id = QStringLiteral("r%1").arg(i);
        r.name = r.id;
        r.lon = uni(-8, 28);
        r.lat = uni(37, 60);
        r.weight = uni(1, 10);
        r.utcOffsetHours = pick(4);
        r.accessMs = uni(2, 15);
        s.regions.push_back(r);
    }

    const Workload workloadProto = s.workloads[0];
    s.workloads.clear();
    const int workloads = 3 + pick(3);
    for (int i = 0; i < workloads; ++i) {
        Workload w = workloadProto;
        w.id = QStringLiteral("w%1").arg(i);
        w.name = QStringLiteral("Workload %1").arg(i);
        w.model = rng.bounded(6) == 0 ? QStringLiteral("m2") : QStringLiteral("m1");
        w.meanRps = uni(1, 60);
        for (double &v : w.diurnal)
            v = uni(0.3, 1.5);
        w.inputTokens = 50 + pick(500);
        w.outputTokens = 5 + pick(120);
        w.slo.metric = rng.bounded(2) ? SloMetric::Ttft : SloMetric::E2e;
        w.slo.percentile = std::array<double, 3>{50, 95, 99}[pick(3)];
        w.slo.budgetMs = w.slo.metric == SloMetric::Ttft ? uni(60, 250) : uni(300, 3000);
        w.tier = AllTiers[pick(TierCount)];
        w.pinned = rng.bounded(6) == 0;
        w.forbiddenTiers.clear();
        for (Tier t : AllTiers)
            if (t != w.tier && rng.bounded(7) == 0)
                w.forbiddenTiers.push_back(t);
        s.workloads.push_back(w);
    }
    return s;
}

/**
 * Like randomScenario, with demand and nodes around three cities of three zones (drawn from nine), 2–3
 * workloads: small enough to enumerate every tier per workload and zone.
 */
inline Scenario randomZonedScenario(quint32 seed)
{
    struct City
    {
        double lon, lat;
        double utc;
    };
    // Paris (EU), Cairo (AF), Dubai (ME), New York (NA), São Paulo (SA), Mumbai (SAS), Tokyo (EAS),
    // Singapore (SEA), Sydney (OC).
    const std::array<City, 9> cities{{{2.35, 48.86, 1},
                                      {31.24, 30.04, 2},
                                      {55.27, 25.2, 4},
                                      {-74.0, 40.71, -5},
                                      {-46.63, -23.55, -3},
                                      {72.88, 19.08, 5.5},
                                      {139.69, 35.69, 9},
                                      {103.82, 1.35, 8},
                                      {151.21, -33.87, 10}}};
    QRandomGenerator rng(seed * 2654435761u);
    Scenario s = randomScenario(seed);
    std::array<int, 3> pick{};
    for (int k = 0; k < 3; ++k) {
        bool fresh;
        do {
            pick[k] = static_cast<int>(rng.bounded(9));
            fresh = true;
            for (int j = 0; j < k; ++j)
                fresh = fresh && pick[j] != pick[k];
        } while (!fresh);
    }
    const auto near = [&](int k, double &lon, double &lat) {
        const City &c = cities[pick[k]];
        lon = c.lon + (rng.generateDouble() - 0.5) * 3;
        lat = c.lat + (rng.generateDouble() - 0.5) * 3;
    };
    for (size_t i = 0; i < s.nodes.size(); ++i)
        near(static_cast<int>(i % 3), s.nodes[i].lon, s.nodes[i].lat);
    for (size_t i = 0; i < s.regions.size(); ++i) {
        near(static_cast<int>(i % 3), s.regions[i].lon, s.regions[i].lat);
        s.regions[i].utcOffsetHours = cities[pick[i % 3]].utc;
    }
    while (s.workloads.size() > 2 + seed % 2)
        s.workloads.pop_back();
    for (Workload &w : s.workloads) { // budgets that the farther zones can miss
        w.slo.metric = SloMetric::Ttft;
        w.slo.budgetMs = 60 + rng.bounded(200);
    }
    return s;
}

/** Two plan costs equal within rounding (the optimizers' tests compare totals summed in other orders). */
inline bool sameCost(double a, double b)
{
    return std::fabs(a - b) <= 1e-9 * std::max({std::fabs(a), std::fabs(b), 1.0});
}

/** Workloads placed otherwise than in `current`. */
inline int movesOf(const Placement &p, const Placement &current)
{
    int moves = 0;
    for (size_t w = 0; w < p.size(); ++w)
        moves += !p.samePlacement(w, current);
    return moves;
}

} // namespace ea::test
