// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/nodesymbol.h"

#include <QFont>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace ea::NodeSymbol {

double radius(int gpuCount, double scale)
{
    const double base = 2.3 + std::log10(1.0 + std::max(gpuCount, 0));
    const double zoom = std::clamp(1.0 + 0.12 * std::log2(std::max(scale, 1.0)), 1.0, 1.6);
    return base * zoom;
}

double clusterRadius(int count, double memberRadius)
{
    return std::clamp(3.5 + 1.4 * std::log2(std::max(count, 1)), memberRadius + 1.0, 13.0);
}

QPainterPath path(Tier tier, double r)
{
    QPainterPath p;
    switch (tier) {
    case Tier::Edge:
        p.addEllipse(QPointF(0, 0), r, r);
        break;
    case Tier::Regional: {
        const double h = r * 0.886; // same area as the circle
        p.addRect(QRectF(-h, -h, 2 * h, 2 * h));
        break;
    }
    case Tier::Central: {
        const double d = r * 1.253;
        p.moveTo(0, -d);
        p.lineTo(d, 0);
        p.lineTo(0, d);
        p.lineTo(-d, 0);
        p.closeSubpath();
        break;
    }
    case Tier::OnPrem: {
        const double s = r * 1.35; // circumradius of an equilateral triangle of the circle's area
        p.moveTo(0, -s);
        p.lineTo(s * 0.866, s * 0.5);
        p.lineTo(-s * 0.866, s * 0.5);
        p.closeSubpath();
        break;
    }
    }
    return p;
}

void draw(QPainter &painter, Tier tier, const QPointF &centre, double r, const QColor &fill,
          const QColor &outline, double outlineWidth)
{
    painter.save();
    painter.translate(centre);
    painter.setPen(QPen(outline, outlineWidth));
    painter.setBrush(fill);
    painter.drawPath(path(tier, r));
    painter.restore();
}

void drawCluster(QPainter &painter, Tier tier, const QPointF &centre, double r, int count, const QColor &fill,
                 const QColor &outline, const QColor &text)
{
    painter.save();
    painter.translate(centre);
    QColor halo = fill;
    halo.setAlphaF(0.3f);
    painter.setPen(Qt::NoPen);
    painter.setBrush(halo);
    painter.drawPath(path(tier, r + 2.5));
    painter.setPen(QPen(outline, 1.0));
    painter.setBrush(fill);
    painter.drawPath(path(tier, r));
    if (r < 7.0) { // too small to carry a legible number: the halo alone marks it as a cluster
        painter.restore();
        return;
    }
    const QString label = countLabel(count);
    QFont font = painter.font();
    font.setPixelSize(label.size() >= 3 ? 8 : 9);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(text);
    painter.drawText(QRectF(-r, -r, 2 * r, 2 * r), Qt::AlignCenter, label);
    painter.restore();
}

QString countLabel(int count)
{
    if (count >= 1000)
        return QLocale().toString(count / 1000.0, 'f', count >= 10000 ? 0 : 1) + QLatin1Char('k');
    return QString::number(count);
}

} // namespace ea::NodeSymbol
