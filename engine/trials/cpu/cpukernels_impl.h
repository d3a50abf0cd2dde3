// SPDX-License-Identifier: GPL-3.0-or-later
// Included by cpukernels_generic.cpp and cpukernels_avx2.cpp inside their own namespace; the AVX2
// translation unit is compiled with -mavx2 -mfma -mf16c.

#if defined(__AVX2__) && defined(__FMA__) && defined(__F16C__)
#define EA_SIMD8 1
#endif

namespace {

#ifdef EA_SIMD8
template <DType T> inline __m256 load8(const void *p, size_t i)
{
    if constexpr (T == DType::F32) {
        return _mm256_loadu_ps(static_cast<const float *>(p) + i);
    } else if constexpr (T == DType::BF16) {
        const __m128i h =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(static_cast<const uint16_t *>(p) + i));
        return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
    } else if constexpr (T == DType::F16) {
        const __m128i h =
            _mm_loadu_si128(reinterpret_cast<const __m128i *>(static_cast<const uint16_t *>(p) + i));
        return _mm256_cvtph_ps(h);
    } else {
        // E4M3: magnitude bits shifted into a float's exponent/mantissa, rebiased by 2^120 (exact;
        // subnormals included). The NaN code is never stored in weights.
        const __m128i q =
            _mm_loadl_epi64(reinterpret_cast<const __m128i *>(static_cast<const uint8_t *>(p) + i));
        const __m256i b = _mm256_cvtepu8_epi32(q);
        const __m256i mag = _mm256_slli_epi32(_mm256_and_si256(b, _mm256_set1_epi32(0x7f)), 20);
        const __m256i sgn = _mm256_slli_epi32(_mm256_and_si256(b, _mm256_set1_epi32(0x80)), 24);
        return _mm256_mul_ps(_mm256_castsi256_ps(_mm256_or_si256(mag, sgn)), _mm256_set1_ps(0x1p120f));
    }
}

inline float hsum(__m256 v)
{
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 t = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(t, _mm_shuffle_ps(t, t, 1)));
}

template <DType T, int M> void dotsT(const void *w, size_t k, const float *x, size_t ldx, float *out)
{
    __m256 a0[M], a1[M];
    for (int j = 0; j < M; ++j) {
        a0[j] = _mm256_setzero_ps();
        a1[j] = _mm256_setzero_ps();
    }
    size_t i = 0;
    for (; i + 16 <= k; i += 16) {
        const __m256 w0 = load8<T>(w, i);
        const __m256 w1 = load8<T>(w, i + 8);
        for (int j = 0; j < M; ++j) {
            a0[j] = _mm256_fmadd_ps(w0, _mm256_loadu_ps(x + j * ldx + i), a0[j]);
            a1[j] = _mm256_fmadd_ps(w1, _mm256_loadu_ps(x + j * ldx + i + 8), a1[j]);
        }
    }
    for (int j = 0; j < M; ++j) {
        float s = hsum(_mm256_add_ps(a0[j], a1[j]));
        for (size_t r = i; r < k; ++r)
            s += loadAsFloat(w, T, r) * x[j * ldx + r];
        out[j] = s;
    }
}

template <DType T> void axpyT(const void *row, size_t k, float p, float *acc)
{
    const __m256 pv = _mm256_set1_ps(p);
    size_t i = 0;
    for (; i + 8 <= k; i += 8)
        _mm256_storeu_ps(acc + i, _mm256_fmadd_ps(pv, load8<T>(row, i), _mm256_loadu_ps(acc + i)));
    for (; i < k; ++i)
        acc[i] += p * loadAsFloat(row, T, i);
}

template <DType T> void toFloatT(const void *src, size_t n, float *dst)
{
    size_t i = 0;
    for (; i + 8 <= n; i += 8)
        _mm256_storeu_ps(dst + i, load8<T>(src, i));
    for (; i < n; ++i)
        dst[i] = loadAsFloat(src, T, i);
}

uint64_t readBytesImpl(const void *p, size_t n)
{
    const __m256i *v = static_cast<const __m256i *>(p);
    __m256i a = _mm256_setzero_si256(), b = _mm256_setzero_si256();
    size_t i = 0;
    const size_t count = n / 32;
    for (; i + 2 <= count; i += 2) {
        a = _mm256_xor_si256(a, _mm256_loadu_si256(v + i));
        b = _mm256_xor_si256(b, _mm256_loadu_si256(v + i + 1));
    }
    for (; i < count; ++i)
        a = _mm256_xor_si256(a, _mm256_loadu_si256(v + i));
    a = _mm256_xor_si256(a, b);
    alignas(32) uint64_t lanes[4];
    _mm256_store_si256(reinterpret_cast<__m256i *>(lanes), a);
    return lanes[0] ^ lanes[1] ^ lanes[2] ^ lanes[3];
}
#else
template <DType T, int M> void dotsT(const void *w, size_t k, const float *x, size_t ldx, float *out)
{
    float acc[M][4] = {};
    size_t i = 0;
    for (; i + 4 <= k; i += 4) {
        const float w0 = loadAsFloat(w, T, i), w1 = loadAsFloat(w, T, i + 1);
        const float w2 = loadAsFloat(w, T, i + 2), w3 = loadAsFloat(w, T, i + 3);
        for (int j = 0; j < M; ++j) {
            const float *xr = x + j * ldx + i;
            acc[j][0] += w0 * xr[0];
            acc[j][1] += w1 * xr[1];
            acc[j][2] += w2 * xr[2];
            acc[j][3] += w3 * xr[3];
        }
    }
    for (int j = 0; j < M; ++j) {
        float s = (acc[j][0] + acc[j][1]) + (acc[j][2] + acc[j][3]);
        for (size_t r = i; r < k; ++r)
            s += loadAsFloat(w, T, r) * x[j * ldx + r];
        out[j] = s;
    }
}

template <DType T> void axpyT(const void *row, size_t k, float p, float *acc)
{
    for (size_t i = 0; i < k; ++i)
        acc[i] += p * loadAsFloat(row, T, i);
}

template <DType T> void toFloatT(const void *src, size_t n, float *dst)
{
    for (size_t i = 0; i < n; ++i)
        dst[i] = loadAsFloat(src, T, i);
}

uint64_t readBytesImpl(const void *p, size_t n)
{
    const unsigned char *b = static_cast<const unsigned char *>(p);
    uint64_t a[4] = {};
    for (size_t i = 0; i + 32 <= n; i += 32) {
        for (int j = 0; j < 4; ++j) {
            uint64_t v;
            std::memcpy(&v, b + i + 8 * j, 8);
            a[j] ^= v;
        }
    }
    return a[0] ^ a[1] ^ a[2] ^ a[3];
}
#endif

template <DType T> void dotsDispatch(const void *w, size_t k, const float *x, size_t ldx, int m, float *out)
{
    switch (m) {
    case 1:
        dotsT<T, 1>(w, k, x, ldx, out);
        break;
    case 2:
        dotsT<T, 2>(w, k, x, ldx, out);
        break;
    case 3:
        dotsT<T, 3>(w, k, x, ldx, out);
        break;
    default:
        dotsT<T, 4>(w, k, x, ldx, out);
        break;
    }
}

void rowDots(const void *w, DType t, size_t k, const float *x, size_t ldx, int m, float *out)
{
    switch (t) {
    case DType::F32:
        dotsDispatch<DType::F32>(w, k, x, ldx, m, out);
        break;
    case DType::F16:
        dotsDispatch<DType::F16>(w, k, x, ldx, m, out);
        break;
    case DType::BF16:
        dotsDispatch<DType::BF16>(w, k, x, ldx, m, out);
        break;
    case DType::E4M3:
        dotsDispatch<DType::E4M3>(w, k, x, ldx, m, out);
        break;
    }
}

void rowAxpy(const void *row, DType t, size_t k, float p, float *acc)
{
    switch (t) {
    case DType::F32:
        axpyT<DType::F32>(row, k, p, acc);
        break;
    case DType::F16:
        axpyT<DType::F16>(row, k, p, acc);
        break;
    case DType::BF16:
        axpyT<DType::BF16>(row, k, p, acc);
        break;
    case DType::E4M3:
        axpyT<DType::E4M3>(row, k, p, acc);
        break;
    }
}

void toFloat(const void *src, DType t, size_t n, float *dst)
{
    switch (t) {
    case DType::F32:
        toFloatT<DType::F32>(src, n, dst);
        break;
    case DType::F16:
        toFloatT<DType::F16>(src, n, dst);
        break;
    case DType::BF16:
        toFloatT<DType::BF16>(src, n, dst);
        break;
    case DType::E4M3:
        toFloatT<DType::E4M3>(src, n, dst);
        break;
    }
}

} // namespace
