// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Device helpers shared by the CUDA backend's kernel files (typed loads and stores through the
// numerics.h converters, warp sums, launch sizes, per-type dispatch).

#include "engine/trials/backend.h"

#include <cuda_runtime.h>

#include <algorithm>

namespace ea::trials::cuda {
namespace {

constexpr int kThreads = 256;

unsigned blocksFor(size_t n, int perBlock = kThreads)
{
    return static_cast<unsigned>(std::min<size_t>((n + perBlock - 1) / perBlock, 65535u * 16));
}

template <DType T> __device__ __forceinline__ float ld(const void *p, size_t i)
{
    return loadAsFloat(p, T, i);
}

template <DType T> __device__ __forceinline__ void st(void *p, size_t i, float v)
{
    storeFromFloat(p, T, i, v);
}

__device__ __forceinline__ float warpSum(float v)
{
    for (int o = 16; o > 0; o >>= 1)
        v += __shfl_xor_sync(0xffffffffu, v, o);
    return v;
}

template <template <DType> class F, typename... Args> void byType(DType t, Args &&...args)
{
    switch (t) {
    case DType::F32:
        F<DType::F32>::run(args...);
        break;
    case DType::F16:
        F<DType::F16>::run(args...);
        break;
    case DType::BF16:
        F<DType::BF16>::run(args...);
        break;
    case DType::E4M3:
        throw BackendError("cuda: E4M3 activations are not supported");
    }
}

} // namespace
} // namespace ea::trials::cuda
