// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/trials/backend.h"
#include "engine/trials/cpu/threadpool.h"

#include <map>
#include <memory>
#include <vector>

namespace ea::trials {

/**
 * The CPU backend: host memory, kernels run at once on a thread pool (AVX2 where the CPU has it),
 * large GEMMs through OpenBLAS (when built with it). Same semantics as the CUDA backend.
 */
class CpuBackend final : public Backend
{
public:
    /** threads <= 0: one per hardware thread. */
    explicit CpuBackend(int threads = 0);
    ~CpuBackend() override;

    const DeviceInfo &info() const override { return m_info; }
    void *alloc(size_t bytes) override;
    void release(void *p) override;
    void upload(void *dst, const void *src, size_t bytes) override;
    void download(void *dst, const void *src, size_t bytes) override;
    void fillSynthetic(void *dst, DType t, size_t count, uint64_t seed, float amplitude,
                       float invScale) override;
    void fillBytes(void *dst, uint8_t value, size_t bytes) override;

    void gemm(const GemmArgs &a) override;
    void rmsNorm(const NormArgs &a) override;
    void rotary(const RotaryArgs &a) override;
    void appendKv(const QkvLayout &qkv, const KvCache &cache) override;
    void attention(const AttentionArgs &a) override;
    void siluMul(const void *gateUp, void *out, DType t, long long rows, long long ffn) override;
    void addInPlace(void *acc, const void *x, DType t, size_t count) override;
    void embed(const int32_t *tokens, const void *table, void *out, DType t, long long rows,
               long long hidden) override;
    void copy(void *dst, const void *src, size_t bytes) override;
    void readStream(const void *src, size_t bytes, float *sink) override;

    void synchronize() override {}
    void flushCaches() override;
    double time(const std::function<void()> &work, int reps) override;
    int captureGraph(const std::function<void()> &work) override;
    void replayGraph(int id) override;
    void destroyGraph(int id) override;

private:
    void gemmSkinny(const GemmArgs &a, const float *xf);
    float *scratch(std::vector<float> &v, size_t n);

    DeviceInfo m_info;
    std::unique_ptr<ThreadPool> m_pool;
    std::vector<float> m_xf, m_yf, m_wf;
    std::vector<unsigned char> m_flush;
    std::map<int, std::function<void()>> m_graphs;
    int m_nextGraph = 1;
};

} // namespace ea::trials
