// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The C++ API the app's trials panel and the edgeatlas-trials command use: expand the axes into
// configurations, measure the ceilings of this device in this process, run configurations (with
// a progress callback and a cancel flag), and run side-by-side pairs.

#include "engine/trials/backend.h"
#include "engine/trials/config.h"
#include "engine/trials/measure.h"

#include <atomic>
#include <functional>
#include <map>
#include <string>
#include <vector>

namespace ea::trials {

/** The axes of a plan (nvbench style): every combination becomes one configuration. */
struct PlanAxes
{
    std::vector<ModelShape> models;
    std::vector<Phase> phases{Phase::Decode};
    std::vector<Precision> precisions{Precision::BF16};
    std::vector<int> batches{1};
    std::vector<int> contexts{1024}; // decode and attention
    std::vector<int> prompts{512};   // prefill
};
std::vector<TrialConfig> expandPlan(const PlanAxes &axes);

/** Ceilings measured in the same process as the trials. */
struct Ceilings
{
    double copyBytes = 0; // buffer size; the copy moves 2x this (read + write)
    double copyBps = 0;   // (read + write) bytes per second
    double readBps = 0;   // read-only streaming, wide loads
    Stats copy, read;
    long long gemmSize = 0; // n of the n^3 GEMMs
    std::map<Precision, double> gemmFlops;
    std::map<Precision, Stats> gemm;
    double fp8TensorFlops = 0; // E4M3 x E4M3 tensor-core GEMM (cuBLASLt), 0 where not measured
    Stats fp8Tensor;

    /** The compute peak a precision's floor uses (the BF16 rate for FP8 weight-only GEMMs). */
    double peakFlops(Precision p) const;
};

struct TrialResult
{
    TrialConfig config;
    Accounting accounting;
    Stats stats;
    std::string status = "ok";   // "ok", "skipped: reason" or "failed: reason"
    bool outputsWritten = false; // every poisoned output element was overwritten and finite
    bool graph = false;          // timed as a replayed graph (CUDA graph on the GPU)
    double floorS = 0;           // max(bytes / copy BW, FLOPs / GEMM peak)
    std::string bound;           // "memory" or "compute"
    double pctOfRoofline = 0;    // floorS / median
    double achievedBps = 0, achievedFlops = 0, tokensPerS = 0;
    double pctOfCopyBw = 0, pctOfReadBw = 0, pctOfSpecBw = 0;

    bool ok() const { return status == "ok"; }
};

/** Side-by-side trial: A and B interleaved in rounds (ABAB...), paired ratio B/A per round. */
struct PairResult
{
    TrialConfig a, b;
    Stats sa, sb;
    Stats ratio;
    std::string status = "ok";
};

double predictedFloorS(const TrialConfig &c, const Ceilings &ceilings, std::string *bound = nullptr);

class TrialRunner
{
public:
    TrialRunner(Backend &backend, StopRule rule, uint64_t seed);

    /**
     * Copy, read-stream and GEMM ceilings for the given precisions. copyBytes 0: the default buffer
     * (1 GiB on a GPU, 256 MiB on the CPU, at least 8x the last-level cache); gemmSize 0: 8192 on a
     * GPU, 1024 on the CPU.
     */
    Ceilings measureCeilings(const std::vector<Precision> &precisions,
                             const std::atomic<bool> *cancel = nullptr, size_t copyBytes = 0,
                             long long gemmSize = 0);
    TrialResult run(const TrialConfig &c, const Ceilings &ceilings,
                    const std::atomic<bool> *cancel = nullptr);

    /** Called after each configuration: index (0-based), total, the result. */
    using Progress = std::function<void(int, int, const TrialResult &)>;
    std::vector<TrialResult> runAll(const std::vector<TrialConfig> &configs, const Ceilings &ceilings,
                                    const Progress &progress = {}, const std::atomic<bool> *cancel = nullptr);
    PairResult runPair(const TrialConfig &a, const TrialConfig &b, int rounds,
                       const std::atomic<bool> *cancel = nullptr);

    /** Memory a backend may use for one trial (a share of the device's memory). */
    double memoryBudgetBytes() const;

private:
    /** Sets up a trial: returns the per-run function and a cleanup; sets written/status. */
    struct Prepared;
    bool prepare(const TrialConfig &c, Prepared *p, std::string *status);
    /** Copies of an operator's input so that they total at least 4x the last-level cache (<= 64). */
    int rotationCopies(double inputBytes) const;

    Backend &m_backend;
    StopRule m_rule;
    uint64_t m_seed;
};

} // namespace ea::trials
