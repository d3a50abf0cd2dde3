// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

namespace ea {

/** Latency and throughput of one replica at one batch size. Times in ms. */
struct ComputePoint
{
    int batch = 1;
    double prefillMs = 0;      // prefill of one request's prompt
    double stepMs = 0;         // one decode step of the whole batch
    double ttftMs = 0;         // prefill + first decode step
    double tpotMs = 0;         // time per output token seen by one request (prefills of others interleave)
    double e2eMs = 0;          // ttft + (out - 1) · tpot
    double requestsPerSec = 0; // per replica, steady state
    double tokensPerSecPerGpu = 0; // output tokens
    bool decodeMemoryBound = true;
};

/**
 * Roofline compute model for a decoder-only transformer on one GPU type (DESIGN.md, "Compute"):
 * prefill ≈ max(FLOPs / achievable FLOP/s, bytes / achievable bandwidth); a decode step at batch b
 * ≈ max((weights + b · KV) / achievable bandwidth, FLOPs / achievable FLOP/s). A model that does not
 * fit one GPU is sharded over the smallest power of two of GPUs (tensor parallel, up to 8; all-reduce
 * time is not modeled). FP8 on a GPU without FP8 units runs at the BF16 rate with FP8 weights.
 * Value type; all methods are const and thread-safe.
 */
class ComputeModel
{
public:
    ComputeModel(const GpuType &gpu, const ModelSpec &model, Precision precision, double computeEfficiency,
                 double bandwidthEfficiency);

    bool fits() const { return m_gpusPerReplica > 0; }
    int gpusPerReplica() const { return m_gpusPerReplica; }
    double weightBytes() const { return m_weightBytes; }
    double kvBytesPerToken() const { return m_kvBytesPerToken; }
    double linearParams() const { return m_linearParams; }
    double achievedTflops() const { return m_flops / 1e12; }
    double achievedBandwidthGBps() const { return m_bandwidth / 1e9; }

    void setProfile(const ComputeProfile &p) { m_profile = p; }

    double prefillMs(int inputTokens) const;
    double decodeStepMs(int batch, double contextTokens) const;
    /** Largest batch whose KV cache (at that context) fits next to the weights. */
    int maxBatch(double contextTokens) const;
    ComputePoint at(int batch, int inputTokens, int outputTokens) const;
    /** Largest batch whose latency (TTFT or E2E) stays within budgetMs; batch 1 when none does. */
    ComputePoint bestWithin(SloMetric metric, double budgetMs, int inputTokens, int outputTokens) const;
    /** Throughput at saturation: the batch that maximises requests/s within memory. */
    ComputePoint saturation(int inputTokens, int outputTokens) const;

private:
    double m_memoryBytes = 0; // all GPUs of a replica
    double m_bandwidth = 0;   // achievable bytes/s of a replica
    double m_flops = 0;       // achievable FLOP/s of a replica
    double m_weightBytes = 0;
    double m_linearParams = 0; // parameters touched per token (all but the embedding table)
    double m_kvBytesPerToken = 0;
    double m_attnFlopsPerCtxToken = 0; // per layer-summed 4 · n_h · d_h · L
    int m_gpusPerReplica = 0;
    ComputeProfile m_profile;
};

} // namespace ea
