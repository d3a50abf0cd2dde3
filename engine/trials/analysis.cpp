// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/analysis.h"

#include "engine/trials/json.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <sstream>

namespace ea::trials {

Comparison compareTrials(const PairResult &aa, const PairResult &ab)
{
    Comparison c;
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

Comparison compareReportPairs(const std::vector<PairResult> &pairs)
{
    return pairs.size() >= 2 ? compareTrials(pairs[0], pairs[1]) : Comparison{};
}

const char *verdictWords(const Comparison &c)
{
    if (!c.valid)
        return "no verdict";
    return c.exceedsNoise ? "exceeds A/A noise" : "within noise";
}

std::string verdictText(const Comparison &c)
{
    if (!c.valid)
        return "No verdict: a pair did not run.";
    char buf[320];
    std::snprintf(buf, sizeof buf,
                  "B's step takes %.2f %% %s than A's (median B/A %.4f over %d interleaved round(s), p10-p90 "
                  "%.4f-%.4f). A/A noise +/-%.2f %% -> %s.",
                  std::fabs(100.0 * c.delta), c.delta > 0 ? "longer" : "less time", c.ratio, c.rounds,
                  c.ratioP10, c.ratioP90, 100.0 * c.noise, verdictWords(c));
    return buf;
}

std::string comparisonJson(const Comparison &c)
{
    std::ostringstream o;
    o << "{\"valid\": " << (c.valid ? "true" : "false") << ", \"ratio\": " << jsonNumber(c.ratio)
      << ", \"ratioP10\": " << jsonNumber(c.ratioP10) << ", \"ratioP90\": " << jsonNumber(c.ratioP90)
      << ", \"controlP10\": " << jsonNumber(c.controlP10) << ", \"controlP90\": " << jsonNumber(c.controlP90)
      << ", \"delta\": " << jsonNumber(c.delta) << ", \"noise\": " << jsonNumber(c.noise)
      << ", \"exceedsNoise\": " << (c.exceedsNoise ? "true" : "false") << ", \"rounds\": " << c.rounds
      << ", \"verdict\": " << jsonQuote(verdictWords(c)) << "}";
    return o.str();
}

DerivedProfile deriveProfile(const std::vector<TrialResult> &results, const std::string &modelId,
                             Precision precision)
{
    DerivedProfile d;
    std::map<int, const TrialResult *> decode; // by batch: the first trial of each
    const TrialResult *prefill = nullptr;
    for (const TrialResult &r : results) {
        if (!r.ok() || r.stats.median <= 0 || r.config.model.id != modelId || r.config.precision != precision)
            continue;
        if (r.config.phase == Phase::Decode)
            decode.emplace(r.config.batch, &r);
        else if (r.config.phase == Phase::Prefill &&
                 (!prefill || r.accounting.tokens > prefill->accounting.tokens))
            prefill = &r;
    }
    if (!decode.empty()) {
        const auto &[b0, r0] = *decode.begin();
        const auto &[b1, r1] = *decode.rbegin();
        d.haveDecode = true;
        d.lowBatch = b0;
        d.highBatch = b1;
        d.lowStepS = r0->stats.median;
        d.highStepS = r1->stats.median;
        d.lowSamples = r0->stats.n;
        d.lowLabel = r0->config.label();
        const double t0 = r0->stats.median * 1e3, t1 = r1->stats.median * 1e3;
        if (b1 > b0)
            d.decodeStepMsPerExtraSeq = std::max(0.0, (t1 - t0) / (b1 - b0));
        if (b0 == 1) {
            d.decodeStepMsAtBatch1 = t0;
        } else {
            d.extrapolated = true;
            const double extrapolated = t0 - (b0 - 1) * d.decodeStepMsPerExtraSeq;
            d.decodeStepMsAtBatch1 = extrapolated > 0 ? extrapolated : t0;
        }
    }
    if (prefill) {
        d.havePrefill = true;
        d.prefillStepS = prefill->stats.median;
        d.prefillLabel = prefill->config.label();
        d.prefillTokensPerSec = prefill->accounting.tokens / prefill->stats.median;
    }
    return d;
}

} // namespace ea::trials
