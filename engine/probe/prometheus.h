// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/probe/probetypes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>

#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace ea {

class PromAnswer; // engine/probe/promanswer.h

/** Label pairs of a series, in order (names as Prometheus allows them; values escaped when written). */
using PromLabels = std::vector<std::pair<QString, QString>>;
/** The labels as the text format writes them inside braces: a="x",b="y" (values escaped); "" when none. */
QByteArray promLabelText(const PromLabels &labels);

/** Values derived from a probe result by the monitor's definitions (engine/monitor); < 0: not observed. */
struct ProbeDerivedValues
{
    double requestRttMs = -1;
    double sloMs = -1;
};

/**
 * Probe results as Prometheus metrics in the text exposition format (version 0.0.4), for the headless
 * probe agent (`edgeatlas probe --scenario S --serve HOST:PORT`, DESIGN.md "Scale-out"). Per target,
 * labelled target="<id>",url="<url>":
 *
 *   edgeatlas_probe_first_byte_ms   histogram of the first byte of Ok probes (ms)
 *   edgeatlas_probe_ttft_ms         histogram of the time to first token of Ok streaming probes (ms)
 *   edgeatlas_probe_total_ms        histogram of the whole transfer of Ok probes (ms)
 *   edgeatlas_probe_request_rtt_ms  histogram of the request's own round trip (the Monitor's definition,
 *                                   requestRttMs() in engine/monitor; given by the caller to record())
 *   edgeatlas_probe_slo_ms          histogram of the value the target's SLO is judged on (sloMeasuredMs();
 *                                   given by the caller, for targets that have an SLO)
 *   edgeatlas_probe_total           counter of probes by state (label state = probeStateId())
 *   edgeatlas_probe_last_first_byte_ms  gauge: the first byte of the target's latest Ok probe
 *   edgeatlas_probe_last_timestamp_seconds  gauge: start of the target's latest probe (Unix time)
 *
 * Where the agent stands (its vantage: name, place, demand region) can be given as labels common to every
 * series (setCommonLabels()), and a target's scenario node as labels of its own (setTargetLabels()), so a
 * PromQL query joins measured latency to the plan's geography (engine/monitor/fleetreader.h reads them).
 *
 * Memory is bounded: fixed buckets per target and at most maxTargets targets (results of further
 * targets only count in edgeatlas_probe_dropped_results_total). Thread-safe: record() from the prober
 * thread while exposition() serves a scrape from another.
 */
class ProbeMetrics
{
public:
    /** Upper bounds in ms: 1, 2.5, 5, 10, 15, 25, 35, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2000, 5000,
     * 10000. */
    static const std::vector<double> &defaultBucketsMs();

    explicit ProbeMetrics(std::vector<double> bucketsMs = defaultBucketsMs(), int maxTargets = 10000);
    ~ProbeMetrics();

    /** Labels put first on every series (the agent's vantage); call before the first record(). */
    void setCommonLabels(const PromLabels &labels);
    /** Labels of one target's series after target and url (its node id); call before its first record(). */
    void setTargetLabels(const QString &targetId, const PromLabels &labels);

    void record(const ProbeResult &r, const ProbeDerivedValues &derived = {});
    /**
     * The exposition text. With stats, the prober's own counters follow (probes started, completed,
     * missed intervals, in flight, prober thread CPU seconds).
     */
    QByteArray exposition(const ProbeStats *stats = nullptr) const;
    int targetCount() const;
    const std::vector<double> &bucketsMs() const { return m_buckets; }

    /** The HTTP Content-Type of exposition(). */
    static QByteArray contentType() { return "text/plain; version=0.0.4; charset=utf-8"; }
    /** A label value escaped for the text format: backslash, double quote and line feed. */
    static QByteArray escapeLabelValue(const QString &v);

private:
    struct Target;
    std::vector<double> m_buckets;
    int m_maxTargets;
    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<Target>> m_targets; // in order of first appearance
    QHash<QString, int> m_index;
    QByteArray m_common;                      // promLabelText() of the common labels, "" when none
    QHash<QString, QByteArray> m_targetExtra; // target id → its own labels' text
    quint64 m_dropped = 0;
};

/** One sample line of the text format, parsed (for tests, and for reading an agent's /metrics directly). */
struct PromTextSample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

/**
 * Parses the text exposition format: sample lines with optional labels (escapes undone) and an optional
 * timestamp; comment, HELP and TYPE lines are skipped. Nothing on error, with "line N: reason".
 */
std::optional<std::vector<PromTextSample>> parsePromText(const QByteArray &text, QString *error);

/** One series of a Prometheus query result: its labels and (time ms, value) points, oldest first. */
struct PromSeries
{
    QMap<QString, QString> labels;
    std::vector<std::pair<qint64, double>> points;
};

/**
 * Reads from a Prometheus server's HTTP API (/api/v1/query_range and /api/v1/query) with libcurl, so
 * the monitor can show latency history gathered by many agents. Each call is synchronous and uses its own
 * transfer: callable from any thread (run it off the GUI thread). Errors come back as one line: the
 * server unreachable, an HTTP error, Prometheus' own `"status":"error"` (its errorType and error), or a
 * malformed answer. Values "NaN", "+Inf" and "-Inf" are kept as such.
 */
class PrometheusClient
{
    Q_DECLARE_TR_FUNCTIONS(ea::PrometheusClient) // its errors are shown in the Monitor

public:
    explicit PrometheusClient(int timeoutMs = 10000);
    /**
     * Sends "Authorization: Bearer TOKEN" with every request (empty: none). TLS peers are always verified
     * (libcurl's default, never turned off here).
     */
    void setBearerToken(const QByteArray &token) { m_bearer = token; }

    /** baseUrl like "http://127.0.0.1:9090" (a path prefix is kept); step in seconds, > 0. */
    std::optional<std::vector<PromSeries>> queryRange(const QString &baseUrl, const QString &promql,
                                                      qint64 startMs, qint64 endMs, double stepS,
                                                      QString *error) const;
    /** An instant query at timeMs (a vector or scalar result: one point per series). */
    std::optional<std::vector<PromSeries>> query(const QString &baseUrl, const QString &promql, qint64 timeMs,
                                                 QString *error) const;

    /** query() into the compact form (PromAnswer::parse()): for answers of many series. */
    std::optional<PromAnswer> queryAnswer(const QString &baseUrl, const QString &promql, qint64 timeMs,
                                          QString *error) const;
    /** queryRange() into the compact form. */
    std::optional<PromAnswer> queryRangeAnswer(const QString &baseUrl, const QString &promql, qint64 startMs,
                                               qint64 endMs, double stepS, QString *error) const;

    /** Parses an API answer (exposed for tests). */
    static std::optional<std::vector<PromSeries>> parseResponse(const QByteArray &body, long httpStatus,
                                                                QString *error);

private:
    std::optional<std::vector<PromSeries>> get(const QString &url, QString *error) const;
    /** The answer's body and HTTP status; false with error when the transfer failed. */
    bool fetch(const QString &url, QByteArray *body, long *status, QString *error) const;
    static std::optional<QString> rangeUrl(const QString &baseUrl, const QString &promql, qint64 startMs,
                                           qint64 endMs, double stepS, QString *error);
    static QString instantUrl(const QString &baseUrl, const QString &promql, qint64 timeMs);
    int m_timeoutMs;
    QByteArray m_bearer;
};

} // namespace ea
