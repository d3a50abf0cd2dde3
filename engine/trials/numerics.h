// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bit-exact number formats shared by the CPU backend and the CUDA kernels: the same header is
// compiled by g++/clang++ and by nvcc, so both backends store identical weights for one seed and
// round results the same way (round to nearest even everywhere, FP8 E4M3 saturating at ±448).

#include <cstddef>
#include <cstdint>
#include <cstring>

#if defined(__CUDACC__)
#define EA_HD __host__ __device__ __forceinline__
#else
#define EA_HD inline
#endif

namespace ea::trials {

/** Storage types of tensors. E4M3 is OCP FP8 "fn" (no infinity, NaN = S.1111.111, max 448). */
enum class DType : uint8_t { F32, F16, BF16, E4M3 };

EA_HD size_t dtypeBytes(DType t)
{
    return t == DType::F32 ? 4 : t == DType::E4M3 ? 1 : 2;
}

EA_HD uint32_t floatBits(float f)
{
#if defined(__CUDA_ARCH__)
    return __float_as_uint(f);
#else
    uint32_t u;
    std::memcpy(&u, &f, 4);
    return u;
#endif
}

EA_HD float bitsFloat(uint32_t u)
{
#if defined(__CUDA_ARCH__)
    return __uint_as_float(u);
#else
    float f;
    std::memcpy(&f, &u, 4);
    return f;
#endif
}

/** Rounds `mant` right by `shift` bits to nearest even (shift >= 1). */
EA_HD uint32_t shiftRoundEven(uint32_t mant, uint32_t shift)
{
    const uint32_t rem = mant & ((1u << shift) - 1u);
    const uint32_t half = 1u << (shift - 1u);
    uint32_t r = mant >> shift;
    if (rem > half || (rem == half && (r & 1u)))
        ++r;
    return r;
}

EA_HD uint16_t floatToBf16(float f)
{
    uint32_t u = floatBits(f);
    if ((u & 0x7fffffffu) > 0x7f800000u)
        return static_cast<uint16_t>((u >> 16) | 0x40u); // quiet NaN, sign kept
    u += 0x7fffu + ((u >> 16) & 1u);
    return static_cast<uint16_t>(u >> 16);
}

EA_HD float bf16ToFloat(uint16_t h)
{
    return bitsFloat(static_cast<uint32_t>(h) << 16);
}

EA_HD uint16_t floatToHalf(float f)
{
    uint32_t x = floatBits(f);
    const uint32_t sign = (x >> 16) & 0x8000u;
    x &= 0x7fffffffu;
    if (x >= 0x7f800000u)
        return static_cast<uint16_t>(sign | (x > 0x7f800000u ? 0x7e00u : 0x7c00u));
    if (x >= 0x477ff000u) // >= 65520 rounds to infinity
        return static_cast<uint16_t>(sign | 0x7c00u);
    if (x >= 0x38800000u) { // normal half
        x += 0xfffu + ((x >> 13) & 1u);
        return static_cast<uint16_t>(sign | ((x - 0x38000000u) >> 13));
    }
    if (x <= 0x33000000u) // <= 2^-25 rounds to zero
        return static_cast<uint16_t>(sign);
    const uint32_t e = x >> 23;
    const uint32_t mant = (x & 0x7fffffu) | 0x800000u;
    return static_cast<uint16_t>(sign | shiftRoundEven(mant, 126u - e));
}

EA_HD float halfToFloat(uint16_t h)
{
    const uint32_t sign = (static_cast<uint32_t>(h) & 0x8000u) << 16;
    const uint32_t e = (h >> 10) & 0x1fu;
    const uint32_t m = h & 0x3ffu;
    if (e == 0) {
        const float v = static_cast<float>(m) * 5.9604644775390625e-8f; // m * 2^-24, exact
        return sign ? -v : v;
    }
    if (e == 31)
        return bitsFloat(sign | 0x7f800000u | (m << 13));
    return bitsFloat(sign | ((e + 112u) << 23) | (m << 13));
}

/** Saturating (finite) conversion, like __nv_cvt_float_to_fp8(x, __NV_SATFINITE, __NV_E4M3). */
EA_HD uint8_t floatToE4m3(float f)
{
    uint32_t x = floatBits(f);
    const uint32_t sign = (x >> 24) & 0x80u;
    x &= 0x7fffffffu;
    if (x > 0x7f800000u)
        return static_cast<uint8_t>(sign | 0x7fu);
    if (x >= 0x43e00000u) // >= 448
        return static_cast<uint8_t>(sign | 0x7eu);
    if (x >= 0x3c800000u) { // >= 2^-6: normal
        x += 0x7ffffu + ((x >> 20) & 1u);
        uint32_t r = (x >> 20) - (120u << 3);
        if (r > 0x7eu)
            r = 0x7eu;
        return static_cast<uint8_t>(sign | r);
    }
    if (x <= 0x3a800000u) // <= 2^-10 rounds to zero
        return static_cast<uint8_t>(sign);
    const uint32_t e = x >> 23;
    const uint32_t mant = (x & 0x7fffffu) | 0x800000u;
    return static_cast<uint8_t>(sign | shiftRoundEven(mant, 141u - e));
}

EA_HD float e4m3ToFloat(uint8_t v)
{
    const uint32_t sign = (static_cast<uint32_t>(v) & 0x80u) << 24;
    const uint32_t e = (v >> 3) & 0xfu;
    const uint32_t m = v & 7u;
    if (e == 15 && m == 7)
        return bitsFloat(0x7fc00000u | sign);
    if (e == 0) {
        const float r = static_cast<float>(m) * 0.001953125f; // m * 2^-9
        return sign ? -r : r;
    }
    return bitsFloat(sign | ((e + 120u) << 23) | (m << 20));
}

/** Loads element i of a tensor of type t as float (E4M3 without its tensor scale). */
EA_HD float loadAsFloat(const void *p, DType t, size_t i)
{
    switch (t) {
    case DType::F32:
        return static_cast<const float *>(p)[i];
    case DType::F16:
        return halfToFloat(static_cast<const uint16_t *>(p)[i]);
    case DType::BF16:
        return bf16ToFloat(static_cast<const uint16_t *>(p)[i]);
    case DType::E4M3:
        return e4m3ToFloat(static_cast<const uint8_t *>(p)[i]);
    }
    return 0.0f;
}

/** Rounds v to type t (nearest even) and stores it as element i. */
EA_HD void storeFromFloat(void *p, DType t, size_t i, float v)
{
    switch (t) {
    case DType::F32:
        static_cast<float *>(p)[i] = v;
        break;
    case DType::F16:
        static_cast<uint16_t *>(p)[i] = floatToHalf(v);
        break;
    case DType::BF16:
        static_cast<uint16_t *>(p)[i] = floatToBf16(v);
        break;
    case DType::E4M3:
        static_cast<uint8_t *>(p)[i] = floatToE4m3(v);
        break;
    }
}

/** Rounds v to type t and back: the value a tensor of that type would hold. */
EA_HD float roundTo(DType t, float v)
{
    switch (t) {
    case DType::F32:
        return v;
    case DType::F16:
        return halfToFloat(floatToHalf(v));
    case DType::BF16:
        return bf16ToFloat(floatToBf16(v));
    case DType::E4M3:
        return e4m3ToFloat(floatToE4m3(v));
    }
    return v;
}

EA_HD uint64_t mix64(uint64_t z)
{
    z += 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/**
 * Counter-based synthetic value in (-1, 1) for element i of the tensor with this seed: an odd
 * multiple of 2^-24, so never zero and exact in float on every device.
 */
EA_HD float hashUniform(uint64_t seed, uint64_t i)
{
    const uint64_t u = mix64(mix64(seed) ^ (i * 0xd1b54a32d192ed03ull)) >> 40; // 24 bits
    const int32_t n = static_cast<int32_t>(2u * u + 1u) - (1 << 24);
    return static_cast<float>(n) * 5.9604644775390625e-8f;
}

/**
 * The stored form of synthetic element i: amplitude * hashUniform, divided by the tensor scale
 * (E4M3 only; 1 otherwise), rounded to t. A value that would round to zero becomes the smallest
 * magnitude of its sign, so no element is ever zero.
 */
EA_HD void storeSynthetic(void *p, DType t, size_t i, uint64_t seed, float amplitude, float invScale)
{
    const float v = hashUniform(seed, i) * amplitude * invScale;
    storeFromFloat(p, t, i, v);
    if (t == DType::E4M3) {
        uint8_t *q = static_cast<uint8_t *>(p) + i;
        if ((*q & 0x7fu) == 0)
            *q = static_cast<uint8_t>(*q | 1u);
    } else if (t != DType::F32) {
        uint16_t *q = static_cast<uint16_t *>(p) + i;
        if ((*q & 0x7fffu) == 0)
            *q = static_cast<uint16_t>(*q | 1u);
    }
}

} // namespace ea::trials
