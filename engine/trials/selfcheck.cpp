// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/selfcheck.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <memory>

namespace ea::trials {

double toleranceFor(Precision p)
{
    // Reference on the quantised inputs: what is left is FP32 accumulation order and the rounding
    // of each output (and of intermediates inside attention) to the storage type.
    switch (p) {
    case Precision::FP32:
        return 1e-5;
    case Precision::FP16:
        return 2e-3;
    case Precision::BF16:
        return 1e-2;
    case Precision::FP8:
        return 1e-2; // BF16 outputs; the E4M3 weights are exact inputs of the reference
    }
    return 0;
}

double relativeError(const std::vector<double> &out, const std::vector<double> &ref)
{
    double num = 0, den = 0;
    for (size_t i = 0; i < out.size() && i < ref.size(); ++i) {
        if (!std::isfinite(out[i]))
            return std::numeric_limits<double>::infinity();
        num += (out[i] - ref[i]) * (out[i] - ref[i]);
        den += ref[i] * ref[i];
    }
    return den > 0 ? std::sqrt(num / den) : std::sqrt(num);
}

double ulpDistance(DType t, double a, double b)
{
    const double m = std::max(std::fabs(a), std::fabs(b));
    const int mant = t == DType::F32 ? 23 : t == DType::F16 ? 10 : t == DType::BF16 ? 7 : 3;
    const int minExp = t == DType::F32 ? -126 : t == DType::F16 ? -14 : t == DType::BF16 ? -126 : -6;
    const int e = m > 0 ? std::max(minExp, static_cast<int>(std::floor(std::log2(m)))) : minExp;
    return std::fabs(a - b) / std::ldexp(1.0, e - mant);
}

namespace {

/** A host tensor: storage bytes plus the stored values as doubles. */
struct HostTensor
{
    DType t = DType::F32;
    std::vector<unsigned char> bytes;
    std::vector<double> values;
};

HostTensor synthetic(DType t, size_t n, unsigned long long seed, float amplitude, float invScale)
{
    HostTensor h;
    h.t = t;
    h.bytes.resize(n * dtypeBytes(t));
    h.values.resize(n);
    for (size_t i = 0; i < n; ++i) {
        storeSynthetic(h.bytes.data(), t, i, seed, amplitude, invScale);
        h.values[i] = loadAsFloat(h.bytes.data(), t, i);
    }
    return h;
}

/** Device copies of host tensors on one backend, released at the end of a check. */
class DeviceScope
{
public:
    explicit DeviceScope(Backend &b) : m_b(b) {}
    ~DeviceScope()
    {
        try {
            m_b.synchronize();
        } catch (...) {
        }
        for (void *p : m_ptrs)
            m_b.release(p);
    }
    void *put(const HostTensor &h)
    {
        void *p = raw(h.bytes.size());
        m_b.upload(p, h.bytes.data(), h.bytes.size());
        return p;
    }
    void *raw(size_t bytes)
    {
        void *p = m_b.alloc(bytes);
        m_ptrs.push_back(p);
        return p;
    }
    void *poisoned(size_t bytes)
    {
        void *p = raw(bytes);
        m_b.fillBytes(p, 0xff, bytes);
        return p;
    }
    std::vector<double> get(const void *p, DType t, size_t n)
    {
        std::vector<unsigned char> raw(n * dtypeBytes(t));
        m_b.synchronize();
        m_b.download(raw.data(), p, raw.size());
        std::vector<double> v(n);
        for (size_t i = 0; i < n; ++i)
            v[i] = loadAsFloat(raw.data(), t, i);
        return v;
    }

private:
    Backend &m_b;
    std::vector<void *> m_ptrs;
};

/** One check: `op` runs an operation on a backend and returns its output. */
using Op = std::function<std::vector<double>(Backend &, DeviceScope &)>;

CheckResult check(const std::string &name, Precision p, DType outType, Backend &b, Backend *cpu, const Op &op,
                  const std::vector<double> &ref)
{
    CheckResult r;
    r.name = name;
    r.precision = p;
    r.tolerance = toleranceFor(p);
    try {
        std::vector<double> out;
        {
            DeviceScope s(b);
            out = op(b, s);
        }
        r.written = std::all_of(out.begin(), out.end(), [](double v) { return std::isfinite(v); });
        r.relError = relativeError(out, ref);
        r.pass = r.written && r.relError <= r.tolerance;
        if (cpu) {
            std::vector<double> base;
            {
                DeviceScope s(*cpu);
                base = op(*cpu, s);
            }
            double refMax = 0;
            for (double v : ref)
                refMax = std::max(refMax, std::fabs(v));
            r.mismatches = 0;
            for (size_t i = 0; i < out.size(); ++i) {
                // One ulp of the storage type; FP32 results may also differ by summation order.
                const double slack = outType == DType::F32 ? 1e-5 * refMax : 0.0;
                if (!(std::fabs(out[i] - base[i]) <= slack || ulpDistance(outType, out[i], base[i]) <= 1.0))
                    ++r.mismatches;
            }
            r.pass = r.pass && r.mismatches == 0;
        }
    } catch (const std::exception &) {
        r.pass = false;
    }
    return r;
}

void refGemm(const std::vector<double> &x, const std::vector<double> &w, double scale, long long m,
             long long n, long long k, std::vector<double> *y)
{
    y->assign(static_cast<size_t>(m * n), 0.0);
    for (long long i = 0; i < m; ++i)
        for (long long j = 0; j < n; ++j) {
            double s = 0;
            for (long long q = 0; q < k; ++q)
                s += x[static_cast<size_t>(i * k + q)] * w[static_cast<size_t>(j * k + q)];
            (*y)[static_cast<size_t>(i * n + j)] = s * scale;
        }
}

} // namespace

std::vector<CheckResult> runSelfCheck(Backend &b, Backend *cpu, unsigned long long seed)
{
    std::vector<CheckResult> results;
    for (Precision p : {Precision::FP32, Precision::FP16, Precision::BF16, Precision::FP8}) {
        const DType wt = weightType(p), at = activationType(p);
        const std::string tag = std::string(" ") + precisionName(p);
        // GEMMs: GEMV-sized, skinny and large M; K with a tail that is no multiple of 16.
        struct Shape
        {
            long long m, n, k;
        };
        for (const Shape s : {Shape{1, 96, 256}, Shape{5, 64, 200}, Shape{33, 80, 272}}) {
            const float amp = 1.0f / std::sqrt(static_cast<float>(s.k));
            const float inv = wt == DType::E4M3 ? 448.0f / amp : 1.0f;
            const double scale = wt == DType::E4M3 ? amp / 448.0 : 1.0;
            const HostTensor x = synthetic(at, static_cast<size_t>(s.m * s.k), seed + 1, 1.0f, 1.0f);
            const HostTensor w = synthetic(wt, static_cast<size_t>(s.n * s.k), seed + 2, amp, inv);
            std::vector<double> ref;
            refGemm(x.values, w.values, static_cast<float>(scale), s.m, s.n, s.k, &ref);
            const Op op = [&](Backend &be, DeviceScope &sc) {
                void *y = sc.poisoned(static_cast<size_t>(s.m * s.n) * dtypeBytes(at));
                be.gemm(
                    {s.m, s.n, s.k, sc.put(x), s.k, sc.put(w), wt, static_cast<float>(scale), y, s.n, at});
                return sc.get(y, at, static_cast<size_t>(s.m * s.n));
            };
            results.push_back(check("gemm M=" + std::to_string(s.m) + " N=" + std::to_string(s.n) +
                                        " K=" + std::to_string(s.k) + tag,
                                    p, at, b, cpu, op, ref));
        }
        if (p == Precision::FP8 && (b.info().fp8 || b.info().backend == "cpu")) {
            // Tensor-core FP8: both operands E4M3 with their own scales, BF16 out.
            const long long m = 32, n = 64, k = 256;
            const float amp = 1.0f / 16.0f;
            const HostTensor x = synthetic(DType::E4M3, m * k, seed + 12, 1.0f, 448.0f);
            const HostTensor w = synthetic(DType::E4M3, n * k, seed + 13, amp, 448.0f / amp);
            const float xs = 1.0f / 448.0f, ws = amp / 448.0f;
            std::vector<double> ref;
            refGemm(x.values, w.values, static_cast<float>(ws * xs), m, n, k, &ref);
            const Op op = [&](Backend &be, DeviceScope &sc) {
                void *y = sc.poisoned(static_cast<size_t>(m * n) * 2);
                GemmArgs g{m, n, k, sc.put(x), k, sc.put(w), DType::E4M3, ws, y, n, DType::BF16};
                g.xE4m3 = true;
                g.xScale = xs;
                be.gemm(g);
                return sc.get(y, DType::BF16, static_cast<size_t>(m * n));
            };
            results.push_back(check("gemm E4M3xE4M3 M=32 N=64 K=256 fp8", p, DType::BF16, b, cpu, op, ref));
        }
        if (p == Precision::FP8)
            continue; // the remaining operations see BF16 activations, checked above
        // RMSNorm.
        {
            const long long rows = 3, cols = 200;
            const HostTensor x = synthetic(at, rows * cols, seed + 3, 2.0f, 1.0f);
            const HostTensor g = synthetic(at, cols, seed + 4, 1.0f, 1.0f);
            std::vector<double> ref(static_cast<size_t>(rows * cols));
            for (long long r = 0; r < rows; ++r) {
                double ss = 0;
                for (long long c = 0; c < cols; ++c)
                    ss += x.values[r * cols + c] * x.values[r * cols + c];
                const double inv = 1.0 / std::sqrt(ss / cols + 1e-5);
                for (long long c = 0; c < cols; ++c)
                    ref[r * cols + c] = x.values[r * cols + c] * inv * g.values[c];
            }
            const Op op = [&](Backend &be, DeviceScope &sc) {
                void *y = sc.poisoned(static_cast<size_t>(rows * cols) * dtypeBytes(at));
                be.rmsNorm({sc.put(x), sc.put(g), y, at, rows, cols, 1e-5f});
                return sc.get(y, at, static_cast<size_t>(rows * cols));
            };
            results.push_back(check("rmsnorm 3x200" + tag, p, at, b, cpu, op, ref));
        }
        // Rotary, attention (decode and causal prefill), KV append: GQA 4 q heads on 2 kv heads.
        const int heads = 4, kvHeads = 2, d = 32, width = (heads + 2 * kvHeads) * d;
        for (const bool prefill : {false, true}) {
            const int seqs = prefill ? 1 : 2, perSeq = prefill ? 9 : 1, maxCtx = prefill ? 9 : 37;
            const int posOffset = prefill ? 0 : maxCtx - 1;
            const long long rows = static_cast<long long>(seqs) * perSeq;
            const HostTensor qkv = synthetic(at, static_cast<size_t>(rows * width), seed + 5, 1.0f, 1.0f);
            const size_t kvCount = static_cast<size_t>(seqs) * kvHeads * maxCtx * d;
            const HostTensor kc = synthetic(at, kvCount, seed + 6, 1.0f, 1.0f);
            const HostTensor vc = synthetic(at, kvCount, seed + 7, 1.0f, 1.0f);
            // Reference: rotary on q and k (double), round to the storage type as the backends store
            // it, append k/v, then attention in double.
            std::vector<double> rq(qkv.values);
            for (long long r = 0; r < rows; ++r) {
                const int pos = posOffset + static_cast<int>(r % perSeq);
                for (int h = 0; h < heads + kvHeads; ++h)
                    for (int i = 0; i < d / 2; ++i) {
                        const double angle = pos * std::pow(500000.0, -2.0 * i / d);
                        const size_t o = static_cast<size_t>(r * width + h * d);
                        const double x1 = rq[o + i], x2 = rq[o + i + d / 2];
                        rq[o + i] =
                            roundTo(at, static_cast<float>(x1 * std::cos(angle) - x2 * std::sin(angle)));
                        rq[o + i + d / 2] =
                            roundTo(at, static_cast<float>(x2 * std::cos(angle) + x1 * std::sin(angle)));
                    }
            }
            std::vector<double> K(kc.values), V(vc.values);
            for (long long r = 0; r < rows; ++r) {
                const long long seq = r / perSeq, pos = posOffset + r % perSeq;
                for (int h = 0; h < kvHeads; ++h)
                    for (int i = 0; i < d; ++i) {
                        const size_t dst = static_cast<size_t>(((seq * kvHeads + h) * maxCtx + pos) * d + i);
                        K[dst] = rq[static_cast<size_t>(r * width + (heads + h) * d + i)];
                        V[dst] = rq[static_cast<size_t>(r * width + (heads + kvHeads + h) * d + i)];
                    }
            }
            std::vector<double> ref(static_cast<size_t>(rows * heads * d));
            for (long long r = 0; r < rows; ++r) {
                const long long seq = r / perSeq, keys = posOffset + r % perSeq + 1;
                for (int h = 0; h < heads; ++h) {
                    const int kvh = h / (heads / kvHeads);
                    std::vector<double> sc(static_cast<size_t>(keys));
                    double mx = -1e300;
                    for (long long j = 0; j < keys; ++j) {
                        double s = 0;
                        for (int i = 0; i < d; ++i)
                            s += rq[static_cast<size_t>(r * width + h * d + i)] *
                                 K[static_cast<size_t>(((seq * kvHeads + kvh) * maxCtx + j) * d + i)];
                        sc[j] = s / std::sqrt(static_cast<double>(d));
                        mx = std::max(mx, sc[j]);
                    }
                    double sum = 0;
                    for (double &v : sc)
                        sum += (v = std::exp(v - mx));
                    for (int i = 0; i < d; ++i) {
                        double acc = 0;
                        for (long long j = 0; j < keys; ++j)
                            acc +=
                                sc[j] * V[static_cast<size_t>(((seq * kvHeads + kvh) * maxCtx + j) * d + i)];
                        ref[static_cast<size_t>(r * heads * d + h * d + i)] = acc / sum;
                    }
                }
            }
            const Op op = [&](Backend &be, DeviceScope &sc) {
                QkvLayout q;
                q.qkv = sc.put(qkv);
                q.t = at;
                q.rows = rows;
                q.rowStride = width;
                q.heads = heads;
                q.kvHeads = kvHeads;
                q.headDim = d;
                q.rowsPerSeq = perSeq;
                q.posOffset = posOffset;
                const KvCache cache{sc.put(kc), sc.put(vc), maxCtx};
                void *out = sc.poisoned(static_cast<size_t>(rows * heads * d) * dtypeBytes(at));
                be.rotary({q, 500000.0f});
                be.appendKv(q, cache);
                be.attention({q, cache, out});
                return sc.get(out, at, static_cast<size_t>(rows * heads * d));
            };
            results.push_back(
                check(std::string(prefill ? "prefill" : "decode") + " rotary+kv+attention" + tag, p, at, b,
                      cpu, op, ref));
        }
        // SiLU * up, residual add, embedding gather.
        {
            const long long rows = 2, ffn = 150;
            const HostTensor gu = synthetic(at, rows * 2 * ffn, seed + 8, 4.0f, 1.0f);
            std::vector<double> ref(static_cast<size_t>(rows * ffn));
            for (long long r = 0; r < rows; ++r)
                for (long long i = 0; i < ffn; ++i) {
                    const double g = gu.values[r * 2 * ffn + i], u = gu.values[r * 2 * ffn + ffn + i];
                    ref[r * ffn + i] = g / (1 + std::exp(-g)) * u;
                }
            const Op op = [&](Backend &be, DeviceScope &sc) {
                void *y = sc.poisoned(static_cast<size_t>(rows * ffn) * dtypeBytes(at));
                be.siluMul(sc.put(gu), y, at, rows, ffn);
                return sc.get(y, at, static_cast<size_t>(rows * ffn));
            };
            results.push_back(check("silu*up 2x150" + tag, p, at, b, cpu, op, ref));
        }
        {
            const size_t n = 1000;
            const HostTensor a = synthetic(at, n, seed + 9, 1.0f, 1.0f),
                             x = synthetic(at, n, seed + 10, 1.0f, 1.0f);
            std::vector<double> ref(n);
            for (size_t i = 0; i < n; ++i)
                ref[i] = a.values[i] + x.values[i];
            const Op op = [&](Backend &be, DeviceScope &sc) {
                void *acc = sc.put(a);
                be.addInPlace(acc, sc.put(x), at, n);
                return sc.get(acc, at, n);
            };
            results.push_back(check("add 1000" + tag, p, at, b, cpu, op, ref));
        }
        {
            const long long vocab = 50, hidden = 24, rows = 3;
            const HostTensor table = synthetic(at, vocab * hidden, seed + 11, 1.0f, 1.0f);
            const int32_t tokens[3] = {7, 0, 49};
            std::vector<double> ref;
            for (int32_t tok : tokens)
                ref.insert(ref.end(), table.values.begin() + tok * hidden,
                           table.values.begin() + (tok + 1) * hidden);
            const Op op = [&](Backend &be, DeviceScope &sc) {
                auto *tk = static_cast<int32_t *>(sc.raw(sizeof tokens));
                be.upload(tk, tokens, sizeof tokens);
                void *y = sc.poisoned(static_cast<size_t>(rows * hidden) * dtypeBytes(at));
                be.embed(tk, sc.put(table), y, at, rows, hidden);
                return sc.get(y, at, static_cast<size_t>(rows * hidden));
            };
            results.push_back(check("embed 3x24" + tag, p, at, b, cpu, op, ref));
        }
    }
    return results;
}

} // namespace ea::trials
