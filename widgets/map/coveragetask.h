// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"
#include "engine/plan/coveragefield.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <thread>
#include <vector>

namespace ea {

class Evaluator;

/**
 * Computes latency coverage fields off the GUI thread. A new request cancels the one in flight (its
 * result is dropped); destruction cancels and joins every worker. Results and progress arrive as
 * queued signals on this object's thread; only the latest request reports.
 */
class CoverageTask : public QObject
{
    Q_OBJECT
public:
    explicit CoverageTask(QObject *parent = nullptr);
    ~CoverageTask() override;

    void start(std::shared_ptr<const Evaluator> evaluator, Tier tier, double stepDeg);
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    void progressChanged(double fraction);
    void finished(ea::CoverageFieldPtr field);

private:
    struct Job
    {
        std::thread thread;
        std::shared_ptr<std::atomic<bool>> cancel;
        std::shared_ptr<std::atomic<bool>> done;
    };
    void reap(bool all);
    void deliver(quint64 generation, CoverageFieldPtr field);
    void report(quint64 generation, double fraction);

    std::vector<Job> m_jobs;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace ea
