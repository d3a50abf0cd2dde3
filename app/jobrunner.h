// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <map>
#include <memory>
#include <optional>

class QThread;

namespace ea {

class JobRunner;

/**
 * What a job's work sees while it runs on its lane's thread: the cancel flag (also as the pointer the
 * engine's long calls take) and a way to say how far it got. Thread-safe; progress reports are coalesced,
 * so calling setProgress() in a tight loop costs an atomic store and, now and then, one queued event.
 */
class JobControl
{
public:
    bool isCancelled() const;
    /** The job's cancel flag, for engine calls that poll one (optimizePlacement, computeCoverageField). */
    const std::atomic<bool> *cancelFlag() const;
    /** fraction in [0, 1], or negative when unknown; text says what is being done (may be empty). */
    void setProgress(double fraction, const QString &text = {}) const;
    /** setProgress(fraction) as a callable, for engine calls that take a progress callback. */
    std::function<void(double)> progressCallback() const;
    /**
     * A step of a job that goes in few, named steps (step index of count, what it does): reported as it
     * is, never merged with the next one (the trials list every step).
     */
    void setStep(int index, int count, const QString &text) const;
    /**
     * Hands a partial result to the GUI thread: onGui runs there, in order with the job's other reports,
     * while the job's receiver exists and the job was not superseded (the trials show each configuration
     * as soon as it is measured). onGui must own what it shows (copies or shared immutable values).
     */
    void publish(std::function<void()> onGui) const;

private:
    friend class JobRunner;
    struct Shared;
    JobControl(JobRunner *runner, quint64 id, std::shared_ptr<Shared> shared);
    JobRunner *m_runner;
    quint64 m_id;
    std::shared_ptr<Shared> m_shared;
};

/** How a job shares its lane and what the user sees of it. */
struct JobSpec
{
    enum class Policy {
        Supersede, // a new job in the lane cancels the one running and drops those queued: only the newest
                   // delivers (evaluation, alternatives, coverage, preview)
        Queue      // jobs of the lane run one after the other, each delivers (file writes, trials)
    };
    QString lane;  // jobs of one lane run in order on one thread of their own
    QString label; // shown in the status bar, e.g. "Evaluating the plan"
    Policy policy = Policy::Supersede;
    bool cancellable = true;           // the status bar offers Cancel
    bool visible = true;               // shown in the status bar at all
    bool deliverWhenCancelled = false; // a job cancelled (not superseded) still runs and delivers
    /**
     * Work nobody waits for (the alternatives, the timeline's day): the lane's thread runs at a lower
     * scheduling priority (nice +10 on Linux), so on a busy machine it yields the cores to the GUI thread and
     * the evaluation instead of slowing the response to the user's last action. Set by the lane's first job;
     * every job of a lane should say the same.
     */
    bool background = false;
    /** Called on the GUI thread, when the receiver still exists, if the work threw. */
    std::function<void(const QString &message)> failed;
    /** Called on the GUI thread with each (coalesced) progress report. */
    std::function<void(double fraction, const QString &text)> progress;
};

/**
 * The one way EdgeAtlas runs background work (evaluation, alternatives, coverage field, optimizer, report,
 * Prometheus queries, trials, calibration, file writes): each job gets a generation (its id), a cancel
 * token and progress, runs on its lane's thread, and hands its immutable result back to the GUI thread
 * through a queued call to `deliver`, and only while `receiver` exists. A lane's jobs run in the order
 * they were started; with Policy::Supersede a newer job cancels the older ones of its lane, whose results
 * are dropped. Work must not touch GUI objects: give it shared, immutable values.
 *
 * Call from the GUI thread. The destructor cancels every job and waits for the running ones.
 */
class JobRunner : public QObject
{
    Q_OBJECT
public:
    struct Job
    {
        quint64 id = 0;
        QString lane;
        QString label;
        bool cancellable = true;
        bool visible = true;
        bool running = false;
        bool cancelRequested = false;
        double fraction = -1; // unknown
        QString text;
    };

    explicit JobRunner(QObject *parent = nullptr);
    ~JobRunner() override;

    /**
     * Starts work(JobControl&) -> R on the spec's lane; deliver(R) runs on the GUI thread once it is done
     * (unless it was cancelled or superseded, or the receiver is gone). Returns the job's id, which only
     * grows.
     */
    template <typename Work, typename Deliver>
    quint64 run(const JobSpec &spec, QObject *receiver, Work work, Deliver deliver)
    {
        using R = std::invoke_result_t<Work, JobControl &>;
        auto result = std::make_shared<std::optional<R>>();
        return start(
            spec, receiver,
            [result, work = std::move(work)](JobControl &control) mutable { result->emplace(work(control)); },
            [result, deliver = std::move(deliver)]() mutable {
                if (*result)
                    deliver(std::move(**result));
            });
    }

    /** Asks the job to stop (its work sees the flag); it delivers only with deliverWhenCancelled. */
    void cancel(quint64 id);
    /** Cancels every job of the lane. */
    void cancelLane(const QString &lane);
    /** Whether a job of the lane is running or queued. */
    bool isBusy(const QString &lane) const;
    bool isActive(quint64 id) const;
    /** Running and queued jobs, oldest first. */
    QList<Job> jobs() const;
    std::optional<Job> job(quint64 id) const;
    /**
     * Blocks the GUI thread until the job's work is done, then delivers at once (for a file that must be
     * on disk before the program goes on). False on timeout; true also when the job is unknown (done).
     */
    bool wait(quint64 id, int timeoutMs = -1);

signals:
    void jobStarted(quint64 id);
    void jobProgress(quint64 id, double fraction, const QString &text);
    void jobFinished(quint64 id);
    /** A cancel was asked for (the job may take a moment to stop). */
    void jobCancelling(quint64 id);

private:
    friend class JobControl;
    struct Lane;
    struct Entry;
    quint64 start(const JobSpec &spec, QObject *receiver, std::function<void(JobControl &)> work,
                  std::function<void()> deliver);
    Lane &lane(const QString &name, bool background);
    void finish(quint64 id);
    void postProgress(quint64 id);
    void showProgress(quint64 id, double fraction, const QString &text);
    void showPartial(quint64 id, const std::function<void()> &onGui);

    std::map<QString, std::unique_ptr<Lane>> m_lanes;
    std::map<quint64, std::unique_ptr<Entry>> m_entries;
    quint64 m_lastId = 0;
};

} // namespace ea
