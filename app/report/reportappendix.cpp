// SPDX-License-Identifier: GPL-3.0-or-later
// The report's pictures drawn by hand on the PDF pages: the latency budget bars and the data sources.
#include "app/report/reportlayout.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace ea {

using namespace reportlayout;
using namespace reportdraw;

double ReportPainter::paintBars(QPainter &p, const QRectF &area, const ReportBars &bars,
                                const ReportPage &page)
{
    double y = area.top();
    double x = area.left();
    p.setFont(font(8.5));
    const QFontMetricsF fm(p.font(), p.device());
    for (int i = 0; i < ReportBars::PartCount; ++i) {
        const QString &label = bars.parts[size_t(i)];
        p.fillRect(placed(p, QRectF(x, y + 3, 10, 10)),
                   QColor(QLatin1String(ReportBars::colours()[size_t(i)])));
        p.setPen(Ink);
        const double labelWidth = fm.horizontalAdvance(label);
        p.drawText(placed(p, QRectF(x + 14, y, labelWidth + 4, 16)), Qt::AlignLeft | Qt::AlignVCenter, label);
        x += 14 + labelWidth + 18;
    }
    y += 28;
    const double block = (area.bottom() - y) / DecompositionsPerPage;
    for (int i = page.first; i < page.first + page.count; ++i, y += block) {
        const ReportBars::Row &row = bars.rows[size_t(i)];
        paragraph(p, QRectF(area.left(), y, area.width() * 0.55, 18), row.name, font(10, true));
        paragraph(p, QRectF(area.left() + area.width() * 0.4, y, area.width() * 0.6, 18), row.subtitle,
                  font(8.5), row.missesSlo ? Bad : Muted, Qt::AlignRight);
        const double full = std::max({row.totalMs, row.budgetMs, 1e-9}) * 1.06;
        const QRectF bar(area.left(), y + 24, area.width(), 20);
        p.fillRect(bar, QColor(0xf1, 0xf4, 0xf8));
        double bx = bar.left();
        for (int k = 0; k < ReportBars::PartCount; ++k) {
            const double wpx = bar.width() * row.ms[size_t(k)] / full;
            p.fillRect(placed(p, QRectF(bx, bar.top(), wpx, bar.height())),
                       QColor(QLatin1String(ReportBars::colours()[size_t(k)])));
            bx += wpx;
        }
        if (row.budgetMs > 0) {
            const double bxBudget = placedX(p, bar.left() + bar.width() * row.budgetMs / full);
            p.setPen(QPen(Ink, 1.4, Qt::DashLine));
            p.drawLine(QPointF(bxBudget, bar.top() - 4), QPointF(bxBudget, bar.bottom() + 4));
        }
        paragraph(p, QRectF(area.left(), bar.bottom() + 6, area.width(), 30), row.detail, font(8), Muted);
        if (!row.issue.isEmpty())
            paragraph(p, QRectF(area.left(), bar.bottom() + 22, area.width(), 30), row.issue, font(8), Bad);
    }
    return area.height();
}

double ReportPainter::paintSources(QPainter &p, const QRectF &area, const ReportSources &sources,
                                   const ReportPage &page)
{
    const double rowHeight = (area.height() - 24) / SourcesPerPage;
    double y = area.top();
    p.fillRect(QRectF(area.left(), y, area.width(), 20), Accent);
    const double idW = area.width() * 0.23, mainW = area.width() * 0.58, metaW = area.width() * 0.19;
    paragraph(p, QRectF(area.left() + 4, y + 3, idW, 18), sources.headers.value(0), font(8.5, true),
              Qt::white);
    paragraph(p, QRectF(area.left() + idW, y + 3, mainW, 18), sources.headers.value(1), font(8.5, true),
              Qt::white);
    paragraph(p, QRectF(area.left() + idW + mainW, y + 3, metaW - 4, 18), sources.headers.value(2),
              font(8.5, true), Qt::white);
    y += 24;
    for (int i = page.first; i < page.first + page.count; ++i, y += rowHeight) {
        const ReportSources::Row &s = sources.rows[size_t(i)];
        if ((i - page.first) % 2 == 1)
            p.fillRect(QRectF(area.left(), y - 2, area.width(), rowHeight), QColor(0xf1, 0xf4, 0xf8));
        const QFont small = font(7.5);
        const QFontMetricsF fm(small, p.device());
        p.setFont(small); // one line: a wrapped id would not be found again
        p.setPen(Muted);
        p.drawText(placed(p, QRectF(area.left() + 4, y, idW - 6, fm.lineSpacing() * 1.5)),
                   Qt::AlignLeft | Qt::AlignTop, leftToRight(p, s.id));
        // The title in two lines: a long one in a smaller size rather than cut off.
        QFont titleFont = font(8.5);
        QFontMetricsF tm(titleFont, p.device());
        const double lines = tm.lineSpacing() * 2;
        for (double pt = 8.0;
             pt >= 6.5 &&
             tm.boundingRect(QRectF(0, 0, mainW - 8, 1e4), Qt::TextWordWrap, s.title).height() > lines + 0.5;
             pt -= 0.5) {
            titleFont = font(pt);
            tm = QFontMetricsF(titleFont, p.device());
        }
        p.setFont(titleFont);
        p.setPen(Ink);
        p.drawText(placed(p, QRectF(area.left() + idW, y, mainW - 8, lines)), Qt::TextWordWrap, s.title);
        p.setFont(small);
        p.setPen(Accent);
        p.drawText(placed(p, QRectF(area.left() + idW, y + lines, mainW - 8, fm.lineSpacing())),
                   Qt::AlignLeft | Qt::AlignTop,
                   leftToRight(p, fm.elidedText(s.url, Qt::ElideMiddle, mainW - 8)));
        paragraph(p, QRectF(area.left() + idW + mainW, y, metaW - 4, rowHeight - 4),
                  QStringLiteral("%1\n%2").arg(s.licence, s.asOf), small, Ink);
    }
    return area.height();
}

} // namespace ea
