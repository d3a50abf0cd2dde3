// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <QString>

#include <cstdio>
#include <vector>

namespace ea::cli {

struct ProbeAgentOptions
{
    QString listen;           // HOST:PORT
    bool allowRemote = false; // bind a non-loopback address
    double durationS = 0;     // 0: until SIGINT/SIGTERM
    QString historyFile;      // "" = none; else every result is also stored in this SQLite history
};

/**
 * `edgeatlas probe ... --serve HOST:PORT`: probes the targets continuously and serves Prometheus metrics
 * (GET /metrics, text format 0.0.4) and GET /health until interrupted or for durationS. Exit codes as
 * every command: 0 after a clean stop, 1 when it cannot listen or probe, 2 for bad usage.
 */
int serveProbeAgent(const std::vector<ProbeTarget> &targets, const ProbeSettings &settings,
                    const ProbeAgentOptions &options, FILE *out, FILE *err);

} // namespace ea::cli
