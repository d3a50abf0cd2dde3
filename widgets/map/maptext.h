// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QString>

class QPainter;

namespace ea::MapText {

/** The font of map labels: the application font at a pixel size, so output size does not depend on DPI. */
QFont font(int pixelSize, bool bold = false);

/**
 * Draws text with a halo (a soft outline in the background colour) so it stays legible over any part
 * of the map. anchor is the left end of the baseline moved by alignment: Qt::AlignLeft/Right/HCenter
 * and Qt::AlignTop/Bottom/VCenter pick which point of the text's box sits on the anchor.
 */
void drawLabel(QPainter &painter, const QPointF &anchor, const QString &text, const QFont &font,
               const QColor &colour, const QColor &halo,
               Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

} // namespace ea::MapText
