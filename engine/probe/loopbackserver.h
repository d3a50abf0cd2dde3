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

/** Limits of one request the loopback server accepts (bytes). */
inline constexpr size_t MaxHttpRequestBytes = 1 << 20;
inline constexpr size_t MaxHttpHeaderBytes = 64 << 10;

/** What parseHttpRequest() found at the start of a connection's input. */
struct HttpParse
{
    enum class Status {
        Incomplete, // more bytes are needed (the input is within the limits)
        Complete,   // one request parsed into the HttpRequest; `consumed` bytes belong to it
        Bad         // answer `rejectStatus` (400, 413, 501) and close the connection
    };
    Status status = Status::Incomplete;
    size_t consumed = 0;
    int rejectStatus = 0;    // the HTTP status of a Bad request
    bool closeAfter = false; // the client asked to close after this request (HTTP/1.0, Connection: close)
};

/**
 * Parses the first request of `input` (a pure function, also the fuzz target's entry): the request line
 * "METHOD PATH HTTP/1.x", header lines (CRLF or LF), an optional body of Content-Length bytes. Refuses
 * with 400 a malformed request line or Content-Length (also two that differ), with 413 headers over
 * MaxHttpHeaderBytes or a request over MaxHttpRequestBytes, with 501 a Transfer-Encoding.
 */
HttpParse parseHttpRequest(const char *input, size_t size, HttpRequest &out);

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
 * answered 413 and the connection closed. Hostile clients are bounded: pipelined requests are served one
 * after the other without recursion, and reading pauses while a connection's unsent answers exceed
 * 4 MiB (a client that sends without reading); a request must arrive whole within the header timeout
 * (10 s) and an idle keep-alive connection is closed after the idle timeout (60 s). At maxConnections
 * (or when the process runs out of file descriptors) the connection that has been waiting longest for a
 * request is closed to admit the new one, so a slow-header flood cannot lock a scraper out, and the
 * listening socket never spins.
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

    /** Before listen(): how long a request may take to arrive whole, and an idle connection may stay (ms). */
    void setTimeouts(int headerTimeoutMs, int idleTimeoutMs);

    /** Binds host:port (port 0 = any free one) and starts the thread; false with a reason on failure. */
    bool listen(const QString &host, quint16 port, QString *error = nullptr);
    void stop();
    quint16 port() const { return m_port; }
    bool listening() const { return m_port != 0; }

    quint64 connectionsAccepted() const { return m_accepted; }
    int openConnections() const { return m_open; }
    quint64 requestsServed() const { return m_requests; }
    /** Connections closed by the server for being slow or idle, or to make room for a new one. */
    quint64 connectionsShed() const { return m_shed; }

private:
    struct Loop;
    Handler m_handler;
    int m_maxConnections;
    int m_headerTimeoutMs = 10000, m_idleTimeoutMs = 60000;
    quint16 m_port = 0;
    std::unique_ptr<Loop> m_loop;
    std::atomic<quint64> m_accepted{0}, m_requests{0}, m_shed{0};
    std::atomic<int> m_open{0};
};

} // namespace ea
