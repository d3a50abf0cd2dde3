// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"
#include "widgets/map/routechunks.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainterPath>
#include <QPolygonF>

#include <array>
#include <optional>
#include <unordered_map>
#include <vector>

namespace ea {

/**
 * Great-circle routes. For the selected workload, every demand region to its serving node, coloured by
 * the region's latency at the SLO percentile against the workload's budget (within, within 1.25×,
 * beyond) and as wide as the region's share of the traffic. For the selected demand region, thin
 * dashed arcs to the best node of each tier, with their modeled RTTs in a box beside the region.
 * Arcs are built once per plan and projection in world coordinates (RouteChunks), then only transformed.
 */
class RoutesLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::RoutesLayer)
public:
    static constexpr const char *Id = "routes";
    static constexpr double NearBudgetFactor = 1.25;
    static constexpr int WidthClasses = 4;
    enum class Standing { Within = 0, Near = 1, Beyond = 2 };

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Routes"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    MapHit hitTest(const QPointF &screen, const MapViewport &viewport, const MapContext &context,
                   double radiusPx) const override;
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
    /** Only the selected region's callout is text. */
    bool paintsOffThread(const MapContext &context) const override { return context.selectedRegion < 0; }
    void clearCaches() const override;

    static Standing standing(double latencyMs, double budgetMs);
    static double widthPx(int widthClass);
    /** The region's share (0..1) of the workload's traffic, by demand weight. */
    static double trafficShare(const Scenario &scenario, int region);
    /** The best node of each tier for a region (−1 where the tier has none), from the evaluator. */
    static std::array<int, TierCount> bestNodePerTier(const Evaluator &evaluator, int region);

private:
    /** A hash of what the layer draws: the selected workload's routing (region → node, standing), the
     * selected region's arcs and the content they are drawn on. */
    size_t drawnKey(const MapContext &ctx) const;
    struct Route
    {
        int region = -1;
        int node = -1;
        Standing standing = Standing::Within;
        int widthClass = 0;
        const std::vector<QPolygonF> *world = nullptr; // parts, split at the antimeridian (in m_arcCache)
    };
    struct RegionArc
    {
        Tier tier;
        int node;
        double rttMs;
        std::vector<QPolygonF> world;
    };
    void prepare(const MapViewport &vp, const MapContext &ctx) const;
    void buildHitGrid(const MapViewport &vp) const;
    void paintRegionCallout(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const;

    mutable PlanOutcomePtr m_outcome;
    mutable std::shared_ptr<const Scenario> m_scenario;
    mutable std::shared_ptr<const Evaluator> m_evaluator;
    mutable size_t m_key = 0;           // drawnKey() of what m_routes and m_regionArcs hold
    mutable PlanOutcomePtr m_routingOf; // the outcome and workload m_routing hashes
    mutable int m_routingWorkload = -1;
    mutable size_t m_routing = 0;
    mutable int m_workload = -2, m_region = -2, m_projection = -1;
    mutable std::vector<Route> m_routes;
    mutable RouteChunks m_chunks; // the arcs in world coordinates, by standing × width class
    mutable std::vector<RegionArc> m_regionArcs;
    // Projected arcs by their end points, kept across outcomes and scenario copies for one projection:
    // moving a workload back and forth, undo and redo find their routes here. Bounded (cleared when full).
    // (region << 32 | node) → projected arc; node-based, so the routes may point into it
    mutable std::unordered_map<quint64, std::vector<QPolygonF>> m_arcCache;
    mutable int m_arcProjection = -1;
    // Hit-testing: route segments in screen space, bucketed in a grid, per viewport.
    mutable std::optional<MapViewport> m_hitViewport;
    mutable double m_hitCell = 24;
    mutable int m_hitColumns = 0, m_hitRows = 0;
    mutable std::vector<QLineF> m_segments;
    mutable std::vector<int> m_segmentRoute;
    mutable std::vector<std::vector<int>> m_cells;
};

} // namespace ea
