// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Correctness of a backend: every operation on small synthetic shapes, all precisions, outputs
// poisoned with NaN bytes before the call, compared with a float64 reference computed on the same
// (quantised) inputs, and, for a second backend, element by element with the CPU backend.

#include "engine/trials/backend.h"
#include "engine/trials/config.h"

#include <string>
#include <vector>

namespace ea::trials {

struct CheckResult
{
    std::string name; // "gemm M=5 N=96 K=200"
    Precision precision = Precision::BF16;
    bool written = false; // no poisoned (NaN) or non-finite element left
    double relError = 0;  // ||out - ref|| / ||ref|| against float64
    double tolerance = 0;
    long long mismatches = -1; // elements more than 1 ulp (+ slack) from the CPU backend; -1: not compared
    bool pass = false;
};

/** ||out - ref|| / ||ref|| allowed against the float64 reference. */
double toleranceFor(Precision p);

/**
 * Runs every check on `backend`; with `cpu` (another backend, normally the CPU one) also compares
 * the two element by element. Never throws: a backend error fails the check it happened in.
 */
std::vector<CheckResult> runSelfCheck(Backend &backend, Backend *cpu, unsigned long long seed);

/** Relative L2 error of out against ref; infinity when out has a non-finite element. */
double relativeError(const std::vector<double> &out, const std::vector<double> &ref);

/** Distance in units in the last place of storage type t at the larger magnitude of a and b. */
double ulpDistance(DType t, double a, double b);

} // namespace ea::trials
