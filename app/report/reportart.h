// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/reportdata.h"

#include <QImage>
#include <QRectF>

#include <array>
#include <memory>

class QPainter;
class QWidget;

namespace ea {

class MapRenderer;
class PlannerChart;

/**
 * The report's pictures, painted by the application's own views: the map by MapRenderer (vectors on a
 * PDF painter) and the planner's charts by their widgets, never screenshots. GUI thread only.
 */
class ReportArt
{
public:
    enum Chart { CostLatency, TierCost, Latency, Regions, Day, ChartCount };
    /** The size the chart widgets are laid out at (logical pixels); they are scaled to fit a page. */
    static constexpr int ChartWidth = 720, ChartHeight = 430;

    explicit ReportArt(const ReportData &data);
    ~ReportArt();

    /** The world map of the plan; with a workload, its routes (coloured against its budget). */
    void paintMap(QPainter &p, const QRectF &rect, int workload = -1);
    /** A chart scaled to fit rect, keeping its proportions (centred). */
    void paintChart(QPainter &p, const QRectF &rect, Chart chart);
    /** The chart's caption (what it shows, what is missing). */
    QString caption(Chart chart);
    /** The day chart (DayChart) in words: its peak and worst hours. */
    static QString dayCaption(const ReportData &data);

    QImage mapImage(QSize size, int workload, qreal dpr = 2.0);
    QImage chartImage(Chart chart, qreal dpr = 2.0);

private:
    PlannerChart *chart(Chart c);

    const ReportData &m_d;
    std::unique_ptr<MapRenderer> m_renderer;
    std::array<std::unique_ptr<PlannerChart>, ChartCount> m_charts;
};

} // namespace ea
