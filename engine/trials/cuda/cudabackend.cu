// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA backend plugin (libedgeatlas_trials_cuda.so): device memory, one non-default stream,
// cuBLAS for GEMMs with M > 8, own kernels for the rest, CUDA graphs, events for timing.

#include "engine/trials/backend.h"
#include "engine/trials/cuda/cudakernels.cuh"

#include <cublasLt.h>
#include <cublas_v2.h>
#include <cuda_runtime.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <tuple>

namespace ea::trials {

namespace {

void cublasCheck(cublasStatus_t s, const char *what, int line)
{
    if (s != CUBLAS_STATUS_SUCCESS)
        throw BackendError(std::string("cublas: ") + what + ": status " +
                           std::to_string(static_cast<int>(s)) +
                           " at cudabackend.cu:" + std::to_string(line));
}
#define EA_CUBLAS(call) cublasCheck((call), #call, __LINE__)

cudaDataType_t cudaType(DType t)
{
    switch (t) {
    case DType::F32:
        return CUDA_R_32F;
    case DType::F16:
        return CUDA_R_16F;
    case DType::BF16:
        return CUDA_R_16BF;
    case DType::E4M3:
        return CUDA_R_8F_E4M3;
    }
    return CUDA_R_32F;
}

std::string versionText(int v)
{
    return std::to_string(v / 1000) + "." + std::to_string((v % 1000) / 10);
}

} // namespace

class CudaBackend final : public Backend
{
public:
    explicit CudaBackend(int device) : m_device(device)
    {
        EA_CUDA(cudaSetDevice(device));
        cudaDeviceProp p{};
        EA_CUDA(cudaGetDeviceProperties(&p, device));
        int memClockKHz = 0, busBits = 0, l2 = 0;
        EA_CUDA(cudaDeviceGetAttribute(&memClockKHz, cudaDevAttrMemoryClockRate, device));
        EA_CUDA(cudaDeviceGetAttribute(&busBits, cudaDevAttrGlobalMemoryBusWidth, device));
        EA_CUDA(cudaDeviceGetAttribute(&l2, cudaDevAttrL2CacheSize, device));
        int driver = 0, runtime = 0;
        cudaDriverGetVersion(&driver);
        cudaRuntimeGetVersion(&runtime);
        m_info.backend = "cuda";
        m_info.device = p.name;
        m_info.driver = "CUDA driver API " + versionText(driver);
        m_info.runtime = "CUDA runtime " + versionText(runtime);
        m_info.computeUnits = p.multiProcessorCount;
        m_info.computeCapability = p.major * 10 + p.minor;
        m_info.l2Bytes = l2;
        m_info.memoryBytes = static_cast<double>(p.totalGlobalMem);
        m_info.specBandwidthBps = 2.0 * memClockKHz * 1e3 * busBits / 8.0;
        m_info.fp8 = m_info.computeCapability >= 89;
        EA_CUDA(cudaStreamCreateWithFlags(&m_stream, cudaStreamNonBlocking));
        EA_CUDA(cudaEventCreate(&m_start));
        EA_CUDA(cudaEventCreate(&m_stop));
        EA_CUBLAS(cublasCreate(&m_cublas));
        EA_CUBLAS(cublasSetStream(m_cublas, m_stream));
        // A workspace of our own, so cuBLAS never allocates while a graph is being captured.
        EA_CUDA(cudaMalloc(&m_cublasWorkspace, kCublasWorkspace));
        EA_CUBLAS(cublasSetWorkspace(m_cublas, m_cublasWorkspace, kCublasWorkspace));
        EA_CUBLAS(cublasLtCreate(&m_lt)); // shares the workspace: same stream, never concurrent
        int major = 0, minor = 0, patch = 0;
        cublasGetProperty(MAJOR_VERSION, &major);
        cublasGetProperty(MINOR_VERSION, &minor);
        cublasGetProperty(PATCH_LEVEL, &patch);
        m_info.blas =
            "cuBLAS " + std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(patch);
        m_flushBytes = static_cast<size_t>(std::max(2.0 * l2, 64.0 * 1024 * 1024));
        EA_CUDA(cudaMalloc(&m_flush, m_flushBytes));
        EA_CUDA(cudaMalloc(&m_dequant, kDequantBytes));
        EA_CUDA(cudaMalloc(&m_attnWorkspace, kAttnWorkspaceFloats * sizeof(float)));
        EA_CUDA(cudaMalloc(&m_clockScratch, sizeof(double)));
    }

    ~CudaBackend() override
    {
        cudaStreamSynchronize(m_stream);
        for (auto &[id, exec] : m_graphs)
            cudaGraphExecDestroy(exec);
        for (auto &[key, plan] : m_ltPlans)
            destroyPlan(plan);
        cublasLtDestroy(m_lt);
        cudaFree(m_clockScratch);
        cudaFree(m_attnWorkspace);
        cudaFree(m_dequant);
        cudaFree(m_flush);
        cublasDestroy(m_cublas);
        cudaFree(m_cublasWorkspace);
        cudaEventDestroy(m_stop);
        cudaEventDestroy(m_start);
        cudaStreamDestroy(m_stream);
    }

    const DeviceInfo &info() const override { return m_info; }

    void *alloc(size_t bytes) override
    {
        void *p = nullptr;
        const cudaError_t e = cudaMalloc(&p, std::max<size_t>(bytes, 16));
        if (e != cudaSuccess)
            throw BackendError("cuda: cannot allocate " + std::to_string(bytes) +
                               " bytes: " + cudaGetErrorString(e));
        return p;
    }
    void release(void *p) override { EA_CUDA(cudaFree(p)); }
    void upload(void *dst, const void *src, size_t bytes) override
    {
        EA_CUDA(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyHostToDevice, m_stream));
        EA_CUDA(cudaStreamSynchronize(m_stream));
    }
    void download(void *dst, const void *src, size_t bytes) override
    {
        EA_CUDA(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToHost, m_stream));
        EA_CUDA(cudaStreamSynchronize(m_stream));
    }
    void fillSynthetic(void *dst, DType t, size_t count, uint64_t seed, float amplitude,
                       float invScale) override
    {
        cuda::fillSynthetic(dst, t, count, seed, amplitude, invScale, m_stream);
    }
    void fillBytes(void *dst, uint8_t value, size_t bytes) override
    {
        EA_CUDA(cudaMemsetAsync(dst, value, bytes, m_stream));
    }

    void gemm(const GemmArgs &a) override
    {
        if (a.m <= 0 || a.n <= 0 || a.k <= 0)
            return;
        if (a.xE4m3) {
            gemmFp8Tensor(a);
            return;
        }
        if (a.m <= 8) {
            cuda::gemv(a, m_stream);
            return;
        }
        const float beta = 0.0f;
        if (a.wType != DType::E4M3) {
            const float alpha = a.wScale;
            // Row-major Y[M,N] = X[M,K] W[N,K]^T is column-major Y^T = W^T(op T) X^T.
            EA_CUBLAS(cublasGemmEx(m_cublas, CUBLAS_OP_T, CUBLAS_OP_N, static_cast<int>(a.n),
                                   static_cast<int>(a.m), static_cast<int>(a.k), &alpha, a.w,
                                   cudaType(a.wType), static_cast<int>(a.k), a.x, cudaType(a.aType),
                                   static_cast<int>(a.ldx), &beta, a.y, cudaType(a.aType),
                                   static_cast<int>(a.ldy), CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT));
            return;
        }
        if (a.aType != DType::BF16)
            throw BackendError("cuda: E4M3 weights need BF16 activations");
        // FP8 weights, M > 8: dequantise panels of W to BF16 (exact), BF16 GEMM with alpha = scale.
        const long long panel = std::max<long long>(16, static_cast<long long>(kDequantBytes / 2) / a.k);
        for (long long n0 = 0; n0 < a.n; n0 += panel) {
            const long long pn = std::min(panel, a.n - n0);
            cuda::dequantE4m3ToBf16(static_cast<const uint8_t *>(a.w) + n0 * a.k, m_dequant,
                                    static_cast<size_t>(pn * a.k), m_stream);
            const float alpha = a.wScale;
            EA_CUBLAS(cublasGemmEx(
                m_cublas, CUBLAS_OP_T, CUBLAS_OP_N, static_cast<int>(pn), static_cast<int>(a.m),
                static_cast<int>(a.k), &alpha, m_dequant, CUDA_R_16BF, static_cast<int>(a.k), a.x,
                CUDA_R_16BF, static_cast<int>(a.ldx), &beta, static_cast<uint16_t *>(a.y) + n0, CUDA_R_16BF,
                static_cast<int>(a.ldy), CUBLAS_COMPUTE_32F, CUBLAS_GEMM_DEFAULT));
        }
    }
    void rmsNorm(const NormArgs &a) override { cuda::rmsNorm(a, m_stream); }
    void rotary(const RotaryArgs &a) override { cuda::rotary(a, m_stream); }
    void appendKv(const QkvLayout &q, const KvCache &c) override { cuda::appendKv(q, c, m_stream); }
    void attention(const AttentionArgs &a) override
    {
        cuda::attention(a, m_attnWorkspace, kAttnWorkspaceFloats, m_info.computeUnits, m_stream);
    }
    void siluMul(const void *gu, void *out, DType t, long long rows, long long ffn) override
    {
        cuda::siluMul(gu, out, t, rows, ffn, m_stream);
    }
    void addInPlace(void *acc, const void *x, DType t, size_t count) override
    {
        cuda::addInPlace(acc, x, t, count, m_stream);
    }
    void embed(const int32_t *tokens, const void *table, void *out, DType t, long long rows,
               long long hidden) override
    {
        cuda::embed(tokens, table, out, t, rows, hidden, m_stream);
    }
    void copy(void *dst, const void *src, size_t bytes) override
    {
        EA_CUDA(cudaMemcpyAsync(dst, src, bytes, cudaMemcpyDeviceToDevice, m_stream));
    }
    void readStream(const void *src, size_t bytes, float *sink) override
    {
        cuda::readStream(src, bytes, sink, m_stream);
    }

    void synchronize() override { EA_CUDA(cudaStreamSynchronize(m_stream)); }
    void flushCaches() override
    {
        EA_CUDA(cudaMemsetAsync(m_flush, static_cast<int>(++m_flushValue & 0xff), m_flushBytes, m_stream));
    }
    double time(const std::function<void()> &work, int reps) override
    {
        EA_CUDA(cudaEventRecord(m_start, m_stream));
        for (int i = 0; i < reps; ++i)
            work();
        EA_CUDA(cudaEventRecord(m_stop, m_stream));
        EA_CUDA(cudaEventSynchronize(m_stop));
        float ms = 0;
        EA_CUDA(cudaEventElapsedTime(&ms, m_start, m_stop));
        return ms / 1e3;
    }
    int captureGraph(const std::function<void()> &work) override
    {
        cudaGraph_t graph = nullptr;
        EA_CUDA(cudaStreamBeginCapture(m_stream, cudaStreamCaptureModeThreadLocal));
        try {
            work();
        } catch (...) {
            cudaStreamEndCapture(m_stream, &graph);
            if (graph)
                cudaGraphDestroy(graph);
            throw;
        }
        EA_CUDA(cudaStreamEndCapture(m_stream, &graph));
        cudaGraphExec_t exec = nullptr;
        const cudaError_t e = cudaGraphInstantiate(&exec, graph, 0);
        cudaGraphDestroy(graph);
        EA_CUDA(e);
        m_graphs[m_nextGraph] = exec;
        return m_nextGraph++;
    }
    void replayGraph(int id) override
    {
        const auto it = m_graphs.find(id);
        if (it == m_graphs.end())
            throw BackendError("cuda: no graph " + std::to_string(id));
        EA_CUDA(cudaGraphLaunch(it->second, m_stream));
    }
    void destroyGraph(int id) override
    {
        const auto it = m_graphs.find(id);
        if (it == m_graphs.end())
            return;
        EA_CUDA(cudaGraphExecDestroy(it->second));
        m_graphs.erase(it);
    }
    double sampleClockMHz() override { return cuda::sampleClockMHz(m_clockScratch, m_stream); }

private:
    /** E4M3 x E4M3 -> BF16 through cuBLASLt; the heuristic's choice is kept per shape, so a call
     *  inside graph capture only launches. */
    void gemmFp8Tensor(const GemmArgs &a)
    {
        if (!m_info.fp8)
            throw BackendError("cuda: FP8 tensor-core GEMMs need compute capability 8.9 or newer");
        if (a.m % 16 || a.n % 16 || a.k % 16 || a.aType != DType::BF16)
            throw BackendError("cuda: FP8 GEMM needs m, n, k multiples of 16 and a BF16 output");
        const auto key = std::make_tuple(a.m, a.n, a.k, a.ldx, a.ldy);
        auto it = m_ltPlans.find(key);
        if (it == m_ltPlans.end()) {
            LtPlan p{};
            EA_CUBLAS(cublasLtMatmulDescCreate(&p.op, CUBLAS_COMPUTE_32F, CUDA_R_32F));
            const cublasOperation_t ta = CUBLAS_OP_T, tb = CUBLAS_OP_N;
            EA_CUBLAS(cublasLtMatmulDescSetAttribute(p.op, CUBLASLT_MATMUL_DESC_TRANSA, &ta, sizeof ta));
            EA_CUBLAS(cublasLtMatmulDescSetAttribute(p.op, CUBLASLT_MATMUL_DESC_TRANSB, &tb, sizeof tb));
            // Column-major view: W^T (op T of a K x N matrix), X^T (K x M), Y^T (N x M).
            EA_CUBLAS(cublasLtMatrixLayoutCreate(&p.la, CUDA_R_8F_E4M3, a.k, a.n, a.k));
            EA_CUBLAS(cublasLtMatrixLayoutCreate(&p.lb, CUDA_R_8F_E4M3, a.k, a.m, a.ldx));
            EA_CUBLAS(cublasLtMatrixLayoutCreate(&p.lc, CUDA_R_16BF, a.n, a.m, a.ldy));
            cublasLtMatmulPreference_t pref = nullptr;
            EA_CUBLAS(cublasLtMatmulPreferenceCreate(&pref));
            const size_t ws = kCublasWorkspace;
            EA_CUBLAS(cublasLtMatmulPreferenceSetAttribute(pref, CUBLASLT_MATMUL_PREF_MAX_WORKSPACE_BYTES,
                                                           &ws, sizeof ws));
            cublasLtMatmulHeuristicResult_t h{};
            int found = 0;
            const cublasStatus_t st =
                cublasLtMatmulAlgoGetHeuristic(m_lt, p.op, p.la, p.lb, p.lc, p.lc, pref, 1, &h, &found);
            cublasLtMatmulPreferenceDestroy(pref);
            if (st != CUBLAS_STATUS_SUCCESS || found == 0) {
                destroyPlan(p);
                throw BackendError("cublasLt: no FP8 algorithm for this shape (status " +
                                   std::to_string(int(st)) + ")");
            }
            p.algo = h.algo;
            it = m_ltPlans.emplace(key, p).first;
        }
        const LtPlan &p = it->second;
        const float alpha = a.wScale * a.xScale, beta = 0.0f;
        EA_CUBLAS(cublasLtMatmul(m_lt, p.op, &alpha, a.w, p.la, a.x, p.lb, &beta, a.y, p.lc, a.y, p.lc,
                                 &p.algo, m_cublasWorkspace, kCublasWorkspace, m_stream));
    }
    struct LtPlan
    {
        cublasLtMatmulDesc_t op;
        cublasLtMatrixLayout_t la, lb, lc;
        cublasLtMatmulAlgo_t algo;
    };
    static void destroyPlan(LtPlan &p)
    {
        if (p.la)
            cublasLtMatrixLayoutDestroy(p.la);
        if (p.lb)
            cublasLtMatrixLayoutDestroy(p.lb);
        if (p.lc)
            cublasLtMatrixLayoutDestroy(p.lc);
        if (p.op)
            cublasLtMatmulDescDestroy(p.op);
    }

    static constexpr size_t kCublasWorkspace = 32u << 20;
    static constexpr size_t kDequantBytes = 128u << 20;
    static constexpr size_t kAttnWorkspaceFloats = 16u << 20; // 64 MiB
    int m_device = 0;
    DeviceInfo m_info;
    cudaStream_t m_stream = nullptr;
    cudaEvent_t m_start = nullptr, m_stop = nullptr;
    cublasHandle_t m_cublas = nullptr;
    void *m_cublasWorkspace = nullptr;
    void *m_flush = nullptr;
    size_t m_flushBytes = 0;
    unsigned m_flushValue = 0;
    void *m_dequant = nullptr;
    float *m_attnWorkspace = nullptr;
    double *m_clockScratch = nullptr;
    std::map<int, cudaGraphExec_t> m_graphs;
    cublasLtHandle_t m_lt = nullptr;
    std::map<std::tuple<long long, long long, long long, long long, long long>, LtPlan> m_ltPlans;
    int m_nextGraph = 1;
};

} // namespace ea::trials

extern "C" __attribute__((visibility("default"))) ea::trials::Backend *
ea_trials_create_cuda_backend(int abi, char *error, size_t errorSize)
{
    using namespace ea::trials;
    if (abi != kBackendAbi) {
        std::snprintf(error, errorSize, "plugin ABI %d, program ABI %d: rebuild the plugin", kBackendAbi,
                      abi);
        return nullptr;
    }
    int count = 0;
    const cudaError_t e = cudaGetDeviceCount(&count);
    if (e != cudaSuccess || count == 0) {
        std::snprintf(error, errorSize, "cudaGetDeviceCount: %s (%d), %d device(s)",
                      e != cudaSuccess ? cudaGetErrorString(e) : "no device", static_cast<int>(e), count);
        return nullptr;
    }
    try {
        return new CudaBackend(0);
    } catch (const std::exception &ex) {
        std::snprintf(error, errorSize, "%s", ex.what());
        return nullptr;
    }
}
