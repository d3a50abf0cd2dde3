// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

namespace ea {

/** The reason phrase of an HTTP status ("Not Found"). */
const char *httpReason(int status);

/** One parsed HTTP/1.1 request. Header names are lower-case. */
struct HttpRequest
{
    QByteArray method, path, body;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
    quint64 connection = 0;    // id of the TCP connection (1, 2, …)
    int indexOnConnection = 0; // 0 for the first request on it
    QByteArray header(const QByteArray &lowerName) const;
};

/**
 * What the server sends, and when: each step's bytes go out atMs after the request was complete
 * (steps in ascending order). Then the connection is kept for the next request, closed, or held open
 * without another byte until the client gives up (a stalled or silent server).
 */
struct ResponsePlan
{
    struct Step
    {
        double atMs = 0;
        QByteArray bytes;
    };
    enum class End { KeepAlive, Close, Hold };

    std::vector<Step> steps;
    End end = End::KeepAlive;

    /** A complete response with Content-Length, sent whole after delayMs. */
    static ResponsePlan fixed(int status, const QByteArray &contentType, const QByteArray &body,
                              double delayMs = 0, const QByteArray &extraHeaders = {});
    /** Status line and headers of a chunked response ("Transfer-Encoding: chunked"). */
    static QByteArray chunkedHead(int status, const QByteArray &contentType,
                                  const QByteArray &extraHeaders = {});
    /** One chunk of a chunked body; chunk({}) is the terminating chunk. */
    static QByteArray chunk(const QByteArray &data);
};

/**
 * A small HTTP/1.1 server for loopback use (the simulated deployment and the tests): one thread, epoll,
 * a timer queue on a timerfd, non-blocking sockets. Thousands of connections can stream at once, each
 * driven by its ResponsePlan's timers, with no thread or sleep per connection; timers fire with
 * microsecond-level precision. Keep-alive and pipelined requests are served in order.
 *
 * The handler runs on the server thread, once per request, and must not block. Requests over 1 MiB are
 * answered 413 and the connection closed; beyond maxConnections new connections are closed at once.
 */
class LoopbackServer
{
    Q_DECLARE_TR_FUNCTIONS(ea::LoopbackServer) // its errors are shown to people

public:
    using Handler = std::function<ResponsePlan(const HttpRequest &)>;

    explicit LoopbackServer(Handler handler, int maxConnections = 8192);
    ~LoopbackServer(); // stops
    LoopbackServer(const LoopbackServer &) = delete;
    LoopbackServer &operator=(const LoopbackServer &) = delete;

    /** Binds host:port (port 0 = any free one) and starts the thread; false with a reason on failure. */
    bool listen(const QString &host, quint16 port, QString *error = nullptr);
    void stop();
    quint16 port() const { return m_port; }
    bool listening() const { return m_port != 0; }

    quint64 connectionsAccepted() const { return m_accepted; }
    int openConnections() const { return m_open; }
    quint64 requestsServed() const { return m_requests; }

private:
    struct Loop;
    Handler m_handler;
    int m_maxConnections;
    quint16 m_port = 0;
    std::unique_ptr<Loop> m_loop;
    std::atomic<quint64> m_accepted{0}, m_requests{0};
    std::atomic<int> m_open{0};
};

} // namespace ea
