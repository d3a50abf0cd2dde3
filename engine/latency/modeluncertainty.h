// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace ea {

/**
 * How far the RTT model's predictions of places it never saw are off, per great-circle distance band: the
 * median and the P90 of |model / measured − 1| when whole cities are held out of the fit (validateRttByCity
 * on the shared measured pairs, `edgeatlas rtt --validate`). tst_RttValidation checks these figures against a
 * fresh measurement.
 */
struct RttBandAccuracy
{
    double toKm = 0; // upper edge; the band starts at the previous band's edge (0 for the first)
    double medianAbsRelErr = 0, p90AbsRelErr = 0;
};
/** The shipped bands, ascending; the last one's toKm is infinite. */
const std::vector<RttBandAccuracy> &defaultRttBandAccuracy();
/** The band a path of distanceKm falls in. */
const RttBandAccuracy &rttBandAccuracy(double distanceKm);

/** The parts of a latency the models predict, in ms, and the path's great-circle distance. */
struct ModeledLatency
{
    double networkMs = 0;  // propagation and route inflation (the RTT model), without the last mile
    double distanceKm = 0; // the path's great-circle distance (picks the RTT model's band)
    double prefillMs = 0;  // the compute model's prefill, including the engine's scheduling
    double decodeMs = 0;   // the compute model's decode steps
};

/**
 * The typical (median) and the P90 error of a modeled latency, in ms: the RTT model's held-out relative error
 * for the distance on the network part, the compute model's leave-one-model-out error (TTFT at concurrency 1
 * on prefill, TPOT at concurrency 1 on decode) on the compute part, combined as independent errors (root of
 * the sum of squares); the P90 likewise from the P90 errors. The last mile and queueing are not included:
 * the last mile is a measured input, queueing follows from the load.
 */
struct LatencyUncertainty
{
    double typicalMs = 0, p90Ms = 0;
    double networkTypicalMs = 0, computeTypicalMs = 0;
};
LatencyUncertainty latencyUncertainty(const ModeledLatency &m);

} // namespace ea
