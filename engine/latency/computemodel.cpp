// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/computemodel.h"

#include <algorithm>
#include <cmath>

namespace ea {

namespace {
// Share of GPU memory usable for weights and KV cache (runtime, activations and fragmentation take the rest).
constexpr double kUsableMemory = 0.90;
// KV cache is kept in 16 bits unless the model runs in FP32 (FP8 here means FP8 weights).
double kvBytes(Precision p)
{
    return p == Precision::FP32 ? 4.0 : 2.0;
}
double peakTflops(const GpuType &g, Precision p)
{
    const auto rate = [&](Precision q) { return g.tflops[static_cast<int>(q)]; };
    if (rate(p) > 0)
        return rate(p);
    for (Precision q : {Precision::BF16, Precision::FP16, Precision::FP32})
        if (rate(q) > 0)
            return rate(q);
    return 0;
}
} // namespace

ComputeModel::ComputeModel(const GpuType &gpu, const ModelSpec &m, Precision precision,
                           double computeEfficiency, double bandwidthEfficiency)
{
    const double w = bytesPerWeight(precision);
    const double headDim = double(m.hidden) / m.heads;
    const double embedding = double(m.vocab) * m.hidden;
    // Total parameters minus the embedding table (gathered, not streamed): attention, MLP, lm_head.
    m_linearParams = std::max(m.paramsB * 1e9 - embedding, m.paramsB * 1e9 * 0.5);
    m_weightBytes = m.paramsB * 1e9 * w;
    m_kvBytesPerToken = 2.0 * m.layers * m.kvHeads * headDim * kvBytes(precision);
    m_attnFlopsPerCtxToken = 4.0 * m.heads * headDim * m.layers;

    const double gpuMem = gpu.memoryGB * 1e9 * kUsableMemory;
    for (int n = 1; n <= 8; n *= 2) {
        // Weights plus a KV cache worth serving with: 4k tokens, and at least a tenth of the memory.
        if (m_weightBytes + std::max(4096.0 * m_kvBytesPerToken, 0.1 * n * gpuMem) <= n * gpuMem) {
            m_gpusPerReplica = n;
            break;
        }
    }
    const int n = std::max(m_gpusPerReplica, 1);
    m_memoryBytes = n * gpuMem;
    m_bandwidth = n * gpu.bandwidthGBps * 1e9 * bandwidthEfficiency;
    m_flops = n * peakTflops(gpu, precision) * 1e12 * computeEfficiency;
}

double ComputeModel::prefillMs(int inputTokens) const
{
    if (m_profile.prefillTokensPerSec > 0)
        return 1000.0 * inputTokens / m_profile.prefillTokensPerSec;
    const double p = inputTokens;
    // Causal attention: half of the P² score and value products.
    const double flops = 2.0 * m_linearParams * p + 0.5 * m_attnFlopsPerCtxToken * p * p;
    const double bytes = m_weightBytes + p * m_kvBytesPerToken;
    return 1000.0 * std::max(flops / m_flops, bytes / m_bandwidth);
}

double ComputeModel::decodeStepMs(int batch, double contextTokens) const
{
    if (m_profile.decodeStepMsAtBatch1 > 0)
        return m_profile.decodeStepMsAtBatch1 + (batch - 1) * m_profile.decodeStepMsPerExtraSeq;
    const double b = batch;
    const double bytes = m_weightBytes + b * contextTokens * m_kvBytesPerToken;
    const double flops = 2.0 * m_linearParams * b + m_attnFlopsPerCtxToken * b * contextTokens;
    return 1000.0 * std::max(bytes / m_bandwidth, flops / m_flops);
}

int ComputeModel::maxBatch(double contextTokens) const
{
    const double free = m_memoryBytes - m_weightBytes;
    if (free <= 0)
        return 0;
    return std::clamp(static_cast<int>(free / (std::max(contextTokens, 1.0) * m_kvBytesPerToken)), 0, 4096);
}

ComputePoint ComputeModel::at(int batch, int inputTokens, int outputTokens) const
{
    ComputePoint c;
    c.batch = std::max(batch, 1);
    const double ctx = inputTokens + 0.5 * outputTokens;
    c.prefillMs = prefillMs(inputTokens);
    c.stepMs = decodeStepMs(c.batch, ctx);
    const double b = c.batch, out = outputTokens;
    // With b requests in flight, each finishing after `out` steps, the replica also runs b/out prefills per
    // step on average; a request sees its steps stretched by them.
    c.tpotMs = c.stepMs + b * c.prefillMs / out;
    c.ttftMs = c.prefillMs + c.stepMs;
    c.e2eMs = c.ttftMs + (out - 1.0) * c.tpotMs;
    c.requestsPerSec = 1000.0 * b / (out * c.stepMs + b * c.prefillMs);
    c.tokensPerSecPerGpu = c.requestsPerSec * out / std::max(m_gpusPerReplica, 1);
    const double bytes = m_weightBytes + b * ctx * m_kvBytesPerToken;
    const double flops = 2.0 * m_linearParams * b + m_attnFlopsPerCtxToken * b * ctx;
    c.decodeMemoryBound = bytes / m_bandwidth >= flops / m_flops;
    return c;
}

ComputePoint ComputeModel::bestWithin(SloMetric metric, double budgetMs, int inputTokens,
                                      int outputTokens) const
{
    const int top = std::max(1, maxBatch(inputTokens + outputTokens));
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
    const int top = std::max(1, maxBatch(inputTokens + outputTokens));
    return at(top, inputTokens, outputTokens);
}

} // namespace ea
