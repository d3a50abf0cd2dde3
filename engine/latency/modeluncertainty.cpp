// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/modeluncertainty.h"

#include "engine/latency/computemodel.h"

#include <cmath>
#include <limits>

namespace ea {

const std::vector<RttBandAccuracy> &defaultRttBandAccuracy()
{
    // As tst_RttValidation::heldOutErrorsOnSharedData measures them (5 groups of cities held out of the fit,
    // 6,766 shared pairs; `edgeatlas rtt --validate ../shared/data/rtt/rtt_calibration_pairs.csv`), for the
    // shipped model's form and fit. Re-measure when either changes.
    static const std::vector<RttBandAccuracy> bands{
        {500, 0.2920, 0.6781},
        {1000, 0.1942, 0.5645},
        {3000, 0.1486, 0.4465},
        {std::numeric_limits<double>::infinity(), 0.0985, 0.3113}};
    return bands;
}

const RttBandAccuracy &rttBandAccuracy(double distanceKm)
{
    const std::vector<RttBandAccuracy> &bands = defaultRttBandAccuracy();
    for (const RttBandAccuracy &b : bands)
        if (distanceKm < b.toKm)
            return b;
    return bands.back();
}

LatencyUncertainty latencyUncertainty(const ModeledLatency &m)
{
    const RttBandAccuracy &band = rttBandAccuracy(std::max(0.0, m.distanceKm));
    const ServingFitRecord &serving = defaultServingFitRecord();
    const double prefillErr = std::expm1(serving.lomoTtft1MedianAbsLog);
    const double decodeErr = std::expm1(serving.lomoTpot1MedianAbsLog);
    LatencyUncertainty u;
    u.networkTypicalMs = band.medianAbsRelErr * std::max(0.0, m.networkMs);
    u.computeTypicalMs =
        std::hypot(prefillErr * std::max(0.0, m.prefillMs), decodeErr * std::max(0.0, m.decodeMs));
    u.typicalMs = std::hypot(u.networkTypicalMs, u.computeTypicalMs);
    u.p90Ms = std::hypot(band.p90AbsRelErr * std::max(0.0, m.networkMs),
                         std::hypot(std::expm1(serving.lomoTtft1P90AbsLog) * std::max(0.0, m.prefillMs),
                                    std::expm1(serving.lomoTpot1P90AbsLog) * std::max(0.0, m.decodeMs)));
    return u;
}

} // namespace ea
