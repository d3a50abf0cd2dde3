// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/trials/trialsanalysis.h"

#include <QObject>

namespace ea {

class JobRunner;

/** Which backends this machine offers, found once off the GUI thread. */
struct BackendAvailability
{
    bool probed = false;
    QString cpu; // "AMD EPYC 7B13, 2 threads, OpenBLAS 0.3.21 …"
    bool cudaAvailable = false;
    QString cuda; // the GPU's name, or why CUDA cannot be used
};

/**
 * Runs side-by-side trials as jobs of the job runner, on a lane of their own (one thread: the engine's
 * backends are driven by one thread): the ceilings of the device, trial A, trial B (and the profile
 * trials), then the A/A control and the A/B pair, interleaved in rounds (TrialRunner::runPair). progress()
 * names each step (the status bar shows it with Cancel); cancel() stops at the next sample or round and
 * finished() then brings back what was measured, marked cancelled. One run at a time; the destructor
 * cancels without waiting. Call from the GUI thread.
 */
class TrialsRunner : public QObject
{
    Q_OBJECT
public:
    static constexpr char JobLane[] = "trials";

    explicit TrialsRunner(JobRunner *jobs, QObject *parent = nullptr);
    ~TrialsRunner() override;

    /** Looks for the CPU and CUDA backends; backendsProbed() answers. */
    void probeBackends();
    const BackendAvailability &availability() const { return m_availability; }

    /** Starts a run; false when one is running. */
    bool start(const TrialsRequest &request);
    void cancel();
    bool isBusy() const { return m_busy; }

    /** The steps a request takes (ceilings, A, B, profile trials, A/A, A/B). */
    static std::vector<trials::TrialConfig> profileTrials(const TrialsRequest &request);

signals:
    void backendsProbed(const ea::BackendAvailability &availability);
    /** Before each step: step 0-based of total, and what it does. */
    void progress(int step, int total, const QString &text);
    /**
     * What was measured so far, as soon as each part is (the ceilings, each configuration, the A/A
     * control), marked partial; finished() brings the whole run, with the A/B pair and its verdict.
     */
    void partial(ea::TrialsOutcomePtr outcome);
    void finished(ea::TrialsOutcomePtr outcome);

private:
    JobRunner *m_jobs;
    BackendAvailability m_availability;
    quint64 m_run = 0; // the run's job; 0 when none
    bool m_busy = false;
};

} // namespace ea

Q_DECLARE_METATYPE(ea::BackendAvailability)
