// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for tests that run several long-lived processes (simulators, probe agents, a Prometheus server).

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

#include "tests/common/testsupport.h"

#include <memory>
#include <vector>

namespace ea::test {

/** Waits until the process printed a line matching re on stdout (kept in *seen); false after timeoutMs. */
inline bool waitForOutput(QProcess &p, const QRegularExpression &re, QByteArray *seen, int timeoutMs,
                          QRegularExpressionMatch *match = nullptr)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        *seen += p.readAllStandardOutput();
        const QRegularExpressionMatch m = re.match(QString::fromUtf8(*seen));
        if (m.hasMatch()) {
            if (match)
                *match = m;
            return true;
        }
        if (p.state() == QProcess::NotRunning)
            return false;
        p.waitForReadyRead(100);
    }
    return false;
}

/**
 * Starts a real Prometheus with config, its data in tsdbDir, on a free loopback port (tried again when the
 * port was taken meanwhile). Its base URL once it stays up for 1.5 s (it listens), or empty.
 */
inline QString startPrometheus(QProcess &prom, const QString &program, const QString &config,
                               const QString &tsdbDir)
{
    for (int attempt = 0; attempt < 3; ++attempt) {
        const quint16 port = unusedLoopbackPort();
        prom.start(program, {QStringLiteral("--config.file=") + config,
                             QStringLiteral("--storage.tsdb.path=") + tsdbDir,
                             QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port),
                             QStringLiteral("--log.level=warn")});
        if (!prom.waitForStarted())
            return {};
        if (!prom.waitForFinished(1500))
            return QStringLiteral("http://127.0.0.1:%1").arg(port);
    }
    return {};
}

/** Stops every process it holds when the test ends, passed or failed (SIGTERM, then SIGKILL). */
struct Processes
{
    std::vector<std::unique_ptr<QProcess>> all;
    QProcess &add()
    {
        all.push_back(std::make_unique<QProcess>());
        return *all.back();
    }
    ~Processes()
    {
        for (auto it = all.rbegin(); it != all.rend(); ++it) {
            QProcess &p = **it;
            if (p.state() == QProcess::NotRunning)
                continue;
            p.terminate();
            if (!p.waitForFinished(5000)) {
                p.kill();
                p.waitForFinished(2000);
            }
        }
    }
};

} // namespace ea::test
