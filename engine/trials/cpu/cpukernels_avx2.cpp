// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/cpu/cpukernels.h"

#include <cstring>

#if defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#include <immintrin.h>
#endif

namespace ea::trials::cpukernels {
namespace simd {
#include "engine/trials/cpu/cpukernels_impl.h"
} // namespace simd

const Table *avx2()
{
#if defined(EA_SIMD8) && (defined(__x86_64__) || defined(__i386__))
    static const Table t{"avx2", simd::rowDots, simd::rowAxpy, simd::toFloat, simd::readBytesImpl};
    static const bool ok = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma") &&
                           __builtin_cpu_supports("f16c");
    return ok ? &t : nullptr;
#else
    return nullptr;
#endif
}

} // namespace ea::trials::cpukernels
