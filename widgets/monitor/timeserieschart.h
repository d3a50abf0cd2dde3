// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitortarget.h"
#include "widgets/charts/chartstyle.h"

#include <QWidget>

class QAreaSeries;
class QChart;
class QChartView;
class QDateTimeAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace ea {

/**
 * The time series of one target: the measured request RTT and TTFT of every probe as points, their
 * rolling p50–p95 bands (over the last RollingSamples successful probes) as areas, the model's RTT with
 * its prediction band as lines, and the SLO budget. Series values are replaced on each update (never
 * cleared and appended). At most MaxPoints of the newest probes are drawn.
 */
class TimeSeriesChart : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RollingSamples = 20;
    static constexpr int MaxPoints = 1500;

    explicit TimeSeriesChart(QWidget *parent = nullptr);

    /** Shows a target's results (oldest first) over [fromMs, toMs]; no target: an empty chart. */
    void setData(const MonitorTarget *target, const std::vector<ProbeResult> &results, qint64 fromMs,
                 qint64 toMs);

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    QScatterSeries *rttPoints() const { return m_rttPoints; }
    QScatterSeries *ttftPoints() const { return m_ttftPoints; }
    QAreaSeries *rttBand() const { return m_rttBand; }
    QAreaSeries *ttftBand() const { return m_ttftBand; }
    QLineSeries *modelLine() const { return m_model; }
    QLineSeries *budgetLine() const { return m_budget; }

private:
    QLineSeries *line(const QString &name, const QColor &colour, Qt::PenStyle style, double width);
    QAreaSeries *band(const QString &name, const QColor &colour, QLineSeries **upper, QLineSeries **lower);

    ChartStyle m_style = ChartStyle::light();
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
    QScatterSeries *m_rttPoints = nullptr, *m_ttftPoints = nullptr;
    QLineSeries *m_rttP50 = nullptr, *m_rttP95 = nullptr, *m_ttftP50 = nullptr, *m_ttftP95 = nullptr;
    QAreaSeries *m_rttBand = nullptr, *m_ttftBand = nullptr;
    QLineSeries *m_model = nullptr, *m_modelLow = nullptr, *m_modelHigh = nullptr, *m_budget = nullptr;
};

} // namespace ea
