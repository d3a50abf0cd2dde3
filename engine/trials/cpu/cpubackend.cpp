// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/cpu/cpubackend.h"

#include "engine/trials/cpu/cpukernels.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <string>
#include <thread>
#include <unistd.h>

#ifdef EA_TRIALS_HAVE_OPENBLAS
#include <cblas.h>
#endif

namespace ea::trials {

namespace {

std::string cpuModelName()
{
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            const auto colon = line.find(':');
            if (colon != std::string::npos)
                return line.substr(line.find_first_not_of(' ', colon + 1));
        }
    }
    return "unknown CPU";
}

double lastLevelCacheBytes()
{
    // sysfs first: in a VM, sysconf can report the whole host's L3 (here 384 MiB for 2 vCPUs).
    std::ifstream in("/sys/devices/system/cpu/cpu0/cache/index3/size");
    long long value = 0;
    std::string unit;
    if (in >> value && value > 0) {
        in >> unit;
        const double scale = unit.rfind('K', 0) == 0 ? 1024.0 : unit.rfind('M', 0) == 0 ? 1024.0 * 1024 : 1.0;
        return static_cast<double>(value) * scale;
    }
#ifdef _SC_LEVEL3_CACHE_SIZE
    const long l3 = sysconf(_SC_LEVEL3_CACHE_SIZE);
    if (l3 > 0)
        return static_cast<double>(l3);
#endif
    return 32.0 * 1024 * 1024;
}

char *bytePtr(void *p, size_t offsetBytes)
{
    return static_cast<char *>(p) + offsetBytes;
}
const char *bytePtr(const void *p, size_t offsetBytes)
{
    return static_cast<const char *>(p) + offsetBytes;
}

} // namespace

CpuBackend::CpuBackend(int threads)
{
    if (threads <= 0)
        threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    m_pool = std::make_unique<ThreadPool>(threads);
    m_info.backend = "cpu";
    m_info.device = cpuModelName();
    m_info.computeUnits = threads;
    m_info.l2Bytes = lastLevelCacheBytes();
    m_info.memoryBytes =
        static_cast<double>(sysconf(_SC_PHYS_PAGES)) * static_cast<double>(sysconf(_SC_PAGE_SIZE));
    m_info.fp8 = false;
    m_info.runtime = std::string("kernels ") + cpukernels::best().name;
#ifdef EA_TRIALS_HAVE_OPENBLAS
    openblas_set_num_threads(threads);
    m_info.blas = openblas_get_config();
#else
    m_info.blas = "none (built-in kernels only)";
#endif
}

CpuBackend::~CpuBackend() = default;

void *CpuBackend::alloc(size_t bytes)
{
    void *p = std::aligned_alloc(64, (std::max<size_t>(bytes, 1) + 63) / 64 * 64);
    if (!p)
        throw BackendError("cpu: out of memory allocating " + std::to_string(bytes) + " bytes");
    return p;
}

void CpuBackend::release(void *p)
{
    std::free(p);
}

void CpuBackend::upload(void *dst, const void *src, size_t bytes)
{
    std::memcpy(dst, src, bytes);
}

void CpuBackend::download(void *dst, const void *src, size_t bytes)
{
    std::memcpy(dst, src, bytes);
}

void CpuBackend::fillSynthetic(void *dst, DType t, size_t count, uint64_t seed, float amplitude,
                               float invScale)
{
    m_pool->parallelFor(count, 4096, [&](size_t b, size_t e) {
        for (size_t i = b; i < e; ++i)
            storeSynthetic(dst, t, i, seed, amplitude, invScale);
    });
}

void CpuBackend::fillBytes(void *dst, uint8_t value, size_t bytes)
{
    m_pool->parallelFor(bytes, 1 << 20,
                        [&](size_t b, size_t e) { std::memset(bytePtr(dst, b), value, e - b); });
}

float *CpuBackend::scratch(std::vector<float> &v, size_t n)
{
    if (v.size() < n)
        v.resize(n);
    return v.data();
}

void CpuBackend::gemmSkinny(const GemmArgs &a, const float *xf)
{
    const auto &kern = cpukernels::best();
    const size_t wb = dtypeBytes(a.wType);
    // Chunks of at least ~64k multiply-adds: waking a worker costs more than a smaller chunk saves.
    const size_t grain = std::max<size_t>(8, 65536 / static_cast<size_t>(a.k * a.m));
    m_pool->parallelFor(static_cast<size_t>(a.n), grain, [&](size_t n0, size_t n1) {
        float out[4];
        for (size_t n = n0; n < n1; ++n) {
            const void *row = bytePtr(a.w, n * static_cast<size_t>(a.k) * wb);
            for (long long m0 = 0; m0 < a.m; m0 += 4) {
                const int mc = static_cast<int>(std::min<long long>(4, a.m - m0));
                kern.rowDots(row, a.wType, static_cast<size_t>(a.k), xf + m0 * a.k, static_cast<size_t>(a.k),
                             mc, out);
                for (int j = 0; j < mc; ++j)
                    storeFromFloat(a.y, a.aType, static_cast<size_t>((m0 + j) * a.ldy) + n,
                                   out[j] * a.wScale);
            }
        }
    });
}

void CpuBackend::gemm(const GemmArgs &args)
{
    if (args.m <= 0 || args.n <= 0 || args.k <= 0)
        return;
    GemmArgs a = args;
    const DType xType = a.xE4m3 ? DType::E4M3 : a.aType;
    if (a.xE4m3)
        a.wScale = a.wScale * a.xScale; // both tensor scales applied once, like the GPU's alpha
    const auto &kern = cpukernels::best();
    const size_t ab = dtypeBytes(xType);
    float *xf = scratch(m_xf, static_cast<size_t>(a.m * a.k));
    m_pool->parallelFor(static_cast<size_t>(a.m), std::max<size_t>(1, 65536 / static_cast<size_t>(a.k)),
                        [&](size_t r0, size_t r1) {
                            for (size_t r = r0; r < r1; ++r)
                                kern.toFloat(bytePtr(a.x, r * static_cast<size_t>(a.ldx) * ab), xType,
                                             static_cast<size_t>(a.k), xf + r * a.k);
                        });
#ifdef EA_TRIALS_HAVE_OPENBLAS
    if (a.m > 16 && a.m * a.n * a.k >= (1LL << 22)) {
        float *yf = scratch(m_yf, static_cast<size_t>(a.m * a.n));
        const long long panel = a.wType == DType::F32 ? a.n : 512;
        const size_t wb = dtypeBytes(a.wType);
        for (long long n0 = 0; n0 < a.n; n0 += panel) {
            const long long pn = std::min(panel, a.n - n0);
            const float *wf = static_cast<const float *>(a.w) + (a.wType == DType::F32 ? n0 * a.k : 0);
            if (a.wType != DType::F32) {
                float *buf = scratch(m_wf, static_cast<size_t>(pn * a.k));
                m_pool->parallelFor(static_cast<size_t>(pn), 4, [&](size_t r0, size_t r1) {
                    for (size_t r = r0; r < r1; ++r)
                        kern.toFloat(
                            bytePtr(a.w, (static_cast<size_t>(n0) + r) * static_cast<size_t>(a.k) * wb),
                            a.wType, static_cast<size_t>(a.k), buf + r * a.k);
                });
                wf = buf;
            }
            cblas_sgemm(CblasRowMajor, CblasNoTrans, CblasTrans, static_cast<int>(a.m), static_cast<int>(pn),
                        static_cast<int>(a.k), a.wScale, xf, static_cast<int>(a.k), wf, static_cast<int>(a.k),
                        0.0f, yf + n0, static_cast<int>(a.n));
        }
        m_pool->parallelFor(static_cast<size_t>(a.m), 1, [&](size_t r0, size_t r1) {
            for (size_t r = r0; r < r1; ++r)
                for (long long n = 0; n < a.n; ++n)
                    storeFromFloat(a.y, a.aType, r * static_cast<size_t>(a.ldy) + n, yf[r * a.n + n]);
        });
        return;
    }
#endif
    gemmSkinny(a, xf);
}

void CpuBackend::rmsNorm(const NormArgs &a)
{
    m_pool->parallelFor(static_cast<size_t>(a.rows), std::max<size_t>(1, 32768 / static_cast<size_t>(a.cols)),
                        [&](size_t r0, size_t r1) {
                            for (size_t r = r0; r < r1; ++r) {
                                const size_t base = r * static_cast<size_t>(a.cols);
                                float ss = 0.0f;
                                for (long long c = 0; c < a.cols; ++c) {
                                    const float v = loadAsFloat(a.x, a.t, base + c);
                                    ss += v * v;
                                }
                                const float inv = 1.0f / std::sqrt(ss / static_cast<float>(a.cols) + a.eps);
                                for (long long c = 0; c < a.cols; ++c)
                                    storeFromFloat(a.y, a.t, base + c,
                                                   loadAsFloat(a.x, a.t, base + c) * inv *
                                                       loadAsFloat(a.gamma, a.t, c));
                            }
                        });
}

void CpuBackend::rotary(const RotaryArgs &a)
{
    const QkvLayout &q = a.qkv;
    const int half = q.headDim / 2;
    const size_t perRow = static_cast<size_t>(q.heads + q.kvHeads) * q.headDim;
    m_pool->parallelFor(
        static_cast<size_t>(q.rows), std::max<size_t>(1, 4096 / perRow), [&](size_t r0, size_t r1) {
            for (size_t r = r0; r < r1; ++r) {
                const int pos = q.posOffset + static_cast<int>(r % static_cast<size_t>(q.rowsPerSeq));
                for (int h = 0; h < q.heads + q.kvHeads; ++h) {
                    const size_t base =
                        r * static_cast<size_t>(q.rowStride) + static_cast<size_t>(h) * q.headDim;
                    for (int i = 0; i < half; ++i) {
                        const double angle =
                            pos * std::pow(static_cast<double>(a.theta), -2.0 * i / q.headDim);
                        const double c = std::cos(angle), s = std::sin(angle);
                        const double x1 = loadAsFloat(q.qkv, q.t, base + i);
                        const double x2 = loadAsFloat(q.qkv, q.t, base + i + half);
                        storeFromFloat(q.qkv, q.t, base + i, static_cast<float>(x1 * c - x2 * s));
                        storeFromFloat(q.qkv, q.t, base + i + half, static_cast<float>(x2 * c + x1 * s));
                    }
                }
            }
        });
}

void CpuBackend::appendKv(const QkvLayout &q, const KvCache &cache)
{
    const size_t eb = dtypeBytes(q.t);
    const size_t headBytes = static_cast<size_t>(q.headDim) * eb;
    for (long long r = 0; r < q.rows; ++r) {
        const long long seq = r / q.rowsPerSeq;
        const long long pos = q.posOffset + r % q.rowsPerSeq;
        for (int h = 0; h < q.kvHeads; ++h) {
            const size_t dst =
                static_cast<size_t>(((seq * q.kvHeads + h) * cache.maxContext + pos)) * headBytes;
            const size_t src =
                (static_cast<size_t>(r * q.rowStride) + static_cast<size_t>(q.heads + h) * q.headDim) * eb;
            std::memcpy(bytePtr(cache.k, dst), bytePtr(q.qkv, src), headBytes);
            std::memcpy(bytePtr(cache.v, dst),
                        bytePtr(q.qkv, src + static_cast<size_t>(q.kvHeads) * headBytes), headBytes);
        }
    }
}

void CpuBackend::attention(const AttentionArgs &a)
{
    const QkvLayout &q = a.qkv;
    const int group = q.heads / q.kvHeads;
    const int d = q.headDim;
    const size_t eb = dtypeBytes(q.t);
    const float scale = 1.0f / std::sqrt(static_cast<float>(d));
    const auto &kern = cpukernels::best();
    const size_t tasks = static_cast<size_t>(q.rows) * q.kvHeads;
    const size_t perTask = static_cast<size_t>(q.posOffset + q.rowsPerSeq) * d * group;
    m_pool->parallelFor(tasks, std::max<size_t>(1, 65536 / perTask), [&](size_t t0, size_t t1) {
        std::vector<float> qf(static_cast<size_t>(group) * d), acc(static_cast<size_t>(group) * d), scores;
        for (size_t t = t0; t < t1; ++t) {
            const long long r = static_cast<long long>(t) / q.kvHeads;
            const int kvh = static_cast<int>(t % q.kvHeads);
            const long long seq = r / q.rowsPerSeq;
            const long long keys = q.posOffset + r % q.rowsPerSeq + 1;
            const size_t cacheBase = static_cast<size_t>((seq * q.kvHeads + kvh) * a.cache.maxContext) * d;
            for (int g = 0; g < group; ++g)
                kern.toFloat(bytePtr(q.qkv, (static_cast<size_t>(r * q.rowStride) +
                                             static_cast<size_t>(kvh * group + g) * d) *
                                                eb),
                             q.t, static_cast<size_t>(d), qf.data() + static_cast<size_t>(g) * d);
            scores.assign(static_cast<size_t>(group * keys), 0.0f);
            float out[4];
            for (long long j = 0; j < keys; ++j) {
                const void *krow = bytePtr(a.cache.k, (cacheBase + static_cast<size_t>(j) * d) * eb);
                for (int g0 = 0; g0 < group; g0 += 4) {
                    const int gc = std::min(4, group - g0);
                    kern.rowDots(krow, q.t, static_cast<size_t>(d), qf.data() + static_cast<size_t>(g0) * d,
                                 static_cast<size_t>(d), gc, out);
                    for (int g = 0; g < gc; ++g)
                        scores[static_cast<size_t>((g0 + g) * keys + j)] = out[g] * scale;
                }
            }
            std::fill(acc.begin(), acc.end(), 0.0f);
            std::vector<float> sums(static_cast<size_t>(group));
            for (int g = 0; g < group; ++g) {
                float *s = scores.data() + static_cast<size_t>(g) * keys;
                const float mx = *std::max_element(s, s + keys);
                float sum = 0.0f;
                for (long long j = 0; j < keys; ++j) {
                    s[j] = std::exp(s[j] - mx);
                    sum += s[j];
                }
                sums[static_cast<size_t>(g)] = sum;
            }
            for (long long j = 0; j < keys; ++j) {
                const void *vrow = bytePtr(a.cache.v, (cacheBase + static_cast<size_t>(j) * d) * eb);
                for (int g = 0; g < group; ++g)
                    kern.rowAxpy(vrow, q.t, static_cast<size_t>(d), scores[static_cast<size_t>(g * keys + j)],
                                 acc.data() + static_cast<size_t>(g) * d);
            }
            for (int g = 0; g < group; ++g) {
                const size_t o =
                    static_cast<size_t>(r) * q.heads * d + static_cast<size_t>(kvh * group + g) * d;
                const float inv = 1.0f / sums[static_cast<size_t>(g)];
                for (int i = 0; i < d; ++i)
                    storeFromFloat(a.out, q.t, o + i, acc[static_cast<size_t>(g) * d + i] * inv);
            }
        }
    });
}

void CpuBackend::siluMul(const void *gateUp, void *out, DType t, long long rows, long long ffn)
{
    m_pool->parallelFor(static_cast<size_t>(rows * ffn), 32768, [&](size_t b, size_t e) {
        for (size_t i = b; i < e; ++i) {
            const size_t r = i / static_cast<size_t>(ffn), c = i % static_cast<size_t>(ffn);
            const float g = loadAsFloat(gateUp, t, r * 2 * ffn + c);
            const float u = loadAsFloat(gateUp, t, r * 2 * ffn + ffn + c);
            storeFromFloat(out, t, i, g / (1.0f + std::exp(-g)) * u);
        }
    });
}

void CpuBackend::addInPlace(void *acc, const void *x, DType t, size_t count)
{
    m_pool->parallelFor(count, 32768, [&](size_t b, size_t e) {
        for (size_t i = b; i < e; ++i)
            storeFromFloat(acc, t, i, loadAsFloat(acc, t, i) + loadAsFloat(x, t, i));
    });
}

void CpuBackend::embed(const int32_t *tokens, const void *table, void *out, DType t, long long rows,
                       long long hidden)
{
    const size_t rowBytes = static_cast<size_t>(hidden) * dtypeBytes(t);
    for (long long r = 0; r < rows; ++r)
        std::memcpy(bytePtr(out, static_cast<size_t>(r) * rowBytes),
                    bytePtr(table, static_cast<size_t>(tokens[r]) * rowBytes), rowBytes);
}

void CpuBackend::copy(void *dst, const void *src, size_t bytes)
{
    m_pool->parallelFor(bytes, 1 << 16,
                        [&](size_t b, size_t e) { std::memcpy(bytePtr(dst, b), bytePtr(src, b), e - b); });
}

void CpuBackend::readStream(const void *src, size_t bytes, float *sink)
{
    const auto &kern = cpukernels::best();
    std::atomic<uint64_t> digest{0};
    m_pool->parallelFor(bytes / 4096, 16, [&](size_t b, size_t e) {
        digest.fetch_xor(kern.readBytes(bytePtr(src, b * 4096), (e - b) * 4096), std::memory_order_relaxed);
    });
    *sink = static_cast<float>(digest.load() & 0xffff);
}

void CpuBackend::flushCaches()
{
    const size_t bytes = static_cast<size_t>(2 * m_info.l2Bytes);
    if (m_flush.size() < bytes)
        m_flush.assign(bytes, 1);
    fillBytes(m_flush.data(), static_cast<uint8_t>(m_flush[0] + 1), bytes);
}

double CpuBackend::time(const std::function<void()> &work, int reps)
{
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < reps; ++i)
        work();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

int CpuBackend::captureGraph(const std::function<void()> &work)
{
    m_graphs[m_nextGraph] = work;
    return m_nextGraph++;
}

void CpuBackend::replayGraph(int id)
{
    const auto it = m_graphs.find(id);
    if (it == m_graphs.end())
        throw BackendError("cpu: no graph " + std::to_string(id));
    it->second();
}

void CpuBackend::destroyGraph(int id)
{
    m_graphs.erase(id);
}

} // namespace ea::trials
