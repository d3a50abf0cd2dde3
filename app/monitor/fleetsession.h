// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmlog.h"
#include "engine/monitor/fleetsnapshot.h"

#include <QObject>
#include <QTimer>

#include <memory>
#include <thread>

namespace ea {

class Document;
class FleetAlarms;

/**
 * The Monitor's fleet mode without widgets: connected to a Prometheus server, it reads every probe agent's
 * routes (FleetReader, engine/monitor) every few seconds as a job of the document's runner (lane "fleet",
 * off the GUI thread), evaluates the alarm rules per route there (FleetAlarms) and sums the reading up
 * (buildFleetSnapshot); the GUI thread only takes the finished snapshot and adds the raised alarms to the
 * log. A refresh is skipped while the previous one is still running, so a slow server never piles up
 * queries. States: disconnected, connecting (no answer yet), ok, empty (no agent's series), failed
 * (unreachable, HTTP or query error, malformed answer; the last good routes stay shown); stale vantages
 * are counted in the snapshot. GUI thread only.
 */
class FleetSession : public QObject
{
    Q_OBJECT
public:
    enum class Status { Disconnected, Connecting, Ok, Empty, Failed };
    static constexpr int DefaultRefreshMs = 5000;

    explicit FleetSession(Document *document, QObject *parent = nullptr);
    ~FleetSession() override;

    /**
     * Connects to a Prometheus base URL (http or https; TLS peers verified). tokenVariable, when not empty,
     * names the environment variable holding a bearer token (read now, kept in memory only). False with a
     * reason naming the field when the URL is malformed or the variable is unset.
     */
    bool connectTo(const QString &url, const QString &tokenVariable, QString *error = nullptr);
    void disconnectFrom();
    bool isConnected() const { return m_status != Status::Disconnected; }
    QString url() const { return m_query.baseUrl; }
    /** What the readings ask (URL, token, window, percentile): for other queries of the same fleet. */
    const FleetQuery &query() const { return m_query; }

    qint64 windowS() const { return m_query.windowS; }
    void setWindowS(qint64 seconds);
    double percentile() const { return m_query.percentile; }
    void setPercentile(double q);
    int refreshMs() const { return m_timer.interval(); }
    void setRefreshMs(int ms);
    /** A vantage is stale when its series are older than this (default: 3 scrape intervals of 5 s); 0 off.
     * A change reads the fleet again. */
    qint64 staleAfterMs() const { return m_staleAfterMs; }
    void setStaleAfterMs(qint64 ms);
    /** Reads now (unless a reading is already running). */
    void refresh();

    Status status() const { return m_status; }
    /** One line for the status bar: what holds and since when. */
    QString statusText() const;
    QString error() const { return m_error; }
    /** The newest snapshot with routes (kept while a later reading failed); null before the first. */
    FleetSnapshotPtr snapshot() const { return m_snapshot; }
    /** Every alarm the fleet raised, newest first. */
    const AlarmLog *alarmLog() const { return &m_log; }
    /** How many readings were delivered. */
    quint64 readings() const { return m_readings; }
    /** The thread the last reading ran on (never the GUI thread). */
    std::thread::id lastReadThread() const { return m_readThread; }
    /** GUI-thread time of taking the last reading in (ns), and the longest so far. */
    qint64 lastApplyNs() const { return m_applyNs; }
    /** The worker's time of the last reading (query, join, alarms, summary), ns. */
    qint64 lastWorkNs() const { return m_workNs; }
    qint64 maxApplyNs() const { return m_maxApplyNs; }

    /** The scenario-file-free Prometheus URL check of connectTo() (exposed for the dialog). */
    static bool validUrl(const QString &url, QString *error);

signals:
    /** A reading was taken in (a new snapshot, or a failure). */
    void updated();
    void statusChanged(ea::FleetSession::Status status);

private:
    struct Result
    {
        FleetSnapshotPtr snapshot;
        std::thread::id thread;
        qint64 workNs = 0;
    };
    void deliver(Result result);
    void setStatus(Status status);

    Document *m_document;
    FleetQuery m_query;
    QTimer m_timer;
    Status m_status = Status::Disconnected;
    QString m_error;
    FleetSnapshotPtr m_snapshot;
    std::shared_ptr<FleetAlarms> m_alarms; // touched only by the fleet lane's jobs (one at a time)
    AlarmLog m_log;
    qint64 m_staleAfterMs = 15000;
    qint64 m_lastOkMs = 0;
    quint64 m_generation = 0;
    quint64 m_runningGeneration = 0; // bumped on connect/disconnect/query change: older readings are dropped
    quint64 m_readings = 0;
    std::thread::id m_readThread;
    qint64 m_applyNs = 0, m_maxApplyNs = 0, m_workNs = 0;
};

} // namespace ea
