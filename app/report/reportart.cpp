// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/reportart.h"

#include "widgets/charts/costlatencychart.h"
#include "widgets/charts/daychart.h"
#include "widgets/charts/latencychart.h"
#include "widgets/charts/regionattainmentchart.h"
#include "widgets/charts/tiercostchart.h"
#include "widgets/map/maprenderer.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QLayout>
#include <QPainter>
#include <QResizeEvent>

namespace ea {

ReportArt::ReportArt(const ReportData &data) : m_d(data), m_renderer(std::make_unique<MapRenderer>())
{
    m_renderer->setThreading(MapRenderer::Threading::Off);
}

ReportArt::~ReportArt() = default;

PlannerChart *ReportArt::chart(Chart c)
{
    std::unique_ptr<PlannerChart> &slot = m_charts[c];
    if (slot)
        return slot.get();
    switch (c) {
    case CostLatency:
        slot = std::make_unique<CostLatencyChart>();
        break;
    case TierCost:
        slot = std::make_unique<TierCostChart>();
        break;
    case Latency:
        slot = std::make_unique<LatencyChart>();
        break;
    default:
        slot = std::make_unique<RegionAttainmentChart>();
        break;
    }
    PlannerChartInputs in;
    in.plan = m_d.snapshot;
    // The charts about one workload show the busiest interactive one; the others name no workload, so
    // no point is singled out.
    in.selected = c == Regions ? m_d.busiestInteractiveWorkload() : -1;
    PlannerChart *w = slot.get();
    w->setAttribute(Qt::WA_DontShowOnScreen);
    w->resize(ChartWidth, ChartHeight);
    w->setInputs(in);
    for (QAbstractAxis *axis : w->chart()->axes()) // a printed chart has room for whole names
        axis->setTruncateLabels(false);
    // Never shown: lay the widget out (children get their geometry and resize events) and let Qt Charts
    // run the layout it posts, before anything is painted.
    w->ensurePolished();
    if (w->layout())
        w->layout()->activate();
    for (QWidget *child : w->findChildren<QWidget *>()) {
        QResizeEvent resize(child->size(), QSize());
        QCoreApplication::sendEvent(child, &resize);
    }
    QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents);
    return w;
}

QString ReportArt::caption(Chart c)
{
    if (c == Day)
        return dayCaption(m_d);
    return chart(c)->caption();
}

QString ReportArt::dayCaption(const ReportData &data)
{
    return data.day ? DayChart::describe(*data.day) : QString();
}

void ReportArt::paintChart(QPainter &p, const QRectF &rect, Chart c)
{
    if (c == Day) {
        if (m_d.day)
            DayChart::paint(p, rect, *m_d.day);
        return;
    }
    PlannerChart *w = chart(c);
    const double scale = std::min(rect.width() / w->width(), rect.height() / w->height());
    p.save();
    p.translate(rect.left() + (rect.width() - w->width() * scale) / 2, rect.top());
    p.scale(scale, scale);
    w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    p.restore();
}

QImage ReportArt::chartImage(Chart c, qreal dpr)
{
    if (c == Day) {
        QImage image(QSize(int(ChartWidth * dpr), int(ChartHeight * dpr)),
                     QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::white);
        QPainter p(&image);
        if (m_d.day)
            DayChart::paint(p, QRectF(0, 0, ChartWidth, ChartHeight), *m_d.day);
        return image;
    }
    PlannerChart *w = chart(c);
    QImage image(QSize(int(w->width() * dpr), int(w->height() * dpr)), QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    w->render(&p, QPoint(), QRegion(), QWidget::DrawChildren);
    return image;
}

void ReportArt::paintMap(QPainter &p, const QRectF &rect, int workload)
{
    MapContext ctx;
    ctx.plan = m_d.snapshot;
    ctx.selectedWorkload = workload;
    MapViewport vp(geo::ProjectionKind::EqualEarth, rect.size().toSize());
    // The inhabited world: the whole width, Antarctica left out.
    vp.fitLonLat({QPointF(-180, 0), QPointF(180, 0), QPointF(0, -56), QPointF(0, 80)}, 4);
    p.save();
    p.translate(rect.topLeft());
    p.setClipRect(QRectF(QPointF(0, 0), rect.size()));
    m_renderer->paint(p, vp, ctx, MapRenderer::Caching::None);
    p.restore();
}

QImage ReportArt::mapImage(QSize size, int workload, qreal dpr)
{
    QImage image(size * dpr, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(dpr);
    image.fill(Qt::white);
    QPainter p(&image);
    paintMap(p, QRectF(QPointF(0, 0), QSizeF(size)), workload);
    return image;
}

} // namespace ea
