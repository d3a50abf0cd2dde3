// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace ea::trials {

/**
 * A fixed set of worker threads for the CPU backend's kernels. parallelFor splits [0, n) into
 * contiguous chunks, one per thread, and returns when all are done; the calling thread takes a
 * chunk too. One caller at a time.
 */
class ThreadPool
{
public:
    explicit ThreadPool(int threads);
    ~ThreadPool();
    ThreadPool(const ThreadPool &) = delete;
    ThreadPool &operator=(const ThreadPool &) = delete;

    int threads() const { return static_cast<int>(m_workers.size()) + 1; }
    /** fn(begin, end) over chunks of [0, n); chunks are at least `grain` long. */
    void parallelFor(size_t n, size_t grain, const std::function<void(size_t, size_t)> &fn);

private:
    void workerLoop(int index);

    std::vector<std::thread> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_start;
    std::condition_variable m_done;
    const std::function<void(size_t, size_t)> *m_fn = nullptr;
    size_t m_n = 0;
    size_t m_chunk = 0;
    unsigned long long m_generation = 0;
    int m_pending = 0;
    bool m_stop = false;
};

} // namespace ea::trials
