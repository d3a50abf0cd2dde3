// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inner loops of the CPU backend, compiled twice: for any x86-64 / other CPU, and with AVX2+FMA+F16C
// (picked at run time). Every function reads storage-type data and works in FP32.

#include "engine/trials/numerics.h"

#include <cstddef>
#include <cstdint>

namespace ea::trials::cpukernels {

struct Table
{
    const char *name;
    /** out[j] = sum_i w[i] * x[j*ldx + i] for j < mCount (1..4), w of type t with k elements. */
    void (*rowDots)(const void *w, DType t, size_t k, const float *x, size_t ldx, int mCount, float *out);
    /** acc[i] += p * row[i] for i < k. */
    void (*rowAxpy)(const void *row, DType t, size_t k, float p, float *acc);
    /** dst[i] = src[i] as float (E4M3 without scale). */
    void (*toFloat)(const void *src, DType t, size_t n, float *dst);
    /** Reads n bytes (n a multiple of 32) with wide loads; returns a digest so the loads stay. */
    uint64_t (*readBytes)(const void *p, size_t n);
};

const Table &generic();
/** nullptr where the CPU or the compiler lacks AVX2/FMA/F16C. */
const Table *avx2();
/** The fastest table this CPU runs. */
const Table &best();

} // namespace ea::trials::cpukernels
