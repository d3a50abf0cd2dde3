// SPDX-License-Identifier: GPL-3.0-or-later
// The loopback HTTP server under hostile clients: pipelining floods (once a stack overflow), clients that
// send without reading, slow headers, idle connections, a full house; and its request parser.
#include "engine/probe/loopbackserver.h"

#include <QTest>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <thread>

using namespace ea;

namespace {

/** A blocking loopback client socket with a receive timeout; -1 on failure. */
int connectTo(quint16 port, int receiveTimeoutMs = 10000)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0) {
        if (fd >= 0)
            ::close(fd);
        return -1;
    }
    timeval tv{receiveTimeoutMs / 1000, (receiveTimeoutMs % 1000) * 1000};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    return fd;
}

bool sendAll(int fd, const QByteArray &bytes)
{
    qsizetype sent = 0;
    while (sent < bytes.size()) {
        const ssize_t n = ::send(fd, bytes.constData() + sent, size_t(bytes.size() - sent), MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        sent += n;
    }
    return true;
}

/** Reads until `count` occurrences of `marker` arrived, the peer closed, or the timeout passed. */
QByteArray readUntil(int fd, const QByteArray &marker, qsizetype count, int timeoutMs = 20000)
{
    QByteArray in;
    qsizetype seen = 0, from = 0;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    char buf[65536];
    while (seen < count && std::chrono::steady_clock::now() < deadline) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n <= 0)
            break;
        in.append(buf, n);
        for (qsizetype at; (at = in.indexOf(marker, from)) >= 0; from = at + marker.size())
            ++seen;
    }
    return in;
}

/** True when the peer closed the connection within timeoutMs (recv returns 0 or an error). */
bool closedWithin(int fd, int timeoutMs)
{
    pollfd p{fd, POLLIN, 0};
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < deadline) {
        if (::poll(&p, 1, 50) > 0) {
            char c;
            const ssize_t n = ::recv(fd, &c, 1, MSG_DONTWAIT);
            if (n == 0 || (n < 0 && errno != EAGAIN))
                return true;
        }
    }
    return false;
}

ResponsePlan health(const HttpRequest &)
{
    return ResponsePlan::fixed(200, "application/json", "{\"status\":\"ok\"}");
}

/** One GET on a fresh connection: the status line, or empty. */
QByteArray getOnce(quint16 port, const QByteArray &path)
{
    const int fd = connectTo(port, 5000);
    if (fd < 0)
        return {};
    QByteArray answer;
    if (sendAll(fd, "GET " + path + " HTTP/1.1\r\nConnection: close\r\n\r\n"))
        answer = readUntil(fd, "\r\n\r\n", 1, 5000);
    ::close(fd);
    return answer.left(answer.indexOf("\r\n"));
}

} // namespace

class TestLoopbackServer : public QObject
{
    Q_OBJECT

private slots:
    // Issue 16, item 1: ~20,000 pipelined requests on one connection recursed parse() → advance() →
    // parse() until the stack overflowed (SIGSEGV of `probe --serve` and of `simulate`).
    void pipelinedFloodIsServedInOrder_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("count");
        QTest::newRow("40000 GET /health (agent)") << QByteArray("GET /health HTTP/1.1\r\n\r\n") << 40000;
        QTest::newRow("1 MB of GET /x (simulator)")
            << QByteArray("GET /x HTTP/1.1\r\n\r\n") << (1 << 20) / 19;
    }
    void pipelinedFloodIsServedInOrder()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, count);
        int n = 0;
        LoopbackServer server([&n](const HttpRequest &r) {
            return ResponsePlan::fixed(200, "text/plain", QByteArray::number(n++) + ' ' + r.path);
        });
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        const int fd = connectTo(server.port());
        QVERIFY(fd >= 0);
        // Sent from a thread while this one reads: the server must answer a client that both floods and
        // reads.
        std::thread sender([&] { sendAll(fd, request.repeated(count)); });
        const QByteArray in = readUntil(fd, "HTTP/1.1 200 OK", count, 120000);
        sender.join();
        ::close(fd);
        QCOMPARE(in.count("HTTP/1.1 200 OK"), qsizetype(count));
        QVERIFY(in.endsWith(QByteArray::number(count - 1) + ' ' + request.split(' ').at(1))); // in order
        QCOMPARE(server.requestsServed(), quint64(count));
        QCOMPARE(getOnce(server.port(), "/after"), QByteArray("HTTP/1.1 200 OK")); // still serving
    }

    // A client that floods without reading its answers: reading pauses (bounded memory), the server
    // stays responsive to others, and the flooder's answers are all there once it reads.
    void clientThatDoesNotReadIsThrottled()
    {
        LoopbackServer server(&health);
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        const int fd = connectTo(server.port());
        QVERIFY(fd >= 0);
        ::fcntl(fd, F_SETFL, O_NONBLOCK);
        const QByteArray request = QByteArray("GET /health HTTP/1.1\r\n\r\n").repeated(10000);
        qint64 sent = 0;
        int stuck = 0;
        while (sent < (256ll << 20) && stuck < 50) {
            const ssize_t n = ::send(fd, request.constData(), size_t(request.size()), MSG_NOSIGNAL);
            if (n > 0) {
                sent += n;
                stuck = 0;
            } else {
                ++stuck;
                QThread::msleep(10);
            }
        }
        QVERIFY2(stuck >= 50, "the server kept reading a client that never reads its answers");
        QVERIFY2(sent < (64ll << 20), qPrintable(QString::number(sent)));
        QCOMPARE(getOnce(server.port(), "/other"), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(server.requestsServed() > 0);
        ::close(fd);
    }

    // Issue 16, item 4: a request must arrive whole within the header timeout; an idle keep-alive
    // connection is closed after the idle timeout.
    void slowHeadersAndIdleConnectionsAreClosed()
    {
        LoopbackServer server(&health);
        server.setTimeouts(400, 800);
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        const int slow = connectTo(server.port()), silent = connectTo(server.port()),
                  idle = connectTo(server.port());
        QVERIFY(slow >= 0 && silent >= 0 && idle >= 0);
        QVERIFY(sendAll(idle, "GET /health HTTP/1.1\r\n\r\n"));
        QVERIFY(readUntil(idle, "}", 1, 5000).startsWith("HTTP/1.1 200 OK"));
        bool slowClosed = false;
        for (int i = 0; i < 100 && !slowClosed; ++i) { // a byte every 50 ms never completes the head
            if (!sendAll(slow, "X") || closedWithin(slow, 50))
                slowClosed = true;
        }
        QVERIFY2(slowClosed, "a trickled header keeps the connection forever");
        QVERIFY(closedWithin(silent, 10000)); // connected, sent nothing
        QVERIFY(closedWithin(idle, 10000));   // answered, then idle
        QVERIFY(server.connectionsShed() >= 3);
        for (int fd : {slow, silent, idle})
            ::close(fd);
        QCOMPARE(getOnce(server.port(), "/health"), QByteArray("HTTP/1.1 200 OK"));
    }

    // At its connection limit the server closes the connection that waited longest for a request, so
    // slow clients cannot lock out a scraper (the default timeouts are far longer than this test).
    void fullHouseShedsTheLongestWaiting()
    {
        LoopbackServer server(&health, 8);
        QVERIFY(server.listen(QStringLiteral("127.0.0.1"), 0));
        std::vector<int> slow;
        for (int i = 0; i < 20; ++i) {
            const int fd = connectTo(server.port());
            QVERIFY(fd >= 0);
            QVERIFY(sendAll(fd, "GET /health HTTP/1.1\r\nX-Slow: "));
            slow.push_back(fd);
        }
        QTRY_VERIFY(server.connectionsAccepted() >= 20);
        QVERIFY(server.openConnections() <= 8);
        QCOMPARE(getOnce(server.port(), "/health"), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(closedWithin(slow.front(), 5000)); // the oldest went first
        for (int fd : slow)
            ::close(fd);
    }

    void parser_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status"); // 0 complete, -1 incomplete, else the rejection
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<int>("consumed");
        const QByteArray get = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n";
        QTest::newRow("get") << get + "GET /b" << 0 << QByteArray("/a") << int(get.size());
        QTest::newRow("bare LF") << QByteArray("GET /lf HTTP/1.1\nHost: x\n\n") << 0 << QByteArray("/lf")
                                 << 26;
        QTest::newRow("body") << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 3\r\n\r\nabcGET") << 0
                              << QByteArray("/p") << 42;
        QTest::newRow("partial head") << QByteArray("GET /a HTTP/1.1\r\nHo") << -1 << QByteArray() << 0;
        QTest::newRow("partial body")
            << QByteArray("POST /p HTTP/1.1\r\nContent-Length: 9\r\n\r\nab") << -1 << QByteArray() << 0;
        QTest::newRow("not http") << QByteArray("hello\r\n\r\n") << 400 << QByteArray() << 0;
        QTest::newRow("two lengths") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: "
                                                   "2\r\n\r\nab")
                                     << 400 << QByteArray() << 0;
        QTest::newRow("signed length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << QByteArray() << 0;
        QTest::newRow("huge length") << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999\r\n\r\n")
                                     << 413 << QByteArray() << 0;
        QTest::newRow("chunked") << QByteArray("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n") << 501
                                 << QByteArray() << 0;
        QTest::newRow("endless head")
            << QByteArray("GET / HTTP/1.1\r\nX: ") + QByteArray(70000, 'a') << 413 << QByteArray() << 0;
    }
    void parser()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QByteArray, path);
        QFETCH(int, consumed);
        HttpRequest r;
        const HttpParse p = parseHttpRequest(input.constData(), size_t(input.size()), r);
        if (status == 0) {
            QCOMPARE(p.status, HttpParse::Status::Complete);
            QCOMPARE(r.path, path);
            QCOMPARE(int(p.consumed), consumed);
        } else if (status < 0) {
            QCOMPARE(p.status, HttpParse::Status::Incomplete);
        } else {
            QCOMPARE(p.status, HttpParse::Status::Bad);
            QCOMPARE(p.rejectStatus, status);
        }
    }
};

QTEST_GUILESS_MAIN(TestLoopbackServer)
#include "tst_loopbackserver.moc"
