// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

namespace ea {

/**
 * An enterprise-sized portfolio made from a scenario's workloads: the first copy of each workload as it is,
 * then further copies (ids "<id>-2", "<id>-3", …, in round-robin order) with the request rate scaled by a
 * factor in [0.25, 1.75) and the latency budget by one in [0.8, 1.6), drawn from a generator seeded with
 * `seed` (the same seed gives the same portfolio). Each copy keeps its tier, pins and forbidden tiers. For
 * the optimizer's benchmarks (edgeatlas bench plan) and tests.
 */
Scenario repeatedPortfolio(const Scenario &base, int workloads, quint32 seed = 7);

/** The scenario with every site's GPUs (gpuCount, and capacityGpus where set) multiplied by `factor`: room
 * for a portfolio larger than the scenario's GPUs hold. */
Scenario withGpusScaled(Scenario s, int factor);

} // namespace ea
