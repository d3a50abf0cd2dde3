// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/planselection.h"

#include <algorithm>

namespace ea {

PlanSelection::PlanSelection(QObject *parent) : QObject(parent) {}

void PlanSelection::setWorkload(int workload)
{
    if (workload < 0 || workload >= m_workloads)
        workload = -1;
    if (workload == m_workload)
        return;
    m_workload = workload;
    emit workloadChanged(workload);
}

void PlanSelection::setRegion(int region)
{
    if (region < 0 || region >= m_regions)
        region = -1;
    if (region == m_region)
        return;
    m_region = region;
    emit regionChanged(region);
}

void PlanSelection::setNodes(QList<int> nodes)
{
    nodes.removeIf([this](int n) { return n < 0 || n >= m_nodeCount; });
    std::sort(nodes.begin(), nodes.end());
    nodes.erase(std::unique(nodes.begin(), nodes.end()), nodes.end());
    if (nodes == m_nodes)
        return;
    m_nodes = nodes;
    emit nodesChanged(m_nodes);
}

void PlanSelection::setCounts(int workloads, int regions, int nodes)
{
    m_workloads = workloads;
    m_regions = regions;
    m_nodeCount = nodes;
    // An edit that removed the last workload leaves the pick on the one now last.
    setWorkload(std::min(m_workload, workloads - 1));
    setRegion(m_region);
    setNodes(m_nodes);
}

void PlanSelection::clear()
{
    setWorkload(-1);
    setRegion(-1);
    setNodes({});
}

} // namespace ea
