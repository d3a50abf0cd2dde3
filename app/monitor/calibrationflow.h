// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/calibration.h"
#include "engine/monitor/fleetsnapshot.h"

#include <QtGlobal>

class QWidget;

namespace ea {

class Document;
class MonitorSession;

/**
 * Fits the network model to what the Monitor measured from its vantage point in the last two hours
 * (engine/latency/calibration.h): every target that is a scenario node contributes its results.
 */
CalibrationResult calibrateFromSession(const Scenario &scenario, const MonitorSession &session,
                                       QStringList *skipped = nullptr);

/**
 * Monitor → Calibrate Model: reads what the session measured, fits the model as a job of the document's
 * runner (status bar, Cancel), then shows the error before and after (and held out) with the fitted values,
 * and on Apply replaces the scenario's network model through one undoable edit. Returns the job's id.
 */
quint64 runCalibration(QWidget *parent, Document *document, const MonitorSession &session);

/**
 * Fits the network model to every route of the fleet (the median request RTT each agent measured to each
 * node, from its own vantage): one sample per route, so every vantage gets its access latency and every zone
 * pair the routes cover its inflation.
 */
CalibrationResult calibrateFromFleet(const Scenario &scenario, const FleetSnapshot &fleet,
                                     QStringList *skipped = nullptr);

/** Monitor → fleet mode → Calibrate From Fleet: as runCalibration(), from the fleet's routes. */
quint64 runFleetCalibration(QWidget *parent, Document *document, FleetSnapshotPtr fleet);

} // namespace ea
