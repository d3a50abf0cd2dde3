// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"
#include "widgets/map/mapsprites.h"
#include "widgets/map/screengrid.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace ea {

/**
 * Inference nodes: one symbol per tier (NodeSymbol), sized by GPU count. Coloured by the modeled RTT
 * from the selected demand region; with no region selected, by measured RTT where known, else by tier.
 * While a workload is selected, the nodes that do not serve it are faded.
 * Below ClusterBelowScale, nodes of one tier falling into the same world-anchored grid cell of
 * ClusterCellPx are drawn as one cluster with its count (anchored to the world, so clusters stay put
 * while panning). Hit-testing goes through a screen grid built once per viewport.
 */
class NodesLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::NodesLayer)
public:
    static constexpr const char *Id = "nodes";
    static constexpr double ClusterCellPx = 44.0;
    static constexpr double ClusterBelowScale = 24.0;
    static constexpr int MaxLabels = 12;

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Nodes"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                   double radiusPx) const override;
    void clearCaches() const override;

    /** Nodes drawn with their centre (or their cluster's) inside a screen rectangle. */
    QList<int> nodesIn(const QRectF &screenRect, const MapViewport &viewport,
                       const MapContext &context) const;
    /** Modeled network RTT (ms) from the selected region to a node, if a region and evaluator are set. */
    std::optional<double> modeledRttMs(int node, const MapContext &context) const;

private:
    struct Cluster
    {
        QPointF world;
        Tier tier = Tier::Edge;
        float radius = 3;
        std::vector<int> members;
    };
    enum class Colouring { ByTier, Modeled, Measured };

    void prepare(const MapViewport &vp, const MapContext &ctx) const;
    void ensureRtt(const MapContext &ctx) const;
    void ensureServing(const MapContext &ctx) const;
    static Colouring colouring(const MapContext &ctx);
    /** LUT index of the cluster's best latency, or -1 for its tier colour. */
    int latencyIndex(const Cluster &c, Colouring mode, const MapContext &ctx) const;

    // Per scenario and projection: world position of every node.
    mutable std::shared_ptr<const Scenario> m_scenario; // held, so its address is not reused
    mutable int m_projection = -1;
    mutable std::vector<QPointF> m_world;
    // Per zoom: the clusters, in draw order (edge, on-prem, regional, central).
    mutable double m_clusterZoom = -1;
    mutable std::vector<Cluster> m_clusters;
    mutable quint64 m_clusterStamp = 0;
    // Per viewport: screen positions and the hit-test grid.
    mutable std::optional<MapViewport> m_drawnViewport;
    mutable quint64 m_drawnStamp = 0;
    mutable std::vector<QPointF> m_screen;
    mutable std::vector<float> m_radius;
    mutable ScreenGrid m_grid;
    // Nodes serving the selected workload (empty: none selected, nothing faded).
    mutable PlanOutcomePtr m_servingOutcome;
    mutable int m_servingWorkload = -2;
    mutable std::vector<bool> m_serving;
    // Modeled RTT per node from the selected region.
    mutable std::shared_ptr<const Evaluator> m_rttEvaluator;
    mutable int m_rttRegion = -1;
    mutable std::vector<float> m_rtt;
    mutable MapSprites m_sprites;
};

} // namespace ea
