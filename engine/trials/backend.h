// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The device interface of the trials engine. A backend owns memory on its device and a queue of
// work (a CUDA stream; the CPU backend runs each call at once, multi-threaded). Pointers passed to
// an operation are device pointers from alloc(). All operations accumulate in FP32 and round the
// result to its storage type; every argument struct states its layout. Backends throw BackendError
// on failure. Not thread-safe: one thread drives a backend.

#include "engine/trials/numerics.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>

namespace ea::trials {

class BackendError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/** What the results' provenance records about the device. */
struct DeviceInfo
{
    std::string backend; // "cpu" or "cuda"
    std::string device;  // GPU or CPU model name
    std::string driver;  // driver / runtime versions, "" on the CPU
    std::string runtime;
    std::string blas;            // "OpenBLAS 0.3.21 ..." or "cuBLAS 13.1.0"
    int computeUnits = 0;        // SMs or threads
    int computeCapability = 0;   // major*10+minor, 0 on the CPU
    double l2Bytes = 0;          // last-level cache the cold samples flush
    double memoryBytes = 0;      // device memory (CPU: physical memory)
    double specBandwidthBps = 0; // from the memory clock and bus width, 0 if unknown
    bool fp8 = false;            // FP8 tensor-core GEMMs available (sm_89+); the CPU emulates FP8 weights
};

/** Y[m, n] = (sum_k X[m, k] * W[n, k]) * wScale: weights row-major [N, K] ("TN" GEMM). */
struct GemmArgs
{
    long long m = 0, n = 0, k = 0;
    const void *x = nullptr;
    long long ldx = 0; // elements between rows of X (>= k)
    const void *w = nullptr;
    DType wType = DType::BF16;
    float wScale = 1.0f; // per-tensor scale of E4M3 weights, 1 otherwise
    void *y = nullptr;
    long long ldy = 0;         // elements between rows of Y (>= n)
    DType aType = DType::BF16; // X and Y
    /**
     * FP8 tensor-core GEMM (cuBLASLt "TN"): X is E4M3 as well, with its own per-tensor scale, and Y
     * is aType (BF16). For devices with info().fp8 (the CPU emulates it); m, n, k multiples of 16.
     */
    bool xE4m3 = false;
    float xScale = 1.0f;
};

/** Y = X / rms(X) * gamma per row of `cols` elements (all of type t). */
struct NormArgs
{
    const void *x = nullptr;
    const void *gamma = nullptr;
    void *y = nullptr;
    DType t = DType::BF16;
    long long rows = 0, cols = 0;
    float eps = 1e-5f;
};

/**
 * Rows of the fused QKV buffer [rows, rowStride]: q heads, then k heads, then v heads, each of
 * headDim. Row r belongs to sequence r / rowsPerSeq at position posOffset + r % rowsPerSeq.
 */
struct QkvLayout
{
    void *qkv = nullptr;
    DType t = DType::BF16;
    long long rows = 0;
    long long rowStride = 0;
    int heads = 0, kvHeads = 0, headDim = 0;
    int rowsPerSeq = 1;
    int posOffset = 0;
};

/** KV cache of one layer: K and V each [sequences, kvHeads, maxContext, headDim]. */
struct KvCache
{
    void *k = nullptr;
    void *v = nullptr;
    int maxContext = 0;
};

/** Llama "rotate half" rotary embedding applied in place to the q and k heads. */
struct RotaryArgs
{
    QkvLayout qkv;
    float theta = 500000.0f;
};

/**
 * out[r, h*headDim + d] = softmax_j(q_r,h . k_j / sqrt(headDim)) v_j over the keys of the row's
 * sequence at positions 0 .. its own position (inclusive); k/v head = h / (heads / kvHeads).
 */
struct AttentionArgs
{
    QkvLayout qkv;
    KvCache cache;
    void *out = nullptr; // [rows, heads*headDim], type qkv.t
};

class Backend
{
public:
    virtual ~Backend() = default;
    virtual const DeviceInfo &info() const = 0;

    virtual void *alloc(size_t bytes) = 0;
    virtual void release(void *p) = 0;
    virtual void upload(void *dst, const void *src, size_t bytes) = 0;
    virtual void download(void *dst, const void *src, size_t bytes) = 0;
    /** Element i = storeSynthetic(t, i, seed, amplitude, invScale) (numerics.h), identical everywhere. */
    virtual void fillSynthetic(void *dst, DType t, size_t count, uint64_t seed, float amplitude,
                               float invScale) = 0;
    /** Every byte = value; 0xff is NaN in all four storage types (poison). */
    virtual void fillBytes(void *dst, uint8_t value, size_t bytes) = 0;

    virtual void gemm(const GemmArgs &a) = 0;
    virtual void rmsNorm(const NormArgs &a) = 0;
    virtual void rotary(const RotaryArgs &a) = 0;
    /** Writes the k and v heads of each row into the cache at the row's position. */
    virtual void appendKv(const QkvLayout &qkv, const KvCache &cache) = 0;
    virtual void attention(const AttentionArgs &a) = 0;
    /** out[r, i] = silu(gu[r, i]) * gu[r, ffn + i] for gu [rows, 2*ffn]. */
    virtual void siluMul(const void *gateUp, void *out, DType t, long long rows, long long ffn) = 0;
    /** acc[i] += x[i]. */
    virtual void addInPlace(void *acc, const void *x, DType t, size_t count) = 0;
    /** out[r, :] = table[tokens[r], :] for tokens (int32, device memory). */
    virtual void embed(const int32_t *tokens, const void *table, void *out, DType t, long long rows,
                       long long hidden) = 0;
    virtual void copy(void *dst, const void *src, size_t bytes) = 0;
    /** Reads all bytes with wide loads (the GEMV access pattern); writes their float sum to *sink. */
    virtual void readStream(const void *src, size_t bytes, float *sink) = 0;

    virtual void synchronize() = 0;
    /** Evicts the caches a cold sample must not profit from (L2 on a GPU, the LLC on a CPU). */
    virtual void flushCaches() = 0;
    /** Device seconds that `reps` back-to-back runs of `work` take (one event pair). */
    virtual double time(const std::function<void()> &work, int reps) = 0;
    /** Records `work` once as a replayable graph; returns its id (a CUDA graph on the GPU). */
    virtual int captureGraph(const std::function<void()> &work) = 0;
    virtual void replayGraph(int id) = 0;
    virtual void destroyGraph(int id) = 0;
    /** The current SM clock measured by a probe kernel, MHz; 0 where unknown (the CPU). */
    virtual double sampleClockMHz() { return 0.0; }
};

/** The plugin's entry point; abi must equal kBackendAbi. Returns nullptr and an error text when
 *  there is no usable device. */
constexpr int kBackendAbi = 1;
using CreateBackendFn = Backend *(*)(int abi, char *error, size_t errorSize);
inline constexpr const char *kCudaEntryPoint = "ea_trials_create_cuda_backend";
inline constexpr const char *kCudaPluginName = "libedgeatlas_trials_cuda.so";
inline constexpr const char *kCudaPluginEnv = "EA_TRIALS_CUDA_PLUGIN";

} // namespace ea::trials
