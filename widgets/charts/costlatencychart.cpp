// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/costlatencychart.h"

#include "engine/model/units.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLineSeries>
#include <QLocale>
#include <QLogValueAxis>
#include <QScatterSeries>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ea {

namespace {
constexpr double CurrentMarker = 12;
constexpr double AlternativeMarker = 9;
constexpr double RingMarker = 24;

} // namespace

CostLatencyChart::CostLatencyChart(QWidget *parent) : PlannerChart(parent)
{
    setTitle(tr("Cost against latency"));
    m_x = new QLogValueAxis;
    m_x->setBase(10);
    m_x->setLabelFormat(QStringLiteral("%g"));
    m_x->setMinorTickCount(0);
    m_x->setTitleText(tr("Latency at the SLO percentile ÷ budget (log)"));
    m_x->setRange(0.01, 10);
    m_y = new QLogValueAxis;
    m_y->setBase(10);
    m_y->setLabelFormat(QStringLiteral("%g"));
    m_y->setMinorTickCount(0);
    m_y->setRange(0.1, 10);
    chart()->addAxis(m_x, Qt::AlignBottom);
    chart()->addAxis(m_y, Qt::AlignLeft);

    m_budget = makeBudgetLine();
    addSeries(m_budget, m_x, m_y);
    m_selectedFront = new QLineSeries;
    m_selectedFront->setName(tr("Pareto front (selected)"));
    addSeries(m_selectedFront, m_x, m_y);
    for (Tier t : AllTiers) {
        const int ti = static_cast<int>(t);
        auto *alt = new QScatterSeries;
        alt->setName(tr("%1 (if moved)").arg(tierLabel(t)));
        alt->setMarkerShape(ChartStyle::tierMarker(t));
        alt->setMarkerSize(AlternativeMarker * (t == Tier::Central || t == Tier::OnPrem ? 1.25 : 1.0));
        m_alternative[ti] = alt;
        addSeries(alt, m_x, m_y);
    }
    for (Tier t : AllTiers) {
        const int ti = static_cast<int>(t);
        auto *cur = new QScatterSeries;
        cur->setName(tierLabel(t));
        cur->setMarkerShape(ChartStyle::tierMarker(t));
        // The diamond and the triangle look smaller than a circle or square of the same size.
        const double grow = t == Tier::Central || t == Tier::OnPrem ? 1.25 : 1.0;
        cur->setMarkerSize(CurrentMarker * grow);
        m_current[ti] = cur;
        addSeries(cur, m_x, m_y);
    }
    m_ring = new QScatterSeries;
    m_ring->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_ring->setMarkerSize(RingMarker);
    addSeries(m_ring, m_x, m_y);

    m_calloutBox = new QGraphicsRectItem(chart());
    m_calloutBox->setZValue(1000);
    m_calloutBox->setPen(Qt::NoPen);
    m_callout = new QGraphicsSimpleTextItem(m_calloutBox);
    m_callout->setFont(ChartStyle::labelFont());
    connect(chart(), &QChart::plotAreaChanged, this, [this] { updateCallout(); });

    view()->setAccessibleName(tr("Cost against latency chart"));
    setChartStyle(chartStyle());
}

QLineSeries *CostLatencyChart::frontSeries(int workload) const
{
    return workload >= 0 && workload < int(m_fronts.size()) ? m_fronts[workload] : nullptr;
}

int CostLatencyChart::workloadAt(Tier t, int i, bool alternative) const
{
    const auto &items = (alternative ? m_alternativeWorkload : m_currentWorkload)[static_cast<int>(t)];
    return i >= 0 && i < int(items.size()) ? items[i] : -1;
}

bool CostLatencyChart::activatePoint(Tier t, int i, bool alternative)
{
    const int w = workloadAt(t, i, alternative);
    if (w < 0)
        return false;
    emit pointActivated(w, t, !alternative);
    return true;
}

bool CostLatencyChart::hit(const QPointF &pos, Tier *tier, int *index, bool *alternative) const
{
    // Solid points win over faint ones, as they are drawn above them.
    for (bool alt : {false, true})
        for (Tier t : AllTiers) {
            const QScatterSeries *s = alt ? alternativeSeries(t) : currentSeries(t);
            const int i = pointAt(s, pos, s->markerSize() / 2 + 3);
            if (i >= 0) {
                *tier = t;
                *index = i;
                *alternative = alt;
                return true;
            }
        }
    return false;
}

QString CostLatencyChart::toolTipAt(const QPointF &pos) const
{
    Tier t;
    int i;
    bool alt;
    return hit(pos, &t, &i, &alt) ? pointToolTip(workloadAt(t, i, alt), t, alt) : QString();
}

bool CostLatencyChart::clickAt(const QPointF &pos)
{
    Tier t;
    int i;
    bool alt;
    return hit(pos, &t, &i, &alt) && activatePoint(t, i, alt);
}

void CostLatencyChart::rebuildFronts(int workloads)
{
    for (QLineSeries *s : m_fronts) {
        chart()->removeSeries(s);
        delete s;
    }
    m_fronts.clear();
    for (int w = 0; w < workloads; ++w) {
        auto *s = new QLineSeries;
        s->setName(tr("Pareto front"));
        addSeries(s, m_x, m_y);
        m_fronts.push_back(s);
    }
    applySeriesStyle();
}

void CostLatencyChart::setInputs(const PlannerChartInputs &in)
{
    m_in = in;
    const bool valid = in.hasPlan();
    const int n = valid ? int(in.scenario()->workloads.size()) : 0;
    if (n != int(m_fronts.size()))
        rebuildFronts(n);

    const PlanAlternatives *alts = in.alternatives();
    // Each workload's options: its own tier first, then the other tiers it could move to.
    struct Option
    {
        const WorkloadOutcome *outcome;
        Tier tier;
        bool current;
    };
    std::vector<std::vector<Option>> options(n);
    double maxUsd = 0, minUsd = std::numeric_limits<double>::max();
    double minRatio = std::numeric_limits<double>::max(), maxRatio = 1.0;
    QStringList missing;
    for (int w = 0; w < n; ++w) {
        const Workload &spec = in.scenario()->workloads[w];
        const WorkloadOutcome &own = in.outcome()->workloads[w];
        if (plottable(own, spec))
            options[w].push_back({&own, in.outcome()->placement[w], true});
        else
            missing << spec.name;
        if (alts)
            for (Tier t : AllTiers) {
                const auto &o = (*alts)[w].byTier[static_cast<int>(t)];
                if (t != in.outcome()->placement[w] && o && plottable(*o, spec))
                    options[w].push_back({&*o, t, false});
            }
        for (const Option &o : options[w]) {
            maxUsd = std::max(maxUsd, o.outcome->usdPerMonth());
            minUsd = std::min(minUsd, o.outcome->usdPerMonth());
            const double r = budgetRatio(*o.outcome, spec);
            minRatio = std::min(minRatio, r);
            maxRatio = std::max(maxRatio, r);
        }
    }
    std::array<bool, TierCount> present{};
    for (Tier t : AllTiers)
        present[static_cast<int>(t)] = !in.scenario() || in.scenario()->tier(t).present;
    if (present != m_presentTiers) {
        m_presentTiers = present;
        updateLegend();
    }
    const AxisScale usd = usdScale(maxUsd);
    m_costScale = usd.factor;
    m_y->setTitleText(tr("Cost per month (%1, log)").arg(usd.unit));

    std::array<QList<QPointF>, TierCount> cur, alt;
    for (auto &v : m_currentWorkload)
        v.clear();
    for (auto &v : m_alternativeWorkload)
        v.clear();
    QList<QPointF> selectedFront, ring;
    for (int w = 0; w < n; ++w) {
        const Workload &spec = in.scenario()->workloads[w];
        std::vector<QPointF> pts;
        for (const Option &o : options[w]) {
            const QPointF p(budgetRatio(*o.outcome, spec), o.outcome->usdPerMonth() * m_costScale);
            pts.push_back(p);
            const int ti = static_cast<int>(o.tier);
            (o.current ? cur : alt)[ti].append(p);
            (o.current ? m_currentWorkload : m_alternativeWorkload)[ti].push_back(w);
            if (o.current && w == in.selected)
                ring.append(p);
        }
        QList<QPointF> front;
        if (pts.size() > 1)
            for (int i : paretoFront(pts))
                front.append(pts[i]);
        replacePoints(m_fronts[w], front);
        if (w == in.selected)
            selectedFront = front;
    }
    for (int t = 0; t < TierCount; ++t) {
        replacePoints(m_current[t], cur[t]);
        replacePoints(m_alternative[t], alt[t]);
    }
    replacePoints(m_selectedFront, selectedFront);
    replacePoints(m_ring, ring);

    if (maxUsd > 0) {
        snapLogAxis(m_x, minRatio, maxRatio * 1.05);
        snapLogAxis(m_y, minUsd * m_costScale, maxUsd * m_costScale);
    }
    replacePoints(m_budget, {QPointF(1.0, m_y->min()), QPointF(1.0, m_y->max())});
    updateCallout();

    QString text;
    if (!valid)
        text = tr("No evaluated plan.");
    else {
        text = alts
                   ? tr("Solid: each workload in its tier; faint: moved alone to another tier; lines: Pareto "
                        "fronts (bold: selected). Left of the dashed line meets the budget.")
                   : tr("Solid: each workload in its tier (other tiers still being evaluated). Left of the "
                        "dashed line meets the budget.");
        if (!missing.isEmpty())
            text +=
                QLatin1Char(' ') + tr("Not plotted (not served or no budget): %1.").arg(missing.join(", "));
    }
    setCaption(text);
    QStringList desc;
    for (int w = 0; w < n; ++w) {
        const WorkloadOutcome &o = in.outcome()->workloads[w];
        desc << tr("%1: %2, %3 × budget, %4 per month")
                    .arg(in.scenario()->workloads[w].name, tierLabel(o.tier),
                         QLocale().toString(budgetRatio(o, in.scenario()->workloads[w]), 'g', 3),
                         units::usd(o.usdPerMonth()));
    }
    view()->setAccessibleDescription(desc.join(QStringLiteral("; ")));
}

void CostLatencyChart::updateCallout()
{
    if (!m_in.hasSelection() || m_ring->count() == 0) {
        m_calloutBox->hide();
        return;
    }
    const Tier t = m_in.outcome()->placement[m_in.selected];
    const QPointF pos = chart()->mapToPosition(m_ring->at(0), m_current[static_cast<int>(t)]);
    const QString name = m_in.scenario()->workloads[m_in.selected].name;
    if (m_callout->text() != name)
        m_callout->setText(name);
    const QRectF text = m_callout->boundingRect();
    const QRectF box = text.adjusted(-3, -1, 3, 1);
    m_calloutBox->setRect(QRectF(QPointF(0, 0), box.size()));
    m_callout->setPos(3, 1);
    // Centred above the ring, or below it at the top of the plot, kept inside the plot.
    const QRectF plot = chart()->plotArea();
    QPointF at(pos.x() - box.width() / 2, pos.y() - RingMarker / 2 - box.height() - 1);
    if (at.y() < plot.top())
        at.setY(pos.y() + RingMarker / 2 + 1);
    at.setX(std::clamp(at.x(), plot.left(), std::max(plot.left(), plot.right() - box.width())));
    m_calloutBox->setPos(at);
    m_calloutBox->show();
}

QString CostLatencyChart::pointToolTip(int w, Tier tier, bool alternative) const
{
    if (!m_in.hasPlan() || w < 0 || w >= int(m_in.scenario()->workloads.size()))
        return {};
    const Workload &spec = m_in.scenario()->workloads[w];
    const WorkloadOutcome *o = &m_in.outcome()->workloads[w];
    double planUsd = m_in.outcome()->usdPerMonth;
    if (alternative) {
        if (!m_in.alternatives())
            return {};
        const auto &a = (*m_in.alternatives())[w];
        if (!a.byTier[static_cast<int>(tier)])
            return {};
        o = &*a.byTier[static_cast<int>(tier)];
        planUsd = a.planUsdPerMonth[static_cast<int>(tier)];
    }
    QStringList lines;
    lines << (alternative ? tr("%1 if moved to %2") : tr("%1 in %2")).arg(spec.name, tierLabel(tier));
    lines << tr("%1: %2 (%3 × budget)")
                 .arg(units::slo(spec.slo), units::ms(o->sloMs),
                      QLocale().toString(budgetRatio(*o, spec), 'g', 3));
    lines << tr("Cost: %1 per month (plan: %2)").arg(units::usd(o->usdPerMonth()), units::usd(planUsd));
    lines << tr("SLO attainment: %1").arg(units::percent(o->attainmentPct));
    lines << tr("Click to select the workload.");
    return lines.join(QLatin1Char('\n'));
}

QList<PlannerChart::LegendEntry> CostLatencyChart::legendEntries() const
{
    const ChartStyle &st = chartStyle();
    QList<LegendEntry> entries;
    for (Tier t : AllTiers)
        if (m_presentTiers[static_cast<int>(t)])
            entries.append({ChartStyle::tierSymbol(t), st.tierColour(t), tierLabel(t)});
    entries.append({ChartStyle::ringSymbol(), st.mutedText, tr("faint: in another tier")});
    entries.append({ChartStyle::lineSymbol(), st.mutedText, tr("Pareto front")});
    entries.append({ChartStyle::budgetSymbol(), st.budget, tr("Budget")});
    return entries;
}

void CostLatencyChart::applySeriesStyle()
{
    const ChartStyle &st = chartStyle();
    for (Tier t : AllTiers) {
        const int ti = static_cast<int>(t);
        m_current[ti]->setColor(st.tierColour(t));
        m_current[ti]->setBorderColor(st.background);
        m_alternative[ti]->setColor(ChartStyle::faint(st.tierColour(t), 0.35));
        m_alternative[ti]->setBorderColor(ChartStyle::faint(st.tierColour(t), 0.6));
    }
    QPen ringPen(st.selection, 2);
    m_ring->setPen(ringPen);
    m_ring->setBrush(Qt::NoBrush);
    QPen front(ChartStyle::faint(st.mutedText, 0.55), 1.2);
    for (QLineSeries *s : m_fronts)
        s->setPen(front);
    m_selectedFront->setPen(QPen(st.text, 2.6));
    styleBudgetLine(m_budget);
    m_callout->setBrush(st.text);
    m_calloutBox->setBrush(ChartStyle::faint(st.background, 0.85));
}

} // namespace ea
