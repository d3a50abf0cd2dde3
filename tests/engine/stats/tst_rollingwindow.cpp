// SPDX-License-Identifier: GPL-3.0-or-later
// RollingWindow against the quantile of the trailing values recomputed from scratch at every step.
#include "engine/stats/quantile.h"
#include "engine/stats/rollingwindow.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ea;

class tst_RollingWindow : public QObject
{
    Q_OBJECT

private slots:
    void trailingWindowFromScratch()
    {
        std::mt19937 rng(11);
        std::uniform_int_distribution<int> v(0, 40); // many ties: removal must take out one copy only
        for (size_t capacity : {size_t(1), size_t(2), size_t(5), size_t(20)}) {
            stats::RollingWindow w(capacity);
            std::vector<double> all;
            for (int i = 0; i < 200; ++i) {
                const double x = v(rng);
                all.push_back(x);
                w.push(x);
                const size_t from = all.size() > capacity ? all.size() - capacity : 0;
                const std::vector<double> tail(all.begin() + std::ptrdiff_t(from), all.end());
                QCOMPARE(w.size(), tail.size());
                for (double q : {0.0, 0.5, 0.95, 1.0})
                    QCOMPARE(w.quantile(q), stats::quantile(tail, q));
                QVERIFY(std::is_sorted(w.sorted().begin(), w.sorted().end()));
            }
        }
    }

    void rollingQuantileSeries()
    {
        const std::vector<double> values{5, 1, 4, 2, 3};
        // Window 3: [5], [5,1], [5,1,4], [1,4,2], [4,2,3]: medians 5, 3, 4, 2, 3.
        QCOMPARE(stats::rollingQuantile(values, 3, 0.5), (std::vector<double>{5, 3, 4, 2, 3}));
        QVERIFY(stats::rollingQuantile({}, 3, 0.5).empty());
    }

    void emptyAndCleared()
    {
        stats::RollingWindow w(4);
        QVERIFY(w.empty());
        QVERIFY(std::isnan(w.quantile(0.5)));
        w.push(3);
        w.push(1);
        QCOMPARE(w.quantile(0.5), 2.0);
        w.clear();
        QVERIFY(std::isnan(w.quantile(0.5)));
        QCOMPARE(stats::RollingWindow(0).capacity(), size_t(1)); // at least one value
    }
};

QTEST_GUILESS_MAIN(tst_RollingWindow)
#include "tst_rollingwindow.moc"
