// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QTableView;
class QWidget;

namespace ea {

/**
 * A table of the Monitor (targets, alarms, fleet routes): whole rows selected one at a time, alternating
 * rows, no row numbers, one text line per row; its name and description for screen readers and the tool-tip.
 */
QTableView *makeMonitorTable(QWidget *parent, const QString &name, const QString &description);

} // namespace ea
