// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/daychart.h"

#include "engine/model/units.h"
#include "widgets/map/mappalette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {

struct Panel
{
    QRectF area;
    double lo = 0, hi = 100;
    double y(double v) const { return area.bottom() - (v - lo) / (hi - lo) * area.height(); }
};

QString hourLabel(int h)
{
    return QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0'));
}

} // namespace

void DayChart::paint(QPainter &p, const QRectF &rect, const PlanDay &day)
{
    if (day.hours.size() != 24)
        return;
    const MapPalette pal = MapPalette::light();
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double left = rect.left() + fm.horizontalAdvance(QStringLiteral("100 %")) + 10;
    const double right = rect.right() - 8;
    const double legendH = fm.height() + 8;
    const double axisH = fm.height() + 6;
    const double gap = fm.height() + 14;
    const double panelH = (rect.height() - legendH - axisH - 2 * (fm.height() + 4) - gap) / 2;
    std::array<bool, TierCount> used{};
    double minAttainment = 100;
    for (const PlanHourPtr &h : day.hours)
        for (Tier t : AllTiers) {
            const TierHour &x = h->tiers[static_cast<int>(t)];
            used[static_cast<int>(t)] = used[static_cast<int>(t)] || x.workloads > 0;
            if (x.workloads > 0)
                minAttainment = std::min(minAttainment, x.attainmentPct());
        }
    double maxLoad = 0;
    for (const PlanHourPtr &h : day.hours)
        for (Tier t : AllTiers)
            maxLoad = std::max(maxLoad, h->tiers[static_cast<int>(t)].loadPct());
    double top = rect.top() + legendH;
    Panel load{QRectF(left, top + fm.height() + 4, right - left, panelH), 0,
               std::max(100.0, std::ceil(maxLoad / 10) * 10)};
    top = load.area.bottom() + gap;
    // Attainment: from 0 when it falls far, else zoomed on the range it spans (with the 99 % target in it).
    const double lo = minAttainment < 80 ? 0 : std::min(95.0, std::floor(minAttainment) - 1);
    Panel att{QRectF(left, top + fm.height() + 4, right - left, panelH), lo, 100.0};
    const auto x = [&](int h) { return left + (h + 0.5) * (right - left) / 24.0; };

    // Legend: one swatch per tier in use.
    double lx = left;
    for (Tier t : AllTiers) {
        if (!used[static_cast<int>(t)])
            continue;
        p.setPen(QPen(pal.tierColour(t), 3));
        p.drawLine(QPointF(lx, rect.top() + legendH / 2), QPointF(lx + 18, rect.top() + legendH / 2));
        p.setPen(pal.text);
        const QString name = tierLabel(t);
        p.drawText(QPointF(lx + 24, rect.top() + legendH / 2 + fm.ascent() / 2 - 1), name);
        lx += 40 + fm.horizontalAdvance(name);
    }
    const QString peak = tr("peak hour %1 UTC").arg(hourLabel(day.peakHour));
    p.setPen(QPen(QColor(0xd7, 0x30, 0x27), 1.5, Qt::DashLine));
    p.drawLine(QPointF(lx, rect.top() + legendH / 2), QPointF(lx + 18, rect.top() + legendH / 2));
    p.setPen(pal.text);
    p.drawText(QPointF(lx + 24, rect.top() + legendH / 2 + fm.ascent() / 2 - 1), peak);

    const auto frame = [&](const Panel &panel, const QString &title, const std::vector<double> &ticks) {
        p.setPen(pal.text);
        QFont bold = font;
        bold.setBold(true);
        p.setFont(bold);
        p.drawText(QPointF(panel.area.left(), panel.area.top() - 5), title);
        p.setFont(font);
        for (double v : ticks) {
            const double y = panel.y(v);
            p.setPen(QPen(QColor(0xdd, 0xdd, 0xdd), 0.8));
            p.drawLine(QPointF(panel.area.left(), y), QPointF(panel.area.right(), y));
            p.setPen(pal.mutedText);
            const QString label = units::percent(v, 0);
            p.drawText(QPointF(panel.area.left() - 6 - fm.horizontalAdvance(label), y + fm.ascent() / 2 - 1),
                       label);
        }
        p.setPen(QPen(QColor(0xd7, 0x30, 0x27), 1.5, Qt::DashLine));
        p.drawLine(QPointF(x(day.peakHour), panel.area.top()), QPointF(x(day.peakHour), panel.area.bottom()));
        p.setPen(QPen(pal.mutedText, 0.8));
        p.drawRect(panel.area);
    };
    std::vector<double> loadTicks;
    for (double v = 0; v <= load.hi + 1e-9; v += load.hi > 100 ? 50 : 25)
        loadTicks.push_back(v);
    std::vector<double> attTicks;
    const double attStep = att.hi - att.lo > 20 ? 25 : att.hi - att.lo > 4 ? 1 : 0.5;
    for (double v = att.hi; v >= att.lo - 1e-9;
         v -= attStep * std::max(1.0, std::ceil((att.hi - att.lo) / attStep / 5)))
        attTicks.push_back(v);
    frame(load, tr("Load of the sites (% of what their GPUs carry)"), loadTicks);
    frame(att, tr("SLO attainment (% of that hour's requests within budget)"), attTicks);
    // The 99 % target.
    if (att.lo < SloAttainmentTarget) {
        p.setPen(QPen(pal.mutedText, 1, Qt::DotLine));
        p.drawLine(QPointF(att.area.left(), att.y(SloAttainmentTarget)),
                   QPointF(att.area.right(), att.y(SloAttainmentTarget)));
    }
    for (Tier t : AllTiers) {
        if (!used[static_cast<int>(t)])
            continue;
        QPainterPath loadPath, attPath;
        bool anyLoad = false;
        for (int h = 0; h < 24; ++h) {
            const TierHour &th = day.hours[size_t(h)]->tiers[static_cast<int>(t)];
            const QPointF a(x(h), att.y(std::clamp(th.attainmentPct(), att.lo, att.hi)));
            h == 0 ? attPath.moveTo(a) : attPath.lineTo(a);
            if (th.capacityRps > 0) {
                const QPointF l(x(h), load.y(std::min(th.loadPct(), load.hi)));
                anyLoad ? loadPath.lineTo(l) : loadPath.moveTo(l);
                anyLoad = true;
            }
        }
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(pal.tierColour(t), 2.2));
        p.drawPath(loadPath);
        p.drawPath(attPath);
    }
    // Hours along the bottom.
    p.setPen(pal.mutedText);
    for (int h = 0; h < 24; h += 3) {
        const QString label = hourLabel(h);
        p.drawText(QPointF(x(h) - fm.horizontalAdvance(label) / 2, att.area.bottom() + fm.ascent() + 4),
                   label);
    }
    p.drawText(QPointF(att.area.right() - fm.horizontalAdvance(QStringLiteral("UTC")),
                       att.area.bottom() + 2 * fm.ascent() + 8),
               QStringLiteral("UTC"));
    p.restore();
}

QString DayChart::describe(const PlanDay &day)
{
    if (day.hours.size() != 24)
        return {};
    int worst = 0;
    for (int h = 1; h < 24; ++h)
        if (day.hours[size_t(h)]->total.attainmentPct() < day.hours[size_t(worst)]->total.attainmentPct())
            worst = h;
    const PlanHour &p = *day.hours[size_t(day.peakHour)];
    return tr("Demand peaks at %1 UTC (%2), when the sites carry %3 of what their GPUs carry and %4 of "
              "requests meet their SLO; the worst hour for the SLO is %5 UTC (%6).")
        .arg(hourLabel(day.peakHour), units::rps(p.total.offeredRps), units::percent(p.total.loadPct()),
             units::percent(p.total.attainmentPct(), 2), hourLabel(worst),
             units::percent(day.hours[size_t(worst)]->total.attainmentPct(), 2));
}

} // namespace ea
