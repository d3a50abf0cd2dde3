// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/backendloader.h"

#include "engine/trials/cpu/cpubackend.h"

#include <cstdlib>
#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

namespace ea::trials {

std::optional<BackendKind> parseBackendKind(std::string_view s)
{
    if (s == "auto")
        return BackendKind::Auto;
    if (s == "cpu")
        return BackendKind::Cpu;
    if (s == "cuda")
        return BackendKind::Cuda;
    return std::nullopt;
}

std::unique_ptr<Backend> createCpuBackend(int threads)
{
    return std::make_unique<CpuBackend>(threads);
}

std::string cudaPluginPath()
{
    if (const char *env = std::getenv(kCudaPluginEnv); env && *env)
        return env;
    char exe[PATH_MAX] = {};
    const ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    std::string dir = ".";
    if (n > 0) {
        dir.assign(exe, static_cast<size_t>(n));
        dir = dir.substr(0, dir.find_last_of('/'));
    }
    return dir + "/" + kCudaPluginName;
}

std::unique_ptr<Backend> loadCudaBackend(std::string *error)
{
    const std::string path = cudaPluginPath();
    if (access(path.c_str(), R_OK) != 0) {
        *error = path + ": no CUDA plugin (built without nvcc, or not installed)";
        return nullptr;
    }
    // The handle stays open for the life of the process: a backend's code must outlive it.
    void *handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
        const char *why = dlerror();
        *error = path + ": cannot load the CUDA plugin: " + (why ? why : "unknown error");
        return nullptr;
    }
    auto create = reinterpret_cast<CreateBackendFn>(dlsym(handle, kCudaEntryPoint));
    if (!create) {
        *error = path + ": not an EdgeAtlas trials plugin (no " + kCudaEntryPoint + ")";
        return nullptr;
    }
    char why[512] = {};
    Backend *b = create(kBackendAbi, why, sizeof why);
    if (!b) {
        *error = std::string("CUDA backend unavailable: ") + why;
        return nullptr;
    }
    return std::unique_ptr<Backend>(b);
}

std::unique_ptr<Backend> createBackend(BackendKind kind, int cpuThreads, std::string *note,
                                       std::string *error)
{
    if (kind == BackendKind::Cpu)
        return createCpuBackend(cpuThreads);
    std::string why;
    if (auto b = loadCudaBackend(&why))
        return b;
    if (kind == BackendKind::Cuda) {
        *error = why;
        return nullptr;
    }
    if (note)
        *note = why + "; using the CPU backend";
    return createCpuBackend(cpuThreads);
}

} // namespace ea::trials
