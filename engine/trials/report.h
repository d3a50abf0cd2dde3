// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Results as JSON (schema "edgeatlas-trials/1"), markdown and CSV, with the provenance of the run.

#include "engine/trials/backend.h"
#include "engine/trials/runner.h"

#include <string>
#include <vector>

namespace ea::trials {

inline constexpr const char *kResultSchema = "edgeatlas-trials/1";

struct Provenance
{
    DeviceInfo device;
    std::string gitSha;
    std::string version;
    std::string compiler;
    std::string startedUtc;
    std::string host;
    std::string command;
    unsigned long long seed = 0;
    StopRule rule;
};

/** Fills the build and host fields (git SHA, compiler, time, host name). */
Provenance makeProvenance(const DeviceInfo &device, unsigned long long seed, const StopRule &rule,
                          const std::string &command);

struct Report
{
    Provenance provenance;
    Ceilings ceilings;
    bool haveCeilings = false;
    std::vector<TrialResult> results;
    std::vector<PairResult> pairs;
};

std::string toJson(const Report &r);
std::string toMarkdown(const Report &r);
std::string toCsv(const Report &r);

/** The plan table: configuration, bytes, FLOPs, predicted floor, footprint. */
std::string planTable(const std::vector<TrialConfig> &configs, const Ceilings &ceilings,
                      double memoryBudgetBytes);

/** Writes text to path through a temporary file and a rename, so a reader never sees half a file. */
bool writeFileAtomically(const std::string &path, const std::string &text, std::string *error);

} // namespace ea::trials
