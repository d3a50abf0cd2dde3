// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/overlaylayer.h"

#include "engine/model/units.h"
#include "widgets/map/coveragelayer.h"
#include "widgets/map/demandlayer.h"
#include "widgets/map/mapsprites.h"
#include "widgets/map/maptext.h"
#include "widgets/map/nodeslayer.h"
#include "widgets/map/nodesymbol.h"
#include "widgets/map/routeslayer.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>

#include <cmath>
#include <functional>
#include <vector>

namespace ea {

namespace {
constexpr double kMargin = 10;
constexpr double kPad = 8;
constexpr double kRampWidth = 200;

struct LegendRow
{
    double height;
    double width;
    std::function<void(QPainter &, QPointF)> paint; // top-left of the row
};

double rampX(double ms)
{
    return std::log(ms / MapPalette::RampMinMs) / std::log(MapPalette::RampMaxMs / MapPalette::RampMinMs);
}
} // namespace

OverlayLayer::OverlayLayer(VisibilityQuery isVisible) : m_isVisible(std::move(isVisible)) {}

QString OverlayLayer::attribution()
{
    return tr("Natural Earth · GeoNames (CC BY 4.0) · EdgeAtlas");
}

std::pair<double, double> OverlayLayer::scaleBar(double metresPerPixel, double maxPx)
{
    if (!(metresPerPixel > 0) || !(maxPx > 0))
        return {0, 0};
    const double maxMetres = metresPerPixel * maxPx;
    const double decade = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = decade;
    for (double m : {5.0, 2.0, 1.0}) {
        if (m * decade <= maxMetres) {
            metres = m * decade;
            break;
        }
    }
    return {metres, metres / metresPerPixel};
}

bool OverlayLayer::layerShown(const char *id) const
{
    return !m_isVisible || m_isVisible(QString::fromLatin1(id));
}

void OverlayLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QFont small = MapText::font(10);
    const QFontMetricsF fm(small);
    const QPointF credit(vp.size().width() - kMargin, vp.size().height() - kMargin + 2);
    const bool raster = MapSprites::isRaster(painter);
    const qreal dpr = vp.devicePixelRatio();
    if (raster) { // text with a halo is costly to draw: the static parts are cached as images
        const size_t key = qHashMulti(int(ctx.palette.kind), dpr);
        if (m_attributionKey != key || m_attribution.isNull()) {
            m_attributionKey = key;
            const QSizeF size(fm.horizontalAdvance(attribution()) + 6, fm.height() + 4);
            m_attribution = QImage((size * dpr).toSize(), QImage::Format_ARGB32_Premultiplied);
            m_attribution.setDevicePixelRatio(dpr);
            m_attribution.fill(Qt::transparent);
            QPainter p(&m_attribution);
            MapText::drawLabel(p, QPointF(size.width() - 3, size.height() - 2), attribution(), small,
                               ctx.palette.mutedText, ctx.palette.halo, Qt::AlignRight | Qt::AlignBottom);
        }
        painter.drawImage(credit - QPointF(m_attribution.width() / dpr - 3, m_attribution.height() / dpr - 2),
                          m_attribution);
    } else {
        MapText::drawLabel(painter, credit, attribution(), small, ctx.palette.mutedText, ctx.palette.halo,
                           Qt::AlignRight | Qt::AlignBottom);
    }
    paintScaleBar(painter, vp, ctx, credit.y() - fm.height() - 4);
    if (!ctx.scenario()) {
        painter.restore();
        return;
    }
    const QPointF bottomLeft(kMargin, vp.size().height() - kMargin);
    if (!raster) {
        paintLegend(&painter, bottomLeft, ctx);
    } else {
        const size_t key = legendKey(ctx, dpr);
        if (key != m_legendKey) {
            m_legendKey = key;
            m_legend = QImage();
            const QSizeF size = paintLegend(nullptr, QPointF(), ctx);
            if (!size.isEmpty()) {
                m_legend = QImage((size * dpr).toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
                m_legend.setDevicePixelRatio(dpr);
                m_legend.fill(Qt::transparent);
                QPainter p(&m_legend);
                p.setRenderHint(QPainter::Antialiasing, true);
                paintLegend(&p, QPointF(0.5, size.height() + 0.5), ctx);
            }
        }
        if (!m_legend.isNull())
            painter.drawImage(bottomLeft - QPointF(0.5, m_legend.height() / dpr - 1.5), m_legend);
    }
    painter.restore();
}

size_t OverlayLayer::legendKey(const MapContext &ctx, qreal dpr) const
{
    // What the legend says: names from the content, and whether there are routes and modeled RTTs at all.
    size_t key = qHashMulti(0x1e9e, ctx.contentPtr().get(), int(ctx.palette.kind), dpr, ctx.coverage.get(),
                            ctx.evaluator() != nullptr, ctx.selectedRegion, ctx.measuredRttMs.isEmpty(),
                            ctx.outcome() != nullptr, ctx.selectedWorkload);
    for (const char *id : {NodesLayer::Id, DemandLayer::Id, CoverageLayer::Id, RoutesLayer::Id})
        key = qHashMulti(key, layerShown(id));
    return key;
}

void OverlayLayer::paintScaleBar(QPainter &painter, const MapViewport &vp, const MapContext &ctx,
                                 double bottom) const
{
    // In miles the nice lengths are nice in miles: thousandths of a mile stand in for metres.
    const bool miles = units::distanceUnit() == units::DistanceUnit::Mile;
    constexpr double kMetresPerMile = 1609.344;
    const double perPixel = miles ? vp.metresPerPixel() / kMetresPerMile * 1000.0 : vp.metresPerPixel();
    const auto [metres, px] = scaleBar(perPixel, 120);
    if (px < 8)
        return;
    const MapPalette &pal = ctx.palette;
    const double right = vp.size().width() - kMargin;
    const QPointF a(right - px, bottom), b(right, bottom);
    QPainterPath bar;
    bar.moveTo(a + QPointF(0, -5));
    bar.lineTo(a);
    bar.lineTo(b);
    bar.lineTo(b + QPointF(0, -5));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(pal.halo, 4, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(bar);
    painter.setPen(QPen(pal.text, 1.5, Qt::SolidLine, Qt::FlatCap, Qt::MiterJoin));
    painter.drawPath(bar);
    QString label;
    if (miles)
        label = tr("%1 mi").arg(QLocale().toString(metres / 1000.0, 'f', metres >= 1000 ? 0 : 2));
    else
        label = metres >= 1000 ? units::km(metres / 1000.0) : tr("%1 m").arg(metres, 0, 'f', 0);
    MapText::drawLabel(painter, QPointF(right - px / 2, bottom - 6), label, MapText::font(10), pal.text,
                       pal.halo, Qt::AlignHCenter | Qt::AlignBottom);
}

QSizeF OverlayLayer::paintLegend(QPainter *painter, const QPointF &bottomLeft, const MapContext &ctx) const
{
    const MapPalette &pal = ctx.palette;
    const Scenario &s = *ctx.scenario();
    const QFont heading = MapText::font(11, true), body = MapText::font(10), tick = MapText::font(9);
    const QFontMetricsF hm(heading), bm(body), tm(tick);
    std::vector<LegendRow> rows;
    const auto addHeading = [&](const QString &text) {
        const double gap = rows.empty() ? 0 : 6; // space above every heading but the first
        rows.push_back(
            {hm.height() + gap, hm.horizontalAdvance(text), [&, text, gap](QPainter &p, QPointF at) {
                 p.setFont(heading);
                 p.setPen(pal.text);
                 p.drawText(QPointF(at.x(), at.y() + gap + hm.ascent()), text);
             }});
    };
    const double rowH = std::max(bm.height(), 16.0);
    const auto addItem = [&](const QString &text, std::function<void(QPainter &, QPointF)> symbol) {
        rows.push_back({rowH, 22 + bm.horizontalAdvance(text), [&, text, symbol](QPainter &p, QPointF at) {
                            symbol(p, at + QPointF(8, rowH / 2));
                            p.setFont(body);
                            p.setPen(pal.text);
                            p.drawText(QPointF(at.x() + 22, at.y() + (rowH + bm.ascent() - bm.descent()) / 2),
                                       text);
                        }});
    };

    if (layerShown(NodesLayer::Id) && !s.nodes.empty()) {
        addHeading(tr("Inference nodes"));
        std::array<int, TierCount> counts{};
        for (const Node &n : s.nodes)
            ++counts[size_t(n.tier)];
        for (Tier t : AllTiers) {
            if (counts[size_t(t)] == 0)
                continue;
            addItem(tr("%1 (%2)").arg(tierLabel(t), units::count(counts[size_t(t)])),
                    [&, t](QPainter &p, QPointF c) {
                        NodeSymbol::draw(p, t, c, 4.5, pal.tierColour(t), pal.symbolOutline);
                    });
        }
    }
    if (layerShown(DemandLayer::Id) && !s.regions.empty()) {
        addItem(tr("Demand region, area by weight"), [&](QPainter &p, QPointF c) {
            p.setPen(QPen(pal.demandOutline, 0.8));
            p.setBrush(pal.demandFill);
            p.drawEllipse(c, 6, 6);
        });
    }

    QString rampTitle;
    if (layerShown(CoverageLayer::Id) && ctx.coverage)
        rampTitle = tr("Best RTT to %1 nodes (ms)").arg(tierLabel(ctx.coverage->tier).toLower());
    else if (layerShown(NodesLayer::Id) && ctx.selectedRegion >= 0 && ctx.evaluator() &&
             size_t(ctx.selectedRegion) < s.regions.size())
        rampTitle = tr("Modeled RTT from %1 (ms)").arg(s.regions[size_t(ctx.selectedRegion)].name);
    else if (layerShown(NodesLayer::Id) && !ctx.measuredRttMs.isEmpty())
        rampTitle = tr("Measured RTT (ms)");
    if (!rampTitle.isEmpty()) {
        addHeading(rampTitle);
        const double h = 10 + 3 + tm.height();
        rows.push_back(
            {h, kRampWidth + 8, [&](QPainter &p, QPointF at) {
                 const QRectF bar(at.x() + 2, at.y() + 2, kRampWidth, 10);
                 QLinearGradient g(bar.topLeft(), bar.topRight());
                 for (const auto &[ms, colour] : pal.latencyStops)
                     g.setColorAt(std::clamp(rampX(ms), 0.0, 1.0), colour);
                 p.setPen(QPen(pal.panelBorder, 0.8));
                 p.setBrush(g);
                 p.drawRect(bar);
                 p.setFont(tick);
                 p.setPen(pal.mutedText);
                 for (double ms : MapPalette::rampTicks()) {
                     const double x = bar.left() + rampX(ms) * bar.width();
                     p.drawLine(QPointF(x, bar.bottom()), QPointF(x, bar.bottom() + 2));
                     const QString label = QString::number(ms);
                     p.drawText(QPointF(x - tm.horizontalAdvance(label) / 2, bar.bottom() + 3 + tm.ascent()),
                                label);
                 }
             }});
    }

    if (layerShown(RoutesLayer::Id) && ctx.outcome() && ctx.selectedWorkload >= 0 &&
        size_t(ctx.selectedWorkload) < s.workloads.size()) {
        const Workload &w = s.workloads[size_t(ctx.selectedWorkload)];
        addHeading(tr("Routes of %1").arg(w.name));
        const double budget = w.slo.budgetMs;
        const auto line = [&](const QColor &c) {
            return [&, c](QPainter &p, QPointF centre) {
                p.setPen(QPen(c, 3, Qt::SolidLine, Qt::RoundCap));
                p.drawLine(centre - QPointF(7, 0), centre + QPointF(7, 0));
            };
        };
        addItem(tr("Within %1").arg(units::slo(w.slo)), line(pal.withinBudget));
        addItem(tr("Up to %1 (1.25× budget)").arg(units::ms(budget * RoutesLayer::NearBudgetFactor)),
                line(pal.nearBudget));
        addItem(tr("Beyond that"), line(pal.beyondBudget));
    }
    if (rows.empty())
        return {};

    double width = 0, height = 0;
    for (const LegendRow &r : rows) {
        width = std::max(width, r.width);
        height += r.height;
    }
    const QRectF panel(bottomLeft.x(), bottomLeft.y() - height - 2 * kPad, width + 2 * kPad,
                       height + 2 * kPad);
    if (!painter)
        return panel.size();
    painter->setPen(QPen(pal.panelBorder, 0.8));
    painter->setBrush(pal.panel);
    painter->drawRoundedRect(panel, 4, 4);
    QPointF at = panel.topLeft() + QPointF(kPad, kPad);
    for (const LegendRow &r : rows) {
        painter->save();
        r.paint(*painter, at);
        painter->restore();
        at.ry() += r.height;
    }
    return panel.size();
}

} // namespace ea
