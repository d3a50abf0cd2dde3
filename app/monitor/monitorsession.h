// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitorstate.h"
#include "engine/plan/plansnapshot.h"
#include "engine/probe/probesession.h"
#include "engine/probe/simulator.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ea {

class AlarmModel;
class AlarmSummaryModel;
class Document;
class ProbeTableModel;

/**
 * The live monitor's work, without widgets: it keeps the targets' predictions in step with the document
 * and the vantage point, runs the prober (ProbeSession, on its own thread) and the in-process simulated
 * deployment, and feeds their results to the monitor's data (MonitorState, engine/monitor: targets, newest
 * results, window statistics, measurement store, alarm rules and log, the map's probe set). Results arrive
 * queued on the GUI thread and update their target at once; statistics, alarms and the probe set are
 * recomputed for the targets that changed at most every RefreshMs. The table and the alarm list are views
 * over that data. GUI thread only.
 */
class MonitorSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 250;
    static constexpr qint64 DefaultWindowMs = MonitorState::DefaultWindowMs;

    explicit MonitorSession(Document *document, QObject *parent = nullptr);
    ~MonitorSession() override;

    /** The monitor's data (the table and the alarm list view it). */
    const MonitorState *state() const { return m_state; }
    ProbeTableModel *table() const { return m_table; }
    AlarmModel *alarms() const { return m_alarms; }
    /** The standing alarms, grouped and summarised (MonitorState::alarmGroups), after each refresh. */
    AlarmSummaryModel *alarmSummary() const { return m_alarmSummary; }
    /** The store results go to; the default keeps them in memory. Replacing it clears nothing else. */
    void setMeasurementStore(std::shared_ptr<MeasurementStore> store);
    MeasurementStore *store() const { return m_state->store(); }

    ProbeSettings probeSettings() const { return m_settings; }
    /** Takes effect at the next start(); a running prober is restarted with them. */
    void setProbeSettings(const ProbeSettings &settings);
    Vantage vantage() const { return m_vantage; }
    /** Re-predicts every target from the new vantage point. */
    void setVantage(const Vantage &vantage);
    qint64 windowMs() const { return m_state->windowMs(); }
    void setWindowMs(qint64 ms);

    /** Replaces the targets (stops probing first). */
    void setTargets(std::vector<MonitorTarget> targets);
    /** The scenario's nodes with an endpoint, as targets; returns how many. */
    int useScenarioEndpoints();

    bool start(QString *error = nullptr);
    void stop();
    bool isRunning() const { return m_probe != nullptr; }
    ProbeStats stats() const;

    /**
     * Starts an in-process simulated deployment of the document's scenario on 127.0.0.1 (a free port) for
     * the vantage point (a region, else lon/lat) and probes its nodes every second. Options other than the
     * user's location are taken as given (count, time scale, jitter…). False with a reason on failure.
     */
    bool startSimulation(SimulatorOptions options, QString *error = nullptr);
    void stopSimulation();
    const SimulatedDeployment *simulator() const { return m_sim.get(); }
    /** True when the targets were made by startSimulation() (they stay after stopSimulation()). */
    bool targetsAreSimulated() const { return m_simulatedTargets; }

    /** Results of a target over the last ms, oldest first (from the store). */
    std::vector<ProbeResult> recent(const QString &targetId, qint64 ms) const;
    std::shared_ptr<const LiveProbeSet> liveProbes() const { return m_state->liveProbes(); }
    /** Measured request RTT (ms) per node index, newest where known. */
    QHash<int, double> measuredRtt() const { return m_state->measuredRtt(); }
    quint64 resultsReceived() const { return m_received; }

signals:
    void runningChanged(bool running);
    void probeSettingsChanged(const ea::ProbeSettings &settings);
    void simulationChanged(bool running);
    void targetsChanged();
    /** A result was taken in (after its row was updated). */
    void resultArrived(const ea::ProbeResult &result);
    /** Window statistics and the probe set were recomputed. */
    void refreshed();
    void probeError(const QString &message);

private:
    void onResult(const ProbeResult &result);
    void refresh();
    void onDocumentChanged();

    Document *m_document;
    PlanSnapshotPtr m_predictedFrom; // the plan the targets' predictions were made from
    MonitorState *m_state;
    ProbeTableModel *m_table;
    AlarmModel *m_alarms;
    AlarmSummaryModel *m_alarmSummary;
    std::unique_ptr<ProbeSession> m_probe;
    std::unique_ptr<SimulatedDeployment> m_sim;
    ProbeSettings m_settings;
    Vantage m_vantage;
    QTimer m_refresh;
    bool m_simulatedTargets = false;
    quint64 m_received = 0;
};

} // namespace ea
