// SPDX-License-Identifier: GPL-3.0-or-later
// The CUDA backend against float64 references and element by element against the CPU backend, and a
// whole decode/prefill step of a small model against the CPU backend. Exit 77 (skipped) without a GPU.

#include "engine/trials/backendloader.h"
#include "engine/trials/model.h"
#include "engine/trials/selfcheck.h"
#include "engine/trials/tests/trialstest.h"

#include <cmath>
#include <cstdio>

using namespace ea::trials;

int main()
{
    std::string why;
    auto gpu = loadCudaBackend(&why);
    if (!gpu) {
        std::printf("skipped: %s\n", why.c_str());
        return 77;
    }
    auto cpu = createCpuBackend(0);
    std::printf("GPU: %s (cc %d, %d SMs)\n", gpu->info().device.c_str(), gpu->info().computeCapability,
                gpu->info().computeUnits);
    for (unsigned long long seed : {11ULL, 12ULL}) {
        for (const CheckResult &r : runSelfCheck(*gpu, cpu.get(), seed)) {
            std::printf("%-40s %-5s written=%d rel=%.3g mismatches=%lld %s\n", r.name.c_str(),
                        precisionName(r.precision), r.written, r.relError, r.mismatches,
                        r.pass ? "pass" : "FAIL");
            EA_CHECK(r.pass);
        }
    }
    ModelShape m{"small", "small", 3, 256, 8, 2, 512, 1000};
    for (Phase ph : {Phase::Decode, Phase::Prefill}) {
        for (Precision p : {Precision::FP32, Precision::FP16, Precision::BF16, Precision::FP8}) {
            TrialConfig c;
            c.model = m;
            c.phase = ph;
            c.precision = p;
            c.batch = ph == Phase::Decode ? 20 : 2; // decode M=20: the GEMM path past the GEMV kernel
            c.context = 300;
            c.prompt = 40;
            std::vector<float> a, b;
            {
                ModelRunner g(*gpu, c, 5);
                g.enqueueStep(); // eager first: handles, heuristics and modules load outside the capture
                g.poisonOutputs();
                const int graph = gpu->captureGraph([&] { g.enqueueStep(); });
                gpu->replayGraph(graph);
                a = g.logits();
                gpu->destroyGraph(graph);
            }
            {
                ModelRunner h(*cpu, c, 5);
                h.enqueueStep();
                b = h.logits();
            }
            double num = 0, den = 0;
            bool finite = true;
            for (size_t i = 0; i < a.size(); ++i) {
                finite = finite && std::isfinite(a[i]);
                num += (a[i] - b[i]) * (a[i] - b[i]);
                den += b[i] * b[i];
            }
            const double rel = std::sqrt(num / den);
            std::printf("%s step vs CPU: rel %.3g\n", c.label().c_str(), rel);
            EA_CHECK(finite);
            // Whole steps compound per-op roundings (about one ulp each) over the layers.
            EA_CHECK(rel <= 3 * toleranceFor(p) + 1e-4);
        }
    }
    return ea::trials::test::result();
}
