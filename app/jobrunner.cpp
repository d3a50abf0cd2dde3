// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/jobrunner.h"

#include <QPointer>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>

namespace ea {

/** Shared by the GUI thread and the lane's thread for one job. */
struct JobControl::Shared
{
    std::atomic<bool> cancel{false};
    std::atomic<bool> progressPosted{false};
    std::mutex mutex; // guards what follows
    double fraction = -1;
    QString text;
    bool done = false;
    QString error;
    std::condition_variable doneChanged;
};

/** A lane: one thread with a worker object whose event queue runs the lane's jobs in order. */
struct JobRunner::Lane
{
    QThread thread;
    QObject *worker = nullptr; // lives on thread
    ~Lane()
    {
        thread.quit();
        thread.wait();
        delete worker;
    }
};

struct JobRunner::Entry
{
    Job info;
    JobSpec spec;
    std::shared_ptr<JobControl::Shared> shared;
    QPointer<QObject> receiver;
    std::function<void()> deliver;
    bool superseded = false;
};

JobControl::JobControl(JobRunner *runner, quint64 id, std::shared_ptr<Shared> shared)
    : m_runner(runner), m_id(id), m_shared(std::move(shared))
{
}

bool JobControl::isCancelled() const
{
    return m_shared->cancel.load(std::memory_order_relaxed);
}

const std::atomic<bool> *JobControl::cancelFlag() const
{
    return &m_shared->cancel;
}

void JobControl::setProgress(double fraction, const QString &text) const
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->fraction = fraction;
        if (!text.isNull())
            m_shared->text = text;
    }
    // One queued report at a time: later values overwrite, the GUI reads the newest when it gets there.
    if (!m_shared->progressPosted.exchange(true))
        m_runner->postProgress(m_id);
}

void JobControl::setStep(int index, int count, const QString &text) const
{
    const double fraction = count > 0 ? double(index) / count : -1;
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->fraction = fraction;
        m_shared->text = text;
    }
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, id = m_id, fraction, text] { runner->showProgress(id, fraction, text); },
        Qt::QueuedConnection);
}

void JobControl::publish(std::function<void()> onGui) const
{
    QMetaObject::invokeMethod(
        m_runner,
        [runner = m_runner, id = m_id, onGui = std::move(onGui)] { runner->showPartial(id, onGui); },
        Qt::QueuedConnection);
}

std::function<void(double)> JobControl::progressCallback() const
{
    return [control = *this](double fraction) { control.setProgress(fraction); };
}

JobRunner::JobRunner(QObject *parent) : QObject(parent) {}

JobRunner::~JobRunner()
{
    for (auto &[id, entry] : m_entries)
        entry->shared->cancel.store(true);
    // Each lane's thread finishes its running job and stops; queued jobs never start.
    m_lanes.clear();
}

JobRunner::Lane &JobRunner::lane(const QString &name, bool background)
{
    std::unique_ptr<Lane> &lane = m_lanes[name];
    if (!lane) {
        lane = std::make_unique<Lane>();
        lane->thread.setObjectName(QStringLiteral("job lane ") + name);
        lane->worker = new QObject;
        lane->worker->moveToThread(&lane->thread);
        lane->thread.start();
        if (background)
            QMetaObject::invokeMethod(lane->worker, [] {
#ifdef Q_OS_LINUX
                // On Linux a thread is a task of its own: who = 0 names the calling thread only, which
                // started at its creator's nice value. Lowering is always allowed; a failure leaves the
                // thread at the normal priority, which is harmless.
                setpriority(PRIO_PROCESS, 0, std::min(getpriority(PRIO_PROCESS, 0) + 10, 19));
#endif
            });
    }
    return *lane;
}

quint64 JobRunner::start(const JobSpec &spec, QObject *receiver, std::function<void(JobControl &)> work,
                         std::function<void()> deliver)
{
    if (spec.policy == JobSpec::Policy::Supersede)
        for (auto &[id, entry] : m_entries)
            if (entry->info.lane == spec.lane && !entry->superseded) {
                entry->superseded = true;
                entry->shared->cancel.store(true);
                entry->info.cancelRequested = true;
                entry->info.visible = false; // gone from the status bar at once; cleaned up when it returns
                emit jobFinished(id);
            }
    const quint64 id = ++m_lastId;
    auto entry = std::make_unique<Entry>();
    entry->info.id = id;
    entry->info.lane = spec.lane;
    entry->info.label = spec.label;
    entry->info.cancellable = spec.cancellable;
    entry->info.visible = spec.visible;
    entry->spec = spec;
    entry->shared = std::make_shared<JobControl::Shared>();
    entry->receiver = receiver;
    entry->deliver = std::move(deliver);
    const std::shared_ptr<JobControl::Shared> shared = entry->shared;
    const bool runWhenCancelled = spec.deliverWhenCancelled;
    m_entries.emplace(id, std::move(entry));

    QMetaObject::invokeMethod(
        lane(spec.lane, spec.background).worker,
        [this, id, shared, runWhenCancelled, work = std::move(work)]() mutable {
            QString error;
            if (!shared->cancel.load() || runWhenCancelled) {
                QMetaObject::invokeMethod(
                    this,
                    [this, id] {
                        const auto it = m_entries.find(id);
                        if (it != m_entries.end())
                            it->second->info.running = true;
                    },
                    Qt::QueuedConnection);
                JobControl control(this, id, shared);
                try {
                    work(control);
                } catch (const std::exception &e) {
                    error = QString::fromLocal8Bit(e.what());
                    if (error.isEmpty())
                        error = tr("the background task failed");
                } catch (...) {
                    error = tr("the background task failed");
                }
            }
            {
                const std::lock_guard lock(shared->mutex);
                shared->done = true;
                shared->error = error;
            }
            shared->doneChanged.notify_all();
            // The runner outlives every lane thread (its destructor joins them), so `this` is safe here.
            QMetaObject::invokeMethod(
                this, [this, id] { finish(id); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    emit jobStarted(id);
    return id;
}

void JobRunner::finish(quint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return; // delivered by wait()
    const std::unique_ptr<Entry> entry = std::move(it->second);
    m_entries.erase(it);
    QString error;
    {
        const std::lock_guard lock(entry->shared->mutex);
        error = entry->shared->error;
    }
    const bool cancelled = entry->shared->cancel.load();
    if (!entry->superseded && entry->receiver) {
        if (!error.isEmpty()) {
            if (entry->spec.failed)
                entry->spec.failed(error);
        } else if (!cancelled || entry->spec.deliverWhenCancelled) {
            entry->deliver();
        }
    }
    if (!entry->superseded)
        emit jobFinished(id);
}

void JobRunner::postProgress(quint64 id)
{
    QMetaObject::invokeMethod(
        this,
        [this, id] {
            const auto it = m_entries.find(id);
            if (it == m_entries.end())
                return;
            Entry &e = *it->second;
            double fraction = -1;
            QString text;
            {
                const std::lock_guard lock(e.shared->mutex);
                fraction = e.shared->fraction;
                text = e.shared->text;
            }
            e.shared->progressPosted.store(false);
            showProgress(id, fraction, text);
        },
        Qt::QueuedConnection);
}

void JobRunner::showProgress(quint64 id, double fraction, const QString &text)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second->superseded)
        return;
    Entry &e = *it->second;
    e.info.fraction = fraction;
    e.info.text = text;
    if (e.spec.progress && e.receiver)
        e.spec.progress(fraction, text);
    emit jobProgress(id, fraction, text);
}

void JobRunner::showPartial(quint64 id, const std::function<void()> &onGui)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second->superseded || !it->second->receiver)
        return;
    onGui();
}

void JobRunner::cancel(quint64 id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second->superseded || it->second->info.cancelRequested)
        return;
    it->second->info.cancelRequested = true;
    it->second->shared->cancel.store(true);
    emit jobCancelling(id);
}

void JobRunner::cancelLane(const QString &lane)
{
    QList<quint64> ids;
    for (const auto &[id, entry] : m_entries)
        if (entry->info.lane == lane)
            ids.append(id);
    for (quint64 id : ids)
        cancel(id);
}

bool JobRunner::isBusy(const QString &lane) const
{
    for (const auto &[id, entry] : m_entries)
        if (entry->info.lane == lane && !entry->superseded)
            return true;
    return false;
}

bool JobRunner::isActive(quint64 id) const
{
    const auto it = m_entries.find(id);
    return it != m_entries.end() && !it->second->superseded;
}

QList<JobRunner::Job> JobRunner::jobs() const
{
    QList<Job> out;
    for (const auto &[id, entry] : m_entries)
        if (!entry->superseded)
            out.append(entry->info);
    return out;
}

std::optional<JobRunner::Job> JobRunner::job(quint64 id) const
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second->superseded)
        return std::nullopt;
    return it->second->info;
}

bool JobRunner::wait(quint64 id, int timeoutMs)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return true;
    const std::shared_ptr<JobControl::Shared> shared = it->second->shared;
    {
        std::unique_lock lock(shared->mutex);
        const auto done = [&] { return shared->done; };
        if (timeoutMs < 0)
            shared->doneChanged.wait(lock, done);
        else if (!shared->doneChanged.wait_for(lock, std::chrono::milliseconds(timeoutMs), done))
            return false;
    }
    finish(id);
    return true;
}

} // namespace ea
