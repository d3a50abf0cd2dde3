// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/evaluationrunner.h"

#include "engine/plan/evaluator.h"

#include <QElapsedTimer>

#include <exception>

namespace ea {

/** Touched only on the worker thread. */
struct EvaluationRunner::WorkerState
{
    quint64 scenarioSerial = 0;
    std::shared_ptr<const Evaluator> evaluator; // shared with views once delivered; const, thread-safe
    PlanOutcomePtr last;
};

EvaluationRunner::EvaluationRunner(QObject *parent)
    : QObject(parent), m_worker(new QObject), m_state(std::make_shared<WorkerState>())
{
    m_thread.setObjectName(QStringLiteral("EvaluationRunner"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

EvaluationRunner::~EvaluationRunner()
{
    m_latest->store(0); // pending jobs see themselves superseded and return at once
    m_thread.quit();
    m_thread.wait();
    delete m_worker;
}

void EvaluationRunner::setScenario(std::shared_ptr<const Scenario> scenario)
{
    m_scenario = std::move(scenario);
    ++m_scenarioSerial;
}

quint64 EvaluationRunner::evaluate(const Placement &placement)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    auto job = [this, state = m_state, latest = m_latest, generation, serial = m_scenarioSerial,
                scenario = m_scenario, placement] {
        if (latest->load() != generation)
            return;
        QElapsedTimer timer;
        timer.start();
        PlanOutcomePtr outcome;
        QString error;
        try {
            if (!state->evaluator || state->scenarioSerial != serial) {
                state->last.reset();
                state->evaluator = std::make_shared<const Evaluator>(scenario);
                state->scenarioSerial = serial;
            }
            const Evaluator &ev = *state->evaluator;
            outcome = std::make_shared<const PlanOutcome>(state->last ? ev.reevaluate(*state->last, placement)
                                                                      : ev.evaluate(placement));
            state->last = outcome;
        } catch (const std::exception &e) {
            error = QString::fromLocal8Bit(e.what());
            state->last.reset();
        }
        const qint64 elapsedMs = timer.elapsed();
        std::shared_ptr<const Evaluator> evaluator = state->evaluator;
        // `this` outlives the job: the destructor waits for the worker thread before QObject goes.
        QMetaObject::invokeMethod(
            this,
            [this, generation, outcome, evaluator, elapsedMs, error] {
                deliver(generation, outcome, evaluator, elapsedMs, error);
            },
            Qt::QueuedConnection);
    };
    QMetaObject::invokeMethod(m_worker, std::move(job), Qt::QueuedConnection);
    return generation;
}

void EvaluationRunner::deliver(quint64 generation, PlanOutcomePtr outcome,
                               std::shared_ptr<const Evaluator> evaluator, qint64 elapsedMs, const QString &error)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    m_finished = generation;
    if (evaluator && evaluator != m_evaluator) {
        m_evaluator = std::move(evaluator);
        emit evaluatorChanged(m_evaluator);
    }
    if (outcome)
        emit finished(std::move(outcome), elapsedMs);
    else
        emit failed(error.isEmpty() ? tr("the evaluation failed") : error);
}

} // namespace ea
