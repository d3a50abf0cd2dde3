// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/regionattainmentchart.h"

#include "engine/model/units.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace ea {

namespace {
/** Latency at the percentile over the budget; regions nothing serves rank worst of all. */
double badness(const RegionOutcome &r, double budgetMs)
{
    if (r.node < 0)
        return std::numeric_limits<double>::infinity();
    return budgetMs > 0 ? r.sloMs / budgetMs : r.sloMs;
}
} // namespace

RegionAttainmentChart::RegionAttainmentChart(QWidget *parent) : PlannerChart(parent)
{
    setTitle(tr("Worst regions of the selected workload"));
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.7);
    m_within = new QBarSet(tr("Within budget"));
    m_beyond = new QBarSet(tr("Over budget"));
    m_series->append(m_within);
    m_series->append(m_beyond);
    m_y = new QBarCategoryAxis;
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%.4g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    addSeries(m_series, m_x, m_y);
    m_budget = makeBudgetLine();
    addSeries(m_budget, m_x, m_y);
    view()->setAccessibleName(tr("Worst regions chart"));
    setChartStyle(chartStyle());
}

void RegionAttainmentChart::setRegionCount(int count)
{
    m_count = std::max(1, count);
    setInputs(m_in);
}

void RegionAttainmentChart::setInputs(const PlannerChartInputs &in)
{
    m_in = in;
    m_regions.clear();
    m_missing = 0;
    int unserved = 0;
    const WorkloadOutcome *o = in.hasSelection() ? &in.outcome()->workloads[in.selected] : nullptr;
    const Workload *spec = o ? &in.scenario()->workloads[in.selected] : nullptr;
    const double budget = spec ? spec->slo.budgetMs : 0;
    if (o) {
        const auto &regions = o->regions;
        std::vector<int> order(regions.size());
        for (size_t r = 0; r < regions.size(); ++r) {
            order[r] = int(r);
            m_missing += !regions[r].meetsSlo;
            unserved += regions[r].node < 0;
        }
        const size_t shown = std::min(order.size(), size_t(m_count));
        std::partial_sort(order.begin(), order.begin() + shown, order.end(), [&](int a, int b) {
            const double ba = badness(regions[a], budget), bb = badness(regions[b], budget);
            return ba != bb ? ba > bb : a < b;
        });
        m_regions.assign(order.begin(), order.begin() + shown);
    }

    double maxMs = budget;
    for (int r : m_regions)
        maxMs = std::max(maxMs, double(o->regions[r].sloMs));
    const AxisScale scale = ea::msScale(maxMs);
    m_msScale = scale.factor;
    const QString pct = spec ? QStringLiteral("p%1").arg(spec->slo.percentile) : QString();
    m_x->setTitleText(tr("Latency at %1 (%2)").arg(pct, scale.unit));

    // Bottom to top: the worst region last, so it is drawn at the top.
    QStringList names;
    QList<qreal> within, beyond;
    QList<ValueLabel> labels;
    for (auto it = m_regions.rbegin(); it != m_regions.rend(); ++it) {
        const DemandRegion &region = in.scenario()->regions[*it];
        const RegionOutcome &ro = o->regions[*it];
        QString name = region.country.isEmpty() ? region.name : tr("%1, %2").arg(region.name, region.country);
        if (ro.node < 0)
            name = tr("%1 (not served)").arg(name);
        while (names.contains(name))
            name += QLatin1Char(' ');
        names << plain(name);
        const double v = ro.node < 0 ? 0.0 : ro.sloMs * m_msScale;
        if (ro.node >= 0)
            labels.append({QPointF(v, double(names.size() - 1)), units::ms(ro.sloMs)});
        within.append(ro.meetsSlo ? v : 0.0);
        beyond.append(ro.meetsSlo ? 0.0 : v);
    }
    if (m_y->categories() != names)
        m_y->setCategories(names);
    replaceValues(m_within, within);
    replaceValues(m_beyond, beyond);
    setNiceRange(m_x, maxMs * m_msScale * 1.12);
    setValueLabels(m_series, labels, Qt::AlignRight);
    const double n = double(names.size());
    replacePoints(m_budget, budget > 0 ? QList<QPointF>{QPointF(budget * m_msScale, -0.5),
                                                        QPointF(budget * m_msScale, n - 0.5)}
                                       : QList<QPointF>{});

    if (!o) {
        setTitle(tr("Worst regions"));
        setCaption(in.hasPlan() ? tr("Select a workload to see its worst regions.")
                                : tr("No evaluated plan."));
        view()->setAccessibleDescription(QString());
        return;
    }
    setTitle(tr("Worst regions: %1").arg(spec->name));
    QString text = tr("%1 of requests within %2 at %3 (%4 in %5). %6 of %7 regions over budget.")
                       .arg(units::percent(o->attainmentPct), units::ms(budget), pct, spec->name,
                            tierLabel(o->tier), units::count(m_missing), units::count(o->regions.size()));
    if (unserved > 0)
        text += QLatin1Char(' ') + tr("%Ln not served.", nullptr, unserved);
    text += QLatin1Char(' ') + tr("The %n worst shown.", nullptr, int(m_regions.size()));
    setCaption(text);
    QStringList desc;
    for (int r : m_regions)
        desc << tr("%1, %2: %3")
                    .arg(in.scenario()->regions[r].name, in.scenario()->regions[r].country,
                         units::ms(o->regions[r].sloMs));
    view()->setAccessibleDescription(desc.join(QStringLiteral("; ")));
}

QString RegionAttainmentChart::toolTipAt(const QPointF &pos) const
{
    int index, set;
    return barAt(m_series, pos, true, &index, &set) ? barToolTip(index) : QString();
}

QString RegionAttainmentChart::barToolTip(int index) const
{
    const int k = int(m_regions.size()) - 1 - index;
    if (k < 0 || k >= int(m_regions.size()) || !m_in.hasSelection())
        return {};
    const int r = m_regions[k];
    const DemandRegion &region = m_in.scenario()->regions[r];
    const RegionOutcome &ro = m_in.outcome()->workloads[m_in.selected].regions[r];
    const Workload &spec = m_in.scenario()->workloads[m_in.selected];
    QStringList lines;
    lines << tr("%1, %2 (rank %3 from worst)").arg(region.name, region.country).arg(k + 1);
    if (ro.node < 0) {
        lines << tr("Not served: no node of this tier can take its demand.");
    } else {
        lines << tr("Latency at p%1: %2 against a budget of %3")
                     .arg(spec.slo.percentile)
                     .arg(units::ms(ro.sloMs), units::ms(spec.slo.budgetMs));
        lines << tr("Network RTT (median): %1").arg(units::ms(ro.networkMs));
        const Node &node = m_in.scenario()->nodes[ro.node];
        lines << tr("Served by %1 (%2)").arg(node.name, tierLabel(node.tier));
    }
    return lines.join(QLatin1Char('\n'));
}

QList<PlannerChart::LegendEntry> RegionAttainmentChart::legendEntries() const
{
    const ChartStyle &st = chartStyle();
    return {{ChartStyle::swatchSymbol(), st.within, tr("Within budget")},
            {ChartStyle::swatchSymbol(), st.beyond, tr("Over budget")},
            {ChartStyle::budgetSymbol(), st.budget, tr("Budget")}};
}

void RegionAttainmentChart::applySeriesStyle()
{
    const ChartStyle &st = chartStyle();
    m_within->setColor(st.within);
    m_within->setBorderColor(st.background);
    m_beyond->setColor(st.beyond);
    m_beyond->setBorderColor(st.background);
    styleBudgetLine(m_budget);
}

} // namespace ea
