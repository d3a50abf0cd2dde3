// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/mapbinder.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "app/planselection.h"
#include "engine/plan/coveragefield.h"
#include "widgets/map/mapexport.h"
#include "widgets/map/mapwidget.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace ea {

MapBinder::MapBinder(Document *document, MapWidget *map, Picks picks, QObject *parent)
    : QObject(parent), m_document(document), m_map(map), m_picks(picks)
{
    PlanSelection *selection = m_document->selection();
    connect(m_document, &Document::snapshotChanged, this, &MapBinder::onSnapshot);
    connect(m_document, &Document::scenarioChanged, this, &MapBinder::onScenarioChanged);
    if (picks & Workload)
        connect(selection, &PlanSelection::workloadChanged, m_map, &MapWidget::setSelectedWorkload);
    if (picks & Region) {
        connect(selection, &PlanSelection::regionChanged, m_map, &MapWidget::setSelectedRegion);
        connect(m_map, &MapWidget::regionSelected, selection, &PlanSelection::setRegion);
    }
    if (picks & Nodes) {
        connect(selection, &PlanSelection::nodesChanged, m_map, &MapWidget::setSelectedNodes);
        connect(m_map, &MapWidget::nodesSelected, selection, &PlanSelection::setNodes);
    }
    connect(m_map, &MapWidget::coverageRequested, this, &MapBinder::computeCoverage);
    connect(m_map, &MapWidget::coverageCancelled, this, [this] {
        if (m_coverageJob)
            m_document->jobs()->cancel(m_coverageJob);
        m_coverageJob = 0;
    });
    if (const PlanSnapshotPtr snapshot = m_document->snapshot()) {
        onSnapshot(snapshot);
        onScenarioChanged();
    }
}

MapBinder::~MapBinder()
{
    if (m_coverageJob && m_document)
        m_document->jobs()->cancel(m_coverageJob);
}

void MapBinder::onSnapshot(const PlanSnapshotPtr &snapshot)
{
    const std::shared_ptr<const Evaluator> before =
        m_map->snapshot() ? m_map->snapshot()->evaluator : nullptr;
    m_map->setSnapshot(snapshot);
    // A field of another evaluator is out of date: compute the one asked for again.
    if (snapshot->evaluator && snapshot->evaluator != before)
        if (const auto request = m_map->coverageRequest())
            m_map->requestCoverage(request->tier, request->stepDeg);
}

void MapBinder::onScenarioChanged()
{
    const PlanSelection *selection = m_document->selection();
    m_map->setSelectedRegion((m_picks & Region) ? selection->region() : -1);
    m_map->setSelectedWorkload((m_picks & Workload) ? selection->workload() : -1);
    m_map->setSelectedNodes((m_picks & Nodes) ? selection->nodes() : QList<int>{});
    m_map->fitWorld();
}

void MapBinder::computeCoverage(Tier tier, double stepDeg)
{
    const std::shared_ptr<const Evaluator> evaluator =
        m_map->snapshot() ? m_map->snapshot()->evaluator : nullptr;
    if (!evaluator)
        return; // asked for again once the evaluator is there (onSnapshot)
    JobSpec spec;
    spec.lane = QLatin1String(CoverageLane);
    //: Status bar: %1 is a tier ("Edge")
    spec.label = tr("Computing the %1 coverage field").arg(tierLabel(tier).toLower());
    spec.progress = [map = m_map](double fraction, const QString &) { map->setCoverageProgress(fraction); };
    m_coverageJob = m_document->jobs()->run(
        spec, m_map,
        [evaluator, tier, stepDeg](JobControl &control) {
            return computeCoverageField(*evaluator, tier, stepDeg, control.cancelFlag(),
                                        control.progressCallback());
        },
        [this](CoverageFieldPtr field) {
            m_coverageJob = 0;
            if (field)
                m_map->setCoverageField(std::move(field));
        });
}

void MapBinder::showCoverage(Tier tier)
{
    m_map->requestCoverage(tier);
}

void MapBinder::fillViewMenu(QMenu *view)
{
    QMenu *projection = view->addMenu(tr("&Projection"));
    auto *projections = new QActionGroup(projection);
    for (const auto &[kind, label] :
         {std::pair{geo::ProjectionKind::EqualEarth, tr("&Equal Earth (equal area)")},
          std::pair{geo::ProjectionKind::WebMercator, tr("Web &Mercator")},
          std::pair{geo::ProjectionKind::Equirectangular, tr("E&quirectangular")}}) {
        QAction *a = projection->addAction(label, this, [this, kind = kind] { m_map->setProjection(kind); });
        a->setCheckable(true);
        a->setChecked(m_map->viewport().projectionKind() == kind);
        projections->addAction(a);
        connect(m_map, &MapWidget::projectionChanged, a,
                [a, kind = kind](geo::ProjectionKind k) { a->setChecked(k == kind); });
    }
    QMenu *palette = view->addMenu(tr("Map &Palette"));
    auto *palettes = new QActionGroup(palette);
    for (const auto &[kind, label] :
         {std::pair{MapPaletteKind::Light, tr("&Light")}, std::pair{MapPaletteKind::Dark, tr("&Dark")}}) {
        QAction *a = palette->addAction(label, this, [this, kind = kind] { m_map->setMapPalette(kind); });
        a->setCheckable(true);
        a->setChecked(kind == MapPaletteKind::Light);
        palettes->addAction(a);
        connect(m_map, &MapWidget::mapPaletteChanged, a,
                [a, kind = kind](MapPaletteKind k) { a->setChecked(k == kind); });
    }
    QMenu *coverage = view->addMenu(tr("Latency &Coverage"));
    coverage->setToolTip(tr("Colour every place by the best modeled RTT to a node of the tier"));
    for (Tier t : AllTiers)
        coverage->addAction(tierLabel(t), this, [this, t] { showCoverage(t); });
    coverage->addSeparator();
    coverage->addAction(tr("&Hide"), this, [this] {
        m_map->cancelCoverage();
        m_map->setLayerVisible(QStringLiteral("coverage"), false);
    });
    view->addSeparator();
    view->addAction(tr("Zoom &In"), QKeySequence::ZoomIn, m_map, &MapWidget::zoomIn);
    view->addAction(tr("Zoom &Out"), QKeySequence::ZoomOut, m_map, &MapWidget::zoomOut);
    view->addAction(tr("&Whole World"), QKeySequence(Qt::CTRL | Qt::Key_0), m_map, &MapWidget::fitWorld);
    view->addAction(tr("Fit &Selection"), QKeySequence(Qt::CTRL | Qt::Key_F), m_map,
                    &MapWidget::fitSelection);
}

void MapBinder::exportMap(QWidget *dialogParent)
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("export/lastDir")).toString();
    QString selected;
    const QString fileName = QFileDialog::getSaveFileName(
        dialogParent, tr("Export Map"), dir + QStringLiteral("/edgeatlas-map.png"),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (fileName.isEmpty())
        return;
    settings.setValue(QStringLiteral("export/lastDir"), QFileInfo(fileName).absolutePath());
    QString error;
    // Twice the on-screen size, so a printed or zoomed image stays sharp.
    const QSize size = m_map->size() * 2;
    if (!ea::exportMap(m_map->renderer(), m_map->viewport(), m_map->context(), fileName, size, &error))
        QMessageBox::warning(dialogParent, tr("Export Map"),
                             tr("The map could not be exported:\n%1").arg(error));
}

} // namespace ea
