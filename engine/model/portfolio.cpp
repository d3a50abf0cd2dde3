// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/model/portfolio.h"

#include <QRandomGenerator>

namespace ea {

Scenario repeatedPortfolio(const Scenario &base, int workloads, quint32 seed)
{
    Scenario s = base;
    s.workloads.clear();
    if (base.workloads.empty())
        return s;
    s.name = QStringLiteral("%1, %2 workloads").arg(base.name).arg(workloads);
    QRandomGenerator rng(seed);
    const int n = static_cast<int>(base.workloads.size());
    for (int k = 0; k < workloads; ++k) {
        Workload w = base.workloads[k % n];
        const int copy = k / n;
        if (copy > 0) {
            w.id += QStringLiteral("-%1").arg(copy + 1);
            w.name += QStringLiteral(" %1").arg(copy + 1);
            w.meanRps *= 0.25 + 1.5 * rng.generateDouble();
            w.slo.budgetMs *= 0.8 + 0.8 * rng.generateDouble();
        }
        s.workloads.push_back(w);
    }
    return s;
}

Scenario withGpusScaled(Scenario s, int factor)
{
    for (Node &n : s.nodes) {
        n.gpuCount *= factor;
        if (n.capacityGpus)
            *n.capacityGpus *= factor;
    }
    return s;
}

} // namespace ea
