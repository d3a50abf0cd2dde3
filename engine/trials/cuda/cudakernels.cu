// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/cuda/cudadevice.cuh"
#include "engine/trials/cuda/cudakernels.cuh"

#include <cuda_fp8.h>

#include <algorithm>
#include <string>

namespace ea::trials::cuda {

void check(cudaError_t e, const char *what, const char *file, int line)
{
    if (e != cudaSuccess)
        throw BackendError(std::string("cuda: ") + what + ": " + cudaGetErrorString(e) + " (" +
                           std::to_string(e) + ") at " + file + ":" + std::to_string(line));
}

namespace {

__global__ void fillKernel(void *dst, DType t, size_t n, uint64_t seed, float amp, float inv)
{
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x)
        storeSynthetic(dst, t, i, seed, amp, inv);
}

/** The C elements (16 bytes) of weight chunk c, as floats. */
template <DType W> __device__ __forceinline__ void unpack(const uint4 &v, float *out)
{
    constexpr int C = 16 / static_cast<int>(W == DType::F32 ? 4 : W == DType::E4M3 ? 1 : 2);
    const uint32_t words[4] = {v.x, v.y, v.z, v.w};
    if constexpr (W == DType::F32) {
        for (int e = 0; e < C; ++e)
            out[e] = __uint_as_float(words[e]);
    } else if constexpr (W == DType::BF16) {
        for (int e = 0; e < 4; ++e) {
            out[2 * e] = __uint_as_float(words[e] << 16);
            out[2 * e + 1] = __uint_as_float(words[e] & 0xffff0000u);
        }
    } else if constexpr (W == DType::F16) {
        for (int e = 0; e < 4; ++e) {
            out[2 * e] = halfToFloat(static_cast<uint16_t>(words[e] & 0xffffu));
            out[2 * e + 1] = halfToFloat(static_cast<uint16_t>(words[e] >> 16));
        }
    } else {
        for (int e = 0; e < 4; ++e) {
#if defined(__CUDA_ARCH__) && __CUDA_ARCH__ >= 890
            const __half2_raw lo =
                __nv_cvt_fp8x2_to_halfraw2(static_cast<__nv_fp8x2_storage_t>(words[e] & 0xffffu), __NV_E4M3);
            const __half2_raw hi =
                __nv_cvt_fp8x2_to_halfraw2(static_cast<__nv_fp8x2_storage_t>(words[e] >> 16), __NV_E4M3);
            out[4 * e] = halfToFloat(lo.x);
            out[4 * e + 1] = halfToFloat(lo.y);
            out[4 * e + 2] = halfToFloat(hi.x);
            out[4 * e + 3] = halfToFloat(hi.y);
#else
            for (int b = 0; b < 4; ++b)
                out[4 * e + b] = e4m3ToFloat(static_cast<uint8_t>(words[e] >> (8 * b)));
#endif
        }
    }
}

/**
 * One warp per weight row: 16-byte loads of W (4 in flight per lane), FP32 accumulators for up to
 * M activation rows (a.m of them are used), warp reduction, output rounded to A. With vec false
 * (rows of W not 16-byte aligned) every element goes through the scalar loop.
 */
template <DType W, DType A, int M>
__global__ void __launch_bounds__(kThreads) gemvKernel(GemmArgs a, bool vec)
{
    constexpr int C = 16 / static_cast<int>(W == DType::F32 ? 4 : W == DType::E4M3 ? 1 : 2);
    constexpr int U = 4;
    const int lane = threadIdx.x & 31;
    const long long n = blockIdx.x * (long long)(kThreads / 32) + (threadIdx.x >> 5);
    if (n >= a.n)
        return;
    const long long chunks = vec ? a.k / C : 0;
    const uint4 *row = reinterpret_cast<const uint4 *>(static_cast<const char *>(a.w) + n * a.k * (16 / C));
    float acc[M];
    for (int m = 0; m < M; ++m)
        acc[m] = 0.0f;
    for (long long c0 = lane; c0 < chunks; c0 += 32 * U) {
        uint4 v[U];
        for (int u = 0; u < U; ++u) {
            const long long c = c0 + 32LL * u;
            v[u] = c < chunks ? __ldcs(row + c) : make_uint4(0, 0, 0, 0);
        }
        for (int u = 0; u < U; ++u) {
            const long long c = c0 + 32LL * u;
            if (c >= chunks)
                break;
            float w[C];
            unpack<W>(v[u], w);
#pragma unroll
            for (int m = 0; m < M; ++m) {
                if (m >= a.m)
                    break;
                const size_t base = m * a.ldx + c * C;
                for (int e = 0; e < C; ++e)
                    acc[m] = fmaf(w[e], ld<A>(a.x, base + e), acc[m]);
            }
        }
    }
    for (long long k = chunks * C + lane; k < a.k; k += 32) { // tail
        const float w = ld<W>(a.w, n * a.k + k);
#pragma unroll
        for (int m = 0; m < M; ++m)
            if (m < a.m)
                acc[m] = fmaf(w, ld<A>(a.x, m * a.ldx + k), acc[m]);
    }
#pragma unroll
    for (int m = 0; m < M; ++m) {
        if (m >= a.m)
            break;
        const float s = warpSum(acc[m]);
        if (lane == 0)
            st<A>(a.y, m * a.ldy + n, s * a.wScale);
    }
}

template <DType W, DType A> void gemvTyped(const GemmArgs &a, bool vec, cudaStream_t s)
{
    const unsigned blocks = static_cast<unsigned>((a.n + kThreads / 32 - 1) / (kThreads / 32));
    for (long long m0 = 0; m0 < a.m; m0 += 8) {
        GemmArgs part = a;
        part.m = std::min<long long>(8, a.m - m0);
        part.x = static_cast<const char *>(a.x) + m0 * a.ldx * dtypeBytes(A);
        part.y = static_cast<char *>(a.y) + m0 * a.ldy * dtypeBytes(A);
        switch (part.m) {
        case 1:
            gemvKernel<W, A, 1><<<blocks, kThreads, 0, s>>>(part, vec);
            break;
        case 2:
            gemvKernel<W, A, 2><<<blocks, kThreads, 0, s>>>(part, vec);
            break;
        case 3:
        case 4:
            gemvKernel<W, A, 4><<<blocks, kThreads, 0, s>>>(part, vec);
            break;
        default:
            gemvKernel<W, A, 8><<<blocks, kThreads, 0, s>>>(part, vec);
            break;
        }
        EA_CUDA(cudaGetLastError());
    }
}

__global__ void dequantKernel(const uint8_t *src, uint16_t *dst, size_t n)
{
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x)
        dst[i] = floatToBf16(e4m3ToFloat(src[i]));
}

template <DType T> __global__ void rmsNormKernel(NormArgs a)
{
    __shared__ float partial[kThreads / 32];
    const size_t base = blockIdx.x * size_t(a.cols);
    float ss = 0.0f;
    for (long long c = threadIdx.x; c < a.cols; c += blockDim.x) {
        const float v = ld<T>(a.x, base + c);
        ss = fmaf(v, v, ss);
    }
    ss = warpSum(ss);
    if ((threadIdx.x & 31) == 0)
        partial[threadIdx.x >> 5] = ss;
    __syncthreads();
    float total = 0.0f;
    for (int w = 0; w < kThreads / 32; ++w)
        total += partial[w];
    const float inv = 1.0f / sqrtf(total / static_cast<float>(a.cols) + a.eps);
    for (long long c = threadIdx.x; c < a.cols; c += blockDim.x)
        st<T>(a.y, base + c, __fmul_rn(__fmul_rn(ld<T>(a.x, base + c), inv), ld<T>(a.gamma, c)));
}

template <DType T> __global__ void rotaryKernel(QkvLayout q, float theta)
{
    const int half = q.headDim / 2;
    const long long total = q.rows * (q.heads + q.kvHeads) * half;
    for (long long i = blockIdx.x * (long long)blockDim.x + threadIdx.x; i < total;
         i += (long long)gridDim.x * blockDim.x) {
        const int e = static_cast<int>(i % half);
        const long long rh = i / half;
        const int h = static_cast<int>(rh % (q.heads + q.kvHeads));
        const long long r = rh / (q.heads + q.kvHeads);
        const int pos = q.posOffset + static_cast<int>(r % q.rowsPerSeq);
        const double angle = pos * pow(static_cast<double>(theta), -2.0 * e / q.headDim);
        double sn, cs;
        sincos(angle, &sn, &cs);
        const size_t base = static_cast<size_t>(r * q.rowStride) + static_cast<size_t>(h) * q.headDim;
        const double x1 = ld<T>(q.qkv, base + e), x2 = ld<T>(q.qkv, base + e + half);
        st<T>(q.qkv, base + e, static_cast<float>(__dsub_rn(__dmul_rn(x1, cs), __dmul_rn(x2, sn))));
        st<T>(q.qkv, base + e + half, static_cast<float>(__dadd_rn(__dmul_rn(x2, cs), __dmul_rn(x1, sn))));
    }
}

__global__ void appendKvKernel(QkvLayout q, KvCache c, int elemBytes)
{
    const long long total = q.rows * q.kvHeads * q.headDim;
    for (long long i = blockIdx.x * (long long)blockDim.x + threadIdx.x; i < total;
         i += (long long)gridDim.x * blockDim.x) {
        const int d = static_cast<int>(i % q.headDim);
        const int h = static_cast<int>((i / q.headDim) % q.kvHeads);
        const long long r = i / (q.headDim * (long long)q.kvHeads);
        const long long seq = r / q.rowsPerSeq, pos = q.posOffset + r % q.rowsPerSeq;
        const size_t dst = static_cast<size_t>(((seq * q.kvHeads + h) * c.maxContext + pos) * q.headDim + d);
        const size_t src = static_cast<size_t>(r * q.rowStride + (q.heads + h) * (long long)q.headDim + d);
        const size_t vsrc = src + static_cast<size_t>(q.kvHeads) * q.headDim;
        for (int b = 0; b < elemBytes; ++b) {
            static_cast<char *>(c.k)[dst * elemBytes + b] =
                static_cast<const char *>(q.qkv)[src * elemBytes + b];
            static_cast<char *>(c.v)[dst * elemBytes + b] =
                static_cast<const char *>(q.qkv)[vsrc * elemBytes + b];
        }
    }
}

template <DType T> __global__ void siluMulKernel(const void *gu, void *out, long long rows, long long ffn)
{
    for (long long i = blockIdx.x * (long long)blockDim.x + threadIdx.x; i < rows * ffn;
         i += (long long)gridDim.x * blockDim.x) {
        const long long r = i / ffn, c = i % ffn;
        const float g = ld<T>(gu, r * 2 * ffn + c), u = ld<T>(gu, r * 2 * ffn + ffn + c);
        st<T>(out, i, __fmul_rn(__fdiv_rn(g, __fadd_rn(1.0f, expf(-g))), u));
    }
}

template <DType T> __global__ void addKernel(void *acc, const void *x, size_t n)
{
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n; i += size_t(gridDim.x) * blockDim.x)
        st<T>(acc, i, __fadd_rn(ld<T>(acc, i), ld<T>(x, i)));
}

__global__ void embedKernel(const int32_t *tokens, const char *table, char *out, long long rows,
                            size_t rowBytes)
{
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < rows * rowBytes;
         i += size_t(gridDim.x) * blockDim.x) {
        const size_t r = i / rowBytes, b = i % rowBytes;
        out[i] = table[static_cast<size_t>(tokens[r]) * rowBytes + b];
    }
}

__global__ void readKernel(const uint4 *src, size_t n, unsigned *sink)
{
    uint4 a = make_uint4(0, 0, 0, 0);
    for (size_t i = blockIdx.x * size_t(blockDim.x) + threadIdx.x; i < n;
         i += size_t(gridDim.x) * blockDim.x) {
        const uint4 v = __ldcs(src + i);
        a.x ^= v.x;
        a.y ^= v.y;
        a.z ^= v.z;
        a.w ^= v.w;
    }
    const unsigned x = a.x ^ a.y ^ a.z ^ a.w;
    if (x == 0x9e3779b9u) // practically never: keeps the loads without a global atomic per thread
        atomicXor(sink, x);
}

__global__ void clockKernel(double *out)
{
    unsigned long long t0, t1;
    asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t0));
    const long long c0 = clock64();
    long long c1 = c0;
    while (c1 - c0 < 200000)
        c1 = clock64();
    asm volatile("mov.u64 %0, %%globaltimer;" : "=l"(t1));
    *out = t1 > t0 ? static_cast<double>(c1 - c0) / static_cast<double>(t1 - t0) * 1e3 : 0.0;
}

} // namespace

void fillSynthetic(void *dst, DType t, size_t count, uint64_t seed, float amplitude, float invScale,
                   cudaStream_t s)
{
    fillKernel<<<blocksFor(count), kThreads, 0, s>>>(dst, t, count, seed, amplitude, invScale);
    EA_CUDA(cudaGetLastError());
}

void gemv(const GemmArgs &a, cudaStream_t s)
{
    const size_t wb = dtypeBytes(a.wType);
    const bool vec = (a.k * wb) % 16 == 0 && reinterpret_cast<uintptr_t>(a.w) % 16 == 0;
    if (a.wType == DType::F32 && a.aType == DType::F32)
        gemvTyped<DType::F32, DType::F32>(a, vec, s);
    else if (a.wType == DType::F16 && a.aType == DType::F16)
        gemvTyped<DType::F16, DType::F16>(a, vec, s);
    else if (a.wType == DType::BF16 && a.aType == DType::BF16)
        gemvTyped<DType::BF16, DType::BF16>(a, vec, s);
    else if (a.wType == DType::E4M3 && a.aType == DType::BF16)
        gemvTyped<DType::E4M3, DType::BF16>(a, vec, s);
    else
        throw BackendError("cuda: unsupported GEMM type combination");
}

void dequantE4m3ToBf16(const void *src, void *dst, size_t count, cudaStream_t s)
{
    dequantKernel<<<blocksFor(count), kThreads, 0, s>>>(static_cast<const uint8_t *>(src),
                                                        static_cast<uint16_t *>(dst), count);
    EA_CUDA(cudaGetLastError());
}

namespace {
template <DType T> struct NormL
{
    static void run(const NormArgs &a, cudaStream_t s)
    {
        rmsNormKernel<T><<<static_cast<unsigned>(a.rows), kThreads, 0, s>>>(a);
    }
};
template <DType T> struct RotL
{
    static void run(const RotaryArgs &a, cudaStream_t s)
    {
        const size_t n =
            static_cast<size_t>(a.qkv.rows) * (a.qkv.heads + a.qkv.kvHeads) * (a.qkv.headDim / 2);
        rotaryKernel<T><<<blocksFor(n), kThreads, 0, s>>>(a.qkv, a.theta);
    }
};
template <DType T> struct SiluL
{
    static void run(const void *gu, void *out, long long rows, long long ffn, cudaStream_t s)
    {
        siluMulKernel<T><<<blocksFor(static_cast<size_t>(rows * ffn)), kThreads, 0, s>>>(gu, out, rows, ffn);
    }
};
template <DType T> struct AddL
{
    static void run(void *acc, const void *x, size_t n, cudaStream_t s)
    {
        addKernel<T><<<blocksFor(n), kThreads, 0, s>>>(acc, x, n);
    }
};
} // namespace

void rmsNorm(const NormArgs &a, cudaStream_t s)
{
    byType<NormL>(a.t, a, s);
    EA_CUDA(cudaGetLastError());
}

void rotary(const RotaryArgs &a, cudaStream_t s)
{
    byType<RotL>(a.qkv.t, a, s);
    EA_CUDA(cudaGetLastError());
}

void appendKv(const QkvLayout &q, const KvCache &c, cudaStream_t s)
{
    const size_t n = static_cast<size_t>(q.rows) * q.kvHeads * q.headDim;
    appendKvKernel<<<blocksFor(n), kThreads, 0, s>>>(q, c, static_cast<int>(dtypeBytes(q.t)));
    EA_CUDA(cudaGetLastError());
}

void siluMul(const void *gateUp, void *out, DType t, long long rows, long long ffn, cudaStream_t s)
{
    byType<SiluL>(t, gateUp, out, rows, ffn, s);
    EA_CUDA(cudaGetLastError());
}

void addInPlace(void *acc, const void *x, DType t, size_t count, cudaStream_t s)
{
    byType<AddL>(t, acc, x, count, s);
    EA_CUDA(cudaGetLastError());
}

void embed(const int32_t *tokens, const void *table, void *out, DType t, long long rows, long long hidden,
           cudaStream_t s)
{
    const size_t rowBytes = static_cast<size_t>(hidden) * dtypeBytes(t);
    embedKernel<<<blocksFor(rows * rowBytes), kThreads, 0, s>>>(tokens, static_cast<const char *>(table),
                                                                static_cast<char *>(out), rows, rowBytes);
    EA_CUDA(cudaGetLastError());
}

void readStream(const void *src, size_t bytes, float *sink, cudaStream_t s)
{
    readKernel<<<blocksFor(bytes / 16), kThreads, 0, s>>>(static_cast<const uint4 *>(src), bytes / 16,
                                                          reinterpret_cast<unsigned *>(sink));
    EA_CUDA(cudaGetLastError());
}

double sampleClockMHz(double *scratch, cudaStream_t s)
{
    clockKernel<<<1, 1, 0, s>>>(scratch);
    EA_CUDA(cudaGetLastError());
    double mhz = 0;
    EA_CUDA(cudaMemcpyAsync(&mhz, scratch, sizeof mhz, cudaMemcpyDeviceToHost, s));
    EA_CUDA(cudaStreamSynchronize(s));
    return mhz;
}

} // namespace ea::trials::cuda
