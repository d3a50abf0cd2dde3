// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers shared by the tests (header only): running the real executable, free loopback ports,
// tools a test needs.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QtGlobal>

#include <functional>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace ea::test {

/** What one run of `edgeatlas` gave: its exit code (-1 when it crashed) and its output. */
struct CliRun
{
    int code = -1;
    QByteArray out, err;
};

/** True under continuous integration (the environment variable CI is "true", as .ci/run sets it). */
inline bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

/**
 * Runs the built `edgeatlas` with args and waits (2 min at most; a hang fails the test run). A
 * childSetup runs in the child before exec (limits such as RLIMIT_FSIZE or RLIMIT_NOFILE).
 */
inline CliRun runEdgeAtlas(const QStringList &args, const std::function<void()> &childSetup = {})
{
    QProcess p;
    if (childSetup)
        p.setChildProcessModifier(childSetup);
    p.start(QStringLiteral(EA_BIN_DIR "/edgeatlas"), args);
    if (!p.waitForFinished(120000))
        qFatal("edgeatlas did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

/** A loopback port nothing listens on right now (bound to 0, read back, released); 0 on failure. */
inline quint16 unusedLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    quint16 port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&a), &len) == 0)
        port = ntohs(a.sin_port);
    if (fd >= 0)
        ::close(fd);
    return port;
}

} // namespace ea::test

/**
 * A test that needs a tool or a data set that is not there (`what` names it and how to get it): under
 * CI=true that is a failure, elsewhere a skip that prints a visible warning. Never a silent pass.
 */
#define EA_REQUIRE(condition, what)                                                                          \
    do {                                                                                                     \
        if (!(condition)) {                                                                                  \
            const QByteArray eaMissing = QByteArray("missing: ") + QByteArray(what);                         \
            if (ea::test::inCi())                                                                            \
                QFAIL((eaMissing + " (CI=true: a missing tool or data set is a failure)").constData());      \
            qWarning("WARNING: test SKIPPED, %s", eaMissing.constData());                                    \
            QSKIP(eaMissing.constData());                                                                    \
        }                                                                                                    \
    } while (false)
