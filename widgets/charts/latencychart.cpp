// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/latencychart.h"

#include "engine/model/units.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>
#include <limits>

namespace ea {

namespace {
double percentileMs(const WorkloadOutcome &o, LatencyChart::Percentile p)
{
    return p == LatencyChart::P50 ? o.p50Ms : p == LatencyChart::P95 ? o.p95Ms : o.p99Ms;
}
} // namespace

LatencyChart::LatencyChart(QWidget *parent) : PlannerChart(parent)
{
    setTitle(tr("Latency percentiles against the budget"));
    m_x = new QLogValueAxis;
    m_x->setBase(10);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_x->setMinorTickCount(0);
    m_x->setTitleText(tr("Latency ÷ budget (log)"));
    m_x->setRange(0.01, 10);
    m_y = new QBarCategoryAxis;
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);

    m_bandTop = new QLineSeries(this);
    m_bandBottom = new QLineSeries(this);
    m_band = new QAreaSeries(m_bandTop, m_bandBottom);
    addSeries(m_band, m_x, m_y);
    m_budget = makeBudgetLine();
    addSeries(m_budget, m_x, m_y);
    const std::array<QString, PercentileCount> names{tr("p50"), tr("p95"), tr("p99")};
    const std::array<QScatterSeries::MarkerShape, PercentileCount> shapes{
        QScatterSeries::MarkerShapeCircle, QScatterSeries::MarkerShapeRotatedRectangle,
        QScatterSeries::MarkerShapeTriangle};
    for (int p = 0; p < PercentileCount; ++p) {
        auto *s = new QScatterSeries;
        s->setName(names[p]);
        s->setMarkerShape(shapes[p]);
        s->setMarkerSize(p == P50 ? 8 : 10);
        m_points[p] = s;
        addSeries(s, m_x, m_y);
    }
    m_miss = new QScatterSeries;
    m_miss->setName(tr("Misses its SLO"));
    m_miss->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_miss->setMarkerSize(20);
    addSeries(m_miss, m_x, m_y);
    view()->setAccessibleName(tr("Latency percentiles chart"));
    setChartStyle(chartStyle());
}

int LatencyChart::rowOf(int workload) const
{
    const int n = int(m_spans.size());
    return workload >= 0 && workload < n ? n - 1 - workload : -1;
}

void LatencyChart::rebuildRows(int workloads)
{
    for (QLineSeries *s : m_spans) {
        chart()->removeSeries(s);
        delete s;
    }
    m_spans.clear();
    for (int w = 0; w < workloads; ++w) {
        auto *s = new QLineSeries;
        addSeries(s, m_x, m_y);
        m_spans.push_back(s);
    }
    applySeriesStyle();
}

void LatencyChart::setInputs(const PlannerChartInputs &in)
{
    m_in = in;
    const int n = in.hasPlan() ? int(in.scenario()->workloads.size()) : 0;
    if (n != int(m_spans.size()))
        rebuildRows(n);
    // Rows from the bottom: the first workload sits at the top, as on the board.
    QStringList names;
    for (int row = 0; row < n; ++row) {
        QString name = plain(in.scenario()->workloads[n - 1 - row].name);
        while (names.contains(name))
            name += QLatin1Char(' ');
        names << name;
    }
    if (m_y->categories() != names)
        m_y->setCategories(names);

    std::array<QList<QPointF>, PercentileCount> pts;
    QList<QPointF> miss;
    m_pointWorkload.clear();
    double lo = std::numeric_limits<double>::max(), hi = 1.0;
    QStringList missing, desc;
    for (int w = 0; w < n; ++w) {
        const Workload &spec = in.scenario()->workloads[w];
        const WorkloadOutcome &o = in.outcome()->workloads[w];
        const double row = rowOf(w);
        QList<QPointF> span;
        if (plottable(o, spec)) {
            const double b = spec.slo.budgetMs;
            for (int p = 0; p < PercentileCount; ++p)
                pts[p].append(QPointF(percentileMs(o, Percentile(p)) / b, row));
            m_pointWorkload.push_back(w);
            // A span of no length (p50 = p99) strokes to an empty path, which PDF readers report ("No
            // current point in closepath" from pdftotext): the markers alone show that workload.
            if (o.p99Ms > o.p50Ms)
                span = {QPointF(o.p50Ms / b, row), QPointF(o.p99Ms / b, row)};
            lo = std::min(lo, o.p50Ms / b);
            hi = std::max(hi, o.p99Ms / b);
            if (!meetsSlo(o)) {
                miss.append(QPointF(o.sloMs / b, row));
                missing << spec.name;
            }
        } else {
            missing << spec.name;
        }
        replacePoints(m_spans[w], span);
        desc << tr("%1: p50 %2, p95 %3, p99 %4, budget %5")
                    .arg(spec.name, units::ms(o.p50Ms), units::ms(o.p95Ms), units::ms(o.p99Ms),
                         units::ms(spec.slo.budgetMs));
    }
    for (int p = 0; p < PercentileCount; ++p)
        replacePoints(m_points[p], pts[p]);
    replacePoints(m_miss, miss);
    if (!m_pointWorkload.empty())
        snapLogAxis(m_x, lo, hi * 1.05);
    replacePoints(m_budget, {QPointF(1.0, -0.5), QPointF(1.0, n - 0.5)});
    const int selectedRow = in.hasSelection() ? rowOf(in.selected) : -1;
    const double x0 = m_x->min(), x1 = m_x->max();
    replacePoints(m_bandTop, selectedRow >= 0
                                 ? QList<QPointF>{{x0, selectedRow + 0.5}, {x1, selectedRow + 0.5}}
                                 : QList<QPointF>{});
    replacePoints(m_bandBottom, selectedRow >= 0
                                    ? QList<QPointF>{{x0, selectedRow - 0.5}, {x1, selectedRow - 0.5}}
                                    : QList<QPointF>{});

    if (!in.hasPlan())
        setCaption(tr("No evaluated plan."));
    else if (missing.isEmpty())
        setCaption(
            tr("Every workload meets its SLO (%1 % of requests within budget).").arg(SloAttainmentTarget));
    else
        setCaption(tr("%n of %1 workload(s) miss their SLO (under %2 % of requests within budget, or not "
                      "served): %3.",
                      nullptr, int(missing.size()))
                       .arg(n)
                       .arg(SloAttainmentTarget)
                       .arg(missing.join(QStringLiteral(", "))));
    view()->setAccessibleDescription(desc.join(QStringLiteral("; ")));
}

int LatencyChart::workloadNear(const QPointF &pos) const
{
    for (const QScatterSeries *s : m_points) {
        const int i = pointAt(s, pos, s->markerSize() / 2 + 3);
        if (i >= 0)
            return workloadAt(i);
    }
    return -1;
}

QString LatencyChart::toolTipAt(const QPointF &pos) const
{
    const int w = workloadNear(pos);
    return w >= 0 ? rowToolTip(w) : QString();
}

bool LatencyChart::clickAt(const QPointF &pos)
{
    const int w = workloadNear(pos);
    if (w >= 0)
        emit workloadActivated(w);
    return w >= 0;
}

QString LatencyChart::rowToolTip(int w) const
{
    if (!m_in.hasPlan() || w < 0 || w >= int(m_in.scenario()->workloads.size()))
        return {};
    const Workload &spec = m_in.scenario()->workloads[w];
    const WorkloadOutcome &o = m_in.outcome()->workloads[w];
    const double b = spec.slo.budgetMs;
    QStringList lines;
    lines << tr("%1 in %2, SLO %3").arg(spec.name, tierLabel(o.tier), units::slo(spec.slo));
    lines << tr("p50 %1 (%2 × budget)").arg(units::ms(o.p50Ms), QLocale().toString(o.p50Ms / b, 'g', 3));
    lines << tr("p95 %1 (%2 × budget)").arg(units::ms(o.p95Ms), QLocale().toString(o.p95Ms / b, 'g', 3));
    lines << tr("p99 %1 (%2 × budget)").arg(units::ms(o.p99Ms), QLocale().toString(o.p99Ms / b, 'g', 3));
    lines << (meetsSlo(o) ? tr("Meets its SLO: %1 of requests within budget")
                          : tr("Misses its SLO: %1 of requests within budget"))
                 .arg(units::percent(o.attainmentPct));
    return lines.join(QLatin1Char('\n'));
}

QList<PlannerChart::LegendEntry> LatencyChart::legendEntries() const
{
    const ChartStyle &st = chartStyle();
    return {{QStringLiteral("\u25CF"), percentileColour(st, P50), tr("p50")},
            {ChartStyle::diamondSymbol(), percentileColour(st, P95), tr("p95")},
            {QStringLiteral("\u25B2"), percentileColour(st, P99), tr("p99")},
            {ChartStyle::ringSymbol(), st.beyond, tr("Misses its SLO")},
            {ChartStyle::budgetSymbol(), st.budget, tr("Budget")}};
}

QColor LatencyChart::percentileColour(const ChartStyle &st, Percentile p)
{
    // One hue, light to dark, so the order of the percentiles reads at a glance.
    switch (p) {
    case P50:
        return st.dark ? QColor(0x9e, 0xd0, 0xf0) : QColor(0x8c, 0xc4, 0xe8);
    case P95:
        return st.budgetPart[0];
    default:
        return st.dark ? QColor(0xe6, 0xed, 0xf3) : QColor(0x0b, 0x2a, 0x4a);
    }
}

void LatencyChart::applySeriesStyle()
{
    const ChartStyle &st = chartStyle();
    for (int p = 0; p < PercentileCount; ++p) {
        m_points[p]->setColor(percentileColour(st, Percentile(p)));
        m_points[p]->setBorderColor(st.background);
    }
    QPen span(ChartStyle::faint(st.mutedText, 0.7), 2);
    for (QLineSeries *s : m_spans)
        s->setPen(span);
    m_band->setBrush(ChartStyle::faint(st.selection, st.dark ? 0.12 : 0.07));
    m_band->setPen(Qt::NoPen);
    m_miss->setBrush(Qt::NoBrush);
    m_miss->setPen(QPen(st.beyond, 2.2));
    styleBudgetLine(m_budget);
}

} // namespace ea
