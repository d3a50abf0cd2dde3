// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mapexport.h"

#include "engine/model/userfile.h"
#include "widgets/map/maprenderer.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

#include <algorithm>

namespace ea {

namespace {
struct MapExport
{
    Q_DECLARE_TR_FUNCTIONS(ea::MapExport)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/** The same area as the screen shows, at the export size. */
MapViewport exportViewport(const MapViewport &screen, QSize size)
{
    MapViewport vp = screen;
    const QPointF centre = screen.centreWorld();
    const double zoom = screen.zoom() * std::min(double(size.width()) / screen.size().width(),
                                                 double(size.height()) / screen.size().height());
    vp.setSize(size);
    vp.setDevicePixelRatio(1.0);
    vp.setZoom(zoom);
    vp.setCentreWorld(centre);
    return vp;
}
} // namespace

QStringList mapExportSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf")};
}

bool exportMap(const MapRenderer &renderer, const MapViewport &viewport, const MapContext &context,
               const QString &fileName, QSize size, QString *error)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (!mapExportSuffixes().contains(suffix))
        return fail(
            error,
            MapExport::tr("%1: unknown map format \"%2\" (use .png, .svg or .pdf)").arg(fileName, suffix));
    if (size.isEmpty() || size.width() > 20000 || size.height() > 20000)
        return fail(error, MapExport::tr("%1: cannot draw a map of %2 × %3 pixels")
                               .arg(fileName)
                               .arg(size.width())
                               .arg(size.height()));
    UserFileBuffer buffer; // rendered into memory, then written with every byte checked
    QIODevice &file = *buffer.device();
    const MapViewport vp = exportViewport(viewport, size);

    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        {
            QPainter painter(&image);
            renderer.paint(painter, vp, context, MapRenderer::Caching::None);
        }
        if (!image.save(&file, "PNG"))
            return fail(error, MapExport::tr("%1: could not encode the PNG image").arg(fileName));
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(MapExport::tr("EdgeAtlas map"));
        svg.setDescription(MapExport::tr("Inference nodes, demand and routes. Basemap: Natural Earth."));
        QPainter painter;
        if (!painter.begin(&svg))
            return fail(error, MapExport::tr("%1: could not start the SVG document").arg(fileName));
        renderer.paint(painter, vp, context, MapRenderer::Caching::None);
        painter.end();
    } else {
        QPdfWriter pdf(&file);
        pdf.setCreator(QStringLiteral("EdgeAtlas"));
        pdf.setTitle(MapExport::tr("EdgeAtlas map"));
        // One map pixel is one point, so the page has the map's proportions and readable text.
        pdf.setResolution(72);
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        if (!painter.begin(&pdf))
            return fail(error, MapExport::tr("%1: could not start the PDF document").arg(fileName));
        renderer.paint(painter, vp, context, MapRenderer::Caching::None);
        painter.end();
    }
    QString reason;
    if (!buffer.commit(fileName, nullptr, &reason))
        return fail(error, MapExport::tr("%1: %2").arg(fileName, reason));
    return true;
}

} // namespace ea
