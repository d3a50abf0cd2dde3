// SPDX-License-Identifier: GPL-3.0-or-later
// The error band shown next to modeled latencies: the band lookup and the combination, in closed form from
// the shipped accuracy records (whose figures tst_RttValidation and tst_ComputeFit re-measure).
#include "engine/latency/computemodel.h"
#include "engine/latency/modeluncertainty.h"

#include <QTest>

#include <cmath>

using namespace ea;

class tst_ModelUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void bandsAreOrderedAndCoverEveryDistance()
    {
        const auto &bands = defaultRttBandAccuracy();
        QVERIFY(bands.size() >= 3);
        for (size_t i = 1; i < bands.size(); ++i)
            QVERIFY(bands[i].toKm > bands[i - 1].toKm);
        QVERIFY(std::isinf(bands.back().toKm));
        for (const RttBandAccuracy &b : bands) {
            QVERIFY(b.medianAbsRelErr > 0 && b.medianAbsRelErr < b.p90AbsRelErr && b.p90AbsRelErr < 2);
        }
        QCOMPARE(&rttBandAccuracy(0), &bands.front());
        QCOMPARE(&rttBandAccuracy(bands.front().toKm - 1), &bands.front());
        QCOMPARE(&rttBandAccuracy(bands.front().toKm), &bands[1]);
        QCOMPARE(&rttBandAccuracy(40000), &bands.back());
    }

    void networkOnly()
    {
        // 80 ms of network over 6,000 km: the long-haul band's relative errors times 80 ms.
        const RttBandAccuracy &b = rttBandAccuracy(6000);
        const LatencyUncertainty u = latencyUncertainty({80, 6000, 0, 0});
        QVERIFY(std::abs(u.typicalMs - 80 * b.medianAbsRelErr) < 1e-9);
        QVERIFY(std::abs(u.p90Ms - 80 * b.p90AbsRelErr) < 1e-9);
        QCOMPARE(u.computeTypicalMs, 0.0);
    }

    void computeAndNetworkCombineAsIndependentErrors()
    {
        const ServingFitRecord &r = defaultServingFitRecord();
        const double pe = std::expm1(r.lomoTtft1MedianAbsLog), de = std::expm1(r.lomoTpot1MedianAbsLog);
        const RttBandAccuracy &b = rttBandAccuracy(300);
        const LatencyUncertainty u = latencyUncertainty({10, 300, 40, 200});
        const double net = 10 * b.medianAbsRelErr;
        const double comp = std::sqrt(40 * pe * 40 * pe + 200 * de * 200 * de);
        QVERIFY(std::abs(u.networkTypicalMs - net) < 1e-9);
        QVERIFY(std::abs(u.computeTypicalMs - comp) < 1e-9);
        QVERIFY(std::abs(u.typicalMs - std::sqrt(net * net + comp * comp)) < 1e-9);
        // Never more than the errors added up, never less than the larger of them.
        QVERIFY(u.typicalMs <= net + comp + 1e-9 && u.typicalMs >= std::max(net, comp));
        QVERIFY(u.p90Ms > u.typicalMs);
        // Negative inputs (a hand-made breakdown) count as zero.
        QCOMPARE(latencyUncertainty({-5, -1, -2, -3}).typicalMs, 0.0);
    }
};

QTEST_GUILESS_MAIN(tst_ModelUncertainty)
#include "tst_modeluncertainty.moc"
