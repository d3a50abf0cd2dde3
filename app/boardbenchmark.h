// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace ea {

/**
 * `edgeatlas bench board`: the time from dropping a card on the planner board to the updated card,
 * charts and map, on a real main window (offscreen) with the given scenario file or the default one.
 *
 * Once the window is at rest (the first plan evaluated with its alternatives), every workload is dropped
 * onto every other tier it may use, then the move is undone. A run is timed
 * from the drop event to the moment the re-evaluated plan has reached every view and board, charts and
 * map have been repainted synchronously (QWidget::repaint). Figures (ms, medians unless named max):
 *  - drop_to_updated_views: the whole path;
 *  - drop_to_updated_views_max;
 *  - reevaluation: the engine's share (Document::lastEvaluationMs, worker thread);
 *  - views_update: the GUI thread's share after the evaluation arrived (models, board, charts, map,
 *    repaint).
 * Needs a QApplication. Returns an empty list and sets error when the scenario cannot be loaded.
 */
QList<QPair<QString, double>> runBoardBenchmark(const QString &scenarioFile, bool quick, QString *error);

} // namespace ea
