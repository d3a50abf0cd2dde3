// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <mutex>
#include <vector>

namespace ea {

/**
 * Probe results handed from the prober's thread to a consumer that takes them in batches (the probe
 * agent's main loop: the alarm rules every tick, the history once a second). Bounded: a consumer that
 * stops taking (its thread blocked writing to a pipe nobody reads, a paused terminal) does not make the
 * queue grow while the prober goes on; results beyond the limit are dropped and counted. Thread-safe.
 */
class ProbeResultQueue
{
public:
    /** keepHistory: results are also queued for the history (a second queue with the same limit). */
    ProbeResultQueue(size_t limit, bool keepHistory);

    /** A minute of results at this rate, at least 10,000: a consumer that far behind is blocked, not slow. */
    static size_t limitFor(int intervalMs, size_t targets);

    void push(const ProbeResult &result);
    std::vector<ProbeResult> takeForAlarms();
    std::vector<ProbeResult> takeForHistory();

    size_t limit() const { return m_limit; }
    quint64 droppedForAlarms() const;
    quint64 droppedForHistory() const;

private:
    mutable std::mutex m_mutex;
    const size_t m_limit;
    const bool m_keepHistory;
    std::vector<ProbeResult> m_forAlarms, m_forHistory;
    quint64 m_droppedForAlarms = 0, m_droppedForHistory = 0;
};

} // namespace ea
