// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenariojson.h"
#include "engine/plan/evaluator.h"
#include "widgets/map/mapcontext.h"
#include "widgets/map/mapviewport.h"

#include <QColor>
#include <QImage>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <memory>

/** The small fixture (tests/data/small.json: Paris and Berlin) for the map tests, evaluated. */
namespace mapfixture {

inline constexpr int ParisNode = 0, BerlinNode = 1, ApiNode = 2;
inline constexpr int ParisRegion = 0, BerlinRegion = 1;

inline std::shared_ptr<const ea::Scenario> scenario()
{
    ea::ScenarioLoad load = ea::loadScenarioFile(QStringLiteral(EA_TEST_DATA_DIR "/small.json"));
    if (!load.ok())
        qFatal("small.json: %s", qPrintable(load.errors.join(QLatin1Char('\n'))));
    return std::make_shared<const ea::Scenario>(std::move(*load.scenario));
}

inline ea::MapContext context(ea::MapPaletteKind palette = ea::MapPaletteKind::Light)
{
    ea::MapContext ctx;
    ctx.plan = ea::PlanSnapshot::evaluate(scenario());
    ctx.palette = ea::MapPalette::forKind(palette);
    return ctx;
}

/** Western Europe, Paris and Berlin well inside. */
inline ea::MapViewport europe(ea::geo::ProjectionKind kind = ea::geo::ProjectionKind::EqualEarth,
                              QSize size = QSize(800, 500))
{
    ea::MapViewport vp(kind, size);
    vp.setScale(12);
    vp.setCentre(8.0, 50.5);
    return vp;
}

/** Largest difference of the colour channels. */
inline int colourDistance(QRgb a, QRgb b)
{
    return std::max(
        {std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

inline QRgb pixelAt(const QImage &image, const QPointF &logical)
{
    const qreal dpr = image.devicePixelRatio();
    return image.pixel(int(logical.x() * dpr), int(logical.y() * dpr));
}

} // namespace mapfixture
