// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QColor>
#include <QString>

#include <array>
#include <utility>
#include <vector>

namespace ea {

enum class MapPaletteKind { Light, Dark };

/**
 * Colours of the map. Latency colours come from one ramp on a logarithmic ms scale (green when close,
 * red when far), so nodes, the coverage field and the legend agree; route colours say where a region
 * stands against its workload's budget.
 */
struct MapPalette
{
    MapPaletteKind kind = MapPaletteKind::Light;
    QColor background; // outside the projected world
    QColor ocean, land, coast, border, graticule;
    QColor text, mutedText, halo;
    QColor panel, panelBorder;
    std::array<QColor, TierCount> tier;
    QColor symbolOutline; // around node symbols, for contrast with whatever lies below
    QColor clusterText;
    QColor demandFill, demandOutline;
    QColor selection;
    QColor withinBudget, nearBudget, beyondBudget;
    double coverageOpacity = 0.7;
    /** Stops of the latency ramp, (ms, colour), ascending; interpolated in log(ms). */
    std::vector<std::pair<double, QColor>> latencyStops;

    static constexpr double RampMinMs = 2.0;
    static constexpr double RampMaxMs = 400.0;
    static constexpr int LutSize = 256;

    static MapPalette light();
    static MapPalette dark();
    static MapPalette forKind(MapPaletteKind kind);
    static QString id(MapPaletteKind kind);    // "light", "dark"
    static QString label(MapPaletteKind kind); // translated

    QColor tierColour(Tier t) const { return tier[static_cast<int>(t)]; }
    QColor latencyColour(double ms) const;
    /** 256 opaque colours from RampMinMs to RampMaxMs, log-spaced, for per-pixel work. */
    const std::vector<QRgb> &latencyLut() const { return m_lut; }
    static int lutIndex(double ms);
    /** Tick values (ms) for a legend of the ramp. */
    static std::vector<double> rampTicks();

private:
    void buildLut();
    std::vector<QRgb> m_lut;
};

} // namespace ea
