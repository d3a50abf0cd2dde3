// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace ea::cli {

/**
 * `edgeatlas bench fleet [SCENARIO] [--quick]`: one refresh of a fleet of 50 vantages × 200 nodes (10,000
 * routes; --quick: 10 × 100) as `edgeatlas fleet` and the Monitor's fleet mode do it: FleetReader::read()
 * against a stand-in Prometheus on loopback that answers each query with one series per route (as a real
 * server's answer for that many routes, JSON parsed by PrometheusClient), the join to the model from every
 * vantage, and FleetAlarms::update(). Prints the answer size, the median of 5 reads and of the alarm pass,
 * in ms. A real Prometheus' own query time is not in it.
 */
int benchFleet(const QString &scenarioFile, bool quick, FILE *out, FILE *err);

} // namespace ea::cli
