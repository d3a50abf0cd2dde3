// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>
#include <limits>
#include <utility>
#include <vector>

namespace ea {

/**
 * A mixed-integer linear program, minimised: columns with bounds, an objective coefficient and whether they
 * are integer, and rows lower <= sum(coefficient * column) <= upper. A plain value; build it, then hand it to
 * solveMip().
 */
class MipProblem
{
public:
    static constexpr double Inf = std::numeric_limits<double>::infinity();
    using Terms = std::vector<std::pair<int, double>>; // (column, coefficient)

    int addColumn(double lower, double upper, double cost, bool integer);
    int addBinary(double cost) { return addColumn(0.0, 1.0, cost, true); }
    void addRow(const Terms &terms, double lower, double upper);
    void setBounds(int column, double lower, double upper);

    int columnCount() const { return static_cast<int>(m_cost.size()); }
    int rowCount() const { return static_cast<int>(m_rowLower.size()); }
    /** The objective of a solution (one value per column). */
    double objectiveOf(const std::vector<double> &x) const;

    // The data, for the solver.
    const std::vector<double> &columnLower() const { return m_colLower; }
    const std::vector<double> &columnUpper() const { return m_colUpper; }
    const std::vector<double> &cost() const { return m_cost; }
    bool isInteger(int column) const { return m_integer[column] != 0; }
    const std::vector<double> &rowLower() const { return m_rowLower; }
    const std::vector<double> &rowUpper() const { return m_rowUpper; }
    const std::vector<int> &rowStart() const
    {
        return m_rowStart;
    } // row r: entries rowStart[r]..rowStart[r+1]
    const std::vector<int> &index() const { return m_index; }
    const std::vector<double> &value() const { return m_value; }

private:
    std::vector<double> m_colLower, m_colUpper, m_cost;
    std::vector<char> m_integer;
    std::vector<double> m_rowLower, m_rowUpper;
    std::vector<int> m_rowStart{0}, m_index;
    std::vector<double> m_value;
};

struct MipOptions
{
    /** Wall-clock seconds the solve may take; 0: no limit. */
    double timeLimitS = 0;
    /** Polled at every node of the search; when it becomes true the solve stops. */
    const std::atomic<bool> *cancel = nullptr;
    /** Stop once (best − bound) / |best| is at most this (0: prove optimality). */
    double relativeGap = 0;
    /** A solution to start from (one value per column; empty: none). CBC checks and may repair it. */
    std::vector<double> start;
    /** Called from the solving thread when the incumbent or the bound moves: (best objective, bound). */
    std::function<void(double, double)> progress;
};

struct MipResult
{
    enum class Status {
        Optimal,    // x is optimal (within relativeGap)
        Infeasible, // proven: no solution exists
        Stopped,    // time limit or cancel; x is the best solution found, if any (hasSolution)
    };
    Status status = Status::Stopped;
    bool hasSolution = false;
    bool cancelled = false;
    double objective = std::numeric_limits<double>::infinity(); // of x
    double bound = -std::numeric_limits<double>::infinity();    // proven lower bound on every solution
    std::vector<double> x;
    qint64 nodes = 0;
};

/**
 * Solves a MipProblem with COIN-OR CBC (branch and cut, its default cuts and heuristics, quiet). Thread-safe:
 * solves are serialised, since CBC's driver keeps some global state.
 */
MipResult solveMip(const MipProblem &problem, const MipOptions &options = {});

} // namespace ea
