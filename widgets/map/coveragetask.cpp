// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/map/coveragetask.h"

#include "engine/plan/evaluator.h"

#include <QMetaObject>

namespace ea {

CoverageTask::CoverageTask(QObject *parent) : QObject(parent) {}

CoverageTask::~CoverageTask()
{
    // Joined here, before ~QObject drops the events the workers posted to this object.
    reap(true);
}

void CoverageTask::start(std::shared_ptr<const Evaluator> evaluator, Tier tier, double stepDeg)
{
    cancel();
    reap(false);
    if (!evaluator)
        return;
    const quint64 generation = ++m_generation;
    auto cancelFlag = std::make_shared<std::atomic<bool>>(false);
    auto done = std::make_shared<std::atomic<bool>>(false);
    auto lastPercent = std::make_shared<std::atomic<int>>(-1);
    m_running = true;
    std::thread worker([this, evaluator, tier, stepDeg, generation, cancelFlag, done, lastPercent] {
        const auto progress = [this, generation, lastPercent](double fraction) {
            const int percent = int(fraction * 100);
            int last = lastPercent->load();
            while (percent > last) { // at most one report per percent, from whichever helper gets there
                if (lastPercent->compare_exchange_weak(last, percent)) {
                    QMetaObject::invokeMethod(
                        this, [this, generation, fraction] { report(generation, fraction); },
                        Qt::QueuedConnection);
                    break;
                }
            }
        };
        CoverageFieldPtr field = computeCoverageField(*evaluator, tier, stepDeg, cancelFlag.get(), progress);
        if (!cancelFlag->load())
            QMetaObject::invokeMethod(
                this, [this, generation, field] { deliver(generation, field); }, Qt::QueuedConnection);
        done->store(true);
    });
    m_jobs.push_back({std::move(worker), cancelFlag, done});
}

void CoverageTask::cancel()
{
    for (Job &j : m_jobs)
        j.cancel->store(true);
    ++m_generation; // whatever is still queued from earlier requests is stale now
    m_running = false;
}

void CoverageTask::reap(bool all)
{
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (all || it->done->load()) {
            it->cancel->store(true);
            it->thread.join();
            it = m_jobs.erase(it);
        } else {
            ++it;
        }
    }
}

void CoverageTask::report(quint64 generation, double fraction)
{
    if (generation == m_generation)
        emit progressChanged(fraction);
}

void CoverageTask::deliver(quint64 generation, CoverageFieldPtr field)
{
    reap(false);
    if (generation != m_generation)
        return;
    m_running = false;
    emit finished(field);
}

} // namespace ea
