// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QColor>
#include <QFont>
#include <QScatterSeries>

#include <array>

class QAbstractAxis;
class QChart;

namespace ea {

/** The parts of a latency budget, in the order the budget chart stacks them (network first). */
enum class BudgetPart { Propagation, Inflation, Access, Queueing, Prefill, Decode };
inline constexpr int BudgetPartCount = 6;
QString budgetPartLabel(BudgetPart part); // translated

/** The parts of a monthly cost. */
enum class CostPart { Gpu, Api, Egress };
inline constexpr int CostPartCount = 3;
QString costPartLabel(CostPart part); // translated

/**
 * Colours and fonts of the planner charts, light or dark. Tiers keep the map's colours (and the map's
 * symbol shapes, so colour is never the only cue); budget parts and cost parts use the Okabe–Ito set,
 * which stays distinct under the common colour-vision deficiencies. Applied by hand rather than through
 * a QChart theme, because a theme change resets every series' colours.
 */
struct ChartStyle
{
    bool dark = false;
    QColor background, plotBackground, text, mutedText, grid, axisLine;
    QColor budget;         // the budget line
    QColor within, beyond; // meets / misses the budget
    QColor selection;      // ring around the selected workload
    std::array<QColor, TierCount> tier;
    std::array<QColor, BudgetPartCount> budgetPart;
    std::array<QColor, CostPartCount> costPart;

    static ChartStyle light();
    static ChartStyle darkStyle();
    static ChartStyle forDark(bool dark) { return dark ? darkStyle() : light(); }

    QColor tierColour(Tier t) const { return tier[static_cast<int>(t)]; }
    /** The same colour at the given opacity (0..1). */
    static QColor faint(QColor c, double opacity);
    /** The map's symbol of a tier, as a scatter marker and as a character for legends. */
    static QScatterSeries::MarkerShape tierMarker(Tier t);
    static QString tierSymbol(Tier t);
    static QString swatchSymbol() { return QStringLiteral("\u25A0"); }  // a filled square
    static QString budgetSymbol() { return QStringLiteral("\u00A6"); }  // a broken bar: the dashed line
    static QString lineSymbol() { return QStringLiteral("\u2014"); }    // a dash: a line series
    static QString ringSymbol() { return QStringLiteral("\u25CB"); }    // a ring
    static QString diamondSymbol() { return QStringLiteral("\u25C6"); } // a filled diamond

    /** Background, title and plot area of a chart (not its series). */
    void applyToChart(QChart *chart) const;
    void applyToAxis(QAbstractAxis *axis) const;
    static QFont titleFont();
    static QFont labelFont();
};

} // namespace ea
