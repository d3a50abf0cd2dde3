// SPDX-License-Identifier: GPL-3.0-or-later
// The report as one self-contained XHTML file (well-formed XML: an XML parser reads it).
#include "app/report/reportart.h"
#include "app/report/reportlayout.h"
#include "app/report/reportwriter.h"

#include "engine/model/units.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QLocale>

namespace ea {

namespace {

/** The translation context of the HTML report's text. */
struct ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(ea::ReportHtml)
};

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

/** A column title for Html::table() that marks the column numeric (right-aligned). */
QString numericColumn(const QString &title)
{
    return QLatin1Char('>') + title;
}

/** A number for people, in the interface's locale. */
QString number(double v)
{
    return QLocale().toString(v);
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
.muted{color:#5f6b7a;font-size:.9em}footer{margin-top:3em;color:#5f6b7a;font-size:.8em}
)";

struct Html
{
    QString out;
    void line(const QString &s) { out += s + QLatin1Char('\n'); }
    void para(const QString &text, const QString &cls = {})
    {
        line(cls.isEmpty() ? QStringLiteral("<p>%1</p>").arg(esc(text))
                           : QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, esc(text)));
    }
    /** Columns whose title starts with '>' are numeric (right-aligned). cellClass may give a class per cell.
     */
    void table(const QStringList &head, const std::vector<QStringList> &rows,
               const std::function<QString(int, int)> &cellClass = {}, int totalRow = -1)
    {
        line(QStringLiteral("<table><thead><tr>"));
        std::vector<bool> numeric;
        for (const QString &h : head) {
            numeric.push_back(h.startsWith(QLatin1Char('>')));
            line(numeric.back() ? QStringLiteral("<th class=\"n\">%1</th>").arg(esc(h.mid(1)))
                                : QStringLiteral("<th>%1</th>").arg(esc(h)));
        }
        line(QStringLiteral("</tr></thead><tbody>"));
        for (int r = 0; r < int(rows.size()); ++r) {
            line(r == totalRow ? QStringLiteral("<tr class=\"total\">") : QStringLiteral("<tr>"));
            for (int c = 0; c < int(head.size()); ++c) {
                QString cls = numeric[size_t(c)] ? QStringLiteral("n") : QString();
                if (cellClass && !cellClass(r, c).isEmpty())
                    cls += QLatin1Char(' ') + cellClass(r, c);
                cls = cls.trimmed();
                line((cls.isEmpty() ? QStringLiteral("<td>") : QStringLiteral("<td class=\"%1\">").arg(cls)) +
                     esc(rows[size_t(r)].value(c)) + QStringLiteral("</td>"));
            }
            line(QStringLiteral("</tr>"));
        }
        line(QStringLiteral("</tbody></table>"));
    }
    void tile(const QString &value, const QString &label, const QString &cls = {})
    {
        line(QStringLiteral("<div class=\"tile %1\"><b>%2</b><span>%3</span></div>")
                 .arg(cls, esc(value), esc(label)));
    }
    void figure(const QImage &image, const QString &alt, const QString &caption)
    {
        line(QStringLiteral(
                 "<figure><img src=\"%1\" alt=\"%2\" width=\"%3\"/><figcaption>%4</figcaption></figure>")
                 .arg(dataUri(image), esc(alt))
                 .arg(int(image.width() / image.devicePixelRatio()))
                 .arg(esc(caption)));
    }
};

void writeBody(Html &h, const ReportData &d, ReportArt &art)
{
    const PlanOutcome &plan = *d.plan;
    const Scenario &s = *d.scenario;
    h.line(QStringLiteral("<header><div class=\"kicker\">%1</div><h1>%2</h1><p>%3</p></header>")
               .arg(esc(ReportHtml::tr("EDGEATLAS PLANNING REPORT")), esc(d.title),
                    esc(ReportHtml::tr(
                        "Where each AI inference workload should run, what it costs and whether it meets its "
                        "latency budget"))));
    h.line(QStringLiteral("<dl class=\"meta\">"));
    const auto meta = [&](const QString &k, const QString &v) {
        if (!v.isEmpty())
            h.line(QStringLiteral("<dt>%1</dt><dd>%2</dd>").arg(esc(k), esc(v)));
    };
    meta(ReportHtml::tr("Scenario"), s.name);
    meta(ReportHtml::tr("Scenario file"), d.options.scenarioLabel);
    meta(ReportHtml::tr("Prepared by"), d.options.author);
    meta(ReportHtml::tr("Date"), reportDate(d.options.generated));
    meta(ReportHtml::tr("Compared with"), d.options.baselineLabel.isEmpty()
                                              ? ReportHtml::tr("no baseline placement")
                                              : d.options.baselineLabel);
    h.line(QStringLiteral("</dl>"));

    h.line(QStringLiteral("<section id=\"summary\"><h2>%1</h2><div class=\"tiles\">")
               .arg(esc(ReportHtml::tr("Executive summary"))));
    const bool allMet = d.workloadsMeetingSlo == int(plan.workloads.size());
    h.tile(units::usd(plan.usdPerMonth), ReportHtml::tr("cost per month"));
    h.tile(units::percent(plan.attainmentPct), ReportHtml::tr("SLO attainment (requests)"),
           plan.attainmentPct >= SloAttainmentTarget ? QStringLiteral("good") : QStringLiteral("bad"));
    //: Tile value: %1 workloads meeting their SLO of %2 workloads
    h.tile(ReportHtml::tr("%1 of %2")
               .arg(units::count(d.workloadsMeetingSlo), units::count(double(plan.workloads.size()))),
           ReportHtml::tr("workloads meeting their SLO"),
           allMet ? QStringLiteral("good") : QStringLiteral("bad"));
    h.tile(units::count(plan.gpus), ReportHtml::tr("GPUs at %Ln site(s)", nullptr, d.sitesUsed));
    h.line(QStringLiteral("</div>"));
    h.para(d.summaryText());
    h.line(QStringLiteral("<h3>%1</h3>").arg(esc(ReportHtml::tr("Cost by tier"))));
    std::vector<QStringList> rows;
    for (Tier t : AllTiers) {
        const TierTotals &x = d.tiers[static_cast<int>(t)];
        if (x.workloads > 0)
            rows.push_back({tierLabel(t), units::count(x.workloads), units::count(x.sites),
                            units::count(x.gpus), units::usd(x.gpuUsdPerMonth), units::usd(x.apiUsdPerMonth),
                            units::usd(x.egressUsdPerMonth), units::usd(x.usdPerMonth())});
    }
    rows.push_back({ReportHtml::tr("Total"), units::count(double(plan.workloads.size())),
                    units::count(d.sitesUsed), units::count(plan.gpus), QString(), QString(), QString(),
                    units::usd(plan.usdPerMonth)});
    h.table({ReportHtml::tr("Tier"), numericColumn(ReportHtml::tr("Workloads")),
             numericColumn(ReportHtml::tr("Sites")), numericColumn(ReportHtml::tr("GPUs")),
             numericColumn(ReportHtml::tr("GPU hours")), numericColumn(ReportHtml::tr("API")),
             numericColumn(ReportHtml::tr("Egress")), numericColumn(ReportHtml::tr("Per month"))},
            rows, {}, int(rows.size()) - 1);
    h.line(QStringLiteral("<h3>%1</h3>").arg(esc(ReportHtml::tr("Changes against the baseline"))));
    if (!d.changes) {
        h.para(ReportHtml::tr("No baseline placement was given, so this report states the plan as it is."),
               QStringLiteral("muted"));
    } else {
        h.para(d.changesText());
        rows.clear();
        for (const WorkloadChange &c : d.changes->workloads)
            if (c.moved())
                rows.push_back({s.workloads[size_t(c.workload)].name, tierLabel(c.from), tierLabel(c.to),
                                units::usd(c.usdBefore), units::usd(c.usdAfter),
                                units::percent(c.attainmentBefore), units::percent(c.attainmentAfter)});
        if (!rows.empty())
            h.table({ReportHtml::tr("Workload"), ReportHtml::tr("From"), ReportHtml::tr("To"),
                     numericColumn(ReportHtml::tr("Cost before")),
                     numericColumn(ReportHtml::tr("Cost after")),
                     numericColumn(ReportHtml::tr("Attainment before")),
                     numericColumn(ReportHtml::tr("Attainment after"))},
                    rows);
    }
    h.line(QStringLiteral("</section>"));

    h.line(QStringLiteral("<section id=\"map\"><h2>%1</h2>").arg(esc(ReportHtml::tr("Deployment map"))));
    const QSize mapSize(960, 470);
    h.figure(art.mapImage(mapSize, -1, 1.5), ReportHtml::tr("World map of the plan's sites and demand"),
             ReportHtml::tr("Every inference site by tier and the demand regions sized by weight; %1 of %Ln "
                            "site(s) carry load.",
                            nullptr, int(s.nodes.size()))
                 .arg(units::count(d.sitesUsed)));
    const int busiest = d.busiestInteractiveWorkload();
    if (busiest >= 0)
        h.figure(art.mapImage(mapSize, busiest, 1.5),
                 ReportHtml::tr("Routes of %1").arg(s.workloads[size_t(busiest)].name),
                 ReportHtml::tr(
                     "Routes of %1: each demand region to its serving site, coloured against the budget.")
                     .arg(s.workloads[size_t(busiest)].name));
    h.line(QStringLiteral("</section>"));

    h.line(QStringLiteral("<section id=\"charts\"><h2>%1</h2>").arg(esc(ReportHtml::tr("Charts"))));
    for (ReportArt::Chart c :
         {ReportArt::CostLatency, ReportArt::TierCost, ReportArt::Latency, ReportArt::Regions})
        if (c != ReportArt::Regions || busiest >= 0)
            h.figure(art.chartImage(c), art.caption(c), art.caption(c));
    h.line(QStringLiteral("</section>"));

    h.line(QStringLiteral("<section id=\"workloads\"><h2>%1</h2>").arg(esc(ReportHtml::tr("Workloads"))));
    rows.clear();
    std::vector<bool> met;
    for (const WorkloadOutcome &o : plan.workloads) {
        const Workload &w = d.workload(o);
        rows.push_back({w.name, tierLabel(o.tier), units::slo(w.slo), units::ms(o.p50Ms), units::ms(o.p95Ms),
                        units::ms(o.p99Ms), units::percent(o.attainmentPct), units::count(o.sites),
                        units::count(o.gpus), units::usd(o.usdPerMonth()),
                        o.tokensPerMonth > 0 ? units::usdPrecise(o.usdPerMTok()) : QStringLiteral("–")});
        met.push_back(meetsSlo(o));
    }
    rows.push_back({ReportHtml::tr("Plan total"), QString(), QString(), QString(), QString(), QString(),
                    units::percent(plan.attainmentPct), units::count(d.sitesUsed), units::count(plan.gpus),
                    units::usd(plan.usdPerMonth), QString()});
    h.table(
        {ReportHtml::tr("Workload"), ReportHtml::tr("Tier"), ReportHtml::tr("SLO (budget)"),
         //: Column header: latency at the 50th percentile (median)
         numericColumn(ReportHtml::tr("p50")),
         //: Column header: latency at the 95th percentile
         numericColumn(ReportHtml::tr("p95")),
         //: Column header: latency at the 99th percentile
         numericColumn(ReportHtml::tr("p99")), numericColumn(ReportHtml::tr("Attainment")),
         numericColumn(ReportHtml::tr("Sites")), numericColumn(ReportHtml::tr("GPUs")),
         numericColumn(ReportHtml::tr("Per month")), numericColumn(ReportHtml::tr("$ / M tokens"))},
        rows,
        [&](int r, int c) {
            return c == 6 && r < int(met.size())
                       ? (met[size_t(r)] ? QStringLiteral("good") : QStringLiteral("bad"))
                       : QString();
        },
        int(rows.size()) - 1);
    for (const WorkloadOutcome &o : plan.workloads)
        if (!o.issue.isEmpty())
            //: A workload's name, then the problem the evaluation found with it
            h.para(ReportHtml::tr("%1: %2").arg(d.workload(o).name, o.issue), QStringLiteral("muted"));
    h.line(QStringLiteral("</section>"));

    h.line(QStringLiteral("<section id=\"decomposition\"><h2>%1</h2>")
               .arg(esc(ReportHtml::tr("Latency budget decomposition"))));
    const QStringList partNames{ReportHtml::tr("Propagation"), ReportHtml::tr("Route inflation"),
                                ReportHtml::tr("Access"),      ReportHtml::tr("Queueing"),
                                ReportHtml::tr("Prefill"),     ReportHtml::tr("Decode")};
    const QStringList colours{QStringLiteral("#1f77b4"), QStringLiteral("#6baed6"),
                              QStringLiteral("#9e9ac8"), QStringLiteral("#fdae6b"),
                              QStringLiteral("#31a354"), QStringLiteral("#a1d99b")};
    QString legend = QStringLiteral("<p class=\"legend\">");
    for (int i = 0; i < 6; ++i)
        legend +=
            QStringLiteral("<span style=\"background:%1\"></span>%2").arg(colours[i], esc(partNames[i]));
    h.line(legend + QStringLiteral("</p>"));
    h.line(QStringLiteral(
               "<table><thead><tr><th>%1</th><th>%2</th><th class=\"n\">%3</th><th class=\"n\">%4</th>"
               "</tr></thead><tbody>")
               .arg(esc(ReportHtml::tr("Workload")),
                    esc(ReportHtml::tr("Where the time goes (dashed: the budget)")),
                    esc(ReportHtml::tr("Total")), esc(ReportHtml::tr("Budget"))));
    for (const WorkloadOutcome &o : plan.workloads) {
        const Workload &w = d.workload(o);
        const LatencyBreakdown &b = o.breakdown;
        const double parts[6] = {b.propagationMs, b.inflationMs, b.accessMs,
                                 b.queueingMs,    b.prefillMs,   b.decodeMs};
        const double full = std::max({b.totalMs(), w.slo.budgetMs, 1e-9}) * 1.06;
        QString bar = QStringLiteral("<div class=\"bar\">");
        for (int i = 0; i < 6; ++i)
            bar += QStringLiteral("<span style=\"width:%1%;background:%2\" title=\"%3 %4\"></span>")
                       .arg(100 * parts[i] / full, 0, 'f', 2)
                       .arg(colours[i], esc(partNames[i]), esc(units::ms(parts[i])));
        if (w.slo.budgetMs > 0)
            bar += QStringLiteral("<i style=\"inset-inline-start:%1%\"></i>")
                       .arg(100 * w.slo.budgetMs / full, 0, 'f', 2);
        bar += QStringLiteral("</div>");
        QStringList items;
        for (int i = 0; i < 6; ++i)
            items << QStringLiteral("%1 %2").arg(partNames[i], units::ms(parts[i]));
        h.line(QStringLiteral(
                   "<tr><td>%1<br/><span class=\"muted\">%2</span></td><td>%3<span class=\"muted\">%4</span>"
                   "</td><td class=\"n\">%5</td><td class=\"n\">%6</td></tr>")
                   .arg(esc(w.name), esc(tierLabel(o.tier) + QStringLiteral(" · ") + units::slo(w.slo)), bar,
                        esc(items.join(QStringLiteral(" · "))), esc(units::ms(b.totalMs())),
                        esc(units::ms(w.slo.budgetMs))));
    }
    h.line(QStringLiteral("</tbody></table></section>"));

    h.line(QStringLiteral("<section id=\"sites\"><h2>%1</h2>")
               .arg(esc(ReportHtml::tr("Capacity of the busiest sites"))));
    rows.clear();
    for (const ReportSite &r : d.busiestSites) {
        const Node &n = s.nodes[size_t(r.node)];
        rows.push_back({n.name, tierLabel(n.tier), n.country, n.gpu, units::count(r.gpus),
                        units::count(r.usableGpus), units::rps(r.peakRps),
                        units::percent(100 * r.utilization), units::usd(r.usdPerMonth),
                        units::count(r.workloads)});
    }
    h.table({ReportHtml::tr("Site"), ReportHtml::tr("Tier"), ReportHtml::tr("Country"), ReportHtml::tr("GPU"),
             numericColumn(ReportHtml::tr("GPUs used")), numericColumn(ReportHtml::tr("of usable")),
             numericColumn(ReportHtml::tr("Peak load")), numericColumn(ReportHtml::tr("Utilization")),
             numericColumn(ReportHtml::tr("GPU cost / month")), numericColumn(ReportHtml::tr("Workloads"))},
            rows);
    h.line(QStringLiteral("</section>"));

    h.line(QStringLiteral("<section id=\"assumptions\"><h2>%1</h2>").arg(esc(ReportHtml::tr("Assumptions"))));
    const NetworkParams &n = s.network;
    h.para(
        ReportHtml::tr("Network: round trip = last-mile access + 2 × distance × route inflation / %1 km/ms; "
                       "%Ln handshake round trip(s) for a new connection (%2 of requests); p95 jitter × "
                       "%3, p99 × %4.",
                       nullptr, n.handshakeRtts)
            .arg(number(n.fiberKmPerMs), units::percent(100 * n.newConnectionShare),
                 number(n.jitterP95Factor), number(n.jitterP99Factor)));
    h.para(ReportHtml::tr("Accuracy of the RTT model: %1").arg(d.calibrationText()));
    rows.clear();
    for (const GpuType &g : s.gpus)
        rows.push_back({g.name,
                        //: GPU memory in gigabytes
                        ReportHtml::tr("%1 GB").arg(number(g.memoryGB)),
                        //: Memory bandwidth in gigabytes per second
                        ReportHtml::tr("%1 GB/s").arg(number(g.bandwidthGBps)),
                        number(g.tflops[int(Precision::BF16)]), units::usdPrecise(g.priceUsdPerHour),
                        g.priceAsOf});
    h.table({ReportHtml::tr("GPU"), numericColumn(ReportHtml::tr("Memory")),
             numericColumn(ReportHtml::tr("Bandwidth")), numericColumn(ReportHtml::tr("BF16 TFLOPS")),
             numericColumn(ReportHtml::tr("Price / hour")), numericColumn(ReportHtml::tr("Price as of"))},
            rows);
    rows.clear();
    for (const ModelSpec &m : s.models)
        rows.push_back({m.name,
                        //: A model's parameter count in billions (B: billion)
                        ReportHtml::tr("%1 B").arg(number(m.paramsB)), units::count(m.layers),
                        units::count(m.hidden), m.asOf});
    h.table({ReportHtml::tr("Model"), numericColumn(ReportHtml::tr("Parameters")),
             numericColumn(ReportHtml::tr("Layers")), numericColumn(ReportHtml::tr("Hidden")),
             numericColumn(ReportHtml::tr("Spec as of"))},
            rows);
    h.line(QStringLiteral("</section>"));

    h.line(QStringLiteral(
               "<section id=\"sources\"><h2>%1</h2><table><thead><tr><th>%2</th><th>%3</th><th>%4</th>"
               "<th>%5</th></tr></thead><tbody>")
               .arg(esc(ReportHtml::tr("Data sources")), esc(ReportHtml::tr("Source")),
                    esc(ReportHtml::tr("Title")), esc(ReportHtml::tr("Licence")),
                    esc(ReportHtml::tr("As of"))));
    for (const Source &src : d.sources) {
        const bool link =
            src.url.startsWith(QLatin1String("https://")) || src.url.startsWith(QLatin1String("http://"));
        h.line(QStringLiteral("<tr><td>%1</td><td>%2%3</td><td>%4</td><td>%5</td></tr>")
                   .arg(esc(src.id), esc(src.title),
                        link ? QStringLiteral("<br/><a href=\"%1\">%1</a>").arg(esc(src.url)) : QString(),
                        esc(src.licence), esc(src.asOf)));
    }
    h.line(QStringLiteral("</tbody></table></section>"));
    h.line(QStringLiteral("<footer>%1</footer>")
               .arg(esc(ReportHtml::tr(
                            "Generated by EdgeAtlas %1 on %2. Figures are model estimates; see Assumptions.")
                            .arg(QLatin1String(EA_VERSION), reportDate(d.options.generated)))));
}

} // namespace

QByteArray reportHtml(const ReportData &d)
{
    Html h;
    h.line(QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"));
    h.line(QStringLiteral("<!DOCTYPE html>"));
    const QString lang = esc(reportLanguage());
    // Arabic reads right to left: the browser mirrors the whole page (tables, figures, text) from dir.
    const bool rtl = reportRightToLeft();
    h.line(
        QStringLiteral("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%1\" xml:lang=\"%1\" dir=\"%2\">")
            .arg(lang, rtl ? QStringLiteral("rtl") : QStringLiteral("ltr")));
    h.line(QStringLiteral("<head><meta charset=\"utf-8\"/><title>%1</title>").arg(esc(d.title)));
    h.line(
        QStringLiteral("<meta name=\"generator\" content=\"EdgeAtlas %1\"/>").arg(QLatin1String(EA_VERSION)));
    h.line(QStringLiteral("<style>%1</style></head><body>").arg(QString::fromLatin1(kStyle)));
    ReportArt art(d);
    writeBody(h, d, art);
    h.line(QStringLiteral("</body></html>"));
    return h.out.toUtf8();
}

} // namespace ea
