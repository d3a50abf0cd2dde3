// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/prober.h"

#include "engine/probe/multiloop.h"
#include "engine/probe/probetransfer.h"

#include <QCoreApplication>
#include <QHash>

#include <pthread.h>
#include <time.h>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <queue>
#include <thread>

namespace ea {

using probe::Clock;
using probe::Transfer;

namespace {
std::once_flag g_curlInit;
bool g_curlOk = false;

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}
} // namespace

struct Prober::Impl
{
    struct Slot
    {
        ProbeTarget target;
        Clock::time_point due;
        bool inFlight = false, queued = false;
        int rounds = 0; // probes started
    };
    using Due = std::pair<Clock::time_point, int>; // (due, slot)

    ProbeSettings settings;
    Callback callback;
    int rounds = 0;
    std::unique_ptr<probe::MultiLoop> loop;
    CURLM *multi = nullptr; // loop's
    Clock::time_point nextDeadlineCheck;
    std::thread thread;
    std::atomic<bool> stopRequested{false}, finished{false}, isRunning{false};
    std::mutex mutex; // guards pending targets and the finish condition
    std::condition_variable finishedCv;
    std::optional<std::vector<ProbeTarget>> pendingTargets;

    // Worker-thread state
    std::vector<Slot> entries;
    std::priority_queue<Due, std::vector<Due>, std::greater<>> schedule;
    std::deque<int> waiting;
    std::vector<std::unique_ptr<Transfer>> active;
    quint64 sequence = 0;

    std::atomic<quint64> started{0}, completed{0}, failed{0}, missed{0};
    std::atomic<int> inFlight{0}, queued{0};
    std::atomic<double> finalCpuSeconds{0};

    void run();
    void applyTargets(std::vector<ProbeTarget> targets, Clock::time_point now);
    void scheduleDue(Clock::time_point now);
    void startWaiting();
    void deliver(const ProbeResult &r, int slot);
    void reap();
    void enforceDeadlines(Clock::time_point now);
    bool allRoundsDone() const;
    int waitMs(Clock::time_point now) const;
};

Prober::Prober(ProbeSettings settings) : d(std::make_unique<Impl>())
{
    d->settings = settings;
    d->settings.concurrency = std::max(1, settings.concurrency);
    d->settings.intervalMs = std::max(1, settings.intervalMs);
}

Prober::~Prober()
{
    stop();
}

void Prober::setCallback(Callback callback)
{
    d->callback = std::move(callback);
}

void Prober::setTargets(std::vector<ProbeTarget> targets)
{
    {
        std::lock_guard lock(d->mutex);
        d->pendingTargets = std::move(targets);
    }
    if (d->loop)
        d->loop->wake();
}

void Prober::setRounds(int rounds)
{
    d->rounds = std::max(0, rounds);
}

const ProbeSettings &Prober::settings() const
{
    return d->settings;
}

bool Prober::start(QString *error)
{
    if (d->thread.joinable())
        return true;
    std::call_once(g_curlInit, [] { g_curlOk = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    d->loop = std::make_unique<probe::MultiLoop>();
    if (!g_curlOk || !d->loop->init(d->settings.concurrency)) {
        d->loop.reset();
        if (error)
            *error = QCoreApplication::translate("ea::Prober", "libcurl could not be initialised");
        return false;
    }
    d->multi = d->loop->multi();
    d->stopRequested = false;
    d->finished = false;
    d->isRunning = true;
    d->thread = std::thread([this] { d->run(); });
    return true;
}

void Prober::stop()
{
    d->stopRequested = true;
    if (d->loop)
        d->loop->wake();
    if (d->thread.joinable())
        d->thread.join();
    d->multi = nullptr;
    d->loop.reset();
    d->isRunning = false;
}

bool Prober::wait(int timeoutMs)
{
    std::unique_lock lock(d->mutex);
    const auto done = [this] { return d->finished.load(); };
    if (timeoutMs < 0) {
        d->finishedCv.wait(lock, done);
        return true;
    }
    return d->finishedCv.wait_for(lock, std::chrono::milliseconds(timeoutMs), done);
}

bool Prober::running() const
{
    return d->isRunning && !d->finished;
}

ProbeStats Prober::stats() const
{
    ProbeStats s;
    s.started = d->started;
    s.completed = d->completed;
    s.failed = d->failed;
    s.missedIntervals = d->missed;
    s.inFlight = d->inFlight;
    s.queued = d->queued;
    s.threadCpuSeconds = d->finalCpuSeconds;
    if (d->thread.joinable() && !d->finished) {
        clockid_t cid;
        timespec ts{};
        if (pthread_getcpuclockid(const_cast<std::thread &>(d->thread).native_handle(), &cid) == 0 &&
            clock_gettime(cid, &ts) == 0)
            s.threadCpuSeconds = static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
    }
    return s;
}

std::vector<ProbeResult> Prober::probe(const std::vector<ProbeTarget> &targets, const ProbeSettings &settings,
                                       int rounds, const Callback &each)
{
    std::vector<ProbeResult> results;
    std::mutex m;
    Prober p(settings);
    p.setRounds(std::max(1, rounds));
    p.setTargets(targets);
    p.setCallback([&](const ProbeResult &r) {
        {
            std::lock_guard lock(m);
            results.push_back(r);
        }
        if (each)
            each(r);
    });
    QString error;
    if (!p.start(&error)) {
        for (const ProbeTarget &t : targets) {
            ProbeResult r;
            r.targetId = t.id;
            r.url = t.url;
            r.state = ProbeState::OtherError;
            r.errorText = error;
            results.push_back(r);
        }
        return results;
    }
    p.wait();
    p.stop();
    return results;
}

// ---- worker thread ----

void Prober::Impl::applyTargets(std::vector<ProbeTarget> targets, Clock::time_point now)
{
    // Rebuild the entries: targets that stay (same id) keep their schedule and state, new ones are spread
    // over one interval, removed ones are dropped (a transfer of theirs still running reports, slot -1).
    QHash<QString, int> old;
    for (size_t i = 0; i < entries.size(); ++i)
        old.insert(entries[i].target.id, static_cast<int>(i));
    std::vector<int> remap(entries.size(), -1);
    std::vector<Slot> next;
    next.reserve(targets.size());
    const auto interval = std::chrono::microseconds(static_cast<qint64>(settings.intervalMs) * 1000);
    const auto n = static_cast<qint64>(targets.size());
    for (qint64 i = 0; i < n; ++i) {
        ProbeTarget &t = targets[static_cast<size_t>(i)];
        const auto it = old.constFind(t.id);
        if (it != old.constEnd() && remap[*it] < 0) {
            remap[*it] = static_cast<int>(next.size());
            next.push_back(std::move(entries[*it]));
            next.back().target = std::move(t);
            continue;
        }
        Slot s;
        s.target = std::move(t);
        s.due = now;
        if (rounds == 0)
            s.due += std::chrono::duration_cast<Clock::duration>(interval * i / n);
        next.push_back(std::move(s));
    }
    entries = std::move(next);
    for (auto &t : active)
        t->setSlot(t->slot() >= 0 ? remap[t->slot()] : -1);
    std::deque<int> stillWaiting;
    for (int i : waiting)
        if (remap[i] >= 0)
            stillWaiting.push_back(remap[i]);
    waiting.swap(stillWaiting);
    schedule = {};
    for (size_t i = 0; i < entries.size(); ++i)
        if (rounds == 0 || entries[i].rounds < rounds)
            schedule.emplace(entries[i].due, static_cast<int>(i));
}

void Prober::Impl::scheduleDue(Clock::time_point now)
{
    const auto interval = std::chrono::microseconds(static_cast<qint64>(settings.intervalMs) * 1000);
    while (!schedule.empty() && schedule.top().first <= now) {
        const int i = schedule.top().second;
        schedule.pop();
        Slot &s = entries[i];
        if (rounds > 0 && s.rounds >= rounds)
            continue;
        if (s.inFlight || s.queued) {
            ++missed;
        } else {
            s.queued = true;
            ++s.rounds;
            waiting.push_back(i);
        }
        s.due += interval;
        if (s.due <= now) { // fell behind by whole intervals (a busy machine): count them, do not burst
            const auto behind = (now - s.due) / interval + 1;
            missed += static_cast<quint64>(behind);
            s.due += interval * behind;
        }
        if (rounds == 0 || s.rounds < rounds)
            schedule.emplace(s.due, i);
    }
    queued = static_cast<int>(waiting.size());
}

void Prober::Impl::startWaiting()
{
    while (!waiting.empty() && static_cast<int>(active.size()) < settings.concurrency) {
        const int i = waiting.front();
        waiting.pop_front();
        Slot &s = entries[i];
        s.queued = false;
        auto t = std::make_unique<Transfer>(s.target, settings, i, ++sequence);
        ++started;
        if (!t->prepare()) {
            t->finish(CURLE_OK);
            deliver(t->result(), i);
            continue;
        }
        if (curl_multi_add_handle(multi, t->easy()) != CURLM_OK) {
            t->finish(CURLE_FAILED_INIT);
            deliver(t->result(), i);
            continue;
        }
        t->started();
        s.inFlight = true;
        active.push_back(std::move(t));
    }
    queued = static_cast<int>(waiting.size());
    inFlight = static_cast<int>(active.size());
}

void Prober::Impl::deliver(const ProbeResult &r, int slot)
{
    if (slot >= 0 && slot < static_cast<int>(entries.size()))
        entries[slot].inFlight = false;
    ++completed;
    if (!r.ok())
        ++failed;
    if (callback)
        callback(r);
}

void Prober::Impl::reap()
{
    int left = 0;
    while (CURLMsg *msg = curl_multi_info_read(multi, &left)) {
        if (msg->msg != CURLMSG_DONE)
            continue;
        CURL *easy = msg->easy_handle;
        const CURLcode code = msg->data.result;
        auto it =
            std::find_if(active.begin(), active.end(), [easy](const auto &t) { return t->easy() == easy; });
        if (it == active.end())
            continue;
        std::unique_ptr<Transfer> t = std::move(*it);
        *it = std::move(active.back());
        active.pop_back();
        curl_multi_remove_handle(multi, easy);
        t->finish(code);
        deliver(t->result(), t->slot());
    }
    inFlight = static_cast<int>(active.size());
}

void Prober::Impl::enforceDeadlines(Clock::time_point now)
{
    for (size_t i = 0; i < active.size();) {
        if (!active[i]->overdue(now)) {
            ++i;
            continue;
        }
        std::unique_ptr<Transfer> t = std::move(active[i]);
        active[i] = std::move(active.back());
        active.pop_back();
        curl_multi_remove_handle(multi, t->easy());
        t->finish(CURLE_ABORTED_BY_CALLBACK);
        deliver(t->result(), t->slot());
    }
    inFlight = static_cast<int>(active.size());
}

bool Prober::Impl::allRoundsDone() const
{
    if (rounds == 0 || !active.empty() || !waiting.empty())
        return false;
    for (const Slot &s : entries)
        if (s.rounds < rounds)
            return false;
    return true;
}

int Prober::Impl::waitMs(Clock::time_point now) const
{
    double ms = 1000;
    if (!schedule.empty())
        ms = std::min(ms, msBetween(now, schedule.top().first));
    if (!active.empty())
        ms = std::min(ms, msBetween(now, nextDeadlineCheck));
    if (!waiting.empty() && static_cast<int>(active.size()) < settings.concurrency)
        ms = 0;
    return std::clamp(static_cast<int>(std::ceil(ms)), 0, 1000);
}

void Prober::Impl::run()
{
    // Own deadlines (first byte, silence) are checked every few ms, not at every wake-up: a scan of all
    // transfers per socket event would cost more than the probes at a thousand targets.
    constexpr auto kDeadlineTick = std::chrono::milliseconds(5);
    while (!stopRequested) {
        Clock::time_point now = Clock::now();
        {
            std::optional<std::vector<ProbeTarget>> next;
            {
                std::lock_guard lock(mutex);
                next.swap(pendingTargets);
            }
            if (next)
                applyTargets(std::move(*next), now);
        }
        scheduleDue(now);
        startWaiting();
        if (allRoundsDone())
            break;
        loop->run(waitMs(Clock::now()));
        reap();
        now = Clock::now();
        if (now >= nextDeadlineCheck) {
            enforceDeadlines(now);
            nextDeadlineCheck = now + kDeadlineTick;
        }
    }
    for (auto &t : active)
        curl_multi_remove_handle(multi, t->easy());
    active.clear();
    waiting.clear();
    inFlight = 0;
    queued = 0;
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) == 0)
        finalCpuSeconds = static_cast<double>(ts.tv_sec) + ts.tv_nsec / 1e9;
    {
        std::lock_guard lock(mutex);
        finished = true;
    }
    finishedCv.notify_all();
}

} // namespace ea
