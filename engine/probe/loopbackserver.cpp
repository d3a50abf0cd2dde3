// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/loopbackserver.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <sys/timerfd.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <queue>
#include <string>
#include <thread>
#include <unordered_map>

namespace ea {

namespace {
using Clock = std::chrono::steady_clock; // CLOCK_MONOTONIC on Linux, as the timerfd

constexpr size_t kMaxRequestBytes = 1 << 20;
constexpr size_t kMaxHeaderBytes = 64 << 10;
constexpr quint64 kListenKey = 1, kTimerKey = 2, kWakeKey = 3, kFirstConnKey = 16;
} // namespace

struct LoopbackServer::Loop
{
    struct Conn
    {
        int fd = -1;
        quint64 key = 0;
        std::string in, out;
        enum class State { Reading, Responding, Holding, Closing } state = State::Reading;
        ResponsePlan plan;
        size_t step = 0;
        Clock::time_point t0;
        quint64 generation = 0;
        int requests = 0;
        bool closeAfter = false, dead = false, writing = false;
    };
    struct Timer
    {
        Clock::time_point when;
        quint64 key, generation;
        bool operator>(const Timer &o) const { return when > o.when; }
    };

    LoopbackServer *owner = nullptr;
    int epfd = -1, listenFd = -1, timerFd = -1, wakeFd = -1;
    std::thread thread;
    std::atomic<bool> stopRequested{false};
    std::unordered_map<quint64, std::unique_ptr<Conn>> conns;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers;
    std::vector<quint64> doomed;
    quint64 nextKey = kFirstConnKey;
    Clock::time_point armedFor = Clock::time_point::max();

    ~Loop()
    {
        for (auto &[k, c] : conns)
            ::close(c->fd);
        for (int fd : {epfd, listenFd, timerFd, wakeFd})
            if (fd >= 0)
                ::close(fd);
    }

    void watch(Conn &c)
    {
        epoll_event ev{};
        ev.events = EPOLLIN | EPOLLRDHUP | (c.out.empty() ? 0u : static_cast<unsigned>(EPOLLOUT));
        ev.data.u64 = c.key;
        epoll_ctl(epfd, EPOLL_CTL_MOD, c.fd, &ev);
        c.writing = !c.out.empty();
    }

    void kill(Conn &c)
    {
        if (!c.dead) {
            c.dead = true;
            doomed.push_back(c.key);
        }
    }

    void send(Conn &c, const QByteArray &bytes)
    {
        if (c.dead || bytes.isEmpty())
            return;
        if (!c.out.empty()) {
            c.out.append(bytes.constData(), static_cast<size_t>(bytes.size()));
            return;
        }
        const ssize_t n = ::send(c.fd, bytes.constData(), static_cast<size_t>(bytes.size()), MSG_NOSIGNAL);
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK) {
            kill(c);
            return;
        }
        const size_t sent = n < 0 ? 0 : static_cast<size_t>(n);
        if (sent < static_cast<size_t>(bytes.size())) {
            c.out.assign(bytes.constData() + sent, static_cast<size_t>(bytes.size()) - sent);
            watch(c);
        }
    }

    void flush(Conn &c)
    {
        while (!c.out.empty()) {
            const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK)
                    kill(c);
                break;
            }
            c.out.erase(0, static_cast<size_t>(n));
        }
        if (c.out.empty() && c.state == Conn::State::Closing)
            kill(c);
        else if (c.writing != !c.out.empty())
            watch(c);
    }

    void advance(Conn &c, Clock::time_point now)
    {
        while (!c.dead && c.state == Conn::State::Responding) {
            if (c.step < c.plan.steps.size()) {
                const auto &s = c.plan.steps[c.step];
                const auto at = c.t0 + std::chrono::nanoseconds(static_cast<qint64>(s.atMs * 1e6));
                if (at > now) {
                    timers.push({at, c.key, c.generation});
                    return;
                }
                send(c, s.bytes);
                ++c.step;
                continue;
            }
            c.plan.steps.clear();
            if (c.plan.end == ResponsePlan::End::Hold) {
                c.state = Conn::State::Holding;
            } else if (c.plan.end == ResponsePlan::End::Close || c.closeAfter) {
                c.state = Conn::State::Closing;
                if (c.out.empty())
                    kill(c); // else flush() closes once the rest is out
            } else {
                c.state = Conn::State::Reading;
                parse(c, now);
            }
        }
    }

    void reject(Conn &c, int status, Clock::time_point now)
    {
        c.plan = ResponsePlan::fixed(status, "text/plain", httpReason(status));
        c.plan.end = ResponsePlan::End::Close;
        c.state = Conn::State::Responding;
        c.step = 0;
        c.t0 = now;
        ++c.generation;
        advance(c, now);
    }

    void parse(Conn &c, Clock::time_point now)
    {
        if (c.state != Conn::State::Reading || c.dead)
            return;
        const size_t end = c.in.find("\r\n\r\n");
        if (end == std::string::npos) {
            if (c.in.size() > kMaxHeaderBytes)
                reject(c, 413, now);
            return;
        }
        HttpRequest req;
        const QByteArray head = QByteArray::fromStdString(c.in.substr(0, end));
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        if (first.size() != 3 || !first[2].startsWith("HTTP/1.")) {
            reject(c, 400, now);
            return;
        }
        req.method = first[0];
        req.path = first[1];
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.emplace_back(lines[i].left(colon).trimmed().toLower(),
                                         lines[i].mid(colon + 1).trimmed());
        }
        if (!req.header("transfer-encoding").isEmpty()) {
            reject(c, 501, now);
            return;
        }
        bool ok = true;
        const QByteArray lengthText = req.header("content-length");
        const qint64 length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&ok);
        if (!ok || length < 0 || static_cast<size_t>(length) + end + 4 > kMaxRequestBytes) {
            reject(c, ok && length >= 0 ? 413 : 400, now);
            return;
        }
        if (c.in.size() < end + 4 + static_cast<size_t>(length))
            return; // body incomplete
        req.body = QByteArray::fromStdString(c.in.substr(end + 4, static_cast<size_t>(length)));
        c.in.erase(0, end + 4 + static_cast<size_t>(length));
        req.connection = c.key - kFirstConnKey + 1;
        req.indexOnConnection = c.requests++;
        c.closeAfter = req.header("connection").toLower() == "close" || first[2] == "HTTP/1.0";
        ++owner->m_requests;
        c.plan = owner->m_handler(req);
        c.state = Conn::State::Responding;
        c.step = 0;
        c.t0 = now;
        ++c.generation;
        advance(c, now);
    }

    void readFrom(Conn &c, Clock::time_point now)
    {
        char buf[16384];
        for (;;) {
            const ssize_t n = ::recv(c.fd, buf, sizeof buf, 0);
            if (n > 0) {
                if (c.in.size() + static_cast<size_t>(n) <= kMaxRequestBytes + kMaxHeaderBytes)
                    c.in.append(buf, static_cast<size_t>(n));
                continue;
            }
            if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
                kill(c); // peer closed or reset
                return;
            }
            if (errno != EINTR)
                break;
        }
        parse(c, now);
    }

    void acceptAll()
    {
        for (;;) {
            const int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0)
                return;
            if (static_cast<int>(conns.size()) >= owner->m_maxConnections) {
                ::close(fd);
                continue;
            }
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto c = std::make_unique<Conn>();
            c->fd = fd;
            c->key = nextKey++;
            epoll_event ev{};
            ev.events = EPOLLIN | EPOLLRDHUP;
            ev.data.u64 = c->key;
            epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
            ++owner->m_accepted;
            ++owner->m_open;
            conns.emplace(c->key, std::move(c));
        }
    }

    void fireTimers(Clock::time_point now)
    {
        while (!timers.empty() && timers.top().when <= now) {
            const Timer t = timers.top();
            timers.pop();
            const auto it = conns.find(t.key);
            if (it == conns.end() || it->second->dead || it->second->generation != t.generation)
                continue;
            advance(*it->second, now);
        }
    }

    void armTimer()
    {
        const Clock::time_point next = timers.empty() ? Clock::time_point::max() : timers.top().when;
        if (next == armedFor)
            return;
        armedFor = next;
        itimerspec spec{};
        if (next != Clock::time_point::max()) {
            const auto ns =
                std::chrono::duration_cast<std::chrono::nanoseconds>(next.time_since_epoch()).count();
            spec.it_value.tv_sec = std::max<qint64>(0, ns / 1000000000);
            spec.it_value.tv_nsec = std::max<qint64>(1, ns % 1000000000);
        }
        timerfd_settime(timerFd, TFD_TIMER_ABSTIME, &spec, nullptr);
    }

    void reapDoomed()
    {
        for (quint64 key : doomed) {
            const auto it = conns.find(key);
            if (it == conns.end())
                continue;
            epoll_ctl(epfd, EPOLL_CTL_DEL, it->second->fd, nullptr);
            ::close(it->second->fd);
            conns.erase(it);
            --owner->m_open;
        }
        doomed.clear();
    }

    void run()
    {
        epoll_event events[256];
        while (!stopRequested) {
            armTimer();
            const int n = epoll_wait(epfd, events, 256, -1);
            const Clock::time_point now = Clock::now();
            for (int i = 0; i < n; ++i) {
                const quint64 key = events[i].data.u64;
                if (key == kWakeKey) {
                    quint64 v;
                    (void)::read(wakeFd, &v, sizeof v);
                } else if (key == kListenKey) {
                    acceptAll();
                } else if (key == kTimerKey) {
                    quint64 v;
                    (void)::read(timerFd, &v, sizeof v);
                    armedFor = Clock::time_point::max();
                } else {
                    const auto it = conns.find(key);
                    if (it == conns.end() || it->second->dead)
                        continue;
                    Conn &c = *it->second;
                    if (events[i].events & EPOLLOUT)
                        flush(c);
                    if (events[i].events & (EPOLLIN | EPOLLRDHUP | EPOLLHUP | EPOLLERR))
                        readFrom(c, now);
                }
            }
            fireTimers(Clock::now());
            reapDoomed();
        }
    }
};

LoopbackServer::LoopbackServer(Handler handler, int maxConnections)
    : m_handler(std::move(handler)), m_maxConnections(std::max(1, maxConnections))
{
}

LoopbackServer::~LoopbackServer()
{
    stop();
}

bool LoopbackServer::listen(const QString &host, quint16 port, QString *error)
{
    const auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        m_loop.reset();
        return false;
    };
    if (m_loop)
        return fail(tr("already listening"));
    m_loop = std::make_unique<Loop>();
    Loop &l = *m_loop;
    l.owner = this;
    const QByteArray h = host == QLatin1String("localhost") ? QByteArray("127.0.0.1") : host.toLatin1();
    sockaddr_storage addr{};
    socklen_t len = 0;
    auto *v4 = reinterpret_cast<sockaddr_in *>(&addr);
    auto *v6 = reinterpret_cast<sockaddr_in6 *>(&addr);
    if (inet_pton(AF_INET, h.constData(), &v4->sin_addr) == 1) {
        v4->sin_family = AF_INET;
        v4->sin_port = htons(port);
        len = sizeof *v4;
    } else if (inet_pton(AF_INET6, h.constData(), &v6->sin6_addr) == 1) {
        v6->sin6_family = AF_INET6;
        v6->sin6_port = htons(port);
        len = sizeof *v6;
    } else {
        return fail(tr("%1: not an IP address").arg(host));
    }
    l.listenFd = ::socket(addr.ss_family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    ::setsockopt(l.listenFd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (l.listenFd < 0 || ::bind(l.listenFd, reinterpret_cast<sockaddr *>(&addr), len) != 0 ||
        ::listen(l.listenFd, 4096) != 0)
        return fail(tr("cannot listen on %1:%2: %3")
                        .arg(host)
                        .arg(port)
                        .arg(QString::fromLocal8Bit(strerror(errno))));
    ::getsockname(l.listenFd, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.ss_family == AF_INET ? v4->sin_port : v6->sin6_port);
    l.epfd = ::epoll_create1(EPOLL_CLOEXEC);
    l.timerFd = ::timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
    l.wakeFd = ::eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (l.epfd < 0 || l.timerFd < 0 || l.wakeFd < 0) {
        m_port = 0;
        return fail(tr("cannot set up the event loop: %1").arg(QString::fromLocal8Bit(strerror(errno))));
    }
    for (const auto &[fd, key] :
         {std::pair{l.listenFd, kListenKey}, {l.timerFd, kTimerKey}, {l.wakeFd, kWakeKey}}) {
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = key;
        epoll_ctl(l.epfd, EPOLL_CTL_ADD, fd, &ev);
    }
    l.thread = std::thread([&l] { l.run(); });
    return true;
}

void LoopbackServer::stop()
{
    if (!m_loop)
        return;
    m_loop->stopRequested = true;
    const quint64 one = 1;
    (void)::write(m_loop->wakeFd, &one, sizeof one);
    if (m_loop->thread.joinable())
        m_loop->thread.join();
    m_loop.reset();
    m_port = 0;
    m_open = 0;
}

} // namespace ea
