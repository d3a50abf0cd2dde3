// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QStringList>

namespace ea {

/**
 * Checks one workload of a scenario with the scenario file loader itself: the scenario is written with
 * scenarioToJson and read back with parseScenario, and the loader's lines about the workload are kept. So
 * an editor shows exactly what loading a file holding the scenario would report.
 *
 * The loader's workload rules only look at the workloads, the catalogues, the tier settings and whether a
 * tier has nodes, so the check keeps one node per tier and one demand region: the same answers, and a
 * round trip small enough for every keystroke even with a 4,400-site scenario.
 */
class WorkloadCheck
{
public:
    explicit WorkloadCheck(const Scenario &scenario);

    /**
     * The loader's messages ("<json path>: <reason>") about workload index when the scenario's workloads
     * are replaced by workloads: those at the workload's path, and a duplicate id reported at another
     * workload's path that names this one as the first.
     */
    QStringList problems(const std::vector<Workload> &workloads, int index) const;

    /** One-off form: the problems of workload index of s. */
    static QStringList problemsOf(const Scenario &s, int index);

private:
    Scenario m_probe;
};

} // namespace ea
