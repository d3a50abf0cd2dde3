// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/monitor/timeserieschart.h"

#include "engine/model/units.h"
#include "engine/stats/rollingwindow.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace ea {

namespace {
/** Rolling p50 and p95 over the trailing RollingSamples points. */
void rolling(const QList<QPointF> &points, QList<QPointF> &p50, QList<QPointF> &p95)
{
    p50.clear();
    p95.clear();
    stats::RollingWindow window(TimeSeriesChart::RollingSamples);
    for (const QPointF &p : points) {
        window.push(p.y());
        p50.append(QPointF(p.x(), window.quantile(0.5)));
        p95.append(QPointF(p.x(), window.quantile(0.95)));
    }
}
} // namespace

TimeSeriesChart::TimeSeriesChart(QWidget *parent) : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setAccessibleName(tr("Time series of the selected target"));
    setAccessibleName(tr("Monitor chart"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_x = new QDateTimeAxis;
    m_x->setFormat(QStringLiteral("HH:mm:ss"));
    m_x->setTickCount(5);
    m_y = new QValueAxis;
    //: Axis title: the unit of the values, milliseconds
    m_y->setTitleText(tr("ms"));
    m_y->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->addAxis(m_x, Qt::AlignBottom);
    m_chart->addAxis(m_y, Qt::AlignLeft);

    const QColor rtt = m_style.budgetPart[size_t(BudgetPart::Propagation)];
    const QColor ttft = m_style.budgetPart[size_t(BudgetPart::Decode)];
    m_rttBand = band(tr("RTT p50–p95"), rtt, &m_rttP95, &m_rttP50);
    m_ttftBand = band(tr("TTFT p50–p95"), ttft, &m_ttftP95, &m_ttftP50);
    //: Legend: the prediction band of the latency model
    m_modelLow = line(tr("Band"), m_style.mutedText, Qt::DotLine, 1.2);
    m_modelHigh = line(QString(), m_style.mutedText, Qt::DotLine, 1.2);
    //: Legend: the latency model's predicted RTT
    m_model = line(tr("Model"), m_style.budget, Qt::DashLine, 1.6);
    //: Legend: the SLO budget line
    m_budget = line(tr("SLO"), m_style.beyond, Qt::DashDotLine, 1.6);
    for (auto [series, colour, name, shape] :
         {std::tuple{&m_rttPoints, rtt, tr("RTT"), QScatterSeries::MarkerShapeCircle},
          std::tuple{&m_ttftPoints, ttft, tr("TTFT"), QScatterSeries::MarkerShapeRotatedRectangle}}) {
        auto *s = new QScatterSeries;
        s->setName(name);
        s->setMarkerShape(shape);
        s->setMarkerSize(6);
        s->setColor(colour);
        s->setBorderColor(colour.darker(130));
        s->setUseOpenGL(false);
        m_chart->addSeries(s);
        s->attachAxis(m_x);
        s->attachAxis(m_y);
        *series = s;
    }
    // Short legend: the model's band has two lines but one entry; the rolling bands share their points'
    // colours and are named in the tool-tip.
    for (QAbstractSeries *s :
         {static_cast<QAbstractSeries *>(m_modelHigh), static_cast<QAbstractSeries *>(m_rttBand),
          static_cast<QAbstractSeries *>(m_ttftBand)})
        for (QLegendMarker *m : m_chart->legend()->markers(s))
            m->setVisible(false);
    const QString explanation =
        tr("Points: each probe's request RTT (first byte after connection set-up) and time to first "
           "token. Shaded: their rolling p50–p95 over the last %n probe(s). Dashed: the model's RTT "
           "from the vantage point, dotted: its prediction band; dash-dot: the SLO budget.",
           nullptr, RollingSamples);
    m_view->setToolTip(explanation);
    m_view->setAccessibleDescription(explanation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setLabelColor(m_style.text);
    m_style.applyToChart(m_chart);
    m_chart->setTitle(tr("No target selected"));
    setMinimumHeight(200);
}

QLineSeries *TimeSeriesChart::line(const QString &name, const QColor &colour, Qt::PenStyle style,
                                   double width)
{
    auto *s = new QLineSeries;
    s->setName(name);
    QPen pen(colour, width, style);
    pen.setCosmetic(true);
    s->setPen(pen);
    m_chart->addSeries(s);
    s->attachAxis(m_x);
    s->attachAxis(m_y);
    return s;
}

QAreaSeries *TimeSeriesChart::band(const QString &name, const QColor &colour, QLineSeries **upper,
                                   QLineSeries **lower)
{
    *upper = new QLineSeries(this);
    *lower = new QLineSeries(this);
    auto *a = new QAreaSeries(*upper, *lower);
    a->setName(name);
    a->setBrush(ChartStyle::faint(colour, 0.25));
    QPen pen(ChartStyle::faint(colour, 0.6), 1);
    pen.setCosmetic(true);
    a->setPen(pen);
    m_chart->addSeries(a);
    a->attachAxis(m_x);
    a->attachAxis(m_y);
    return a;
}

void TimeSeriesChart::setData(const MonitorTarget *target, const std::vector<ProbeResult> &results,
                              qint64 fromMs, qint64 toMs)
{
    QList<QPointF> rtt, ttft, rtt50, rtt95, ttft50, ttft95;
    const size_t first = results.size() > size_t(MaxPoints) ? results.size() - MaxPoints : 0;
    double top = 0;
    int failed = 0;
    for (size_t i = first; i < results.size(); ++i) {
        const ProbeResult &r = results[i];
        if (!r.ok()) {
            ++failed;
            continue;
        }
        const double x = double(r.timestampMs);
        if (const double v = requestRttMs(r); v >= 0) {
            rtt.append(QPointF(x, v));
            top = std::max(top, v);
        }
        if (r.ttftMs >= 0) {
            ttft.append(QPointF(x, r.ttftMs));
            top = std::max(top, r.ttftMs);
        }
    }
    rolling(rtt, rtt50, rtt95);
    rolling(ttft, ttft50, ttft95);
    m_rttPoints->replace(rtt);
    m_ttftPoints->replace(ttft);
    m_rttP50->replace(rtt50);
    m_rttP95->replace(rtt95);
    m_ttftP50->replace(ttft50);
    m_ttftP95->replace(ttft95);

    const double x0 = double(fromMs), x1 = double(std::max(toMs, fromMs + 1));
    auto flat = [&](QLineSeries *s, bool show, double y) {
        s->replace(show ? QList<QPointF>{{x0, y}, {x1, y}} : QList<QPointF>{});
    };
    const bool model = target && target->hasModel();
    flat(m_model, model, model ? target->modeledRttMs : 0);
    flat(m_modelLow, model, model ? target->bandLowMs : 0);
    flat(m_modelHigh, model, model ? target->bandHighMs : 0);
    const bool budget = target && target->hasBudget();
    flat(m_budget, budget, budget ? target->budgetMs : 0);
    if (model)
        top = std::max(top, target->bandHighMs);
    // The budget joins the scale only when it is near the data; else the points would be a flat line.
    if (budget && (top == 0 || target->budgetMs < top * 4))
        top = std::max(top, target->budgetMs);
    m_x->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(qint64(x1)));
    m_y->setRange(0, top > 0 ? top * 1.1 : 10);
    m_y->applyNiceNumbers();

    const int shown = int(results.size() - first);
    const bool budgetAbove = budget && target->budgetMs >= top * 4 && top > 0;
    QString title;
    if (!target)
        title = tr("No target selected");
    else if (failed > 0 && budgetAbove)
        title = tr("%1 — %n probe(s), %2 failed (SLO %3 above the scale)", nullptr, shown)
                    .arg(target->label, QLocale().toString(failed), units::ms(target->budgetMs));
    else if (failed > 0)
        title =
            tr("%1 — %n probe(s), %2 failed", nullptr, shown).arg(target->label, QLocale().toString(failed));
    else if (budgetAbove)
        title = tr("%1 — %n probe(s) (SLO %2 above the scale)", nullptr, shown)
                    .arg(target->label, units::ms(target->budgetMs));
    else
        title = tr("%1 — %n probe(s)", nullptr, shown).arg(target->label);
    m_chart->setTitle(title.toHtmlEscaped());
    // Only on a change: every set would tell a screen reader that the name changed.
    const QString name =
        target ? tr("Time series of %1").arg(target->label) : tr("Time series of the selected target");
    if (m_view->accessibleName() != name)
        m_view->setAccessibleName(name);
}

} // namespace ea
