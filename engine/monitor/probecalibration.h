// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/calibration.h"
#include "engine/probe/probetypes.h"

#include <QStringList>

#include <vector>

namespace ea {

/**
 * Calibration samples from probe results (the Monitor's "Calibrate Latency Model"): per target whose id is a
 * scenario node id, the median over its successful results of their request RTT (requestRttMs(), the
 * monitor's definition). Targets that are no node, or have no successful result with a request RTT, are
 * listed in *skipped.
 */
std::vector<CalibrationSample>
calibrationSamplesFromProbes(const Scenario &s, const std::vector<ProbeResult> &results, double vantageLon,
                             double vantageLat, const QString &vantageRegion, QStringList *skipped = nullptr);

} // namespace ea
