// SPDX-License-Identifier: GPL-3.0-or-later
// Decode and prefill attention over the KV cache: split-key partials (flash-decoding), then a merge.

#include "engine/trials/cuda/cudadevice.cuh"
#include "engine/trials/cuda/cudakernels.cuh"

namespace ea::trials::cuda {

namespace {

constexpr int kAttnWarps = 4;
constexpr int kMaxGroup = 8;
constexpr int kMaxPerLane = 8; // headDim <= 256

/**
 * Flash-decoding, first pass: block (row, kv head, split); each warp runs an online softmax over
 * every 4th key of the split for all q heads sharing the kv head, and writes (max, sum, acc[d]) per
 * q head to the workspace.
 */
template <DType T>
__global__ void __launch_bounds__(kAttnWarps * 32)
    attnPartialKernel(AttentionArgs a, int splits, long long rowBegin, float *ws)
{
    const QkvLayout &q = a.qkv;
    const int group = q.heads / q.kvHeads, d = q.headDim, per = d / 32;
    const long long r = rowBegin + blockIdx.x / q.kvHeads;
    const int kvh = blockIdx.x % q.kvHeads;
    const int warp = threadIdx.x >> 5, lane = threadIdx.x & 31;
    const long long seq = r / q.rowsPerSeq;
    const long long nk = q.posOffset + r % q.rowsPerSeq + 1;
    const long long chunk = (nk + splits - 1) / splits;
    const long long j0 = blockIdx.y * chunk, j1 = min(nk, j0 + chunk);
    extern __shared__ float qs[]; // [group][d]; scores are scaled by 1/sqrt(d) after the dot product
    const float scale = 1.0f / sqrtf(static_cast<float>(d));
    for (int i = threadIdx.x; i < group * d; i += blockDim.x)
        qs[i] = ld<T>(q.qkv, static_cast<size_t>(r * q.rowStride) + static_cast<size_t>(kvh * group) * d + i);
    __syncthreads();
    float m[kMaxGroup], l[kMaxGroup], acc[kMaxGroup][kMaxPerLane];
#pragma unroll
    for (int g = 0; g < kMaxGroup; ++g) {
        m[g] = -INFINITY;
        l[g] = 0.0f;
#pragma unroll
        for (int e = 0; e < kMaxPerLane; ++e)
            acc[g][e] = 0.0f;
    }
    const size_t base = static_cast<size_t>((seq * q.kvHeads + kvh) * a.cache.maxContext) * d;
    for (long long j = j0 + warp; j < j1; j += kAttnWarps) {
        float kk[kMaxPerLane], vv[kMaxPerLane];
#pragma unroll
        for (int e = 0; e < kMaxPerLane; ++e) {
            if (e < per) {
                kk[e] = ld<T>(a.cache.k, base + j * d + lane + 32 * e);
                vv[e] = ld<T>(a.cache.v, base + j * d + lane + 32 * e);
            }
        }
#pragma unroll
        for (int g = 0; g < kMaxGroup; ++g) {
            if (g >= group)
                break;
            float dot = 0.0f;
#pragma unroll
            for (int e = 0; e < kMaxPerLane; ++e)
                if (e < per)
                    dot = fmaf(qs[g * d + lane + 32 * e], kk[e], dot);
            dot = warpSum(dot) * scale;
            const float mNew = fmaxf(m[g], dot);
            const float corr = expf(m[g] - mNew), p = expf(dot - mNew);
            l[g] = l[g] * corr + p;
#pragma unroll
            for (int e = 0; e < kMaxPerLane; ++e)
                if (e < per)
                    acc[g][e] = acc[g][e] * corr + p * vv[e];
            m[g] = mNew;
        }
    }
    const int parts = splits * kAttnWarps;
    const int part = blockIdx.y * kAttnWarps + warp;
    float *out = ws + ((static_cast<size_t>(blockIdx.x) * parts + part) * group) * (d + 2);
#pragma unroll
    for (int g = 0; g < kMaxGroup; ++g) {
        if (g >= group)
            break;
        float *o = out + static_cast<size_t>(g) * (d + 2);
        if (lane == 0) {
            o[0] = m[g];
            o[1] = l[g];
        }
#pragma unroll
        for (int e = 0; e < kMaxPerLane; ++e)
            if (e < per)
                o[2 + lane + 32 * e] = acc[g][e];
    }
}

/** Second pass: block (row, q head), thread per element of the head: merges the partials. */
template <DType T>
__global__ void attnCombineKernel(AttentionArgs a, int parts, long long rowBegin, const float *ws)
{
    const QkvLayout &q = a.qkv;
    const int group = q.heads / q.kvHeads, d = q.headDim;
    const long long rl = blockIdx.x / q.heads;
    const int h = blockIdx.x % q.heads, kvh = h / group, g = h % group;
    const size_t block = static_cast<size_t>(rl * q.kvHeads + kvh);
    float mx = -INFINITY;
    for (int p = 0; p < parts; ++p)
        mx = fmaxf(mx, ws[((block * parts + p) * group + g) * (d + 2)]);
    for (int e = threadIdx.x; e < d; e += blockDim.x) {
        float sum = 0.0f, acc = 0.0f;
        for (int p = 0; p < parts; ++p) {
            const float *o = ws + ((block * parts + p) * group + g) * (d + 2);
            const float w = o[1] > 0.0f ? expf(o[0] - mx) : 0.0f;
            sum += o[1] * w;
            acc += o[2 + e] * w;
        }
        st<T>(a.out, static_cast<size_t>((rowBegin + rl) * q.heads + h) * d + e, acc / sum);
    }
}

template <DType T> struct AttnL
{
    static void run(const AttentionArgs &a, int splits, long long row0, long long rowsNow, float *ws,
                    cudaStream_t s)
    {
        const QkvLayout &q = a.qkv;
        const size_t smem = static_cast<size_t>(q.heads / q.kvHeads) * q.headDim * sizeof(float);
        attnPartialKernel<T>
            <<<dim3(static_cast<unsigned>(rowsNow * q.kvHeads), splits), kAttnWarps * 32, smem, s>>>(
                a, splits, row0, ws);
        EA_CUDA(cudaGetLastError());
        attnCombineKernel<T><<<static_cast<unsigned>(rowsNow * q.heads), std::min(q.headDim, 256), 0, s>>>(
            a, splits * kAttnWarps, row0, ws);
    }
};
} // namespace

void attention(const AttentionArgs &a, float *ws, size_t wsFloats, int smCount, cudaStream_t s)
{
    const QkvLayout &q = a.qkv;
    if (q.headDim % 32 != 0 || q.headDim > 32 * kMaxPerLane || q.heads % q.kvHeads != 0 ||
        q.heads / q.kvHeads > kMaxGroup)
        throw BackendError(
            "cuda: attention needs headDim a multiple of 32 up to 256 and at most 8 q heads per kv head");
    const long long maxKeys = q.posOffset + q.rowsPerSeq;
    const long long blocks = q.rows * q.kvHeads;
    int splits = static_cast<int>(std::clamp<long long>((2LL * smCount + blocks - 1) / blocks, 1,
                                                        std::max<long long>(1, maxKeys / 128)));
    auto perRow = [&](int sp) { return static_cast<size_t>(q.heads) * sp * kAttnWarps * (q.headDim + 2); };
    while (splits > 1 && perRow(splits) > wsFloats)
        splits /= 2;
    const long long rowsPerLaunch = std::max<long long>(1, static_cast<long long>(wsFloats / perRow(splits)));
    if (perRow(splits) > wsFloats)
        throw BackendError("cuda: attention workspace too small");
    for (long long r0 = 0; r0 < q.rows; r0 += rowsPerLaunch)
        byType<AttnL>(q.t, a, splits, r0, std::min(rowsPerLaunch, q.rows - r0), ws, s);
    EA_CUDA(cudaGetLastError());
}

} // namespace ea::trials::cuda
