// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/probecalibration.h"

#include "engine/monitor/monitortarget.h"
#include "engine/stats/quantile.h"

#include <QMap>

#include <algorithm>

namespace ea {

std::vector<CalibrationSample>
calibrationSamplesFromProbes(const Scenario &s, const std::vector<ProbeResult> &results, double vantageLon,
                             double vantageLat, const QString &vantageRegion, QStringList *skipped)
{
    QMap<QString, std::vector<double>> byTarget;
    QStringList seen;
    for (const ProbeResult &r : results) {
        if (!seen.contains(r.targetId))
            seen << r.targetId;
        if (!r.ok())
            continue;
        if (const double ms = requestRttMs(r); ms > 0)
            byTarget[r.targetId].push_back(ms);
    }
    std::vector<CalibrationSample> out;
    for (const QString &id : seen) {
        const auto node =
            std::find_if(s.nodes.begin(), s.nodes.end(), [&](const Node &n) { return n.id == id; });
        const auto values = byTarget.constFind(id);
        if (node == s.nodes.end() || values == byTarget.constEnd()) {
            if (skipped)
                *skipped << id;
            continue;
        }
        CalibrationSample cs;
        cs.vantageLon = vantageLon;
        cs.vantageLat = vantageLat;
        cs.vantageRegion = vantageRegion;
        cs.node = static_cast<int>(node - s.nodes.begin());
        cs.provider = node->provider;
        cs.label = id;
        cs.measuredMs = stats::median(*values);
        out.push_back(cs);
    }
    return out;
}

} // namespace ea
