// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated deployment: delays from the latency model, OpenAI-format streams, faults, many streams.
#include "engine/latency/computemodel.h"
#include "engine/model/scenariojson.h"
#include "engine/probe/chatstream.h"
#include "engine/probe/prober.h"
#include "engine/probe/simulator.h"

#include <QTest>

#include <set>

using namespace ea;

namespace {
std::shared_ptr<const Scenario> defaultScenario()
{
    static const std::shared_ptr<const Scenario> s = [] {
        const ScenarioLoad l = loadDefaultScenario();
        return l.scenario ? std::make_shared<const Scenario>(*l.scenario) : nullptr;
    }();
    return s;
}

ProbeTarget chat(const QString &url, int maxTokens)
{
    ProbeTarget t;
    t.id = url;
    t.url = url;
    t.kind = ProbeKind::ChatStream;
    t.maxTokens = maxTokens;
    return t;
}
} // namespace

class TestSimulator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(defaultScenario()); }

    void picksNodesOfEveryTierNearTheUser()
    {
        SimulatorOptions o;
        o.count = 8;
        o.userLat = 1.29; // Singapore
        o.userLon = 103.85;
        SimulatedDeployment sim(defaultScenario(), o);
        QStringList errors;
        QVERIFY2(sim.configure(&errors), qPrintable(errors.join(QLatin1Char('\n'))));
        QCOMPARE(sim.nodes().size(), size_t(8));
        std::set<Tier> tiers;
        for (const SimulatedNode &n : sim.nodes()) {
            tiers.insert(n.tier);
            QVERIFY(n.networkRttMs > 0);
            if (n.fits)
                QVERIFY(n.computeTtftMs > 0 && n.tpotMs > 0);
        }
        QVERIFY(tiers.size() >= 3);
        // The nearest edge node of a Singapore user is far closer than the farthest pick.
        const auto [lo, hi] =
            std::minmax_element(sim.nodes().begin(), sim.nodes().end(),
                                [](const auto &a, const auto &b) { return a.networkRttMs < b.networkRttMs; });
        QVERIFY(lo->tier == Tier::Edge || lo->networkRttMs < 20);
        QVERIFY(hi->networkRttMs > lo->networkRttMs);
    }

    void delaysMatchTheModel()
    {
        // Time scale 0.2 keeps the test short; jitter 0 makes the expected times exact.
        const Scenario &s = *defaultScenario();
        SimulatorOptions o;
        o.regionId = s.regions.front().id;
        o.timeScale = 0.2;
        o.count = 4;
        SimulatedDeployment sim(defaultScenario(), o);
        QString error;
        QVERIFY2(sim.start(QStringLiteral("127.0.0.1"), 0, &error), qPrintable(error));
        std::vector<ProbeTarget> targets;
        for (const SimulatedNode &n : sim.nodes()) {
            ProbeTarget h;
            h.id = n.id + QStringLiteral("/health");
            h.url = sim.healthUrl(n.id);
            targets.push_back(h);
            ProbeTarget c = chat(sim.chatUrl(n.id), 4);
            c.id = n.id;
            targets.push_back(c);
        }
        const auto results = Prober::probe(targets, {});
        QCOMPARE(results.size(), targets.size());
        // Never early (the delays are injected exactly); late only by the machine's scheduling, which on a
        // loaded 2-core machine under the sanitizers reaches tens of ms for one probe: the typical (median)
        // excess must stay small, a single one may be late.
        std::vector<double> excess;
        const auto check = [&excess](const QString &, double measured, double expected) {
            excess.push_back(measured - expected);
            return measured >= expected - 0.05 && measured < expected + 400;
        };
        for (const ProbeResult &r : results) {
            const bool health = r.targetId.endsWith(QLatin1String("/health"));
            const QString id = health ? r.targetId.chopped(7) : r.targetId;
            const auto n = std::find_if(sim.nodes().begin(), sim.nodes().end(),
                                        [&](const auto &x) { return x.id == id; });
            QVERIFY(n != sim.nodes().end());
            if (!n->fits) {
                QCOMPARE(r.state, health ? ProbeState::Ok : ProbeState::HttpError);
                continue;
            }
            QCOMPARE(r.state, ProbeState::Ok);
            const double fb = n->networkRttMs * o.timeScale;
            QVERIFY2(check(r.targetId, r.firstByteMs, fb),
                     qPrintable(QStringLiteral("%1: %2 vs %3").arg(r.targetId).arg(r.firstByteMs).arg(fb)));
            if (!health) {
                QCOMPARE(r.tokens, std::min(4, n->outputTokens));
                const double ttft = (n->networkRttMs + n->computeTtftMs) * o.timeScale;
                QVERIFY2(check(r.targetId, r.ttftMs, ttft),
                         qPrintable(QStringLiteral("%1: %2 vs %3").arg(r.targetId).arg(r.ttftMs).arg(ttft)));
            }
        }
        std::sort(excess.begin(), excess.end());
        const double medianExcess = excess[excess.size() / 2];
        qInfo("measured minus modeled delay: median %.2f ms, largest %.2f ms", medianExcess, excess.back());
        QVERIFY2(medianExcess < 40, qPrintable(QString::number(medianExcess)));
    }

    void jitterVariesTheDelays()
    {
        // Jitter 0.3: each request's delays are scaled by a factor around 1 (clamped to 0.2..3).
        SimulatorOptions o;
        o.count = 1;
        o.jitter = 0.3;
        o.userLat = 40.71; // New York
        o.userLon = -74.0;
        SimulatedDeployment sim(defaultScenario(), o);
        QVERIFY(sim.start(QStringLiteral("127.0.0.1"), 0, nullptr));
        const SimulatedNode &n = sim.nodes().front();
        ProbeTarget t;
        t.id = n.id;
        t.url = sim.healthUrl(n.id);
        ProbeSettings s;
        s.intervalMs = 1;
        const auto results = Prober::probe({t}, s, 20);
        QCOMPARE(results.size(), size_t(20));
        double lo = 1e9, hi = 0;
        for (const ProbeResult &r : results) {
            QCOMPARE(r.state, ProbeState::Ok);
            lo = std::min(lo, r.firstByteMs);
            hi = std::max(hi, r.firstByteMs);
        }
        QVERIFY2(hi - lo > 0.1 * n.networkRttMs, qPrintable(QStringLiteral("%1..%2").arg(lo).arg(hi)));
        QVERIFY(lo >= 0.2 * n.networkRttMs - 0.05);
    }

    void faultsAndUnknownPaths()
    {
        SimulatorOptions o;
        o.count = 1;
        o.timeScale = 0.1;
        SimulatedDeployment sim(defaultScenario(), o);
        QVERIFY(sim.start(QStringLiteral("127.0.0.1"), 0, nullptr));
        const std::vector<std::pair<QString, ProbeState>> expected{
            {QStringLiteral("http-404"), ProbeState::HttpError},
            {QStringLiteral("http-503"), ProbeState::HttpError},
            {QStringLiteral("malformed"), ProbeState::MalformedStream},
            {QStringLiteral("stall"), ProbeState::Stalled},
            {QStringLiteral("close-early"), ProbeState::ClosedEarly},
            {QStringLiteral("no-done"), ProbeState::ClosedEarly},
            {QStringLiteral("no-answer"), ProbeState::Timeout}};
        QCOMPARE(simFaultIds().size(), qsizetype(expected.size()));
        std::vector<ProbeTarget> targets;
        for (const auto &[id, state] : expected) {
            ProbeTarget t = chat(sim.faultUrl(id), 8);
            t.id = id;
            targets.push_back(t);
        }
        targets.push_back(chat(sim.baseUrl() + QStringLiteral("/nodes/no-such-node/v1/chat/completions"), 8));
        ProbeSettings s;
        s.timeoutMs = 300;
        s.stallMs = 300;
        const auto results = Prober::probe(targets, s);
        QCOMPARE(results.size(), targets.size());
        for (const ProbeResult &r : results) {
            const auto it = std::find_if(expected.begin(), expected.end(),
                                         [&](const auto &e) { return e.first == r.targetId; });
            const ProbeState want = it == expected.end() ? ProbeState::HttpError : it->second;
            QVERIFY2(r.state == want, qPrintable(r.targetId + QStringLiteral(": ") + probeStateId(r.state)));
        }
    }

    void scenarioCopyPointsAtTheSimulator()
    {
        SimulatorOptions o;
        o.nodeIds = {defaultScenario()->nodes[0].id, defaultScenario()->nodes[1].id};
        SimulatedDeployment sim(defaultScenario(), o);
        QVERIFY(sim.start(QStringLiteral("127.0.0.1"), 0, nullptr));
        const Scenario copy = sim.scenarioWithEndpoints();
        QCOMPARE(copy.nodes[0].endpoint, sim.chatUrl(o.nodeIds[0]));
        QVERIFY(copy.nodes[0].endpoint.startsWith(QLatin1String("http://127.0.0.1:")));
        QVERIFY(copy.nodes[2].endpoint.isEmpty());
        QStringList problems;
        validateScenario(copy, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        // The copy survives a round trip through JSON (what `simulate --write-scenario` writes).
        const ScenarioLoad back = parseScenario(scenarioToJson(copy));
        QVERIFY(back.ok());
        QCOMPARE(back.scenario->nodes[1].endpoint, sim.chatUrl(o.nodeIds[1]));
    }

    void badOptionsAreReported()
    {
        SimulatorOptions o;
        o.nodeIds = {QStringLiteral("no-such-node")};
        o.regionId = QStringLiteral("no-such-region");
        o.workloadId = QStringLiteral("no-such-workload");
        SimulatedDeployment sim(defaultScenario(), o);
        QStringList errors;
        QVERIFY(!sim.configure(&errors));
        QCOMPARE(errors.size(), 3);
        QVERIFY(errors.join(QLatin1Char(' ')).contains(QLatin1String("no-such-node")));
    }

    void manyConcurrentStreamsOnOneThread()
    {
        // 300 streams at once, each with 10 tokens: one server thread with timers, no thread per stream.
        SimulatorOptions o;
        o.count = 3;
        o.timeScale = 0.05;
        o.jitter = 0.1;
        SimulatedDeployment sim(defaultScenario(), o);
        QVERIFY(sim.start(QStringLiteral("127.0.0.1"), 0, nullptr));
        std::vector<ProbeTarget> targets;
        for (int i = 0; i < 300; ++i) {
            const SimulatedNode &n = sim.nodes()[i % 3];
            ProbeTarget t = chat(sim.chatUrl(n.id), 10);
            t.id = QStringLiteral("s%1").arg(i);
            targets.push_back(t);
        }
        ProbeSettings s;
        s.concurrency = 300;
        const auto results = Prober::probe(targets, s);
        QCOMPARE(results.size(), size_t(300));
        int ok = 0;
        for (const ProbeResult &r : results)
            ok += r.state == ProbeState::Ok && r.tokens == std::min(10, sim.nodes()[0].outputTokens) ? 1 : 0;
        int fitting = 0;
        for (int i = 0; i < 300; ++i)
            fitting += sim.nodes()[i % 3].fits ? 1 : 0;
        QCOMPARE(ok, fitting);
        QVERIFY(sim.server()->connectionsAccepted() >= 250); // they really ran side by side
    }
};

QTEST_GUILESS_MAIN(TestSimulator)
#include "tst_simulator.moc"
