// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/computemodel.h"
#include "engine/model/scenario.h"

#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

namespace ea {

/**
 * One published serving result (the columns of ../shared/data/serving/serving_calibration.csv), mapped
 * onto the catalogue: the GPU type and model of a scenario, the tensor-parallel width and the engine.
 */
struct ServingSample
{
    QString modelName, gpuName, source;
    QString model, gpu; // catalogue ids; empty when the catalogue has no match
    Precision precision = Precision::FP8;
    int tensorParallel = 1, pipelineParallel = 1;
    int concurrency = 0; // 0 = offline saturation ("max")
    int inputTokens = 0, outputTokens = 0;
    std::optional<double> ttftMs, tpotMs, throughputTokS; // throughput: output tokens/s of the whole group
    /** KV cache precision the engine used: vLLM keeps 16 bit unless told (kv_cache_dtype auto). */
    std::optional<Precision> kvPrecision;
};

/**
 * Reads the serving calibration CSV (header: model, gpu, precision, batch, input_tokens, output_tokens,
 * ttft_ms, tpot_ms, throughput_tok_s, source, notes). Where notes state a median ITL it replaces the P95
 * tpot_ms. Rows are mapped onto s's catalogues by name (Llama 3.x 8B/70B/405B, Qwen3-8B; H100, H200, B200,
 * RTX PRO 6000); rows without a match keep empty ids. On a bad line returns false with
 * *error = "<file>:<line>: <column>: <reason>".
 */
bool readServingSamplesCsv(const QString &fileName, const Scenario &catalogue,
                           std::vector<ServingSample> &out, QString *error);

/** The fitted quantities: the serving parameters plus achieved/peak FLOP/s and bandwidth. */
struct ServingFit
{
    ServingParams serving;
    double computeEfficiency = 0.5, bandwidthEfficiency = 0.8;
    double objective = 0;
};

/** What a sample is compared on. */
enum class ServingMetric { SaturationThroughput, Tpot1, Ttft1, TpotLoaded, ThroughputLoaded };
QString
servingMetricId(ServingMetric m); // "saturation", "tpot_c1", "ttft_c1", "tpot_loaded", "throughput_loaded"

/** Signed log errors log(model / published), per metric. */
using ServingErrors = std::map<ServingMetric, std::vector<double>>;
double medianAbs(const std::vector<double> &logErrors);
double median(std::vector<double> values);

/**
 * The samples the model is fitted and judged on: dense models found in the catalogue, tensor parallel only
 * (pipeline-parallel runs are not modeled), concurrency runs up to 128 (beyond it the engine's own cap and
 * queueing take over).
 */
bool servingSampleUsable(const ServingSample &s);

/** The model's predictions against the samples (usable ones only). */
ServingErrors servingErrors(const std::vector<ServingSample> &samples, const Scenario &catalogue,
                            const ServingFit &fit);

/**
 * Fits the serving parameters and the two efficiencies to the samples: minimises, per metric, the mean
 * squared log error (each clipped at 1) plus a weak Gaussian prior on every parameter centred on the
 * engines' documented defaults (KV share 0.8, step overhead 0.5 ms, …), so that a parameter the samples do
 * not constrain stays physical. Nelder–Mead from `start`; deterministic. maxBatch is kept from start.
 */
ServingFit fitServingParams(const std::vector<ServingSample> &samples, const Scenario &catalogue,
                            const ServingFit &start);

/**
 * Where every fit of the validation starts: the engines' documented defaults (KV share 0.8, step overhead
 * 0.5 ms, …), not the shipped parameters, so that no held-out figure depends on a fit that saw the samples.
 */
ServingFit servingFitPrior();

/** Leave-one-model-out: every model family's samples predicted by a fit without them. */
ServingErrors leaveOneModelOut(const std::vector<ServingSample> &samples, const Scenario &catalogue,
                               const ServingFit &start);

/** The same, per held-out family (catalogue model id, else the published model name). */
std::map<QString, ServingErrors> leaveOneModelOutByFamily(const std::vector<ServingSample> &samples,
                                                          const Scenario &catalogue, const ServingFit &start);

/** "saturation: n=60 median |log| 0.148 (bias +0.07); tpot_c1: …" */
QString describeServingErrors(const ServingErrors &e);

} // namespace ea
