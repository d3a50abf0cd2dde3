// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/config.h"

#include "engine/trials/json.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#ifndef EA_TRIALS_SOURCE_DIR
#define EA_TRIALS_SOURCE_DIR "."
#endif

namespace ea::trials {

const char *precisionName(Precision p)
{
    switch (p) {
    case Precision::FP32:
        return "fp32";
    case Precision::FP16:
        return "fp16";
    case Precision::BF16:
        return "bf16";
    case Precision::FP8:
        return "fp8";
    }
    return "?";
}

std::optional<Precision> parsePrecision(std::string_view s)
{
    for (Precision p : {Precision::FP32, Precision::FP16, Precision::BF16, Precision::FP8}) {
        if (s == precisionName(p))
            return p;
    }
    return std::nullopt;
}

DType weightType(Precision p)
{
    switch (p) {
    case Precision::FP32:
        return DType::F32;
    case Precision::FP16:
        return DType::F16;
    case Precision::BF16:
        return DType::BF16;
    case Precision::FP8:
        return DType::E4M3;
    }
    return DType::F32;
}

DType activationType(Precision p)
{
    return p == Precision::FP8 ? DType::BF16 : weightType(p);
}

long long ModelShape::linearParamsPerLayer() const
{
    const long long h = hidden, d = headDim();
    return h * heads * d + 2 * h * kvHeads * d + static_cast<long long>(heads) * d * h + 3 * h * ffn;
}

long long ModelShape::streamedParams() const
{
    return layers * linearParamsPerLayer() + static_cast<long long>(vocab) * hidden;
}

std::string ModelShape::problem() const
{
    if (layers <= 0 || hidden <= 0 || heads <= 0 || kvHeads <= 0 || ffn <= 0 || vocab <= 0)
        return "layers, hidden, heads, kvHeads, ffn and vocab must be positive";
    if (hidden % heads != 0)
        return "hidden must be a multiple of heads";
    if (heads % kvHeads != 0)
        return "heads must be a multiple of kvHeads";
    if (headDim() % 2 != 0 || headDim() > 256)
        return "the head dimension must be even and at most 256";
    return {};
}

bool loadModelCatalogue(const std::string &path, std::vector<ModelShape> *models, std::string *error)
{
    // Only a regular file of bounded size: a device such as /dev/zero would be read until memory runs out.
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) {
        *error = path + ": cannot open the file: " + std::strerror(errno);
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = path + ": not a regular file";
        return false;
    }
    constexpr off_t kMaxCatalogueBytes = 64ll << 20;
    if (st.st_size > kMaxCatalogueBytes) {
        *error = path + ": larger than the 64 MiB limit";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *error = path + ": cannot open the file";
        return false;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    JsonValue root;
    std::string parseError;
    if (!JsonValue::parse(ss.str(), &root, &parseError)) {
        *error = path + ": " + parseError;
        return false;
    }
    const JsonValue *list = root.find("models");
    if (!list || !list->isArray()) {
        *error = path + ": $.models: missing or not an array";
        return false;
    }
    models->clear();
    for (size_t i = 0; i < list->array().size(); ++i) {
        const JsonValue &m = list->array()[i];
        const std::string at = "$.models[" + std::to_string(i) + "]";
        ModelShape s;
        const JsonValue *id = m.find("id");
        if (!id || !id->isString()) {
            *error = path + ": " + at + ".id: missing or not a string";
            return false;
        }
        s.id = id->string();
        const JsonValue *name = m.find("name");
        s.name = name && name->isString() ? name->string() : s.id;
        struct Field
        {
            const char *key;
            int *value;
        };
        for (const Field f :
             {Field{"layers", &s.layers}, Field{"hidden", &s.hidden}, Field{"heads", &s.heads},
              Field{"kvHeads", &s.kvHeads}, Field{"ffn", &s.ffn}, Field{"vocab", &s.vocab}}) {
            const JsonValue *v = m.find(f.key);
            if (!v || !v->isNumber() || v->number() < 1 || v->number() > 1e7 ||
                v->number() != static_cast<int>(v->number())) {
                *error = path + ": " + at + "." + f.key + ": missing or not a positive integer";
                return false;
            }
            *f.value = static_cast<int>(v->number());
        }
        if (const std::string p = s.problem(); !p.empty()) {
            *error = path + ": " + at + ": " + p;
            return false;
        }
        models->push_back(std::move(s));
    }
    return true;
}

std::string defaultScenarioPath()
{
    return std::string(EA_TRIALS_SOURCE_DIR) + "/resources/scenarios/default.json";
}

const char *phaseName(Phase p)
{
    switch (p) {
    case Phase::Decode:
        return "decode";
    case Phase::Prefill:
        return "prefill";
    case Phase::OpGemm:
        return "gemm";
    case Phase::OpAttention:
        return "attention";
    }
    return "?";
}

std::optional<Phase> parsePhase(std::string_view s)
{
    for (Phase p : {Phase::Decode, Phase::Prefill, Phase::OpGemm, Phase::OpAttention}) {
        if (s == phaseName(p))
            return p;
    }
    return std::nullopt;
}

std::string TrialConfig::label() const
{
    std::string s =
        model.id + " " + phaseName(phase) + " " + precisionName(precision) + " B=" + std::to_string(batch);
    if (phase == Phase::Prefill)
        s += " P=" + std::to_string(prompt);
    else if (phase != Phase::OpGemm)
        s += " ctx=" + std::to_string(context);
    return s;
}

GemmShape opGemmShape(const TrialConfig &c)
{
    return {c.batch, 2LL * c.model.ffn, c.model.hidden};
}

Accounting account(const TrialConfig &c)
{
    const ModelShape &m = c.model;
    const double w = static_cast<double>(dtypeBytes(weightType(c.precision)));
    const double a = static_cast<double>(dtypeBytes(activationType(c.precision)));
    const double L = m.layers, h = m.hidden, nh = m.heads, nkv = m.kvHeads, dh = m.headDim();
    const double B = c.batch;
    Accounting r;
    auto gemm = [&](double M, double N, double K) {
        r.weightBytes += N * K * w;
        r.activationBytes += (M * K + M * N) * a;
        r.gemmFlops += 2 * M * N * K;
    };
    if (c.phase == Phase::OpGemm) {
        const GemmShape g = opGemmShape(c);
        gemm(static_cast<double>(g.m), static_cast<double>(g.n), static_cast<double>(g.k));
        r.tokens = B;
        return r;
    }
    if (c.phase == Phase::OpAttention) {
        const double ctx = c.context;
        r.kvReadBytes = B * ctx * 2 * nkv * dh * a;
        r.activationBytes = 2 * B * nh * dh * a;
        r.attentionFlops = 4 * B * nh * dh * ctx;
        r.tokens = B;
        return r;
    }
    const double M = c.phase == Phase::Decode ? B : B * c.prompt;
    for (int l = 0; l < m.layers; ++l) {
        gemm(M, static_cast<double>(m.qkvWidth()), h);
        gemm(M, h, nh * dh);
        gemm(M, 2.0 * m.ffn, h);
        gemm(M, h, m.ffn);
    }
    gemm(B, m.vocab, h); // lm_head: the last position of each sequence only
    r.embeddingBytes = M * h * a;
    if (c.phase == Phase::Decode) {
        const double ctx = c.context;
        r.kvReadBytes = B * ctx * 2 * L * nkv * dh * a;
        r.kvWriteBytes = B * 2 * L * nkv * dh * a;
        r.attentionFlops = 4 * B * L * nh * dh * ctx;
        r.tokens = B;
    } else {
        const double P = c.prompt;
        r.kvWriteBytes = B * P * 2 * L * nkv * dh * a;
        r.attentionFlops = 2 * B * L * nh * dh * P * P;
        r.tokens = B * P;
    }
    // RMSNorm (2 per layer + final), rotary on q and k, SiLU*mul: a few FLOPs per element.
    r.otherFlops = M * L * (2 * 4 * h + 6 * (nh + nkv) * dh + 5.0 * m.ffn) + M * 4 * h;
    return r;
}

double footprintBytes(const TrialConfig &c)
{
    const Accounting acc = account(c);
    const ModelShape &m = c.model;
    const double a = static_cast<double>(dtypeBytes(activationType(c.precision)));
    const double embedding = static_cast<double>(m.vocab) * m.hidden * a;
    const double positions = c.phase == Phase::Prefill ? c.prompt : c.context;
    const double kv = static_cast<double>(c.batch) * positions * 2 * m.layers * m.kvHeads * m.headDim() * a;
    const double rows = c.phase == Phase::Prefill ? static_cast<double>(c.batch) * c.prompt : c.batch;
    const double scratch = rows * (4.0 * m.hidden + m.qkvWidth() + 3.0 * m.ffn) * 4 + c.batch * 4.0 * m.vocab;
    if (c.phase == Phase::OpAttention)
        return acc.kvReadBytes + acc.activationBytes;
    if (c.phase == Phase::OpGemm)
        return acc.weightBytes + acc.activationBytes;
    return acc.weightBytes + embedding + kv + scratch;
}

} // namespace ea::trials
