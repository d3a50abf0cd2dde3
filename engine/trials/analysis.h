// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a run of trials means: the A/B verdict against the A/A control, and the compute profile a run's
// results make for the planner. Qt-free, so the edgeatlas-trials command prints the verdict the Trials mode
// shows (the app only translates the words).

#include "engine/trials/runner.h"

#include <string>
#include <vector>

namespace ea::trials {

/**
 * B against A. Each of the rounds of a pair times A then B (caches flushed before each) and gives one ratio
 * B/A; the A/A control does the same with A twice. The delta is the median A/B ratio minus 1 (positive: B is
 * slower). The noise is the widest deviation from 1 of the A/A ratios' p10 and p90, i.e. how far apart two
 * identical configurations land in 80 % of the rounds on this machine now. The delta exceeds the noise when
 * |delta| > noise. Invalid (no verdict) unless both pairs ran ("ok") with at least one round.
 */
struct Comparison
{
    bool valid = false;
    double ratio = 0, ratioP10 = 0, ratioP90 = 0; // A/B rounds, B/A
    double controlP10 = 0, controlP90 = 0;        // A/A rounds
    double delta = 0;
    double noise = 0;
    bool exceedsNoise = false;
    int rounds = 0;
};

/** The verdict of the A/B pair ab against the A/A control aa. */
Comparison compareTrials(const PairResult &aa, const PairResult &ab);

/** The verdict of a report holding the A/A control, then the A/B pair (as --pair makes it); else invalid. */
Comparison compareReportPairs(const std::vector<PairResult> &pairs);

/** "exceeds A/A noise", "within noise" or "no verdict": the verdict's words (English; the GUI translates). */
const char *verdictWords(const Comparison &c);

/** One line for people: the delta, the ratios, the rounds, the noise and the verdict's words. */
std::string verdictText(const Comparison &c);

/** The verdict as a JSON object (schema fields: valid, ratio, ratioP10, ratioP90, controlP10, ...). */
std::string comparisonJson(const Comparison &c);

/**
 * A compute profile made from the results of one model at one precision, with where each figure came from:
 * the decode step at batch 1 (measured, or extrapolated from two batch sizes), the added time per extra
 * sequence (slope between the smallest and largest measured batch, >= 0) and the prefill rate (tokens / step
 * time of the largest prefill trial). A figure without a trial stays 0, so the planner keeps the roofline.
 * Only successful trials with a positive median count.
 */
struct DerivedProfile
{
    double decodeStepMsAtBatch1 = 0;
    double decodeStepMsPerExtraSeq = 0;
    double prefillTokensPerSec = 0;

    /** The decode trials used: the smallest and the largest batch (equal when one batch size was measured).
     */
    bool haveDecode = false;
    int lowBatch = 0, highBatch = 0;
    double lowStepS = 0, highStepS = 0; // their medians (s)
    int lowSamples = 0;
    std::string lowLabel;
    /** True when the step at batch 1 was extrapolated along the slope (no batch-1 trial). */
    bool extrapolated = false;

    bool havePrefill = false;
    double prefillStepS = 0;
    std::string prefillLabel;

    bool usable() const { return decodeStepMsAtBatch1 > 0 || prefillTokensPerSec > 0; }
};
DerivedProfile deriveProfile(const std::vector<TrialResult> &results, const std::string &modelId,
                             Precision precision);

} // namespace ea::trials
