// SPDX-License-Identifier: GPL-3.0-or-later
// Placement files: any bytes are either a placement of every workload to a tier the scenario has, or
// problems.
#include "engine/plan/placementfile.h"
#include "tests/fuzz/fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    const Scenario &s = fuzz::smallScenario();
    Placement p = placementOf(s);
    QStringList errors;
    const bool ok = parsePlacement(fuzz::bytes(data, size), s, p, &errors);
    fuzz::require(ok == errors.isEmpty(), "success exactly when there is no problem");
    fuzz::require(p.size() == s.workloads.size(), "one tier per workload");
    if (ok) {
        Placement again = placementOf(s);
        QStringList none;
        fuzz::require(parsePlacement(placementToJson(s, p), s, again, &none) && again == p,
                      "a placement survives writing and reading");
    }
    return 0;
}
