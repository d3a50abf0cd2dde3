// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a trial is: a model shape from the scenario's catalogue, a phase (decode step, prefill, or
// one operator), a precision, a batch and a context; plus the byte and FLOP accounting of
// GPU_ENGINE.md §3.9 that turns measured ceilings into a predicted floor.

#include "engine/trials/numerics.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ea::trials {

/**
 * FP8 means E4M3 weights with one FP32 scale per tensor, BF16 activations and KV cache (weight-only
 * quantisation, dequantised inside the GEMV). The other precisions store everything in that type.
 * Every backend accumulates in FP32 and rounds results to the storage type.
 */
enum class Precision { FP32, FP16, BF16, FP8 };

const char *precisionName(Precision p);
std::optional<Precision> parsePrecision(std::string_view s);
DType weightType(Precision p);
DType activationType(Precision p);

/** A Llama-shaped decoder (GQA, gated MLP, untied lm_head). */
struct ModelShape
{
    std::string id;
    std::string name;
    int layers = 0;
    int hidden = 0;
    int heads = 0;
    int kvHeads = 0;
    int ffn = 0;
    int vocab = 0;

    int headDim() const { return heads > 0 ? hidden / heads : 0; }
    /** Output width of the fused Q,K,V projection. */
    long long qkvWidth() const { return static_cast<long long>(heads + 2 * kvHeads) * headDim(); }
    /** Q, K, V, O, gate, up, down weights of one layer. */
    long long linearParamsPerLayer() const;
    /** All layers' linear weights plus the lm_head (the embedding is gathered, not streamed). */
    long long streamedParams() const;
    /** Empty when the shape is usable, else the reason. */
    std::string problem() const;
};

/**
 * Reads the "models" array of a scenario file. Returns false and sets *error ("FILE: json path:
 * reason") when the file cannot be read or a model lacks a field.
 */
bool loadModelCatalogue(const std::string &path, std::vector<ModelShape> *models, std::string *error);
/** The default scenario (resources/scenarios/default.json of the source tree this was built from). */
std::string defaultScenarioPath();

enum class Phase { Decode, Prefill, OpGemm, OpAttention };
const char *phaseName(Phase p);
std::optional<Phase> parsePhase(std::string_view s);

struct TrialConfig
{
    ModelShape model;
    Phase phase = Phase::Decode;
    Precision precision = Precision::BF16;
    int batch = 1;      // sequences (decode, prefill) or GEMM rows M (OpGemm)
    int context = 1024; // KV length a decode step attends to (the new token included)
    int prompt = 512;   // prefill tokens per sequence

    /** "llama-3-8b decode bf16 B=1 ctx=1024" */
    std::string label() const;
};

/** Bytes and FLOPs of one trial, counted as GPU_ENGINE.md §3.9 says (convention in the JSON). */
struct Accounting
{
    double weightBytes = 0;    // linear weights + lm_head, once per step
    double embeddingBytes = 0; // B gathered rows
    double kvReadBytes = 0;
    double kvWriteBytes = 0;
    double activationBytes = 0; // GEMM inputs and outputs
    double gemmFlops = 0;       // 2*M*N*K
    double attentionFlops = 0;  // decode 4*B*nh*dh*ctx per layer; prefill causal 2*B*nh*dh*P^2
    double otherFlops = 0;      // norms, rotary, activation function (listed apart, not in the floor)
    double tokens = 0;          // tokens produced (decode: B) or consumed (prefill: B*P)

    double bytes() const
    {
        return weightBytes + embeddingBytes + kvReadBytes + kvWriteBytes + activationBytes;
    }
    double flops() const { return gemmFlops + attentionFlops; }
};

Accounting account(const TrialConfig &c);

/** Device memory a trial needs (weights, KV cache, activations), to skip what cannot fit. */
double footprintBytes(const TrialConfig &c);

/** The shape of one GEMM an OpGemm trial times: the model's MLP gate+up projection. */
struct GemmShape
{
    long long m = 0, n = 0, k = 0;
};
GemmShape opGemmShape(const TrialConfig &c);

} // namespace ea::trials
