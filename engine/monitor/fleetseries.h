// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/fleetreader.h"

#include <QString>

#include <atomic>
#include <utility>
#include <vector>

namespace ea {

/**
 * The measured request RTT of a pick of the fleet over time: the median and the chosen percentile of every
 * route the pick holds (a vantage, a node, both: one route, or neither: the whole fleet), their histograms
 * pooled, over the statistics window (Prometheus query_range). Times in ms since the Unix epoch; a step
 * without samples is left out (a gap).
 */
struct FleetSeries
{
    enum class Status { Ok, Empty, Failed };
    Status status = Status::Failed;
    QString error; // one line when not Ok
    QString vantage, nodeId;
    double percentile = 0.95;
    qint64 fromMs = 0, toMs = 0;
    double stepS = 5;
    std::vector<std::pair<qint64, double>> p50, upper;
    bool ok() const { return status == Status::Ok; }
};

/** The step of a window's series (about 60 points, >= 1 s) and the rate range of each point (>= 30 s). */
double fleetSeriesStepS(qint64 windowS);
/** The PromQL of the pick's quantile q over time (empty vantage or node: any). */
QString fleetSeriesQuery(const FleetQuery &query, const QString &vantage, const QString &nodeId, double q);
/** Reads the pick's series at nowMs (two range queries; synchronous: off the GUI thread). */
FleetSeries readFleetSeries(const FleetQuery &query, const QString &vantage, const QString &nodeId,
                            qint64 nowMs, const std::atomic<bool> *cancel = nullptr);

} // namespace ea
