// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <functional>
#include <memory>
#include <vector>

namespace ea {

/**
 * Probes HTTP(S) endpoints and OpenAI-compatible streaming chat completions with libcurl's multi
 * interface on a worker thread of its own (DESIGN.md, "Live monitor").
 *
 * Every target is probed once per intervalMs (start to start); continuous runs spread the targets'
 * first probes evenly over one interval so they do not all fire at once. At most `concurrency` transfers
 * run at a time; due probes beyond that wait in a queue. A probe that falls due while the target's
 * previous one still runs or waits is not started: it counts as a missed interval (ProbeStats). Every
 * probe yields exactly one ProbeResult, delivered to the callback on the prober thread (keep it short;
 * the Qt side can forward it with a queued signal). The prober keeps no results: memory is bounded by
 * the targets and the transfers in flight.
 *
 * Failures are results, never exceptions or blocking calls: each ProbeState names one kind. API keys
 * are read from the environment at request time, only into the Authorization header.
 */
class Prober
{
public:
    using Callback = std::function<void(const ProbeResult &)>;

    explicit Prober(ProbeSettings settings = {});
    ~Prober(); // stops
    Prober(const Prober &) = delete;
    Prober &operator=(const Prober &) = delete;

    /** Set before start(). Called on the prober thread. */
    void setCallback(Callback callback);
    /**
     * The targets; may be called while running (takes effect within one loop turn; transfers already
     * running finish and are reported). Targets are matched by id to keep their schedule.
     */
    void setTargets(std::vector<ProbeTarget> targets);
    /** 0 (default): probe until stop(). N > 0: probe each target N times, then finish on its own. */
    void setRounds(int rounds);

    /** Starts the worker thread; false (with a reason) when libcurl cannot be set up. */
    bool start(QString *error = nullptr);
    /** Stops and joins the thread; transfers still running are abandoned without results. */
    void stop();
    /** Waits up to timeoutMs (-1 = forever) for a run with rounds to finish; true when it has. */
    bool wait(int timeoutMs = -1);
    bool running() const;

    const ProbeSettings &settings() const;
    ProbeStats stats() const;

    /**
     * Synchronous helper (the command line, tests): probes every target `rounds` times, all due at once and
     * then every intervalMs, and returns the results in arrival order; `each` sees them as they arrive, on
     * the prober thread.
     */
    static std::vector<ProbeResult> probe(const std::vector<ProbeTarget> &targets,
                                          const ProbeSettings &settings, int rounds = 1,
                                          const Callback &each = {});

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace ea
