// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/trials/backend.h"
#include "engine/trials/config.h"

#include <cstdint>
#include <vector>

namespace ea::trials {

/**
 * One model instance on a backend: synthetic weights (hash of seed and tensor, uniform ±1/sqrt(K),
 * never zero), a KV cache filled with synthetic keys and values, activations and the logits.
 * enqueueStep() queues a whole decode step (B tokens at position context-1, ~12 operations per
 * layer) or a prefill of B x P tokens; a step starts from the embedding, so it can be replayed.
 */
class ModelRunner
{
public:
    /** Allocates and fills everything; throws BackendError (e.g. out of memory). */
    ModelRunner(Backend &backend, const TrialConfig &config, uint64_t seed);
    ~ModelRunner();
    ModelRunner(const ModelRunner &) = delete;
    ModelRunner &operator=(const ModelRunner &) = delete;

    void enqueueStep();
    /** Fills the logits with NaN bytes, so a check after a step sees whether every one was written. */
    void poisonOutputs();
    /** Logits [batch, vocab] as float (synchronises). */
    std::vector<float> logits();

private:
    struct Layer
    {
        void *wqkv, *wo, *wgu, *wdown, *normAttn, *normMlp;
        KvCache cache;
    };
    void *allocFill(size_t count, DType t, float amplitude, float invScale);
    void *allocRaw(size_t bytes);
    void linear(const void *x, long long ldx, long long rows, const void *w, long long n, long long k,
                void *y);

    Backend &m_backend;
    TrialConfig m_config;
    uint64_t m_seed;
    uint64_t m_tensorIndex = 0;
    DType m_w, m_a;
    long long m_rows = 0;
    std::vector<void *> m_allocations;
    std::vector<Layer> m_layers;
    void *m_embedding = nullptr, *m_lmHead = nullptr, *m_normFinal = nullptr;
    int32_t *m_tokens = nullptr;
    void *m_x = nullptr, *m_xn = nullptr, *m_qkv = nullptr, *m_attn = nullptr, *m_tmp = nullptr;
    void *m_gu = nullptr, *m_act = nullptr, *m_logits = nullptr;
};

} // namespace ea::trials
