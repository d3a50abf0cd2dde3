// SPDX-License-Identifier: GPL-3.0-or-later
// The CPU backend against float64 references (every kernel, every precision, poisoned outputs), and
// the checker itself: a backend that skips writing or computes wrongly must fail.

#include "engine/trials/backendloader.h"
#include "engine/trials/cpu/cpubackend.h"
#include "engine/trials/measure.h"
#include "engine/trials/selfcheck.h"
#include "engine/trials/tests/trialstest.h"

#include <cmath>
#include <cstdio>

using namespace ea::trials;

namespace {

/** Forwards to the CPU backend, with one deliberate fault. */
class FaultyBackend final : public Backend
{
public:
    enum Fault { SkipGemm, IgnoreScale, WrongNorm };
    explicit FaultyBackend(Fault f) : m_fault(f) {}
    const DeviceInfo &info() const override { return m_cpu.info(); }
    void *alloc(size_t b) override { return m_cpu.alloc(b); }
    void release(void *p) override { m_cpu.release(p); }
    void upload(void *d, const void *s, size_t b) override { m_cpu.upload(d, s, b); }
    void download(void *d, const void *s, size_t b) override { m_cpu.download(d, s, b); }
    void fillSynthetic(void *d, DType t, size_t n, uint64_t s, float a, float i) override
    {
        m_cpu.fillSynthetic(d, t, n, s, a, i);
    }
    void fillBytes(void *d, uint8_t v, size_t b) override { m_cpu.fillBytes(d, v, b); }
    void gemm(const GemmArgs &a) override
    {
        if (m_fault == SkipGemm)
            return;
        GemmArgs b = a;
        if (m_fault == IgnoreScale)
            b.wScale = 1.0f;
        m_cpu.gemm(b);
    }
    void rmsNorm(const NormArgs &a) override
    {
        NormArgs b = a;
        if (m_fault == WrongNorm)
            b.eps = 1.0f;
        m_cpu.rmsNorm(b);
    }
    void rotary(const RotaryArgs &a) override { m_cpu.rotary(a); }
    void appendKv(const QkvLayout &q, const KvCache &c) override { m_cpu.appendKv(q, c); }
    void attention(const AttentionArgs &a) override { m_cpu.attention(a); }
    void siluMul(const void *g, void *o, DType t, long long r, long long f) override
    {
        m_cpu.siluMul(g, o, t, r, f);
    }
    void addInPlace(void *a, const void *x, DType t, size_t n) override { m_cpu.addInPlace(a, x, t, n); }
    void embed(const int32_t *k, const void *tb, void *o, DType t, long long r, long long h) override
    {
        m_cpu.embed(k, tb, o, t, r, h);
    }
    void copy(void *d, const void *s, size_t b) override { m_cpu.copy(d, s, b); }
    void readStream(const void *s, size_t b, float *k) override { m_cpu.readStream(s, b, k); }
    void synchronize() override {}
    void flushCaches() override {}
    double time(const std::function<void()> &w, int r) override { return m_cpu.time(w, r); }
    int captureGraph(const std::function<void()> &w) override { return m_cpu.captureGraph(w); }
    void replayGraph(int id) override { m_cpu.replayGraph(id); }
    void destroyGraph(int id) override { m_cpu.destroyGraph(id); }

private:
    CpuBackend m_cpu{2};
    Fault m_fault;
};

int failedChecks(const std::vector<CheckResult> &r, const char *nameStart, Precision *p = nullptr)
{
    int n = 0;
    for (const CheckResult &c : r)
        if (!c.pass && c.name.rfind(nameStart, 0) == 0 && (!p || c.precision == *p))
            ++n;
    return n;
}

} // namespace

int main()
{
    CpuBackend cpu(2);
    const auto results = runSelfCheck(cpu, nullptr, 1234);
    EA_CHECK(results.size() >= 30);
    for (const CheckResult &r : results) {
        std::printf("%-40s %-5s written=%d rel=%.3g tol=%.0e %s\n", r.name.c_str(),
                    precisionName(r.precision), r.written, r.relError, r.tolerance, r.pass ? "pass" : "FAIL");
        EA_CHECK(r.pass);
        EA_CHECK(r.written);
        // Outputs are rounded to the storage type, so the error is small but (outside FP32) not zero.
        EA_CHECK(r.relError < r.tolerance);
    }
    // Two CPU backends agree element by element (the GPU-vs-CPU comparison, run on the CPU twice).
    CpuBackend other(1);
    for (const CheckResult &r : runSelfCheck(other, &cpu, 99)) {
        EA_CHECK(r.mismatches == 0);
        EA_CHECK(r.pass);
    }
    // The checker catches unwritten (poisoned) outputs and wrong results.
    FaultyBackend skip(FaultyBackend::SkipGemm), scale(FaultyBackend::IgnoreScale),
        norm(FaultyBackend::WrongNorm);
    const auto skipped = runSelfCheck(skip, nullptr, 5);
    for (const CheckResult &r : skipped)
        if (r.name.rfind("gemm", 0) == 0)
            EA_CHECK(!r.written && !r.pass);
    Precision fp8 = Precision::FP8, bf16 = Precision::BF16;
    EA_CHECK(failedChecks(runSelfCheck(scale, nullptr, 5), "gemm", &fp8) == 4); // 3 weight-only + 1 E4M3xE4M3
    EA_CHECK(failedChecks(runSelfCheck(scale, nullptr, 5), "gemm", &bf16) == 0);
    EA_CHECK(failedChecks(runSelfCheck(norm, nullptr, 5), "rmsnorm") == 3);
    EA_CHECK(failedChecks(runSelfCheck(norm, &cpu, 5), "rmsnorm") == 3);

    // Statistics of the sampler.
    const Stats s = summarize({5, 1, 4, 2, 3}, 1);
    EA_CHECK(s.median == 3 && s.min == 1 && s.max == 5 && s.n == 5 && s.dropped == 1);
    EA_CHECK_NEAR(s.p10, 1.4, 1e-12);
    EA_CHECK_NEAR(s.p90, 4.6, 1e-12);
    EA_CHECK_NEAR(s.mean, 3, 1e-12);
    EA_CHECK_NEAR(s.stddev, std::sqrt(2.5), 1e-12);
    StopRule rule;
    rule.minSamples = 4;
    rule.minTimeS = 0.0;
    rule.maxTimeS = 0.5;
    int runs = 0;
    const Stats m = measure(
        cpu, [&] { ++runs; }, rule, Temperature::Hot);
    EA_CHECK(m.n >= 4);
    EA_CHECK(runs >= m.n);
    return ea::trials::test::result();
}
