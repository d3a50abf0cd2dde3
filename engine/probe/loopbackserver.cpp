// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/loopbackserver.h"

#include <QCoreApplication>

#include <arpa/inet.h>
#include <fcntl.h>
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

constexpr size_t kMaxBufferedInput = MaxHttpRequestBytes + MaxHttpHeaderBytes;
constexpr size_t kMaxPendingOutput = 4 << 20; // unsent answers before reading pauses
constexpr quint64 kListenKey = 1, kTimerKey = 2, kWakeKey = 3, kFirstConnKey = 16;
constexpr quint64 kDeadlineGeneration = ~quint64(0); // a timer that checks the connection's deadline
} // namespace

/**
 * Bytes waiting to be parsed or sent, consumed from the front without moving the rest each time (a
 * pipelined flood consumes thousands of small requests from one large buffer: erasing each from the
 * front would be quadratic).
 */
class ByteQueue
{
public:
    const char *data() const { return m_bytes.data() + m_at; }
    size_t size() const { return m_bytes.size() - m_at; }
    bool empty() const { return size() == 0; }
    void append(const char *p, size_t n) { m_bytes.append(p, n); }
    void clear()
    {
        m_bytes.clear();
        m_at = 0;
    }
    void consume(size_t n)
    {
        m_at += n;
        if (m_at >= m_bytes.size())
            clear();
        else if (m_at >= (64u << 10) && m_at * 2 >= m_bytes.size()) { // compact now and then
            m_bytes.erase(0, m_at);
            m_at = 0;
        }
    }

private:
    std::string m_bytes;
    size_t m_at = 0;
};

struct LoopbackServer::Loop
{
    struct Conn
    {
        int fd = -1;
        quint64 key = 0;
        ByteQueue in, out;
        enum class State { Reading, Responding, Holding, Closing } state = State::Reading;
        ResponsePlan plan;
        size_t step = 0;
        Clock::time_point t0;
        quint64 generation = 0;
        int requests = 0;
        bool closeAfter = false, dead = false, peerClosed = false;
        unsigned events = 0; // what epoll watches now
        // Reading/Closing only: the connection is closed when it has not got its request (or sent its
        // answers) by then. `since` orders connections for shedding: the longest waiting goes first.
        Clock::time_point deadline = Clock::time_point::max(), deadlineQueued = Clock::time_point::max();
        Clock::time_point since;
    };
    struct Timer
    {
        Clock::time_point when;
        quint64 key, generation;
        bool operator>(const Timer &o) const { return when > o.when; }
    };

    LoopbackServer *owner = nullptr;
    int epfd = -1, listenFd = -1, timerFd = -1, wakeFd = -1;
    int spareFd =
        -1; // given up when accept() finds no free descriptor, so a waiting client can be turned away
    std::thread thread;
    std::atomic<bool> stopRequested{false};
    std::unordered_map<quint64, std::unique_ptr<Conn>> conns;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers;
    std::vector<quint64> doomed;
    quint64 nextKey = kFirstConnKey;
    Clock::time_point armedFor = Clock::time_point::max();
    std::chrono::milliseconds headerTimeout{10000}, idleTimeout{60000};

    ~Loop()
    {
        for (auto &[k, c] : conns)
            ::close(c->fd);
        for (int fd : {epfd, listenFd, timerFd, wakeFd, spareFd})
            if (fd >= 0)
                ::close(fd);
    }

    /** Watches what the connection needs now: input unless paused or ended, output while some is unsent. */
    void watch(Conn &c)
    {
        if (c.dead)
            return;
        unsigned events = 0;
        if (!c.peerClosed && c.in.size() < kMaxBufferedInput && c.out.size() < kMaxPendingOutput)
            events |= EPOLLIN | EPOLLRDHUP;
        if (!c.out.empty())
            events |= EPOLLOUT;
        if (events == c.events)
            return;
        epoll_event ev{};
        ev.events = events;
        ev.data.u64 = c.key;
        epoll_ctl(epfd, EPOLL_CTL_MOD, c.fd, &ev);
        c.events = events;
    }

    void kill(Conn &c)
    {
        if (!c.dead) {
            c.dead = true;
            doomed.push_back(c.key);
        }
    }

    void setDeadline(Conn &c, Clock::time_point when)
    {
        c.deadline = when;
        if (when < c.deadlineQueued) {
            c.deadlineQueued = when;
            timers.push({when, c.key, kDeadlineGeneration});
        }
    }

    /** Enters Reading: a deadline for the next request (idle) or for the rest of a pipelined one. */
    void awaitRequest(Conn &c, Clock::time_point now)
    {
        c.state = Conn::State::Reading;
        c.since = now;
        setDeadline(c, now + (c.in.empty() ? idleTimeout : headerTimeout));
    }

    void checkDeadline(Conn &c, Clock::time_point now)
    {
        c.deadlineQueued = Clock::time_point::max();
        if (c.state != Conn::State::Reading && c.state != Conn::State::Closing)
            return; // the server is answering: not the client's delay
        if (c.deadline <= now) {
            ++owner->m_shed;
            kill(c);
        } else if (c.deadline != Clock::time_point::max()) {
            setDeadline(c, c.deadline);
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
        if (sent < static_cast<size_t>(bytes.size()))
            c.out.append(bytes.constData() + sent, static_cast<size_t>(bytes.size()) - sent);
    }

    void flush(Conn &c, Clock::time_point now)
    {
        const size_t before = c.out.size();
        while (!c.out.empty()) {
            const ssize_t n = ::send(c.fd, c.out.data(), c.out.size(), MSG_NOSIGNAL);
            if (n < 0) {
                if (errno != EAGAIN && errno != EWOULDBLOCK)
                    kill(c);
                break;
            }
            c.out.consume(static_cast<size_t>(n));
        }
        if (c.dead)
            return;
        if (c.out.empty() && c.state == Conn::State::Closing) {
            kill(c);
            return;
        }
        if (c.out.size() < before && c.state == Conn::State::Reading && c.in.empty())
            setDeadline(c, now + idleTimeout); // the client reads its answers: give it time for the rest
        serve(c, now); // answers went out: pipelined requests held back by the output limit may go on
    }

    /** Sends the steps that are due; at the end of the plan keeps, holds or closes the connection. */
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
                c.since = now;
                setDeadline(c, now + idleTimeout);
                if (c.out.empty())
                    kill(c); // else flush() closes once the rest is out
            } else {
                awaitRequest(c, now);
            }
        }
    }

    void start(Conn &c, ResponsePlan plan, Clock::time_point now)
    {
        c.plan = std::move(plan);
        c.state = Conn::State::Responding;
        c.step = 0;
        c.t0 = now;
        ++c.generation;
        advance(c, now);
    }

    /**
     * Serves the requests waiting in the input, one after the other, as long as each is answered at once
     * and the unsent output stays under its limit (an iteration, not a recursion: any number of pipelined
     * requests take constant stack). Then watches what the connection needs next.
     */
    void serve(Conn &c, Clock::time_point now)
    {
        while (!c.dead && c.state == Conn::State::Reading && c.out.size() < kMaxPendingOutput) {
            HttpRequest req;
            const HttpParse p = parseHttpRequest(c.in.data(), c.in.size(), req);
            if (p.status == HttpParse::Status::Incomplete) {
                if (c.peerClosed) { // the client sent all it will: nothing more to answer
                    c.state = Conn::State::Closing;
                    if (c.out.empty())
                        kill(c);
                }
                break;
            }
            if (p.status == HttpParse::Status::Bad) {
                c.in.clear();
                c.closeAfter = true;
                ResponsePlan reject =
                    ResponsePlan::fixed(p.rejectStatus, "text/plain", httpReason(p.rejectStatus));
                reject.end = ResponsePlan::End::Close;
                start(c, std::move(reject), now);
                break;
            }
            c.in.consume(p.consumed);
            req.connection = c.key - kFirstConnKey + 1;
            req.indexOnConnection = c.requests++;
            c.closeAfter = p.closeAfter;
            ++owner->m_requests;
            start(c, owner->m_handler(req), now);
        }
        watch(c);
    }

    void readFrom(Conn &c, Clock::time_point now)
    {
        const bool idle = c.in.empty();
        char buf[16384];
        while (c.in.size() < kMaxBufferedInput) {
            const ssize_t n = ::recv(c.fd, buf, std::min(sizeof buf, kMaxBufferedInput - c.in.size()), 0);
            if (n > 0) {
                c.in.append(buf, static_cast<size_t>(n));
                continue;
            }
            if (n == 0) {
                c.peerClosed = true; // the client closed its side: answer what it sent, then close
                break;
            }
            if (errno == EINTR)
                continue;
            if (errno != EAGAIN && errno != EWOULDBLOCK)
                kill(c); // reset
            break;
        }
        if (c.dead)
            return;
        if (c.state == Conn::State::Holding && c.peerClosed) {
            kill(c); // the client gave up on a held answer
            return;
        }
        if (idle && !c.in.empty() && c.state == Conn::State::Reading)
            setDeadline(c, now + headerTimeout); // a request began: it must be complete in time
        serve(c, now);
    }

    /** The connection that has waited longest for a request (or to finish closing); nullptr if none. */
    Conn *oldestWaiting()
    {
        Conn *oldest = nullptr;
        for (auto &[k, c] : conns)
            if (!c->dead && (c->state == Conn::State::Reading || c->state == Conn::State::Closing) &&
                (!oldest || c->since < oldest->since || (c->since == oldest->since && c->key < oldest->key)))
                oldest = c.get();
        return oldest;
    }

    /** Closes a waiting connection to make room; false when every connection is being answered. */
    bool shedOne()
    {
        Conn *victim = oldestWaiting();
        if (!victim)
            return false;
        ++owner->m_shed;
        kill(*victim);
        reapDoomed();
        return true;
    }

    void acceptAll(Clock::time_point now)
    {
        for (;;) {
            int fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
            if (fd < 0 && (errno == EMFILE || errno == ENFILE)) {
                // Out of descriptors: make room, else turn the client away with the spare descriptor;
                // the pending connection must leave the backlog, or the listening socket stays readable
                // and epoll spins.
                if (shedOne()) {
                    fd = ::accept4(listenFd, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                } else if (spareFd >= 0) {
                    ::close(spareFd);
                    spareFd = -1;
                    const int turned = ::accept4(listenFd, nullptr, nullptr, SOCK_CLOEXEC);
                    if (turned >= 0)
                        ::close(turned);
                    spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
                    ++owner->m_shed;
                    if (turned >= 0)
                        continue;
                }
                if (fd < 0) { // nothing to give up: stop listening for a moment rather than spin
                    setListening(false);
                    timers.push({now + std::chrono::milliseconds(100), kListenKey, 0});
                    return;
                }
            }
            if (fd < 0)
                return;
            if (static_cast<int>(conns.size()) >= owner->m_maxConnections && !shedOne()) {
                ::close(fd);
                continue;
            }
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            auto c = std::make_unique<Conn>();
            c->fd = fd;
            c->key = nextKey++;
            c->events = EPOLLIN | EPOLLRDHUP;
            epoll_event ev{};
            ev.events = c->events;
            ev.data.u64 = c->key;
            epoll_ctl(epfd, EPOLL_CTL_ADD, fd, &ev);
            ++owner->m_accepted;
            ++owner->m_open;
            c->since = now;
            setDeadline(*c, now + headerTimeout); // the first request must come in time
            conns.emplace(c->key, std::move(c));
        }
    }

    void setListening(bool on)
    {
        epoll_event ev{};
        ev.events = on ? EPOLLIN : 0u;
        ev.data.u64 = kListenKey;
        epoll_ctl(epfd, EPOLL_CTL_MOD, listenFd, &ev);
    }

    void fireTimers(Clock::time_point now)
    {
        while (!timers.empty() && timers.top().when <= now) {
            const Timer t = timers.top();
            timers.pop();
            if (t.key == kListenKey) {
                setListening(true);
                continue;
            }
            const auto it = conns.find(t.key);
            if (it == conns.end() || it->second->dead)
                continue;
            Conn &c = *it->second;
            if (t.generation == kDeadlineGeneration) {
                checkDeadline(c, now);
            } else if (c.generation == t.generation) {
                advance(c, now);
                serve(c, now);
            }
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
                    acceptAll(now);
                } else if (key == kTimerKey) {
                    quint64 v;
                    (void)::read(timerFd, &v, sizeof v);
                    armedFor = Clock::time_point::max();
                } else {
                    const auto it = conns.find(key);
                    if (it == conns.end() || it->second->dead)
                        continue;
                    Conn &c = *it->second;
                    if (events[i].events & (EPOLLHUP | EPOLLERR)) {
                        kill(c); // reset, or both directions closed: nobody to answer
                        continue;
                    }
                    if (events[i].events & EPOLLOUT)
                        flush(c, now);
                    if (!c.dead && (events[i].events & (EPOLLIN | EPOLLRDHUP)))
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

void LoopbackServer::setTimeouts(int headerTimeoutMs, int idleTimeoutMs)
{
    m_headerTimeoutMs = std::max(1, headerTimeoutMs);
    m_idleTimeoutMs = std::max(1, idleTimeoutMs);
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
    l.headerTimeout = std::chrono::milliseconds(m_headerTimeoutMs);
    l.idleTimeout = std::chrono::milliseconds(m_idleTimeoutMs);
    l.spareFd = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
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
