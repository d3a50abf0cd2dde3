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
 * lon = -180 + (i + 0.5)·step, lat = 90 - (j + 0.5)·step (row 0 is the northernmost); where stepDeg does
 * not divide 180 the last row's centre may lie past -90 and is evaluated at the pole. Immutable once
 * computed; share through CoverageFieldPtr.
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
 * Computes the field with the evaluator's RTT model and nodes. The value of every cell is exact (the
 * minimum over all nodes of the tier, float-rounded): nodes are pruned only by lower bounds of the
 * model itself (see coveragefield.cpp). stepDeg is clamped to [0.05, 30]. Runs on the calling thread
 * plus up to `threads` - 1 helpers (0: one per core); returns nullptr when *cancel becomes true (checked
 * before every row). progress (the fraction of rows done, once per row) may be called from any of those
 * threads, so calls may arrive slightly out of order.
 * The edge tier of the default scenario (4,400 nodes) at 0.5° takes ~270 ms of CPU on one core.
 */
CoverageFieldPtr computeCoverageField(const Evaluator &evaluator, Tier tier, double stepDeg,
                                      const std::atomic<bool> *cancel = nullptr,
                                      const std::function<void(double)> &progress = {}, int threads = 0);

/**
 * For `edgeatlas bench map`: the median wall time (ms) of `runs` computeCoverageField() calls with
 * the given threads (0: all cores). The figure is the edge tier at 0.5°.
 */
double coverageFieldBenchmarkMs(const Evaluator &evaluator, Tier tier, double stepDeg = 0.5, int runs = 5,
                                int threads = 0);

} // namespace ea
