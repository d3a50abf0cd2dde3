// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/planmapbinder.h"

#include "app/document.h"
#include "widgets/map/mapexport.h"
#include "widgets/map/mapwidget.h"

#include <QActionGroup>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>

namespace ea {

PlanMapBinder::PlanMapBinder(Document *document, MapWidget *map, QItemSelectionModel *tableSelection,
                             QSortFilterProxyModel *proxy, QObject *parent)
    : QObject(parent), m_document(document), m_map(map), m_selection(tableSelection), m_proxy(proxy)
{
    connect(m_document, &Document::scenarioChanged, this, &PlanMapBinder::onScenarioChanged);
    connect(m_document, &Document::placementChanged, this,
            [this] { m_map->setScenario(m_document->scenario()); });
    connect(m_document, &Document::contentChanged, this, [this] { m_map->setScenario(m_document->scenario()); });
    connect(m_document, &Document::evaluated, m_map, &MapWidget::setOutcome);
    connect(m_document, &Document::evaluatorChanged, m_map, &MapWidget::setEvaluator);
    connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &PlanMapBinder::onCurrentRowChanged);
    connect(m_map, &MapWidget::regionSelected, m_map, &MapWidget::setSelectedRegion);
}

void PlanMapBinder::onScenarioChanged()
{
    m_map->setScenario(m_document->scenario());
    m_map->setOutcome(m_document->outcome());
    m_map->setEvaluator(m_document->evaluator());
    m_map->setSelectedRegion(-1);
    m_map->setSelectedWorkload(-1);
    m_map->fitWorld();
}

void PlanMapBinder::onCurrentRowChanged()
{
    const QModelIndex current = m_selection->currentIndex();
    m_map->setSelectedWorkload(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
}

void PlanMapBinder::showCoverage(Tier tier)
{
    m_map->setLayerVisible(QStringLiteral("coverage"), true);
    m_map->requestCoverage(tier);
}

void PlanMapBinder::fillViewMenu(QMenu *view)
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

void PlanMapBinder::exportMap(QWidget *dialogParent)
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
