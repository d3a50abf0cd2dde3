// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/report/reportdocument.h"

#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QRectF>

#include <functional>

#include <memory>
#include <vector>

class QPainter;

namespace ea {

class ReportArt;

/**
 * A page of the PDF report: a section of the report document (reportdocument.h), or the share of a long
 * section that fits one page. Pages are painted in units of 1/96 inch (the resolution the writer and the
 * preview both use, so the charts' own fonts keep their size) on A4 portrait.
 */
struct ReportPage
{
    int section = 0;          // index into ReportDocument::sections
    int part = 0, parts = 1;  // this page's share of a section that spans several
    int first = 0, count = 0; // rows of the section on this page
};

namespace reportlayout {
inline constexpr double Dpi = 96.0;
inline constexpr double PageWidth = 210.0 / 25.4 * Dpi; // A4
inline constexpr double PageHeight = 297.0 / 25.4 * Dpi;
inline constexpr double Margin = 15.0 / 25.4 * Dpi;
inline constexpr int WorkloadRowsPerPage = 26;
inline constexpr int DecompositionsPerPage = 9;
inline constexpr int SourcesPerPage = 22;
} // namespace reportlayout

/** The report's pages: one per section, as many as they need for the long ones. */
std::vector<ReportPage> reportPages(const ReportDocument &doc);
std::vector<ReportPage> reportPages(const ReportData &d);
/** The page heading a reader sees (and pdftotext finds) at the top of a page. */
QString reportPageHeading(const ReportDocument &doc, const ReportPage &page);

/**
 * Paints the report document's pages onto any painter whose device has reportlayout::Dpi (a QPdfWriter or
 * a QImage at 96 dpi), scaled by the painter's transform: every section's blocks in order, long tables split
 * over pages. Owns the chart widgets and the map renderer it paints with, so use it on the GUI thread, one
 * report at a time.
 */
class ReportPainter
{
    Q_DECLARE_TR_FUNCTIONS(ea::ReportPainter)
public:
    explicit ReportPainter(const ReportData &data);
    ~ReportPainter();
    ReportPainter(const ReportPainter &) = delete;
    ReportPainter &operator=(const ReportPainter &) = delete;

    const ReportDocument &document() const { return m_doc; }
    const std::vector<ReportPage> &pages() const { return m_pages; }
    void paint(QPainter &p, int page);
    /** Page `page` as an image of the given width (for previews). */
    QImage pageImage(int page, int width);
    ReportArt &art() { return *m_art; }

private:
    QRectF frame(QPainter &p, int page); // header, footer and heading; returns the body
    void paintTitle(QPainter &p);
    /** Draws a block in area (from its top); returns the height used. */
    double paintBlock(QPainter &p, const QRectF &area, const ReportBlock &block, const ReportPage *page);
    double paintTable(QPainter &p, const QRectF &area, const ReportTable &t, const ReportPage *page);
    double paintBars(QPainter &p, const QRectF &area, const ReportBars &bars, const ReportPage &page);
    double paintSources(QPainter &p, const QRectF &area, const ReportSources &sources,
                        const ReportPage &page);

    const ReportData &m_d;
    ReportDocument m_doc;
    std::vector<ReportPage> m_pages;
    std::unique_ptr<ReportArt> m_art;
};

/** Drawing helpers shared by the page painters (units of 1/96 inch). */
namespace reportdraw {
QFont font(double pt, bool bold = false);
/**
 * Where a rectangle laid out left to right goes on the page: mirrored about the page's centre when the
 * painter's layout direction is right to left (an Arabic report), unchanged otherwise. Text alignment needs
 * nothing more: the painter itself draws Qt::AlignLeft on the right then.
 */
QRectF placed(const QPainter &p, const QRectF &r);
double placedX(const QPainter &p, double x);
/** Text that must read left to right whatever the page's direction (a URL, an id): isolated on a
 *  right-to-left page so its slashes and dots keep their places. */
QString leftToRight(const QPainter &p, const QString &text);
/** Wrapped text in the rectangle's width from its top (placed()); returns the height used. */
double paragraph(QPainter &p, const QRectF &area, const QString &text, const QFont &f,
                 const QColor &colour = QColor(0x22, 0x2b, 0x36), int flags = Qt::AlignLeft);
/** A section sub-heading; returns the height used. */
double subheading(QPainter &p, const QRectF &area, const QString &text);

struct Column
{
    QString title;
    double width = 0; // fraction of the table's width
    Qt::Alignment align = Qt::AlignLeft;
    bool wrap = false; // wrap over two lines instead of eliding
};
/** A table with a shaded header and banded rows; cells are elided to fit. Returns the height used.
 * `emphasis(row, column)` may return a colour for a cell's text (invalid: the normal one). */
double table(QPainter &p, const QRectF &area, const std::vector<Column> &columns,
             const std::vector<QStringList> &rows, double rowHeight, double pt,
             const std::function<QColor(int, int)> &emphasis = {});
/** The colour of a tone (Normal: invalid, the caller's own). */
QColor colour(ReportTone tone);
/** A key figure in a tinted box: a big value over a small label. */
void tile(QPainter &p, const QRectF &box, const QString &value, const QString &label, const QColor &accent);

inline const QColor Ink{0x22, 0x2b, 0x36};
inline const QColor Muted{0x5f, 0x6b, 0x7a};
inline const QColor Accent{0x1f, 0x4e, 0x79};
inline const QColor Good{0x2e, 0x7d, 0x32};
inline const QColor Bad{0xc6, 0x28, 0x28};
inline const QColor Rule{0xd5, 0xdb, 0xe3};
} // namespace reportdraw

} // namespace ea
