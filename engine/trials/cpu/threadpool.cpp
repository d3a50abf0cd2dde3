// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/trials/cpu/threadpool.h"

#include <algorithm>

namespace ea::trials {

ThreadPool::ThreadPool(int threads)
{
    for (int i = 1; i < std::max(1, threads); ++i)
        m_workers.emplace_back([this, i] { workerLoop(i); });
}

ThreadPool::~ThreadPool()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_start.notify_all();
    for (auto &t : m_workers)
        t.join();
}

void ThreadPool::parallelFor(size_t n, size_t grain, const std::function<void(size_t, size_t)> &fn)
{
    if (n == 0)
        return;
    const size_t parts = std::min<size_t>(threads(), std::max<size_t>(1, n / std::max<size_t>(1, grain)));
    if (parts <= 1 || m_workers.empty()) {
        fn(0, n);
        return;
    }
    const size_t chunk = (n + parts - 1) / parts;
    {
        std::lock_guard lock(m_mutex);
        m_fn = &fn;
        m_n = n;
        m_chunk = chunk;
        m_pending = static_cast<int>(m_workers.size());
        ++m_generation;
    }
    m_start.notify_all();
    fn(0, std::min(chunk, n));
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
    m_fn = nullptr;
}

void ThreadPool::workerLoop(int index)
{
    unsigned long long seen = 0;
    for (;;) {
        const std::function<void(size_t, size_t)> *fn = nullptr;
        size_t begin = 0, end = 0;
        {
            std::unique_lock lock(m_mutex);
            m_start.wait(lock, [&] { return m_stop || m_generation != seen; });
            if (m_stop)
                return;
            seen = m_generation;
            fn = m_fn;
            begin = std::min(m_n, static_cast<size_t>(index) * m_chunk);
            end = std::min(m_n, begin + m_chunk);
        }
        if (begin < end)
            (*fn)(begin, end);
        {
            std::lock_guard lock(m_mutex);
            if (--m_pending == 0)
                m_done.notify_one();
        }
    }
}

} // namespace ea::trials
