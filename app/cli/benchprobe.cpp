// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas bench probe: accuracy of the prober against the loopback simulator's known delays (and against
// the curl command line's own -w timings in the same run), and its cost probing 1,000 targets per second.
#include "app/cli/benchprobe.h"

#include "app/cli/cli.h"
#include "engine/probe/prober.h"
#include "engine/probe/simulator.h"
#include "engine/stats/quantile.h"

#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <mutex>

namespace ea::cli {

namespace {

void line(FILE *out, const char *name, double value, const char *unit)
{
    const QString v = std::fabs(value) >= 1.0 || value == 0.0 ? QString::number(value, 'f', 3)
                                                              : QString::number(value, 'g', 3);
    printLine(out, QStringLiteral("%1 %2 %3").arg(QLatin1String(name), v, QLatin1String(unit)));
}

/** engine/stats' median; -1 for none (a figure line needs a number; -1 is no error a probe can have). */
double median(std::vector<double> v)
{
    return stats::valueOr(stats::median(std::move(v)), -1);
}

struct Errors
{
    std::vector<double> firstByte, ttft;
};

std::vector<ProbeTarget> chatTargets(const SimulatedDeployment &sim,
                                     QHash<QString, const SimulatedNode *> &byId)
{
    std::vector<ProbeTarget> targets;
    for (const SimulatedNode &n : sim.nodes()) {
        if (!n.fits)
            continue;
        ProbeTarget t;
        t.id = n.id;
        t.url = sim.chatUrl(n.id);
        t.kind = ProbeKind::ChatStream;
        t.maxTokens = 2;
        targets.push_back(t);
        byId.insert(n.id, &n);
    }
    return targets;
}

void addErrors(const ProbeResult &r, const SimulatedNode *n, double scale, Errors &e)
{
    if (!n || !r.ok())
        return;
    e.firstByte.push_back(std::fabs(r.firstByteMs - n->networkRttMs * scale));
    e.ttft.push_back(std::fabs(r.ttftMs - (n->networkRttMs + n->computeTtftMs) * scale));
}

/**
 * One target at a time, fresh connection each: the prober, then at once the curl command line (its
 * time_starttransfer) on the same target, so both see the same machine load. Returns {prober, curl}.
 */
std::pair<Errors, std::vector<double>> sideBySide(const SimulatedDeployment &sim, const QString &curl,
                                                  int rounds)
{
    QHash<QString, const SimulatedNode *> byId;
    const std::vector<ProbeTarget> targets = chatTargets(sim, byId);
    const double scale = sim.options().timeScale;
    const QString body = QStringLiteral(R"({"model":"default","messages":[{"role":"user","content":"hi"}],)"
                                        R"("stream":true,"max_tokens":2})");
    ProbeSettings s;
    s.reuseConnections = false;
    Errors mine;
    std::vector<double> theirs;
    for (int round = 0; round < rounds; ++round) {
        for (const ProbeTarget &t : targets) {
            const SimulatedNode *n = byId.value(t.id);
            for (const ProbeResult &r : Prober::probe({t}, s))
                addErrors(r, n, scale, mine);
            if (curl.isEmpty())
                continue;
            QProcess p;
            p.start(curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                           QStringLiteral("-w"), QStringLiteral("%{time_starttransfer}"),
                           QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                           QStringLiteral("--data-binary"), body, t.url});
            if (!p.waitForFinished(20000) || p.exitCode() != 0)
                continue;
            bool ok = false;
            const double sec = QString::fromLatin1(p.readAllStandardOutput()).trimmed().toDouble(&ok);
            if (ok)
                theirs.push_back(std::fabs(sec * 1000.0 - n->networkRttMs * scale));
        }
    }
    return {mine, theirs};
}

/** All targets probed continuously (spread over the interval) on reused connections, for `seconds`. */
Errors continuous(const SimulatedDeployment &sim, int seconds)
{
    QHash<QString, const SimulatedNode *> byId;
    ProbeSettings s;
    s.intervalMs = 1000;
    Prober p(s);
    std::mutex m;
    Errors e;
    const double scale = sim.options().timeScale;
    p.setCallback([&](const ProbeResult &r) {
        std::lock_guard lock(m);
        addErrors(r, byId.value(r.targetId), scale, e);
    });
    p.setTargets(chatTargets(sim, byId));
    p.start();
    QThread::msleep(static_cast<unsigned long>(seconds) * 1000);
    p.stop();
    return e;
}

double processCpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

struct Load
{
    double cpuPercent = 0;
    double processCpuPercent = 0; // prober, simulator and all: an upper bound
    quint64 completed = 0, failed = 0, missed = 0, expected = 0;
    double firstByteErrorMedian = 0;
};

/** `targets` health targets, each probed once per second for `seconds`; the prober thread's CPU share. */
Load load(const SimulatedDeployment &sim, int targets, int seconds, bool reuse)
{
    std::vector<ProbeTarget> list;
    QHash<QString, double> injected;
    for (int i = 0; i < targets; ++i) {
        const SimulatedNode &n = sim.nodes()[static_cast<size_t>(i) % sim.nodes().size()];
        ProbeTarget t;
        t.id = QStringLiteral("t%1").arg(i);
        t.url = sim.healthUrl(n.id) + QStringLiteral("?probe=%1").arg(i);
        list.push_back(t);
        injected.insert(t.id, n.networkRttMs * sim.options().timeScale);
    }
    ProbeSettings s;
    s.intervalMs = 1000;
    s.concurrency = 512;
    s.reuseConnections = reuse;
    Prober p(s);
    std::mutex m;
    std::vector<double> errors;
    errors.reserve(static_cast<size_t>(targets) * static_cast<size_t>(seconds));
    p.setCallback([&](const ProbeResult &r) {
        if (r.ok()) {
            std::lock_guard lock(m);
            errors.push_back(std::fabs(r.firstByteMs - injected.value(r.targetId)));
        }
    });
    p.setTargets(list);
    const double cpu0 = processCpuSeconds();
    p.start();
    QThread::msleep(static_cast<unsigned long>(seconds) * 1000);
    const ProbeStats st = p.stats();
    p.stop();
    Load l;
    l.cpuPercent = 100.0 * st.threadCpuSeconds / seconds;
    l.processCpuPercent = 100.0 * (processCpuSeconds() - cpu0) / seconds;
    l.completed = st.completed;
    l.failed = st.failed;
    l.missed = st.missedIntervals;
    l.expected = static_cast<quint64>(targets) * static_cast<quint64>(seconds);
    std::lock_guard lock(m);
    l.firstByteErrorMedian = median(errors);
    return l;
}

} // namespace

int benchProbe(const QString &scenarioFile, bool quick, FILE *out, FILE *err)
{
    const auto scenario = loadScenarioOrReport(scenarioFile, err);
    if (!scenario)
        return BadInput;
    SimulatorOptions o;
    o.count = 12;
    o.jitter = 0;      // known, exact injected delays
    o.timeScale = 0.5; // half the modeled delays (5–400 ms) keeps the run short
    SimulatedDeployment sim(std::make_shared<const Scenario>(*scenario), o);
    QString error;
    if (!sim.start(QStringLiteral("127.0.0.1"), 0, &error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    const int rounds = quick ? 2 : 5;
    printLine(out, QStringLiteral(
                       "# loopback simulator: %1 nodes, user %2, time scale %3; streaming probes (2 tokens); "
                       "errors are |measured - injected|")
                       .arg(sim.nodes().size())
                       .arg(sim.userLabel())
                       .arg(o.timeScale));
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty())
        printLine(out, QStringLiteral("# curl command line not found: comparison skipped"));
    printLine(out, QStringLiteral("# fresh connections, one target at a time, prober then curl -w, %1 rounds")
                       .arg(rounds));
    const auto [fresh, curlErrors] = sideBySide(sim, curl, rounds);
    line(out, "probe_first_byte_error_median_fresh", median(fresh.firstByte), "ms");
    line(out, "probe_first_token_error_median_fresh", median(fresh.ttft), "ms");
    line(out, "probe_samples_fresh", static_cast<double>(fresh.firstByte.size()), "probes");
    if (!curl.isEmpty()) {
        const double mc = median(curlErrors);
        line(out, "curl_cli_first_byte_error_median", mc, "ms");
        line(out, "curl_cli_samples", static_cast<double>(curlErrors.size()), "runs");
        if (mc > 0)
            line(out, "probe_over_curl_first_byte_error_ratio", median(fresh.firstByte) / mc, "x");
    }
    const int reuseSeconds = quick ? 3 : 8;
    printLine(
        out,
        QStringLiteral("# reused connections, all targets every second (spread), %1 s").arg(reuseSeconds));
    const Errors reused = continuous(sim, reuseSeconds);
    line(out, "probe_first_byte_error_median_reuse", median(reused.firstByte), "ms");
    line(out, "probe_first_token_error_median_reuse", median(reused.ttft), "ms");
    line(out, "probe_samples_reuse", static_cast<double>(reused.firstByte.size()), "probes");

    const int seconds = quick ? 10 : 60;
    printLine(
        out,
        QStringLiteral("# load: 1000 targets (health), 1 s interval, %1 s, reused connections").arg(seconds));
    const Load l = load(sim, 1000, seconds, true);
    line(out, "load_prober_thread_cpu", l.cpuPercent, "%core");
    line(out, "load_process_cpu_with_simulator", l.processCpuPercent, "%core");
    line(out, "load_probes_completed", static_cast<double>(l.completed), "probes");
    line(out, "load_probes_expected", static_cast<double>(l.expected), "probes");
    line(out, "load_probes_failed", static_cast<double>(l.failed), "probes");
    line(out, "load_missed_intervals", static_cast<double>(l.missed), "intervals");
    line(out, "load_first_byte_error_median", l.firstByteErrorMedian, "ms");
    if (!quick) {
        const int freshSeconds = 20;
        printLine(
            out,
            QStringLiteral("# load: the same with a fresh connection per probe, %1 s").arg(freshSeconds));
        const Load f = load(sim, 1000, freshSeconds, false);
        line(out, "load_fresh_prober_thread_cpu", f.cpuPercent, "%core");
        line(out, "load_fresh_process_cpu_with_simulator", f.processCpuPercent, "%core");
        line(out, "load_fresh_probes_completed", static_cast<double>(f.completed), "probes");
        line(out, "load_fresh_missed_intervals", static_cast<double>(f.missed), "intervals");
        line(out, "load_fresh_probes_failed", static_cast<double>(f.failed), "probes");
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    line(out, "peak_memory", u.ru_maxrss / 1024.0, "MB");
    return Ok;
}

} // namespace ea::cli
