// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/aboutdialog.h"

#include "engine/latency/accessmodel.h"
#include "engine/latency/computemodel.h"
#include "engine/latency/modeluncertainty.h"
#include "engine/model/units.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <cmath>

namespace ea {

namespace {

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

QString link(const QString &url)
{
    return url.isEmpty() ? QString() : QStringLiteral("<a href=\"%1\">%1</a>").arg(escaped(url));
}

QString sourceItem(const Source &s)
{
    QStringList parts{QStringLiteral("<b>%1</b>").arg(escaped(s.title.isEmpty() ? s.id : s.title))};
    if (!s.licence.isEmpty())
        parts << AboutDialog::tr("licence: %1").arg(escaped(s.licence));
    if (!s.asOf.isEmpty())
        parts << AboutDialog::tr("as of %1").arg(escaped(s.asOf));
    if (!s.url.isEmpty())
        parts << link(s.url);
    return QStringLiteral("<li>%1</li>").arg(parts.join(QStringLiteral(" · ")));
}

} // namespace

QString AboutDialog::html(const Scenario *scenario)
{
    QString h =
        tr("<h2>EdgeAtlas %1</h2>"
           "<p>Latency–cost planning of AI inference deployments.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later. Built with Qt %2.</p>")
            .arg(QStringLiteral(EA_VERSION), QString::fromLatin1(qVersion()));
    h += tr("<h3>Data credits</h3><ul>");
    h += sourceItem({QString(), tr("GeoNames (cities and populations)"), QStringLiteral("CC BY 4.0"),
                     QStringLiteral("https://www.geonames.org/"), QString()});
    h += sourceItem({QString(), tr("Natural Earth (map data)"), tr("public domain"),
                     QStringLiteral("https://www.naturalearthdata.com/"), QString()});
    h += QStringLiteral("<li>%1</li>")
             .arg(tr(
                 "Inter-region latency measurements by WonderProxy, Google Cloud and AWS were used only to "
                 "calibrate the latency model; only the fitted parameters ship with EdgeAtlas."));
    h +=
        QStringLiteral("<li>%1</li>")
            .arg(tr("Published serving results (NVIDIA TensorRT-LLM performance overview, NVIDIA NIM "
                    "benchmarks, a "
                    "vLLM sweep) were used only to fit the compute model; only the fitted parameters ship."));
    h += sourceItem({QString(), tr("M-Lab NDT per-country medians (the users' last mile)"),
                     QStringLiteral("CC0 1.0"), QStringLiteral("https://www.measurementlab.net/data/"),
                     builtInAccessTable().asOf});
    h += QStringLiteral("</ul>");
    // How well the models predict what they were not fitted on; the records are refitted with the models.
    const RttCalibrationRecord &rtt = defaultRttCalibration();
    const ServingFitRecord &serving = defaultServingFitRecord();
    const auto pct = [](double share) { return units::percent(100 * share, 0); };
    h += tr("<h3>Model accuracy</h3><ul>");
    h +=
        QStringLiteral("<li>%1</li>")
            .arg(
                tr("Network RTT: %1 median and %2 P90 absolute error on measured pairs it was not fitted on "
                   "(%3 pairs, fitted %4).")
                    .arg(pct(rtt.heldOutMedian), pct(rtt.heldOutP90), units::count(rtt.pairs), rtt.fittedOn));
    const RttBandAccuracy &shortPaths = defaultRttBandAccuracy().front();
    h +=
        QStringLiteral("<li>%1</li>")
            .arg(
                tr("Network RTT on paths under %1 (where edge sites serve their users): %2 median and %3 P90 "
                   "absolute error with whole cities held out of the fit.")
                    .arg(units::km(shortPaths.toKm), pct(shortPaths.medianAbsRelErr),
                         pct(shortPaths.p90AbsRelErr)));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr("Compute: saturation throughput within %1 and time per output token at concurrency 1 "
                     "within %2 "
                     "(median, each model family predicted by a fit without it; %3 published results, fitted "
                     "%4).")
                      .arg(pct(std::expm1(serving.lomoSaturationMedianAbsLog)),
                           pct(std::expm1(serving.lomoTpot1MedianAbsLog)), units::count(serving.samples),
                           serving.fittedOn));
    h += QStringLiteral("<li>%1</li>")
             .arg(tr(
                 "Last mile: the fixed-broadband access of a country with an M-Lab server of its own is its "
                 "measured median less the modeled network part; elsewhere a zone's median; mobile and "
                 "enterprise access are estimates (see the README)."));
    h += QStringLiteral("</ul>");
    if (scenario && !scenario->sources.empty()) {
        h += tr("<h3>Sources of the scenario “%1”</h3><ul>").arg(escaped(scenario->name));
        for (const Source &s : scenario->sources)
            h += sourceItem(s);
        h += QStringLiteral("</ul>");
    }
    return h;
}

AboutDialog::AboutDialog(const Scenario *scenario, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About EdgeAtlas"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QTextBrowser(this);
    text->setOpenExternalLinks(true);
    text->setHtml(html(scenario));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

} // namespace ea
