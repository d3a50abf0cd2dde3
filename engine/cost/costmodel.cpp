// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cost/costmodel.h"

#include <algorithm>
#include <cmath>

namespace ea::cost {

double monthlyRequests(double meanRps, double hoursPerMonth)
{
    return meanRps * 3600.0 * hoursPerMonth;
}

double gpuUsdPerMonth(int gpus, double usdPerGpuHour, double hoursPerMonth)
{
    return gpus * usdPerGpuHour * hoursPerMonth;
}

double apiUsdPerMonth(double requests, int inputTokens, int outputTokens, const ApiPrice &price)
{
    return requests * (inputTokens * price.inputUsdPerMTok + outputTokens * price.outputUsdPerMTok) / 1e6;
}

double egressGBPerMonth(double requests, int outputTokens)
{
    return requests * (ResponseOverheadBytes + StreamedBytesPerToken * outputTokens) / 1e9;
}

SitePlan planSite(const SiteRequest &r)
{
    SitePlan p;
    const int gpr = std::max(r.gpusPerReplica, 1);
    // A used site carries at least the tier's footprint, in whole replicas.
    const int minReplicas = std::max(1, (r.tier->minGpusPerSite + gpr - 1) / gpr);
    const auto s = queueing::sizeSite(r.peakRps, r.serviceMs, r.slotsPerReplica, r.tier->targetUtilization,
                                      r.percentile, std::max(r.waitBudgetMs, 0.0), minReplicas);
    p.replicas = s.replicas;
    p.gpus = s.replicas * gpr;
    p.utilization = s.utilization;
    p.waitMs = s.waitMs;
    p.usdPerMonth = gpuUsdPerMonth(p.gpus, r.usdPerGpuHour, r.hoursPerMonth);
    return p;
}

} // namespace ea::cost
