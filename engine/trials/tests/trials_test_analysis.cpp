// SPDX-License-Identifier: GPL-3.0-or-later
// The A/B verdict and the derived compute profile (engine/trials/analysis.h) against their definitions, and
// the edgeatlas-trials command's --pair verdict against the engine function on the same pairs.

#include "engine/trials/analysis.h"
#include "engine/trials/json.h"
#include "engine/trials/measure.h"
#include "engine/trials/tests/trialstest.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

using namespace ea::trials;

static PairResult pairWithRatios(double p10, double median, double p90, int n = 20)
{
    PairResult p;
    p.ratio.p10 = p10;
    p.ratio.median = median;
    p.ratio.p90 = p90;
    p.ratio.n = n;
    return p;
}

static void verdict()
{
    // Noise = the widest deviation from 1 of the A/A p10 and p90: here |0.97 − 1| = 0.03 (p90 is 1.02).
    const PairResult control = pairWithRatios(0.97, 1.001, 1.02);
    const Comparison slower = compareTrials(control, pairWithRatios(1.04, 1.05, 1.06, 12));
    EA_CHECK(slower.valid);
    EA_CHECK_NEAR(slower.noise, 0.03, 1e-12);
    EA_CHECK_NEAR(slower.delta, 0.05, 1e-12);
    EA_CHECK(slower.exceedsNoise);
    EA_CHECK(slower.rounds == 12);
    EA_CHECK(slower.controlP10 == 0.97 && slower.controlP90 == 1.02);
    EA_CHECK(std::string(verdictWords(slower)) == "exceeds A/A noise");
    EA_CHECK(verdictText(slower).find("5.00 % longer") != std::string::npos);
    const Comparison same = compareTrials(control, pairWithRatios(0.99, 1.02, 1.05));
    EA_CHECK(same.valid && !same.exceedsNoise);
    EA_CHECK(std::string(verdictWords(same)) == "within noise");
    // Faster counts too: |0.96 − 1| > 0.03.
    const Comparison faster = compareTrials(control, pairWithRatios(0.9, 0.96, 0.97));
    EA_CHECK(faster.exceedsNoise && faster.delta < 0);
    EA_CHECK(verdictText(faster).find("4.00 % less time") != std::string::npos);
    // No verdict unless both pairs ran with at least one round.
    PairResult failed = pairWithRatios(1, 1, 1);
    failed.status = "failed: out of memory";
    EA_CHECK(!compareTrials(control, failed).valid);
    EA_CHECK(!compareTrials(failed, control).valid);
    EA_CHECK(!compareTrials(control, pairWithRatios(1, 1, 1, 0)).valid);
    EA_CHECK(std::string(verdictWords(compareTrials(control, failed))) == "no verdict");
    EA_CHECK(!compareReportPairs({control}).valid);
    EA_CHECK(compareReportPairs({control, pairWithRatios(1.04, 1.05, 1.06)}).exceedsNoise);
    // The JSON form parses back to the same figures.
    JsonValue v;
    std::string err;
    EA_CHECK(JsonValue::parse(comparisonJson(slower), &v, &err));
    EA_CHECK(v.find("exceedsNoise") && v.find("exceedsNoise")->boolean());
    EA_CHECK(v.find("delta") && std::fabs(v.find("delta")->number() - 0.05) < 1e-11);
    EA_CHECK(v.find("verdict") && v.find("verdict")->string() == "exceeds A/A noise");
}

static TrialResult result(Phase phase, int batch, double medianS, Precision p,
                          const std::string &model = "tiny")
{
    TrialResult r;
    r.config.model.id = model;
    r.config.phase = phase;
    r.config.batch = batch;
    r.config.precision = p;
    r.stats.median = medianS;
    r.stats.n = 10;
    r.accounting.tokens = phase == Phase::Prefill ? 1024.0 : batch;
    return r;
}

static void profile()
{
    using P = Phase;
    const Precision bf16 = Precision::BF16;
    std::vector<TrialResult> results{
        result(P::Decode, 2, 0.003, bf16),          result(P::Decode, 4, 0.004, bf16),
        result(P::Decode, 8, 0.001, bf16, "other"), result(P::Decode, 1, 0.001, Precision::FP8),
        result(P::Prefill, 1, 0.1, bf16),           result(P::Prefill, 1, 0.5, bf16)};
    results.back().accounting.tokens = 512; // fewer tokens: the larger prefill (1024 tokens) is the one used
    TrialResult failed = result(P::Decode, 1, 0.0005, bf16);
    failed.status = "failed: outputs not written or not finite";
    results.push_back(failed);
    // No batch-1 trial: slope (4 − 3) ms / (4 − 2) = 0.5 ms per sequence; batch 1 = 3 − 0.5 = 2.5 ms.
    const DerivedProfile d = deriveProfile(results, "tiny", bf16);
    EA_CHECK(d.haveDecode && d.extrapolated);
    EA_CHECK(d.lowBatch == 2 && d.highBatch == 4);
    EA_CHECK_NEAR(d.decodeStepMsPerExtraSeq, 0.5, 1e-12);
    EA_CHECK_NEAR(d.decodeStepMsAtBatch1, 2.5, 1e-12);
    EA_CHECK(d.havePrefill);
    EA_CHECK_NEAR(d.prefillTokensPerSec, 1024 / 0.1, 1e-9);
    EA_CHECK(d.usable());
    // One batch only: its step, no slope; no prefill: 0, the roofline keeps it.
    const DerivedProfile fp8 = deriveProfile(results, "tiny", Precision::FP8);
    EA_CHECK(!fp8.extrapolated && fp8.decodeStepMsAtBatch1 == 1.0);
    EA_CHECK(fp8.decodeStepMsPerExtraSeq == 0.0 && fp8.prefillTokensPerSec == 0.0 && !fp8.havePrefill);
    EA_CHECK(!deriveProfile(results, "tiny", Precision::FP16).usable());
    // A slope that would make batch 1 negative keeps the measured step.
    const DerivedProfile steep =
        deriveProfile({result(P::Decode, 4, 0.001, bf16), result(P::Decode, 5, 0.0045, bf16)}, "tiny", bf16);
    EA_CHECK_NEAR(steep.decodeStepMsPerExtraSeq, 3.5, 1e-12);
    EA_CHECK_NEAR(steep.decodeStepMsAtBatch1, 1.0, 1e-12);
}

static void summaries()
{
    // summarize()'s percentiles are engine/stats' type-7 quantiles: brute force from the sorted samples.
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> u(0.001, 0.01);
    for (int n : {1, 2, 3, 10, 11, 101}) {
        std::vector<double> v(static_cast<size_t>(n));
        for (double &x : v)
            x = u(rng);
        const Stats s = summarize(v, 0);
        std::sort(v.begin(), v.end());
        const auto type7 = [&](double q) {
            const double h = q * (n - 1);
            const int lo = static_cast<int>(std::floor(h));
            const int hi = std::min(lo + 1, n - 1);
            return v[size_t(lo)] + (h - lo) * (v[size_t(hi)] - v[size_t(lo)]);
        };
        EA_CHECK(s.n == n);
        EA_CHECK_NEAR(s.median, type7(0.5), 1e-15);
        EA_CHECK_NEAR(s.p10, type7(0.1), 1e-15);
        EA_CHECK_NEAR(s.p90, type7(0.9), 1e-15);
        EA_CHECK(s.min == v.front() && s.max == v.back());
    }
    const Stats empty = summarize({}, 2);
    EA_CHECK(empty.n == 0 && empty.median == 0 && empty.dropped == 2);
}

static std::string readFile(const std::string &path)
{
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

static PairResult pairFromJson(const JsonValue &p)
{
    PairResult r;
    r.status = p.find("status") ? p.find("status")->string() : "";
    if (const JsonValue *q = p.find("ratioBOverA")) {
        r.ratio.median = q->find("median")->number();
        r.ratio.p10 = q->find("p10")->number();
        r.ratio.p90 = q->find("p90")->number();
        r.ratio.n = static_cast<int>(q->find("rounds")->number());
    }
    return r;
}

static void commandLine()
{
    // A real A/A + A/B run of the command on the CPU backend with a tiny model; its printed verdict must be
    // the engine's on the pairs it printed.
    const std::string dir = std::string(EA_TRIALS_TEST_TMP) + "/trials_test_analysis";
    std::system(("mkdir -p '" + dir + "'").c_str());
    const std::string json = dir + "/pair.json", log = dir + "/pair.log";
    const std::string cmd =
        std::string("'") + EA_TRIALS_CLI + "' --backend cpu --threads 2 --scenario '" +
        EA_TRIALS_TINY_SCENARIO +
        "' --model tiny-llama --precision bf16,fp32 --pair --rounds 6 --quick --copy-mib 8 "
        "--gemm-size 128 --format json -o '" +
        json + "' 2> '" + log + "'";
    const int rc = std::system(cmd.c_str());
    EA_CHECK(rc == 0);
    JsonValue v;
    std::string err;
    EA_CHECK(JsonValue::parse(readFile(json), &v, &err));
    const JsonValue *pairs = v.find("pairs");
    const JsonValue *printed = v.find("comparison");
    EA_CHECK(pairs && pairs->array().size() == 2);
    EA_CHECK(printed != nullptr);
    if (!pairs || pairs->array().size() != 2 || !printed)
        return;
    const Comparison c = compareTrials(pairFromJson(pairs->array()[0]), pairFromJson(pairs->array()[1]));
    EA_CHECK(c.valid && printed->find("valid")->boolean());
    EA_CHECK(c.rounds == 6 && static_cast<int>(printed->find("rounds")->number()) == 6);
    // The file holds 12 significant digits: the recomputed figures agree to that.
    for (const auto &[key, value] : {std::pair<const char *, double>{"ratio", c.ratio},
                                     {"ratioP10", c.ratioP10},
                                     {"ratioP90", c.ratioP90},
                                     {"controlP10", c.controlP10},
                                     {"controlP90", c.controlP90},
                                     {"delta", c.delta},
                                     {"noise", c.noise}})
        EA_CHECK_NEAR(printed->find(key)->number(), value, 1e-10);
    const bool borderline = std::fabs(std::fabs(c.delta) - c.noise) < 1e-9;
    if (!borderline) {
        EA_CHECK(printed->find("exceedsNoise")->boolean() == c.exceedsNoise);
        EA_CHECK(printed->find("verdict")->string() == verdictWords(c));
        EA_CHECK(readFile(log).find(std::string("verdict: ") + verdictText(c).substr(0, 16)) !=
                 std::string::npos);
        EA_CHECK(readFile(log).find(verdictWords(c)) != std::string::npos);
    }
    std::printf("command line: B/A %.4f, noise %.4f -> %s\n", c.ratio, c.noise, verdictWords(c));
}

int main()
{
    verdict();
    profile();
    summaries();
    commandLine();
    return ea::trials::test::result();
}
