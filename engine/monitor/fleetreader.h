// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmrules.h"
#include "engine/monitor/monitortargets.h"
#include "engine/probe/promanswer.h"
#include "engine/probe/prometheus.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>
#include <vector>

namespace ea {

/**
 * One route of a fleet of probe agents: from an agent's vantage to a scenario node, as Prometheus holds it
 * (the agents' labels vantage, vantage_lat, vantage_lon, vantage_region and node; see `edgeatlas probe
 * --serve`), joined to what the model predicts for it. Times in ms; < 0 where unknown.
 */
struct FleetRoute
{
    QString vantage;       // the agent's vantage name ("" when its series carry none)
    QString vantageRegion; // the demand region it stands in ("" when placed by lat/lon)
    double vantageLat = 0, vantageLon = 0;
    bool placed = false; // the agent said where it stands (a region of the scenario, or lat/lon)
    QString nodeId;
    /** The prediction from this vantage (RttModel::forScenario via nodeTarget()) and the node's SLO;
     * target.node < 0 when the scenario has no such node, no model when the route has no place. */
    MonitorTarget target;

    double p50Ms = -1, upperMs = -1; // measured request RTT: median and the chosen percentile (histograms)
    double meanMs = -1;              // mean request RTT over the window (the histograms' sum / count)
    double sloValueMs = -1;          // the SLO's percentile of the SLO's measured value over the window
    double okProbes = 0, failedProbes = 0;       // in the window (Prometheus' increase(): may be fractional)
    double recentOkProbes = 0, recentFailed = 0; // in the recent window (FleetReader::recentSeconds())
    QString recentFailState;                     // the most frequent failure state there (probeStateId())
    /** When Prometheus last scraped the agent's series (ms since the Unix epoch); -1 unknown or gone (an
     * agent that stopped answering gets Prometheus' staleness marker, so its series have no newest sample).
     */
    qint64 lastSeenMs = -1;

    AlarmRules::State alarm; // the alarm rules' state after the reading (FleetAlarms)

    /** Measured median minus the model; NaN when either is unknown. */
    double residualMs() const;
    /** The route's id in alarms: "VANTAGE → NODE". */
    QString id() const;
    /**
     * What holds for the route: "unknown_node" (the scenario has no such node), "no_data" (fewer successful
     * probes in the window than the band rule needs, and no fault), else the standing alarms "fault",
     * "outside_band", "slo_breach", or "ok" when none holds.
     */
    QStringList states() const;
};

/** What `edgeatlas fleet` and the Monitor's fleet mode ask Prometheus. */
struct FleetQuery
{
    QString baseUrl;          // e.g. "http://127.0.0.1:9090" (a path prefix is kept)
    qint64 windowS = 300;     // the statistics window, seconds (>= 1)
    double percentile = 0.95; // the upper quantile shown beside the median, in (0, 1)
    QString match;            // extra PromQL label matchers for every query, e.g. vantage="paris"
    int timeoutMs = 10000;    // per HTTP request
    /** Sent as "Authorization: Bearer ..." (held in memory only; the GUI reads it from an environment
     * variable the user names, never from its settings). */
    QByteArray bearerToken;
};

/** One reading of the fleet. On failure routes is empty and error says why in one line. */
struct FleetReading
{
    enum class Status { Ok, Empty, Failed };
    Status status = Status::Failed;
    QString error;
    std::vector<FleetRoute> routes; // ordered by vantage, then node id
    qint64 timeMs = 0;              // the query time (ms since the Unix epoch)
    bool ok() const { return status == Status::Ok; }
};

/**
 * Reads every route's measured latency from Prometheus' HTTP API (instant queries of histogram_quantile()
 * and increase() over the window, through PrometheusClient) and joins each (vantage, node) route to the
 * model's prediction from that vantage. Synchronous: run it off the GUI thread; const and callable from any
 * thread. Errors are states, never exceptions: Prometheus unreachable, an HTTP or query error, a malformed
 * answer (FleetReading::Status::Failed) and no series at all (Status::Empty) each come back with one line.
 */
class FleetReader
{
    Q_DECLARE_TR_FUNCTIONS(ea::FleetReader)

public:
    /**
     * evaluator, when given, is of the scenario (a PlanSnapshot's pair): routes from a demand region then get
     * the planner's network RTT (its last mile included), as the Monitor and the simulator have it; without
     * one, nodeTarget()'s own from the region's place.
     */
    FleetReader(std::shared_ptr<const Scenario> scenario, FleetQuery query,
                std::shared_ptr<const Evaluator> evaluator = nullptr);

    /** The recent window of the fault rule: min(window, 60 s). */
    qint64 recentSeconds() const;
    /** The PromQL selector of the agents' series: {node!="", <match>}. */
    QString selector() const;
    /** The PromQL of when each route's series were last scraped (seconds since the epoch). */
    QString lastSeenQuery() const;
    /** The PromQL of a quantile of the request RTT over the window, per route. */
    QString quantileQuery(double q,
                          const QString &metric = QStringLiteral("edgeatlas_probe_request_rtt_ms")) const;

    /** Queries Prometheus at nowMs (ms since the Unix epoch). cancel, when set, stops between queries. */
    FleetReading read(qint64 nowMs, const std::atomic<bool> *cancel = nullptr) const;

    /**
     * The join without a server: routes from the answers of each query (exposed for tests). states is the
     * answer of the window's probe counts by state, which names every route; the others may lack routes.
     */
    std::vector<FleetRoute> join(const std::vector<PromSeries> &states, const std::vector<PromSeries> &recent,
                                 const std::vector<PromSeries> &p50, const std::vector<PromSeries> &upper,
                                 const std::vector<PromSeries> &mean,
                                 const std::vector<std::pair<double, std::vector<PromSeries>>> &slo) const;
    /** The same join on the compact answers read() takes (interned route keys, no string per series). */
    std::vector<FleetRoute> join(const PromAnswer &states, const PromAnswer &recent, const PromAnswer &p50,
                                 const PromAnswer &upper, const PromAnswer &mean,
                                 const std::vector<std::pair<double, PromAnswer>> &slo,
                                 const PromAnswer *lastSeen = nullptr) const;

    const FleetQuery &query() const { return m_query; }

private:
    std::shared_ptr<const Scenario> m_scenario;
    FleetQuery m_query;
    std::shared_ptr<const Evaluator> m_evaluator;
};

/**
 * The alarm rules of the single-vantage monitor (AlarmRules), evaluated per route across readings, so a
 * route's band and SLO alarms have the same hysteresis: fault when the recent window's probes all failed
 * (recovered when one succeeds), outside the model's band on the window's median request RTT, SLO breach on
 * the SLO's percentile. One thread.
 */
class FleetAlarms
{
public:
    /** Applies the rules to every route (fills FleetRoute::alarm); the alarms raised by this reading. */
    std::vector<Alarm> update(FleetReading &reading);

private:
    QHash<QString, AlarmRules::State> m_states; // route id → state
};

/**
 * A duration as Prometheus writes one: "30s", "5m", "1h", "1d" or plain seconds ("90"); whole seconds >= 1.
 * Nothing when malformed.
 */
std::optional<qint64> parseDurationSeconds(const QString &text);

} // namespace ea
