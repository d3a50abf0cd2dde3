// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/tiercostchart.h"

#include "engine/model/units.h"
#include "engine/plan/whatifplan.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>

namespace ea {

TierCostChart::TierCostChart(QWidget *parent) : PlannerChart(parent)
{
    setTitle(tr("Cost per month by tier"));
    m_series = new QStackedBarSeries;
    m_series->setBarWidth(0.6);
    for (int p = 0; p < CostPartCount; ++p) {
        m_sets[p] = new QBarSet(costPartLabel(static_cast<CostPart>(p)));
        m_series->append(m_sets[p]);
    }
    m_x = new QBarCategoryAxis;
    m_x->setTitleText(tr("Tier"));
    m_y = new QValueAxis;
    m_y->setLabelFormat(QStringLiteral("%.3g"));
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);
    addSeries(m_series, m_x, m_y);
    m_whatIf = new QScatterSeries;
    m_whatIf->setName(tr("Under the what-if conditions"));
    m_whatIf->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_whatIf->setMarkerSize(11);
    addSeries(m_whatIf, m_x, m_y);
    view()->setAccessibleName(tr("Cost per tier chart"));
    setChartStyle(chartStyle());
}

void TierCostChart::setInputs(const PlannerChartInputs &in)
{
    m_in = in;
    std::vector<Tier> tiers;
    if (in.scenario())
        for (Tier t : AllTiers)
            if (in.scenario()->tier(t).present)
                tiers.push_back(t);
    if (tiers != m_tiers) {
        m_tiers = tiers;
        QStringList names;
        for (Tier t : tiers)
            names << tierLabel(t);
        m_x->setCategories(names);
    }
    m_totals = in.hasPlan() ? tierTotals(*in.outcome()) : std::array<TierTotals, TierCount>{};
    // The plan under the active what-if conditions, when there are any (of the same outcome as the bars).
    const WhatIfPlan *whatIf =
        in.hasPlan() && in.plan->whatIf && in.plan->whatIf->outcome ? in.plan->whatIf.get() : nullptr;
    const bool hadWhatIf = m_whatIfShown;
    m_whatIfShown = whatIf != nullptr;
    m_whatIfTotals = whatIf ? tierTotals(*whatIf->outcome) : std::array<TierTotals, TierCount>{};
    double maxUsd = 0;
    for (Tier t : m_tiers)
        maxUsd = std::max({maxUsd, m_totals[static_cast<int>(t)].usdPerMonth(),
                           m_whatIfTotals[static_cast<int>(t)].usdPerMonth()});
    const AxisScale usd = usdScale(maxUsd);
    m_costScale = usd.factor;
    m_y->setTitleText(tr("Cost per month (%1)").arg(usd.unit));

    std::array<QList<qreal>, CostPartCount> values;
    for (Tier t : m_tiers) {
        const TierTotals &tt = m_totals[static_cast<int>(t)];
        values[int(CostPart::Gpu)].append(tt.gpuUsdPerMonth * m_costScale);
        values[int(CostPart::Api)].append(tt.apiUsdPerMonth * m_costScale);
        values[int(CostPart::Egress)].append(tt.egressUsdPerMonth * m_costScale);
    }
    for (int p = 0; p < CostPartCount; ++p)
        replaceValues(m_sets[p], values[p]);
    setNiceRange(m_y, maxUsd * m_costScale * 1.12);
    QList<ValueLabel> labels;
    QList<QPointF> after;
    for (size_t i = 0; i < m_tiers.size(); ++i) {
        const double usd = m_totals[static_cast<int>(m_tiers[i])].usdPerMonth();
        if (!whatIf) {
            labels.append({QPointF(double(i), usd * m_costScale), units::usd(usd)});
            continue;
        }
        const double usdAfter = m_whatIfTotals[static_cast<int>(m_tiers[i])].usdPerMonth();
        after.append(QPointF(double(i), usdAfter * m_costScale));
        labels.append({QPointF(double(i), std::max(usd, usdAfter) * m_costScale),
                       tr("%1 → %2").arg(units::usd(usd), units::usd(usdAfter))});
    }
    replacePoints(m_whatIf, after);
    setValueLabels(m_series, labels, Qt::AlignTop);
    if (hadWhatIf != m_whatIfShown)
        updateLegend();

    QStringList parts;
    QStringList desc;
    for (Tier t : m_tiers) {
        const TierTotals &tt = m_totals[static_cast<int>(t)];
        parts << tr("%1 %2").arg(tierLabel(t), units::usd(tt.usdPerMonth()));
        desc << tr("%1: GPUs %2, API %3, egress %4 per month, %n workload(s)", nullptr, tt.workloads)
                    .arg(tierLabel(t), units::usd(tt.gpuUsdPerMonth), units::usd(tt.apiUsdPerMonth),
                         units::usd(tt.egressUsdPerMonth));
    }
    QString caption = in.hasPlan()
                          ? tr("Plan total %1 per month: %2.")
                                .arg(units::usd(in.outcome()->usdPerMonth), parts.join(QStringLiteral(", ")))
                          : tr("No evaluated plan.");
    if (whatIf) {
        const WhatIfComparison &c = whatIf->comparison;
        caption += QLatin1Char(' ') +
                   tr("Under %n what-if condition(s) (squares): %1 → %2 per month, SLO "
                      "attainment %3 → %4.",
                      nullptr, int(whatIf->conditions.size()))
                       .arg(units::usd(c.usdPerMonthBefore), units::usd(c.usdPerMonthAfter),
                            units::percent(c.attainmentPctBefore), units::percent(c.attainmentPctAfter));
    }
    setCaption(caption);
    view()->setAccessibleDescription(desc.join(QStringLiteral("; ")));
}

QString TierCostChart::toolTipAt(const QPointF &pos) const
{
    int index, set;
    if (!barAt(m_series, pos, false, &index, &set))
        return {};
    return barToolTip(index, set);
}

QString TierCostChart::barToolTip(int index, int part) const
{
    if (index < 0 || index >= int(m_tiers.size()))
        return {};
    const TierTotals &tt = m_totals[static_cast<int>(m_tiers[index])];
    const std::array<double, CostPartCount> v{tt.gpuUsdPerMonth, tt.apiUsdPerMonth, tt.egressUsdPerMonth};
    QStringList lines;
    lines << tr("%1: %2 per month").arg(tierLabel(m_tiers[index]), units::usd(tt.usdPerMonth()));
    for (int p = 0; p < CostPartCount; ++p) {
        const QString line = tr("%1: %2").arg(costPartLabel(static_cast<CostPart>(p)), units::usd(v[p]));
        lines << (p == part ? QStringLiteral("» ") + line : QStringLiteral("   ") + line);
    }
    lines << tr("%n workload(s), %1 GPUs at %2 sites", nullptr, tt.workloads)
                 .arg(units::count(tt.gpus), units::count(tt.sites));
    if (m_whatIfShown)
        lines << tr("Under the what-if conditions: %1 per month")
                     .arg(units::usd(m_whatIfTotals[static_cast<int>(m_tiers[index])].usdPerMonth()));
    return lines.join(QLatin1Char('\n'));
}

QList<PlannerChart::LegendEntry> TierCostChart::legendEntries() const
{
    QList<LegendEntry> entries;
    for (int p = 0; p < CostPartCount; ++p)
        entries.append({ChartStyle::swatchSymbol(), chartStyle().costPart[p], costPartLabel(CostPart(p))});
    if (m_whatIfShown)
        entries.append({ChartStyle::swatchSymbol(), chartStyle().text, tr("Under the what-if conditions")});
    return entries;
}

void TierCostChart::applySeriesStyle()
{
    const ChartStyle &st = chartStyle();
    for (int p = 0; p < CostPartCount; ++p) {
        m_sets[p]->setColor(st.costPart[p]);
        m_sets[p]->setBorderColor(st.background);
        m_sets[p]->setLabelColor(st.text);
    }
    m_whatIf->setColor(st.text);
    m_whatIf->setBorderColor(st.background);
}

} // namespace ea
