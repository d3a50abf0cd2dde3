// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mapselection.h"

#include <algorithm>

namespace ea::MapSelection {

QList<int> validNodes(QList<int> nodes, const MapContext &context)
{
    const size_t count = context.scenario() ? context.scenario()->nodes.size() : 0;
    nodes.removeIf([count](int n) { return n < 0 || size_t(n) >= count; });
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    return nodes;
}

int validRegion(int region, const MapContext &context)
{
    const size_t count = context.scenario() ? context.scenario()->regions.size() : 0;
    return region >= 0 && size_t(region) < count ? region : -1;
}

void dropStale(MapContext &context)
{
    const QList<int> nodes = validNodes(context.selectedNodes.values(), context);
    context.selectedNodes = QSet<int>(nodes.begin(), nodes.end());
    context.selectedRegion = validRegion(context.selectedRegion, context);
    const size_t workloads = context.scenario() ? context.scenario()->workloads.size() : 0;
    if (context.selectedWorkload < 0 || size_t(context.selectedWorkload) >= workloads)
        context.selectedWorkload = -1;
}

QList<int> afterNodeClick(const MapHit &hit, const QSet<int> &current, bool add)
{
    QList<int> nodes = hit.isCluster() ? hit.members : QList<int>{hit.index};
    if (!add)
        return nodes;
    for (int n : current) {
        if (!hit.isCluster() && n == hit.index)
            nodes.removeAll(n); // Ctrl+click on a selected node deselects it
        else
            nodes.append(n);
    }
    return nodes;
}

} // namespace ea::MapSelection
