// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/resultqueue.h"

#include <algorithm>

namespace ea {

ProbeResultQueue::ProbeResultQueue(size_t limit, bool keepHistory)
    : m_limit(std::max<size_t>(1, limit)), m_keepHistory(keepHistory)
{
}

size_t ProbeResultQueue::limitFor(int intervalMs, size_t targets)
{
    const double perMinute = 60000.0 / double(std::max(1, intervalMs)) * double(std::max<size_t>(1, targets));
    return std::max<size_t>(10000, size_t(std::min(perMinute, 1e9)));
}

void ProbeResultQueue::push(const ProbeResult &result)
{
    std::lock_guard lock(m_mutex);
    if (m_forAlarms.size() < m_limit)
        m_forAlarms.push_back(result);
    else
        ++m_droppedForAlarms;
    if (!m_keepHistory)
        return;
    if (m_forHistory.size() < m_limit)
        m_forHistory.push_back(result);
    else
        ++m_droppedForHistory;
}

std::vector<ProbeResult> ProbeResultQueue::takeForAlarms()
{
    std::vector<ProbeResult> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_forAlarms);
    return out;
}

std::vector<ProbeResult> ProbeResultQueue::takeForHistory()
{
    std::vector<ProbeResult> out;
    std::lock_guard lock(m_mutex);
    out.swap(m_forHistory);
    return out;
}

quint64 ProbeResultQueue::droppedForAlarms() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedForAlarms;
}

quint64 ProbeResultQueue::droppedForHistory() const
{
    std::lock_guard lock(m_mutex);
    return m_droppedForHistory;
}

} // namespace ea
