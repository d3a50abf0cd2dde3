// SPDX-License-Identifier: GPL-3.0-or-later
// Placement: a tier per workload, and per zone for a split workload.
#include "engine/model/placement.h"

#include <QTest>

using namespace ea;
using geo::Zone;

class tst_Placement : public QObject
{
    Q_OBJECT
private slots:
    void readsLikeAVectorOfTiers()
    {
        Placement p{Tier::Edge, Tier::Central};
        QCOMPARE(p.size(), size_t(2));
        QCOMPARE(p[0], Tier::Edge);
        QCOMPARE(Tier(p[1]), Tier::Central);
        QCOMPARE(static_cast<int>(p[1]), 2);
        Placement q(3);
        QCOMPARE(q[2], Tier::Edge); // as std::vector<Tier>(3)
        QVERIFY(Placement(2, Tier::Regional) == (Placement{Tier::Regional, Tier::Regional}));
        QVERIFY(!p.hasSplits());
    }

    void zoneTiers()
    {
        Placement p{Tier::Regional, Tier::Central};
        p.setZoneTier(0, Zone::Europe, Tier::Edge);
        p.setZoneTier(0, Zone::EastAsia, Tier::Edge);
        QVERIFY(p.isSplit(0));
        QVERIFY(!p.isSplit(1));
        QVERIFY(p.hasSplits());
        QCOMPARE(p[0], Tier::Regional); // its tier, the "*"
        QCOMPARE(p.tierIn(0, Zone::Europe), Tier::Edge);
        QCOMPARE(p.tierIn(0, Zone::NorthAmerica), Tier::Regional);
        QCOMPARE(p.tierIn(1, Zone::Europe), Tier::Central);
        QCOMPARE(p.zonesIn(0, Tier::Edge), ZoneMask(zoneBit(Zone::Europe) | zoneBit(Zone::EastAsia)));
        QCOMPARE(p.zonesIn(0, Tier::Regional), ZoneMask(AllZones & ~p.zonesIn(0, Tier::Edge)));
        QCOMPARE(p.zonesIn(0, Tier::Central), ZoneMask(0));
    }

    void assigningATierMovesAllOfTheWorkload()
    {
        Placement p{Tier::Regional, Tier::Central};
        p.setZoneTier(0, Zone::Europe, Tier::Edge);
        p[0] = Tier::Central; // what dragging a card does
        QVERIFY(!p.isSplit(0));
        QVERIFY(!p.hasSplits());
        QCOMPARE(p.tierIn(0, Zone::Europe), Tier::Central);
        QVERIFY(p == (Placement{Tier::Central, Tier::Central}));
    }

    void normalisedSoEqualityMeansTheSame()
    {
        Placement a{Tier::Regional};
        a.setZoneTier(0, Zone::Europe, Tier::Regional); // the workload's own tier: no override
        QVERIFY(!a.isSplit(0));
        QVERIFY(a == Placement{Tier::Regional});
        a.setZoneTier(0, Zone::Europe, Tier::Edge);
        a.setZoneTier(0, Zone::Europe, std::nullopt); // removed again
        QVERIFY(a == Placement{Tier::Regional});

        Placement b{Tier::Regional}, c{Tier::Edge};
        ZoneTiers zones{};
        zones[static_cast<int>(Zone::Europe)] = Tier::Edge;
        b.setWorkload(0, Tier::Regional, zones);
        c.setWorkload(0, Tier::Regional, zones); // same meaning, built another way
        QVERIFY(b == c);
        QVERIFY(b.samePlacement(0, c));
        c.setZoneTier(0, Zone::Africa, Tier::Central);
        QVERIFY(!(b == c));
        QVERIFY(!b.samePlacement(0, c));
        // An override equal to the new tier disappears.
        b.setWorkload(0, Tier::Edge, zones);
        QVERIFY(!b.isSplit(0));
    }

    void pushBackKeepsZones()
    {
        Placement p{Tier::Edge};
        p.setZoneTier(0, Zone::Oceania, Tier::Central);
        p.push_back(Tier::Regional);
        QCOMPARE(p.size(), size_t(2));
        QVERIFY(p.isSplit(0));
        QVERIFY(!p.isSplit(1));
        QCOMPARE(p.tierIn(1, Zone::Oceania), Tier::Regional);
    }
};

QTEST_APPLESS_MAIN(tst_Placement)
#include "tst_placement.moc"
