// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/cost/costmodel.h"
#include "engine/cost/queueing.h"

#include <QTest>

#include <cmath>

using namespace ea;

class tst_Queueing : public QObject
{
    Q_OBJECT
private slots:
    void erlangCKnownValues_data()
    {
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("load");
        QTest::addColumn<double>("expected");
        QTest::newRow("M/M/1 rho 0.5") << 1 << 0.5 << 0.5; // C = rho for one server
        QTest::newRow("2 servers, 1 Erlang") << 2 << 1.0 << 1.0 / 3.0;
        QTest::newRow("10 servers, 8 Erlang") << 10 << 8.0 << 0.40918; // textbook table value
        QTest::newRow("overloaded") << 3 << 3.5 << 1.0;
        QTest::newRow("idle") << 4 << 0.0 << 0.0;
    }
    void erlangCKnownValues()
    {
        QFETCH(int, servers);
        QFETCH(double, load);
        QFETCH(double, expected);
        QVERIFY2(std::fabs(queueing::erlangC(servers, load) - expected) < 1e-4,
                 qPrintable(QString::number(queueing::erlangC(servers, load))));
    }

    void waitQuantileOfMM1()
    {
        // M/M/1, lambda 5/s, service 100 ms (mu 10/s): P(W > t) = 0.5 · e^{-5t}; p95 → t = ln(10)/5 s.
        const double w = queueing::waitQuantileMs(1, 5.0, 100.0, 95.0);
        QVERIFY(std::fabs(w - 1000.0 * std::log(10.0) / 5.0) < 1e-9);
        QCOMPARE(queueing::waitQuantileMs(1, 5.0, 100.0, 40.0), 0.0); // half the arrivals never wait
        QVERIFY(std::isinf(queueing::waitQuantileMs(1, 20.0, 100.0, 95.0)));
    }

    void pooledSiteNeedsFewerReplicasThanManySmallOnes()
    {
        // Same total demand: one site at 200 req/s against 20 sites at 10 req/s each.
        const double service = 400.0; // ms a request holds a slot
        const int slotCount = 8;
        const auto one = queueing::sizeSite(200.0, service, slotCount, 0.8, 99.0, 50.0, 1);
        int many = 0;
        for (int i = 0; i < 20; ++i)
            many += queueing::sizeSite(10.0, service, slotCount, 0.8, 99.0, 50.0, 1).replicas;
        QVERIFY(one.waitMs <= 50.0);
        QVERIFY2(many >= 1.5 * one.replicas,
                 qPrintable(QStringLiteral("%1 vs %2").arg(many).arg(one.replicas)));
        QVERIFY(one.utilization <= 0.8);
    }

    void sizingIsTheSmallestThatMeetsBothRules()
    {
        const auto s = queueing::sizeSite(50.0, 200.0, 4, 0.7, 95.0, 20.0, 1);
        QVERIFY(s.utilization <= 0.7);
        QVERIFY(s.waitMs <= 20.0);
        const int k = (s.replicas - 1) * 4;
        const bool fewerWouldDo =
            s.replicas > 1 && 50.0 * 0.2 <= 0.7 * k && queueing::waitQuantileMs(k, 50.0, 200.0, 95.0) <= 20.0;
        QVERIFY(!fewerWouldDo);
    }

    void footprintAndPrice()
    {
        TierSettings t;
        t.targetUtilization = 0.6;
        t.minGpusPerSite = 8;
        cost::SiteRequest r;
        r.peakRps = 0.01;
        r.serviceMs = 100;
        r.slotsPerReplica = 4;
        r.gpusPerReplica = 2;
        r.percentile = 95;
        r.waitBudgetMs = 100;
        r.tier = &t;
        r.usdPerGpuHour = 2.5;
        r.hoursPerMonth = 730;
        const cost::SitePlan p = cost::planSite(r);
        QCOMPARE(p.gpus, 8); // a used site carries the tier's footprint
        QCOMPARE(p.replicas, 4);
        QCOMPARE(p.usdPerMonth, 8 * 2.5 * 730);
    }

    void apiAndEgressPrices()
    {
        const ApiPrice price{QStringLiteral("m"), QStringLiteral("p"), 0.5, 1.5, {}, {}};
        // 1 M requests of 1,000 in + 200 out tokens: 1e9 · 0.5/1e6 + 2e8 · 1.5/1e6.
        QCOMPARE(cost::apiUsdPerMonth(1e6, 1000, 200, price), 500.0 + 300.0);
        QCOMPARE(cost::monthlyRequests(1.0, 730), 3600.0 * 730);
        QCOMPARE(cost::egressGBPerMonth(1e6, 100), 1e6 * (1024 + 150 * 100) / 1e9);
    }
};

QTEST_APPLESS_MAIN(tst_Queueing)
#include "tst_queueing.moc"
