// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the prober: libcurl's multi handle driven by epoll (curl_multi_socket_action), so each wake-up
// costs work only for the sockets that are ready, not for every transfer in flight.
#pragma once

#include <curl/curl.h>

#include <chrono>

namespace ea::probe {

class MultiLoop
{
public:
    using Clock = std::chrono::steady_clock;

    MultiLoop() = default;
    ~MultiLoop();
    MultiLoop(const MultiLoop &) = delete;
    MultiLoop &operator=(const MultiLoop &) = delete;

    /** Creates the multi handle (pool = connection limits), the epoll set and the wake-up event. */
    bool init(long pool);
    CURLM *multi() const { return m_multi; }
    /** Interrupts a wait from any thread. */
    void wake();
    /**
     * Waits up to maxWaitMs for socket activity, libcurl's own timer or wake(), and lets libcurl act on
     * what is ready. Finished transfers are then in curl_multi_info_read().
     */
    void run(int maxWaitMs);

private:
    static int onSocket(CURL *easy, curl_socket_t s, int what, void *self, void *socketData);
    static int onTimer(CURLM *multi, long timeoutMs, void *self);
    void curlTimeout();

    CURLM *m_multi = nullptr;
    int m_epoll = -1, m_wake = -1;
    bool m_timerArmed = false;
    Clock::time_point m_timerAt;
};

} // namespace ea::probe
