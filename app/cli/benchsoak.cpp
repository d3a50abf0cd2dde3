// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas bench soak: the probe agent against the simulator for minutes; memory, CPU and descriptors of
// both processes sampled from /proc, first and last value of each series.
#include "app/cli/benchsoak.h"

#include "app/cli/cli.h"
#include "engine/probe/prometheus.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cmath>

namespace ea::cli {

namespace {

struct Sample
{
    double seconds = 0;
    double rssMib = 0;
    double cpuPercent = 0; // of one core, since the previous sample
    int fds = 0;
};

/** Resident memory, CPU seconds so far and open descriptors of a process, from /proc. */
struct ProcStat
{
    double rssMib = -1, cpuSeconds = -1;
    int fds = -1;
};

ProcStat procStat(qint64 pid)
{
    ProcStat p;
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (status.open(QIODevice::ReadOnly))
        for (const QByteArray &line : status.readAll().split('\n'))
            if (line.startsWith("VmRSS:"))
                p.rssMib = line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray s = stat.readAll();
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');
        p.cpuSeconds = (f.value(11).toDouble() + f.value(12).toDouble()) / double(::sysconf(_SC_CLK_TCK));
    }
    p.fds = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid))
                    .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::System)
                    .size());
    return p;
}

quint16 freeLoopbackPort()
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

/** GET /metrics as a scraper does; the body, or empty. */
QByteArray scrape(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    QByteArray in;
    timeval tv{5, 0};
    ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    if (fd >= 0 && ::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) == 0) {
        const QByteArray req = "GET /metrics HTTP/1.1\r\nConnection: close\r\n\r\n";
        if (::send(fd, req.constData(), size_t(req.size()), MSG_NOSIGNAL) == req.size()) {
            char buf[65536];
            for (ssize_t n; (n = ::recv(fd, buf, sizeof buf, 0)) > 0;)
                in.append(buf, n);
        }
    }
    if (fd >= 0)
        ::close(fd);
    const qsizetype body = in.indexOf("\r\n\r\n");
    return in.startsWith("HTTP/1.1 200") && body > 0 ? in.mid(body + 4) : QByteArray();
}

/** A counter from a scrape, summed over its series whose `state` label is not "ok" when notOk; -1 when
 * absent. */
double counter(const QByteArray &metrics, const char *name, bool notOk = false)
{
    QString error;
    const auto samples = parsePromText(metrics, &error);
    double sum = -1;
    if (samples)
        for (const PromTextSample &s : *samples)
            if (s.name == QLatin1String(name) &&
                (!notOk || s.labels.value(QStringLiteral("state")) != QLatin1String("ok")))
                sum = std::max(0.0, sum) + s.value;
    return notOk ? std::max(0.0, sum) : sum;
}

void figure(FILE *out, const QString &name, double value, const char *unit)
{
    printLine(out, QStringLiteral("%1 %2 %3")
                       .arg(name, QString::number(value, 'f', value < 100 ? 2 : 1), QLatin1String(unit)));
}

bool startChild(QProcess &p, const QStringList &args, FILE *err)
{
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    // Nobody reads their output: unread, a full pipe would block the child (the agent prints its alarms).
    p.setStandardOutputFile(QProcess::nullDevice());
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForStarted(10000)) {
        printLine(err, QStringLiteral("bench soak: cannot start %1").arg(args.join(QLatin1Char(' '))));
        return false;
    }
    return true;
}

void stopChild(QProcess &p)
{
    if (p.state() == QProcess::NotRunning)
        return;
    p.terminate();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished(5000);
    }
}

} // namespace

int benchSoak(const SoakOptions &o, FILE *out, FILE *err)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        printLine(err, QStringLiteral("bench soak: no temporary folder"));
        return RuntimeFailure;
    }
    const QString copy = dir.filePath(QStringLiteral("simulated.json"));
    const quint16 agentPort = freeLoopbackPort();
    QStringList simArgs{
        QStringLiteral("simulate"),     QStringLiteral("--count"),          QString::number(o.targets),
        QStringLiteral("--time-scale"), QString::number(o.timeScale),       QStringLiteral("--jitter"),
        QStringLiteral("0.2"),          QStringLiteral("--write-scenario"), copy};
    if (!o.scenarioFile.isEmpty())
        simArgs.insert(1, o.scenarioFile);
    QProcess sim, agent;
    if (!startChild(sim, simArgs, err))
        return RuntimeFailure;
    QElapsedTimer wait;
    wait.start();
    while (!QFile::exists(copy) && wait.elapsed() < 60000 && sim.state() == QProcess::Running)
        QThread::msleep(100);
    if (!QFile::exists(copy)) {
        printLine(err, QStringLiteral("bench soak: the simulator did not start"));
        stopChild(sim);
        return RuntimeFailure;
    }
    if (!startChild(agent,
                    {QStringLiteral("probe"), QStringLiteral("--scenario"), copy, QStringLiteral("--serve"),
                     QStringLiteral("127.0.0.1:%1").arg(agentPort), QStringLiteral("--interval"),
                     QString::number(o.intervalSeconds), QStringLiteral("--max-tokens"), QStringLiteral("4"),
                     QStringLiteral("--concurrency"), QStringLiteral("128"), QStringLiteral("--history"),
                     dir.filePath(QStringLiteral("history.sqlite"))},
                    err)) {
        stopChild(sim);
        return RuntimeFailure;
    }
    printLine(out, QStringLiteral(
                       "# soak: probe agent (pid %1) against the simulator (pid %2): %3 targets every %4 s, "
                       "simulated delays x%5, %6 s, sampled every %7 s, first values after %8 s")
                       .arg(agent.processId())
                       .arg(sim.processId())
                       .arg(o.targets)
                       .arg(o.intervalSeconds)
                       .arg(o.timeScale)
                       .arg(o.seconds)
                       .arg(o.sampleEverySeconds)
                       .arg(o.warmupSeconds));
    printLine(out, QStringLiteral("# t_s agent_rss_mib agent_cpu_pct agent_fds simulator_rss_mib "
                                  "simulator_cpu_pct simulator_fds probes_completed"));

    std::vector<Sample> agentSeries, simSeries;
    ProcStat agentPrev = procStat(agent.processId()), simPrev = procStat(sim.processId());
    QElapsedTimer clock, sinceScrape;
    clock.start();
    sinceScrape.start();
    double lastSampleS = 0;
    int scrapes = 0, failedScrapes = 0;
    double completed = -1, completedAtWarmup = -1, warmupAt = -1, failed = 0, missed = 0;
    while (clock.elapsed() < qint64(o.seconds) * 1000) {
        QThread::msleep(200);
        if (agent.state() != QProcess::Running || sim.state() != QProcess::Running) {
            printLine(err, QStringLiteral("bench soak: the %1 stopped (exit %2)")
                               .arg(agent.state() != QProcess::Running ? QStringLiteral("agent")
                                                                       : QStringLiteral("simulator"))
                               .arg(agent.state() != QProcess::Running ? agent.exitCode() : sim.exitCode()));
            stopChild(agent);
            stopChild(sim);
            return RuntimeFailure;
        }
        if (sinceScrape.elapsed() >= 5000) { // as Prometheus would, every 5 s
            sinceScrape.restart();
            const QByteArray m = scrape(agentPort);
            ++scrapes;
            if (m.isEmpty())
                ++failedScrapes;
            else {
                completed = counter(m, "edgeatlas_prober_completed_total");
                failed = counter(m, "edgeatlas_probe_total", true);
                missed = std::max(0.0, counter(m, "edgeatlas_prober_missed_intervals_total"));
            }
        }
        const double now = clock.elapsed() / 1000.0;
        if (now - lastSampleS < o.sampleEverySeconds)
            continue;
        const ProcStat a = procStat(agent.processId()), s = procStat(sim.processId());
        const double dt = now - lastSampleS;
        lastSampleS = now;
        agentSeries.push_back({now, a.rssMib, 100.0 * (a.cpuSeconds - agentPrev.cpuSeconds) / dt, a.fds});
        simSeries.push_back({now, s.rssMib, 100.0 * (s.cpuSeconds - simPrev.cpuSeconds) / dt, s.fds});
        agentPrev = a;
        simPrev = s;
        if (warmupAt < 0 && now >= o.warmupSeconds) {
            warmupAt = now;
            completedAtWarmup = completed;
        }
        printLine(out, QStringLiteral("# %1 %2 %3 %4 %5 %6 %7 %8")
                           .arg(now, 0, 'f', 0)
                           .arg(a.rssMib, 0, 'f', 1)
                           .arg(agentSeries.back().cpuPercent, 0, 'f', 1)
                           .arg(a.fds)
                           .arg(s.rssMib, 0, 'f', 1)
                           .arg(simSeries.back().cpuPercent, 0, 'f', 1)
                           .arg(s.fds)
                           .arg(completed, 0, 'f', 0));
    }
    const double endS = clock.elapsed() / 1000.0;
    stopChild(agent);
    stopChild(sim);
    const bool agentClean = agent.exitStatus() == QProcess::NormalExit && agent.exitCode() == 0;
    const bool simClean = sim.exitStatus() == QProcess::NormalExit && sim.exitCode() == 0;

    const auto firstAfterWarmup = [&](const std::vector<Sample> &v) {
        for (const Sample &x : v)
            if (x.seconds >= o.warmupSeconds)
                return x;
        return v.empty() ? Sample{} : v.front();
    };
    for (const auto &[who, series] : {std::pair{QStringLiteral("agent"), &agentSeries},
                                      std::pair{QStringLiteral("simulator"), &simSeries}}) {
        if (series->empty())
            continue;
        const Sample first = firstAfterWarmup(*series), last = series->back();
        double maxRss = 0;
        int maxFds = 0;
        for (const Sample &x : *series) {
            maxRss = std::max(maxRss, x.rssMib);
            maxFds = std::max(maxFds, x.fds);
        }
        figure(out, QStringLiteral("soak_%1_rss_first").arg(who), first.rssMib, "MiB");
        figure(out, QStringLiteral("soak_%1_rss_last").arg(who), last.rssMib, "MiB");
        figure(out, QStringLiteral("soak_%1_rss_max").arg(who), maxRss, "MiB");
        figure(out, QStringLiteral("soak_%1_cpu_first").arg(who), first.cpuPercent, "%");
        figure(out, QStringLiteral("soak_%1_cpu_last").arg(who), last.cpuPercent, "%");
        figure(out, QStringLiteral("soak_%1_fds_first").arg(who), first.fds, "fds");
        figure(out, QStringLiteral("soak_%1_fds_last").arg(who), last.fds, "fds");
        figure(out, QStringLiteral("soak_%1_fds_max").arg(who), maxFds, "fds");
    }
    if (completed >= 0 && completedAtWarmup >= 0 && endS > warmupAt)
        figure(out, QStringLiteral("soak_probe_rate"), (completed - completedAtWarmup) / (endS - warmupAt),
               "probes/s");
    figure(out, QStringLiteral("soak_probes_completed"), std::max(0.0, completed), "probes");
    figure(out, QStringLiteral("soak_probes_failed"), failed, "probes");
    figure(out, QStringLiteral("soak_missed_intervals"), missed, "intervals");
    figure(out, QStringLiteral("soak_scrapes_failed"), failedScrapes, "scrapes");
    figure(out, QStringLiteral("soak_scrapes"), scrapes, "scrapes");
    if (!agentClean || !simClean) {
        printLine(err, QStringLiteral("bench soak: agent exit %1, simulator exit %2 (expected clean exits)")
                           .arg(agent.exitCode())
                           .arg(sim.exitCode()));
        return RuntimeFailure;
    }
    return Ok;
}

} // namespace ea::cli
