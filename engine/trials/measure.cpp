// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/measure.h"

#include "engine/stats/quantile.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <thread>

namespace ea::trials {

Stats summarize(std::vector<double> samples, int dropped)
{
    Stats s;
    s.dropped = dropped;
    s.n = static_cast<int>(samples.size());
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.min = samples.front();
    s.max = samples.back();
    s.median = stats::quantileSorted(samples, 0.5);
    s.p10 = stats::quantileSorted(samples, 0.1);
    s.p90 = stats::quantileSorted(samples, 0.9);
    double sum = 0;
    for (double v : samples)
        sum += v;
    s.mean = sum / s.n;
    double var = 0;
    for (double v : samples)
        var += (v - s.mean) * (v - s.mean);
    s.stddev = s.n > 1 ? std::sqrt(var / (s.n - 1)) : 0;
    s.totalS = sum;
    return s;
}

Stats measure(Backend &backend, const std::function<void()> &run, const StopRule &rule,
              Temperature temperature, const std::atomic<bool> *cancel)
{
    auto cancelled = [&] { return cancel && cancel->load(); };
    // Warm-up: first launches load modules, instantiate graphs and ramp the clocks.
    int runs = 0;
    double warm = 0;
    double perRun = 0;
    while ((runs < rule.warmupRuns || warm < rule.warmupS) && !cancelled()) {
        perRun = backend.time(run, 1);
        warm += perRun;
        ++runs;
        if (warm > rule.maxTimeS)
            break;
    }
    int reps = 1;
    if (temperature == Temperature::Hot && perRun > 0 && perRun < rule.minSampleS)
        reps = static_cast<int>(std::ceil(rule.minSampleS / perRun));

    std::vector<double> samples, clocks;
    int dropped = 0;
    double total = 0;
    double maxClock = 0;
    bool converged = false;
    const auto wallStart = std::chrono::steady_clock::now();
    for (;;) {
        if (cancelled())
            break;
        if (temperature == Temperature::Cold)
            backend.flushCaches();
        const double clock = backend.sampleClockMHz();
        const double t = backend.time(run, reps) / reps;
        maxClock = std::max(maxClock, clock);
        if (clock > 0 && clock < 0.75 * maxClock) {
            ++dropped;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        } else {
            samples.push_back(t);
            clocks.push_back(clock);
            total += t * reps;
        }
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - wallStart).count();
        if (static_cast<int>(samples.size()) >= rule.minSamples && total >= rule.minTimeS) {
            double sum = 0, sq = 0; // the relative standard deviation without sorting every time
            for (double v : samples) {
                sum += v;
                sq += v * v;
            }
            const double n = static_cast<double>(samples.size()), mean = sum / n;
            const double var = n > 1 ? std::max(0.0, (sq - n * mean * mean) / (n - 1)) : 0.0;
            if (mean > 0 && std::sqrt(var) / mean <= rule.targetRelStddev) {
                converged = true;
                break;
            }
        }
        const bool enough = static_cast<int>(samples.size()) >= rule.minSamples;
        if (enough && (total >= rule.maxTimeS || wall >= 2 * rule.maxTimeS))
            break;
        // A device that keeps throttling, or runs much longer than the cap: stop with what there is.
        if ((wall >= 10 * rule.maxTimeS && samples.size() >= 3) || wall >= 20 * rule.maxTimeS)
            break;
    }
    Stats s = summarize(samples, dropped);
    s.converged = converged;
    s.clockMHz = stats::valueOr(stats::median(std::move(clocks)), 0.0);
    return s;
}

} // namespace ea::trials
