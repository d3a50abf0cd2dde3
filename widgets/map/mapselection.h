// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QList>
#include <QSet>

/** The selection rules of the map, apart from the widget so they read (and test) in one place. */
namespace ea::MapSelection {

/** Sorted, without duplicates or indices the scenario does not have. */
QList<int> validNodes(QList<int> nodes, const MapContext &context);
/** The region, or −1 when the scenario does not have it. */
int validRegion(int region, const MapContext &context);
/** Drops selected nodes, region and workload that a new scenario no longer has. */
void dropStale(MapContext &context);
/**
 * The node selection after a click on a node or cluster: that node (or the cluster's nodes); with
 * add (Ctrl), added to the current selection, or a selected single node taken out of it.
 */
QList<int> afterNodeClick(const MapHit &hit, const QSet<int> &current, bool add);

} // namespace ea::MapSelection
