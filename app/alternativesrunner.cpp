// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/alternativesrunner.h"

#include "engine/plan/evaluator.h"

namespace ea {

AlternativesRunner::AlternativesRunner(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<std::shared_ptr<const PlanAlternatives>>();
    m_pool.setMaxThreadCount(1);
}

AlternativesRunner::~AlternativesRunner()
{
    cancel();
    m_pool.waitForDone();
}

void AlternativesRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    m_busy = false;
    ++m_generation;
}

void AlternativesRunner::request(std::shared_ptr<const Evaluator> evaluator, PlanOutcomePtr plan)
{
    cancel();
    if (!evaluator || !plan || plan->workloads.size() != evaluator->scenario().workloads.size())
        return;
    auto flag = std::make_shared<std::atomic<bool>>(false);
    m_cancel = flag;
    m_busy = true;
    const quint64 generation = m_generation;
    m_pool.start([this, flag, generation, evaluator, plan] {
        auto alternatives =
            std::make_shared<const PlanAlternatives>(evaluateAlternatives(*evaluator, *plan, flag.get()));
        if (flag->load())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, generation, alternatives, plan] {
                if (generation != m_generation)
                    return;
                m_busy = false;
                emit ready(alternatives, plan);
            },
            Qt::QueuedConnection);
    });
}

} // namespace ea
