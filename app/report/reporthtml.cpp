// SPDX-License-Identifier: GPL-3.0-or-later
// The report as one self-contained XHTML file (well-formed XML: an XML parser reads it).
#include "app/report/reportart.h"
#include "app/report/reportdocument.h"
#include "app/report/reportwriter.h"

#include <QBuffer>
#include <QCoreApplication>

#include <algorithm>

namespace ea {

namespace {

/**
 * Text as XHTML character data: markup escaped, and the characters XML 1.0 forbids (C0 controls but tab
 * and line breaks, U+FFFE/U+FFFF, lone surrogates), which a title or a scenario name may carry, replaced
 * by U+FFFD so the file stays well-formed.
 */
QString esc(const QString &s)
{
    QString out = s.toHtmlEscaped();
    for (qsizetype i = 0; i < out.size(); ++i) {
        const char16_t c = out[i].unicode();
        const bool pair = QChar::isHighSurrogate(c) && i + 1 < out.size() && out[i + 1].isLowSurrogate();
        if (pair)
            ++i;
        else if ((c < 0x20 && c != 0x09 && c != 0x0a && c != 0x0d) || c == 0xfffe || c == 0xffff ||
                 QChar::isSurrogate(c))
            out[i] = QChar(QChar::ReplacementCharacter);
    }
    return out;
}

QString dataUri(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

const char *kStyle = R"(
body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:#222b36;max-width:60em;margin:0 auto;padding:0 1.5em 3em;line-height:1.45}
header{background:#1f4e79;color:#fff;padding:2em 2em 1.5em;margin:0 -1.5em 1.5em}
header .kicker{font-size:.8em;letter-spacing:.12em;color:#c9d8ea;font-weight:bold}
header h1{margin:.2em 0 .3em;font-size:2em}
header p{margin:0;color:#e3ebf5}
h2{color:#1f4e79;border-bottom:1px solid #d5dbe3;padding-bottom:.2em;margin-top:2em}
h3{color:#1f4e79;margin-bottom:.3em}
dl.meta{display:grid;grid-template-columns:10em 1fr;gap:.2em 1em}
dl.meta dt{color:#5f6b7a}dl.meta dd{margin:0}
.tiles{display:flex;gap:.8em;flex-wrap:wrap;margin:1em 0}
.tile{flex:1 1 10em;background:#f1f4f8;border-inline-start:4px solid #1f4e79;padding:.6em .9em}
.tile b{display:block;font-size:1.6em;color:#1f4e79}.tile.good{border-color:#2e7d32}.tile.good b{color:#2e7d32}
.tile.bad{border-color:#c62828}.tile.bad b{color:#c62828}.tile span{color:#5f6b7a;font-size:.85em}
table{border-collapse:collapse;width:100%;font-size:.85em;margin:.5em 0 1em}
th{background:#1f4e79;color:#fff;text-align:start;padding:.35em .5em}
td{padding:.3em .5em;border-bottom:1px solid #e6eaf0}tr:nth-child(even) td{background:#f7f9fb}
td.n,th.n{text-align:end;white-space:nowrap}td.good{color:#2e7d32}td.bad{color:#c62828;font-weight:bold}
tr.total td{font-weight:bold;color:#1f4e79}
figure{margin:1em 0}figure img{max-width:100%;border:1px solid #d5dbe3}figcaption{color:#5f6b7a;font-size:.85em}
.bar{display:flex;height:1.1em;background:#f1f4f8;position:relative;min-width:20em}
.bar span{display:block;height:100%}.bar i{position:absolute;top:-.2em;bottom:-.2em;border-inline-start:2px dashed #222b36}
.legend span{display:inline-block;width:.8em;height:.8em;margin-inline:1em .3em;vertical-align:middle}
.muted{color:#5f6b7a;font-size:.9em}span.bad,p.bad{color:#c62828}footer{margin-top:3em;color:#5f6b7a;font-size:.8em}
)";

struct Html
{
    QString out;
    void line(const QString &s) { out += s + QLatin1Char('\n'); }
};

QString toneClass(ReportTone tone)
{
    switch (tone) {
    case ReportTone::Good:
        return QStringLiteral("good");
    case ReportTone::Bad:
        return QStringLiteral("bad");
    case ReportTone::Muted:
        return QStringLiteral("muted");
    case ReportTone::Normal:
    case ReportTone::Accent:
        break;
    }
    return {};
}

/** Text whose lines stay lines. */
QString lines(const QString &text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

void table(Html &h, const ReportTable &t)
{
    h.line(QStringLiteral("<table><thead><tr>"));
    for (const ReportTable::Column &c : t.columns)
        h.line(c.numeric ? QStringLiteral("<th class=\"n\">%1</th>").arg(esc(c.title))
                         : QStringLiteral("<th>%1</th>").arg(esc(c.title)));
    h.line(QStringLiteral("</tr></thead><tbody>"));
    for (int r = 0; r < int(t.rows.size()); ++r) {
        const bool total = t.totalRow && r + 1 == int(t.rows.size());
        h.line(total ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>"));
        for (int c = 0; c < int(t.columns.size()); ++c) {
            const QString cls =
                ((t.columns[size_t(c)].numeric ? QStringLiteral("n ") : QString()) + toneClass(t.tone(r, c)))
                    .trimmed();
            h.line((cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls)) +
                   esc(t.rows[size_t(r)].value(c)) + QStringLiteral("</td>"));
        }
        h.line(QStringLiteral("</tr>"));
    }
    h.line(QStringLiteral("</tbody></table>"));
}

void figure(Html &h, const QImage &image, const QString &alt, const QString &caption)
{
    h.line(QStringLiteral(
               "<figure><img src=\"%1\" alt=\"%2\" width=\"%3\"/><figcaption>%4</figcaption></figure>")
               .arg(dataUri(image), esc(alt))
               .arg(int(image.width() / image.devicePixelRatio()))
               .arg(esc(caption)));
}

void bars(Html &h, const ReportBars &b)
{
    QString legend = QStringLiteral("<p class=\"legend\">");
    for (int i = 0; i < ReportBars::PartCount; ++i)
        legend += QStringLiteral("<span style=\"background:%1\"></span>%2")
                      .arg(QLatin1String(ReportBars::colours()[size_t(i)]), esc(b.parts[size_t(i)]));
    h.line(legend + QStringLiteral("</p>"));
    h.line(QStringLiteral(
               "<table><thead><tr><th>%1</th><th>%2</th><th class=\"n\">%3</th><th class=\"n\">%4</th>"
               "</tr></thead><tbody>")
               .arg(esc(b.headers.value(0)), esc(b.headers.value(1)), esc(b.headers.value(2)),
                    esc(b.headers.value(3))));
    for (const ReportBars::Row &row : b.rows) {
        const double full = std::max({row.totalMs, row.budgetMs, 1e-9}) * 1.06;
        QString bar = QStringLiteral("<div class=\"bar\">");
        for (int i = 0; i < ReportBars::PartCount; ++i)
            bar += QStringLiteral("<span style=\"width:%1%;background:%2\" title=\"%3\"></span>")
                       .arg(100 * row.ms[size_t(i)] / full, 0, 'f', 2)
                       .arg(QLatin1String(ReportBars::colours()[size_t(i)]), esc(b.parts[size_t(i)]));
        if (row.budgetMs > 0)
            bar += QStringLiteral("<i style=\"inset-inline-start:%1%\"></i>")
                       .arg(100 * row.budgetMs / full, 0, 'f', 2);
        bar += QStringLiteral("</div>");
        const QString issue = row.issue.isEmpty()
                                  ? QString()
                                  : QStringLiteral("<br/><span class=\"bad\">%1</span>").arg(esc(row.issue));
        h.line(QStringLiteral(
                   "<tr><td>%1<br/><span class=\"%2\">%3</span></td><td>%4<span class=\"muted\">%5</span>%6"
                   "</td><td class=\"n\">%7</td><td class=\"n\">%8</td></tr>")
                   .arg(esc(row.name), row.missesSlo ? QStringLiteral("bad") : QStringLiteral("muted"),
                        esc(row.subtitle), bar, esc(row.detail), issue, esc(row.total), esc(row.budget)));
    }
    h.line(QStringLiteral("</tbody></table>"));
}

void sources(Html &h, const ReportSources &s)
{
    h.line(QStringLiteral("<table><thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead><tbody>")
               .arg(esc(s.headers.value(0)), esc(s.headers.value(1)), esc(s.headers.value(2))));
    for (const ReportSources::Row &src : s.rows) {
        const bool link =
            src.url.startsWith(QLatin1String("https://")) || src.url.startsWith(QLatin1String("http://"));
        h.line(QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4<br/>%5</td></tr>")
                   .arg(esc(src.id), esc(src.title),
                        link ? QStringLiteral("<br/><a href=\"%1\">%1</a>").arg(esc(src.url)) : QString(),
                        esc(src.licence), esc(src.asOf)));
    }
    h.line(QStringLiteral("</tbody></table>"));
}

void block(Html &h, const ReportBlock &b, ReportArt &art)
{
    switch (b.kind) {
    case ReportBlock::Heading:
        h.line(QStringLiteral("<h3>%1</h3>").arg(esc(b.text)));
        break;
    case ReportBlock::Paragraph: {
        const QString cls = b.size == ReportBlock::Note && b.tone == ReportTone::Normal
                                ? QStringLiteral("muted")
                                : toneClass(b.tone);
        h.line(cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(lines(b.text))
                             : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, lines(b.text)));
        break;
    }
    case ReportBlock::Table:
        table(h, b.table);
        break;
    case ReportBlock::Tiles:
        h.line(QStringLiteral("<div class=\"tiles\">"));
        for (const ReportBlock::Tile &t : b.tiles)
            h.line(QStringLiteral("<div class=\"tile %1\"><b>%2</b><span>%3</span></div>")
                       .arg(toneClass(t.tone), esc(t.value), esc(t.label)));
        h.line(QStringLiteral("</div>"));
        break;
    case ReportBlock::Fields:
        h.line(QStringLiteral("<dl class=\"meta\">"));
        for (const auto &[label, value] : b.fields)
            h.line(QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(label), esc(value)));
        h.line(QStringLiteral("</dl>"));
        break;
    case ReportBlock::Map:
        figure(h, art.mapImage(QSize(960, 470), b.workload, 1.5), b.alt, b.text);
        break;
    case ReportBlock::Chart:
        figure(h, art.chartImage(ReportArt::Chart(b.chart)), art.caption(ReportArt::Chart(b.chart)), b.text);
        break;
    case ReportBlock::Bars:
        bars(h, b.bars);
        break;
    case ReportBlock::Sources:
        sources(h, b.sources);
        break;
    }
}

void writeBody(Html &h, const ReportDocument &doc, ReportArt &art)
{
    h.line(QStringLiteral("<header><div class=\"kicker\">%1</div><h1>%2</h1><p>%3</p></header>")
               .arg(esc(doc.kicker), esc(doc.title), esc(doc.subtitle)));
    for (const ReportSection &s : doc.sections) {
        if (s.id == ReportSection::Title) {
            for (const ReportBlock &b : s.blocks)
                block(h, b, art);
            continue;
        }
        h.line(QStringLiteral("<section id=\"%1\"><h2>%2</h2>").arg(s.anchor, esc(s.heading)));
        for (const ReportBlock &b : s.blocks)
            block(h, b, art);
        h.line(QStringLiteral("</section>"));
    }
    h.line(QStringLiteral("<footer>%1</footer>").arg(esc(doc.footer)));
}

} // namespace

QByteArray reportHtml(const ReportData &d)
{
    const ReportDocument doc = buildReportDocument(d);
    Html h;
    h.line(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    h.line(QStringLiteral("<!DOCTYPE html>"));
    const QString lang = esc(doc.language);
    // Arabic reads right to left: the browser mirrors the whole page (tables, figures, text) from dir.
    h.line(
        QStringLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" xml:lang=\"%1\" dir=\"%2\">")
            .arg(lang, doc.rightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr")));
    h.line(QStringLiteral("<head><meta charset=\"utf-8\"/><title>%1</title>").arg(esc(doc.title)));
    h.line(
        QStringLiteral("<meta name=\"generator\" content=\"EdgeAtlas %1\"/>").arg(QLatin1String(EA_VERSION)));
    h.line(QStringLiteral("<style>%1</style></head><body>").arg(QString::fromLatin1(kStyle)));
    ReportArt art(d);
    writeBody(h, doc, art);
    h.line(QStringLiteral("</body></html>"));
    return h.out.toUtf8();
}

} // namespace ea
