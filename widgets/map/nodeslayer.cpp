// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/nodeslayer.h"

#include "engine/plan/evaluator.h"
#include "widgets/map/maptext.h"
#include "widgets/map/nodesymbol.h"

#include <QHash>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace ea {

namespace {
constexpr std::array<Tier, TierCount> kDrawOrder{Tier::Edge, Tier::OnPrem, Tier::Regional, Tier::Central};

constexpr double kFadedOpacity = 0.3;

quint64 spriteKey(Tier tier, double radius, int colour, bool faded, int count, const MapContext &ctx,
                  qreal dpr)
{
    return quint64(static_cast<int>(tier)) | quint64(std::lround(radius * 4) & 0xff) << 2 |
           quint64(colour & 0x1ff) << 10 | quint64(faded) << 19 | quint64(std::min(count, 0xffff)) << 20 |
           quint64(ctx.palette.kind == MapPaletteKind::Dark) << 36 |
           quint64(std::lround(dpr * 8) & 0xff) << 37;
}
} // namespace

NodesLayer::Colouring NodesLayer::colouring(const MapContext &ctx)
{
    if (ctx.selectedRegion >= 0 && ctx.evaluator())
        return Colouring::Modeled;
    if (!ctx.measuredRttMs.isEmpty())
        return Colouring::Measured;
    return Colouring::ByTier;
}

void NodesLayer::ensureRtt(const MapContext &ctx) const
{
    if (m_rttEvaluator == ctx.evaluatorPtr() && m_rttRegion == ctx.selectedRegion)
        return;
    m_rttEvaluator = ctx.evaluatorPtr();
    m_rttRegion = ctx.selectedRegion;
    m_rtt.clear();
    if (!ctx.evaluator() || ctx.selectedRegion < 0)
        return;
    const int n = int(ctx.evaluator()->scenario().nodes.size());
    m_rtt.resize(size_t(n));
    for (int i = 0; i < n; ++i)
        m_rtt[size_t(i)] = float(ctx.evaluator()->networkRttMs(ctx.selectedRegion, i));
}

void NodesLayer::ensureServing(const MapContext &ctx) const
{
    if (m_servingOutcome == ctx.outcomePtr() && m_servingWorkload == ctx.selectedWorkload)
        return;
    m_servingOutcome = ctx.outcomePtr();
    m_servingWorkload = ctx.selectedWorkload;
    m_serving.clear();
    if (!ctx.outcome() || ctx.selectedWorkload < 0)
        return;
    m_serving.assign(ctx.scenario()->nodes.size(), false);
    for (const RegionOutcome &r : ctx.outcome()->workloads[size_t(ctx.selectedWorkload)].regions) {
        if (r.node >= 0)
            m_serving[size_t(r.node)] = true;
    }
}

std::optional<double> NodesLayer::modeledRttMs(int node, const MapContext &ctx) const
{
    ensureRtt(ctx);
    if (node < 0 || size_t(node) >= m_rtt.size())
        return std::nullopt;
    return m_rtt[size_t(node)];
}

int NodesLayer::latencyIndex(const Cluster &c, Colouring mode, const MapContext &ctx) const
{
    double best = std::numeric_limits<double>::infinity();
    for (int n : c.members) {
        if (mode == Colouring::Modeled && size_t(n) < m_rtt.size())
            best = std::min(best, double(m_rtt[size_t(n)]));
        else if (mode == Colouring::Measured) {
            const auto it = ctx.measuredRttMs.constFind(n);
            if (it != ctx.measuredRttMs.constEnd())
                best = std::min(best, *it);
        }
    }
    return std::isfinite(best) ? MapPalette::lutIndex(best) : -1;
}

void NodesLayer::prepare(const MapViewport &vp, const MapContext &ctx) const
{
    const int projection = static_cast<int>(vp.projectionKind());
    if (m_scenario != ctx.contentPtr() || m_projection != projection) {
        m_scenario = ctx.contentPtr();
        m_projection = projection;
        m_world.clear();
        if (m_scenario) {
            m_world.reserve(m_scenario->nodes.size());
            for (const Node &n : m_scenario->nodes)
                m_world.push_back(vp.projection().project(n.lon, n.lat));
        }
        m_clusterZoom = -1;
    }
    if (m_clusterZoom != vp.zoom()) {
        m_clusterZoom = vp.zoom();
        ++m_clusterStamp;
        m_clusters.clear();
        const double scale = vp.scale();
        const bool cluster = scale < ClusterBelowScale;
        const double cell = ClusterCellPx / vp.zoom();
        const std::vector<Node> empty;
        const std::vector<Node> &nodes = m_scenario ? m_scenario->nodes : empty;
        for (Tier tier : kDrawOrder) {
            QHash<quint64, int> cells;
            const size_t first = m_clusters.size();
            for (size_t i = 0; i < nodes.size(); ++i) {
                if (nodes[i].tier != tier)
                    continue;
                const QPointF &w = m_world[i];
                const float r = float(NodeSymbol::radius(nodes[i].gpuCount, scale));
                if (cluster) {
                    const quint64 key = quint64(quint32(qint32(std::floor(w.x() / cell)))) << 32 |
                                        quint32(qint32(std::floor(w.y() / cell)));
                    const auto it = cells.constFind(key);
                    if (it != cells.constEnd()) {
                        Cluster &c = m_clusters[size_t(*it)];
                        c.world += w; // summed here, averaged below
                        c.radius = std::max(c.radius, r);
                        c.members.push_back(int(i));
                        continue;
                    }
                    cells.insert(key, int(m_clusters.size()));
                }
                m_clusters.push_back({w, tier, r, {int(i)}});
            }
            for (size_t c = first; c < m_clusters.size(); ++c) {
                Cluster &cl = m_clusters[c];
                const auto count = cl.members.size();
                if (count > 1) {
                    cl.world /= double(count);
                    cl.radius = float(NodeSymbol::clusterRadius(int(count), cl.radius));
                }
            }
        }
    }
    if (!m_drawnViewport || !(*m_drawnViewport == vp) || m_drawnStamp != m_clusterStamp) {
        m_drawnViewport = vp;
        m_drawnStamp = m_clusterStamp;
        m_screen.resize(m_clusters.size());
        m_radius.resize(m_clusters.size());
        const QTransform t = vp.worldToScreen();
        for (size_t i = 0; i < m_clusters.size(); ++i) {
            m_screen[i] = t.map(m_clusters[i].world);
            m_radius[i] = m_clusters[i].radius;
        }
        m_grid.build(vp.rect(), m_screen, m_radius);
    }
}

void NodesLayer::paint(QPainter &painter, const MapViewport &vp, const MapContext &ctx) const
{
    if (!ctx.scenario() || ctx.scenario()->nodes.empty())
        return;
    prepare(vp, ctx);
    const Colouring mode = colouring(ctx);
    if (mode == Colouring::Modeled)
        ensureRtt(ctx);
    ensureServing(ctx);
    const MapPalette &pal = ctx.palette;
    const bool raster = MapSprites::isRaster(painter);
    const qreal dpr = vp.devicePixelRatio();
    const QRectF view = vp.rect();

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    std::vector<size_t> selected;
    // Faded nodes first, so they never hide the ones that serve the selected workload.
    for (int pass = 0; pass < (m_serving.empty() ? 1 : 2); ++pass)
        for (size_t i = 0; i < m_clusters.size(); ++i) {
            const Cluster &c = m_clusters[i];
            const QPointF &p = m_screen[i];
            const double r = c.radius;
            if (p.x() < view.left() - r - 4 || p.x() > view.right() + r + 4 || p.y() < view.top() - r - 4 ||
                p.y() > view.bottom() + r + 4)
                continue;
            const bool isSelected = std::any_of(c.members.begin(), c.members.end(),
                                                [&](int n) { return ctx.selectedNodes.contains(n); });
            const bool faded =
                !m_serving.empty() && !isSelected &&
                std::none_of(c.members.begin(), c.members.end(), [&](int n) { return m_serving[size_t(n)]; });
            if (!m_serving.empty() && faded != (pass == 0))
                continue;
            if (isSelected)
                selected.push_back(i);
            const int lut = mode == Colouring::ByTier ? -1 : latencyIndex(c, mode, ctx);
            const QColor fill = lut < 0 ? pal.tierColour(c.tier) : QColor(pal.latencyLut()[size_t(lut)]);
            const int count = int(c.members.size());
            if (raster) {
                const quint64 key =
                    spriteKey(c.tier, r, lut < 0 ? 256 + int(c.tier) : lut, faded, count, ctx, dpr);
                const QImage &sprite = m_sprites.get(key, r + 3.5, dpr, [&](QPainter &sp) {
                    sp.setOpacity(faded ? kFadedOpacity : 1.0);
                    if (count > 1)
                        NodeSymbol::drawCluster(sp, c.tier, QPointF(0, 0), r, count, fill, pal.symbolOutline,
                                                pal.clusterText);
                    else
                        NodeSymbol::draw(sp, c.tier, QPointF(0, 0), r, fill, pal.symbolOutline);
                });
                MapSprites::draw(painter, p, sprite, dpr);
                continue;
            }
            painter.setOpacity(faded ? kFadedOpacity : 1.0);
            if (count > 1)
                NodeSymbol::drawCluster(painter, c.tier, p, r, count, fill, pal.symbolOutline,
                                        pal.clusterText);
            else
                NodeSymbol::draw(painter, c.tier, p, r, fill, pal.symbolOutline);
        }
    painter.setOpacity(1.0);

    // Selection on top: a ring in the selection colour, and names while there are few.
    const QFont font = MapText::font(11, true);
    for (size_t i : selected) {
        const Cluster &c = m_clusters[i];
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(pal.halo, 4.5));
        painter.drawPath(NodeSymbol::path(c.tier, c.radius + 3.0).translated(m_screen[i]));
        painter.setPen(QPen(pal.selection, 2.0));
        painter.drawPath(NodeSymbol::path(c.tier, c.radius + 3.0).translated(m_screen[i]));
        if (selected.size() <= size_t(MaxLabels) && c.members.size() == 1) {
            MapText::drawLabel(painter, m_screen[i] + QPointF(c.radius + 6, 0),
                               ctx.scenario()->nodes[size_t(c.members.front())].name, font, pal.text,
                               pal.halo);
        }
    }
    painter.restore();
}

MapHit NodesLayer::hitTest(const QPointF &screen, const MapViewport &vp, const MapContext &ctx,
                           double radiusPx) const
{
    if (!ctx.scenario() || ctx.scenario()->nodes.empty())
        return {};
    prepare(vp, ctx);
    const ScreenGrid::Hit h = m_grid.nearest(screen, radiusPx);
    if (h.item < 0)
        return {};
    const Cluster &c = m_clusters[size_t(h.item)];
    MapHit hit;
    hit.kind = MapHit::Kind::Node;
    hit.index = c.members.front();
    hit.distancePx = h.distancePx;
    if (c.members.size() > 1)
        hit.members = QList<int>(c.members.begin(), c.members.end());
    return hit;
}

QList<int> NodesLayer::nodesIn(const QRectF &screenRect, const MapViewport &vp, const MapContext &ctx) const
{
    QList<int> out;
    if (!ctx.scenario())
        return out;
    prepare(vp, ctx);
    for (int i : m_grid.within(screenRect)) {
        for (int n : m_clusters[size_t(i)].members)
            out.append(n);
    }
    std::sort(out.begin(), out.end());
    return out;
}

void NodesLayer::clearCaches() const
{
    m_scenario.reset();
    m_projection = -1;
    m_world.clear();
    m_clusterZoom = -1;
    m_clusters.clear();
    m_drawnViewport.reset();
    m_grid.clear();
    m_rttEvaluator.reset();
    m_rttRegion = -1;
    m_servingOutcome.reset();
    m_servingWorkload = -2;
    m_serving.clear();
    m_rtt.clear();
    m_sprites.clear();
}

} // namespace ea
