// SPDX-License-Identifier: GPL-3.0-or-later
// The report's detail pages: latency budget decomposition, busiest sites, assumptions, data sources.
#include "app/report/reportlayout.h"

#include "engine/model/units.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace ea {

using namespace reportlayout;
using namespace reportdraw;

namespace {
struct Part
{
    QString label;
    QColor colour;
    double LatencyBreakdown::*ms;
};
std::array<Part, 6> parts()
{
    return {{{ReportPainter::tr("Propagation"), QColor(0x1f, 0x77, 0xb4), &LatencyBreakdown::propagationMs},
             {ReportPainter::tr("Route inflation"), QColor(0x6b, 0xae, 0xd6), &LatencyBreakdown::inflationMs},
             {ReportPainter::tr("Access"), QColor(0x9e, 0x9a, 0xc8), &LatencyBreakdown::accessMs},
             {ReportPainter::tr("Queueing"), QColor(0xfd, 0xae, 0x6b), &LatencyBreakdown::queueingMs},
             {ReportPainter::tr("Prefill"), QColor(0x31, 0xa3, 0x54), &LatencyBreakdown::prefillMs},
             {ReportPainter::tr("Decode"), QColor(0xa1, 0xd9, 0x9b), &LatencyBreakdown::decodeMs}}};
}
QString pct(double share)
{
    return units::percent(100 * share, 1);
}
/** A number for people, in the interface's locale. */
QString number(double v)
{
    return QLocale().toString(v);
}
} // namespace

void ReportPainter::paintDecomposition(QPainter &p, QRectF body, const ReportPage &page)
{
    double y = body.top();
    y +=
        paragraph(p, QRectF(body.left(), y, body.width(), 60),
                  tr("Where the time of each workload's requests goes at its SLO percentile (demand-weighted "
                     "means over its regions), against its budget, the dashed line."),
                  font(9.5)) +
        8;
    double x = body.left();
    p.setFont(font(8.5));
    const QFontMetricsF fm(p.font(), p.device());
    for (const Part &part : parts()) {
        p.fillRect(placed(p, QRectF(x, y + 3, 10, 10)), part.colour);
        p.setPen(Ink);
        const double labelWidth = fm.horizontalAdvance(part.label);
        p.drawText(placed(p, QRectF(x + 14, y, labelWidth + 4, 16)), Qt::AlignLeft | Qt::AlignVCenter,
                   part.label);
        x += 14 + labelWidth + 18;
    }
    y += 28;
    const double block = (body.bottom() - y) / DecompositionsPerPage;
    for (int i = page.first; i < page.first + page.count; ++i, y += block) {
        const WorkloadOutcome &o = m_d.plan->workloads[size_t(i)];
        const Workload &w = m_d.workload(o);
        const LatencyBreakdown &b = o.breakdown;
        paragraph(p, QRectF(body.left(), y, body.width() * 0.55, 18), w.name, font(10, true));
        paragraph(p, QRectF(body.left() + body.width() * 0.4, y, body.width() * 0.6, 18),
                  tr("%1 · %2 · at the percentile %3")
                      .arg(tierLabel(o.tier), units::slo(w.slo), units::ms(o.sloMs)),
                  font(8.5), meetsSlo(o) ? Muted : Bad, Qt::AlignRight);
        const double total = b.totalMs();
        const double full = std::max({total, w.slo.budgetMs, o.sloMs, 1e-9}) * 1.06;
        const QRectF bar(body.left(), y + 24, body.width(), 20);
        p.fillRect(bar, QColor(0xf1, 0xf4, 0xf8));
        double bx = bar.left();
        for (const Part &part : parts()) {
            const double wpx = bar.width() * (b.*part.ms) / full;
            p.fillRect(placed(p, QRectF(bx, bar.top(), wpx, bar.height())), part.colour);
            bx += wpx;
        }
        if (w.slo.budgetMs > 0) {
            const double bxBudget = placedX(p, bar.left() + bar.width() * w.slo.budgetMs / full);
            p.setPen(QPen(Ink, 1.4, Qt::DashLine));
            p.drawLine(QPointF(bxBudget, bar.top() - 4), QPointF(bxBudget, bar.bottom() + 4));
        }
        QStringList items;
        for (const Part &part : parts())
            items << QStringLiteral("%1 %2").arg(part.label, units::ms(b.*part.ms));
        //: %1 lists the parts of the latency ("Propagation 12 ms · Access 5 ms · …"), %2 is their sum
        const QString detail =
            tr("%1  =  %2 (budget %3, %4 of it)")
                .arg(items.join(QStringLiteral(" · ")), units::ms(total), units::ms(w.slo.budgetMs),
                     pct(w.slo.budgetMs > 0 ? total / w.slo.budgetMs : 0));
        paragraph(p, QRectF(body.left(), bar.bottom() + 6, body.width(), 30), detail, font(8), Muted);
        if (!o.feasible)
            paragraph(p, QRectF(body.left(), bar.bottom() + 22, body.width(), 30), o.issue, font(8), Bad);
    }
}

void ReportPainter::paintSites(QPainter &p, QRectF body)
{
    const Scenario &s = *m_d.scenario;
    double y = body.top();
    y += paragraph(
             p, QRectF(body.left(), y, body.width(), 80),
             //: %1 (the number of sites that carry load) is at least %n
             tr("The %Ln site(s) with the most GPUs in this plan (of %1 sites that carry load), with their "
                "load at the diurnal peak. Utilization is the GPU-weighted mean over the workloads a site "
                "serves; sites are sized so that it stays at or below the tier's target.",
                nullptr, int(m_d.busiestSites.size()))
                 .arg(units::count(m_d.sitesUsed)),
             font(9.5)) +
         10;
    std::vector<QStringList> rows;
    for (const ReportSite &r : m_d.busiestSites) {
        const Node &n = s.nodes[size_t(r.node)];
        rows.push_back({n.name, shortTier(n.tier), n.country, n.gpu, units::count(r.gpus),
                        units::count(r.usableGpus), units::rps(r.peakRps),
                        units::percent(100 * r.utilization), units::usd(r.usdPerMonth),
                        units::count(r.workloads)});
    }
    const Qt::Alignment R = Qt::AlignRight;
    y += table(p, QRectF(body.left(), y, body.width(), 0),
               {{tr("Site"), 0.24, Qt::AlignLeft, true},
                {tr("Tier"), 0.08},
                {tr("Country"), 0.07},
                {tr("GPU type"), 0.1},
                {tr("GPUs used"), 0.075, R},
                {tr("GPUs usable"), 0.075, R},
                {tr("Peak load"), 0.11, R},
                {tr("Utilization"), 0.09, R},
                {tr("GPU cost per month"), 0.09, R},
                {tr("Work-loads"), 0.07, R}},
               rows, 28, 7.5) +
         16;
    double used = 0, usable = 0;
    for (const ReportSite &r : m_d.busiestSites) {
        used += r.gpus;
        usable += r.usableGpus;
    }
    if (usable > 0)
        paragraph(
            p, QRectF(body.left(), y, body.width(), 60),
            tr("These sites use %1 of the %Ln GPU(s) the plan may use there (%2); a site near 100 % has no "
               "room for growth or failover.",
               nullptr, int(usable))
                .arg(units::count(used), pct(used / usable)),
            font(9), Muted);
}

void ReportPainter::paintAssumptions(QPainter &p, QRectF body)
{
    const Scenario &s = *m_d.scenario;
    const NetworkParams &n = s.network;
    const double w = body.width();
    double y = body.top();
    y += subheading(p, QRectF(body.left(), y, w, 30), tr("Network"));
    y += paragraph(
             p, QRectF(body.left(), y, w, 120),
             tr("Round trip from a user to a site = the user's last-mile access + 2 × great-circle distance "
                "× route inflation / %1 km/ms (light in fibre). Inflation depends on the pair of world "
                "zones, on crossing an ocean and on routing via interconnection hubs. A new connection adds "
                "%Ln handshake round trip(s); %2 of requests open one. Jitter: p95 = %3 × median, p99 = %4 × "
                "median.",
                nullptr, n.handshakeRtts)
                 .arg(number(n.fiberKmPerMs), pct(n.newConnectionShare), number(n.jitterP95Factor),
                      number(n.jitterP99Factor)),
             font(9)) +
         10;
    y += subheading(p, QRectF(body.left(), y, w, 30), tr("Accuracy of the RTT model"));
    const QString accuracy = m_d.calibrationText();
    y += paragraph(p, QRectF(body.left(), y, w, 120), accuracy, font(9)) + 10;
    y += subheading(p, QRectF(body.left(), y, w, 30), tr("Compute, capacity and cost"));
    y +=
        paragraph(
            p, QRectF(body.left(), y, w, 120),
            tr("Prefill and decode times follow the roofline of each GPU type (FLOPs over achievable FLOP/s, "
               "bytes over achievable bandwidth, with the tier's efficiencies below). Each site is sized at "
               "its own diurnal peak with M/M/k queueing at the tier's target utilization, so small edge "
               "sites carry more headroom. A workload meets its SLO when at least %1 of its requests are "
               "within budget. GPU cost = GPUs × hourly price × %2 hours per month.")
                .arg(units::percent(SloAttainmentTarget, 0), number(s.priceBook.hoursPerMonth)),
            font(9)) +
        8;
    const Qt::Alignment R = Qt::AlignRight;
    std::vector<QStringList> rows;
    for (Tier t : AllTiers) {
        const TierSettings &x = s.tier(t);
        if (x.present)
            rows.push_back({tierLabel(t), x.billing == Billing::Api ? tr("per token (API)") : tr("GPU hours"),
                            pct(x.targetUtilization), units::count(x.minGpusPerSite),
                            units::usdPrecise(x.egressUsdPerGB), pct(x.computeEfficiency),
                            pct(x.bandwidthEfficiency)});
    }
    y += table(p, QRectF(body.left(), y, w, 0),
               {{tr("Tier"), 0.16},
                {tr("Billing"), 0.17},
                {tr("Target utilization"), 0.15, R},
                {tr("Min GPUs / site"), 0.13, R},
                {tr("Egress / GB"), 0.13, R},
                {tr("Compute eff."), 0.13, R},
                {tr("Bandwidth eff."), 0.13, R}},
               rows, 20, 8) +
         14;
    rows.clear();
    for (const GpuType &g : s.gpus)
        rows.push_back({g.name,
                        //: GPU memory in gigabytes
                        tr("%1 GB").arg(number(g.memoryGB)),
                        //: Memory bandwidth in gigabytes per second
                        tr("%1 GB/s").arg(number(g.bandwidthGBps)), number(g.tflops[int(Precision::BF16)]),
                        units::usdPrecise(g.priceUsdPerHour), g.priceAsOf});
    y += table(p, QRectF(body.left(), y, w, 0),
               {{tr("GPU"), 0.34},
                {tr("Memory"), 0.11, R},
                {tr("Bandwidth"), 0.14, R},
                {tr("BF16 TFLOPS"), 0.14, R},
                {tr("Price / hour"), 0.13, R},
                {tr("Price as of"), 0.14, R}},
               rows, 20, 8) +
         14;
    rows.clear();
    for (const ModelSpec &m : s.models)
        rows.push_back({m.name,
                        //: A model's parameter count in billions (B: billion)
                        tr("%1 B").arg(number(m.paramsB)), units::count(m.layers), units::count(m.hidden),
                        QStringLiteral("%1 / %2").arg(units::count(m.heads), units::count(m.kvHeads)),
                        m.asOf});
    if (y + 20 * (rows.size() + 1) <= body.bottom())
        table(p, QRectF(body.left(), y, w, 0),
              {{tr("Model"), 0.34},
               {tr("Parameters"), 0.13, R},
               {tr("Layers"), 0.1, R},
               {tr("Hidden"), 0.12, R},
               {tr("Heads / KV"), 0.15, R},
               {tr("Spec as of"), 0.16, R}},
              rows, 20, 8);
}

void ReportPainter::paintSources(QPainter &p, QRectF body, const ReportPage &page)
{
    const double rowHeight = (body.height() - 24) / SourcesPerPage;
    double y = body.top();
    p.fillRect(QRectF(body.left(), y, body.width(), 20), Accent);
    const double idW = body.width() * 0.23, mainW = body.width() * 0.58, metaW = body.width() * 0.19;
    paragraph(p, QRectF(body.left() + 4, y + 3, idW, 18), tr("Source"), font(8.5, true), Qt::white);
    paragraph(p, QRectF(body.left() + idW, y + 3, mainW, 18), tr("Title and address"), font(8.5, true),
              Qt::white);
    paragraph(p, QRectF(body.left() + idW + mainW, y + 3, metaW - 4, 18), tr("Licence · as of"),
              font(8.5, true), Qt::white);
    y += 24;
    for (int i = page.first; i < page.first + page.count; ++i, y += rowHeight) {
        const Source &s = m_d.sources[size_t(i)];
        if ((i - page.first) % 2 == 1)
            p.fillRect(QRectF(body.left(), y - 2, body.width(), rowHeight), QColor(0xf1, 0xf4, 0xf8));
        const QFont small = font(7.5);
        const QFontMetricsF fm(small, p.device());
        p.setFont(small); // one line: a wrapped id would not be found again
        p.setPen(Muted);
        p.drawText(placed(p, QRectF(body.left() + 4, y, idW - 6, fm.lineSpacing() * 1.5)),
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
        p.drawText(placed(p, QRectF(body.left() + idW, y, mainW - 8, lines)), Qt::TextWordWrap, s.title);
        p.setFont(small);
        p.setPen(Accent);
        p.drawText(placed(p, QRectF(body.left() + idW, y + lines, mainW - 8, fm.lineSpacing())),
                   Qt::AlignLeft | Qt::AlignTop,
                   leftToRight(p, fm.elidedText(s.url, Qt::ElideMiddle, mainW - 8)));
        paragraph(p, QRectF(body.left() + idW + mainW, y, metaW - 4, rowHeight - 4),
                  QStringLiteral("%1\n%2").arg(s.licence.isEmpty() ? tr("licence not stated") : s.licence,
                                               s.asOf.isEmpty() ? tr("date not stated")
                                                                : tr("as of %1").arg(s.asOf)),
                  small, Ink);
    }
}

} // namespace ea
