// SPDX-License-Identifier: GPL-3.0-or-later
// `edgeatlas plan --hour H`: the plan at one UTC hour of the day (engine/plan/timeline.h).
#include "app/cli/cli.h"
#include "engine/plan/timelineformat.h"

namespace ea::cli {

int planAtHour(const Scenario &s, const Placement &placement, const QString &hour, PlanFormat format,
               FILE *out, FILE *err)
{
    bool ok = false;
    const int h = hour.toInt(&ok);
    if (!ok || h < 0 || h > 23) {
        printLine(err, QStringLiteral("--hour: expected a UTC hour from 0 to 23 (got \"%1\")").arg(hour));
        return BadInput;
    }
    const auto scenario = std::make_shared<const Scenario>(s);
    const auto evaluator = std::make_shared<const Evaluator>(scenario);
    const auto plan = std::make_shared<const PlanOutcome>(evaluator->evaluate(placement));
    const PlanTimeline timeline(evaluator, plan);
    print(out, QString::fromUtf8(formatPlanHour(s, timeline, timeline.evaluateHour(h), format)));
    return Ok;
}

} // namespace ea::cli
