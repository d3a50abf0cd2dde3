// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/resilience.h"
#include "widgets/map/maplayer.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>

#include <array>
#include <vector>

namespace ea {

/** What the map shows of an N+1 check: each site's damage, and the failure picked in its list. */
struct DamageOverlay
{
    std::vector<SiteDamage> damage; // by node index (empty: not checked)
    QList<int> failedNodes;         // the picked failure's nodes
    QList<int> affectedRegions;     // the demand regions it affects
};

/**
 * N+1 damage: every site coloured by what its loss does to the plan (DamageBucket: no change, cost only,
 * a small or large attainment drop, an SLO broken), larger and drawn last as the damage grows so the
 * harmful sites stand out among thousands; a legend with each bucket's count in the top left. The
 * failure picked in the resilience list gets a ring, and the demand regions it affects an outline. While
 * the timeline shows an hour (sites coloured by that hour's load) only the picked failure is drawn.
 */
class DamageLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::DamageLayer)
public:
    static constexpr const char *Id = "damage";
    enum Bucket { NoChange, CostOnly, SmallDrop, LargeDrop, BreaksSlo, BucketCount };
    /** Attainment drops (percentage points) at or above which a drop counts as large. */
    static constexpr double LargeDropPct = 5.0;

    static Bucket bucket(const SiteDamage &d);
    static QString bucketLabel(Bucket b);
    static QColor bucketColour(Bucket b);
    /**
     * The tool-tip lines of a site under an N+1 check (MapToolTip::node): its failure, the damage bucket,
     * the worst attainment drop and whose, the regions affected, the unserved demand and the extra cost of
     * the spill; empty without a check or for a site not checked.
     */
    static QString nodeLines(int node, const MapContext &context);
    /** A cluster's line: the site among `nodes` whose loss does the most damage, and its bucket. */
    static QString clusterLine(const QList<int> &nodes, const MapContext &context);
    /** The number of sites in each bucket (of evaluated sites). */
    static std::array<int, BucketCount> counts(const std::vector<SiteDamage> &damage);

    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("Failure damage (N+1)"); }
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    /** The overlay, the content and the palette: without a check it draws nothing, and is cached so. */
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
};

/**
 * What the active what-if conditions do to the plan (PlanSnapshot::whatIf): for the selected workload,
 * every region served elsewhere under the conditions gets its old route faint and its new one dashed;
 * regions that lost their SLO (for the selected workload, else for any) get a red ring.
 */
class WhatIfLayer : public MapLayer
{
    Q_DECLARE_TR_FUNCTIONS(ea::WhatIfLayer)
public:
    static constexpr const char *Id = "whatif";
    QString id() const override { return QString::fromLatin1(Id); }
    QString title() const override { return tr("What-if changes"); }
    /**
     * The tool-tip lines of a demand region (and of its route) under the active what-if conditions, for
     * the selected workload: moved from which site to which, the latency at the SLO percentile before →
     * after, the SLO lost; empty when the conditions do not change the region.
     */
    static QString regionLines(int region, const MapContext &context);
    void paint(QPainter &painter, const MapViewport &viewport, const MapContext &context) const override;
    /** The what-if plan, the outcome, the pick and the palette: without conditions it draws nothing. */
    size_t cacheKey(const MapViewport &viewport, const MapContext &context) const override;
};

} // namespace ea
