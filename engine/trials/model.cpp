// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/model.h"

#include <cmath>

namespace ea::trials {

ModelRunner::ModelRunner(Backend &backend, const TrialConfig &config, uint64_t seed)
    : m_backend(backend), m_config(config), m_seed(seed), m_w(weightType(config.precision)),
      m_a(activationType(config.precision))
{
    const ModelShape &m = config.model;
    const bool prefill = config.phase == Phase::Prefill;
    m_rows = prefill ? static_cast<long long>(config.batch) * config.prompt : config.batch;
    const long long h = m.hidden, dh = m.headDim();
    const int maxContext = prefill ? config.prompt : config.context;
    try {
        for (int l = 0; l < m.layers; ++l) {
            Layer layer{};
            layer.wqkv = allocFill(static_cast<size_t>(m.qkvWidth() * h), m_w, 1.0f / std::sqrt(float(h)), 0);
            layer.wo = allocFill(static_cast<size_t>(h * m.heads * dh), m_w,
                                 1.0f / std::sqrt(float(m.heads * dh)), 0);
            layer.wgu = allocFill(static_cast<size_t>(2LL * m.ffn * h), m_w, 1.0f / std::sqrt(float(h)), 0);
            layer.wdown = allocFill(static_cast<size_t>(h * m.ffn), m_w, 1.0f / std::sqrt(float(m.ffn)), 0);
            layer.normAttn = allocFill(static_cast<size_t>(h), m_a, 1.0f, 1.0f);
            layer.normMlp = allocFill(static_cast<size_t>(h), m_a, 1.0f, 1.0f);
            const size_t kvCount = static_cast<size_t>(config.batch) * m.kvHeads * maxContext * dh;
            layer.cache.k = allocFill(kvCount, m_a, 1.0f, 1.0f);
            layer.cache.v = allocFill(kvCount, m_a, 1.0f, 1.0f);
            layer.cache.maxContext = maxContext;
            m_layers.push_back(layer);
        }
        m_lmHead = allocFill(static_cast<size_t>(m.vocab) * h, m_w, 1.0f / std::sqrt(float(h)), 0);
        m_embedding = allocFill(static_cast<size_t>(m.vocab) * h, m_a, 1.0f, 1.0f);
        m_normFinal = allocFill(static_cast<size_t>(h), m_a, 1.0f, 1.0f);
        const size_t ab = dtypeBytes(m_a);
        m_x = allocRaw(static_cast<size_t>(m_rows * h) * ab);
        m_xn = allocRaw(static_cast<size_t>(m_rows * h) * ab);
        m_qkv = allocRaw(static_cast<size_t>(m_rows * m.qkvWidth()) * ab);
        m_attn = allocRaw(static_cast<size_t>(m_rows * m.heads * dh) * ab);
        m_tmp = allocRaw(static_cast<size_t>(m_rows * h) * ab);
        m_gu = allocRaw(static_cast<size_t>(m_rows * 2 * m.ffn) * ab);
        m_act = allocRaw(static_cast<size_t>(m_rows * m.ffn) * ab);
        m_logits = allocRaw(static_cast<size_t>(config.batch) * m.vocab * ab);
        std::vector<int32_t> tokens(static_cast<size_t>(m_rows));
        for (size_t i = 0; i < tokens.size(); ++i)
            tokens[i] =
                static_cast<int32_t>(mix64(seed ^ (0x70cULL << 40) ^ i) % static_cast<uint64_t>(m.vocab));
        m_tokens = static_cast<int32_t *>(allocRaw(tokens.size() * sizeof(int32_t)));
        m_backend.upload(m_tokens, tokens.data(), tokens.size() * sizeof(int32_t));
        m_backend.synchronize();
    } catch (...) {
        for (void *p : m_allocations)
            m_backend.release(p);
        throw;
    }
}

ModelRunner::~ModelRunner()
{
    m_backend.synchronize();
    for (void *p : m_allocations)
        m_backend.release(p);
}

void *ModelRunner::allocRaw(size_t bytes)
{
    void *p = m_backend.alloc(bytes);
    m_allocations.push_back(p);
    return p;
}

void *ModelRunner::allocFill(size_t count, DType t, float amplitude, float invScale)
{
    void *p = allocRaw(count * dtypeBytes(t));
    if (t == DType::E4M3) {
        // One FP32 scale per weight tensor maps the amplitude onto E4M3's ±448.
        invScale = 448.0f / amplitude;
    } else if (invScale == 0) {
        invScale = 1.0f;
    }
    m_backend.fillSynthetic(p, t, count, m_seed + 0x9e37ULL * ++m_tensorIndex, amplitude, invScale);
    return p;
}

void ModelRunner::linear(const void *x, long long ldx, long long rows, const void *w, long long n,
                         long long k, void *y)
{
    GemmArgs g;
    g.m = rows;
    g.n = n;
    g.k = k;
    g.x = x;
    g.ldx = ldx;
    g.w = w;
    g.wType = m_w;
    // Every weight tensor of one shape has the same amplitude, so its FP8 scale depends on K only.
    g.wScale = m_w == DType::E4M3 ? (1.0f / std::sqrt(float(k))) / 448.0f : 1.0f;
    g.y = y;
    g.ldy = n;
    g.aType = m_a;
    m_backend.gemm(g);
}

void ModelRunner::enqueueStep()
{
    const ModelShape &m = m_config.model;
    const bool prefill = m_config.phase == Phase::Prefill;
    const long long h = m.hidden, dh = m.headDim();
    QkvLayout q;
    q.qkv = m_qkv;
    q.t = m_a;
    q.rows = m_rows;
    q.rowStride = m.qkvWidth();
    q.heads = m.heads;
    q.kvHeads = m.kvHeads;
    q.headDim = static_cast<int>(dh);
    q.rowsPerSeq = prefill ? m_config.prompt : 1;
    q.posOffset = prefill ? 0 : m_config.context - 1;

    m_backend.embed(m_tokens, m_embedding, m_x, m_a, m_rows, h);
    for (const Layer &layer : m_layers) {
        m_backend.rmsNorm({m_x, layer.normAttn, m_xn, m_a, m_rows, h, 1e-5f});
        linear(m_xn, h, m_rows, layer.wqkv, m.qkvWidth(), h, m_qkv);
        m_backend.rotary({q, 500000.0f});
        m_backend.appendKv(q, layer.cache);
        m_backend.attention({q, layer.cache, m_attn});
        linear(m_attn, m.heads * dh, m_rows, layer.wo, h, m.heads * dh, m_tmp);
        m_backend.addInPlace(m_x, m_tmp, m_a, static_cast<size_t>(m_rows * h));
        m_backend.rmsNorm({m_x, layer.normMlp, m_xn, m_a, m_rows, h, 1e-5f});
        linear(m_xn, h, m_rows, layer.wgu, 2LL * m.ffn, h, m_gu);
        m_backend.siluMul(m_gu, m_act, m_a, m_rows, m.ffn);
        linear(m_act, m.ffn, m_rows, layer.wdown, h, m.ffn, m_tmp);
        m_backend.addInPlace(m_x, m_tmp, m_a, static_cast<size_t>(m_rows * h));
    }
    m_backend.rmsNorm({m_x, m_normFinal, m_xn, m_a, m_rows, h, 1e-5f});
    // Logits of each sequence's last position only.
    const size_t ab = dtypeBytes(m_a);
    const long long stride = prefill ? m_config.prompt : 1;
    const void *last = static_cast<const char *>(m_xn) + static_cast<size_t>((stride - 1) * h) * ab;
    linear(last, stride * h, m_config.batch, m_lmHead, m.vocab, h, m_logits);
}

void ModelRunner::poisonOutputs()
{
    m_backend.fillBytes(m_logits, 0xff,
                        static_cast<size_t>(m_config.batch) * m_config.model.vocab * dtypeBytes(m_a));
    m_backend.synchronize();
}

std::vector<float> ModelRunner::logits()
{
    const size_t count = static_cast<size_t>(m_config.batch) * m_config.model.vocab;
    std::vector<unsigned char> raw(count * dtypeBytes(m_a));
    m_backend.synchronize();
    m_backend.download(raw.data(), m_logits, raw.size());
    std::vector<float> out(count);
    for (size_t i = 0; i < count; ++i)
        out[i] = loadAsFloat(raw.data(), m_a, i);
    return out;
}

} // namespace ea::trials
