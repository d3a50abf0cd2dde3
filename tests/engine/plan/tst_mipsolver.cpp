// SPDX-License-Identifier: GPL-3.0-or-later
// The CBC wrapper against brute force on random small integer programs, and its infeasible, stopped and
// cancelled answers.
#include "engine/plan/mipsolver.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

#include <atomic>
#include <cmath>
#include <limits>

using namespace ea;

namespace {

struct Random01
{
    std::vector<double> cost;
    std::vector<std::vector<double>> rows; // a . x <= b
    std::vector<double> rhs;
};

/** A random 0-1 program: minimise cost (some negative) subject to a few knapsack rows and one covering row.
 */
Random01 randomProgram(quint32 seed, int n)
{
    QRandomGenerator rng(seed);
    Random01 p;
    for (int j = 0; j < n; ++j)
        p.cost.push_back(std::round((rng.generateDouble() * 20 - 12) * 100) / 100);
    for (int r = 0; r < 3; ++r) {
        std::vector<double> a;
        double sum = 0;
        for (int j = 0; j < n; ++j) {
            a.push_back(1 + rng.bounded(9));
            sum += a.back();
        }
        p.rows.push_back(a);
        p.rhs.push_back(std::floor(sum * (0.3 + 0.3 * rng.generateDouble())));
    }
    return p;
}

double bruteForce(const Random01 &p, bool withCover, int cover)
{
    const int n = static_cast<int>(p.cost.size());
    double best = std::numeric_limits<double>::infinity();
    for (int mask = 0; mask < (1 << n); ++mask) {
        bool ok = true;
        for (size_t r = 0; r < p.rows.size() && ok; ++r) {
            double lhs = 0;
            for (int j = 0; j < n; ++j)
                if (mask >> j & 1)
                    lhs += p.rows[r][j];
            ok = lhs <= p.rhs[r];
        }
        if (withCover && __builtin_popcount(mask) < cover)
            ok = false;
        if (!ok)
            continue;
        double c = 0;
        for (int j = 0; j < n; ++j)
            if (mask >> j & 1)
                c += p.cost[j];
        best = std::min(best, c);
    }
    return best;
}

MipProblem toMip(const Random01 &p, bool withCover, int cover)
{
    MipProblem m;
    const int n = static_cast<int>(p.cost.size());
    for (int j = 0; j < n; ++j)
        m.addBinary(p.cost[j]);
    for (size_t r = 0; r < p.rows.size(); ++r) {
        MipProblem::Terms t;
        for (int j = 0; j < n; ++j)
            t.emplace_back(j, p.rows[r][j]);
        m.addRow(t, -MipProblem::Inf, p.rhs[r]);
    }
    if (withCover) {
        MipProblem::Terms t;
        for (int j = 0; j < n; ++j)
            t.emplace_back(j, 1.0);
        m.addRow(t, cover, MipProblem::Inf);
    }
    return m;
}

/** A market split instance (Cornuéjols and Dawande): tiny, and notoriously hard for branch and bound. */
MipProblem marketSplit(int rows, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    MipProblem m;
    for (int j = 0; j < n; ++j)
        m.addBinary(0.0);
    for (int r = 0; r < rows; ++r) {
        MipProblem::Terms t;
        double sum = 0;
        for (int j = 0; j < n; ++j) {
            const double a = rng.bounded(100);
            sum += a;
            t.emplace_back(j, a);
        }
        // Slack columns make every row satisfiable; minimising them is the hard part.
        const int plus = m.addColumn(0.0, MipProblem::Inf, 1.0, false);
        const int minus = m.addColumn(0.0, MipProblem::Inf, 1.0, false);
        t.emplace_back(plus, 1.0);
        t.emplace_back(minus, -1.0);
        m.addRow(t, std::floor(sum / 2), std::floor(sum / 2));
    }
    return m;
}

} // namespace

class tst_MipSolver : public QObject
{
    Q_OBJECT
private slots:
    void matchesBruteForce()
    {
        for (quint32 seed = 1; seed <= 25; ++seed) {
            const Random01 p = randomProgram(seed, 14);
            const bool cover = seed % 2 == 0;
            const int need = 4;
            const MipResult r = solveMip(toMip(p, cover, need));
            const double expected = bruteForce(p, cover, need);
            const QString where = QStringLiteral("seed %1").arg(seed);
            if (std::isinf(expected)) {
                QVERIFY2(r.status == MipResult::Status::Infeasible, qPrintable(where));
                continue;
            }
            QVERIFY2(r.status == MipResult::Status::Optimal && r.hasSolution, qPrintable(where));
            QVERIFY2(std::fabs(r.objective - expected) < 1e-6, qPrintable(where));
            QVERIFY2(r.bound <= r.objective + 1e-6, qPrintable(where));
            // The solution is integral and satisfies every row.
            for (double v : r.x)
                QVERIFY(v == 0.0 || v == 1.0);
            for (size_t row = 0; row < p.rows.size(); ++row) {
                double lhs = 0;
                for (size_t j = 0; j < p.cost.size(); ++j)
                    lhs += p.rows[row][j] * r.x[j];
                QVERIFY(lhs <= p.rhs[row] + 1e-9);
            }
        }
    }

    void infeasible()
    {
        MipProblem m;
        const int a = m.addBinary(1.0), b = m.addBinary(1.0);
        m.addRow({{a, 1.0}, {b, 1.0}}, 3.0, MipProblem::Inf); // two binaries cannot sum to 3
        const MipResult r = solveMip(m);
        QCOMPARE(r.status, MipResult::Status::Infeasible);
        QVERIFY(!r.hasSolution);
    }

    void startIsUsedAndChecked()
    {
        const Random01 p = randomProgram(3, 14);
        MipProblem m = toMip(p, false, 0);
        MipOptions o;
        o.start.assign(p.cost.size(), 0.0); // all zero: feasible
        const MipResult r = solveMip(m, o);
        QCOMPARE(r.status, MipResult::Status::Optimal);
        QVERIFY(std::fabs(r.objective - bruteForce(p, false, 0)) < 1e-6);
    }

    void timeLimitStopsWithABound()
    {
        const MipProblem m = marketSplit(5, 40, 11);
        MipOptions o;
        o.timeLimitS = 0.5;
        QElapsedTimer t;
        t.start();
        const MipResult r = solveMip(m, o);
        QVERIFY2(t.elapsed() < 5000, qPrintable(QString::number(t.elapsed())));
        // Either solved (unlikely) or stopped with the best found and a bound below it.
        QVERIFY(r.status != MipResult::Status::Infeasible);
        if (r.status == MipResult::Status::Stopped && r.hasSolution)
            QVERIFY(r.bound <= r.objective + 1e-6);
    }

    void cancel()
    {
        const MipProblem m = marketSplit(5, 40, 12);
        std::atomic<bool> cancel{true};
        MipOptions o;
        o.cancel = &cancel;
        const MipResult r = solveMip(m, o);
        QVERIFY(r.cancelled);
        QCOMPARE(r.status, MipResult::Status::Stopped);
    }
};

QTEST_APPLESS_MAIN(tst_MipSolver)
#include "tst_mipsolver.moc"
