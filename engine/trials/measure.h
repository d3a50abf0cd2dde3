// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// nvbench-like sampling: warm-up outside the timed region, then samples until a noise criterion
// holds (enough samples, enough time, relative standard deviation below a target) or a time cap.

#include "engine/trials/backend.h"

#include <atomic>
#include <functional>
#include <vector>

namespace ea::trials {

struct Stats
{
    double median = 0, p10 = 0, p90 = 0, min = 0, max = 0, mean = 0, stddev = 0; // seconds per run
    int n = 0;
    int dropped = 0;        // samples dropped for a low clock (throttling)
    double totalS = 0;      // device time of the kept samples
    bool converged = false; // stopped on the noise criterion (not on the time cap)
    double clockMHz = 0;    // median SM clock of the kept samples (0 where the device has no probe)

    double relStddev() const { return mean > 0 ? stddev / mean : 0; }
    /** (p90 - p10) / median, the noise figure the bars use. */
    double spread() const { return median > 0 ? (p90 - p10) / median : 0; }
};

/** Summary of per-run seconds; median, p10 and p90 are engine/stats quantiles (type 7). All 0 when empty. */
Stats summarize(std::vector<double> samples, int dropped);

struct StopRule
{
    int warmupRuns = 3;
    double warmupS = 0.1;
    int minSamples = 10;
    double minTimeS = 0.5;
    double maxTimeS = 10.0;
    double targetRelStddev = 0.01;
    /** Hot samples batch runs until one sample lasts at least this long. */
    double minSampleS = 1e-3;
};

enum class Temperature { Cold, Hot };

/**
 * Times `run` (which enqueues one run on the backend). Cold: caches flushed before every sample of
 * one run. Hot: back-to-back runs, one event pair, averaged. Samples taken while the device clock
 * is below 75 % of the highest seen are dropped (with a 50 ms pause). Returns per-run seconds.
 */
Stats measure(Backend &backend, const std::function<void()> &run, const StopRule &rule,
              Temperature temperature, const std::atomic<bool> *cancel = nullptr);

} // namespace ea::trials
