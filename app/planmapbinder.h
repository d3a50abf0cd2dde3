// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QObject>

class QItemSelectionModel;
class QMenu;
class QSortFilterProxyModel;
class QWidget;

namespace ea {

class Document;
class MapWidget;

/**
 * Keeps the map of the Plan mode in step with the document and the workload table: scenario, plan
 * outcome and evaluator go to the map; the workload picked in the table shows its routes on the map;
 * a region picked on the map shows its RTT to every node. Also fills the View menu of the map and runs
 * File → Export Map. Owns nothing but connections.
 */
class PlanMapBinder : public QObject
{
    Q_OBJECT
public:
    PlanMapBinder(Document *document, MapWidget *map, QItemSelectionModel *tableSelection,
                  QSortFilterProxyModel *proxy, QObject *parent = nullptr);

    /** Projection, palette, coverage tier, fit and zoom actions. */
    void fillViewMenu(QMenu *view);
    /** Asks for a file and writes the current map view as PNG, SVG or PDF. */
    void exportMap(QWidget *dialogParent);

private:
    void onScenarioChanged();
    void onCurrentRowChanged();
    void showCoverage(Tier tier);

    Document *m_document;
    MapWidget *m_map;
    QItemSelectionModel *m_selection;
    QSortFilterProxyModel *m_proxy;
};

} // namespace ea
