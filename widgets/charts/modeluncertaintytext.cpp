// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/modeluncertaintytext.h"

#include "engine/model/units.h"

namespace ea {

LatencyUncertainty ModelUncertainty::of(const LatencyBreakdown &b, double fiberKmPerMs)
{
    ModeledLatency m;
    m.networkMs = b.propagationMs + b.inflationMs;
    m.distanceKm = b.propagationMs * fiberKmPerMs / 2.0; // propagation = 2 · d / v
    m.prefillMs = b.prefillMs;
    m.decodeMs = b.decodeMs;
    return latencyUncertainty(m);
}

QString ModelUncertainty::text(const LatencyBreakdown &b, double fiberKmPerMs)
{
    const LatencyUncertainty u = of(b, fiberKmPerMs);
    //: %1 and %2 are latencies ("4 ms"): the models' typical (median) error and the error one prediction in
    //: ten exceeds, measured on data the models were not fitted on
    return tr("Model error: ±%1 typically, ±%2 for one in ten (network and compute, measured on held-out "
              "data; the last mile and queueing not included)")
        .arg(units::ms(u.typicalMs), units::ms(u.p90Ms));
}

} // namespace ea
