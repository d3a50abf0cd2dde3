// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/latency/computemodel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <QTest>

using namespace ea;

namespace {
GpuType h100()
{
    GpuType g;
    g.id = QStringLiteral("h100");
    g.memoryGB = 80;
    g.bandwidthGBps = 3350;
    g.tflops = {66.9, 989.4, 989.4, 1978.9, 0};
    g.interconnectGBps = 900;
    return g;
}
GpuType a100()
{
    GpuType g;
    g.id = QStringLiteral("a100");
    g.memoryGB = 80;
    g.bandwidthGBps = 2039;
    g.tflops = {19.5, 312, 312, 0, 0}; // no FP8 units
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
// No engine overheads: the bare roofline, which the closed forms below check.
ServingParams bare()
{
    ServingParams p;
    p.kvMemoryShare = 1.0;
    p.kvOutputShare = 1.0;
    p.stepOverheadMs = p.layerOverheadMs = p.allReduceLatencyMs = p.schedulingMs = 0;
    return p;
}
} // namespace

class tst_ComputeModel : public QObject
{
    Q_OBJECT
private slots:
    void kvCacheSizeMatchesGpuEngineBrief()
    {
        // GPU_ENGINE.md: Llama-3-8B KV = 131,072 B per token in BF16; an FP8 model keeps an FP8 KV cache.
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 1.0, 1.0);
        QCOMPARE(m.kvBytesPerToken(), 131072.0);
        QCOMPARE(m.gpusPerReplica(), 1);
        const ComputeModel f8(h100(), llama8b(), Precision::FP8, 1.0, 1.0);
        QCOMPARE(f8.kvPrecision(), Precision::FP8);
        QCOMPARE(f8.kvBytesPerToken(), 65536.0);
        ComputeOptions o;
        o.kvPrecision = Precision::BF16; // vLLM's default kv_cache_dtype
        QCOMPARE(ComputeModel(h100(), llama8b(), Precision::FP8, 1.0, 1.0, defaultServingParams(), o)
                     .kvBytesPerToken(),
                 131072.0);
    }

    void decodeAtBatchOneIsWeightStreamingPlusEngineOverhead()
    {
        // At batch 1 a decode step reads every weight once: 16.06 GB at 3.35 TB/s ≈ 4.8 ms (brief: 4.52 ms
        // floor for 15.15 GB read + KV at ctx 1024; our weights include the embedding table).
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 1.0, 1.0, bare());
        const double expected = 1000.0 * (8.03e9 * 2 + 1024 * 131072.0) / 3.35e12;
        const double attention = 1000.0 * 4.0 * 32 * 128 * 32 * 1024 / 989.4e12;
        QVERIFY(qAbs(m.decodeStepMs(1, 1024) - expected - attention) < 1e-9 * expected);
        // With 70 % achievable bandwidth the memory part is 1/0.7 as long.
        const ComputeModel e(h100(), llama8b(), Precision::BF16, 1.0, 0.7, bare());
        QVERIFY(qAbs(e.decodeStepMs(1, 1024) - expected / 0.7 - attention) < 1e-6);
        // The engine adds its fixed step cost and a per-layer cost (32 layers).
        ServingParams p = bare();
        p.stepOverheadMs = 0.5;
        p.layerOverheadMs = 0.03;
        const ComputeModel o(h100(), llama8b(), Precision::BF16, 1.0, 1.0, p);
        QVERIFY(qAbs(o.decodeStepMs(1, 1024) - m.decodeStepMs(1, 1024) - (0.5 + 32 * 0.03)) < 1e-9);
    }

    void fp8HalvesWeightBytes()
    {
        const ComputeModel bf(h100(), llama8b(), Precision::BF16, 0.6, 0.7, bare());
        const ComputeModel f8(h100(), llama8b(), Precision::FP8, 0.6, 0.7, bare());
        QCOMPARE(f8.weightBytes() * 2, bf.weightBytes());
        QVERIFY(f8.decodeStepMs(1, 128) < 0.52 * bf.decodeStepMs(1, 128));
        // FP8 on a GPU without FP8 units still saves memory traffic, at BF16 FLOP rate.
        const ComputeModel a(a100(), llama8b(), Precision::FP8, 0.6, 0.7);
        QCOMPARE(a.achievedTflops(), 312 * 0.6);
        // FP4: 4-bit values plus a scale per 16; on a GPU without FP4 units at its FP8 rate.
        const ComputeModel f4(h100(), llama8b(), Precision::FP4, 0.6, 0.7);
        QCOMPARE(f4.weightBytes(), 8.03e9 * 0.5625);
        QCOMPARE(f4.achievedTflops(), 1978.9 * 0.6);
    }

    void prefillIsComputeBoundForLongPrompts()
    {
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 1.0, 1.0, bare());
        // Brief: P=2048 ≈ 29.7 TFLOP → 30.0 ms at 989 TFLOP/s. Ours counts the lm_head for every prompt
        // token.
        const double ms = m.prefillMs(2048);
        QVERIFY2(ms > 28.0 && ms < 34.0, qPrintable(QString::number(ms)));
        QVERIFY(m.prefillMs(4096) > 2.0 * ms); // attention grows with P²
    }

    void ttftAtConcurrencyOneIsSchedulingPlusPrefill()
    {
        const ComputeModel m(h100(), llama8b(), Precision::FP8, 0.5, 0.8);
        const ComputePoint p = m.at(1, 128, 128);
        QCOMPARE(p.ttftMs, defaultServingParams().schedulingMs + m.prefillMs(128));
        // The published 8B FP8 run on one H100 (vLLM, 128 in): TTFT 14.5 ms, TPOT 4.62 ms; the bare
        // roofline said 6.9 and 3.5.
        QVERIFY2(p.ttftMs > 12 && p.ttftMs < 17, qPrintable(QString::number(p.ttftMs)));
        QVERIFY2(p.tpotMs > 4.0 && p.tpotMs < 5.3, qPrintable(QString::number(p.tpotMs)));
    }

    void tensorParallelPaysAllReduce()
    {
        // Two ring all-reduces per layer of T·hidden 16-bit values: latency + 2·(n−1)/n · bytes / link.
        ServingParams p = bare();
        p.allReduceLatencyMs = 0.02;
        ComputeOptions two;
        two.tensorParallel = 2;
        const ComputeModel with(h100(), llama70b(), Precision::FP8, 0.5, 0.8, p, two);
        const ComputeModel without(h100(), llama70b(), Precision::FP8, 0.5, 0.8, bare(), two);
        QCOMPARE(with.gpusPerReplica(), 2);
        QVERIFY(qAbs(with.decodeStepMs(1, 512) - without.decodeStepMs(1, 512) - 2 * 80 * 0.02) < 1e-9);
        // The bytes: one token of 8,192 16-bit values, 2·(1/2) of them over 450 GB/s each way.
        GpuType fast = h100();
        fast.interconnectGBps = 1e12;
        const ComputeModel instant(fast, llama70b(), Precision::FP8, 0.5, 0.8, bare(), two);
        const double expected = 2 * 80 * 1000.0 * (2.0 * 1 / 2) * (8192 * 2.0) / 450e9;
        QVERIFY(qAbs(without.decodeStepMs(1, 512) - instant.decodeStepMs(1, 512) - expected) <
                1e-6 * expected);
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

    void pagedKvCacheHoldsTheLiveContext()
    {
        // The cache gets kvMemoryShare of what the weights leave; a request holds in + share · out tokens.
        ServingParams p = defaultServingParams();
        p.kvMemoryShare = 0.8;
        p.kvOutputShare = 0.5;
        p.maxBatch = 100000;
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 0.6, 0.7, p);
        const double cache = 0.8 * (80e9 - 8.03e9 * 2);
        QCOMPARE(m.kvCacheBytes(), cache);
        QCOMPARE(m.maxBatch(1000, 1000), int(cache / (1500 * 131072.0)));
        p.kvOutputShare = 1.0; // reserving the maximum fits fewer
        QCOMPARE(ComputeModel(h100(), llama8b(), Precision::BF16, 0.6, 0.7, p).maxBatch(1000, 1000),
                 int(cache / (2000 * 131072.0)));
        p.maxBatch = 64; // the engine's cap
        QCOMPARE(ComputeModel(h100(), llama8b(), Precision::BF16, 0.6, 0.7, p).maxBatch(10, 10), 64);
    }

    void saturationInterleavesPrefillChunks()
    {
        // A full batch's step carries b decode tokens plus b/out prompts of `in` tokens: compute-bound at
        // 2048/128 and b large, tokens/s = b / step with the prefill FLOPs inside the step.
        const ComputeModel m(h100(), llama8b(), Precision::FP8, 0.5, 0.8, bare());
        const int b = 256, in = 2048, out = 128;
        const double prefill = double(b) / out * in;
        const double flops = 2.0 * m.linearParams() * (b + prefill) +
                             4.0 * 32 * 128 * 32 * (b * (in + 0.5 * out) + double(b) / out * 0.5 * in * in);
        const double bytes = (b * (in + 0.5 * out) + prefill) * m.kvBytesPerToken();
        const double expected =
            1000.0 *
            (std::max(m.weightBytes() / (3.35e12 * 0.8),
                      2.0 * m.linearParams() * (b + prefill) / (1978.9e12 * 0.5)) +
             bytes / (3.35e12 * 0.8) + (flops - 2.0 * m.linearParams() * (b + prefill)) / (1978.9e12 * 0.5));
        QVERIFY(qAbs(m.mixedStepMs(b, in, out) - expected) < 1e-9 * expected);
        const ComputePoint c = m.at(b, in, out);
        QVERIFY(qAbs(c.tokensPerSecPerGpu - 1000.0 * b / c.stepMs) < 1e-6);
        QVERIFY(!c.decodeMemoryBound);
    }

    void throughputGrowsWithBatchUntilMemoryIsFull()
    {
        const ComputeModel m(h100(), llama8b(), Precision::BF16, 0.6, 0.7);
        const ComputePoint b1 = m.at(1, 512, 128), b32 = m.at(32, 512, 128);
        QVERIFY(b32.requestsPerSec > 10 * b1.requestsPerSec);
        QVERIFY(b32.tpotMs > b1.tpotMs);
        const ComputePoint sat = m.saturation(512, 128);
        QCOMPARE(sat.batch, m.maxBatch(512, 128));
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

    void shippedParamsMatchTheResourceFile()
    {
        QFile f(QStringLiteral(EA_SOURCE_DIR "/resources/data/serving-params.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const ServingParams &p = defaultServingParams();
        QCOMPARE(o.value(QStringLiteral("kvMemoryShare")).toDouble(), p.kvMemoryShare);
        QCOMPARE(o.value(QStringLiteral("kvOutputShare")).toDouble(), p.kvOutputShare);
        QCOMPARE(o.value(QStringLiteral("stepOverheadMs")).toDouble(), p.stepOverheadMs);
        QCOMPARE(o.value(QStringLiteral("layerOverheadMs")).toDouble(), p.layerOverheadMs);
        QCOMPARE(o.value(QStringLiteral("allReduceLatencyMs")).toDouble(), p.allReduceLatencyMs);
        QCOMPARE(o.value(QStringLiteral("schedulingMs")).toDouble(), p.schedulingMs);
        QCOMPARE(o.value(QStringLiteral("maxBatch")).toInt(), p.maxBatch);
        // The struct's defaults are the fit too, and so are a tier's default efficiencies.
        QCOMPARE(ServingParams{}.kvMemoryShare, p.kvMemoryShare);
        QCOMPARE(o.value(QStringLiteral("computeEfficiency")).toDouble(), TierSettings{}.computeEfficiency);
        QCOMPARE(o.value(QStringLiteral("bandwidthEfficiency")).toDouble(),
                 TierSettings{}.bandwidthEfficiency);
        const QJsonObject held = o.value(QStringLiteral("heldOut")).toObject();
        QCOMPARE(held.value(QStringLiteral("saturationThroughput")).toDouble(),
                 defaultServingFitRecord().lomoSaturationMedianAbsLog);
        QCOMPARE(held.value(QStringLiteral("tpotConcurrency1")).toDouble(),
                 defaultServingFitRecord().lomoTpot1MedianAbsLog);
    }
};

QTEST_APPLESS_MAIN(tst_ComputeModel)
#include "tst_computemodel.moc"
