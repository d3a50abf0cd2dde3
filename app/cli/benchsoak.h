// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace ea::cli {

struct SoakOptions
{
    QString scenarioFile; // empty: the default scenario
    int targets = 1000;   // simulated nodes, all probed by the agent
    int seconds = 600;    // how long the agent runs
    int sampleEverySeconds = 10;
    int warmupSeconds = 30;     // the first value of each series is taken after this
    double timeScale = 0.05;    // the simulator's delays, compressed twenty times
    double intervalSeconds = 1; // per target, start to start: 1,000 probes a second at 1,000 targets
};

/**
 * `edgeatlas bench soak [SCENARIO] [--targets N] [--seconds S] [--quick]`: the probe agent
 * (`probe --scenario --serve --history`) against the simulator (`simulate --count N --time-scale`), both
 * as processes of this executable, while a scraper reads /metrics every 5 s as Prometheus would. Every
 * sampling interval it reads each process's resident memory, CPU share and open file descriptors from
 * /proc; it prints each series' first value (after the warm-up) and last value, so a leak of memory,
 * descriptors or a growing CPU cost shows as first ≠ last. --quick: 100 targets for 60 s.
 */
int benchSoak(const SoakOptions &options, FILE *out, FILE *err);

} // namespace ea::cli
