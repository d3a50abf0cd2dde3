// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QWidget;

namespace ea {

/**
 * `edgeatlas --simulate [SCENARIO]`: open the GUI with the Monitor's simulated deployment running at once;
 * the window still opens in the Plan mode.
 */
struct DemoRequest
{
    bool simulate = false;
    int nodes = 24;
    /** `--simulate-fleet N`: N probe agents on loopback read through a real Prometheus (0: none). */
    int fleet = 0;
    /** The edgeatlas program the fleet's agents and simulators run (default: this one). */
    QString program;
};

/** The most agents `--simulate-fleet` starts. */
inline constexpr int MaxSimulatedFleet = 64;

/**
 * Takes `--simulate` and `--simulate-fleet N` (or `=N`) out of the arguments (so the rest reads as before)
 * and says what was there.
 */
DemoRequest takeDemoArguments(QStringList &args);

/**
 * Starts the simulated deployment on the Monitor page inside window (found as its child); false with a
 * reason when the window has no Monitor page or the simulation cannot start. With `fleet`, starts the
 * simulated fleet (FleetDemo, owned by the Monitor page: stopped with it) and, once Prometheus answers,
 * shows the Monitor in fleet mode, labelled as a simulation.
 */
bool startDemo(QWidget *window, const DemoRequest &request, QString *error = nullptr);

} // namespace ea
