// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/plannerchart.h"

#include <QAbstractAxis>
#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCursor>
#include <QGraphicsSimpleTextItem>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace ea {

PlannerChart::PlannerChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(6, 6, 6, 6));
    m_chart->legend()->hide();
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumSize(280, 220);
    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setTextFormat(Qt::RichText);
    m_legend->setContentsMargins(8, 0, 8, 4);
    m_legend->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_legend->setFont(ChartStyle::labelFont());
    m_caption = new QLabel(this);
    m_caption->setWordWrap(true);
    m_caption->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_caption->setContentsMargins(8, 2, 8, 4);
    m_caption->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // A fixed height of three lines: a caption that wraps differently must not resize the chart,
    // which would lay every label of it out again (most of an update's cost). The whole text is also
    // the label's tool-tip, in case a narrow pane cuts it.
    m_caption->setFixedHeight(m_caption->fontMetrics().lineSpacing() * 3 + 6);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_legend);
    layout->addWidget(m_caption);
    // Hit-testing is done here, not by the series' items: in Qt Charts the topmost scatter series
    // covers the whole plot and swallows presses and hovers meant for the series below it.
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->installEventFilter(this);
    connect(m_chart, &QChart::plotAreaChanged, this, [this] { placeValueLabels(); });
}

bool PlannerChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    const auto chartPos = [this](const QPointF &viewPos) {
        return m_chart->mapFromScene(m_view->mapToScene(viewPos.toPoint()));
    };
    switch (event->type()) {
    case QEvent::MouseMove: {
        const QString text = toolTipAt(chartPos(static_cast<QMouseEvent *>(event)->position()));
        if (text != m_toolTip) {
            m_toolTip = text;
            showToolTip(text);
        }
        break;
    }
    case QEvent::Leave:
        m_toolTip.clear();
        showToolTip({});
        break;
    case QEvent::MouseButtonRelease: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton)
            clickAt(chartPos(e->position()));
        break;
    }
    default:
        break;
    }
    return false;
}

QPointF PlannerChart::positionOf(const QPointF &value, QAbstractSeries *series) const
{
    return m_chart->mapToPosition(value, series);
}

int PlannerChart::pointAt(const QXYSeries *series, const QPointF &pos, double radius) const
{
    int best = -1;
    double bestD = radius * radius;
    auto *s = const_cast<QXYSeries *>(series);
    for (int i = 0; i < series->count(); ++i) {
        const QPointF d = m_chart->mapToPosition(series->at(i), s) - pos;
        const double d2 = d.x() * d.x() + d.y() * d.y();
        if (d2 <= bestD) {
            bestD = d2;
            best = i;
        }
    }
    return best;
}

bool PlannerChart::barAt(QAbstractBarSeries *series, const QPointF &pos, bool horizontal, int *index,
                         int *set) const
{
    const QPointF v = m_chart->mapToValue(pos, series);
    const double along = horizontal ? v.y() : v.x(); // the category coordinate
    const double value = horizontal ? v.x() : v.y();
    const int i = int(std::lround(along));
    const auto sets = series->barSets();
    if (sets.isEmpty() || i < 0 || i >= sets.front()->count() ||
        std::fabs(along - i) > series->barWidth() / 2 || !m_chart->plotArea().contains(pos))
        return false;
    *index = i;
    *set = -1;
    double base = 0;
    for (int k = 0; k < sets.size(); ++k) {
        const double top = base + sets[k]->at(i);
        if (sets[k]->at(i) > 0 && value >= base && value <= top)
            *set = k;
        base = top;
    }
    return true;
}

void PlannerChart::setChartStyle(const ChartStyle &style)
{
    m_style = style;
    m_style.applyToChart(m_chart);
    QPalette p = palette();
    p.setColor(QPalette::Window, style.background);
    p.setColor(QPalette::WindowText, style.mutedText);
    setPalette(p);
    setAutoFillBackground(true);
    m_view->setBackgroundBrush(style.background);
    for (QGraphicsSimpleTextItem *item : m_labelItems)
        item->setBrush(style.text);
    applySeriesStyle();
    updateLegend();
}

QString PlannerChart::caption() const
{
    return m_caption->text();
}

void PlannerChart::setCaption(const QString &text)
{
    if (m_caption->text() != text) {
        m_caption->setText(text);
        m_caption->setToolTip(text);
    }
}

void PlannerChart::updateLegend()
{
    // Spaces inside an entry do not break, so lines wrap between entries only.
    QStringList entries;
    for (const LegendEntry &e : legendEntries())
        entries << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                       .arg(e.colour.name(), e.symbol.toHtmlEscaped(),
                            e.label.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
    m_legend->setText(QStringLiteral("<span style=\"color:%1\">%2</span>")
                          .arg(m_style.text.name(), entries.join(QStringLiteral(" &nbsp; "))));
    m_legend->setVisible(!entries.isEmpty());
}

void PlannerChart::setTitle(const QString &text)
{
    const QString html = plain(text);
    if (m_chart->title() != html)
        m_chart->setTitle(html);
}

void PlannerChart::setNiceRange(QValueAxis *axis, double top)
{
    if (!(top > 0))
        top = 1;
    const double raw = top / 5;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    const double n = raw / magnitude;
    const double step = (n <= 1 ? 1 : n <= 2 ? 2 : n <= 2.5 ? 2.5 : n <= 5 ? 5 : 10) * magnitude;
    const double max = std::ceil(top / step - 1e-9) * step;
    if (axis->tickType() != QValueAxis::TicksDynamic) {
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
    }
    if (axis->tickInterval() != step)
        axis->setTickInterval(step);
    if (axis->min() != 0 || axis->max() != max)
        axis->setRange(0, max);
}

void PlannerChart::setValueLabels(QAbstractSeries *series, const QList<ValueLabel> &labels,
                                  Qt::Alignment side)
{
    m_labelSeries = series;
    m_labels = labels;
    m_labelSide = side;
    while (m_labelItems.size() < m_labels.size()) {
        auto *item = new QGraphicsSimpleTextItem(m_chart);
        item->setZValue(900);
        m_labelItems.append(item);
    }
    for (int i = 0; i < m_labelItems.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_labelItems[i];
        if (i < m_labels.size()) {
            if (item->text() != m_labels[i].text)
                item->setText(m_labels[i].text);
            item->setFont(ChartStyle::labelFont());
            item->setBrush(m_style.text);
        }
        item->setVisible(i < m_labels.size());
    }
    placeValueLabels();
}

void PlannerChart::placeValueLabels()
{
    if (!m_labelSeries)
        return;
    for (int i = 0; i < m_labels.size(); ++i) {
        QGraphicsSimpleTextItem *item = m_labelItems[i];
        const QPointF at = m_chart->mapToPosition(m_labels[i].value, m_labelSeries);
        const QRectF box = item->boundingRect();
        if (m_labelSide & Qt::AlignTop)
            item->setPos(at.x() - box.width() / 2, at.y() - box.height() - 2);
        else
            item->setPos(at.x() + 5, at.y() - box.height() / 2);
    }
}

void PlannerChart::showToolTip(const QString &text)
{
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(QCursor::pos(), text, m_view);
}

void PlannerChart::addSeries(QAbstractSeries *series, QAbstractAxis *x, QAbstractAxis *y)
{
    m_chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

QLineSeries *PlannerChart::makeBudgetLine()
{
    auto *line = new QLineSeries; // the chart owns it once added
    line->setName(tr("Budget"));
    styleBudgetLine(line);
    return line;
}

void PlannerChart::styleBudgetLine(QLineSeries *line) const
{
    line->setPen(QPen(m_style.budget, 1.6, Qt::DashLine));
}

void PlannerChart::replacePoints(QXYSeries *series, const QList<QPointF> &points)
{
    if (series->count() != points.size() || series->points() != points)
        series->replace(points);
}

void PlannerChart::snapLogAxis(QLogValueAxis *axis, double lo, double hi)
{
    if (!(lo > 0) || !(hi > 0))
        return;
    const double min = std::pow(10.0, std::floor(std::log10(lo)));
    double max = std::pow(10.0, std::ceil(std::log10(hi)));
    if (max <= min)
        max = min * 10;
    if (axis->min() != min || axis->max() != max)
        axis->setRange(min, max);
}

void PlannerChart::replaceValues(QBarSet *set, const QList<qreal> &values)
{
    const int n = int(values.size());
    if (set->count() != n) {
        if (set->count() > 0)
            set->remove(0, set->count());
        if (n > 0)
            set->append(values);
        return;
    }
    for (int i = 0; i < n; ++i)
        if (set->at(i) != values[i])
            set->replace(i, values[i]);
}

} // namespace ea
