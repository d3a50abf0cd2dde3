// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/cost/queueing.h"
#include "engine/model/scenario.h"

namespace ea::cost {

/** Bytes sent to the user per request: response headers plus a streamed (SSE) chunk per output token. */
inline constexpr double ResponseOverheadBytes = 1024.0;
inline constexpr double StreamedBytesPerToken = 150.0;

double monthlyRequests(double meanRps, double hoursPerMonth);
double gpuUsdPerMonth(int gpus, double usdPerGpuHour, double hoursPerMonth);
double apiUsdPerMonth(double requestsPerMonth, int inputTokens, int outputTokens, const ApiPrice &price);
double egressGBPerMonth(double requestsPerMonth, int outputTokens);

/** One used site of one workload: sized at its own diurnal peak, then priced. */
struct SitePlan
{
    int replicas = 0;
    int gpus = 0;
    double utilization = 0; // at the peak
    double waitMs = 0;      // queueing delay at the SLO percentile, at the peak
    double usdPerMonth = 0;
};

struct SiteRequest
{
    double peakRps = 0;
    double serviceMs = 0;    // slot occupancy of one request (its end-to-end compute time)
    int slotsPerReplica = 1; // the operating batch
    int gpusPerReplica = 1;
    double percentile = 95;
    double waitBudgetMs = 0;
    const TierSettings *tier = nullptr;
    double usdPerGpuHour = 0;
    double hoursPerMonth = 730;
};

SitePlan planSite(const SiteRequest &r);

} // namespace ea::cost
