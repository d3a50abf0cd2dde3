// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/benchmarkprofile.h"

#include <QByteArray>
#include <QStringList>

#include <optional>
#include <vector>

namespace ea {

/** What a result file holds, or why it cannot be read. */
struct BenchmarkFile
{
    std::vector<BenchmarkRun> runs;
    /** One line per problem: "<json path or line>: <reason>" (the caller puts the file name first). */
    QStringList errors;
};

/**
 * Reads the result file of a serving benchmark, recognised by its content:
 * - vLLM `vllm bench serve --save-result` (and benchmarks/benchmark_serving.py): one JSON object, or several
 *   (--append-result writes one a line), with mean_ttft_ms, mean_tpot_ms, request_throughput,
 *   output_throughput, total_input_tokens, total_output_tokens, completed, max_concurrency, request_rate;
 *   Python's NaN and Infinity are accepted as "not measured";
 * - GenAI-Perf `profile_export_genai_perf.json` and AIPerf `profile_export_aiperf.json`: per metric a block
 *   {"unit", "avg", "p50", …} (time_to_first_token, inter_token_latency, request_latency,
 *   request_throughput, output_token_throughput, input/output_sequence_length) and input_config with the
 *   concurrency; units ns, us, ms and s are converted;
 * - `trtllm-bench throughput` report (the text it prints): "Key: value" lines of its ENGINE/WORLD/REQUEST/
 *   PERFORMANCE sections.
 * Every problem is reported (a missing or non-numeric field named by its path and the reason); runs is
 * empty when errors is not. Pure function; thread-safe.
 */
BenchmarkFile parseServingBenchmark(const QByteArray &data);

/** One result file to import: its name (for messages and the profile's source) and its bytes. */
struct BenchmarkInput
{
    QString fileName;
    QByteArray data;
};

struct ServingBenchmarkImport
{
    std::optional<Scenario>
        scenario;             // a copy of the base with the profile added; set only when errors is empty
    BenchmarkProfile profile; // the profile and how it reproduces each run
    std::vector<BenchmarkRun> runs;
    Precision precision = Precision::BF16;
    QStringList errors; // "<file>: <json path or line>: <reason>" or "--option: <reason>"
};

/**
 * Reads the result files (parseServingBenchmark; several files = several load levels of one deployment),
 * makes the measured compute profile of model `modelId` on GPU type `gpuId` (profileFromBenchmark) and adds
 * it to a copy of `base` (replacing a profile of the same GPU, model and precision). precision: as given,
 * else what a trtllm-bench report states (FP8, NVFP4), else bf16. The result is checked as the scenario
 * loader checks; nothing is returned on any error. The profile's source names the tool(s), the files and the
 * runs; asOf is the latest run date the files give, else `today`.
 */
ServingBenchmarkImport importServingBenchmark(const Scenario &base, const std::vector<BenchmarkInput> &files,
                                              const QString &gpuId, const QString &modelId,
                                              std::optional<Precision> precision, const QString &today);

} // namespace ea
