// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON reader, the model catalogue of the default scenario, the byte/FLOP accounting against the
// figures worked out in GPU_ENGINE.md §4, and plan expansion.

#include "engine/trials/config.h"
#include "engine/trials/json.h"
#include "engine/trials/runner.h"
#include "engine/trials/tests/trialstest.h"

#include <cmath>
#include <cstdio>
#include <fstream>

using namespace ea::trials;

static void json()
{
    JsonValue v;
    std::string err;
    EA_CHECK(JsonValue::parse(R"({"a": [1, 2.5e3, -0.5], "s": "x\"y\u00e9", "t": true, "n": null, "o": {}})",
                              &v, &err));
    EA_CHECK(v.isObject());
    EA_CHECK(v.find("a") && v.find("a")->array().size() == 3 && v.find("a")->array()[1].number() == 2500);
    EA_CHECK(v.find("s") && v.find("s")->string() == "x\"y\xc3\xa9");
    EA_CHECK(v.find("t") && v.find("t")->boolean());
    EA_CHECK(!v.find("missing"));
    for (const char *bad : {"{", "[1,]", "{\"a\" 1}", "01x", "\"abc", "[1] 2", "{\"a\": tru}", ""}) {
        err.clear();
        EA_CHECK(!JsonValue::parse(bad, &v, &err));
        EA_CHECK(err.rfind("offset ", 0) == 0);
    }
    EA_CHECK(jsonQuote("a\"b\n") == "\"a\\\"b\\n\"");
    EA_CHECK(jsonNumber(NAN) == "null");
    EA_CHECK(jsonNumber(15010000000.0) == "15010000000");
}

static ModelShape find(const std::vector<ModelShape> &models, const std::string &id)
{
    for (const ModelShape &m : models)
        if (m.id == id)
            return m;
    return {};
}

static void catalogue()
{
    std::vector<ModelShape> models;
    std::string err;
    EA_CHECK(loadModelCatalogue(defaultScenarioPath(), &models, &err));
    EA_CHECK(models.size() >= 5);
    const ModelShape l8 = find(models, "llama-3-8b");
    EA_CHECK(l8.layers == 32 && l8.hidden == 4096 && l8.heads == 32 && l8.kvHeads == 8 && l8.ffn == 14336 &&
             l8.vocab == 128256);
    // GPU_ENGINE.md §4: linear 6.979 B + lm_head 0.525 B.
    EA_CHECK_NEAR(l8.layers * l8.linearParamsPerLayer() / 1e9, 6.979, 0.001);
    EA_CHECK_NEAR(l8.streamedParams() / 1e9, 7.504, 0.001);

    const std::string bad = "trials_test_config_bad.json";
    {
        std::ofstream out(bad);
        out << R"({"models": [{"id": "x", "layers": 2, "hidden": 100, "heads": 3, "kvHeads": 1, "ffn": 8, "vocab": 9}]})";
    }
    EA_CHECK(!loadModelCatalogue(bad, &models, &err));
    EA_CHECK(err.find("$.models[0]") != std::string::npos);
    {
        std::ofstream out(bad);
        out << R"({"models": [{"id": "x", "layers": 2}]})";
    }
    EA_CHECK(!loadModelCatalogue(bad, &models, &err));
    EA_CHECK(err.find("$.models[0].hidden") != std::string::npos);
    std::remove(bad.c_str());
    EA_CHECK(!loadModelCatalogue("/nonexistent/scenario.json", &models, &err));
}

static void accounting()
{
    std::vector<ModelShape> models;
    std::string err;
    loadModelCatalogue(defaultScenarioPath(), &models, &err);
    TrialConfig c;
    c.model = find(models, "llama-3-8b");
    c.phase = Phase::Decode;
    c.precision = Precision::BF16;
    c.batch = 1;
    c.context = 1024;
    // GPU_ENGINE.md §4 table: bytes GB and GFLOP of Llama-3-8B decode steps.
    struct Row
    {
        Precision p;
        int batch, ctx;
        double gb, gflop;
    };
    for (const Row r :
         {Row{Precision::BF16, 1, 1024, 15.15, 15.5}, Row{Precision::BF16, 1, 4096, 15.55, 17.2},
          Row{Precision::BF16, 8, 1024, 16.13, 124}, Row{Precision::BF16, 64, 1024, 23.99, 995},
          Row{Precision::BF16, 64, 4096, 49.75, 1098}, Row{Precision::BF16, 256, 1024, 50.91, 3980},
          Row{Precision::FP8, 1, 1024, 7.64, 15.5}, Row{Precision::FP8, 64, 1024, 16.48, 995}}) {
        c.precision = r.p;
        c.batch = r.batch;
        c.context = r.ctx;
        const Accounting a = account(c);
        EA_CHECK_NEAR(a.bytes() / 1e9, r.gb, 0.01 * r.gb);
        EA_CHECK_NEAR(a.flops() / 1e9, r.gflop, 0.01 * r.gflop);
        EA_CHECK(a.tokens == r.batch);
    }
    c.precision = Precision::BF16;
    c.batch = 1;
    c.context = 1024;
    // KV = 131,072 B per token (BF16).
    EA_CHECK_NEAR(account(c).kvReadBytes / 1024, 131072.0, 1.0);
    // Prefill P=2048: 29.7 TFLOP, 1.1 T of it causal attention.
    c.phase = Phase::Prefill;
    c.prompt = 2048;
    const Accounting p = account(c);
    EA_CHECK_NEAR(p.flops() / 1e12, 29.7, 0.3);
    EA_CHECK_NEAR(p.attentionFlops / 1e12, 1.1, 0.05);
    EA_CHECK(p.tokens == 2048);
    // Floors: 15.15 GB at 3.0 TB/s is 5.05 ms; B=256 is compute-bound at 798 TFLOP/s... memory at 3.0.
    Ceilings ceil;
    ceil.copyBps = 3.0e12;
    ceil.gemmFlops[Precision::BF16] = 798e12;
    c.phase = Phase::Decode;
    std::string bound;
    EA_CHECK_NEAR(predictedFloorS(c, ceil, &bound) * 1e3, 5.05, 0.05);
    EA_CHECK(bound == "memory");
    c.phase = Phase::Prefill;
    EA_CHECK_NEAR(predictedFloorS(c, ceil, &bound) * 1e3, 37.2, 0.4);
    EA_CHECK(bound == "compute");
    c.precision = Precision::FP8; // FP8 weight-only GEMMs run at the BF16 rate
    EA_CHECK(ceil.peakFlops(Precision::FP8) == 798e12);
}

static void plan()
{
    std::vector<ModelShape> models;
    std::string err;
    loadModelCatalogue(defaultScenarioPath(), &models, &err);
    PlanAxes axes;
    axes.models = {models[0], models[1]};
    axes.phases = {Phase::Decode, Phase::Prefill, Phase::OpGemm};
    axes.precisions = {Precision::BF16, Precision::FP8};
    axes.batches = {1, 8, 64};
    axes.contexts = {1024, 4096};
    axes.prompts = {512};
    const auto configs = expandPlan(axes);
    // per model and precision: decode 3x2, prefill 3x1, gemm 3
    EA_CHECK(configs.size() == 2u * 2u * (6u + 3u + 3u));
    EA_CHECK(configs.front().label() == models[0].id + " decode bf16 B=1 ctx=1024");
}

int main()
{
    json();
    catalogue();
    accounting();
    plan();
    return ea::trials::test::result();
}
