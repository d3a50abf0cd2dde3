// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace ea {

/**
 * M/M/k queueing, used for one site: k request slots (replicas × batch), each busy for a mean service
 * time; arrivals Poisson at the site's own peak rate. Small sites need more headroom than pooled ones
 * for the same waiting-time percentile; this is where that comes from.
 */
namespace queueing {

/** Probability that an arrival waits (Erlang C); 1 when the system is overloaded. */
double erlangC(int servers, double offeredLoadErlangs);

/** Waiting time (ms) not exceeded by `percentile` (0..100) of arrivals; +inf when overloaded. */
double waitQuantileMs(int servers, double arrivalsPerSec, double serviceMs, double percentile);

struct SiteSizing
{
    int replicas = 0;
    double utilization = 0;
    double waitMs = 0; // at the requested percentile
};

/**
 * Fewest replicas (each `slotsPerReplica` concurrent requests of mean `serviceMs`) so that utilisation
 * stays at or below targetUtilization and the waiting-time percentile stays within waitBudgetMs;
 * at least minReplicas. Capped at maxReplicas (then waitMs may exceed the budget).
 */
SiteSizing sizeSite(double arrivalsPerSec, double serviceMs, int slotsPerReplica, double targetUtilization,
                    double percentile, double waitBudgetMs, int minReplicas, int maxReplicas = 1 << 20);

} // namespace queueing
} // namespace ea
