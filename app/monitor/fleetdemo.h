// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/model/scenario.h"

#include <QObject>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <vector>

class QProcess;

namespace ea {

/** What `edgeatlas --simulate-fleet N` starts. */
struct FleetDemoOptions
{
    int vantages = 6;           // probe agents, each at its own demand region
    int nodesPerVantage = 10;   // each agent's simulator serves the nodes nearest to its vantage
    QString program;            // the edgeatlas executable (default: this program)
    QString prometheus;         // the prometheus executable (default: found on PATH)
    int scrapeIntervalS = 1;    // Prometheus' scrape interval of the agents
    double jitter = 0.08;       // the simulators' jitter
    int startTimeoutMs = 60000; // for every process to come up
};

/**
 * A fleet of probe agents on this computer, for the Monitor's fleet mode without a network: per vantage
 * (demand regions of the scenario spread over the world, the most populous first) one `edgeatlas simulate`
 * deployment answering with the delays the model predicts from that vantage and one `edgeatlas probe --serve
 * --vantage` agent probing it every second; then a real Prometheus (the Debian binary, a loopback port, a
 * temporary data folder, a configuration of packaging/prometheus/prometheus.yml's shape) scraping them.
 * Starts without blocking (each step waits for the previous one's processes to say they are up) and says
 * ready() with the server's URL, or failed(). stop() (and the destructor) stops every process and removes the
 * temporary folder; the processes also die with this one (PR_SET_PDEATHSIG).
 */
class FleetDemo : public QObject
{
    Q_OBJECT
public:
    explicit FleetDemo(QObject *parent = nullptr);
    ~FleetDemo() override;

    /** The n demand regions the agents stand in: spread out among the most populous (farthest-point). */
    static std::vector<int> spreadRegions(const Scenario &scenario, int n);

    /** Starts; false (with why) when it cannot even begin (no prometheus binary, no regions, …). */
    bool start(std::shared_ptr<const Scenario> scenario, const FleetDemoOptions &options, QString *error);
    void stop();

    bool isReady() const { return !m_url.isEmpty(); }
    QString prometheusUrl() const { return m_url; }
    /** The agents' vantage names (their demand region ids). */
    QStringList vantages() const { return m_vantages; }
    QString folder() const { return m_dir ? m_dir->path() : QString(); }
    /** Processes started and not yet finished. */
    int runningProcesses() const;
    /** Every process's id (for tests that check they are gone). */
    QList<qint64> processIds() const { return m_pids; }

signals:
    void ready(const QString &prometheusUrl);
    void failed(const QString &message);
    /** A step of the start-up, for a status line. */
    void progress(const QString &text);

private:
    QProcess *spawn(const QString &program, const QStringList &args);
    void onOutput(QProcess *p);
    void startAgents();
    void startPrometheus();
    void fail(const QString &message);

    FleetDemoOptions m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::vector<QProcess *> m_sims, m_agents;
    QProcess *m_prometheus = nullptr;
    std::vector<QByteArray> m_output; // per process (index by property)
    QStringList m_vantages, m_agentAddresses;
    QList<qint64> m_pids;
    QString m_url;
    int m_simsUp = 0, m_agentsUp = 0, m_promTries = 0;
    quint16 m_promPort = 0;
    bool m_failed = false;
};

} // namespace ea
