// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitortargets.h"
#include "engine/probe/prometheus.h"

#include <QHash>
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
    QString vantageName;     // --vantage: the label value vantage="…" ("" with no place: no vantage labels)
    bool placed = false;     // vantage is a place (--scenario): vantage_lat/vantage_lon (and vantage_region)
    QString vantageRegionId; // the demand region the agent stands in ("" = a place given by lat/lon)
    QHash<QString, QString> nodeOfTarget; // target id → scenario node id, exported as node="…"
};

/**
 * The labels an agent puts on every series: vantage="NAME", and where it stands when placed:
 * vantage_lat, vantage_lon (degrees, 4 decimals) and vantage_region (a demand region id, when it stands in
 * one). Empty when the agent has neither a name nor a place. engine/monitor/fleetreader.h reads them back.
 */
PromLabels vantageLabels(const ProbeAgentOptions &options);

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
