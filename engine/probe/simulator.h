// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/latency/rttmodel.h"
#include "engine/model/scenario.h"
#include "engine/probe/loopbackserver.h"

#include <QCoreApplication>
#include <QHash>

#include <memory>
#include <optional>
#include <random>

namespace ea {

struct SimulatorOptions
{
    QStringList nodeIds; // the nodes to serve; empty = `count` nodes picked by pickNodes()
    int count = 12;
    std::optional<double> userLon, userLat; // the simulated user's location
    QString regionId;     // …or a demand region's (when no lon/lat); both empty = the heaviest region
    QString workloadId;   // model, precision and token counts; empty = the first interactive workload
    double jitter = 0;    // relative standard deviation of every delay (0 = exact)
    double timeScale = 1; // every delay is multiplied by this (0.1 = ten times faster)
    quint32 seed = 1;
};

/** The modeled latency of one served node for the simulated user. Times in ms, before time scale. */
struct SimulatedNode
{
    QString id, name;
    Tier tier = Tier::Edge;
    QString gpu;
    double networkRttMs = 0;  // user access + RttModel, one round trip
    double computeTtftMs = 0; // prefill + first decode step (ComputeModel at batch 1)
    double tpotMs = 0;        // per further output token
    int outputTokens = 0;     // default answer length (the workload's), capped by a request's max_tokens
    bool fits = true;         // false: the model does not fit the node's GPU; the node answers 503
};

/**
 * A loopback deployment of a scenario's nodes whose OpenAI-compatible endpoints answer with the delays
 * the latency model predicts for one user location (DESIGN.md: `edgeatlas simulate`). URL scheme, under
 * http://HOST:PORT:
 *
 *   POST /nodes/<node-id>/v1/chat/completions   OpenAI chat completions; "stream": true answers with
 *        server-sent events: headers and the role chunk after the network RTT, the first token after
 *        RTT + the compute TTFT, then one token per TPOT, the finish chunk and "data: [DONE]".
 *        Answer length: the request's max_tokens, at most the workload's output tokens.
 *   GET  /nodes/<node-id>/health                 {"status":"ok"} after the network RTT
 *   ANY  /faults/<fault>/…                       a fault (simFaultIds(): http-404, http-503, malformed,
 *        stall, close-early, no-done, no-answer), for demos and tests of the monitor
 *
 * Loopback connects take microseconds: connection set-up (TCP/TLS handshakes) is not delayed, only the
 * request's round trip, the compute time and the token stream are. Runs on a LoopbackServer thread, so
 * the app can host it in-process; start()/stop() from one thread.
 */
class SimulatedDeployment
{
    Q_DECLARE_TR_FUNCTIONS(ea::SimulatedDeployment) // its configuration problems are shown to people

public:
    SimulatedDeployment(std::shared_ptr<const Scenario> scenario, SimulatorOptions options);
    ~SimulatedDeployment();

    /** Resolves nodes, user location and workload; false with one line per problem. */
    bool configure(QStringList *errors);
    bool start(const QString &host, quint16 port, QString *error);
    void stop();

    const std::vector<SimulatedNode> &nodes() const { return m_nodes; }
    const SimulatorOptions &options() const { return m_options; }
    QString userLabel() const { return m_userLabel; }
    QString workloadId() const { return m_workload; }
    QString baseUrl() const;
    QString chatUrl(const QString &nodeId) const;
    QString healthUrl(const QString &nodeId) const;
    QString faultUrl(const QString &faultId) const;
    /** The scenario with the served nodes' endpoint set to their chat URL (others unchanged). */
    Scenario scenarioWithEndpoints() const;
    const LoopbackServer *server() const { return m_server.get(); }

    /**
     * The nodes to serve when none are named: the `count` nodes with the lowest modeled RTT to the user,
     * taken from the tiers in turn (edge, regional, central, on-premises) so every tier is represented.
     */
    static std::vector<int> pickNodes(const Scenario &s, const RttModel &rtt, double lon, double lat,
                                      int count);

private:
    ResponsePlan handle(const HttpRequest &req);
    double jittered(double ms);

    std::shared_ptr<const Scenario> m_scenario;
    SimulatorOptions m_options;
    std::vector<SimulatedNode> m_nodes;
    QHash<QString, int> m_byId;
    QString m_userLabel, m_workload, m_model;
    std::unique_ptr<LoopbackServer> m_server;
    QString m_host;
    std::mt19937 m_rng; // server thread only
    std::normal_distribution<double> m_gauss{0.0, 1.0};
};

} // namespace ea
