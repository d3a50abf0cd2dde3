// SPDX-License-Identifier: GPL-3.0-or-later
// edgeatlas bench probe: accuracy of the prober against the loopback simulator's known delays (and against
// the curl command line's own -w timings in the same run), and its cost probing 1,000 targets per second.
#include "app/cli/benchprobe.h"

#include "app/cli/cli.h"
#include "engine/probe/prober.h"
#include "engine/probe/simulator.h"
#include "engine/probe/sseparser.h"

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

double median(std::vector<double> v)
{
    return quantile(v, 0.5);
}

struct Errors
{
    std::vector<double> firstByte, ttft;
};

/** |measured − injected| of first byte and first token, over `rounds` probes of every fitting node. */
Errors probeErrors(const SimulatedDeployment &sim, bool reuse, int rounds)
{
    std::vector<ProbeTarget> targets;
    QHash<QString, const SimulatedNode *> byId;
    for (const SimulatedNode &n : sim.nodes()) {
        if (!n.fits)
            continue;
        ProbeTarget t;
        t.id = n.id;
        t.url = sim.chatUrl(n.id);
        t.kind = ProbeKind::ChatStream;
        t.maxTokens = 4;
        targets.push_back(t);
        byId.insert(n.id, &n);
    }
    ProbeSettings s;
    s.reuseConnections = reuse;
    s.intervalMs = 1200;
    const double scale = sim.options().timeScale;
    Errors e;
    for (const ProbeResult &r : Prober::probe(targets, s, rounds)) {
        const SimulatedNode *n = byId.value(r.targetId);
        if (!n || !r.ok())
            continue;
        e.firstByte.push_back(std::fabs(r.firstByteMs - n->networkRttMs * scale));
        e.ttft.push_back(std::fabs(r.ttftMs - (n->networkRttMs + n->computeTtftMs) * scale));
    }
    return e;
}

/** The same for the curl command line (fresh process, fresh connection): its time_starttransfer. */
std::vector<double> curlErrors(const SimulatedDeployment &sim, const QString &curl, int rounds)
{
    std::vector<double> errors;
    const double scale = sim.options().timeScale;
    const QString body = QStringLiteral(R"({"model":"default","messages":[{"role":"user","content":"hi"}],)"
                                        R"("stream":true,"max_tokens":4})");
    // One run at a time, so no process start-up competes with the measured one.
    for (int round = 0; round < rounds; ++round) {
        for (const SimulatedNode &n : sim.nodes()) {
            if (!n.fits)
                continue;
            QProcess p;
            p.start(curl, {QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("/dev/null"),
                           QStringLiteral("-w"), QStringLiteral("%{time_starttransfer}"),
                           QStringLiteral("-H"), QStringLiteral("Content-Type: application/json"),
                           QStringLiteral("--data-binary"), body, sim.chatUrl(n.id)});
            if (!p.waitForFinished(20000) || p.exitCode() != 0)
                continue;
            bool ok = false;
            const double sec = QString::fromLatin1(p.readAllStandardOutput()).trimmed().toDouble(&ok);
            if (ok)
                errors.push_back(std::fabs(sec * 1000.0 - n.networkRttMs * scale));
        }
    }
    return errors;
}

struct Load
{
    double cpuPercent = 0;
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
    p.start();
    QThread::msleep(static_cast<unsigned long>(seconds) * 1000);
    const ProbeStats st = p.stats();
    p.stop();
    Load l;
    l.cpuPercent = 100.0 * st.threadCpuSeconds / seconds;
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
    o.jitter = 0; // known, exact injected delays
    SimulatedDeployment sim(std::make_shared<const Scenario>(*scenario), o);
    QString error;
    if (!sim.start(QStringLiteral("127.0.0.1"), 0, &error)) {
        printLine(err, error);
        return RuntimeFailure;
    }
    const int rounds = quick ? 2 : 5;
    printLine(out, QStringLiteral(
                       "# loopback simulator: %1 nodes, user %2, %3 rounds of streaming probes (4 tokens);"
                       " errors are |measured - injected|")
                       .arg(sim.nodes().size())
                       .arg(sim.userLabel())
                       .arg(rounds));
    const Errors fresh = probeErrors(sim, false, rounds);
    const Errors reused = probeErrors(sim, true, rounds);
    line(out, "probe_first_byte_error_median_fresh", median(fresh.firstByte), "ms");
    line(out, "probe_first_token_error_median_fresh", median(fresh.ttft), "ms");
    line(out, "probe_first_byte_error_median_reuse", median(reused.firstByte), "ms");
    line(out, "probe_first_token_error_median_reuse", median(reused.ttft), "ms");
    line(out, "probe_samples", static_cast<double>(fresh.firstByte.size() + reused.firstByte.size()),
         "probes");
    const QString curl = QStandardPaths::findExecutable(QStringLiteral("curl"));
    if (curl.isEmpty()) {
        printLine(out, QStringLiteral("# curl command line not found: comparison skipped"));
    } else {
        const std::vector<double> c = curlErrors(sim, curl, rounds);
        line(out, "curl_cli_first_byte_error_median", median(c), "ms");
        line(out, "curl_cli_samples", static_cast<double>(c.size()), "runs");
        const double mc = median(c);
        if (mc > 0)
            line(out, "probe_over_curl_first_byte_error_ratio", median(fresh.firstByte) / mc, "x");
    }

    const int seconds = quick ? 10 : 60;
    printLine(
        out,
        QStringLiteral("# load: 1000 targets (health), 1 s interval, %1 s, reused connections").arg(seconds));
    const Load l = load(sim, 1000, seconds, true);
    line(out, "load_prober_thread_cpu", l.cpuPercent, "%core");
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
