// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

namespace ea::cli {

/**
 * `edgeatlas bench monitor [--quick]`: the Monitor mode's page (window offscreen) probing a simulated
 * deployment with 50 streaming targets every 20 ms (2,500 results a second) for 10 s (3 s with --quick),
 * while a 10 ms timer measures how often the GUI thread gets round to it: results received, the longest gap
 * between ticks and the GUI thread's CPU share. A responsiveness figure, not a test bound (it depends on
 * the machine and its load).
 */
int benchMonitor(bool quick, FILE *out, FILE *err);

} // namespace ea::cli
