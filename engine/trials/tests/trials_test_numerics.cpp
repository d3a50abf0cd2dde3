// SPDX-License-Identifier: GPL-3.0-or-later
// Number formats: round-to-nearest-even conversions (exhaustive round trips and midpoints), the
// synthetic-value hash, and the two CPU kernel tables agreeing with each other.

#include "engine/trials/cpu/cpukernels.h"
#include "engine/trials/numerics.h"
#include "engine/trials/tests/trialstest.h"

#include <cmath>
#include <vector>

using namespace ea::trials;

static void bf16()
{
    EA_CHECK(floatToBf16(1.0f) == 0x3f80);
    EA_CHECK(floatToBf16(1.0f + 0x1p-8f) == 0x3f80);     // tie -> even
    EA_CHECK(floatToBf16(1.0f + 3 * 0x1p-8f) == 0x3f82); // tie -> even (up)
    EA_CHECK(floatToBf16(1.0f + 0x1p-8f + 0x1p-20f) == 0x3f81);
    EA_CHECK(floatToBf16(-2.0f) == 0xc000);
    EA_CHECK(std::isnan(bf16ToFloat(floatToBf16(NAN))));
    EA_CHECK(std::isnan(bf16ToFloat(0xffff))); // the poison pattern
}

static void half()
{
    EA_CHECK(floatToHalf(1.0f) == 0x3c00);
    EA_CHECK(floatToHalf(65504.0f) == 0x7bff);
    EA_CHECK(floatToHalf(65519.0f) == 0x7bff);
    EA_CHECK(floatToHalf(65520.0f) == 0x7c00);
    EA_CHECK(floatToHalf(0x1p-24f) == 0x0001);
    EA_CHECK(floatToHalf(0x1p-25f) == 0x0000);
    EA_CHECK(floatToHalf(1.5f * 0x1p-25f) == 0x0001);
    EA_CHECK(floatToHalf(3.0f * 0x1p-25f) == 0x0002);
    EA_CHECK(floatToHalf(-0.0f) == 0x8000);
    EA_CHECK(std::isnan(halfToFloat(0xffff)));
    int bad = 0;
    for (uint32_t h = 0; h < 0x10000; ++h) {
        const uint16_t code = static_cast<uint16_t>(h);
        if ((code & 0x7c00) == 0x7c00 && (code & 0x3ff))
            continue; // NaN
        if (floatToHalf(halfToFloat(code)) != code)
            ++bad;
        // Midpoints to the next code round to the even one.
        if ((code & 0x7fff) < 0x7bff) {
            const float a = halfToFloat(code), b = halfToFloat(static_cast<uint16_t>(code + 1));
            const uint16_t even = (code & 1) ? static_cast<uint16_t>(code + 1) : code;
            if (floatToHalf((a + b) / 2) != even)
                ++bad;
        }
    }
    EA_CHECK(bad == 0);
}

static void e4m3()
{
    EA_CHECK(e4m3ToFloat(0x7e) == 448.0f);
    EA_CHECK(e4m3ToFloat(0xfe) == -448.0f);
    EA_CHECK(e4m3ToFloat(0x08) == 0x1p-6f);
    EA_CHECK(e4m3ToFloat(0x01) == 0x1p-9f);
    EA_CHECK(e4m3ToFloat(0x38) == 1.0f);
    EA_CHECK(std::isnan(e4m3ToFloat(0x7f)) && std::isnan(e4m3ToFloat(0xff)));
    EA_CHECK(floatToE4m3(1000.0f) == 0x7e);
    EA_CHECK(floatToE4m3(-1000.0f) == 0xfe);
    EA_CHECK(floatToE4m3(INFINITY) == 0x7e);
    EA_CHECK(floatToE4m3(NAN) == 0x7f);
    EA_CHECK(floatToE4m3(0x1p-10f) == 0x00); // tie -> even (zero)
    EA_CHECK(floatToE4m3(0x1.2p-10f) == 0x01);
    int bad = 0;
    for (int q = 0; q < 256; ++q) {
        if ((q & 0x7f) == 0x7f)
            continue;
        const uint8_t code = static_cast<uint8_t>(q);
        if (floatToE4m3(e4m3ToFloat(code)) != code)
            ++bad;
        if ((q & 0x7f) < 0x7e) {
            const float a = e4m3ToFloat(code), b = e4m3ToFloat(static_cast<uint8_t>(q + 1));
            const uint8_t even = (q & 1) ? static_cast<uint8_t>(q + 1) : code;
            if (floatToE4m3((a + b) / 2) != even)
                ++bad;
            if (floatToE4m3(a + (b - a) * 0.51f) != static_cast<uint8_t>(q + 1))
                ++bad;
        }
    }
    EA_CHECK(bad == 0);
}

static void hash()
{
    double sum = 0, sq = 0;
    int zeros = 0, outside = 0;
    const int n = 200000;
    for (int i = 0; i < n; ++i) {
        const float v = hashUniform(42, static_cast<uint64_t>(i));
        zeros += v == 0.0f;
        outside += !(v > -1.0f && v < 1.0f);
        sum += v;
        sq += static_cast<double>(v) * v;
    }
    EA_CHECK(zeros == 0);
    EA_CHECK(outside == 0);
    EA_CHECK_NEAR(sum / n, 0.0, 0.01);
    EA_CHECK_NEAR(sq / n, 1.0 / 3.0, 0.01);
    EA_CHECK(hashUniform(1, 5) != hashUniform(2, 5));
    EA_CHECK(hashUniform(1, 5) == hashUniform(1, 5));
    // Stored synthetic values are never zero, even where E4M3 or BF16 would round them to zero.
    std::vector<uint8_t> q(4096);
    std::vector<uint16_t> h(4096);
    int zeroStored = 0;
    for (size_t i = 0; i < q.size(); ++i) {
        storeSynthetic(q.data(), DType::E4M3, i, 7, 1e-3f, 1.0f);
        storeSynthetic(h.data(), DType::BF16, i, 7, 1e-30f, 1e-10f);
        zeroStored += (q[i] & 0x7f) == 0 || (h[i] & 0x7fff) == 0;
    }
    EA_CHECK(zeroStored == 0);
}

static void kernelTables()
{
    const auto &g = cpukernels::generic();
    const cpukernels::Table *fast = cpukernels::avx2();
    std::printf("CPU kernels: %s\n", cpukernels::best().name);
    const size_t k = 203; // a tail after the vector loop
    std::vector<float> x(4 * k);
    for (size_t i = 0; i < x.size(); ++i)
        x[i] = hashUniform(3, i);
    for (DType t : {DType::F32, DType::F16, DType::BF16, DType::E4M3}) {
        std::vector<unsigned char> w(k * dtypeBytes(t));
        double exact[4] = {};
        for (size_t i = 0; i < k; ++i) {
            storeSynthetic(w.data(), t, i, 9, t == DType::E4M3 ? 400.0f : 1.0f, 1.0f);
            for (int j = 0; j < 4; ++j)
                exact[j] += static_cast<double>(loadAsFloat(w.data(), t, i)) * x[j * k + i];
        }
        for (const cpukernels::Table *table : {&g, fast}) {
            if (!table)
                continue;
            float out[4];
            table->rowDots(w.data(), t, k, x.data(), k, 4, out);
            for (int j = 0; j < 4; ++j)
                EA_CHECK_NEAR(out[j], exact[j], 1e-4 * (1 + std::fabs(exact[j])));
            std::vector<float> f(k), acc(k, 1.0f);
            table->toFloat(w.data(), t, k, f.data());
            table->rowAxpy(w.data(), t, k, 0.5f, acc.data());
            int bad = 0;
            for (size_t i = 0; i < k; ++i) {
                bad += f[i] != loadAsFloat(w.data(), t, i);
                bad += std::fabs(acc[i] - (1.0f + 0.5f * f[i])) > 1e-6f * (1 + std::fabs(f[i]));
            }
            EA_CHECK(bad == 0);
        }
    }
    std::vector<unsigned char> bytes(4096, 0);
    bytes[100] = 0x5a;
    EA_CHECK(g.readBytes(bytes.data(), bytes.size()) != 0);
    if (fast)
        EA_CHECK(fast->readBytes(bytes.data(), bytes.size()) == g.readBytes(bytes.data(), bytes.size()));
}

int main()
{
    bf16();
    half();
    e4m3();
    hash();
    kernelTables();
    return ea::trials::test::result();
}
