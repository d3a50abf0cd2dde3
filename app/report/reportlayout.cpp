// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/report/reportlayout.h"

#include "app/report/reportart.h"
#include "app/report/reportdocument.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ea {

using namespace reportlayout;

std::vector<ReportPage> reportPages(const ReportDocument &doc)
{
    std::vector<ReportPage> pages;
    for (size_t i = 0; i < doc.sections.size(); ++i) {
        const ReportSection &s = doc.sections[i];
        const int rows = s.pagedRows();
        if (s.rowsPerPage <= 0 || rows <= s.rowsPerPage) {
            pages.push_back({int(i), 0, 1, 0, rows});
            continue;
        }
        const int parts = (rows + s.rowsPerPage - 1) / s.rowsPerPage;
        for (int part = 0; part < parts; ++part)
            pages.push_back({int(i), part, parts, part * s.rowsPerPage,
                             std::min(s.rowsPerPage, rows - part * s.rowsPerPage)});
    }
    return pages;
}

std::vector<ReportPage> reportPages(const ReportData &d)
{
    return reportPages(buildReportDocument(d));
}

QString reportPageHeading(const ReportDocument &doc, const ReportPage &page)
{
    const QString h = doc.sections[size_t(page.section)].heading;
    if (page.parts > 1)
        //: Page heading of a section that spans several pages: its title, then this page's part of them
        return ReportPainter::tr("%1 (%2 of %3)")
            .arg(h, QLocale().toString(page.part + 1), QLocale().toString(page.parts));
    return h;
}

ReportPainter::ReportPainter(const ReportData &data)
    : m_d(data), m_doc(buildReportDocument(data)), m_pages(reportPages(m_doc)),
      m_art(std::make_unique<ReportArt>(data))
{
}

ReportPainter::~ReportPainter() = default;

QRectF ReportPainter::frame(QPainter &p, int page)
{
    using namespace reportdraw;
    const double top = Margin * 0.8, bottom = PageHeight - Margin * 0.8;
    p.setFont(font(7.5));
    p.setPen(Muted);
    const QRectF header(Margin, top - 14, PageWidth - 2 * Margin, 14);
    const QFontMetricsF fm(p.font(), p.device());
    p.drawText(header, Qt::AlignLeft | Qt::AlignBottom,
               fm.elidedText(m_d.title, Qt::ElideRight, header.width() * 0.6));
    p.drawText(header, Qt::AlignRight | Qt::AlignBottom, reportDate(m_d.options.generated));
    p.setPen(QPen(Rule, 0.8));
    p.drawLine(QPointF(Margin, top + 3), QPointF(PageWidth - Margin, top + 3));
    p.drawLine(QPointF(Margin, bottom - 14), QPointF(PageWidth - Margin, bottom - 14));
    p.setPen(Muted);
    const QRectF footer(Margin, bottom - 12, PageWidth - 2 * Margin, 14);
    p.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
               //: Page footer: %1 is the scenario's name
               tr("EdgeAtlas planning report · %1").arg(m_d.scenario->name));
    p.drawText(
        footer, Qt::AlignRight | Qt::AlignVCenter,
        tr("Page %1 of %2").arg(QLocale().toString(page + 1), QLocale().toString(qlonglong(m_pages.size()))));

    const QRectF headingRect(Margin, top + 16, PageWidth - 2 * Margin, 40);
    p.setFont(font(17, true));
    p.setPen(Accent);
    p.drawText(headingRect, Qt::AlignLeft | Qt::AlignTop, reportPageHeading(m_doc, m_pages[size_t(page)]));
    return QRectF(Margin, top + 58, PageWidth - 2 * Margin, bottom - 24 - (top + 58));
}

void ReportPainter::paint(QPainter &p, int page)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    // In Arabic the pages are mirrored: the painter turns Qt::AlignLeft into right, the helpers below place
    // what they draw with reportdraw::placed().
    p.setLayoutDirection(reportRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const ReportPage &pg = m_pages[size_t(page)];
    const ReportSection &section = m_doc.sections[size_t(pg.section)];
    if (section.id == ReportSection::Title) {
        paintTitle(p);
    } else {
        const QRectF body = frame(p, page);
        // A long section's blocks before its split rows go on its first page, those after on its last.
        const int paged = section.pagedBlock();
        double y = body.top();
        for (int i = 0; i < int(section.blocks.size()); ++i) {
            if (paged >= 0 && ((i < paged && pg.part > 0) || (i > paged && pg.part < pg.parts - 1)))
                continue;
            y += paintBlock(p, QRectF(body.left(), y, body.width(), body.bottom() - y),
                            section.blocks[size_t(i)], i == paged ? &pg : nullptr);
        }
    }
    p.restore();
}

QImage ReportPainter::pageImage(int page, int width)
{
    const double scale = width / PageWidth;
    QImage image(QSize(width, int(PageHeight * scale)), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(Dpi / 0.0254 + 0.5)); // fonts in points come out as on the PDF page
    image.setDotsPerMeterY(int(Dpi / 0.0254 + 0.5));
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    paint(p, page);
    return image;
}

namespace reportdraw {

QFont font(double pt, bool bold)
{
    QFont f = QGuiApplication::font();
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setStyleStrategy(QFont::PreferAntialias);
    return f;
}

QRectF placed(const QPainter &p, const QRectF &r)
{
    if (p.layoutDirection() != Qt::RightToLeft)
        return r;
    return QRectF(PageWidth - r.right(), r.top(), r.width(), r.height());
}

double placedX(const QPainter &p, double x)
{
    return p.layoutDirection() == Qt::RightToLeft ? PageWidth - x : x;
}

QString leftToRight(const QPainter &p, const QString &text)
{
    if (p.layoutDirection() != Qt::RightToLeft)
        return text;
    return QChar(0x2066) + text + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE ... POP DIRECTIONAL ISOLATE
}

double paragraph(QPainter &p, const QRectF &area, const QString &text, const QFont &f, const QColor &colour,
                 int flags)
{
    p.setFont(f);
    p.setPen(colour);
    QRectF used;
    p.drawText(placed(p, area), flags | Qt::AlignTop | Qt::TextWordWrap, text, &used);
    return used.height();
}

double subheading(QPainter &p, const QRectF &area, const QString &text)
{
    const double h = paragraph(p, area, text, font(11, true), Accent);
    return h + 4;
}

QColor colour(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Muted:
        return Muted;
    case ReportTone::Good:
        return Good;
    case ReportTone::Bad:
        return Bad;
    case ReportTone::Accent:
        return Accent;
    case ReportTone::Normal:
        break;
    }
    return {};
}

double table(QPainter &p, const QRectF &area, const std::vector<Column> &columns,
             const std::vector<QStringList> &rows, double rowHeight, double pt,
             const std::function<QColor(int, int)> &emphasis)
{
    const double pad = 3;
    const double headerHeight = rowHeight * 1.5; // titles wrap over two lines
    const auto drawRow = [&](double y, double h, const QStringList &cells, bool header, int row) {
        double x = area.left();
        const QFont f = font(header ? pt - 0.8 : pt, header);
        p.setFont(f);
        const QFontMetricsF fm(f, p.device());
        for (size_t c = 0; c < columns.size(); ++c) {
            const double w = columns[c].width * area.width();
            const QRectF cell = placed(p, QRectF(x + pad, y, w - 2 * pad, h));
            QColor colour = header ? QColor(Qt::white) : Ink;
            if (!header && emphasis) {
                const QColor e = emphasis(row, int(c));
                if (e.isValid())
                    colour = e;
            }
            p.setPen(colour);
            const int align = int(columns[c].align | Qt::AlignVCenter);
            if (header || columns[c].wrap)
                p.drawText(cell, align | Qt::TextWordWrap, cells.value(int(c)));
            else
                p.drawText(cell, align, fm.elidedText(cells.value(int(c)), Qt::ElideRight, cell.width()));
            x += w;
        }
    };
    double y = area.top();
    p.fillRect(QRectF(area.left(), y, area.width(), headerHeight), Accent);
    QStringList head;
    for (const Column &c : columns)
        head << c.title;
    drawRow(y, headerHeight, head, true, -1);
    y += headerHeight;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (r % 2 == 1)
            p.fillRect(QRectF(area.left(), y, area.width(), rowHeight), QColor(0xf1, 0xf4, 0xf8));
        drawRow(y, rowHeight, rows[r], false, int(r));
        y += rowHeight;
    }
    p.setPen(QPen(Rule, 0.8));
    p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
    return y - area.top();
}

void tile(QPainter &p, const QRectF &box, const QString &value, const QString &label, const QColor &accent)
{
    p.fillRect(placed(p, box), QColor(0xf1, 0xf4, 0xf8));
    p.fillRect(placed(p, QRectF(box.left(), box.top(), 4, box.height())), accent);
    const QRectF inner = box.adjusted(14, 8, -8, -8);
    p.setFont(font(17, true));
    p.setPen(accent);
    p.drawText(placed(p, QRectF(inner.left(), inner.top(), inner.width(), inner.height() * 0.58)),
               Qt::AlignLeft | Qt::AlignVCenter, value);
    paragraph(p,
              QRectF(inner.left(), inner.top() + inner.height() * 0.58, inner.width(), inner.height() * 0.42),
              label, font(8), Muted);
}

} // namespace reportdraw

} // namespace ea
