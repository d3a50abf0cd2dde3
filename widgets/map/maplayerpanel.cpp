// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/maplayerpanel.h"

#include "widgets/map/coveragelayer.h"
#include "widgets/map/mapwidget.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QVBoxLayout>

namespace ea {

namespace {
constexpr double kCoverageStepDeg = 0.5;
}

MapLayerPanel::MapLayerPanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Layers"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_layers = new QListWidget(this);
    m_layers->setAccessibleName(tr("Map layers"));
    m_layers->setToolTip(tr("Layers of the map, top first; uncheck one to hide it"));
    m_layers->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    layout->addWidget(m_layers);

    auto *form = new QFormLayout;
    m_projection = new QComboBox(this);
    for (auto kind : {geo::ProjectionKind::EqualEarth, geo::ProjectionKind::WebMercator,
                      geo::ProjectionKind::Equirectangular})
        m_projection->addItem(geo::Projection::create(kind)->name(), static_cast<int>(kind));
    m_projection->setToolTip(
        tr("Equal Earth keeps areas true; Web Mercator keeps shapes; equirectangular is plain lon/lat"));
    form->addRow(tr("&Projection:"), m_projection);
    m_palette = new QComboBox(this);
    for (auto kind : {MapPaletteKind::Light, MapPaletteKind::Dark})
        m_palette->addItem(MapPalette::label(kind), static_cast<int>(kind));
    form->addRow(tr("P&alette:"), m_palette);
    m_coverageTier = new QComboBox(this);
    for (Tier t : AllTiers)
        m_coverageTier->addItem(tierLabel(t), static_cast<int>(t));
    m_coverageTier->setToolTip(
        tr("The latency coverage layer shows, for every place on land, the best modeled "
           "round trip to a node of this tier"));
    form->addRow(tr("&Coverage to:"), m_coverageTier);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setFormat(tr("Computing coverage… %p%"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    layout->addStretch(1);
    setEnabled(false);

    connect(m_layers, &QListWidget::itemChanged, this, &MapLayerPanel::layerItemChanged);
    connect(m_projection, &QComboBox::currentIndexChanged, this, [this] {
        if (m_map && !m_updating)
            m_map->setProjection(static_cast<geo::ProjectionKind>(m_projection->currentData().toInt()));
    });
    connect(m_palette, &QComboBox::currentIndexChanged, this, [this] {
        if (m_map && !m_updating)
            m_map->setMapPalette(static_cast<MapPaletteKind>(m_palette->currentData().toInt()));
    });
    connect(m_coverageTier, &QComboBox::currentIndexChanged, this, [this] {
        if (m_map && !m_updating && m_map->isLayerVisible(QString::fromLatin1(CoverageLayer::Id)))
            requestCoverage();
    });
}

void MapLayerPanel::setMap(MapWidget *map)
{
    if (m_map)
        disconnect(m_map, nullptr, this, nullptr);
    m_map = map;
    setEnabled(m_map != nullptr);
    if (!m_map)
        return;
    connect(m_map, &MapWidget::layerVisibilityChanged, this, &MapLayerPanel::syncFromMap);
    connect(m_map, &MapWidget::projectionChanged, this, &MapLayerPanel::syncFromMap);
    connect(m_map, &MapWidget::mapPaletteChanged, this, &MapLayerPanel::syncFromMap);
    connect(m_map, &MapWidget::coverageProgress, this, [this](double fraction) {
        m_progress->setValue(int(fraction * 100));
        m_progress->setVisible(fraction < 1.0);
    });
    connect(m_map, &MapWidget::coverageChanged, this, &MapLayerPanel::syncFromMap);
    connect(m_map, &QObject::destroyed, this, [this] { setMap(nullptr); });
    rebuildLayers();
    syncFromMap();
}

void MapLayerPanel::rebuildLayers()
{
    m_updating = true;
    m_layers->clear();
    const QList<const MapLayer *> layers = m_map->layers();
    for (auto it = layers.crbegin(); it != layers.crend(); ++it) {
        auto *item = new QListWidgetItem((*it)->title(), m_layers);
        item->setData(Qt::UserRole, (*it)->id());
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState((*it)->isVisible() ? Qt::Checked : Qt::Unchecked);
    }
    m_updating = false;
}

void MapLayerPanel::syncFromMap()
{
    if (!m_map)
        return;
    m_updating = true;
    for (int i = 0; i < m_layers->count(); ++i) {
        QListWidgetItem *item = m_layers->item(i);
        const bool visible = m_map->isLayerVisible(item->data(Qt::UserRole).toString());
        item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
    m_projection->setCurrentIndex(m_projection->findData(static_cast<int>(m_map->projection())));
    m_palette->setCurrentIndex(m_palette->findData(static_cast<int>(m_map->mapPalette())));
    if (const CoverageFieldPtr &field = m_map->context().coverage)
        m_coverageTier->setCurrentIndex(m_coverageTier->findData(static_cast<int>(field->tier)));
    m_updating = false;
}

void MapLayerPanel::layerItemChanged(QListWidgetItem *item)
{
    if (!m_map || m_updating)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    const bool visible = item->checkState() == Qt::Checked;
    m_map->setLayerVisible(id, visible);
    // Turning the coverage layer on is the moment to compute the field, if there is none of that tier.
    const auto tier = static_cast<Tier>(m_coverageTier->currentData().toInt());
    const CoverageFieldPtr &field = m_map->context().coverage;
    if (visible && id == QLatin1String(CoverageLayer::Id) && (!field || field->tier != tier) &&
        !m_map->isCoverageRunning())
        requestCoverage();
}

void MapLayerPanel::requestCoverage()
{
    m_map->requestCoverage(static_cast<Tier>(m_coverageTier->currentData().toInt()), kCoverageStepDeg);
}

} // namespace ea
