// SPDX-License-Identifier: GPL-3.0-or-later
// engine/stats quantiles against their definitions computed the slow way: every order statistic from a fully
// sorted copy (type 7), and the weighted distribution function walked value by value.
#include "engine/stats/quantile.h"

#include <QTest>

#include <cmath>
#include <random>

using namespace ea;

namespace {
/** Type 7 by its textbook formula on a sorted copy. */
double type7(std::vector<double> v, double q)
{
    std::sort(v.begin(), v.end());
    const double h = q * double(v.size() - 1);
    const double lo = std::floor(h);
    const size_t i = size_t(lo);
    if (i + 1 >= v.size())
        return v.back();
    return v[i] + (h - lo) * (v[i + 1] - v[i]);
}

/** The weighted quantile by brute force: for each distinct value, the weight at or below it. */
double weightedBrute(const std::vector<std::pair<double, double>> &vw, double q)
{
    double total = 0;
    for (const auto &[v, w] : vw)
        total += w;
    double best = std::numeric_limits<double>::infinity();
    for (const auto &[v, w] : vw) {
        double below = 0;
        for (const auto &[u, x] : vw)
            if (u <= v)
                below += x;
        if (below >= q * total - 1e-9 * total)
            best = std::min(best, v);
    }
    return best;
}
} // namespace

class tst_Quantile : public QObject
{
    Q_OBJECT

private slots:
    void closedForms()
    {
        // 1..100: the median is 50.5, p95 is 95.05, p0 the minimum, p100 the maximum.
        std::vector<double> v;
        for (int i = 100; i >= 1; --i)
            v.push_back(i);
        QCOMPARE(stats::median(v), 50.5);
        QVERIFY(std::abs(stats::quantile(v, 0.95) - 95.05) < 1e-12);
        QCOMPARE(stats::quantile(v, 0), 1.0);
        QCOMPARE(stats::quantile(v, 1), 100.0);
        // Out of [0, 1]: clamped.
        QCOMPARE(stats::quantile(v, -3), 1.0);
        QCOMPARE(stats::quantile(v, 7), 100.0);
        // Odd count: the middle value; two values: their mean; one value: itself at every q.
        QCOMPARE(stats::median({3, 1, 2}), 2.0);
        QCOMPARE(stats::median({4, 1}), 2.5);
        QCOMPARE(stats::quantile({7}, 0.3), 7.0);
        // The argument is untouched by quantile(), reordered (not lost) by quantileInPlace().
        std::vector<double> w{5, 3, 9, 1};
        QCOMPARE(stats::quantile(w, 0.5), 4.0);
        QCOMPARE(w, (std::vector<double>{5, 3, 9, 1}));
        QCOMPARE(stats::quantileInPlace(w, 0.5), 4.0);
        std::sort(w.begin(), w.end());
        QCOMPARE(w, (std::vector<double>{1, 3, 5, 9}));
    }

    void emptyInputIsNaN()
    {
        // The one convention: no quantile of nothing; valueOr() gives a caller's "none".
        QVERIFY(std::isnan(stats::quantile({}, 0.5)));
        QVERIFY(std::isnan(stats::median({})));
        QVERIFY(std::isnan(stats::quantileSorted({}, 0.1)));
        std::vector<std::pair<float, double>> none;
        QVERIFY(std::isnan(stats::weightedQuantileInPlace(none, 0.5)));
        QVERIFY(std::isnan(stats::quantile({1, 2}, std::nan(""))));
        QCOMPARE(stats::valueOr(stats::median({}), -1), -1.0);
        QCOMPARE(stats::valueOr(stats::median({2}), -1), 2.0);
    }

    void matchesSortedDefinition()
    {
        std::mt19937 rng(2026);
        std::uniform_real_distribution<double> u(-50, 50);
        std::uniform_int_distribution<int> small(0, 5);
        for (int trial = 0; trial < 300; ++trial) {
            const size_t n = size_t(1 + trial % 37);
            std::vector<double> v(n);
            for (double &x : v)
                x = trial % 3 ? u(rng) : double(small(rng)); // with ties too
            std::vector<double> sorted = v;
            std::sort(sorted.begin(), sorted.end());
            for (double q : {0.0, 0.01, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99, 1.0, u(rng) / 100 + 0.5}) {
                const double want = type7(v, q);
                QVERIFY2(std::abs(stats::quantile(v, q) - want) < 1e-12, qPrintable(QString::number(q)));
                QVERIFY(std::abs(stats::quantileSorted(sorted, q) - want) < 1e-12);
                std::vector<double> copy = v;
                QVERIFY(std::abs(stats::quantileInPlace(copy, q) - want) < 1e-12);
            }
        }
    }

    void weightedIsTheInverseDistribution()
    {
        // Closed form: values 10, 20, 30 with weights 1, 2, 1. Cumulative shares 0.25, 0.75, 1.
        std::vector<std::pair<float, double>> v{{30.f, 1}, {10.f, 1}, {20.f, 2}};
        QCOMPARE(stats::weightedQuantileInPlace(v, 0.25), 10.0);
        QCOMPARE(stats::weightedQuantileInPlace(v, 0.26), 20.0);
        QCOMPARE(stats::weightedQuantileInPlace(v, 0.75), 20.0);
        QCOMPARE(stats::weightedQuantileInPlace(v, 0.76), 30.0);
        QCOMPARE(stats::weightedQuantileInPlace(v, 0.0), 10.0);
        QCOMPARE(stats::weightedQuantileInPlace(v, 1.0), 30.0);
        // No weight at all: the smallest value (the definition read literally).
        std::vector<std::pair<double, double>> zero{{5, 0}, {3, 0}};
        QCOMPARE(stats::weightedQuantileInPlace(zero, 0.9), 3.0);
        // Equal weights: type 1, the smallest value with at least q·n values at or below it.
        std::vector<std::pair<double, double>> equal{{4, 1}, {1, 1}, {3, 1}, {2, 1}};
        QCOMPARE(stats::weightedQuantileInPlace(equal, 0.5), 2.0);
        QCOMPARE(stats::weightedQuantileInPlace(equal, 0.51), 3.0);
        // Random tables against the brute force.
        std::mt19937 rng(7);
        std::uniform_real_distribution<double> value(0, 300), weight(0, 5);
        for (int trial = 0; trial < 200; ++trial) {
            std::vector<std::pair<double, double>> vw(size_t(1 + trial % 25));
            for (auto &[x, w] : vw) {
                x = std::round(value(rng)); // ties
                w = trial % 4 ? weight(rng) : 1.0;
            }
            for (double q : {0.01, 0.5, 0.95, 0.99}) {
                auto copy = vw;
                QCOMPARE(stats::weightedQuantileInPlace(copy, q), weightedBrute(vw, q));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_Quantile)
#include "tst_quantile.moc"
