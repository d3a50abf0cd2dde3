// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/monitortargets.h"

#include "engine/geo/geodesy.h"
#include "engine/latency/modeluncertainty.h"
#include "engine/plan/evaluator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ea {

QString Vantage::label() const
{
    return QCoreApplication::translate("ea::Vantage", "%1, %2").arg(lat, 0, 'f', 3).arg(lon, 0, 'f', 3);
}

Vantage defaultVantage(const Scenario &s)
{
    int best = -1;
    for (size_t i = 0; i < s.regions.size(); ++i) {
        if (best < 0 || s.regions[i].weight > s.regions[size_t(best)].weight)
            best = int(i);
    }
    return best >= 0 ? regionVantage(s, best) : Vantage();
}

Vantage regionVantage(const Scenario &s, int region)
{
    Vantage v;
    if (region < 0 || size_t(region) >= s.regions.size())
        return v;
    v.region = region;
    v.lon = s.regions[size_t(region)].lon;
    v.lat = s.regions[size_t(region)].lat;
    return v;
}

ProbeKind probeKindForUrl(const QString &url)
{
    return url.contains(QLatin1String("/chat/completions")) ? ProbeKind::ChatStream : ProbeKind::Http;
}

double modelBandRelative(double distanceKm)
{
    return std::round(100.0 * rttBandAccuracy(std::max(0.0, distanceKm)).p90AbsRelErr) / 100.0;
}

MonitorTarget nodeTarget(const Scenario &s, const Evaluator *evaluator, const Vantage &vantage, int node,
                         ProbeTarget probe, const QString &servedWorkload)
{
    if (node < 0 || size_t(node) >= s.nodes.size())
        return urlTarget(std::move(probe));
    const Node &n = s.nodes[size_t(node)];
    MonitorTarget t;
    t.probe = std::move(probe);
    t.node = node;
    t.label = n.name.isEmpty() ? n.id : n.name;
    t.tier = n.tier;
    const bool regionOk = vantage.region >= 0 && size_t(vantage.region) < s.regions.size();
    if (regionOk && evaluator) {
        t.modeledRttMs = evaluator->networkRttMs(vantage.region, node);
    } else {
        const RttModel rtt = RttModel::forScenario(s);
        const RttModel::Site user = rtt.site(vantage.lon, vantage.lat);
        const DemandRegion *region = regionOk ? &s.regions[size_t(vantage.region)] : nullptr;
        const double access = region && region->accessMs ? *region->accessMs : rtt.userAccessMs(user);
        t.modeledRttMs = access + rtt.rttMs(user, rtt.site(n.lon, n.lat));
    }
    const double band = modelBandRelative(geo::greatCircleKm(vantage.lon, vantage.lat, n.lon, n.lat));
    t.bandLowMs = t.modeledRttMs * std::max(0.0, 1.0 - band);
    t.bandHighMs = t.modeledRttMs * (1.0 + band);
    const int served = servedWorkload.isEmpty() ? -1 : s.workloadIndex(servedWorkload);
    for (size_t i = 0; i < s.workloads.size(); ++i) {
        const Workload &w = s.workloads[i];
        if (served >= 0
                ? int(i) != served
                : w.tier != n.tier || w.category != WorkloadCategory::Interactive || !(w.slo.budgetMs > 0))
            continue;
        if (!t.hasBudget() || w.slo.budgetMs < t.budgetMs) {
            t.budgetMs = w.slo.budgetMs;
            t.slo = w.slo;
            t.outputTokens = w.outputTokens;
            t.workloadName = w.name.isEmpty() ? w.id : w.name;
        }
    }
    return t;
}

MonitorTarget urlTarget(ProbeTarget probe)
{
    MonitorTarget t;
    t.label = probe.url;
    t.probe = std::move(probe);
    return t;
}

std::vector<MonitorTarget> endpointTargets(const Scenario &s, const Evaluator *evaluator,
                                           const Vantage &vantage)
{
    std::vector<MonitorTarget> out;
    for (size_t i = 0; i < s.nodes.size(); ++i) {
        const Node &n = s.nodes[i];
        if (n.endpoint.isEmpty())
            continue;
        ProbeTarget p;
        p.id = n.id;
        p.url = n.endpoint;
        p.kind = probeKindForUrl(n.endpoint);
        out.push_back(nodeTarget(s, evaluator, vantage, int(i), std::move(p)));
    }
    return out;
}

std::vector<MonitorTarget> repredict(const std::vector<MonitorTarget> &targets, const Scenario &s,
                                     const Evaluator *evaluator, const Vantage &vantage,
                                     const QString &servedWorkload)
{
    QHash<QString, int> byId;
    for (size_t i = 0; i < s.nodes.size(); ++i)
        byId.insert(s.nodes[i].id, int(i));
    std::vector<MonitorTarget> out;
    out.reserve(targets.size());
    for (const MonitorTarget &t : targets) {
        const int node = t.node >= 0 ? byId.value(t.probe.id, -1) : -1;
        out.push_back(node >= 0 ? nodeTarget(s, evaluator, vantage, node, t.probe, servedWorkload)
                                : urlTarget(t.probe));
    }
    return out;
}

} // namespace ea
