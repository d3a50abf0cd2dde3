// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/benchmarkprofile.h"

#include "engine/latency/computemodel.h"

#include <algorithm>
#include <cmath>

namespace ea {

namespace {

int rounded(double x)
{
    return std::max(1, static_cast<int>(std::lround(x)));
}

QString runLabel(const BenchmarkRun &r)
{
    QString s = benchmarkToolName(r.tool);
    if (!r.where.isEmpty())
        s += QStringLiteral(" (%1)").arg(r.where);
    if (r.offline)
        s += QStringLiteral(", offline");
    else
        s += QStringLiteral(", concurrency %1").arg(r.concurrency, 0, 'g', 4);
    return s;
}

// Weighted least squares of y = a + s·x with weights w; false when x does not vary.
bool fitLine(const std::vector<double> &x, const std::vector<double> &y, const std::vector<double> &w,
             double &a, double &s)
{
    double sw = 0, sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < x.size(); ++i) {
        sw += w[i];
        sx += w[i] * x[i];
        sy += w[i] * y[i];
        sxx += w[i] * x[i] * x[i];
        sxy += w[i] * x[i] * y[i];
    }
    const double det = sw * sxx - sx * sx;
    if (!(sw > 0) || std::fabs(det) <= 1e-12 * sw * sxx)
        return false;
    s = (sw * sxy - sx * sy) / det;
    a = (sy - s * sx) / sw;
    return std::isfinite(a) && std::isfinite(s);
}

} // namespace

QString benchmarkToolName(BenchmarkTool t)
{
    switch (t) {
    case BenchmarkTool::Vllm:
        return QStringLiteral("vLLM bench serve");
    case BenchmarkTool::GenAiPerf:
        return QStringLiteral("GenAI-Perf");
    case BenchmarkTool::AiPerf:
        return QStringLiteral("AIPerf");
    case BenchmarkTool::TrtllmBench:
        return QStringLiteral("trtllm-bench");
    }
    return {};
}

BenchmarkProfile profileFromBenchmark(const Scenario &s, const QString &gpuId, const QString &modelId,
                                      Precision precision, const std::vector<BenchmarkRun> &runs,
                                      const QString &source, const QString &asOf)
{
    BenchmarkProfile out;
    const int g = s.gpuIndex(gpuId), m = s.modelIndex(modelId);
    if (g < 0)
        out.errors << QStringLiteral("--gpu: no GPU \"%1\" in the scenario's catalogue").arg(gpuId);
    if (m < 0)
        out.errors << QStringLiteral("--model: no model \"%1\" in the scenario's catalogue").arg(modelId);
    if (runs.empty())
        out.errors << QStringLiteral("no benchmark run to make a profile from");
    if (!out.errors.isEmpty())
        return out;
    const GpuType &gpu = s.gpus[size_t(g)];
    const ModelSpec &model = s.models[size_t(m)];
    const TierSettings tier; // the fitted efficiencies: the profile replaces them anyway
    const ComputeModel base(gpu, model, precision, tier.computeEfficiency, tier.bandwidthEfficiency);
    if (!base.fits()) {
        out.errors << QStringLiteral("%1 at %2 does not fit 8 × %3: no profile")
                          .arg(model.name, precisionId(precision), gpu.name);
        return out;
    }
    out.gpusPerReplica = base.gpusPerReplica();
    for (const BenchmarkRun &r : runs)
        if (r.tensorParallel > 0 && r.tensorParallel != out.gpusPerReplica)
            out.errors << QStringLiteral(
                              "%1: TP Size %2, but the planner runs %3 on %4 with %5 GPU(s) per replica "
                              "(a profile is per replica)")
                              .arg(runLabel(r))
                              .arg(r.tensorParallel)
                              .arg(model.name, gpu.name)
                              .arg(out.gpusPerReplica);
    if (!out.errors.isEmpty())
        return out;

    // What the runs give.
    std::vector<const BenchmarkRun *> loaded, offline;
    for (const BenchmarkRun &r : runs)
        (r.offline ? offline : loaded).push_back(&r);
    std::sort(loaded.begin(), loaded.end(),
              [](const BenchmarkRun *a, const BenchmarkRun *b) { return a->concurrency < b->concurrency; });
    const double fittedScheduling = defaultServingParams().schedulingMs;

    // 1. Scheduling and prefill from TTFT.
    std::vector<const BenchmarkRun *> single; // concurrency ~1 with TTFT
    for (const BenchmarkRun *r : loaded)
        if (r->ttftMs > 0 && r->concurrency <= 1.5)
            single.push_back(r);
    double scheduling = fittedScheduling, prefillPerToken = 0; // ms per prompt token
    if (!single.empty()) {
        std::vector<double> x, y, w;
        for (const BenchmarkRun *r : single) {
            x.push_back(r->inputTokens);
            y.push_back(r->ttftMs);
            w.push_back(1.0 / (r->ttftMs * r->ttftMs));
        }
        double a = 0, k = 0;
        if (single.size() > 1 && fitLine(x, y, w, a, k) && k > 0) {
            scheduling = std::clamp(a, 0.0, *std::min_element(y.begin(), y.end()));
            prefillPerToken = k;
        } else {
            const BenchmarkRun *r = single.front();
            scheduling = std::min(fittedScheduling, 0.5 * r->ttftMs);
            prefillPerToken = (r->ttftMs - scheduling) / r->inputTokens;
        }
    } else {
        for (const BenchmarkRun *r : loaded) {
            if (r->ttftMs > 0 && r->tpotMs > 0) {
                // TTFT = scheduling + prefill + one step of the batch it joins (ComputeModel::at), plus the
                // wait for a free slot, which the planner's queueing model adds itself. So the prefill is at
                // most what its chunks may take of a step: at most half the TPOT (the rest decodes), i.e.
                // b/out · prefill <= TPOT / 2; TTFT beyond that is taken as queueing, not reproduced here.
                const double cap =
                    0.5 * r->tpotMs * std::max(r->outputTokens, 1.0) / std::max(r->concurrency, 1.0);
                const double raw = r->ttftMs - fittedScheduling - r->tpotMs;
                const double prefill = std::min(raw > 0 ? raw : 0.2 * r->ttftMs, cap);
                prefillPerToken = prefill / r->inputTokens;
                scheduling = std::clamp(r->ttftMs - prefill - r->tpotMs, 0.0, fittedScheduling);
                break;
            }
        }
    }

    // 2. The decode step a + s·(b − 1) from TPOT.
    ComputeProfile p;
    const auto prefillMs = [&](double in) {
        return prefillPerToken > 0 ? prefillPerToken * in : base.prefillMs(rounded(in));
    };
    std::vector<double> bx, dy, dw;
    const BenchmarkRun *point = nullptr;
    for (const BenchmarkRun *r : loaded) {
        if (!(r->tpotMs > 0) || !(r->concurrency > 0))
            continue;
        const int b = rounded(r->concurrency);
        const double chunks = b > 1 ? b / std::max(r->outputTokens, 1.0) * prefillMs(r->inputTokens) : 0.0;
        const double step = std::max(r->tpotMs - chunks, 0.1 * r->tpotMs);
        bx.push_back(b - 1.0);
        dy.push_back(step);
        dw.push_back(1.0 / (step * step));
        point = r;
    }
    double a = 0, slope = 0, timeScale = 0; // timeScale: measured / the planner's model, when scaled
    const auto modelStep = [&](int b, const BenchmarkRun *r) {
        return base.decodeStepMs(b, r->inputTokens + 0.5 * r->outputTokens);
    };
    const bool distinct =
        bx.size() > 1 && *std::max_element(bx.begin(), bx.end()) > *std::min_element(bx.begin(), bx.end());
    if (distinct && fitLine(bx, dy, dw, a, slope) && a > 0) {
        if (slope < 0) { // noise: no growth with the batch
            slope = 0;
            double sw = 0, sy = 0;
            for (size_t i = 0; i < dy.size(); ++i) {
                sw += dw[i];
                sy += dw[i] * dy[i];
            }
            a = sy / sw;
        }
    } else if (point) {
        // One concurrency: the planner's model scaled through the measured point; its slope's shape from the
        // model between batch 1 and the measured batch (or 64 when that is 1).
        const int b = rounded(point->concurrency), ref = b > 1 ? b : 64;
        const double at1 = modelStep(1, point), atRef = modelStep(ref, point);
        const double measured = dy.back();
        timeScale = measured / modelStep(b, point);
        a = timeScale * at1;
        slope = timeScale * (atRef - at1) / (ref - 1);
    } else if (!offline.empty()) {
        // Throughput at saturation only: scale the model so that its saturation throughput matches.
        const BenchmarkRun *r = offline.front();
        const ComputePoint sat = base.saturation(rounded(r->inputTokens), rounded(r->outputTokens));
        const double modelTps = sat.tokensPerSecPerGpu * out.gpusPerReplica;
        timeScale = modelTps / r->outputTokensPerSec;
        a = timeScale * modelStep(1, r);
        slope = timeScale * (modelStep(64, r) - modelStep(1, r)) / 63.0;
        if (prefillPerToken <= 0)
            prefillPerToken = timeScale * base.prefillMs(rounded(r->inputTokens)) / r->inputTokens;
        // The profile's step sums what the model merges into one pass; one more scale makes it exact.
        p.prefillTokensPerSec = 1000.0 / prefillPerToken;
        p.decodeStepMsAtBatch1 = a;
        p.decodeStepMsPerExtraSeq = slope;
        ComputeModel check = base;
        check.setProfile(p);
        const double profileTps =
            check.saturation(rounded(r->inputTokens), rounded(r->outputTokens)).tokensPerSecPerGpu *
            out.gpusPerReplica;
        const double f = profileTps / r->outputTokensPerSec;
        a *= f;
        slope *= f;
        prefillPerToken *= f;
    }
    if (!(a > 0)) {
        out.errors << QStringLiteral(
            "no run gives TPOT (a streaming run at a known concurrency) or throughput at "
            "saturation: no decode step to make a profile from");
        return out;
    }
    if (prefillPerToken <= 0) // TPOT but no TTFT: the prefill scaled as the decode step was
        prefillPerToken = (timeScale > 0 ? timeScale : 1.0) *
                          base.prefillMs(rounded(loaded.front()->inputTokens)) / loaded.front()->inputTokens;
    p.prefillTokensPerSec = 1000.0 / prefillPerToken;
    p.decodeStepMsAtBatch1 = a;
    p.decodeStepMsPerExtraSeq = slope;
    p.schedulingMs = scheduling;
    if (!std::isfinite(p.prefillTokensPerSec) || !std::isfinite(a) || !std::isfinite(slope) || slope < 0 ||
        !std::isfinite(scheduling) || scheduling < 0) {
        out.errors << QStringLiteral(
                          "the runs give no consistent profile (prefill %1 tokens/s, step %2 + %3 ms per "
                          "extra sequence)")
                          .arg(p.prefillTokensPerSec)
                          .arg(a)
                          .arg(slope);
        return out;
    }

    // 3. How the planner now reproduces each run.
    ComputeModel with = base;
    with.setProfile(p);
    for (const BenchmarkRun &r : runs) {
        BenchmarkProfile::Check c;
        c.run = runLabel(r);
        c.concurrency = r.concurrency;
        const int in = rounded(r.inputTokens), outTokens = rounded(r.outputTokens);
        const ComputePoint pt =
            r.offline ? with.saturation(in, outTokens) : with.at(rounded(r.concurrency), in, outTokens);
        c.measuredTtftMs = r.offline ? 0.0 : r.ttftMs;
        c.modelTtftMs = r.offline ? 0.0 : pt.ttftMs;
        c.measuredTpotMs = r.offline ? 0.0 : r.tpotMs;
        c.modelTpotMs = r.offline ? 0.0 : pt.tpotMs;
        c.measuredTokensPerSec = r.outputTokensPerSec;
        c.modelTokensPerSec = pt.tokensPerSecPerGpu * out.gpusPerReplica;
        out.checks.push_back(c);
    }
    MeasuredProfile mp;
    mp.gpu = gpu.id;
    mp.model = model.id;
    mp.precision = precision;
    mp.profile = p;
    mp.source = source;
    mp.asOf = asOf;
    out.profile = mp;
    return out;
}

} // namespace ea
