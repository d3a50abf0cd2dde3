// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas plan --hour H`: the plan at one UTC hour of the day (engine/plan/timeline.h).
#include "app/cli/cli.h"
#include "engine/model/whatif.h"
#include "engine/plan/timelineformat.h"

namespace ea::cli {

int planAtHour(const Scenario &s, const Placement &placement, const QString &hour, const QString &whatIfFile,
               PlanFormat format, FILE *out, FILE *err)
{
    bool ok = false;
    const int h = hour.toInt(&ok);
    if (!ok || h < 0 || h > 23) {
        printLine(err, QStringLiteral("--hour: expected a UTC hour from 0 to 23 (got \"%1\")").arg(hour));
        return BadInput;
    }
    std::vector<WhatIfCondition> conditions;
    if (!whatIfFile.isEmpty()) {
        const WhatIfLoad load = loadWhatIfFile(whatIfFile, s);
        for (const QString &e : load.errors)
            printLine(err, whatIfFile + QStringLiteral(": ") + e);
        if (!load.conditions)
            return BadInput;
        conditions = *load.conditions;
    }
    const auto scenario = std::make_shared<const Scenario>(s);
    const auto evaluator = std::make_shared<const Evaluator>(scenario);
    const auto plan = std::make_shared<const PlanOutcome>(evaluator->evaluate(placement));
    // The bad day on the plan's own GPUs (null when the file switches every condition off).
    const WhatIfPlanPtr whatIf = conditions.empty() ? nullptr : evaluateWhatIf(s, conditions, *plan);
    const PlanTimeline timeline =
        whatIf ? PlanTimeline(evaluator, plan, *whatIf) : PlanTimeline(evaluator, plan);
    print(out, QString::fromUtf8(formatPlanHour(s, timeline, timeline.evaluateHour(h), format)));
    return Ok;
}

} // namespace ea::cli
