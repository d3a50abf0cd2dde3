// SPDX-License-Identifier: GPL-3.0-or-later
// paretoFront against the definition checked pair by pair (O(n²)): on the front exactly the points no other
// point dominates.
#include "engine/stats/pareto.h"

#include <QTest>

#include <random>

using namespace ea;

namespace {
struct P
{
    double cost, latency;
};

bool dominates(const P &a, const P &b)
{
    return a.cost <= b.cost && a.latency <= b.latency && (a.cost != b.cost || a.latency != b.latency);
}
} // namespace

class tst_Pareto : public QObject
{
    Q_OBJECT

private slots:
    void knownFront()
    {
        const std::vector<std::pair<double, double>> pts{{1, 5}, {2, 3}, {3, 4},  {4, 1},
                                                         {2, 3}, {5, 1}, {0.5, 9}};
        const auto front =
            stats::paretoFront(pts, &std::pair<double, double>::first, &std::pair<double, double>::second);
        // By x then y; the duplicate (2, 3) is on it twice; (3, 4) and (5, 1) are dominated.
        QCOMPARE(front, (std::vector<int>{6, 0, 1, 4, 3}));
        QVERIFY(stats::paretoFront(std::vector<P>{}, &P::cost, &P::latency).empty());
    }

    void bruteForceDefinition()
    {
        std::mt19937 rng(3);
        std::uniform_int_distribution<int> coord(0, 12); // a small grid: ties in x, in y and whole points
        for (int trial = 0; trial < 300; ++trial) {
            std::vector<P> pts(size_t(1 + trial % 30));
            for (P &p : pts)
                p = {double(coord(rng)), double(coord(rng))};
            const std::vector<int> front =
                stats::paretoFront(pts, &P::cost, [](const P &p) { return p.latency; });
            std::vector<bool> on(pts.size(), false);
            for (int i : front)
                on[size_t(i)] = true;
            for (size_t i = 0; i < pts.size(); ++i) {
                bool dominated = false;
                for (const P &o : pts)
                    dominated = dominated || dominates(o, pts[i]);
                QCOMPARE(on[i], !dominated);
            }
            for (size_t k = 1; k < front.size(); ++k) {
                const P &a = pts[size_t(front[k - 1])], &b = pts[size_t(front[k])];
                QVERIFY(a.cost < b.cost || (a.cost == b.cost && a.latency <= b.latency));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Pareto)
#include "tst_pareto.moc"
