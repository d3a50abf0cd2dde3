// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The calibration tests' fixture (header only): the default scenario, a vantage point in Paris, and a
// "true" network model that differs from the shipped one where the calibration must find it.

#include "engine/latency/calibration.h"
#include "engine/model/scenariojson.h"

namespace ea::test {

inline const Scenario &defaultScenario()
{
    static const Scenario s = *loadDefaultScenario().scenario;
    return s;
}

inline constexpr double kParisLon = 2.35, kParisLat = 48.85;

/** The "truth": the scenario's model with three zone pairs and the European access latency changed. */
inline RttParams trueParams(const Scenario &s)
{
    using geo::Zone;
    RttParams p = RttModel::forScenario(s).params();
    p.pairInflationDelta[rttZonePairIndex(int(Zone::Europe), int(Zone::Europe))] += 0.35;
    p.pairInflationDelta[rttZonePairIndex(int(Zone::Europe), int(Zone::NorthAmerica))] -= 0.15;
    p.pairInflationDelta[rttZonePairIndex(int(Zone::Europe), int(Zone::EastAsia))] += 0.25;
    p.userAccessMs[static_cast<size_t>(Zone::Europe)] = 22;
    return p;
}

/** The fitted inflation of a zone pair (either order), or nullptr. */
inline const FittedInflation *fittedPair(const CalibrationResult &r, geo::Zone a, geo::Zone b)
{
    for (const FittedInflation &f : r.inflations)
        if ((f.a == a && f.b == b) || (f.a == b && f.b == a))
            return &f;
    return nullptr;
}

} // namespace ea::test
