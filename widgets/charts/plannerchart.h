// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/charts/chartinputs.h"
#include "widgets/charts/chartstyle.h"

#include <QList>
#include <QPointF>
#include <QWidget>

class QAbstractAxis;
class QAbstractBarSeries;
class QAbstractSeries;
class QChart;
class QChartView;
class QLabel;
class QLineSeries;
class QLogValueAxis;
class QValueAxis;
class QGraphicsSimpleTextItem;
class QBarSet;
class QXYSeries;

namespace ea {

/**
 * One planner chart: a QChartView with a caption below it. Subclasses create their series once and,
 * on each setInputs(), replace the series' values (never clear-and-append, never animate) so an update
 * stays in the low milliseconds.
 */
class PlannerChart : public QWidget
{
    Q_OBJECT
public:
    explicit PlannerChart(QWidget *parent = nullptr);

    /** New plan, alternatives or selection: the chart shows exactly these engine values. */
    virtual void setInputs(const PlannerChartInputs &inputs) = 0;
    void setChartStyle(const ChartStyle &style);
    const ChartStyle &chartStyle() const { return m_style; }

    QChart *chart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    /** The line under the chart (what is shown, what is missing). */
    QString caption() const;

    /** The tool-tip for the mouse at pos (chart coordinates); empty where there is nothing. */
    virtual QString toolTipAt(const QPointF &pos) const = 0;
    /** A click at pos (chart coordinates); true when it hit something. */
    virtual bool clickAt(const QPointF &pos) { return false; }
    /** Where a value of series is drawn, in chart coordinates. */
    QPointF positionOf(const QPointF &value, QAbstractSeries *series) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    /** The point of series nearest to pos and within radius (pixels), or -1. */
    int pointAt(const QXYSeries *series, const QPointF &pos, double radius) const;
    /**
     * The bar under pos of a stacked bar series: its category index and the set whose segment holds pos
     * (-1 when pos is in the category's row or column but beyond the bars). False outside every bar slot.
     */
    bool barAt(QAbstractBarSeries *series, const QPointF &pos, bool horizontal, int *index, int *set) const;
    /** Colours of the subclass's own series; called after the chart-wide style was applied. */
    virtual void applySeriesStyle() = 0;
    /** One entry of the legend under the chart: a coloured symbol (a character) and a label. */
    struct LegendEntry
    {
        QString symbol;
        QColor colour;
        QString label;
    };
    /** The legend, in the current style. (Qt Charts' own legend cannot wrap, so a narrow pane cut it.) */
    virtual QList<LegendEntry> legendEntries() const = 0;
    /** Rebuilds the legend from legendEntries() (done on every style change). */
    void updateLegend();
    void setCaption(const QString &text);
    /** The chart's title, plain text (Qt Charts would read it as HTML); set only when it changes. */
    void setTitle(const QString &text);
    /** Axis labels are HTML too: escape what came from the scenario. */
    static QString plain(const QString &text) { return text.toHtmlEscaped(); }
    /** 0 to a round number at or above top, ticks at round steps (about five). */
    static void setNiceRange(QValueAxis *axis, double top);

    /** A text next to a value of series (bar totals): right of it, or above it for Qt::AlignTop. */
    struct ValueLabel
    {
        QPointF value;
        QString text;
    };
    void setValueLabels(QAbstractSeries *series, const QList<ValueLabel> &labels, Qt::Alignment side);
    /** A tool-tip at the mouse, or none when text is empty. */
    void showToolTip(const QString &text);
    /** Adds a series to the chart and attaches it to both axes. */
    void addSeries(QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y);
    /** A dashed line for the budget; its points are set by the subclass. */
    QLineSeries *makeBudgetLine();
    void styleBudgetLine(QLineSeries *line) const;
    /** Replaces the points only when they differ (a replace re-lays the series out). */
    static void replacePoints(QXYSeries *series, const QList<QPointF> &points);
    /** A log axis from the decade at or below lo to the decade at or above hi (labels at each decade). */
    static void snapLogAxis(QLogValueAxis *axis, double lo, double hi);
    /** Replaces a bar set's values, keeping the set. */
    static void replaceValues(QBarSet *set, const QList<qreal> &values);

private:
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_caption = nullptr;
    QLabel *m_legend = nullptr;
    void placeValueLabels();
    QAbstractSeries *m_labelSeries = nullptr;
    QList<ValueLabel> m_labels;
    Qt::Alignment m_labelSide = Qt::AlignRight;
    QList<QGraphicsSimpleTextItem *> m_labelItems;
    QString m_toolTip;
    ChartStyle m_style = ChartStyle::light();
};

} // namespace ea
