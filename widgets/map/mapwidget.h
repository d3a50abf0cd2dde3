// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maprenderer.h"

#include <QHash>
#include <QList>
#include <QPoint>
#include <QRect>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace ea {

/**
 * The interactive world map: a thin shell around MapRenderer, which does all the painting. Wheel zoom
 * about the cursor, drag to pan, double-click to zoom in, keys (+/−, arrows, 0 fits the world, F the
 * selection, Esc clears it), click to select a node, cluster or region (Ctrl adds), Shift+drag to select
 * the nodes in a rectangle, and tool-tips for nodes, regions and routes.
 *
 * The widget only shows values it is given (a plan snapshot, the selection, a coverage field); selecting
 * on the map updates its own selection and emits nodesSelected() / regionSelected() for the rest of the app
 * to follow. It computes nothing: asking for a coverage field (requestCoverage(), or the layer panel)
 * emits coverageRequested(), and app/ runs the job and hands back progress and the field.
 */
class MapWidget : public QWidget
{
    Q_OBJECT
public:
    explicit MapWidget(QWidget *parent = nullptr);
    ~MapWidget() override;

    /** How long a workload picked while its plan is being re-evaluated waits for its new routes. */
    static constexpr int RoutesSettleMs = 100;

    QSize sizeHint() const override { return {960, 540}; }
    QSize minimumSizeHint() const override { return {240, 160}; }

    /** The plan to show; only what changed since the last one is redrawn. */
    void setSnapshot(PlanSnapshotPtr snapshot);
    PlanSnapshotPtr snapshot() const { return m_context.plan; }
    /** Picks from elsewhere (emit nothing); indices the scenario does not have count as none. */
    void setSelectedWorkload(int workload);
    void setSelectedRegion(int region);
    void setSelectedNodes(const QList<int> &nodes);
    /** A computed field: shown, and the request counts as answered. */
    void setCoverageField(CoverageFieldPtr field);
    /** How far the requested field is (from the job computing it). */
    void setCoverageProgress(double fraction);
    /** Measured RTT (ms) per node index, where known (from the live monitor). */
    void setMeasuredRtt(const QHash<int, double> &rttMs);
    /** An N+1 check's damage per site and the picked failure (null hides them). */
    void setDamage(std::shared_ptr<const DamageOverlay> damage);
    /** The live monitor's probes (vantage point, routes, standings); null hides them. */
    void setLiveProbes(std::shared_ptr<const LiveProbeSet> probes);
    /** The plan at one hour of the day, drawn by the timeline layer (null: none); see MapContext::hour. */
    void setHour(PlanHourPtr hour, double demandScale);
    /** The fleet mode's routes (null hides them), how nodes sum them up, and the picked vantage / node. */
    void setFleet(FleetSnapshotPtr fleet, FleetAggregate aggregate, const QString &vantage, int node);
    void setProjection(geo::ProjectionKind kind);
    geo::ProjectionKind projection() const { return m_viewport.projectionKind(); }
    /** Named so as not to hide QWidget::setPalette(). */
    void setMapPalette(MapPaletteKind kind);
    MapPaletteKind mapPalette() const { return m_context.palette.kind; }

    /** In drawing order, bottom first. */
    QList<const MapLayer *> layers() const { return m_renderer.layers(); }
    bool isLayerVisible(const QString &id) const { return m_renderer.isLayerVisible(id); }
    void setLayerVisible(const QString &id, bool visible);

    /**
     * Asks for the coverage field of a tier (coverageRequested()) and shows the coverage layer (hidden until
     * the first request); the field replaces the shown one when setCoverageField() brings it.
     */
    void requestCoverage(Tier tier, double stepDeg = 0.5);
    /** Forgets the request (coverageCancelled()); the field on show stays. */
    void cancelCoverage();
    /** Between requestCoverage() and the field's arrival. */
    bool isCoverageRunning() const { return m_coverageRunning; }
    struct CoverageRequest
    {
        Tier tier = Tier::Regional;
        double stepDeg = 0.5;
    };
    /** The last request not cancelled (a new evaluator wants it computed again). */
    std::optional<CoverageRequest> coverageRequest() const { return m_coverageRequest; }

    const MapRenderer &renderer() const { return m_renderer; }
    const MapViewport &viewport() const { return m_viewport; }
    const MapContext &context() const { return m_context; }
    /** Shows another view (projection, centre, zoom); the size stays the widget's. */
    void setViewport(const MapViewport &viewport);
    MapHit hitTest(const QPointF &pos) const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitWorld();
    void fitSelection();

signals:
    void nodesSelected(const QList<int> &nodes);
    void regionSelected(int region);
    /** A fleet vantage was clicked (its name), or empty space (an empty name) while a fleet is shown. */
    void fleetVantageClicked(const QString &vantage);
    void hovered(const ea::MapHit &hit);
    void layerVisibilityChanged(const QString &id, bool visible);
    void projectionChanged(ea::geo::ProjectionKind kind);
    void mapPaletteChanged(ea::MapPaletteKind kind);
    void coverageRequested(ea::Tier tier, double stepDeg);
    void coverageCancelled();
    void coverageProgress(double fraction);
    void coverageChanged();
    void viewportChanged();

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    enum class Drag { None, Pending, Pan, RubberBand };
    void viewChanged(bool interactive);
    void clickAt(const QPointF &pos, Qt::KeyboardModifiers modifiers);
    void selectNodes(QList<int> nodes, bool emitSignal);
    void selectRegion(int region, bool emitSignal);
    void updateHover(const QPointF &pos);

    MapRenderer m_renderer;
    MapViewport m_viewport;
    MapContext m_context;
    std::optional<CoverageRequest> m_coverageRequest;
    bool m_coverageRunning = false;
    QTimer m_settle;       // ends the interactive (stretched) rendering once zooming rests
    QTimer m_routesSettle; // a workload picked while its plan is pending: redraw once evaluated (or soon)
    bool m_interactive = false;
    Drag m_drag = Drag::None;
    QPoint m_pressPos, m_lastPos;
    Qt::KeyboardModifiers m_pressModifiers;
    MapHit m_hover;
};

} // namespace ea
