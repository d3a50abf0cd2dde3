// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/trials/trialsanalysis.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

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
    case Precision::FP4: // the trials engine has no FP4 kernels: its nearest is FP8 weights
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

const trials::TrialResult *TrialsOutcome::resultAt(int i) const
{
    return i >= 0 && i < static_cast<int>(report.results.size()) ? &report.results[static_cast<size_t>(i)]
                                                                 : nullptr;
}

const trials::PairResult *TrialsOutcome::pairAt(size_t i) const
{
    return i < report.pairs.size() ? &report.pairs[i] : nullptr;
}

trials::Comparison TrialsOutcome::comparison() const
{
    return control() && pair() ? trials::compareTrials(*control(), *pair()) : trials::Comparison{};
}

ProfileDerivation deriveProfile(const std::vector<trials::TrialResult> &results, const QString &modelId,
                                trials::Precision precision)
{
    const trials::DerivedProfile f = trials::deriveProfile(results, modelId.toStdString(), precision);
    ProfileDerivation d;
    ComputeProfile &p = d.profile;
    p.decodeStepMsAtBatch1 = f.decodeStepMsAtBatch1;
    p.decodeStepMsPerExtraSeq = f.decodeStepMsPerExtraSeq;
    p.prefillTokensPerSec = f.prefillTokensPerSec;
    if (f.haveDecode) {
        const QString slopeNote =
            f.highBatch > f.lowBatch
                ? TrialsAnalysis::tr(
                      "per extra sequence: %1 ms, the slope between the steps at batch %2 (%3) and %4 (%5)")
                      .arg(QLocale().toString(p.decodeStepMsPerExtraSeq, 'g', 4))
                      .arg(f.lowBatch)
                      .arg(msText(f.lowStepS))
                      .arg(f.highBatch)
                      .arg(msText(f.highStepS))
                : TrialsAnalysis::tr("per extra sequence: not measured (one batch size only), taken as 0");
        if (!f.extrapolated)
            d.notes << TrialsAnalysis::tr("decode step at batch 1: %1, median of %n sample(s) (%2)", nullptr,
                                          f.lowSamples)
                           .arg(msText(f.lowStepS), QString::fromStdString(f.lowLabel));
        else
            d.notes << TrialsAnalysis::tr(
                           "decode step at batch 1: %1 ms, extrapolated from batch %2 (no batch-1 trial)")
                           .arg(QLocale().toString(p.decodeStepMsAtBatch1, 'g', 4))
                           .arg(f.lowBatch);
        d.notes << slopeNote;
    } else {
        d.notes << TrialsAnalysis::tr(
            "decode: no decode trial of this model and precision, the planner keeps the roofline");
    }
    if (f.havePrefill)
        d.notes << TrialsAnalysis::tr("prefill: %1 tokens/s from %2 (%3)")
                       .arg(QLocale().toString(p.prefillTokensPerSec, 'f', 0))
                       .arg(QString::fromStdString(f.prefillLabel))
                       .arg(msText(f.prefillStepS));
    else
        d.notes << TrialsAnalysis::tr(
            "prefill: no prefill trial of this model and precision, the planner keeps the roofline");
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
