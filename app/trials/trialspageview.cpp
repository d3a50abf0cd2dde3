// SPDX-License-Identifier: GPL-3.0-or-later
// The Trials mode: showing a run's outcome (verdict, ceilings, tables, charts) and the scenario's profiles.
#include "app/document.h"
#include "app/trials/trialconfigform.h"
#include "app/trials/trialspage.h"
#include "app/trials/trialsresultsmodel.h"
#include "app/trials/trialsrunner.h"
#include "widgets/trials/trialboxchart.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

#include <cmath>

namespace ea {

namespace {

// Okabe–Ito blue and orange: distinct under the common colour-vision deficiencies.
const QColor kColourA(0x00, 0x72, 0xb2);
const QColor kColourB(0xe6, 0x9f, 0x00);

QString num(double v, int decimals)
{
    return QLocale().toString(v, 'f', decimals);
}

/** A box of a figure f(t) of the step time t; `inverse` when f falls as t grows (rates, shares). */
TrialBox box(const trials::TrialResult &r, const QString &category, const QColor &colour, double scale,
             bool inverse)
{
    const trials::Stats &s = r.stats;
    const auto f = [&](double t) { return t > 0 ? (inverse ? scale / t : scale * t) : 0.0; };
    TrialBox b;
    b.category = category;
    b.toolTip = QString::fromStdString(r.config.label());
    b.colour = colour;
    b.median = f(s.median);
    b.p10 = inverse ? f(s.p90) : f(s.p10);
    b.p90 = inverse ? f(s.p10) : f(s.p90);
    // Whiskers at p10 and p90: on a shared machine a single stalled sample would otherwise squash the boxes.
    b.low = b.p10;
    b.high = b.p90;
    b.min = inverse ? f(s.max) : f(s.min);
    b.max = inverse ? f(s.min) : f(s.max);
    return b;
}

} // namespace

void TrialsPage::showOutcome()
{
    m_results->setOutcome(m_outcome);
    m_pairs->setOutcome(m_outcome);
    updateCharts();
    if (!m_outcome) {
        m_verdict->setText(
            tr("Choose configurations A and B and run them: each is measured on its own, then "
               "A against itself (the A/A control, which shows this machine's noise), then A and "
               "B interleaved in rounds."));
        m_ceilings->clear();
        return;
    }
    const TrialsOutcome &o = *m_outcome;
    const trials::Comparison c = o.comparison();
    QString verdict;
    if (!o.error.isEmpty()) {
        verdict = tr("<b>The run failed:</b> %1").arg(o.error.toHtmlEscaped());
    } else if (c.valid) {
        const double pct = 100.0 * c.delta;
        verdict =
            (pct > 0 ? tr("<b>B's step takes %1 % longer than A's</b> (median B/A %2 over %n interleaved "
                          "round(s), p10–p90 %3–%4). A/A noise ±%5 % → <b>%6</b>.",
                          nullptr, c.rounds)
                     : tr("<b>B's step takes %1 % less time than A's</b> (median B/A %2 over %n "
                          "interleaved round(s), p10–p90 %3–%4). A/A noise ±%5 % → <b>%6</b>.",
                          nullptr, c.rounds))
                .arg(num(std::fabs(pct), 2), num(c.ratio, 4), num(c.ratioP10, 4), num(c.ratioP90, 4),
                     num(100.0 * c.noise, 2), TrialPairsModel::verdictText(c));
        if (c.rounds < 20)
            verdict +=
                QLatin1Char(' ') +
                tr("With fewer than 20 rounds p10 and p90 lie near the extremes: one stalled round sets "
                   "the noise.");
    } else if (o.partial) {
        verdict = tr("<b>Measuring…</b> The results appear as each configuration is measured; the verdict "
                     "comes when the A/B rounds end.");
    } else {
        verdict = o.cancelled ? tr("<b>Cancelled</b> before the A/B pair: no verdict.")
                              : tr("<b>No verdict</b>: a pair did not run (see its status).");
    }
    if (const trials::TrialResult *a = o.a(), *b = o.b(); a && b && a->stats.median > 0 &&
                                                          b->stats.median > 0 && a->accounting.tokens > 0 &&
                                                          b->accounting.tokens > 0)
        verdict += QStringLiteral("<br>") +
                   tr("Per token (each trial on its own): A %1 ms, B %2 ms; tokens/s: A %3, B %4.")
                       .arg(num(a->stats.median * 1e3 / a->accounting.tokens, 3),
                            num(b->stats.median * 1e3 / b->accounting.tokens, 3), num(a->tokensPerS, 1),
                            num(b->tokensPerS, 1));
    if (!o.backendNote.isEmpty())
        verdict += QStringLiteral("<br>") + o.backendNote.toHtmlEscaped();
    m_verdict->setText(verdict);

    const trials::Report &r = o.report;
    if (!r.haveCeilings) {
        m_ceilings->setText(tr("Ceilings: not measured."));
        return;
    }
    const trials::DeviceInfo &d = r.provenance.device;
    QStringList gemm;
    for (const auto &[p, rate] : r.ceilings.gemmFlops)
        //: GEMM rate of one precision, e.g. "BF16 512.3 GFLOP/s"
        gemm << tr("%1 %2 GFLOP/s").arg(QString::fromLatin1(trials::precisionName(p)), num(rate / 1e9, 1));
    m_ceilings->setText(
        tr("Ceilings measured in this run on %1 (%2, %n thread(s) or SMs): copy %3 GB/s (read + "
           "write, %4 MiB buffer), read stream %5 GB/s, GEMM n = %6: %7.",
           nullptr, d.computeUnits)
            .arg(QString::fromStdString(d.backend), QString::fromStdString(d.device),
                 num(r.ceilings.copyBps / 1e9, 2), num(r.ceilings.copyBytes / (1024.0 * 1024.0), 0),
                 num(r.ceilings.readBps / 1e9, 2), QLocale().toString(r.ceilings.gemmSize),
                 gemm.join(QStringLiteral(", "))));
}

void TrialsPage::updateCharts()
{
    std::vector<TrialBox> latency, throughput, roofline;
    if (m_outcome) {
        const std::pair<const trials::TrialResult *, std::pair<QString, QColor>> sides[] = {
            {m_outcome->a(), {QStringLiteral("A"), kColourA}},
            {m_outcome->b(), {QStringLiteral("B"), kColourB}}};
        for (const auto &[r, style] : sides) {
            if (!r || r->stats.median <= 0 || r->accounting.tokens <= 0)
                continue;
            latency.push_back(box(*r, style.first, style.second, 1e3 / r->accounting.tokens, false));
            throughput.push_back(box(*r, style.first, style.second, r->accounting.tokens, true));
            roofline.push_back(box(*r, style.first, style.second, 100.0 * r->floorS, true));
        }
    }
    m_latencyChart->setBoxes(latency);
    m_throughputChart->setBoxes(throughput);
    m_rooflineChart->setBoxes(roofline);
}

void TrialsPage::updateProfiles()
{
    const auto s = m_document->scenario();
    const int count = s ? static_cast<int>(s->computeProfiles.size()) : 0;
    m_profiles->setRowCount(count);
    for (int i = 0; i < count; ++i) {
        const MeasuredProfile &m = s->computeProfiles[static_cast<size_t>(i)];
        const int g = s->gpuIndex(m.gpu), mi = s->modelIndex(m.model);
        const auto figure = [](double v, int decimals) {
            return v > 0 ? QLocale().toString(v, 'f', decimals) : tr("roofline");
        };
        const QStringList cells{g >= 0 ? s->gpus[static_cast<size_t>(g)].name : m.gpu,
                                mi >= 0 ? s->models[static_cast<size_t>(mi)].name : m.model,
                                precisionId(m.precision),
                                figure(m.profile.decodeStepMsAtBatch1, 3),
                                m.profile.decodeStepMsAtBatch1 > 0
                                    ? QLocale().toString(m.profile.decodeStepMsPerExtraSeq, 'f', 4)
                                    : tr("roofline"),
                                figure(m.profile.prefillTokensPerSec, 0),
                                m.source};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            if (c >= 3 && c <= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_profiles->setItem(i, c, item);
        }
    }
    updateButtons();
}

void TrialsPage::updateButtons()
{
    const bool running = isRunning();
    const bool models = m_formA->hasModel() && m_formB->hasModel();
    m_run->setEnabled(!running && models);
    m_run->setToolTip(models ? tr("Measure the ceilings, A and B, the A/A control, then A and B interleaved")
                             : tr("The scenario has no models to run"));
    m_cancel->setEnabled(running);
    const bool results = m_outcome && !m_outcome->report.results.empty();
    m_export->setEnabled(!running && m_outcome && (results || !m_outcome->report.pairs.empty()));
    bool usable = false;
    if (results)
        for (const trials::TrialResult &r : m_outcome->report.results)
            usable = usable || (r.ok() && r.stats.median > 0);
    m_useProfile->setEnabled(!running && usable);
    m_removeProfile->setEnabled(m_profiles->selectionModel()->hasSelection());
    for (QWidget *w : std::initializer_list<QWidget *>{m_formA, m_formB, m_settings})
        w->setEnabled(!running);
}

} // namespace ea
