// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Qt side of the benchmark trials engine (engine/trials, Qt-free): what a side-by-side run of the
// Trials mode asks for and brings back, and the compute profile ("Use as compute profile") a run's results
// make for the planner. The A/B verdict and the profile's figures are the engine's
// (engine/trials/analysis.h), the same as edgeatlas-trials prints; this side translates their words.

#include "engine/model/scenario.h"
#include "engine/trials/analysis.h"
#include "engine/trials/backendloader.h"
#include "engine/trials/report.h"
#include "engine/trials/runner.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ea {

trials::ModelShape trialsShape(const ModelSpec &m);
trials::Precision toTrialsPrecision(Precision p);
Precision fromTrialsPrecision(trials::Precision p);

/** How a run measures: the device, the stop rule of each trial, the rounds of the pairs, the ceilings. */
struct TrialsSettings
{
    trials::BackendKind backend = trials::BackendKind::Auto;
    int cpuThreads = 0;         // 0: all
    int minSamples = 10;        // per trial (and per ceiling)
    double minTimeS = 0.5;      // per trial
    double maxTimeS = 5.0;      // per trial, the cap
    int rounds = 20;            // of the A/A and the A/B pair
    int copyMiB = 0;            // copy/read ceiling buffer; 0: the engine's default (256 MiB CPU, 1 GiB GPU)
    int gemmSize = 0;           // n of the n^3 GEMM ceiling; 0: the engine's default (1024 CPU, 8192 GPU)
    bool profileTrials = false; // also run decode B=1, B=8 and a prefill of A's model and precision
    unsigned long long seed = 0x5eed2026ULL;

    trials::StopRule stopRule() const;
};

struct TrialsRequest
{
    trials::TrialConfig a, b;
    TrialsSettings settings;
};

/** What a run brought back. The report's results are A, B, then the profile trials; pairs A/A, A/B. */
struct TrialsOutcome
{
    trials::Report report;
    QString backendNote; // why "auto" fell back to the CPU, else empty
    QString error;       // the run could not start or failed as a whole
    bool cancelled = false;
    bool partial = false; // what was measured so far while the run goes on (TrialsRunner::partial)
    int resultA = -1, resultB = -1;

    const trials::TrialResult *a() const { return resultAt(resultA); }
    const trials::TrialResult *b() const { return resultAt(resultB); }
    const trials::PairResult *control() const { return pairAt(0); }
    const trials::PairResult *pair() const { return pairAt(1); }
    /** The A/B verdict against the A/A control (trials::compareTrials). */
    trials::Comparison comparison() const;

private:
    const trials::TrialResult *resultAt(int i) const;
    const trials::PairResult *pairAt(size_t i) const;
};
using TrialsOutcomePtr = std::shared_ptr<const TrialsOutcome>;

/** A compute profile made from a run's results, with how each figure was found. */
struct ProfileDerivation
{
    ComputeProfile profile;
    QStringList notes;
    bool usable() const { return profile.decodeStepMsAtBatch1 > 0 || profile.prefillTokensPerSec > 0; }
};

/** trials::deriveProfile() as the planner's ComputeProfile, with a translated note on each figure. */
ProfileDerivation deriveProfile(const std::vector<trials::TrialResult> &results, const QString &modelId,
                                trials::Precision precision);

/** "edgeatlas-trials 0.1.0, cpu (AMD EPYC 7B13), 2026-11-27" */
QString profileSource(const trials::Provenance &p);
/** The date of the run, "2026-11-27". */
QString profileAsOf(const trials::Provenance &p);

/** The scenario with the profile added, replacing one of the same GPU type, model and precision. */
Scenario withMeasuredProfile(Scenario s, const MeasuredProfile &profile);

/**
 * The GPU type of the scenario a device name stands for ("NVIDIA H100 80GB HBM3" -> "h100-sxm"): the one
 * sharing most name tokens that carry a digit (h100, 80gb, l40s); -1 when none or a tie.
 */
int matchGpuType(const Scenario &s, const QString &deviceName);

} // namespace ea

Q_DECLARE_METATYPE(ea::TrialsOutcomePtr)
