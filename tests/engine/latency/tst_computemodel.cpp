// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/computemodel.h"

#include <QTest>

using namespace ea;

namespace {
GpuType h100()
{
    GpuType g;
    g.id = QStringLiteral("h100");
    g.memoryGB = 80;
    g.bandwidthGBps = 3350;
    g.tflops = {66.9, 989.4, 989.4, 1978.9};
    return g;
}
GpuType a100()
{
    GpuType g;
    g.id = QStringLiteral("a100");
    g.memoryGB = 80;
    g.bandwidthGBps = 2039;
    g.tflops = {19.5, 312, 312, 0}; // no FP8 units
    return g;
}
ModelSpec llama8b()
{
    return ModelSpec{QStringLiteral("llama-3-8b"),
                     QStringLiteral("Llama 3 8B"),
                     32,
                     4096,
                     32,
                     8,
                     14336,
                     128256,
                     8.03,
                     {},
                     {}};
}
ModelSpec llama70b()
{
    return ModelSpec{QStringLiteral("llama-3-70b"),
                     QStringLiteral("Llama 3 70B"),
                     80,
                     8192,
                     64,
                     8,
                     28672,
                     128256,
                     70.55,
                     {},
                     {}};
}
} // namespace

class tst_ComputeModel : public QObject
{
    Q_OBJECT
private slots:
    void kvCacheSizeMatchesGpuEngineBrief()
    {
        // GPU_ENGINE.md: Llama-3-8B KV = 131,072 B per token in BF16.
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 1.0, 1.0);
        QCOMPARE(m.kvBytesPerToken(), 131072.0);
        QCOMPARE(m.gpusPerReplica(), 1);
    }

    void decodeAtBatchOneIsWeightStreaming()
    {
        // At batch 1 a decode step reads every weight once: 16.06 GB at 3.35 TB/s ≈ 4.8 ms (brief: 4.52 ms
        // floor for 15.15 GB read + KV at ctx 1024; our weights include the embedding table).
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 1.0, 1.0);
        const double expected = 1000.0 * (8.03e9 * 2 + 1024 * 131072.0) / 3.35e12;
        QVERIFY(qAbs(m.decodeStepMs(1, 1024) - expected) < 1e-9 * expected);
        // With 70 % achievable bandwidth the step is 1/0.7 as long.
        const ComputeModel e(h100(), llama8b(), Precision::BF16, 1.0, 0.7);
        QVERIFY(qAbs(e.decodeStepMs(1, 1024) - expected / 0.7) < 1e-6);
    }

    void fp8HalvesWeightBytes()
    {
        const ComputeModel bf(h100(), llama8b(), Precision::BF16, 0.6, 0.7);
        const ComputeModel f8(h100(), llama8b(), Precision::FP8, 0.6, 0.7);
        QCOMPARE(f8.weightBytes() * 2, bf.weightBytes());
        QVERIFY(f8.decodeStepMs(1, 128) < 0.52 * bf.decodeStepMs(1, 128));
        // FP8 on a GPU without FP8 units still saves memory traffic, at BF16 FLOP rate.
        const ComputeModel a(a100(), llama8b(), Precision::FP8, 0.6, 0.7);
        QCOMPARE(a.achievedTflops(), 312 * 0.6);
    }

    void prefillIsComputeBoundForLongPrompts()
    {
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 1.0, 1.0);
        // Brief: P=2048 ≈ 29.7 TFLOP → 30.0 ms at 989 TFLOP/s. Ours counts the lm_head for every prompt
        // token.
        const double ms = m.prefillMs(2048);
        QVERIFY2(ms > 28.0 && ms < 34.0, qPrintable(QString::number(ms)));
        QVERIFY(m.prefillMs(4096) > 2.0 * ms); // attention grows with P²
    }

    void seventyBillionIsSharded()
    {
        const ComputeModel bf(h100(), llama70b(), Precision::BF16, 0.6, 0.7);
        QVERIFY(bf.fits());
        QCOMPARE(bf.gpusPerReplica(), 4); // 141 GB of weights: two 80 GB cards leave no room for KV
        const ComputeModel f8(h100(), llama70b(), Precision::FP8, 0.6, 0.7);
        QCOMPARE(f8.gpusPerReplica(), 2);
        GpuType tiny = h100();
        tiny.memoryGB = 8;
        QVERIFY(!ComputeModel(tiny, llama70b(), Precision::BF16, 0.6, 0.7).fits());
    }

    void throughputGrowsWithBatchUntilMemoryIsFull()
    {
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 0.6, 0.7);
        const ComputePoint b1 = m.at(1, 512, 128), b32 = m.at(32, 512, 128);
        QVERIFY(b32.requestsPerSec > 10 * b1.requestsPerSec);
        QVERIFY(b32.tpotMs > b1.tpotMs);
        const ComputePoint sat = m.saturation(512, 128);
        QCOMPARE(sat.batch, m.maxBatch(640));
        QVERIFY(sat.requestsPerSec >= b32.requestsPerSec);
    }

    void bestWithinRespectsTheBudget()
    {
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 0.6, 0.7);
        const ComputePoint p = m.bestWithin(SloMetric::E2e, 2000, 512, 128);
        QVERIFY(p.e2eMs <= 2000);
        QVERIFY(m.at(p.batch + 1, 512, 128).e2eMs > 2000);
        // An impossible budget gives batch 1, the fastest the GPU can do.
        QCOMPARE(m.bestWithin(SloMetric::Ttft, 1.0, 512, 128).batch, 1);
    }
};

QTEST_APPLESS_MAIN(tst_ComputeModel)
#include "tst_computemodel.moc"
