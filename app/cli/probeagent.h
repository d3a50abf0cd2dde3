// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitortargets.h"

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
    Vantage vantage;          // where the agent stands: the start of the routes its alarms judge
    QString vantageLabel;     // for the start line ("" = none: the targets carry no prediction)
};

/**
 * `edgeatlas probe ... --serve HOST:PORT`: probes the targets continuously and serves Prometheus metrics
 * (GET /metrics, text format 0.0.4) and GET /health until interrupted or for durationS. The Monitor's alarm
 * rules (engine/monitor: faults, the model's band, the SLO) judge every target as in the GUI; each alarm is
 * printed as a line "alarm TIME TARGET KIND MESSAGE" and the alarms are metrics too (AlarmMetrics). Targets
 * with a prediction come from a scenario (nodeTarget()); URLs have faults only. Exit codes as every command:
 * 0 after a clean stop, 1 when it cannot listen or probe, 2 for bad usage.
 */
int serveProbeAgent(const std::vector<MonitorTarget> &targets, const ProbeSettings &settings,
                    const ProbeAgentOptions &options, FILE *out, FILE *err);

} // namespace ea::cli
