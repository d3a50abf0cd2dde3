// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas-trials: the trials engine's own command line (no Qt). Exit codes: 0 ok, 1 a trial or
// check failed or the device failed, 2 bad usage or input.

#include "engine/trials/analysis.h"
#include "engine/trials/backendloader.h"
#include "engine/trials/config.h"
#include "engine/trials/report.h"
#include "engine/trials/runner.h"
#include "engine/trials/selfcheck.h"

#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <set>
#include <sstream>

using namespace ea::trials;

namespace {

const char *kUsage = R"(Usage: edgeatlas-trials [options]
Runs transformer-shaped benchmark trials (synthetic weights, real model shapes) on the CPU or a GPU.

  --backend auto|cpu|cuda   device (auto: CUDA when the plugin finds a GPU, else CPU)
  --threads N               CPU backend threads (default: all)
  --scenario FILE           model catalogue (default: the shipped default scenario)
  --model ID[,ID...]        models by id (default: llama-3.2-1b; "all" for every one)
  --phase LIST              decode, prefill, gemm, attention (default: decode)
  --precision LIST          fp32, fp16, bf16, fp8 (default: bf16)
  --batch LIST              batch sizes (default: 1)
  --context LIST            KV lengths of decode and attention trials (default: 1024)
  --prompt LIST             prefill lengths (default: 512)
  --format json|md|csv      output format (default: md)
  -o, --output FILE         write the output to FILE (rewritten after every trial)
  --plan                    print the configurations with their predicted floors, run nothing
  --check                   correctness of every kernel against float64 (and GPU against CPU)
  --list                    print the model ids of the catalogue
  --ceilings                measure the ceilings only
  --pair                    the two configurations side by side: an A/A pair, then A/B (ABAB
                            rounds, paired ratio B/A per round), and the verdict: the median B/A
                            delta against the A/A noise (as the Trials mode shows it)
  --rounds N                rounds of --pair (default 20)
  --copy-mib N --gemm-size N  ceiling sizes (default: 1 GiB / 8192 on a GPU, 256 MiB / 1024 on the CPU)
  --min-samples N --min-time S --max-time S --target-rsd X --seed N
  --quick                   small stop rule (CI): 3 samples, 0.05 s minimum, 0.2 s cap
  -h, --help
)";

template <typename T, typename F> bool parseList(const std::string &arg, F parse, std::vector<T> *out)
{
    out->clear();
    std::stringstream ss(arg);
    std::string item;
    while (std::getline(ss, item, ',')) {
        auto v = parse(item);
        if (!v)
            return false;
        out->push_back(*v);
    }
    return !out->empty();
}

std::optional<int> parsePositive(const std::string &s)
{
    char *end = nullptr;
    const long v = std::strtol(s.c_str(), &end, 10);
    if (!end || *end || v <= 0 || v > 1 << 24)
        return std::nullopt;
    return static_cast<int>(v);
}

int usageError(const std::string &msg)
{
    std::cerr << "edgeatlas-trials: " << msg << "\n";
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    BackendKind kind = BackendKind::Auto;
    int threads = 0;
    std::string scenario = defaultScenarioPath();
    std::vector<std::string> modelIds{"llama-3.2-1b"};
    PlanAxes axes;
    std::string format = "md", output;
    bool plan = false, checkMode = false, list = false, ceilingsOnly = false, pair = false;
    int rounds = 20;
    int copyMib = 0, gemmSize = 0;
    StopRule rule;
    unsigned long long seed = 0x5eed2026ULL;
    std::string command = "edgeatlas-trials";
    for (int i = 1; i < argc; ++i)
        command += std::string(" ") + argv[i];

    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](std::string *v) {
            if (i + 1 >= argc)
                return false;
            *v = argv[++i];
            return true;
        };
        std::string v;
        if (a == "-h" || a == "--help") {
            std::cout << kUsage;
            return 0;
        } else if (a == "--plan") {
            plan = true;
        } else if (a == "--check") {
            checkMode = true;
        } else if (a == "--list") {
            list = true;
        } else if (a == "--ceilings") {
            ceilingsOnly = true;
        } else if (a == "--pair") {
            pair = true;
        } else if (a == "--quick") {
            rule.minSamples = 3;
            rule.minTimeS = 0.05;
            rule.maxTimeS = 0.2;
            rule.warmupRuns = 1;
            rule.warmupS = 0.0;
            rule.targetRelStddev = 0.05;
        } else if (!value(&v)) {
            return usageError(a.rfind("-", 0) == 0 ? a + ": unknown option or missing value"
                                                   : a + ": unexpected argument");
        } else if (a == "--backend") {
            auto k = parseBackendKind(v);
            if (!k)
                return usageError("--backend: expected auto, cpu or cuda");
            kind = *k;
        } else if (a == "--threads") {
            auto n = parsePositive(v);
            if (!n)
                return usageError("--threads: expected a positive number");
            threads = *n;
        } else if (a == "--scenario") {
            scenario = v;
        } else if (a == "--model") {
            if (!parseList<std::string>(
                    v, [](const std::string &s) { return std::optional<std::string>(s); }, &modelIds))
                return usageError("--model: expected model ids");
        } else if (a == "--phase") {
            if (!parseList<Phase>(
                    v, [](const std::string &s) { return parsePhase(s); }, &axes.phases))
                return usageError("--phase: expected decode, prefill, gemm or attention");
        } else if (a == "--precision") {
            if (!parseList<Precision>(
                    v, [](const std::string &s) { return parsePrecision(s); }, &axes.precisions))
                return usageError("--precision: expected fp32, fp16, bf16 or fp8");
        } else if (a == "--batch") {
            if (!parseList<int>(v, parsePositive, &axes.batches))
                return usageError("--batch: expected positive numbers");
        } else if (a == "--context") {
            if (!parseList<int>(v, parsePositive, &axes.contexts))
                return usageError("--context: expected positive numbers");
        } else if (a == "--prompt") {
            if (!parseList<int>(v, parsePositive, &axes.prompts))
                return usageError("--prompt: expected positive numbers");
        } else if (a == "--format") {
            if (v != "json" && v != "md" && v != "csv")
                return usageError("--format: expected json, md or csv");
            format = v;
        } else if (a == "-o" || a == "--output") {
            output = v;
        } else if (a == "--rounds") {
            auto n = parsePositive(v);
            if (!n)
                return usageError("--rounds: expected a positive number");
            rounds = *n;
        } else if (a == "--copy-mib" || a == "--gemm-size") {
            auto n = parsePositive(v);
            if (!n)
                return usageError(a + ": expected a positive number");
            (a == "--copy-mib" ? copyMib : gemmSize) = *n;
        } else if (a == "--min-samples") {
            auto n = parsePositive(v);
            if (!n)
                return usageError("--min-samples: expected a positive number");
            rule.minSamples = *n;
        } else if (a == "--min-time" || a == "--max-time" || a == "--target-rsd") {
            char *end = nullptr;
            const double d = std::strtod(v.c_str(), &end);
            if (!end || *end || !(d >= 0) || d > 3600)
                return usageError(a + ": expected a number");
            (a == "--min-time"   ? rule.minTimeS
             : a == "--max-time" ? rule.maxTimeS
                                 : rule.targetRelStddev) = d;
        } else if (a == "--seed") {
            char *end = nullptr;
            seed = std::strtoull(v.c_str(), &end, 0);
            if (!end || *end)
                return usageError("--seed: expected a number");
        } else {
            return usageError(a + ": unknown option");
        }
    }

    std::vector<ModelShape> catalogue;
    std::string error;
    if (!loadModelCatalogue(scenario, &catalogue, &error)) {
        std::cerr << error << "\n";
        return 2;
    }
    if (list) {
        for (const ModelShape &m : catalogue)
            std::cout << m.id << "\t" << m.name << "\tL=" << m.layers << " h=" << m.hidden
                      << " heads=" << m.heads << "/" << m.kvHeads << " ffn=" << m.ffn << " vocab=" << m.vocab
                      << "\n";
        return 0;
    }
    std::set<std::string> wanted(modelIds.begin(), modelIds.end());
    for (const std::string &id : modelIds) {
        bool found = id == "all";
        for (const ModelShape &m : catalogue)
            found = found || m.id == id;
        if (!found)
            return usageError("--model: " + id + " is not in " + scenario + " (see --list)");
    }
    for (const ModelShape &m : catalogue) {
        if (wanted.count("all") || wanted.count(m.id))
            axes.models.push_back(m);
    }
    const std::vector<TrialConfig> configs = expandPlan(axes);
    if (pair && configs.size() != 2)
        return usageError(
            "--pair: the options must give exactly two configurations (e.g. --precision bf16,fp8), got " +
            std::to_string(configs.size()));

    std::string note;
    std::unique_ptr<Backend> backend;
    try {
        backend = createBackend(kind, threads, &note, &error);
    } catch (const std::exception &e) {
        error = e.what();
    }
    if (!backend) {
        std::cerr << "edgeatlas-trials: " << error << "\n";
        return 1;
    }
    if (!note.empty())
        std::cerr << "edgeatlas-trials: " << note << "\n";
    const DeviceInfo &info = backend->info();
    std::cerr << "edgeatlas-trials: backend " << info.backend << ", " << info.device << ", " << info.blas
              << "\n";

    if (checkMode) {
        std::unique_ptr<Backend> cpu;
        if (info.backend != "cpu")
            cpu = createCpuBackend(threads);
        const auto results = runSelfCheck(*backend, cpu.get(), seed);
        int failed = 0;
        std::printf(
            "| check | precision | written | rel. error | tolerance | vs CPU mismatches | result |\n");
        std::printf("| --- | --- | --- | ---: | ---: | ---: | --- |\n");
        for (const CheckResult &r : results) {
            failed += r.pass ? 0 : 1;
            std::printf("| %s | %s | %s | %.3g | %.0e | %lld | %s |\n", r.name.c_str(),
                        precisionName(r.precision), r.written ? "yes" : "NO", r.relError, r.tolerance,
                        r.mismatches, r.pass ? "pass" : "FAIL");
        }
        std::printf("%d of %zu checks passed on %s\n", static_cast<int>(results.size()) - failed,
                    results.size(), info.backend.c_str());
        return failed ? 1 : 0;
    }

    TrialRunner runner(*backend, rule, seed);
    Report report;
    report.provenance = makeProvenance(info, seed, rule, command);
    std::vector<Precision> precisions = axes.precisions;
    try {
        report.ceilings =
            runner.measureCeilings(precisions, nullptr, static_cast<size_t>(copyMib) << 20, gemmSize);
        report.haveCeilings = true;
    } catch (const std::exception &e) {
        std::cerr << "edgeatlas-trials: measuring the ceilings failed: " << e.what() << "\n";
        return 1;
    }
    if (plan) {
        std::cout << "Predicted floors from ceilings measured now: copy " << report.ceilings.copyBps / 1e9
                  << " GB/s (read + write)";
        for (const auto &[p, rate] : report.ceilings.gemmFlops)
            std::cout << ", GEMM " << precisionName(p) << " " << rate / 1e12 << " TFLOP/s";
        std::cout << "\n\n" << planTable(configs, report.ceilings, runner.memoryBudgetBytes());
        return 0;
    }
    auto emit = [&](bool final) {
        const std::string text = format == "json"  ? toJson(report)
                                 : format == "csv" ? toCsv(report)
                                                   : toMarkdown(report);
        if (output.empty()) {
            if (final)
                std::cout << text;
            return true;
        }
        std::string werr;
        if (!writeFileAtomically(output, text, &werr)) {
            std::cerr << werr << "\n";
            return false;
        }
        return true;
    };
    bool ok = true;
    if (pair) {
        // A/A first: its spread is the noise floor a B/A difference must exceed.
        std::cerr << "pair: A = " << configs[0].label() << ", B = " << configs[1].label()
                  << " (A/A, then A/B)\n";
        report.pairs.push_back(runner.runPair(configs[0], configs[0], rounds));
        emit(false);
        report.pairs.push_back(runner.runPair(configs[0], configs[1], rounds));
        for (const PairResult &p : report.pairs) {
            std::fprintf(stderr, "pair %s | %s: B/A median %.4f (p10 %.4f, p90 %.4f, %d rounds) %s\n",
                         p.a.label().c_str(), p.b.label().c_str(), p.ratio.median, p.ratio.p10, p.ratio.p90,
                         p.ratio.n, p.status.c_str());
            ok = ok && p.status == "ok";
        }
        std::fprintf(stderr, "verdict: %s\n", verdictText(compareReportPairs(report.pairs)).c_str());
    } else if (!ceilingsOnly) {
        runner.runAll(configs, report.ceilings, [&](int i, int n, const TrialResult &r) {
            report.results.push_back(r);
            std::fprintf(stderr, "[%d/%d] %s: %.3f ms (floor %.3f ms, %.1f %% of roofline) %s\n", i + 1, n,
                         r.config.label().c_str(), r.stats.median * 1e3, r.floorS * 1e3, r.pctOfRoofline,
                         r.status.c_str());
            ok = ok && (r.ok() || r.status.rfind("skipped", 0) == 0);
            emit(false);
        });
    }
    if (!emit(true))
        return 1;
    return ok ? 0 : 1;
}
