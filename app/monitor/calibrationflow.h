// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/calibration.h"

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

} // namespace ea
