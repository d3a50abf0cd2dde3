// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/map/maplayer.h"

#include <QSize>
#include <QString>

namespace ea {

class MapRenderer;

/**
 * Writes the map to a file with the same painting code as the screen: PNG (raster), SVG or PDF
 * (vectors, the coverage field as an embedded image), chosen by the suffix. The view keeps its centre
 * and shows the same area, scaled to size (pixels; points for PDF). The file is written atomically
 * (QSaveFile): on failure it is left as it was, and *error says why.
 */
bool exportMap(const MapRenderer &renderer, const MapViewport &viewport, const MapContext &context,
               const QString &fileName, QSize size, QString *error = nullptr);

/** The suffixes exportMap() understands, lower case: "png", "svg", "pdf". */
QStringList mapExportSuffixes();

} // namespace ea
