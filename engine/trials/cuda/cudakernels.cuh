// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The CUDA backend's own kernels (cuBLAS does the large GEMMs). Launchers enqueue on `stream` and
// check the launch; they throw BackendError on a CUDA error.

#include "engine/trials/backend.h"

#include <cuda_runtime.h>

namespace ea::trials::cuda {

void check(cudaError_t e, const char *what, const char *file, int line);
#define EA_CUDA(call) ::ea::trials::cuda::check((call), #call, __FILE__, __LINE__)

void fillSynthetic(void *dst, DType t, size_t count, uint64_t seed, float amplitude, float invScale,
                   cudaStream_t s);
/** Weight-streaming GEMV/skinny GEMM for m <= 8, dequantising E4M3 in registers. */
void gemv(const GemmArgs &a, cudaStream_t s);
/** dst[i] = (bf16) e4m3 src[i] (exact; the tensor scale is applied by the GEMM's alpha). */
void dequantE4m3ToBf16(const void *src, void *dst, size_t count, cudaStream_t s);
void rmsNorm(const NormArgs &a, cudaStream_t s);
void rotary(const RotaryArgs &a, cudaStream_t s);
void appendKv(const QkvLayout &q, const KvCache &c, cudaStream_t s);
/** Split-key attention (flash-decoding); workspace holds the partial results (floats). */
void attention(const AttentionArgs &a, float *workspace, size_t workspaceFloats, int smCount, cudaStream_t s);
void siluMul(const void *gateUp, void *out, DType t, long long rows, long long ffn, cudaStream_t s);
void addInPlace(void *acc, const void *x, DType t, size_t count, cudaStream_t s);
void embed(const int32_t *tokens, const void *table, void *out, DType t, long long rows, long long hidden,
           cudaStream_t s);
void readStream(const void *src, size_t bytes, float *sink, cudaStream_t s);
/** SM clock from clock64() against %globaltimer over ~200k cycles, MHz (synchronises the stream). */
double sampleClockMHz(double *scratchDevice, cudaStream_t s);

} // namespace ea::trials::cuda
