// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/planner/diurnalsparkline.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ea {

DiurnalSparkline::DiurnalSparkline(QWidget *parent) : QWidget(parent)
{
    setFixedSize(96, 24);
}

void DiurnalSparkline::setProfile(const std::array<double, 24> &profile)
{
    m_profile = profile;
    update();
}

void DiurnalSparkline::paintEvent(QPaintEvent *)
{
    const double peak = *std::max_element(m_profile.begin(), m_profile.end());
    if (!(peak > 0))
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF r = QRectF(rect()).adjusted(1.5, 2.5, -1.5, -2.5);
    QPainterPath path;
    for (int h = 0; h < 24; ++h) {
        const QPointF pt(r.left() + r.width() * h / 23.0, r.bottom() - r.height() * m_profile[h] / peak);
        if (h == 0)
            path.moveTo(pt);
        else
            path.lineTo(pt);
    }
    painter.setPen(QPen(palette().color(QPalette::Highlight), 1.5));
    painter.drawPath(path);
}

} // namespace ea
