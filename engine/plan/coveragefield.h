// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace ea {

class Evaluator;

/**
 * The latency coverage field: for each cell of a lon/lat grid, the best modeled network RTT (ms) a user
 * there would see to any node of one tier — the user's access RTT plus the RTT model to the node, exactly
 * as Evaluator::networkRttMs() computes it for demand regions. Cell (i, j) has its centre at
 * lon = -180 + (i + 0.5)·step, lat = 90 - (j + 0.5)·step (row 0 is the northernmost).
 */
struct CoverageField
{
    Tier tier = Tier::Edge;
    double stepDeg = 0.5;
    int columns = 0, rows = 0;
    std::vector<float> rttMs; // row-major, rows × columns; +inf where the tier has no node
    float at(int column, int row) const { return rttMs[static_cast<size_t>(row) * columns + column]; }
    double lonOf(int column) const { return -180.0 + (column + 0.5) * stepDeg; }
    double latOf(int row) const { return 90.0 - (row + 0.5) * stepDeg; }
    /** Nearest-cell lookup for any (lon, lat); +inf outside. */
    float sample(double lon, double lat) const;
};
using CoverageFieldPtr = std::shared_ptr<const CoverageField>;

/**
 * Computes the field with the evaluator's RTT model and nodes (spatial index; exact best node, as for
 * demand regions). Runs on the calling thread plus up to `threads` - 1 helpers; returns nullptr when
 * *cancel becomes true. progress (0..1) may be called from any of those threads.
 */
CoverageFieldPtr computeCoverageField(const Evaluator &evaluator, Tier tier, double stepDeg,
                                      const std::atomic<bool> *cancel = nullptr,
                                      const std::function<void(double)> &progress = {}, int threads = 0);

} // namespace ea
