// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/maptext.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>

namespace ea::MapText {

QFont font(int pixelSize, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPixelSize(pixelSize);
    f.setBold(bold);
    return f;
}

void drawLabel(QPainter &painter, const QPointF &anchor, const QString &text, const QFont &font,
               const QColor &colour, const QColor &halo, Qt::Alignment alignment)
{
    const QFontMetricsF fm(font, painter.device());
    const double w = fm.horizontalAdvance(text);
    double x = anchor.x(), y = anchor.y();
    if (alignment & Qt::AlignRight)
        x -= w;
    else if (alignment & Qt::AlignHCenter)
        x -= w / 2;
    if (alignment & Qt::AlignTop)
        y += fm.ascent();
    else if (alignment & Qt::AlignBottom)
        y -= fm.descent();
    else
        y += (fm.ascent() - fm.descent()) / 2;
    QPainterPath path;
    path.addText(QPointF(x, y), font, text);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    QPen pen(halo, 3.0);
    pen.setJoinStyle(Qt::RoundJoin);
    painter.strokePath(path, pen);
    painter.fillPath(path, colour);
    painter.restore();
}

} // namespace ea::MapText
