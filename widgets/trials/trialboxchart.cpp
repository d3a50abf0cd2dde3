// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/trials/trialboxchart.h"

#include "widgets/charts/chartstyle.h"

#include <QBarCategoryAxis>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QLocale>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ea {

TrialBoxChart::TrialBoxChart(const QString &title, const QString &unit, QWidget *parent)
    : QChartView(parent), m_unit(unit)
{
    auto *chart = new QChart;
    //: Chart title: a figure and its unit, e.g. "Throughput (tokens/s)"
    const QString fullTitle = unit.isEmpty() ? title : tr("%1 (%2)").arg(title, unit);
    chart->setTitle(fullTitle);
    setAccessibleName(fullTitle);
    chart->legend()->hide();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    m_series = new QBoxPlotSeries;
    m_series->setBoxWidth(0.45);
    chart->addSeries(m_series);
    m_x = new QBarCategoryAxis;
    m_y = new QValueAxis;
    m_y->setTickCount(5);
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    m_series->attachAxis(m_x);
    m_series->attachAxis(m_y);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(180, 200);
    connect(m_series, &QBoxPlotSeries::hovered, this, [this](bool on, QBoxSet *set) {
        if (!on || !set) {
            QToolTip::hideText();
            return;
        }
        const int i = static_cast<int>(m_series->boxSets().indexOf(set));
        if (i < 0 || i >= static_cast<int>(m_boxes.size()))
            return;
        const TrialBox &b = m_boxes[static_cast<size_t>(i)];
        QToolTip::showText(QCursor::pos(), boxText(b), this);
    });
    setToolTip(
        tr("Box: p10 to p90 of the samples; line and label: the median (hover a box for min and max)"));
    applyStyle();
    updateDescription();
}

QString TrialBoxChart::format(double v)
{
    const double a = std::fabs(v);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 10 ? 2 : a >= 1 ? 3 : 4;
    return QLocale().toString(v, 'f', decimals);
}

void TrialBoxChart::setBoxes(const std::vector<TrialBox> &boxes)
{
    m_boxes = boxes;
    m_series->clear();
    QStringList categories;
    double top = 0;
    for (const TrialBox &b : m_boxes) {
        // The category label carries the median, so the figure reads without hovering.
        const QString category = QStringLiteral("%1: %2").arg(b.category, format(b.median));
        categories << category;
        auto *set = new QBoxSet(b.low, b.p10, b.median, b.p90, b.high, category);
        set->setBrush(ChartStyle::faint(b.colour, 0.55));
        QPen pen(b.colour.darker(140));
        pen.setWidthF(1.5);
        set->setPen(pen);
        m_series->append(set);
        top = std::max({top, b.high, b.p90});
    }
    m_x->clear();
    m_x->append(categories);
    m_y->setRange(0, top > 0 ? top * 1.12 : 1.0);
    m_y->applyNiceNumbers();
    const double span = m_y->max();
    m_y->setLabelFormat(span >= 50  ? QStringLiteral("%.0f")
                        : span >= 5 ? QStringLiteral("%.1f")
                                    : QStringLiteral("%.2f"));
    updateDescription();
}

QString TrialBoxChart::boxText(const TrialBox &b) const
{
    return tr("%1\nmedian %2 %3\np10–p90 %4–%5, min–max %6–%7")
        .arg(b.toolTip, format(b.median), m_unit, format(b.p10), format(b.p90), format(b.min), format(b.max));
}

void TrialBoxChart::updateDescription()
{
    if (m_boxes.empty()) {
        setAccessibleDescription(tr("No trial measured yet"));
        return;
    }
    QStringList boxes;
    for (const TrialBox &b : m_boxes)
        boxes << tr("%1: median %2 %3, p10–p90 %4–%5 (%6)")
                     .arg(b.category, format(b.median), m_unit, format(b.p10), format(b.p90), b.toolTip);
    setAccessibleDescription(boxes.join(QLatin1Char('\n')));
}

void TrialBoxChart::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyStyle();
}

void TrialBoxChart::applyStyle()
{
    const ChartStyle s = ChartStyle::forDark(palette().color(QPalette::Window).lightness() < 128);
    s.applyToChart(chart());
    s.applyToAxis(m_x);
    s.applyToAxis(m_y);
    setBackgroundBrush(s.background);
}

} // namespace ea
