// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QColor>
#include <QString>

#include <vector>

class QBarCategoryAxis;
class QBoxPlotSeries;
class QValueAxis;

namespace ea {

/** One box of a trial chart: the spread of a measured figure over the samples of one configuration. */
struct TrialBox
{
    QString category;                    // "A", "B"
    QString toolTip;                     // what the box is (the configuration)
    double p10 = 0, median = 0, p90 = 0; // the box and its line
    double low = 0, high = 0;            // whiskers (p10 and p90 too when outliers would squash the box)
    double min = 0, max = 0;             // of all samples, for the tool-tip
    QColor colour;
};

/**
 * A vertical box plot of one figure (latency per token, tokens/s, % of roofline) for the configurations
 * of a side-by-side trial: the box spans p10 to p90, the whiskers low to high, the line is the median,
 * which is also written under each box; the tool-tip adds min and max. The value axis starts at 0 so
 * ratios read true.
 */
class TrialBoxChart : public QChartView
{
    Q_OBJECT
public:
    TrialBoxChart(const QString &title, const QString &unit, QWidget *parent = nullptr);

    void setBoxes(const std::vector<TrialBox> &boxes);
    const std::vector<TrialBox> &boxes() const { return m_boxes; }
    QBoxPlotSeries *series() const { return m_series; }
    QValueAxis *valueAxis() const { return m_y; }
    QBarCategoryAxis *categoryAxis() const { return m_x; }

    /** "12.3" with the significant digits the chart labels use. */
    static QString format(double v);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyStyle();
    /** The tool-tip of a box: what it is, its median, p10–p90 and min–max. */
    QString boxText(const TrialBox &b) const;
    /** The accessible description: each box's median and spread, for a screen reader. */
    void updateDescription();

    QString m_unit;
    std::vector<TrialBox> m_boxes;
    QBoxPlotSeries *m_series = nullptr;
    QBarCategoryAxis *m_x = nullptr;
    QValueAxis *m_y = nullptr;
};

} // namespace ea
