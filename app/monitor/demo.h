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
};

/** Takes `--simulate` out of the arguments (so the rest reads as before) and says whether it was there. */
DemoRequest takeDemoArguments(QStringList &args);

/**
 * Starts the simulated deployment on the Monitor page inside window (found as its child); false with a
 * reason when the window has no Monitor page or the simulation cannot start.
 */
bool startDemo(QWidget *window, const DemoRequest &request, QString *error = nullptr);

} // namespace ea
