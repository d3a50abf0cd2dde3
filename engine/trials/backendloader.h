// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Picks the backend at run time. The CUDA backend is a plugin (libedgeatlas_trials_cuda.so) opened
// with dlopen, so the program starts where the CUDA libraries, the driver or a GPU are missing and
// falls back to the CPU backend.

#include "engine/trials/backend.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>

namespace ea::trials {

enum class BackendKind { Auto, Cpu, Cuda };
std::optional<BackendKind> parseBackendKind(std::string_view s);

std::unique_ptr<Backend> createCpuBackend(int threads = 0);

/**
 * The CUDA plugin's path: $EA_TRIALS_CUDA_PLUGIN if set, else libedgeatlas_trials_cuda.so beside
 * the running executable.
 */
std::string cudaPluginPath();

/** Loads the plugin and creates its backend; nullptr and *error when that is impossible. */
std::unique_ptr<Backend> loadCudaBackend(std::string *error);

/**
 * Auto: CUDA when the plugin loads and sees a GPU, else the CPU (with *note saying why). Cpu/Cuda:
 * exactly that, or nullptr and *error.
 */
std::unique_ptr<Backend> createBackend(BackendKind kind, int cpuThreads, std::string *note,
                                       std::string *error);

} // namespace ea::trials
