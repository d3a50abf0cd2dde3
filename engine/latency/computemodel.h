// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QString>

#include <optional>

namespace ea {

/** Latency and throughput of one replica at one batch size. Times in ms. */
struct ComputePoint
{
    int batch = 1;
    double prefillMs = 0;      // prefill of one request's prompt (one engine pass, no queueing)
    double stepMs = 0;         // one engine step of the whole batch (decode, plus interleaved prefill chunks)
    double ttftMs = 0;         // scheduling + prefill (+ the step it shares with the batch when b > 1)
    double tpotMs = 0;         // time per output token seen by one request (= stepMs)
    double e2eMs = 0;          // ttft + (out - 1) · tpot
    double requestsPerSec = 0; // per replica, steady state
    double tokensPerSecPerGpu = 0; // output tokens
    bool decodeMemoryBound = true;
};

/**
 * What a serving engine (TensorRT-LLM, vLLM, NIM class) adds to the bare roofline, fitted on published
 * serving results (see defaultServingParams()). Units in the names; all >= 0.
 */
struct ServingParams
{
    /** Share of the memory left after the weights that the engine gives the paged KV cache (0..1]. */
    double kvMemoryShare = 0.791;
    /**
     * KV tokens a request holds on average, as a share of its output: a request occupies
     * input + share · output tokens (0.5: the average live context of a paged cache; 1: the maximum,
     * reserved up front). In [0.5, 1].
     */
    double kvOutputShare = 0.788;
    double stepOverheadMs = 0.503;      // per engine step: scheduler, sampling, launch
    double layerOverheadMs = 0.0335;    // per step and layer: kernel launches that do not shrink with size
    double allReduceLatencyMs = 0.0166; // per tensor-parallel all-reduce (two per layer), plus bytes / link
    double schedulingMs = 9.39; // TTFT at concurrency 1 beyond the prefill pass (HTTP, tokenizer, queue)
    int maxBatch = 2048;        // the engine's cap on sequences in flight
    QString note;               // provenance: data, date, held-out errors
    bool operator==(const ServingParams &) const = default;
};

/** The fitted parameters built into the application (see computefit.h for how they were fitted). */
const ServingParams &defaultServingParams();

/**
 * How well the built-in compute model predicts published serving results: median |log(model / published)|
 * leave-one-model-out (each model family predicted by a fit without it) on the shared serving data, for
 * saturation throughput and for TPOT at concurrency 1, with the median signed error (bias). The one place
 * these figures live; About, reports and the Monitor quote them.
 */
struct ServingFitRecord
{
    int samples = 0;
    double lomoSaturationMedianAbsLog = 0, lomoSaturationBias = 0;
    double lomoTpot1MedianAbsLog = 0, lomoTpot1Bias = 0;
    double lomoTtft1MedianAbsLog = 0;
    /** P90 of |log(model / published)| of the same held-out predictions. */
    double lomoTpot1P90AbsLog = 0, lomoTtft1P90AbsLog = 0;
    QString data;     // what was measured, by whom
    QString fittedOn; // date
};
const ServingFitRecord &defaultServingFitRecord();

/** Optional deviations from how a replica is set up. */
struct ComputeOptions
{
    /** KV cache precision; default FP8 when the weights are FP8 or FP4 (as FP8 serving checkpoints do), else
     * 16 bit. */
    std::optional<Precision> kvPrecision;
    int tensorParallel = 0; // GPUs per replica; 0 = the smallest power of two (up to 8) that fits
};

/**
 * Compute model of a serving engine running a decoder-only transformer on one GPU type (DESIGN.md,
 * "Compute" and "Serving engines, not bare kernels"). One engine step of a batch of b sequences costs
 *
 *   t = t0 + tl·L + max(W / BW, 2·P·T / F) + KV bytes read / BW + attention FLOPs / F + all-reduce
 *
 * with W the weight bytes, P the parameters touched per token, T the tokens in the step (b decode tokens,
 * plus at saturation the prefill chunks of the b/out requests that start per step: chunked prefill
 * interleaved with decode), BW and F the achieved bandwidth and FLOP/s of the replica (tier efficiencies
 * × peak), and per layer two ring all-reduces of T·hidden 16-bit activations over the GPU interconnect
 * (latency + 2·(n−1)/n·bytes / link) when the model is split over n GPUs (tensor parallel). The paged KV
 * cache gets kvMemoryShare of the memory left after the weights; a request holds input + kvOutputShare ·
 * output tokens of it, at the KV precision. TTFT at concurrency 1 = scheduling + one prefill pass.
 * FP8/FP4 on a GPU without such units runs at the BF16 rate with the narrow weights.
 * Value type; all methods are const and thread-safe.
 */
class ComputeModel
{
public:
    ComputeModel(const GpuType &gpu, const ModelSpec &model, Precision precision, double computeEfficiency,
                 double bandwidthEfficiency, const ServingParams &serving = defaultServingParams(),
                 const ComputeOptions &options = {});

    bool fits() const { return m_gpusPerReplica > 0; }
    int gpusPerReplica() const { return m_gpusPerReplica; }
    double weightBytes() const { return m_weightBytes; }
    double kvBytesPerToken() const { return m_kvBytesPerToken; }
    Precision kvPrecision() const { return m_kvPrecision; }
    double linearParams() const { return m_linearParams; }
    double achievedTflops() const { return m_flops / 1e12; }
    double achievedBandwidthGBps() const { return m_bandwidth / 1e9; }
    /** Bytes the paged KV cache may hold (all GPUs of a replica). */
    double kvCacheBytes() const { return m_kvCacheBytes; }
    const ServingParams &serving() const { return m_serving; }

    void setProfile(const ComputeProfile &p) { m_profile = p; }

    /** One prefill pass of a prompt alone (no scheduling delay). */
    double prefillMs(int inputTokens) const;
    /** One decode step of `batch` sequences of the given context, without prefill chunks. */
    double decodeStepMs(int batch, double contextTokens) const;
    /** One step at steady state: `batch` decode tokens plus the prefill chunks of the requests starting. */
    double mixedStepMs(int batch, int inputTokens, int outputTokens) const;
    /** Largest batch whose KV cache (each sequence holding contextTokens) fits, capped by the engine. */
    int maxBatch(double contextTokens) const;
    /** Largest batch at saturation: each request holds input + kvOutputShare · output tokens. */
    int maxBatch(int inputTokens, int outputTokens) const;
    ComputePoint at(int batch, int inputTokens, int outputTokens) const;
    /** Largest batch whose latency (TTFT or E2E) stays within budgetMs; batch 1 when none does. */
    ComputePoint bestWithin(SloMetric metric, double budgetMs, int inputTokens, int outputTokens) const;
    /** Throughput at saturation: every request queued at once, the KV cache (or the engine's cap) full. */
    ComputePoint saturation(int inputTokens, int outputTokens) const;

private:
    double passMs(double tokens, double kvReadBytes, double attnFlops, bool *memoryBound = nullptr) const;

    ServingParams m_serving;
    Precision m_kvPrecision = Precision::BF16;
    double m_memoryBytes = 0;     // all GPUs of a replica
    double m_kvCacheBytes = 0;    // the share of it the engine gives the KV cache
    double m_bandwidth = 0;       // achievable bytes/s of a replica
    double m_flops = 0;           // achievable FLOP/s of a replica
    double m_linkBytesPerSec = 0; // one direction, per GPU
    double m_weightBytes = 0;
    double m_linearParams = 0; // parameters touched per token (all but the embedding table)
    double m_kvBytesPerToken = 0;
    double m_attnFlopsPerCtxToken = 0; // per layer-summed 4 · n_h · d_h · L
    int m_layers = 0;
    int m_hidden = 0;
    int m_gpusPerReplica = 0;
    ComputeProfile m_profile;
};

} // namespace ea
