// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/multiloop.h"

#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>

namespace ea::probe {

namespace {
constexpr uint64_t kWakeKey = ~uint64_t(0);
}

MultiLoop::~MultiLoop()
{
    if (m_multi)
        curl_multi_cleanup(m_multi);
    if (m_epoll >= 0)
        ::close(m_epoll);
    if (m_wake >= 0)
        ::close(m_wake);
}

bool MultiLoop::init(long pool)
{
    m_multi = curl_multi_init();
    m_epoll = ::epoll_create1(EPOLL_CLOEXEC);
    m_wake = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (!m_multi || m_epoll < 0 || m_wake < 0)
        return false;
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.u64 = kWakeKey;
    ::epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wake, &ev);
    curl_multi_setopt(m_multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, pool);
    curl_multi_setopt(m_multi, CURLMOPT_MAX_HOST_CONNECTIONS, pool);
    curl_multi_setopt(m_multi, CURLMOPT_MAXCONNECTS, pool);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETFUNCTION, &MultiLoop::onSocket);
    curl_multi_setopt(m_multi, CURLMOPT_SOCKETDATA, this);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERFUNCTION, &MultiLoop::onTimer);
    curl_multi_setopt(m_multi, CURLMOPT_TIMERDATA, this);
    return true;
}

void MultiLoop::wake()
{
    const uint64_t one = 1;
    if (m_wake >= 0)
        (void)::write(m_wake, &one, sizeof one);
}

int MultiLoop::onSocket(CURL *, curl_socket_t s, int what, void *self, void *)
{
    auto *loop = static_cast<MultiLoop *>(self);
    if (what == CURL_POLL_REMOVE) {
        ::epoll_ctl(loop->m_epoll, EPOLL_CTL_DEL, s, nullptr); // may already be closed: harmless
        return 0;
    }
    epoll_event ev{};
    ev.events = ((what & CURL_POLL_IN) ? EPOLLIN : 0u) | ((what & CURL_POLL_OUT) ? EPOLLOUT : 0u);
    ev.data.u64 = static_cast<uint64_t>(s);
    if (::epoll_ctl(loop->m_epoll, EPOLL_CTL_MOD, s, &ev) != 0 && errno == ENOENT)
        ::epoll_ctl(loop->m_epoll, EPOLL_CTL_ADD, s, &ev);
    return 0;
}

int MultiLoop::onTimer(CURLM *, long timeoutMs, void *self)
{
    auto *loop = static_cast<MultiLoop *>(self);
    loop->m_timerArmed = timeoutMs >= 0;
    if (loop->m_timerArmed)
        loop->m_timerAt = Clock::now() + std::chrono::milliseconds(timeoutMs);
    return 0;
}

void MultiLoop::curlTimeout()
{
    m_timerArmed = false;
    int running = 0;
    curl_multi_socket_action(m_multi, CURL_SOCKET_TIMEOUT, 0, &running);
}

void MultiLoop::run(int maxWaitMs)
{
    int waitMs = std::max(0, maxWaitMs);
    if (m_timerArmed) {
        const auto left = std::chrono::ceil<std::chrono::milliseconds>(m_timerAt - Clock::now()).count();
        waitMs = std::clamp(static_cast<int>(left), 0, waitMs);
    }
    epoll_event events[64];
    const int n = ::epoll_wait(m_epoll, events, 64, waitMs);
    for (int i = 0; i < n; ++i) {
        if (events[i].data.u64 == kWakeKey) {
            uint64_t v;
            (void)::read(m_wake, &v, sizeof v);
            continue;
        }
        const uint32_t e = events[i].events;
        const int flags = ((e & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)) ? CURL_CSELECT_IN : 0) |
                          ((e & EPOLLOUT) ? CURL_CSELECT_OUT : 0) | ((e & EPOLLERR) ? CURL_CSELECT_ERR : 0);
        int running = 0;
        curl_multi_socket_action(m_multi, static_cast<curl_socket_t>(events[i].data.u64), flags, &running);
    }
    if (m_timerArmed && Clock::now() >= m_timerAt)
        curlTimeout();
}

} // namespace ea::probe
