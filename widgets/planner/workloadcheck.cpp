// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/workloadcheck.h"

#include "engine/model/scenariojson.h"

#include <utility>

namespace ea {

WorkloadCheck::WorkloadCheck(const Scenario &s)
{
    m_probe.name = s.name;
    m_probe.sources = s.sources;
    m_probe.network = s.network;
    m_probe.tiers = s.tiers;
    m_probe.gpus = s.gpus;
    m_probe.models = s.models;
    m_probe.priceBook = s.priceBook;
    std::array<bool, TierCount> seen{};
    for (const Node &n : s.nodes)
        if (!std::exchange(seen[static_cast<int>(n.tier)], true))
            m_probe.nodes.push_back(n);
    if (!s.regions.empty())
        m_probe.regions.push_back(s.regions.front());
}

QStringList WorkloadCheck::problems(const std::vector<Workload> &workloads, int index) const
{
    Scenario probe = m_probe;
    probe.workloads = workloads;
    const QString own = QStringLiteral("$.workloads[%1]").arg(index);
    QStringList out;
    for (const QString &e : parseScenario(scenarioToJson(probe, false)).errors) {
        const QString path = e.section(QStringLiteral(": "), 0, 0);
        // A later workload's duplicate id names this one ("... (first at <own>)"); the reason text is
        // translated, so only the path (data) is matched.
        if (e.startsWith(own + QLatin1Char('.')) || e.startsWith(own + QLatin1Char(':')) ||
            (path.startsWith(QLatin1String("$.workloads[")) && path.endsWith(QLatin1String("].id")) &&
             e.mid(path.size()).contains(own)))
            out << e;
    }
    return out;
}

QStringList WorkloadCheck::problemsOf(const Scenario &s, int index)
{
    return WorkloadCheck(s).problems(s.workloads, index);
}

} // namespace ea
