// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <cstdio>

namespace ea::cli {

/**
 * `edgeatlas bench probe [SCENARIO] [--quick]`: the prober against the loopback simulator with known
 * injected delays (median |measured − injected| of first byte and first token, next to the curl command
 * line's own time_starttransfer on the same targets), then 1,000 targets at a 1 s interval (60 s, 10 s
 * with --quick): CPU of the prober thread, missed intervals, failures.
 */
int benchProbe(const QString &scenarioFile, bool quick, FILE *out, FILE *err);

} // namespace ea::cli
