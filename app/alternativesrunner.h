// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/alternatives.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace ea {

class Evaluator;

/**
 * Computes, off the GUI thread, every workload's outcome in each other tier (engine/plan/alternatives.h)
 * for the newest plan: the faint points and the per-tier budget bars of the charts. A newer request
 * cancels the running one; ready() only ever carries the alternatives of the newest plan.
 */
class AlternativesRunner : public QObject
{
    Q_OBJECT
public:
    explicit AlternativesRunner(QObject *parent = nullptr);
    ~AlternativesRunner() override;

    void request(std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr plan);
    void cancel();
    bool isBusy() const { return m_busy; }

signals:
    void ready(std::shared_ptr<const ea::PlanAlternatives> alternatives, ea::PlanOutcomePtr plan);

private:
    QThreadPool m_pool; // one worker; the destructor waits for it, so tasks may use `this`
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
    bool m_busy = false;
};

} // namespace ea
