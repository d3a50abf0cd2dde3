// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QCoreApplication>
#include <QString>

namespace ea {

/** The rich-text tool-tip for what lies under the pointer: a node or cluster, a demand region, a route. */
class MapToolTip
{
    Q_DECLARE_TR_FUNCTIONS(ea::MapToolTip)
public:
    static QString text(const MapHit &hit, const MapContext &context);

private:
    static QString node(int node, const MapContext &ctx);
    static QString cluster(const QList<int> &nodes, const MapContext &ctx);
    static QString region(int region, const MapContext &ctx);
    static QString route(int region, const MapContext &ctx);
    static QString standingText(double latencyMs, double budgetMs);
};

} // namespace ea
