// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/plan/evaluation.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace ea {

class Evaluator;

/**
 * Evaluates placements on a worker thread, one at a time.
 *
 * An Evaluator is built on the worker once per setScenario(); later requests re-evaluate incrementally
 * from the previous outcome (Evaluator::reevaluate). A request superseded before it starts is skipped,
 * and a result that is not the newest request's is dropped, so finished() always carries the newest
 * placement. Call from the GUI thread; the destructor waits for a running evaluation.
 */
class EvaluationRunner : public QObject
{
    Q_OBJECT
public:
    explicit EvaluationRunner(QObject *parent = nullptr);
    ~EvaluationRunner() override;

    /** The scenario the next requests evaluate (its workloads' tiers are not read). */
    void setScenario(std::shared_ptr<const Scenario> scenario);
    /** Queues an evaluation; returns its generation. */
    quint64 evaluate(const Placement &placement);
    bool isBusy() const { return m_finished != m_generation; }

signals:
    void finished(ea::PlanOutcomePtr outcome, qint64 elapsedMs);
    /** A new Evaluator was built for a new scenario (before the finished() that used it). */
    void evaluatorChanged(std::shared_ptr<const ea::Evaluator> evaluator);
    void failed(const QString &message);

private:
    struct WorkerState;
    void deliver(quint64 generation, PlanOutcomePtr outcome, std::shared_ptr<const Evaluator> evaluator,
                 qint64 elapsedMs, const QString &error);

    QThread m_thread;
    QObject *m_worker = nullptr; // lives in m_thread; the context of the queued jobs
    std::shared_ptr<WorkerState> m_state;
    std::shared_ptr<std::atomic<quint64>> m_latest = std::make_shared<std::atomic<quint64>>(0);
    std::shared_ptr<const Scenario> m_scenario;
    std::shared_ptr<const Evaluator> m_evaluator; // the newest delivered
    quint64 m_scenarioSerial = 0;
    quint64 m_generation = 0;
    quint64 m_finished = 0;
};

} // namespace ea
