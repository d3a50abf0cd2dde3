// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/computemodel.h"

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
// Memory a replica must leave free when its GPU count is chosen: runtime, activations, fragmentation.
constexpr double kUsableMemory = 0.90;
// GPU-to-GPU bandwidth when the catalogue does not state it: PCIe Gen4 x16, both directions.
constexpr double kDefaultInterconnectGBps = 64.0;

double peakTflops(const GpuType &g, Precision p)
{
    const auto rate = [&](Precision q) { return g.tflops[static_cast<int>(q)]; };
    if (rate(p) > 0)
        return rate(p);
    // Narrow weights on a GPU without such units run at the next wider rate it has.
    if (p == Precision::FP4 && rate(Precision::FP8) > 0)
        return rate(Precision::FP8);
    for (Precision q : {Precision::BF16, Precision::FP16, Precision::FP32})
        if (rate(q) > 0)
            return rate(q);
    return 0;
}

double kvBytesPerValue(Precision p)
{
    switch (p) {
    case Precision::FP32:
        return 4.0;
    case Precision::FP8:
    case Precision::FP4: // no engine keeps a 4-bit KV cache by default; FP4 means FP4 weights
        return 1.0;
    case Precision::FP16:
    case Precision::BF16:
        break;
    }
    return 2.0;
}
} // namespace

const ServingParams &defaultServingParams()
{
    // Written by tst_ComputeFit::fitOnSharedData (ea::fitServingParams on the shared serving data); must stay
    // identical to resources/data/serving-params.json, which tst_ComputeModel checks.
    static const ServingParams params = [] {
        ServingParams p;
        p.kvMemoryShare = 0.791;
        p.kvOutputShare = 0.788;
        p.stepOverheadMs = 0.503;
        p.layerOverheadMs = 0.0335;
        p.allReduceLatencyMs = 0.0166;
        p.schedulingMs = 9.39;
        p.maxBatch = 2048;
        p.note = QStringLiteral(
            "Fitted by ea::fitServingParams on 90 published serving results (TensorRT-LLM offline "
            "throughput "
            "of Llama 3.1 8B / 3.3 70B / 3.1 405B on H100, H200, B200 and RTX PRO 6000 Blackwell; NVIDIA NIM "
            "Llama 3.3 70B on 2xH100; a vLLM Qwen3-8B sweep on one H100) on 2026-12-07, with the achieved "
            "efficiencies 0.489 of dense peak FLOP/s and 0.795 of peak bandwidth. Leave-one-model-out median "
            "|log(model/published)|: saturation throughput 0.091, TPOT at concurrency 1 0.041, TTFT at "
            "concurrency 1 0.212.");
        return p;
    }();
    return params;
}

const ServingFitRecord &defaultServingFitRecord()
{
    // As tst_ComputeFit::fitOnSharedData prints them for a fit from the priors (refit both together).
    static const ServingFitRecord record = [] {
        ServingFitRecord r;
        r.samples = 90;
        r.lomoSaturationMedianAbsLog = 0.091;
        r.lomoSaturationBias = -0.007;
        r.lomoTpot1MedianAbsLog = 0.041;
        r.lomoTpot1Bias = 0.041;
        r.lomoTtft1MedianAbsLog = 0.212;
        r.lomoTpot1P90AbsLog = 0.046;
        r.lomoTtft1P90AbsLog = 0.254;
        r.data = QStringLiteral(
            "published serving results: TensorRT-LLM offline throughput (perf-overview), NVIDIA NIM "
            "Llama 3.3 70B latency sweep, a vLLM Qwen3-8B concurrency sweep (silybench)");
        r.fittedOn = QStringLiteral("2026-12-07");
        return r;
    }();
    return record;
}

ComputeModel::ComputeModel(const GpuType &gpu, const ModelSpec &m, Precision precision,
                           double computeEfficiency, double bandwidthEfficiency, const ServingParams &serving,
                           const ComputeOptions &options)
    : m_serving(serving)
{
    const double w = bytesPerWeight(precision);
    const double headDim = double(m.hidden) / m.heads;
    const double embedding = double(m.vocab) * m.hidden;
    m_kvPrecision = options.kvPrecision.value_or(precision == Precision::FP8 || precision == Precision::FP4
                                                     ? Precision::FP8
                                                 : precision == Precision::FP32 ? Precision::FP32
                                                                                : Precision::BF16);
    // Total parameters minus the embedding table (gathered, not streamed): attention, MLP, lm_head.
    m_linearParams = std::max(m.paramsB * 1e9 - embedding, m.paramsB * 1e9 * 0.5);
    m_weightBytes = m.paramsB * 1e9 * w;
    m_kvBytesPerToken = 2.0 * m.layers * m.kvHeads * headDim * kvBytesPerValue(m_kvPrecision);
    m_attnFlopsPerCtxToken = 4.0 * m.heads * headDim * m.layers;
    m_layers = m.layers;
    m_hidden = m.hidden;

    const double gpuMem = gpu.memoryGB * 1e9;
    if (options.tensorParallel > 0) {
        if (m_weightBytes < options.tensorParallel * gpuMem * kUsableMemory)
            m_gpusPerReplica = options.tensorParallel;
    } else {
        for (int n = 1; n <= 8; n *= 2) {
            // Weights plus a KV cache worth serving with: 4k tokens, and at least a tenth of the memory.
            if (m_weightBytes + std::max(4096.0 * m_kvBytesPerToken, 0.1 * n * gpuMem * kUsableMemory) <=
                n * gpuMem * kUsableMemory) {
                m_gpusPerReplica = n;
                break;
            }
        }
    }
    const int n = std::max(m_gpusPerReplica, 1);
    m_memoryBytes = n * gpuMem;
    m_kvCacheBytes =
        std::max(0.0, std::clamp(m_serving.kvMemoryShare, 0.0, 1.0) * (m_memoryBytes - m_weightBytes));
    m_bandwidth = n * gpu.bandwidthGBps * 1e9 * bandwidthEfficiency;
    m_flops = n * peakTflops(gpu, precision) * 1e12 * computeEfficiency;
    m_linkBytesPerSec =
        0.5 * (gpu.interconnectGBps > 0 ? gpu.interconnectGBps : kDefaultInterconnectGBps) * 1e9;
}

double ComputeModel::passMs(double tokens, double kvReadBytes, double attnFlops, bool *memoryBound) const
{
    const double weights = m_weightBytes / m_bandwidth;
    const double gemm = 2.0 * m_linearParams * tokens / m_flops;
    if (memoryBound)
        *memoryBound = weights >= gemm;
    double seconds = std::max(weights, gemm) + kvReadBytes / m_bandwidth + attnFlops / m_flops;
    const int n = std::max(m_gpusPerReplica, 1);
    if (n > 1) {
        // Two ring all-reduces of the step's activations (16 bit) per layer.
        const double bytes = tokens * m_hidden * 2.0;
        seconds += 2.0 * m_layers *
                   (m_serving.allReduceLatencyMs * 1e-3 + 2.0 * (n - 1) / n * bytes / m_linkBytesPerSec);
    }
    return 1000.0 * seconds + m_serving.stepOverheadMs + m_serving.layerOverheadMs * m_layers;
}

double ComputeModel::prefillMs(int inputTokens) const
{
    if (m_profile.prefillTokensPerSec > 0)
        return 1000.0 * inputTokens / m_profile.prefillTokensPerSec;
    const double p = inputTokens;
    // Causal attention: half of the P² score and value products; the prompt's KV is written once.
    return passMs(p, p * m_kvBytesPerToken, 0.5 * m_attnFlopsPerCtxToken * p * p);
}

double ComputeModel::decodeStepMs(int batch, double contextTokens) const
{
    if (m_profile.decodeStepMsAtBatch1 > 0)
        return m_profile.decodeStepMsAtBatch1 + (batch - 1) * m_profile.decodeStepMsPerExtraSeq;
    const double b = batch;
    return passMs(b, b * contextTokens * m_kvBytesPerToken, m_attnFlopsPerCtxToken * b * contextTokens);
}

double ComputeModel::mixedStepMs(int batch, int inputTokens, int outputTokens) const
{
    const double b = std::max(batch, 1);
    const double in = inputTokens, out = std::max(outputTokens, 1);
    const double ctx = in + 0.5 * out;
    if (b <= 1)
        return decodeStepMs(1, ctx);
    // b/out requests finish per step and as many start: their prompts run as chunks of the same steps.
    const double starts = b / out;
    if (m_profile.decodeStepMsAtBatch1 > 0 || m_profile.prefillTokensPerSec > 0)
        return decodeStepMs(batch, ctx) + starts * prefillMs(inputTokens);
    const double prefillTokens = starts * in;
    return passMs(b + prefillTokens, (b * ctx + prefillTokens) * m_kvBytesPerToken,
                  m_attnFlopsPerCtxToken * (b * ctx + starts * 0.5 * in * in));
}

int ComputeModel::maxBatch(double contextTokens) const
{
    if (m_kvCacheBytes <= 0)
        return 0;
    const int cap = std::max(1, m_serving.maxBatch);
    return std::clamp(static_cast<int>(m_kvCacheBytes / (std::max(contextTokens, 1.0) * m_kvBytesPerToken)),
                      0, cap);
}

int ComputeModel::maxBatch(int inputTokens, int outputTokens) const
{
    const double share = std::clamp(m_serving.kvOutputShare, 0.5, 1.0);
    return maxBatch(inputTokens + share * outputTokens);
}

ComputePoint ComputeModel::at(int batch, int inputTokens, int outputTokens) const
{
    ComputePoint c;
    c.batch = std::max(batch, 1);
    const double b = c.batch, out = std::max(outputTokens, 1);
    c.prefillMs = prefillMs(inputTokens);
    c.stepMs = mixedStepMs(c.batch, inputTokens, outputTokens);
    c.tpotMs = c.stepMs;
    c.ttftMs = m_profile.schedulingMs.value_or(m_serving.schedulingMs) + c.prefillMs +
               (c.batch > 1 ? c.stepMs : 0.0);
    c.e2eMs = c.ttftMs + (out - 1.0) * c.tpotMs;
    // In a full batch every step yields b tokens (prefills ride along); a lone request runs its own prefill.
    c.requestsPerSec = c.batch > 1 ? 1000.0 * b / (out * c.stepMs) : 1000.0 / (c.prefillMs + out * c.stepMs);
    c.tokensPerSecPerGpu = c.requestsPerSec * out / std::max(m_gpusPerReplica, 1);
    const double ctx = inputTokens + 0.5 * out;
    const double tokens = b + (c.batch > 1 ? b / out * inputTokens : 0.0);
    c.decodeMemoryBound = m_weightBytes / m_bandwidth + b * ctx * m_kvBytesPerToken / m_bandwidth >=
                          2.0 * m_linearParams * tokens / m_flops;
    return c;
}

ComputePoint ComputeModel::bestWithin(SloMetric metric, double budgetMs, int inputTokens,
                                      int outputTokens) const
{
    const int top = std::max(1, maxBatch(inputTokens, outputTokens));
    const auto latency = [&](const ComputePoint &c) {
        return metric == SloMetric::Ttft ? c.ttftMs : c.e2eMs;
    };
    ComputePoint best = at(1, inputTokens, outputTokens);
    if (latency(best) > budgetMs)
        return best;
    // Latency grows with the batch: binary search for the largest batch within budget.
    int lo = 1, hi = top;
    while (lo < hi) {
        const int mid = lo + (hi - lo + 1) / 2;
        if (latency(at(mid, inputTokens, outputTokens)) <= budgetMs)
            lo = mid;
        else
            hi = mid - 1;
    }
    return at(lo, inputTokens, outputTokens);
}

ComputePoint ComputeModel::saturation(int inputTokens, int outputTokens) const
{
    return at(std::max(1, maxBatch(inputTokens, outputTokens)), inputTokens, outputTokens);
}

} // namespace ea
