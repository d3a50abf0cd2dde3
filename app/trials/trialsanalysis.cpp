// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trials/trialsanalysis.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>

namespace ea {

namespace {

// How a compute profile was derived: the notes of the profile dialog.
struct TrialsAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(ea::TrialsAnalysis)
};

QString msText(double seconds)
{
    return TrialsAnalysis::tr("%1 ms").arg(QLocale().toString(seconds * 1e3, 'g', 4));
}

} // namespace

trials::ModelShape trialsShape(const ModelSpec &m)
{
    trials::ModelShape s;
    s.id = m.id.toStdString();
    s.name = m.name.toStdString();
    s.layers = m.layers;
    s.hidden = m.hidden;
    s.heads = m.heads;
    s.kvHeads = m.kvHeads;
    s.ffn = m.ffn;
    s.vocab = m.vocab;
    return s;
}

trials::Precision toTrialsPrecision(Precision p)
{
    switch (p) {
    case Precision::FP32:
        return trials::Precision::FP32;
    case Precision::FP16:
        return trials::Precision::FP16;
    case Precision::FP8:
        return trials::Precision::FP8;
    case Precision::BF16:
        break;
    }
    return trials::Precision::BF16;
}

Precision fromTrialsPrecision(trials::Precision p)
{
    switch (p) {
    case trials::Precision::FP32:
        return Precision::FP32;
    case trials::Precision::FP16:
        return Precision::FP16;
    case trials::Precision::FP8:
        return Precision::FP8;
    case trials::Precision::BF16:
        break;
    }
    return Precision::BF16;
}

trials::StopRule TrialsSettings::stopRule() const
{
    trials::StopRule r;
    r.minSamples = std::max(minSamples, 2);
    r.minTimeS = std::max(minTimeS, 0.0);
    r.maxTimeS = std::max(maxTimeS, r.minTimeS);
    // Warm-up scales with the budget, so a quick run stays quick (the engine's default is 0.1 s).
    r.warmupS = std::min(r.warmupS, std::max(0.01, 0.2 * r.minTimeS));
    return r;
}

TrialsComparison compareTrials(const trials::PairResult &aa, const trials::PairResult &ab)
{
    TrialsComparison c;
    if (aa.status != "ok" || ab.status != "ok" || aa.ratio.n < 1 || ab.ratio.n < 1)
        return c;
    c.valid = true;
    c.rounds = ab.ratio.n;
    c.ratio = ab.ratio.median;
    c.ratioP10 = ab.ratio.p10;
    c.ratioP90 = ab.ratio.p90;
    c.controlP10 = aa.ratio.p10;
    c.controlP90 = aa.ratio.p90;
    c.delta = c.ratio - 1.0;
    c.noise = std::max(std::fabs(aa.ratio.p10 - 1.0), std::fabs(aa.ratio.p90 - 1.0));
    c.exceedsNoise = std::fabs(c.delta) > c.noise;
    return c;
}

const trials::TrialResult *TrialsOutcome::resultAt(int i) const
{
    return i >= 0 && i < static_cast<int>(report.results.size()) ? &report.results[static_cast<size_t>(i)]
                                                                 : nullptr;
}

const trials::PairResult *TrialsOutcome::pairAt(size_t i) const
{
    return i < report.pairs.size() ? &report.pairs[i] : nullptr;
}

TrialsComparison TrialsOutcome::comparison() const
{
    return control() && pair() ? compareTrials(*control(), *pair()) : TrialsComparison{};
}

ProfileDerivation deriveProfile(const std::vector<trials::TrialResult> &results, const QString &modelId,
                                trials::Precision precision)
{
    ProfileDerivation d;
    std::map<int, const trials::TrialResult *> decode; // by batch: the first trial of each
    const trials::TrialResult *prefill = nullptr;
    for (const trials::TrialResult &r : results) {
        if (!r.ok() || r.stats.median <= 0 || QString::fromStdString(r.config.model.id) != modelId ||
            r.config.precision != precision)
            continue;
        if (r.config.phase == trials::Phase::Decode)
            decode.emplace(r.config.batch, &r);
        else if (r.config.phase == trials::Phase::Prefill &&
                 (!prefill || r.accounting.tokens > prefill->accounting.tokens))
            prefill = &r;
    }
    ComputeProfile &p = d.profile;
    if (!decode.empty()) {
        const auto &[b0, r0] = *decode.begin();
        const auto &[b1, r1] = *decode.rbegin();
        const double t0 = r0->stats.median * 1e3, t1 = r1->stats.median * 1e3;
        QString slopeNote;
        if (b1 > b0) {
            p.decodeStepMsPerExtraSeq = std::max(0.0, (t1 - t0) / (b1 - b0));
            slopeNote =
                TrialsAnalysis::tr(
                    "per extra sequence: %1 ms, the slope between the steps at batch %2 (%3) and %4 (%5)")
                    .arg(QLocale().toString(p.decodeStepMsPerExtraSeq, 'g', 4))
                    .arg(b0)
                    .arg(msText(r0->stats.median))
                    .arg(b1)
                    .arg(msText(r1->stats.median));
        } else {
            slopeNote =
                TrialsAnalysis::tr("per extra sequence: not measured (one batch size only), taken as 0");
        }
        if (b0 == 1) {
            p.decodeStepMsAtBatch1 = t0;
            d.notes << TrialsAnalysis::tr("decode step at batch 1: %1, median of %n sample(s) (%2)", nullptr,
                                          r0->stats.n)
                           .arg(msText(r0->stats.median), QString::fromStdString(r0->config.label()));
        } else {
            const double extrapolated = t0 - (b0 - 1) * p.decodeStepMsPerExtraSeq;
            p.decodeStepMsAtBatch1 = extrapolated > 0 ? extrapolated : t0;
            d.notes << TrialsAnalysis::tr(
                           "decode step at batch 1: %1 ms, extrapolated from batch %2 (no batch-1 trial)")
                           .arg(QLocale().toString(p.decodeStepMsAtBatch1, 'g', 4))
                           .arg(b0);
        }
        d.notes << slopeNote;
    } else {
        d.notes << TrialsAnalysis::tr(
            "decode: no decode trial of this model and precision, the planner keeps the roofline");
    }
    if (prefill) {
        p.prefillTokensPerSec = prefill->accounting.tokens / prefill->stats.median;
        d.notes << TrialsAnalysis::tr("prefill: %1 tokens/s from %2 (%3)")
                       .arg(QLocale().toString(p.prefillTokensPerSec, 'f', 0))
                       .arg(QString::fromStdString(prefill->config.label()))
                       .arg(msText(prefill->stats.median));
    } else {
        d.notes << TrialsAnalysis::tr(
            "prefill: no prefill trial of this model and precision, the planner keeps the roofline");
    }
    return d;
}

QString profileSource(const trials::Provenance &p)
{
    return QStringLiteral("edgeatlas-trials %1, %2 (%3), %4")
        .arg(QString::fromStdString(p.version), QString::fromStdString(p.device.backend),
             QString::fromStdString(p.device.device), profileAsOf(p));
}

QString profileAsOf(const trials::Provenance &p)
{
    return QString::fromStdString(p.startedUtc).left(10);
}

Scenario withMeasuredProfile(Scenario s, const MeasuredProfile &profile)
{
    auto same = [&](const MeasuredProfile &m) {
        return m.gpu == profile.gpu && m.model == profile.model && m.precision == profile.precision;
    };
    const auto it = std::find_if(s.computeProfiles.begin(), s.computeProfiles.end(), same);
    if (it != s.computeProfiles.end())
        *it = profile;
    else
        s.computeProfiles.push_back(profile);
    return s;
}

int matchGpuType(const Scenario &s, const QString &deviceName)
{
    static const QRegularExpression split(QStringLiteral("[^a-z0-9]+"));
    static const QRegularExpression digit(QStringLiteral("[0-9]"));
    const auto tokens = [&](const QString &text) {
        QSet<QString> out;
        for (const QString &t : text.toLower().split(split, Qt::SkipEmptyParts))
            if (t.contains(digit))
                out.insert(t);
        return out;
    };
    const QSet<QString> device = tokens(deviceName);
    int best = -1, bestScore = 0;
    bool tie = false;
    for (size_t i = 0; i < s.gpus.size(); ++i) {
        const int score =
            static_cast<int>((tokens(s.gpus[i].name) | tokens(s.gpus[i].id)).intersect(device).size());
        if (score > bestScore) {
            best = static_cast<int>(i);
            bestScore = score;
            tie = false;
        } else if (score > 0 && score == bestScore) {
            tie = true;
        }
    }
    return tie ? -1 : best;
}

} // namespace ea
