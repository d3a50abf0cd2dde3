// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QString>

#include <cstdio>
#include <memory>

namespace ea::cli {

/**
 * The GUI half of `edgeatlas bench fleet`: the Monitor page (offscreen) connected in fleet mode to the
 * stand-in Prometheus at url, refreshed `refreshes` times: per refresh the worker's time (query, join,
 * alarms, summary: off the GUI thread), the GUI thread's time taking the reading in (table, alarm log, map
 * state), the map's paint of every route (first, with the arcs projected, and later ones), and the longest
 * the GUI thread was busy in one go meanwhile (the gap of a 5 ms timer).
 */
int benchFleetGui(std::shared_ptr<const Scenario> scenario, const QString &url, int refreshes, FILE *out,
                  FILE *err);

} // namespace ea::cli
