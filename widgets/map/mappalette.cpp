// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/mappalette.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}
} // namespace

MapPalette MapPalette::light()
{
    MapPalette p;
    p.kind = MapPaletteKind::Light;
    p.background = QColor(0xf3, 0xf5, 0xf7);
    p.ocean = QColor(0xd6, 0xe4, 0xee);
    p.land = QColor(0xfb, 0xfa, 0xf6);
    p.coast = QColor(0x9f, 0xb3, 0xc2);
    p.border = QColor(0xc4, 0xc0, 0xb8);
    p.graticule = QColor(0xc3, 0xd4, 0xe1);
    p.text = QColor(0x1f, 0x29, 0x33);
    p.mutedText = QColor(0x52, 0x60, 0x6d);
    p.halo = QColor(0xff, 0xff, 0xff, 0xd8);
    p.panel = QColor(0xff, 0xff, 0xff, 0xe6);
    p.panelBorder = QColor(0xb8, 0xc2, 0xcc);
    p.tier = {QColor(0x1f, 0x78, 0xb4), QColor(0x6a, 0x3d, 0x9a), QColor(0xc5, 0x1b, 0x7d),
              QColor(0x4d, 0x4d, 0x4d)};
    p.symbolOutline = QColor(0xff, 0xff, 0xff);
    p.clusterText = QColor(0xff, 0xff, 0xff);
    p.demandFill = QColor(0x4a, 0x5a, 0x6a, 0x40);
    p.demandOutline = QColor(0x4a, 0x5a, 0x6a, 0x90);
    p.selection = QColor(0x11, 0x11, 0x11);
    p.withinBudget = QColor(0x1a, 0x98, 0x50);
    p.nearBudget = QColor(0xf0, 0x9a, 0x00);
    p.beyondBudget = QColor(0xd7, 0x30, 0x27);
    p.coverageOpacity = 0.72;
    p.latencyStops = {{2, QColor(0x00, 0x68, 0x37)},   {10, QColor(0x1a, 0x98, 0x50)},
                      {25, QColor(0x91, 0xcf, 0x60)},  {50, QColor(0xfe, 0xe0, 0x8b)},
                      {100, QColor(0xfc, 0x8d, 0x59)}, {200, QColor(0xd7, 0x30, 0x27)},
                      {400, QColor(0x80, 0x00, 0x26)}};
    p.buildLut();
    return p;
}

MapPalette MapPalette::dark()
{
    MapPalette p;
    p.kind = MapPaletteKind::Dark;
    p.background = QColor(0x0b, 0x0f, 0x14);
    p.ocean = QColor(0x10, 0x1a, 0x24);
    p.land = QColor(0x24, 0x2d, 0x37);
    p.coast = QColor(0x3d, 0x4e, 0x5f);
    p.border = QColor(0x3e, 0x4a, 0x57);
    p.graticule = QColor(0x1a, 0x27, 0x34);
    p.text = QColor(0xe6, 0xed, 0xf3);
    p.mutedText = QColor(0x9a, 0xa8, 0xb5);
    p.halo = QColor(0x0b, 0x0f, 0x14, 0xd0);
    p.panel = QColor(0x16, 0x1d, 0x25, 0xe6);
    p.panelBorder = QColor(0x3a, 0x46, 0x52);
    p.tier = {QColor(0x4f, 0xb3, 0xf0), QColor(0xa9, 0x8b, 0xf0), QColor(0xff, 0x6f, 0xb5),
              QColor(0xc8, 0xc8, 0xc8)};
    p.symbolOutline = QColor(0x0b, 0x0f, 0x14);
    p.clusterText = QColor(0x0b, 0x0f, 0x14);
    p.demandFill = QColor(0xb4, 0xc8, 0xdc, 0x30);
    p.demandOutline = QColor(0xb4, 0xc8, 0xdc, 0x80);
    p.selection = QColor(0xff, 0xff, 0xff);
    p.withinBudget = QColor(0x3c, 0xc8, 0x6e);
    p.nearBudget = QColor(0xff, 0xb4, 0x1e);
    p.beyondBudget = QColor(0xff, 0x4d, 0x40);
    p.coverageOpacity = 0.78;
    p.latencyStops = {{2, QColor(0x1a, 0x98, 0x50)},   {10, QColor(0x4c, 0xbf, 0x5e)},
                      {25, QColor(0xa6, 0xd9, 0x6a)},  {50, QColor(0xfe, 0xe0, 0x8b)},
                      {100, QColor(0xfd, 0xae, 0x61)}, {200, QColor(0xf4, 0x6d, 0x43)},
                      {400, QColor(0xd7, 0x30, 0x27)}};
    p.buildLut();
    return p;
}

MapPalette MapPalette::forKind(MapPaletteKind kind)
{
    return kind == MapPaletteKind::Dark ? dark() : light();
}

QString MapPalette::id(MapPaletteKind kind)
{
    return kind == MapPaletteKind::Dark ? QStringLiteral("dark") : QStringLiteral("light");
}

QString MapPalette::label(MapPaletteKind kind)
{
    return kind == MapPaletteKind::Dark ? QCoreApplication::translate("ea::MapPalette", "Dark")
                                        : QCoreApplication::translate("ea::MapPalette", "Light");
}

QColor MapPalette::latencyColour(double ms) const
{
    if (latencyStops.empty())
        return text;
    if (!(ms > latencyStops.front().first))
        return latencyStops.front().second;
    if (ms >= latencyStops.back().first)
        return latencyStops.back().second;
    for (size_t i = 1; i < latencyStops.size(); ++i) {
        const auto &[hiMs, hi] = latencyStops[i];
        if (ms <= hiMs) {
            const auto &[loMs, lo] = latencyStops[i - 1];
            return mix(lo, hi, std::log(ms / loMs) / std::log(hiMs / loMs));
        }
    }
    return latencyStops.back().second;
}

int MapPalette::lutIndex(double ms)
{
    if (!(ms > RampMinMs))
        return 0;
    const double t = std::log(ms / RampMinMs) / std::log(RampMaxMs / RampMinMs);
    return std::clamp(int(t * (LutSize - 1) + 0.5), 0, LutSize - 1);
}

std::vector<double> MapPalette::rampTicks()
{
    return {2, 5, 10, 20, 50, 100, 200, 400};
}

void MapPalette::buildLut()
{
    m_lut.resize(LutSize);
    for (int i = 0; i < LutSize; ++i) {
        const double ms = RampMinMs * std::pow(RampMaxMs / RampMinMs, double(i) / (LutSize - 1));
        m_lut[i] = latencyColour(ms).rgb();
    }
}

} // namespace ea
