// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/cpu/cpukernels.h"

#include <cstring>

#if defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#include <cpuid.h>
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
    // cpuid directly: clang 14's __builtin_cpu_supports does not know "f16c".
    static const bool ok = [] {
        unsigned a = 0, b = 0, c = 0, d = 0;
        if (!__get_cpuid(1, &a, &b, &c, &d))
            return false;
        const bool fma = c & (1u << 12), osxsave = c & (1u << 27), avx = c & (1u << 28),
                   f16c = c & (1u << 29);
        if (!(fma && osxsave && avx && f16c))
            return false;
        unsigned lo = 0, hi = 0;
        __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
        if ((lo & 6u) != 6u) // the OS saves the YMM registers
            return false;
        if (!__get_cpuid_count(7, 0, &a, &b, &c, &d))
            return false;
        return (b & (1u << 5)) != 0; // AVX2
    }();
    return ok ? &t : nullptr;
#else
    return nullptr;
#endif
}

} // namespace ea::trials::cpukernels
