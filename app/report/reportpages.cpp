// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF pages of the report document: the title page, and every other section's blocks in order.
#include "app/report/reportart.h"
#include "app/report/reportlayout.h"

#include <QPainter>

#include <algorithm>

namespace ea {

using namespace reportlayout;
using namespace reportdraw;

namespace {
QFont paragraphFont(ReportBlock::Size size)
{
    switch (size) {
    case ReportBlock::Body:
        return font(10);
    case ReportBlock::Lead:
        return font(9.5);
    case ReportBlock::Small:
        return font(9);
    case ReportBlock::Note:
        break;
    }
    return font(8.5);
}

QColor ink(ReportTone tone)
{
    const QColor c = colour(tone);
    return c.isValid() ? c : Ink;
}
} // namespace

void ReportPainter::paintTitle(QPainter &p)
{
    const double bandHeight = PageHeight * 0.36;
    p.fillRect(QRectF(0, 0, PageWidth, bandHeight), Accent);
    const double x = Margin * 1.3, w = PageWidth - 2 * x;
    paragraph(p, QRectF(x, bandHeight * 0.30, w, 30), m_doc.kicker, font(10, true), QColor(0xc9, 0xd8, 0xea));
    const double th = paragraph(p, QRectF(x, bandHeight * 0.30 + 30, w, bandHeight * 0.5), m_doc.title,
                                font(26, true), Qt::white);
    paragraph(p, QRectF(x, bandHeight * 0.30 + 40 + th, w, 60), m_doc.subtitle, font(12),
              QColor(0xe3, 0xeb, 0xf5));

    const ReportSection &title = *m_doc.section(ReportSection::Title);
    double y = bandHeight + 48;
    const double tileY = PageHeight - Margin - 300;
    for (const ReportBlock &b : title.blocks) {
        if (b.kind == ReportBlock::Fields) {
            for (const auto &[label, value] : b.fields) {
                paragraph(p, QRectF(x, y, 150, 20), label, font(9.5), Muted);
                y +=
                    std::max(20.0, paragraph(p, QRectF(x + 150, y, w - 150, 80), value, font(10.5), Ink)) + 8;
            }
        } else if (b.kind == ReportBlock::Paragraph) {
            paragraph(p, QRectF(x, tileY + 110, w, 170), b.text, font(8), Muted);
        }
    }
    // The summary's key figures, large.
    for (const ReportBlock &b : m_doc.section(ReportSection::Summary)->blocks)
        if (b.kind == ReportBlock::Tiles) {
            const double tw = (w - 3 * 12) / double(b.tiles.size());
            for (size_t i = 0; i < b.tiles.size(); ++i)
                tile(p, QRectF(x + double(i) * (tw + 12), tileY, tw, 84), b.tiles[i].value, b.tiles[i].label,
                     ink(b.tiles[i].tone));
            break;
        }
    paragraph(p, QRectF(x, PageHeight - Margin - 14, w, 16), m_doc.footer, font(7.5), Muted);
}

double ReportPainter::paintBlock(QPainter &p, const QRectF &area, const ReportBlock &b,
                                 const ReportPage *page)
{
    switch (b.kind) {
    case ReportBlock::Heading:
        return subheading(p, QRectF(area.left(), area.top(), area.width(), 30), b.text);
    case ReportBlock::Paragraph:
        return paragraph(p, QRectF(area.left(), area.top(), area.width(), area.height()), b.text,
                         paragraphFont(b.size), ink(b.tone)) +
               (b.size == ReportBlock::Body ? 18 : 12);
    case ReportBlock::Table:
        return paintTable(p, area, b.table, page) + 16;
    case ReportBlock::Tiles: {
        const double tw = (area.width() - 3 * 10) / double(std::max<size_t>(b.tiles.size(), 1));
        for (size_t i = 0; i < b.tiles.size(); ++i)
            tile(p, QRectF(area.left() + double(i) * (tw + 10), area.top(), tw, 76), b.tiles[i].value,
                 b.tiles[i].label, ink(b.tiles[i].tone));
        return 96;
    }
    case ReportBlock::Map: {
        double y = area.top();
        y += paragraph(p, QRectF(area.left(), y, area.width(), 60), b.text, font(9.5)) + 6;
        // Two maps and their captions fill the page.
        const QRectF map(area.left(), y, area.width(), std::min(area.width() * 0.53, area.bottom() - y));
        m_art->paintMap(p, map, b.workload);
        p.setPen(QPen(Rule, 0.8));
        p.drawRect(map);
        return map.bottom() + 22 - area.top();
    }
    case ReportBlock::Chart: {
        double y = area.top();
        y += paragraph(p, QRectF(area.left(), y, area.width(), 60), b.text, font(9.5)) + 6;
        const double height = area.width() * ReportArt::ChartHeight / ReportArt::ChartWidth;
        m_art->paintChart(p, QRectF(area.left(), y, area.width(), height), ReportArt::Chart(b.chart));
        return y + height + 24 - area.top();
    }
    case ReportBlock::Bars:
        return paintBars(p, area, b.bars, *page);
    case ReportBlock::Sources:
        return paintSources(p, area, b.sources, *page);
    case ReportBlock::Fields:
        break; // the title page's
    }
    return 0;
}

double ReportPainter::paintTable(QPainter &p, const QRectF &area, const ReportTable &t,
                                 const ReportPage *page)
{
    // The page's share of a long table (its total under the last share), or the whole table.
    int first = 0, count = int(t.rows.size());
    bool total = t.totalRow;
    if (page) {
        first = page->first;
        count = page->count;
        total = t.totalRow && page->part == page->parts - 1;
    } else if (t.totalRow) {
        --count;
    }
    std::vector<QStringList> rows(t.rows.begin() + first, t.rows.begin() + first + count);
    std::vector<int> source; // rows of t shown, in order
    for (int i = 0; i < count; ++i)
        source.push_back(first + i);
    if (total) {
        rows.push_back(t.rows.back());
        source.push_back(int(t.rows.size()) - 1);
    }
    // What does not fit the page is left out: every row is also in the CSV and the JSON.
    const int fit = int((area.height() - t.rowHeight * 1.5) / t.rowHeight);
    if (int(rows.size()) > std::max(fit, 0)) {
        rows.resize(size_t(std::max(fit, 0)));
        source.resize(rows.size());
    }
    if (rows.empty())
        return 0;
    std::vector<Column> columns;
    for (const ReportTable::Column &c : t.columns)
        columns.push_back({c.title, c.width, c.numeric ? Qt::AlignRight : Qt::AlignLeft, c.wrap});
    return table(p, area, columns, rows, t.rowHeight, t.pt,
                 [&](int row, int column) { return colour(t.tone(source[size_t(row)], column)); });
}

} // namespace ea
