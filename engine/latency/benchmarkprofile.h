// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace ea {

/** The benchmark tools whose result files EdgeAtlas reads. */
enum class BenchmarkTool { Vllm, GenAiPerf, AiPerf, TrtllmBench };
QString benchmarkToolName(BenchmarkTool t); // "vLLM bench serve", "GenAI-Perf", "AIPerf", "trtllm-bench"

/**
 * One measured run of a serving benchmark: one load level. Means over the run's requests; times in ms,
 * token counts per request. 0 where the file does not give the figure (TTFT and TPOT need streaming).
 */
struct BenchmarkRun
{
    BenchmarkTool tool = BenchmarkTool::Vllm;
    QString where;     // "record 2" for a file of several results, else empty
    QString modelName; // as the file names it (informational)
    QString date;      // ISO 8601 date of the run when the file gives it
    /** Requests in flight: as configured (max concurrency) or, when the file states none, by Little's law
     * (request throughput × mean request latency). */
    double concurrency = 0;
    bool concurrencyStated = false;
    /** Every request queued at once with no cap (trtllm-bench throughput, vLLM at rate inf): saturation. */
    bool offline = false;
    double inputTokens = 0, outputTokens = 0;
    double ttftMs = 0, tpotMs = 0, requestLatencyMs = 0;
    double requestsPerSec = 0, outputTokensPerSec = 0;
    int requests = 0;
    int tensorParallel = 0; // GPUs per replica when the file states it (trtllm-bench), else 0
    QString quantization;   // as the file states it (trtllm-bench), else empty
};

/** A measured compute profile made from serving-benchmark runs, and how well it reproduces them. */
struct BenchmarkProfile
{
    std::optional<MeasuredProfile> profile; // set only when errors is empty
    QStringList errors;                     // "<what>: <reason>"
    int gpusPerReplica = 0;                 // as the planner runs the model on the GPU
    /** Per run: what was measured and what the planner now predicts with the profile (0: not measured). */
    struct Check
    {
        QString run; // "vLLM bench serve, concurrency 8"
        double concurrency = 0;
        double measuredTtftMs = 0, modelTtftMs = 0;
        double measuredTpotMs = 0, modelTpotMs = 0;
        double measuredTokensPerSec = 0, modelTokensPerSec = 0; // output tokens per replica
    };
    std::vector<Check> checks;
};

/**
 * Turns serving-benchmark runs of one model on one GPU type into the measured compute profile the planner
 * uses instead of its own model (ComputeProfile: prefill rate, a decode step a + s·(b − 1), the TTFT beyond
 * the prefill). The runs are inverted through the planner's own equations (ComputeModel::at), so the profile
 * reproduces them:
 * - prefill and scheduling from TTFT at concurrency 1 (TTFT = scheduling + prompt / rate; two or more prompt
 *   lengths fit both, one splits off at most the fitted scheduling time, half the TTFT at most); from a run
 *   at higher concurrency, TTFT = scheduling + prefill + one step, the prefill capped so that its chunks take
 *   at most half a step (TTFT beyond that is the wait for a slot, which the planner's queueing model adds);
 * - the decode step from TPOT: TPOT = a + s·(b − 1) + (b / output) · prefill (chunked prefill); several
 *   concurrencies fit a and s (least squares on relative error), one takes the slope's shape from the
 *   planner's model scaled to the measured point;
 * - runs that only give throughput at saturation (trtllm-bench throughput) scale the planner's model so that
 *   its saturation throughput matches.
 * Errors name the run and the reason (the model does not fit the GPU, the file's tensor-parallel size differs
 * from the planner's, no run gives TTFT, TPOT or throughput). Pure function; thread-safe.
 */
BenchmarkProfile profileFromBenchmark(const Scenario &s, const QString &gpuId, const QString &modelId,
                                      Precision precision, const std::vector<BenchmarkRun> &runs,
                                      const QString &source, const QString &asOf);

} // namespace ea
