// SPDX-License-Identifier: GPL-3.0-or-later
// Serving-benchmark import (vLLM, GenAI-Perf/AIPerf JSON, trtllm-bench text): any bytes give either runs
// with finite, non-negative figures, or problems and no runs; a profile made from them is added to a
// scenario exactly when there is no problem.
#include "engine/export/servingbenchmark.h"
#include "tests/fuzz/fuzzsupport.h"

#include <cmath>

namespace {
bool sane(double v)
{
    return std::isfinite(v) && v >= 0;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace ea;
    const QByteArray bytes = fuzz::bytes(data, size);
    const BenchmarkFile file = parseServingBenchmark(bytes);
    fuzz::require(file.errors.isEmpty() || file.runs.empty(), "no runs when there is a problem");
    fuzz::require(!file.errors.isEmpty() || !file.runs.empty(), "a problem when there are no runs");
    for (const BenchmarkRun &r : file.runs) {
        fuzz::require(sane(r.concurrency) && sane(r.inputTokens) && sane(r.outputTokens), "run sizes");
        fuzz::require(sane(r.ttftMs) && sane(r.tpotMs) && sane(r.requestLatencyMs), "run latencies");
        fuzz::require(sane(r.requestsPerSec) && sane(r.outputTokensPerSec), "run rates");
        fuzz::require(r.requests >= 0 && r.tensorParallel >= 0, "run counts");
    }
    if (file.runs.empty())
        return 0;
    const Scenario &base = fuzz::smallScenario();
    if (base.gpus.empty() || base.models.empty())
        return 0;
    const ServingBenchmarkImport imported = importServingBenchmark(
        base, {{QStringLiteral("fuzz.json"), QByteArray(bytes.constData(), bytes.size())}},
        base.gpus.front().id, base.models.front().id, std::nullopt, QStringLiteral("2026-01-01"));
    fuzz::require(imported.scenario.has_value() == imported.errors.isEmpty(),
                  "a scenario exactly when there is no problem");
    if (imported.scenario)
        fuzz::require(imported.scenario->computeProfiles.size() >= base.computeProfiles.size(),
                      "the profile is added or replaces one");
    return 0;
}
