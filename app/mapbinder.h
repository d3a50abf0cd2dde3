// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/plansnapshot.h"

#include <QFlags>
#include <QObject>
#include <QPointer>

class QMenu;
class QWidget;

namespace ea {

class Document;
class MapWidget;

/**
 * Keeps a map in step with the document: every plan snapshot goes to it, and the picks follow the shared
 * selection both ways (the Plan and the Monitor maps use one binder each, so the two stay alike). Runs the
 * map's coverage field requests as jobs of the document's runner (progress and Cancel in the status bar),
 * again whenever the evaluator changes. Also fills a View menu for the map and runs File → Export Map.
 */
class MapBinder : public QObject
{
    Q_OBJECT
public:
    /** What the map shows of the selection. */
    enum Pick { Workload = 0x1, Region = 0x2, Nodes = 0x4 };
    Q_DECLARE_FLAGS(Picks, Pick)
    static constexpr char CoverageLane[] = "coverage";

    /** Give the map as parent, so that the binder goes with it. */
    MapBinder(Document *document, MapWidget *map, Picks picks, QObject *parent = nullptr);
    /** Cancels the coverage job in flight (without waiting for it). */
    ~MapBinder() override;

    MapWidget *map() const { return m_map; }
    /** Projection, palette, coverage tier, fit and zoom actions. */
    void fillViewMenu(QMenu *view);
    /** Asks for a file and writes the current map view as PNG, SVG or PDF. */
    void exportMap(QWidget *dialogParent);

private:
    void onSnapshot(const PlanSnapshotPtr &snapshot);
    void onScenarioChanged();
    void computeCoverage(Tier tier, double stepDeg);
    void showCoverage(Tier tier);

    QPointer<Document> m_document; // may go first when the window closes
    MapWidget *m_map;
    Picks m_picks;
    quint64 m_coverageJob = 0;
};

} // namespace ea

// At global scope: declared inside namespace ea it would hide Qt's own operator| (Qt::CTRL | Qt::Key_T).
Q_DECLARE_OPERATORS_FOR_FLAGS(ea::MapBinder::Picks)
