// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdio>

namespace ea::cli {

/**
 * `edgeatlas bench calibrate [--quick]`: the cost of `rtt --calibrate` on 1,000,000 measured pairs (100,000
 * with
 * --quick): synthetic pairs (random endpoints, the shipped model's RTT with ±25 % log-normal noise, fixed
 * seed) written as CSV, then read and fitted as the command does. Prints rows, read, fit and total seconds
 * and peak RSS.
 */
int benchCalibrate(bool quick, FILE *out, FILE *err);

} // namespace ea::cli
