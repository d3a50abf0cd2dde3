// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/charts/chartstyle.h"

#include "widgets/map/mappalette.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QPen>

namespace ea {

QString budgetPartLabel(BudgetPart part)
{
    switch (part) {
    case BudgetPart::Propagation:
        return QCoreApplication::translate("ea::ChartStyle", "Propagation");
    case BudgetPart::Inflation:
        return QCoreApplication::translate("ea::ChartStyle", "Route inflation");
    case BudgetPart::Access:
        return QCoreApplication::translate("ea::ChartStyle", "Access");
    case BudgetPart::Queueing:
        return QCoreApplication::translate("ea::ChartStyle", "Queueing");
    case BudgetPart::Prefill:
        return QCoreApplication::translate("ea::ChartStyle", "Prefill");
    case BudgetPart::Decode:
        return QCoreApplication::translate("ea::ChartStyle", "Decode");
    }
    return {};
}

QString costPartLabel(CostPart part)
{
    switch (part) {
    case CostPart::Gpu:
        return QCoreApplication::translate("ea::ChartStyle", "GPUs");
    case CostPart::Api:
        return QCoreApplication::translate("ea::ChartStyle", "API tokens");
    case CostPart::Egress:
        return QCoreApplication::translate("ea::ChartStyle", "Egress");
    }
    return {};
}

ChartStyle ChartStyle::light()
{
    const MapPalette map = MapPalette::light();
    ChartStyle s;
    s.dark = false;
    s.background = QColor(0xff, 0xff, 0xff);
    s.plotBackground = QColor(0xfa, 0xfb, 0xfc);
    s.text = map.text;
    s.mutedText = map.mutedText;
    s.grid = QColor(0xe1, 0xe6, 0xeb);
    s.axisLine = QColor(0x9a, 0xa6, 0xb2);
    s.budget = QColor(0x1f, 0x29, 0x33);
    s.within = QColor(0x56, 0xb4, 0xe9);
    s.beyond = QColor(0xd5, 0x5e, 0x00);
    s.selection = QColor(0x11, 0x11, 0x11);
    s.tier = map.tier;
    s.budgetPart = {QColor(0x00, 0x72, 0xb2), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0x9e, 0x73),
                    QColor(0xf0, 0xe4, 0x42), QColor(0xe6, 0x9f, 0x00), QColor(0xd5, 0x5e, 0x00)};
    s.costPart = {QColor(0x00, 0x72, 0xb2), QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00)};
    return s;
}

ChartStyle ChartStyle::darkStyle()
{
    const MapPalette map = MapPalette::dark();
    ChartStyle s;
    s.dark = true;
    s.background = QColor(0x16, 0x1d, 0x25);
    s.plotBackground = QColor(0x1b, 0x23, 0x2c);
    s.text = map.text;
    s.mutedText = map.mutedText;
    s.grid = QColor(0x2c, 0x37, 0x43);
    s.axisLine = QColor(0x5a, 0x68, 0x76);
    s.budget = QColor(0xe6, 0xed, 0xf3);
    s.within = QColor(0x56, 0xb4, 0xe9);
    s.beyond = QColor(0xf0, 0x7a, 0x1e);
    s.selection = QColor(0xff, 0xff, 0xff);
    s.tier = map.tier;
    // Okabe–Ito, the darkest blue lifted a little so it reads on a dark plot.
    s.budgetPart = {QColor(0x2a, 0x8f, 0xd0), QColor(0x56, 0xb4, 0xe9), QColor(0x00, 0xb0, 0x82),
                    QColor(0xf0, 0xe4, 0x42), QColor(0xe6, 0x9f, 0x00), QColor(0xe8, 0x6e, 0x10)};
    s.costPart = {QColor(0x2a, 0x8f, 0xd0), QColor(0xcc, 0x79, 0xa7), QColor(0xe6, 0x9f, 0x00)};
    return s;
}

QColor ChartStyle::faint(QColor c, double opacity)
{
    c.setAlphaF(float(opacity));
    return c;
}

QScatterSeries::MarkerShape ChartStyle::tierMarker(Tier t)
{
    // The map's symbols: edge circle, regional square, central diamond, on-prem triangle.
    switch (t) {
    case Tier::Edge:
        return QScatterSeries::MarkerShapeCircle;
    case Tier::Regional:
        return QScatterSeries::MarkerShapeRectangle;
    case Tier::Central:
        return QScatterSeries::MarkerShapeRotatedRectangle;
    case Tier::OnPrem:
        return QScatterSeries::MarkerShapeTriangle;
    }
    return QScatterSeries::MarkerShapeCircle;
}

QString ChartStyle::tierSymbol(Tier t)
{
    switch (t) {
    case Tier::Edge:
        return QStringLiteral("\u25CF");
    case Tier::Regional:
        return QStringLiteral("\u25A0");
    case Tier::Central:
        return QStringLiteral("\u25C6");
    case Tier::OnPrem:
        return QStringLiteral("\u25B2");
    }
    return {};
}

QFont ChartStyle::titleFont()
{
    QFont f;
    f.setPointSizeF(f.pointSizeF() * 1.05);
    f.setBold(true);
    return f;
}

QFont ChartStyle::labelFont()
{
    QFont f;
    f.setPointSizeF(f.pointSizeF() * 0.9);
    return f;
}

void ChartStyle::applyToChart(QChart *chart) const
{
    chart->setBackgroundBrush(background);
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundBrush(plotBackground);
    chart->setPlotAreaBackgroundPen(QPen(grid, 1));
    chart->setPlotAreaBackgroundVisible(true);
    chart->setTitleBrush(text);
    chart->setTitleFont(titleFont());
    for (QAbstractAxis *axis : chart->axes())
        applyToAxis(axis);
}

void ChartStyle::applyToAxis(QAbstractAxis *axis) const
{
    axis->setLabelsBrush(text);
    axis->setLabelsFont(labelFont());
    axis->setTitleBrush(mutedText);
    QFont title = labelFont();
    title.setBold(true);
    axis->setTitleFont(title);
    // Cosmetic pens: the raster engine draws them with its fast line stroker; a plain 1 px pen goes
    // through the span filler, which for long vertical lines hands work to the thread pool (slow).
    const auto cosmetic = [](const QColor &c) {
        QPen pen(c, 1);
        pen.setCosmetic(true);
        return pen;
    };
    axis->setLinePen(cosmetic(axisLine));
    axis->setGridLinePen(cosmetic(grid));
    axis->setMinorGridLinePen(cosmetic(faint(grid, 0.5)));
    axis->setShadesVisible(false);
    // Category axes draw a grid line between categories; keep them lighter still.
    if (qobject_cast<QBarCategoryAxis *>(axis))
        axis->setGridLineVisible(false);
}

} // namespace ea
