// SPDX-License-Identifier: GPL-3.0-or-later
// The MIP solver: COIN-OR CBC through its C++ driver (CbcMain0/CbcMain1, the same code path as the cbc
// program, so its presolve, cuts and heuristics run), with an event handler for cancel and progress.
#include "engine/plan/mipsolver.h"

#include <CbcEventHandler.hpp>
#include <CbcModel.hpp>
#include <CbcSolver.hpp>
#include <CoinMessageHandler.hpp>
#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <string>

namespace ea {

int MipProblem::addColumn(double lower, double upper, double cost, bool integer)
{
    m_colLower.push_back(lower);
    m_colUpper.push_back(upper);
    m_cost.push_back(cost);
    m_integer.push_back(integer ? 1 : 0);
    return static_cast<int>(m_cost.size()) - 1;
}

void MipProblem::addRow(const Terms &terms, double lower, double upper)
{
    for (const auto &[column, value] : terms) {
        if (value == 0.0)
            continue;
        m_index.push_back(column);
        m_value.push_back(value);
    }
    m_rowStart.push_back(static_cast<int>(m_index.size()));
    m_rowLower.push_back(lower);
    m_rowUpper.push_back(upper);
}

void MipProblem::setBounds(int column, double lower, double upper)
{
    m_colLower[column] = lower;
    m_colUpper[column] = upper;
}

double MipProblem::objectiveOf(const std::vector<double> &x) const
{
    double sum = 0;
    for (size_t i = 0; i < m_cost.size() && i < x.size(); ++i)
        sum += m_cost[i] * x[i];
    return sum;
}

namespace {

std::mutex &cbcMutex()
{
    static std::mutex m;
    return m;
}

/** Stops the search on cancel and reports the incumbent and bound; CBC clones it into its working model. */
class Events : public CbcEventHandler
{
public:
    Events(const MipOptions *options, const QElapsedTimer *clock) : m_options(options), m_clock(clock) {}
    CbcEventHandler *clone() const override { return new Events(*this); }
    CbcAction event(CbcEvent which) override
    {
        if (m_options->cancel && m_options->cancel->load(std::memory_order_relaxed)) {
            *m_cancelled = true;
            return stop;
        }
        // Wall-clock time, whatever the machine's load (CBC's own limit is checked less often).
        if (m_options->timeLimitS > 0 && m_clock->elapsed() / 1000.0 >= m_options->timeLimitS)
            return stop;
        if (m_options->progress && model_ &&
            (which == node || which == solution || which == heuristicSolution)) {
            const double best = model_->getObjValue();
            const double bound = model_->getBestPossibleObjValue();
            if (best != m_lastBest || bound != m_lastBound) {
                m_lastBest = best;
                m_lastBound = bound;
                m_options->progress(best, bound);
            }
        }
        return noAction;
    }
    std::shared_ptr<bool> m_cancelled = std::make_shared<bool>(false);

private:
    const MipOptions *m_options;
    const QElapsedTimer *m_clock;
    double m_lastBest = std::nan(""), m_lastBound = std::nan("");
};

} // namespace

MipResult solveMip(const MipProblem &problem, const MipOptions &options)
{
    const std::lock_guard lock(cbcMutex());
    MipResult result;
    const int n = problem.columnCount();
    const int m = problem.rowCount();
    if (options.cancel && options.cancel->load()) {
        result.cancelled = true;
        return result;
    }

    OsiClpSolverInterface solver;
    solver.messageHandler()->setLogLevel(0);
    {
        // Row-wise matrix in the solver's own format.
        std::vector<CoinBigIndex> starts(problem.rowStart().begin(), problem.rowStart().end());
        std::vector<int> lengths(m);
        for (int r = 0; r < m; ++r)
            lengths[r] = problem.rowStart()[r + 1] - problem.rowStart()[r];
        const CoinPackedMatrix matrix(false, n, m, static_cast<CoinBigIndex>(problem.index().size()),
                                      problem.value().data(), problem.index().data(), starts.data(),
                                      lengths.data());
        std::vector<double> rowLower = problem.rowLower(), rowUpper = problem.rowUpper();
        std::vector<double> colLower = problem.columnLower(), colUpper = problem.columnUpper();
        const double inf = solver.getInfinity();
        for (double &v : rowLower)
            v = std::isinf(v) ? -inf : v;
        for (double &v : rowUpper)
            v = std::isinf(v) ? inf : v;
        for (double &v : colUpper)
            v = std::isinf(v) ? inf : v;
        solver.loadProblem(matrix, colLower.data(), colUpper.data(), problem.cost().data(), rowLower.data(),
                           rowUpper.data());
    }
    for (int c = 0; c < n; ++c) {
        if (problem.isInteger(c))
            solver.setInteger(c);
        solver.setColName(c, "c" + std::to_string(c));
    }

    CbcModel model(solver);
    model.setLogLevel(0);
    model.messageHandler()->setLogLevel(0);
    CbcSolverUsefulData data;
    data.noPrinting_ = true;
    data.useSignalHandler_ = false;
    CbcMain0(model, data);
    QElapsedTimer clock;
    clock.start();
    Events events(&options, &clock);
    model.passInEventHandler(&events);
    if (static_cast<int>(options.start.size()) == n) {
        std::vector<std::pair<std::string, double>> start;
        start.reserve(n);
        for (int c = 0; c < n; ++c)
            start.emplace_back("c" + std::to_string(c), options.start[c]);
        model.setMIPStart(start);
    }
    std::vector<std::string> args{"edgeatlas", "-log", "0", "-slog", "0"};
    if (options.timeLimitS > 0) {
        args.push_back("-timeMode");
        args.push_back("elapsed");
        args.push_back("-sec");
        args.push_back(std::to_string(std::max(options.timeLimitS, 0.01)));
    }
    // CBC's 0-1/2 cut separator (CglZeroHalf) can take gigabytes on the optimizer's masters: an 18-workload
    // portfolio reached 5.3 GB in 30 s with it and stays under 100 MB without (same optimum). Off, so the
    // solver's memory follows the model's size.
    args.push_back("-zeroHalfCuts");
    args.push_back("off");
    args.push_back("-ratio");
    args.push_back(std::to_string(std::max(options.relativeGap, 0.0)));
    if (const QByteArray extra = qgetenv("EA_CBC_ARGS"); !extra.isEmpty())
        for (const QByteArray &a : extra.split(' '))
            args.push_back(a.toStdString());
    args.push_back("-solve");
    args.push_back("-quit");
    std::vector<const char *> argv;
    for (const std::string &a : args)
        argv.push_back(a.c_str());
    CbcMain1(
        static_cast<int>(argv.size()), argv.data(), model, [](CbcModel *, int) { return 0; }, data);

    result.cancelled = *events.m_cancelled;
    result.nodes = model.getNodeCount();
    const double *best = model.bestSolution();
    if (best) {
        result.hasSolution = true;
        result.x.assign(best, best + n);
        for (int c = 0; c < n; ++c)
            if (problem.isInteger(c))
                result.x[c] = std::round(result.x[c]);
        result.objective = problem.objectiveOf(result.x);
    }
    if (model.isProvenOptimal()) {
        result.status = MipResult::Status::Optimal;
        result.bound = std::min(model.getBestPossibleObjValue(), result.objective);
    } else if (model.isProvenInfeasible() && !best) {
        result.status = MipResult::Status::Infeasible;
    } else {
        result.status = MipResult::Status::Stopped;
        result.bound = model.getBestPossibleObjValue();
    }
    return result;
}

} // namespace ea
