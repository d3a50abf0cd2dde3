// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QColor>
#include <QPainterPath>
#include <QPointF>

class QPainter;

namespace ea {

/**
 * The symbol of each tier (edge: circle, regional: square, central: diamond, on-prem: triangle),
 * shared by the nodes layer and the legend so they always agree.
 */
namespace NodeSymbol {

/** Radius in logical pixels: grows with the log of the GPU count, a little with the zoom. */
double radius(int gpuCount, double scale);
/** Radius of a cluster symbol of count nodes whose largest member has memberRadius. */
double clusterRadius(int count, double memberRadius);
/** The outline of the symbol centred on (0, 0), about as large in area as a circle of radius r. */
QPainterPath path(Tier tier, double r);
/** Fills and outlines a symbol at a point. */
void draw(QPainter &painter, Tier tier, const QPointF &centre, double r, const QColor &fill,
          const QColor &outline, double outlineWidth = 1.0);
/** A cluster: the symbol, larger, with the count in it. */
void drawCluster(QPainter &painter, Tier tier, const QPointF &centre, double r, int count, const QColor &fill,
                 const QColor &outline, const QColor &text);
/** "7", "312", "1.2k". */
QString countLabel(int count);

} // namespace NodeSymbol
} // namespace ea
