// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/budgetchart.h"
#include "widgets/charts/modeluncertaintytext.h"

#include "engine/model/units.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHorizontalStackedBarSeries>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace ea {

std::array<double, BudgetPartCount> budgetParts(const LatencyBreakdown &b)
{
    return {b.propagationMs, b.inflationMs, b.accessMs, b.queueingMs, b.prefillMs, b.decodeMs};
}

BudgetChart::BudgetChart(QWidget *parent) : PlannerChart(parent)
{
    setTitle(tr("Latency budget by tier"));
    m_series = new QHorizontalStackedBarSeries;
    m_series->setBarWidth(0.62);
    for (int p = 0; p < BudgetPartCount; ++p) {
        m_sets[p] = new QBarSet(budgetPartLabel(static_cast<BudgetPart>(p)));
        m_series->append(m_sets[p]);
    }
    m_y = new QBarCategoryAxis;
    m_x = new QValueAxis;
    m_x->setLabelFormat(QStringLiteral("%.4g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    addSeries(m_series, m_x, m_y);
    m_budget = makeBudgetLine();
    addSeries(m_budget, m_x, m_y);
    m_slo = new QScatterSeries;
    m_slo->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_slo->setMarkerSize(13);
    addSeries(m_slo, m_x, m_y);
    view()->setAccessibleName(tr("Latency budget decomposition chart"));
    setChartStyle(chartStyle());
}

const WorkloadOutcome *BudgetChart::outcomeIn(Tier t) const
{
    if (!m_in.hasSelection())
        return nullptr;
    const int w = m_in.selected;
    if (m_in.outcome()->placement[w] == t)
        return &m_in.outcome()->workloads[w];
    if (!m_in.alternatives())
        return nullptr;
    const auto &o = (*m_in.alternatives())[w].byTier[static_cast<int>(t)];
    return o ? &*o : nullptr;
}

void BudgetChart::setInputs(const PlannerChartInputs &in)
{
    m_in = in;
    m_tiers.clear();
    for (Tier t : AllTiers)
        if (outcomeIn(t))
            m_tiers.push_back(t);
    const Workload *spec = in.hasSelection() ? &in.scenario()->workloads[in.selected] : nullptr;
    const double budget = spec ? spec->slo.budgetMs : 0;
    double maxMs = budget;
    for (Tier t : m_tiers) {
        const WorkloadOutcome *o = outcomeIn(t);
        if (o->feasible)
            maxMs = std::max({maxMs, o->breakdown.totalMs(), o->sloMs});
    }
    const AxisScale scale = ea::msScale(maxMs);
    m_msScale = scale.factor;
    const QString pct = spec ? QStringLiteral("p%1").arg(spec->slo.percentile) : QString();
    m_x->setTitleText(tr("Time per request at %1 (%2)").arg(pct, scale.unit));
    m_slo->setName(tr("Latency at %1").arg(pct));

    QStringList names;
    std::array<QList<qreal>, BudgetPartCount> values;
    QList<QPointF> slo;
    QStringList desc;
    const int n = int(m_tiers.size());
    for (int row = 0; row < n; ++row) {
        const Tier t = m_tiers[n - 1 - row];
        const WorkloadOutcome *o = outcomeIn(t);
        const bool current = t == in.outcome()->placement[in.selected];
        QString name = tierLabel(t);
        if (!o->feasible)
            name = tr("%1 (cannot serve)").arg(name);
        else if (current)
            name = tr("%1 (current)").arg(name);
        // The numbers go under the tier's name, where they never collide with the bars or markers.
        if (o->feasible)
            names << tr("%1<br>parts %2 · %3 %4")
                         .arg(plain(name), units::ms(o->breakdown.totalMs()), pct, units::ms(o->sloMs));
        else
            names << plain(name);
        const auto parts = budgetParts(o->breakdown);
        for (int p = 0; p < BudgetPartCount; ++p)
            values[p].append(o->feasible ? std::max(0.0, parts[p]) * m_msScale : 0.0);
        if (o->feasible && o->sloMs > 0)
            slo.append(QPointF(o->sloMs * m_msScale, row));
        desc << tr("%1: propagation %2, route inflation %3, access %4, queueing %5, prefill %6, decode %7")
                    .arg(name, units::ms(parts[0]), units::ms(parts[1]), units::ms(parts[2]),
                         units::ms(parts[3]), units::ms(parts[4]), units::ms(parts[5]));
    }
    if (m_y->categories() != names)
        m_y->setCategories(names);
    for (int p = 0; p < BudgetPartCount; ++p)
        replaceValues(m_sets[p], values[p]);
    replacePoints(m_slo, slo);
    setNiceRange(m_x, maxMs * m_msScale * 1.1);
    replacePoints(m_budget, budget > 0 ? QList<QPointF>{QPointF(budget * m_msScale, -0.5),
                                                        QPointF(budget * m_msScale, n - 0.5)}
                                       : QList<QPointF>{});

    if (!spec) {
        setTitle(tr("Latency budget by tier"));
        setCaption(in.hasPlan() ? tr("Select a workload to see where its latency budget goes.")
                                : tr("No evaluated plan."));
    } else {
        setTitle(tr("Latency budget: %1").arg(spec->name));
        QString text = tr("SLO: %1. Bars: the mean of each part over the demand at %2; diamond: %2 over all "
                          "demand.")
                           .arg(units::slo(spec->slo), pct);
        if (!in.alternatives())
            text += QLatin1Char(' ') + tr("Other tiers still being evaluated.");
        setCaption(text);
    }
    view()->setAccessibleDescription(desc.join(QStringLiteral("; ")));
}

QString BudgetChart::toolTipAt(const QPointF &pos) const
{
    const int i = pointAt(m_slo, pos, m_slo->markerSize() / 2 + 2);
    if (i >= 0)
        return barToolTip(int(std::lround(m_slo->at(i).y())), -1);
    int index, set;
    return barAt(m_series, pos, true, &index, &set) ? barToolTip(index, set) : QString();
}

QString BudgetChart::barToolTip(int index, int part) const
{
    const int k = int(m_tiers.size()) - 1 - index;
    if (k < 0 || k >= int(m_tiers.size()) || !m_in.hasSelection())
        return {};
    const Tier t = m_tiers[k];
    const WorkloadOutcome *o = outcomeIn(t);
    if (!o)
        return {};
    const Workload &spec = m_in.scenario()->workloads[m_in.selected];
    QStringList lines;
    lines << tr("%1 in %2").arg(spec.name, tierLabel(t));
    if (!o->feasible) {
        lines << (o->issue.isEmpty() ? tr("Cannot be served in this tier.") : o->issue);
        return lines.join(QLatin1Char('\n'));
    }
    const auto parts = budgetParts(o->breakdown);
    const double total = o->breakdown.totalMs();
    for (int p = 0; p < BudgetPartCount; ++p) {
        const QString line = tr("%1: %2 (%3)")
                                 .arg(budgetPartLabel(static_cast<BudgetPart>(p)), units::ms(parts[p]),
                                      units::percent(total > 0 ? 100 * parts[p] / total : 0, 0));
        lines << (p == part ? QStringLiteral("» ") + line : QStringLiteral("   ") + line);
    }
    lines << tr("Sum of the means: %1").arg(units::ms(total));
    lines << tr("Latency at p%1: %2 against a budget of %3")
                 .arg(spec.slo.percentile)
                 .arg(units::ms(o->sloMs), units::ms(spec.slo.budgetMs));
    lines << ModelUncertainty::text(o->breakdown, m_in.scenario()->network.fiberKmPerMs);
    lines << tr("Cost: %1 per month").arg(units::usd(o->usdPerMonth()));
    return lines.join(QLatin1Char('\n'));
}

QList<PlannerChart::LegendEntry> BudgetChart::legendEntries() const
{
    const ChartStyle &st = chartStyle();
    QList<LegendEntry> entries;
    for (int p = 0; p < BudgetPartCount; ++p)
        entries.append({ChartStyle::swatchSymbol(), st.budgetPart[p], budgetPartLabel(BudgetPart(p))});
    entries.append({ChartStyle::diamondSymbol(), st.text, tr("At the SLO percentile")});
    entries.append({ChartStyle::budgetSymbol(), st.budget, tr("Budget")});
    return entries;
}

void BudgetChart::applySeriesStyle()
{
    const ChartStyle &st = chartStyle();
    for (int p = 0; p < BudgetPartCount; ++p) {
        m_sets[p]->setColor(st.budgetPart[p]);
        m_sets[p]->setBorderColor(st.background);
    }
    m_slo->setColor(st.text);
    m_slo->setBorderColor(st.background);
    styleBudgetLine(m_budget);
}

} // namespace ea
