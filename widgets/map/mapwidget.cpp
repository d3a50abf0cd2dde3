// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mapwidget.h"

#include "engine/plan/evaluator.h"
#include "widgets/map/coveragelayer.h"
#include "widgets/map/mapselection.h"
#include "widgets/map/maptooltip.h"
#include "widgets/map/nodeslayer.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
constexpr int kDragThresholdPx = 4;
constexpr double kKeyZoom = 1.5;
} // namespace

MapWidget::MapWidget(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("World map"));
    setAccessibleDescription(
        tr("Inference nodes, demand regions, routes and latency coverage on a world map. "
           "Plus and minus zoom, arrow keys pan, 0 shows the whole world, F fits the selection."));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    m_viewport.setSize(size());
    // Shown once a field is asked for (requestCoverage()); until then it would only be an empty promise.
    m_renderer.setLayerVisible(QString::fromLatin1(CoverageLayer::Id), false);
    m_settle.setSingleShot(true);
    m_settle.setInterval(160);
    m_routesSettle.setSingleShot(true);
    m_routesSettle.setInterval(RoutesSettleMs);
    connect(&m_routesSettle, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    connect(&m_settle, &QTimer::timeout, this, [this] {
        m_interactive = false;
        update();
    });
}

MapWidget::~MapWidget() = default;

void MapWidget::setSnapshot(PlanSnapshotPtr snapshot)
{
    const PlanSnapshot::Changes changes = snapshot->changesSince(m_context.plan.get());
    m_context.plan = std::move(snapshot);
    if (changes.content) {
        MapSelection::dropStale(m_context);
        m_hover = {};
    }
    // What the map draws comes from the scenario's content, the outcome and the evaluator; the tiers of the
    // workloads alone (a move before its evaluation) change nothing on it.
    if (changes.content || changes.outcome || changes.evaluator ||
        (m_routesSettle.isActive() && !m_context.plan->pending())) {
        m_routesSettle.stop();
        update();
    }
}

void MapWidget::setSelectedWorkload(int workload)
{
    const int count = m_context.scenario() ? int(m_context.scenario()->workloads.size()) : 0;
    if (workload < 0 || workload >= count)
        workload = -1;
    if (workload == m_context.selectedWorkload)
        return;
    m_context.selectedWorkload = workload;
    // A workload picked as it is moved (a drop on the board) is re-evaluated at once: wait a moment for
    // its new routes rather than draw its old ones first.
    if (m_context.plan && m_context.plan->pending())
        m_routesSettle.start();
    else
        update();
}

void MapWidget::setSelectedRegion(int region)
{
    selectRegion(region, false);
}

void MapWidget::setSelectedNodes(const QList<int> &nodes)
{
    selectNodes(nodes, false);
}

void MapWidget::setCoverageField(CoverageFieldPtr field)
{
    m_context.coverage = std::move(field);
    m_coverageRunning = false;
    emit coverageProgress(1.0);
    emit coverageChanged();
    update();
}

void MapWidget::setCoverageProgress(double fraction)
{
    if (m_coverageRunning)
        emit coverageProgress(fraction);
}

void MapWidget::setMeasuredRtt(const QHash<int, double> &rttMs)
{
    m_context.measuredRttMs = rttMs;
    update();
}

void MapWidget::setDamage(std::shared_ptr<const DamageOverlay> damage)
{
    m_context.damage = std::move(damage);
    update();
}

void MapWidget::setLiveProbes(std::shared_ptr<const LiveProbeSet> probes)
{
    m_context.liveProbes = std::move(probes);
    update();
}

void MapWidget::setHour(PlanHourPtr hour, double demandScale)
{
    m_context.hour = std::move(hour);
    m_context.hourDemandScale = demandScale;
    update();
}

void MapWidget::setFleet(FleetSnapshotPtr fleet, FleetAggregate aggregate, const QString &vantage, int node)
{
    m_context.fleet = std::move(fleet);
    m_context.fleetAggregate = aggregate;
    m_context.fleetVantage = vantage;
    m_context.fleetNode = node;
    update();
}

void MapWidget::setProjection(geo::ProjectionKind kind)
{
    if (kind == m_viewport.projectionKind())
        return;
    m_viewport.setProjection(kind);
    emit projectionChanged(kind);
    viewChanged(false);
}

void MapWidget::setMapPalette(MapPaletteKind kind)
{
    if (kind == m_context.palette.kind)
        return;
    m_context.palette = MapPalette::forKind(kind);
    emit mapPaletteChanged(kind);
    update();
}

void MapWidget::setLayerVisible(const QString &id, bool visible)
{
    if (!m_renderer.setLayerVisible(id, visible))
        return;
    m_hover = {};
    emit layerVisibilityChanged(id, visible);
    update();
}

void MapWidget::requestCoverage(Tier tier, double stepDeg)
{
    m_coverageRequest = CoverageRequest{tier, stepDeg};
    m_coverageRunning = true;
    setLayerVisible(QString::fromLatin1(CoverageLayer::Id), true);
    emit coverageProgress(0.0);
    emit coverageRequested(tier, stepDeg);
}

void MapWidget::cancelCoverage()
{
    const bool running = m_coverageRunning;
    m_coverageRequest.reset();
    m_coverageRunning = false;
    if (running)
        emit coverageProgress(1.0);
    emit coverageCancelled();
}

void MapWidget::setViewport(const MapViewport &viewport)
{
    const geo::ProjectionKind before = m_viewport.projectionKind();
    m_viewport = viewport;
    m_viewport.setSize(size());
    if (before != m_viewport.projectionKind())
        emit projectionChanged(m_viewport.projectionKind());
    viewChanged(false);
}

MapHit MapWidget::hitTest(const QPointF &pos) const
{
    return m_renderer.hitTest(pos, m_viewport, m_context);
}

void MapWidget::zoomIn()
{
    m_viewport.zoomAbout(rect().center(), kKeyZoom);
    viewChanged(true);
}

void MapWidget::zoomOut()
{
    m_viewport.zoomAbout(rect().center(), 1.0 / kKeyZoom);
    viewChanged(true);
}

void MapWidget::fitWorld()
{
    m_viewport.fitWorld();
    viewChanged(false);
}

void MapWidget::fitSelection()
{
    if (!m_context.scenario())
        return;
    const Scenario &s = *m_context.scenario();
    QList<QPointF> lonLat;
    for (int n : m_context.selectedNodes)
        lonLat.append(QPointF(s.nodes[size_t(n)].lon, s.nodes[size_t(n)].lat));
    if (m_context.selectedRegion >= 0)
        lonLat.append(QPointF(s.regions[size_t(m_context.selectedRegion)].lon,
                              s.regions[size_t(m_context.selectedRegion)].lat));
    if (lonLat.isEmpty())
        m_viewport.fitWorld();
    else
        m_viewport.fitLonLat(lonLat, 48);
    viewChanged(false);
}

void MapWidget::viewChanged(bool interactive)
{
    m_hover = {};
    if (interactive) {
        m_interactive = true;
        m_settle.start();
    }
    emit viewportChanged();
    update();
}

bool MapWidget::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const MapHit hit = hitTest(help->pos());
        const QString text = MapToolTip::text(hit, m_context);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this,
                               QRect(help->pos() - QPoint(6, 6), QSize(12, 12)));
        return true;
    }
    return QWidget::event(event);
}

void MapWidget::paintEvent(QPaintEvent *)
{
    m_viewport.setDevicePixelRatio(devicePixelRatioF());
    QPainter painter(this);
    m_renderer.paint(painter, m_viewport, m_context,
                     m_interactive ? MapRenderer::Caching::Interactive : MapRenderer::Caching::Auto);
    if (m_drag == Drag::RubberBand) {
        const QRectF band = QRectF(m_pressPos, m_lastPos).normalized();
        QColor fill = m_context.palette.selection;
        fill.setAlphaF(0.08f);
        painter.setPen(QPen(m_context.palette.selection, 1, Qt::DashLine));
        painter.setBrush(fill);
        painter.drawRect(band);
    }
}

void MapWidget::resizeEvent(QResizeEvent *)
{
    m_viewport.setSize(size());
    viewChanged(false);
}

void MapWidget::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_viewport.zoomAbout(event->position(), std::pow(1.25, steps));
    viewChanged(true);
    event->accept();
}

void MapWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressPos = m_lastPos = event->position().toPoint();
    m_pressModifiers = event->modifiers();
    m_drag = Drag::Pending;
}

void MapWidget::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_drag == Drag::None) {
        updateHover(event->position());
        return;
    }
    if (m_drag == Drag::Pending && (pos - m_pressPos).manhattanLength() >= kDragThresholdPx) {
        m_drag = m_pressModifiers & Qt::ShiftModifier ? Drag::RubberBand : Drag::Pan;
        setCursor(m_drag == Drag::Pan ? Qt::ClosedHandCursor : Qt::CrossCursor);
    }
    if (m_drag == Drag::Pan) {
        m_viewport.panBy(pos - m_lastPos);
        viewChanged(false);
    } else if (m_drag == Drag::RubberBand) {
        update();
    }
    m_lastPos = pos;
}

void MapWidget::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pending) {
        clickAt(event->position(), event->modifiers());
    } else if (drag == Drag::RubberBand) {
        const QRectF band = QRectF(m_pressPos, event->position()).normalized();
        QList<int> nodes = m_renderer.nodesLayer().nodesIn(band, m_viewport, m_context);
        if (m_pressModifiers & Qt::ControlModifier) {
            for (int n : m_context.selectedNodes)
                nodes.append(n);
        }
        selectNodes(nodes, true);
    }
    update();
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_viewport.zoomAbout(event->position(), 2.0);
    viewChanged(true);
}

void MapWidget::keyPressEvent(QKeyEvent *event)
{
    const double step = (event->modifiers() & Qt::ShiftModifier) ? 0.5 : 0.125; // of the widget's size
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
        fitWorld();
        return;
    case Qt::Key_F:
        fitSelection();
        return;
    case Qt::Key_Escape:
        selectNodes({}, true);
        selectRegion(-1, true);
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int key = event->key();
        const double dx = key == Qt::Key_Left ? 1 : key == Qt::Key_Right ? -1 : 0;
        const double dy = key == Qt::Key_Up ? 1 : key == Qt::Key_Down ? -1 : 0;
        m_viewport.panBy(QPointF(dx * width() * step, dy * height() * step));
        viewChanged(false);
        return;
    }
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapWidget::leaveEvent(QEvent *event)
{
    if (m_hover.isValid()) {
        m_hover = {};
        emit hovered(m_hover);
    }
    QWidget::leaveEvent(event);
}

void MapWidget::clickAt(const QPointF &pos, Qt::KeyboardModifiers modifiers)
{
    const MapHit hit = hitTest(pos);
    const bool add = modifiers & Qt::ControlModifier;
    if (hit.kind == MapHit::Kind::FleetVantage && m_context.fleet &&
        size_t(hit.index) < m_context.fleet->vantages.size()) {
        emit fleetVantageClicked(m_context.fleet->vantages[size_t(hit.index)].name);
    } else if (hit.kind == MapHit::Kind::FleetRoute) {
        // A route: its vantage and node (the table shows the one route).
        if (m_context.fleet && size_t(hit.index) < m_context.fleet->reading.routes.size()) {
            const FleetRoute &r = m_context.fleet->reading.routes[size_t(hit.index)];
            emit fleetVantageClicked(r.vantage);
            if (r.target.node >= 0)
                selectNodes({r.target.node}, true);
        }
    } else if (hit.kind == MapHit::Kind::Node) {
        selectNodes(MapSelection::afterNodeClick(hit, m_context.selectedNodes, add), true);
    } else if (hit.kind == MapHit::Kind::Region || hit.kind == MapHit::Kind::Route) {
        selectRegion(hit.index, true);
    } else if (!add) {
        selectNodes({}, true);
        selectRegion(-1, true);
        if (m_context.fleet)
            emit fleetVantageClicked(QString());
    }
}

void MapWidget::selectNodes(QList<int> nodes, bool emitSignal)
{
    nodes = MapSelection::validNodes(std::move(nodes), m_context);
    const QSet<int> set(nodes.begin(), nodes.end());
    if (set == m_context.selectedNodes)
        return;
    m_context.selectedNodes = set;
    if (emitSignal)
        emit nodesSelected(nodes);
    update();
}

void MapWidget::selectRegion(int region, bool emitSignal)
{
    region = MapSelection::validRegion(region, m_context);
    if (region == m_context.selectedRegion)
        return;
    m_context.selectedRegion = region;
    if (emitSignal)
        emit regionSelected(region);
    update();
}

void MapWidget::updateHover(const QPointF &pos)
{
    const MapHit hit = hitTest(pos);
    const bool changed =
        hit.kind != m_hover.kind || hit.index != m_hover.index || hit.members != m_hover.members;
    m_hover = hit;
    if (!changed)
        return;
    setCursor(hit.isValid() ? Qt::PointingHandCursor : Qt::ArrowCursor);
    emit hovered(hit);
}

} // namespace ea
