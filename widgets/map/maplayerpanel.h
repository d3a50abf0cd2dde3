// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QListWidget;
class QListWidgetItem;
class QProgressBar;

namespace ea {

class MapWidget;

/**
 * The map's controls, to sit beside it: a checkable list of the layers (top layer first, as in GIS
 * tools), the projection, the palette, and the tier of the latency coverage field with the progress
 * of its computation. Follows the map both ways once setMap() is called.
 */
class MapLayerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit MapLayerPanel(QWidget *parent = nullptr);

    void setMap(MapWidget *map);
    MapWidget *map() const { return m_map; }

private:
    void rebuildLayers();
    void layerItemChanged(QListWidgetItem *item);
    void requestCoverage();
    void syncFromMap();

    MapWidget *m_map = nullptr;
    QListWidget *m_layers = nullptr;
    QComboBox *m_projection = nullptr;
    QComboBox *m_palette = nullptr;
    QComboBox *m_coverageTier = nullptr;
    QProgressBar *m_progress = nullptr;
    bool m_updating = false;
};

} // namespace ea
