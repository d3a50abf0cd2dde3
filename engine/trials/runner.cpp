// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/runner.h"

#include "engine/trials/model.h"

#include <algorithm>
#include <cmath>
#include <memory>

namespace ea::trials {

std::vector<TrialConfig> expandPlan(const PlanAxes &axes)
{
    std::vector<TrialConfig> out;
    for (const ModelShape &m : axes.models) {
        for (Phase ph : axes.phases) {
            for (Precision p : axes.precisions) {
                for (int b : axes.batches) {
                    TrialConfig c;
                    c.model = m;
                    c.phase = ph;
                    c.precision = p;
                    c.batch = b;
                    if (ph == Phase::Prefill) {
                        for (int pr : axes.prompts) {
                            c.prompt = pr;
                            out.push_back(c);
                        }
                    } else if (ph == Phase::OpGemm) {
                        out.push_back(c);
                    } else {
                        for (int ctx : axes.contexts) {
                            c.context = ctx;
                            out.push_back(c);
                        }
                    }
                }
            }
        }
    }
    return out;
}

double Ceilings::peakFlops(Precision p) const
{
    if (auto it = gemmFlops.find(p); it != gemmFlops.end() && it->second > 0)
        return it->second;
    if (auto it = gemmFlops.find(Precision::BF16); it != gemmFlops.end())
        return it->second;
    return 0;
}

double predictedFloorS(const TrialConfig &c, const Ceilings &ceilings, std::string *bound)
{
    const Accounting a = account(c);
    const double mem = ceilings.copyBps > 0 ? a.bytes() / ceilings.copyBps : 0;
    const double peak = ceilings.peakFlops(c.precision);
    const double comp = peak > 0 ? a.flops() / peak : 0;
    if (bound)
        *bound = comp > mem ? "compute" : "memory";
    return std::max(mem, comp);
}

TrialRunner::TrialRunner(Backend &backend, StopRule rule, uint64_t seed)
    : m_backend(backend), m_rule(rule), m_seed(seed)
{
}

double TrialRunner::memoryBudgetBytes() const
{
    const double share = m_backend.info().backend == "cpu" ? 0.6 : 0.9;
    return m_backend.info().memoryBytes * share;
}

Ceilings TrialRunner::measureCeilings(const std::vector<Precision> &precisions,
                                      const std::atomic<bool> *cancel, size_t copyBytes, long long gemmSize)
{
    Ceilings c;
    const bool gpu = m_backend.info().backend != "cpu";
    const double minBytes = gpu ? 1024.0 * 1024 * 1024 : 256.0 * 1024 * 1024;
    const size_t bytes = copyBytes ? copyBytes / 4096 * 4096
                                   : static_cast<size_t>(std::max(minBytes, 8 * m_backend.info().l2Bytes));
    c.copyBytes = static_cast<double>(bytes);
    void *src = m_backend.alloc(bytes);
    void *dst = m_backend.alloc(bytes);
    float *sink = static_cast<float *>(m_backend.alloc(sizeof(float)));
    m_backend.fillBytes(src, 0x5a, bytes); // contents do not matter to a copy; never all zeros
    m_backend.fillBytes(dst, 0, bytes);
    c.copy = measure(
        m_backend, [&] { m_backend.copy(dst, src, bytes); }, m_rule, Temperature::Hot, cancel);
    c.copyBps = c.copy.median > 0 ? 2.0 * static_cast<double>(bytes) / c.copy.median : 0;
    c.read = measure(
        m_backend, [&] { m_backend.readStream(src, bytes, sink); }, m_rule, Temperature::Hot, cancel);
    c.readBps = c.read.median > 0 ? static_cast<double>(bytes) / c.read.median : 0;
    m_backend.synchronize();
    m_backend.release(sink);
    m_backend.release(dst);
    m_backend.release(src);

    const long long n = gemmSize > 0 ? gemmSize : gpu ? 8192 : 1024;
    c.gemmSize = n;
    for (Precision p : precisions) {
        if (c.gemm.count(p) || (cancel && cancel->load()))
            continue;
        const DType wt = weightType(p), at = activationType(p);
        const size_t count = static_cast<size_t>(n * n);
        void *x = m_backend.alloc(count * dtypeBytes(at));
        void *w = m_backend.alloc(count * dtypeBytes(wt));
        void *y = m_backend.alloc(count * dtypeBytes(at));
        const float amp = 1.0f / std::sqrt(static_cast<float>(n));
        m_backend.fillSynthetic(x, at, count, m_seed ^ 0x6e11ULL, 1.0f, 1.0f);
        m_backend.fillSynthetic(w, wt, count, m_seed ^ 0x6e12ULL, amp,
                                wt == DType::E4M3 ? 448.0f / amp : 1.0f);
        GemmArgs g{n, n, n, x, n, w, wt, wt == DType::E4M3 ? amp / 448.0f : 1.0f, y, n, at};
        const Stats s = measure(
            m_backend, [&] { m_backend.gemm(g); }, m_rule, Temperature::Hot, cancel);
        c.gemm[p] = s;
        c.gemmFlops[p] = s.median > 0 ? 2.0 * n * n * n / s.median : 0;
        if (p == Precision::FP8 && (m_backend.info().fp8 || !gpu)) {
            // Both operands E4M3 (the prefill FP8 GEMM of the bars); X reuses W's bytes as its values.
            GemmArgs t = g;
            t.x = w;
            t.ldx = n;
            t.xE4m3 = true;
            t.xScale = 1.0f / 448.0f;
            c.fp8Tensor = measure(
                m_backend, [&] { m_backend.gemm(t); }, m_rule, Temperature::Hot, cancel);
            c.fp8TensorFlops = c.fp8Tensor.median > 0 ? 2.0 * n * n * n / c.fp8Tensor.median : 0;
        }
        m_backend.synchronize();
        m_backend.release(y);
        m_backend.release(w);
        m_backend.release(x);
    }
    return c;
}

struct TrialRunner::Prepared
{
    std::unique_ptr<ModelRunner> model;
    std::vector<void *> buffers;
    std::function<void()> once;
    int graph = 0;
    int perRun = 1;         // operations in one timed run (rotated copies of an operator's input)
    void *output = nullptr; // an operator trial's poisoned output
    size_t outputCount = 0;
    DType outputType = DType::BF16;
};

bool TrialRunner::prepare(const TrialConfig &c, Prepared *p, std::string *status)
{
    if (const std::string problem = c.model.problem(); !problem.empty()) {
        *status = "failed: " + problem;
        return false;
    }
    const double need = footprintBytes(c);
    if (need > memoryBudgetBytes()) {
        char buf[160];
        std::snprintf(buf, sizeof buf, "skipped: needs %.1f GB, %.1f GB usable on this device", need / 1e9,
                      memoryBudgetBytes() / 1e9);
        *status = buf;
        return false;
    }
    const DType wt = weightType(c.precision), at = activationType(c.precision);
    Backend &b = m_backend;
    auto buffer = [&](size_t bytes) {
        void *q = b.alloc(bytes);
        p->buffers.push_back(q);
        return q;
    };
    if (c.phase == Phase::Decode || c.phase == Phase::Prefill) {
        p->model = std::make_unique<ModelRunner>(b, c, m_seed);
        ModelRunner *m = p->model.get();
        p->once = [m] { m->enqueueStep(); };
        return true;
    }
    if (c.phase == Phase::OpGemm) {
        const GemmShape s = opGemmShape(c);
        void *x = buffer(static_cast<size_t>(s.m * s.k) * dtypeBytes(at));
        const size_t wBytes = static_cast<size_t>(s.n * s.k) * dtypeBytes(wt);
        const int copies = rotationCopies(static_cast<double>(wBytes));
        void *y = buffer(static_cast<size_t>(s.m * s.n) * dtypeBytes(at));
        const float amp = 1.0f / std::sqrt(static_cast<float>(s.k));
        b.fillSynthetic(x, at, static_cast<size_t>(s.m * s.k), m_seed ^ 0x11ULL, 1.0f, 1.0f);
        std::vector<GemmArgs> runs;
        for (int i = 0; i < copies; ++i) {
            void *w = buffer(wBytes);
            b.fillSynthetic(w, wt, static_cast<size_t>(s.n * s.k), m_seed ^ (0x12ULL + i), amp,
                            wt == DType::E4M3 ? 448.0f / amp : 1.0f);
            runs.push_back(
                {s.m, s.n, s.k, x, s.k, w, wt, wt == DType::E4M3 ? amp / 448.0f : 1.0f, y, s.n, at});
        }
        b.fillBytes(y, 0xff, static_cast<size_t>(s.m * s.n) * dtypeBytes(at));
        p->once = [&b, runs] {
            for (const GemmArgs &g : runs)
                b.gemm(g);
        };
        p->perRun = copies;
        p->output = y;
        p->outputCount = static_cast<size_t>(s.m * s.n);
        p->outputType = at;
        return true;
    }
    // Decode attention of one layer over a synthetic cache.
    const ModelShape &m = c.model;
    const int d = m.headDim();
    QkvLayout q;
    q.t = at;
    q.rows = c.batch;
    q.rowStride = m.qkvWidth();
    q.heads = m.heads;
    q.kvHeads = m.kvHeads;
    q.headDim = d;
    q.rowsPerSeq = 1;
    q.posOffset = c.context - 1;
    q.qkv = buffer(static_cast<size_t>(c.batch * m.qkvWidth()) * dtypeBytes(at));
    const size_t kv = static_cast<size_t>(c.batch) * m.kvHeads * c.context * d;
    const int copies = rotationCopies(2.0 * static_cast<double>(kv * dtypeBytes(at)));
    void *out = buffer(static_cast<size_t>(c.batch) * m.heads * d * dtypeBytes(at));
    b.fillSynthetic(q.qkv, at, static_cast<size_t>(c.batch * m.qkvWidth()), m_seed ^ 0x21ULL, 1.0f, 1.0f);
    std::vector<AttentionArgs> runs;
    for (int i = 0; i < copies; ++i) {
        KvCache cache{buffer(kv * dtypeBytes(at)), buffer(kv * dtypeBytes(at)), c.context};
        b.fillSynthetic(cache.k, at, kv, m_seed ^ (0x220ULL + 2 * i), 1.0f, 1.0f);
        b.fillSynthetic(cache.v, at, kv, m_seed ^ (0x221ULL + 2 * i), 1.0f, 1.0f);
        runs.push_back({q, cache, out});
    }
    b.fillBytes(out, 0xff, static_cast<size_t>(c.batch) * m.heads * d * dtypeBytes(at));
    p->once = [&b, runs] {
        for (const AttentionArgs &a : runs)
            b.attention(a);
    };
    p->perRun = copies;
    p->output = out;
    p->outputCount = static_cast<size_t>(c.batch) * m.heads * d;
    p->outputType = at;
    return true;
}

int TrialRunner::rotationCopies(double inputBytes) const
{
    const double need = 4.0 * m_backend.info().l2Bytes;
    if (inputBytes <= 0 || inputBytes >= need)
        return 1;
    return static_cast<int>(std::min(64.0, std::ceil(need / inputBytes)));
}

namespace {

/** Stats of a run of `ops` operations, as per-operation figures. */
Stats perOperation(Stats s, int ops)
{
    if (ops <= 1)
        return s;
    for (double *v : {&s.median, &s.p10, &s.p90, &s.min, &s.max, &s.mean, &s.stddev})
        *v /= ops;
    return s;
}

} // namespace

TrialResult TrialRunner::run(const TrialConfig &c, const Ceilings &ceilings, const std::atomic<bool> *cancel)
{
    TrialResult r;
    r.config = c;
    r.accounting = account(c);
    r.floorS = predictedFloorS(c, ceilings, &r.bound);
    Prepared p;
    try {
        if (!prepare(c, &p, &r.status)) {
            for (void *q : p.buffers)
                m_backend.release(q);
            return r;
        }
        // One eager run on poisoned outputs: everything must be written and finite.
        if (p.model) {
            p.model->poisonOutputs();
            p.once();
            const std::vector<float> logits = p.model->logits();
            r.outputsWritten =
                std::all_of(logits.begin(), logits.end(), [](float v) { return std::isfinite(v); });
        } else {
            p.once();
            std::vector<unsigned char> raw(p.outputCount * dtypeBytes(p.outputType));
            m_backend.synchronize();
            m_backend.download(raw.data(), p.output, raw.size());
            r.outputsWritten = true;
            for (size_t i = 0; i < p.outputCount && r.outputsWritten; ++i)
                r.outputsWritten = std::isfinite(loadAsFloat(raw.data(), p.outputType, i));
        }
        if (!r.outputsWritten) {
            r.status = "failed: outputs not written or not finite";
        } else {
            // Everything replays as a graph: a whole step, or an operator over its rotated input copies
            // (so short kernels are not timed as launch gaps).
            p.graph = m_backend.captureGraph(p.once);
            r.graph = true;
            const int id = p.graph;
            const std::function<void()> timed = [this, id] { m_backend.replayGraph(id); };
            // A step reads far more than the caches hold: flushed samples. An operator rotates over
            // copies of its input totalling >= 4x the cache, so back-to-back runs stay cold.
            r.stats =
                measure(m_backend, timed, m_rule, p.model ? Temperature::Cold : Temperature::Hot, cancel);
            r.stats = perOperation(r.stats, p.perRun);
            if (cancel && cancel->load())
                r.status = "cancelled";
        }
    } catch (const std::exception &e) {
        r.status = std::string("failed: ") + e.what();
    }
    try {
        m_backend.synchronize();
        if (p.graph)
            m_backend.destroyGraph(p.graph);
        p.model.reset();
        for (void *q : p.buffers)
            m_backend.release(q);
    } catch (const std::exception &e) {
        if (r.ok())
            r.status = std::string("failed: ") + e.what();
    }
    if (r.stats.median > 0) {
        const double t = r.stats.median;
        r.pctOfRoofline = 100.0 * r.floorS / t;
        r.achievedBps = r.accounting.bytes() / t;
        r.achievedFlops = r.accounting.flops() / t;
        r.tokensPerS = r.accounting.tokens / t;
        r.pctOfCopyBw = ceilings.copyBps > 0 ? 100.0 * r.achievedBps / ceilings.copyBps : 0;
        r.pctOfReadBw = ceilings.readBps > 0 ? 100.0 * r.achievedBps / ceilings.readBps : 0;
        const double spec = m_backend.info().specBandwidthBps;
        r.pctOfSpecBw = spec > 0 ? 100.0 * r.achievedBps / spec : 0;
    }
    return r;
}

std::vector<TrialResult> TrialRunner::runAll(const std::vector<TrialConfig> &configs,
                                             const Ceilings &ceilings, const Progress &progress,
                                             const std::atomic<bool> *cancel)
{
    std::vector<TrialResult> out;
    for (size_t i = 0; i < configs.size(); ++i) {
        if (cancel && cancel->load())
            break;
        out.push_back(run(configs[i], ceilings, cancel));
        if (progress)
            progress(static_cast<int>(i), static_cast<int>(configs.size()), out.back());
    }
    return out;
}

PairResult TrialRunner::runPair(const TrialConfig &a, const TrialConfig &b, int rounds,
                                const std::atomic<bool> *cancel)
{
    PairResult r;
    r.a = a;
    r.b = b;
    Prepared pa, pb;
    std::vector<double> ta, tb, ratio;
    try {
        std::string status;
        if (!prepare(a, &pa, &status) || !prepare(b, &pb, &status)) {
            r.status = status;
        } else {
            // Whole steps replay as graphs, like in run(); one eager run first (lazy loading, handles).
            std::function<void()> runA = pa.once, runB = pb.once;
            for (auto [p, fn] : {std::pair{&pa, &runA}, std::pair{&pb, &runB}}) {
                p->once();
                m_backend.synchronize();
                if (p->model) {
                    p->graph = m_backend.captureGraph(p->once);
                    const int id = p->graph;
                    *fn = [this, id] { m_backend.replayGraph(id); };
                }
            }
            for (int w = 0; w < m_rule.warmupRuns; ++w) {
                m_backend.time(runA, 1);
                m_backend.time(runB, 1);
            }
            for (int i = 0; i < rounds && !(cancel && cancel->load()); ++i) {
                m_backend.flushCaches();
                const double x = m_backend.time(runA, 1);
                m_backend.flushCaches();
                const double y = m_backend.time(runB, 1);
                ta.push_back(x);
                tb.push_back(y);
                ratio.push_back(x > 0 ? y / x : 0);
            }
        }
    } catch (const std::exception &e) {
        r.status = std::string("failed: ") + e.what();
    }
    m_backend.synchronize();
    for (Prepared *p : {&pa, &pb}) {
        if (p->graph)
            m_backend.destroyGraph(p->graph);
        p->model.reset();
        for (void *q : p->buffers)
            m_backend.release(q);
    }
    r.sa = summarize(ta, 0);
    r.sb = summarize(tb, 0);
    r.ratio = summarize(ratio, 0);
    return r;
}

} // namespace ea::trials
