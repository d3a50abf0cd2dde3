// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/damagelayer.h"

#include "engine/model/units.h"
#include "engine/plan/plansnapshot.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>

#include <algorithm>

namespace ea {

namespace {

/** Dot radius (logical px) per bucket: the harmful sites larger, so they read among thousands. */
constexpr std::array<double, DamageLayer::BucketCount> kRadius{1.5, 1.6, 2.4, 3.6, 5.0};

QPointF screenOf(const MapViewport &vp, double lon, double lat)
{
    return vp.lonLatToScreen(lon, lat);
}

} // namespace

DamageLayer::Bucket DamageLayer::bucket(const SiteDamage &d)
{
    if (!d.changes)
        return NoChange;
    if (d.breaksSlo)
        return BreaksSlo;
    if (d.worstDropPct >= LargeDropPct)
        return LargeDrop;
    if (d.worstDropPct > 0 || d.unservedRps > 0)
        return SmallDrop;
    return CostOnly;
}

QString DamageLayer::bucketLabel(Bucket b)
{
    switch (b) {
    case NoChange:
        return tr("No change");
    case CostOnly:
        return tr("Cost only");
    case SmallDrop:
        return tr("Attainment drop < %1 pp").arg(LargeDropPct, 0, 'g', 3);
    case LargeDrop:
        return tr("Attainment drop ≥ %1 pp").arg(LargeDropPct, 0, 'g', 3);
    case BreaksSlo:
        return tr("Breaks an SLO");
    case BucketCount:
        break;
    }
    return {};
}

QColor DamageLayer::bucketColour(Bucket b)
{
    // A sequential ramp from neutral grey to dark red (ColorBrewer-like YlOrRd), distinct in lightness.
    switch (b) {
    case NoChange:
        return QColor(0x9a, 0xa0, 0xa6);
    case CostOnly:
        return QColor(0xfe, 0xd9, 0x76);
    case SmallDrop:
        return QColor(0xfd, 0x8d, 0x3c);
    case LargeDrop:
        return QColor(0xe3, 0x1a, 0x1c);
    case BreaksSlo:
        return QColor(0x80, 0x00, 0x26);
    case BucketCount:
        break;
    }
    return {};
}

QString DamageLayer::nodeLines(int node, const MapContext &ctx)
{
    const Scenario *s = ctx.scenario();
    const DamageOverlay *o = ctx.damage.get();
    if (!s || !o || o->damage.size() != s->nodes.size() || node < 0 || size_t(node) >= o->damage.size())
        return {};
    const SiteDamage &d = o->damage[size_t(node)];
    if (!d.evaluated)
        return {};
    const Bucket b = bucket(d);
    QStringList lines;
    lines << tr("<b>If this site fails</b> (N+1): <span style=\"color:%1\">■</span> %2")
                 .arg(bucketColour(b).name(), bucketLabel(b));
    if (!d.changes) {
        lines << tr("Its loss changes nothing: the others absorb its demand at the same cost");
        return lines.join(QStringLiteral("<br>"));
    }
    lines << tr("Failure: %1")
                 .arg(d.failure.isEmpty() ? s->nodes[size_t(node)].id.toHtmlEscaped()
                                          : d.failure.toHtmlEscaped());
    if (d.worstWorkload >= 0)
        lines << tr("Attainment drop: %1 pp (%2)")
                     .arg(QString::number(d.worstDropPct, 'f', 2),
                          s->workloads[size_t(d.worstWorkload)].name.toHtmlEscaped());
    if (d.brokenWorkloads > 0)
        lines << tr("Breaks the SLO of %n workload(s)", nullptr, d.brokenWorkloads);
    lines << tr("Regions affected: %1").arg(units::count(d.regionsAffected));
    if (d.unservedRps > 0)
        lines << tr("Unserved: %1").arg(units::rps(d.unservedRps));
    lines << tr("Extra cost of the spill: %1 per month").arg(units::usd(d.spillUsdPerMonth));
    return lines.join(QStringLiteral("<br>"));
}

QString DamageLayer::clusterLine(const QList<int> &nodes, const MapContext &ctx)
{
    const Scenario *s = ctx.scenario();
    const DamageOverlay *o = ctx.damage.get();
    if (!s || !o || o->damage.size() != s->nodes.size())
        return {};
    int worst = -1;
    for (int n : nodes) {
        if (n < 0 || size_t(n) >= o->damage.size() || !o->damage[size_t(n)].evaluated)
            continue;
        const SiteDamage &d = o->damage[size_t(n)];
        if (worst < 0) {
            worst = n;
            continue;
        }
        const SiteDamage &w = o->damage[size_t(worst)];
        if (bucket(d) > bucket(w) || (bucket(d) == bucket(w) && d.worstDropPct > w.worstDropPct))
            worst = n;
    }
    if (worst < 0)
        return {};
    const Bucket b = bucket(o->damage[size_t(worst)]);
    return tr("Worst single loss (N+1): %1, <span style=\"color:%2\">■</span> %3")
        .arg(s->nodes[size_t(worst)].name.toHtmlEscaped(), bucketColour(b).name(), bucketLabel(b));
}

std::array<int, DamageLayer::BucketCount> DamageLayer::counts(const std::vector<SiteDamage> &damage)
{
    std::array<int, BucketCount> out{};
    for (const SiteDamage &d : damage)
        if (d.evaluated)
            ++out[size_t(bucket(d))];
    return out;
}

size_t DamageLayer::cacheKey(const MapViewport &, const MapContext &ctx) const
{
    // The context copy the map's cache keeps holds the overlay and the content: no address is reused.
    if (!ctx.damage)
        return 0xda3a9e; // nothing drawn
    // While the timeline shows an hour only the picked failure is drawn (paint()).
    return qHashMulti(size_t(0xda3a9e), ctx.damage.get(), ctx.contentPtr().get(), int(ctx.palette.kind),
                      ctx.hour != nullptr) |
           1;
}

void DamageLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    const Scenario *s = ctx.scenario();
    const DamageOverlay *o = ctx.damage.get();
    if (!s || !o || o->damage.size() != s->nodes.size())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QRectF view = vp.rect().adjusted(-8, -8, 8, 8);
    // While the timeline shows an hour the sites are coloured by that hour's load (another ramp of the same
    // hues): only the picked failure is drawn, its sites ringed and its regions outlined, over the hour.
    const bool hourShown = ctx.hour != nullptr;
    // Bucket by bucket, harmless first, so the harmful sites are drawn on top.
    for (int b = 0; b < (hourShown ? 0 : int(BucketCount)); ++b) {
        const QColor fill = bucketColour(Bucket(b));
        painter.setPen(b == NoChange ? QPen(Qt::NoPen) : QPen(ctx.palette.halo, 0.8));
        painter.setBrush(fill);
        const double r = kRadius[size_t(b)];
        for (size_t n = 0; n < s->nodes.size(); ++n) {
            const SiteDamage &d = o->damage[n];
            if (!d.evaluated || bucket(d) != b)
                continue;
            const QPointF p = screenOf(vp, s->nodes[n].lon, s->nodes[n].lat);
            if (view.contains(p))
                painter.drawEllipse(p, r, r);
        }
    }
    // The picked failure: its regions outlined, its sites ringed. The outline is blue, apart from the
    // damage ramp's reds; a failure that touches hundreds of regions gets small thin ones, so the map under
    // them (and the sites' colours) stays readable.
    const bool manyRegions = o->affectedRegions.size() > 40;
    const double half = manyRegions ? 2.5 : 4.0;
    QColor outline(0x1f, 0x4e, 0xb4);
    if (manyRegions)
        outline.setAlpha(170);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(outline, manyRegions ? 1.0 : 1.6));
    for (int r : o->affectedRegions)
        if (r >= 0 && r < int(s->regions.size())) {
            const QPointF p = screenOf(vp, s->regions[size_t(r)].lon, s->regions[size_t(r)].lat);
            if (view.contains(p))
                painter.drawRect(QRectF(p - QPointF(half, half), QSizeF(2 * half, 2 * half)));
        }
    // One site gets a bold ring; the many sites of a zone-of-a-tier failure a thin one each.
    const bool many = o->failedNodes.size() > 12;
    const double ring = many ? 3.0 : 9;
    for (int n : o->failedNodes)
        if (n >= 0 && n < int(s->nodes.size())) {
            const QPointF p = screenOf(vp, s->nodes[size_t(n)].lon, s->nodes[size_t(n)].lat);
            if (!view.contains(p))
                continue;
            if (!many) {
                painter.setPen(QPen(ctx.palette.halo, 4.5));
                painter.drawEllipse(p, ring, ring);
            }
            painter.setPen(QPen(QColor(0x10, 0x10, 0x10), many ? 0.8 : 2.2));
            painter.drawEllipse(p, ring, ring);
        }

    // The legend, top left (the map's own legend takes the lower left).
    if (hourShown) {
        painter.restore();
        return;
    }
    const std::array<int, BucketCount> n = counts(o->damage);
    QFont font = painter.font();
    font.setPointSizeF(std::max(8.0, font.pointSizeF()));
    painter.setFont(font);
    const QFontMetricsF fm(font);
    const QString title = tr("Loss of one site");
    double width = fm.horizontalAdvance(title);
    QStringList rows;
    for (int b = BucketCount - 1; b >= 0; --b) {
        rows << tr("%1 (%2)").arg(bucketLabel(Bucket(b))).arg(n[size_t(b)]);
        width = std::max(width, fm.horizontalAdvance(rows.back()) + 18);
    }
    const double line = fm.height() + 2;
    const QRectF box(10, 10, width + 16, line * (BucketCount + 1) + 8);
    painter.setPen(QPen(ctx.palette.halo.darker(130), 1));
    QColor back = ctx.palette.halo;
    back.setAlphaF(0.92f);
    painter.setBrush(back);
    painter.drawRoundedRect(box, 4, 4);
    const QColor text =
        ctx.palette.halo.lightness() > 128 ? QColor(0x20, 0x20, 0x20) : QColor(0xf0, 0xf0, 0xf0);
    painter.setPen(text);
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QPointF(box.left() + 8, box.top() + 4 + fm.ascent()), title);
    painter.setFont(font);
    for (int i = 0; i < BucketCount; ++i) {
        const Bucket b = Bucket(BucketCount - 1 - i);
        const double y = box.top() + 4 + line * (i + 1);
        painter.setPen(QPen(text, 0.8));
        painter.setBrush(bucketColour(b));
        painter.drawEllipse(QPointF(box.left() + 14, y + fm.height() / 2), 5, 5);
        painter.setPen(text);
        painter.drawText(QPointF(box.left() + 26, y + fm.ascent()), rows[i]);
    }
    painter.restore();
}

size_t WhatIfLayer::cacheKey(const MapViewport &, const MapContext &ctx) const
{
    if (!ctx.plan || !ctx.outcome() || !ctx.plan->whatIf || ctx.plan->pending())
        return 0x3a7f1f; // nothing drawn
    return qHashMulti(size_t(0x3a7f1f), ctx.plan->whatIf.get(), ctx.outcomePtr().get(),
                      ctx.contentPtr().get(), ctx.selectedWorkload, int(ctx.palette.kind)) |
           1;
}

QString WhatIfLayer::regionLines(int region, const MapContext &ctx)
{
    const Scenario *s = ctx.scenario();
    const PlanOutcome *before = ctx.outcome();
    if (!s || !before || !ctx.plan || !ctx.plan->whatIf || ctx.plan->pending() || region < 0 ||
        size_t(region) >= s->regions.size())
        return {};
    const WhatIfPlan &w = *ctx.plan->whatIf;
    const int selected = ctx.selectedWorkload;
    if (selected < 0 || selected >= int(w.comparison.workloads.size()))
        return {};
    const WhatIfWorkloadDelta &d = w.comparison.workloads[size_t(selected)];
    const bool moved = std::binary_search(d.regionsMoved.begin(), d.regionsMoved.end(), region);
    const bool lost = std::binary_search(d.regionsLostSlo.begin(), d.regionsLostSlo.end(), region);
    const RegionOutcome &b = before->workloads[size_t(selected)].regions[size_t(region)];
    const RegionOutcome &a = w.outcome->workloads[size_t(selected)].regions[size_t(region)];
    if (!moved && !lost && a.sloMs == b.sloMs)
        return {};
    const auto siteName = [s](int node) {
        return node < 0 ? tr("no site") : s->nodes[size_t(node)].name.toHtmlEscaped();
    };
    const auto latency = [](const RegionOutcome &o) {
        return o.node < 0 ? tr("unserved") : units::ms(o.sloMs);
    };
    QStringList lines;
    lines << tr("<b>Under the what-if conditions</b>");
    if (moved)
        lines << tr("Moved from %1 to %2").arg(siteName(b.node), siteName(a.node));
    const Workload &wl = s->workloads[size_t(selected)];
    lines << tr("Latency at p%1: %2 → %3 (budget %4)")
                 .arg(QString::number(wl.slo.percentile), latency(b), latency(a), units::ms(wl.slo.budgetMs));
    if (lost)
        lines << tr("<span style=\"color:#d01010\">Loses its SLO</span>");
    return lines.join(QStringLiteral("<br>"));
}

void WhatIfLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    const Scenario *s = ctx.scenario();
    const PlanOutcome *before = ctx.outcome();
    if (!s || !before || !ctx.plan->whatIf || ctx.plan->pending())
        return;
    const WhatIfPlan &w = *ctx.plan->whatIf;
    const QRectF view = vp.rect().adjusted(-8, -8, 8, 8);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const int selected = ctx.selectedWorkload;
    if (selected >= 0 && selected < int(w.comparison.workloads.size())) {
        const WorkloadOutcome &b = before->workloads[size_t(selected)];
        const WorkloadOutcome &a = w.outcome->workloads[size_t(selected)];
        QPen faint(ctx.palette.halo.darker(160), 1.2);
        QPen halo(ctx.palette.halo, 3.4);
        QPen moved(QColor(0x6a, 0x1b, 0x9a), 1.8, Qt::DashLine);
        for (int r : w.comparison.workloads[size_t(selected)].regionsMoved) {
            const DemandRegion &reg = s->regions[size_t(r)];
            const QPointF from = screenOf(vp, reg.lon, reg.lat);
            const int oldNode = b.regions[size_t(r)].node, newNode = a.regions[size_t(r)].node;
            if (oldNode >= 0) {
                painter.setPen(faint);
                painter.drawLine(from,
                                 screenOf(vp, s->nodes[size_t(oldNode)].lon, s->nodes[size_t(oldNode)].lat));
            }
            if (newNode >= 0) {
                const QPointF to = screenOf(vp, s->nodes[size_t(newNode)].lon, s->nodes[size_t(newNode)].lat);
                painter.setPen(halo);
                painter.drawLine(from, to);
                painter.setPen(moved);
                painter.drawLine(from, to);
            }
        }
    }
    // Regions that lost their SLO: a red ring (for the selected workload, else for any workload).
    std::vector<char> lost(s->regions.size(), 0);
    for (const WhatIfWorkloadDelta &d : w.comparison.workloads)
        if (selected < 0 || d.workload == selected)
            for (int r : d.regionsLostSlo)
                lost[size_t(r)] = 1;
    painter.setBrush(Qt::NoBrush);
    for (size_t r = 0; r < lost.size(); ++r) {
        if (!lost[r])
            continue;
        const QPointF p = screenOf(vp, s->regions[r].lon, s->regions[r].lat);
        if (!view.contains(p))
            continue;
        painter.setPen(QPen(ctx.palette.halo, 4));
        painter.drawEllipse(p, 7, 7);
        painter.setPen(QPen(QColor(0xd0, 0x10, 0x10), 2));
        painter.drawEllipse(p, 7, 7);
    }
    painter.restore();
}

} // namespace ea
