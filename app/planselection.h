// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QList>
#include <QObject>

namespace ea {

/**
 * What the user has picked, shared by every mode (DESIGN.md: one selection model): the current workload
 * (board, table, charts, the Plan map's routes), the demand region and the nodes picked on a map (the
 * Monitor's target follows its node). Indices into the document's scenario; the document keeps them
 * valid (cleared for another scenario, dropped when an edit removes what they point at). GUI thread only.
 */
class PlanSelection : public QObject
{
    Q_OBJECT
public:
    explicit PlanSelection(QObject *parent = nullptr);

    int workload() const { return m_workload; }
    int region() const { return m_region; }
    const QList<int> &nodes() const { return m_nodes; }

    /** -1 for none; an index the scenario does not have counts as none. */
    void setWorkload(int workload);
    void setRegion(int region);
    /** Sorted, without duplicates or indices the scenario does not have. */
    void setNodes(QList<int> nodes);

    /** Bounds for the setters (the document calls this when the content changes); drops what is out. */
    void setCounts(int workloads, int regions, int nodes);
    /** Clears everything (another scenario). */
    void clear();

signals:
    void workloadChanged(int workload);
    void regionChanged(int region);
    void nodesChanged(const QList<int> &nodes);

private:
    int m_workloads = 0, m_regions = 0, m_nodeCount = 0;
    int m_workload = -1;
    int m_region = -1;
    QList<int> m_nodes;
};

} // namespace ea
