// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/monitor/monitortargets.h"
#include "engine/probe/probesession.h"
#include "engine/probe/simulator.h"
#include "widgets/map/liveprobeslayer.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace ea {

class AlarmModel;
class Document;
class MeasurementStore;
class ProbeTableModel;

/**
 * The live monitor's state and work, without widgets: the targets and their predictions, the prober
 * (ProbeSession, on its own thread), the measurement store, the alarm rules, and the in-process simulated
 * deployment. Results arrive queued on the GUI thread; each updates its table row at once, while window
 * statistics, alarms and the map's probe set are recomputed for the targets that changed, at most every
 * RefreshMs. GUI thread only.
 *
 * Alarm rules (each raised when its condition starts to hold, not on every probe, with a "recovered"
 * entry when it ends):
 *  - fault: a probe fails (a state other than OK) where the previous one did not fail, or failed otherwise;
 *  - outside prediction band: the median request RTT of the window (at least MinBandSamples successful
 *    probes) leaves the model's band;
 *  - SLO breach: the SLO's percentile of the measured TTFT (end-to-end: estimated, see sloMeasuredMs()) over
 *    the window (at least MinSloSamples) exceeds the budget of the node's tier (see nodeTarget()).
 * An alarm's condition ends only Hysteresis inside its limit, so values on the edge do not flap.
 */
class MonitorSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int RefreshMs = 250;
    static constexpr int MinBandSamples = 3;
    static constexpr int MinSloSamples = 5;
    /** A raised alarm ends only once the value is this share of the band or budget back inside. */
    static constexpr double Hysteresis = 0.1;
    static constexpr qint64 DefaultWindowMs = 5 * 60 * 1000;
    /** Window statistics use at most this many of the newest probes of a target. */
    static constexpr int MaxWindowProbes = 300;

    explicit MonitorSession(Document *document, QObject *parent = nullptr);
    ~MonitorSession() override;

    ProbeTableModel *table() const { return m_table; }
    AlarmModel *alarms() const { return m_alarms; }
    /** The store results go to; the default keeps them in memory. Replacing it clears nothing else. */
    void setMeasurementStore(std::shared_ptr<MeasurementStore> store);
    MeasurementStore *store() const { return m_store.get(); }

    ProbeSettings probeSettings() const { return m_settings; }
    /** Takes effect at the next start(); a running prober is restarted with them. */
    void setProbeSettings(const ProbeSettings &settings);
    Vantage vantage() const { return m_vantage; }
    /** Re-predicts every target from the new vantage point. */
    void setVantage(const Vantage &vantage);
    qint64 windowMs() const { return m_windowMs; }
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
    std::shared_ptr<const LiveProbeSet> liveProbes() const { return m_live; }
    /** Measured request RTT (ms) per node index, newest where known. */
    QHash<int, double> measuredRtt() const;
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
    struct RowState
    {
        bool hasState = false;
        ProbeState lastState = ProbeState::Ok;
        bool outsideBand = false, sloBreach = false;
        qint64 freshAtMs = 0;
        double measuredMs = -1;
        bool dirty = false;
    };
    void onResult(const ProbeResult &result);
    void refresh();
    void rebuildLiveProbes();
    void raise(int row, int kind, const QString &message);
    void onDocumentChanged();

    Document *m_document;
    ProbeTableModel *m_table;
    AlarmModel *m_alarms;
    std::shared_ptr<MeasurementStore> m_store;
    std::unique_ptr<ProbeSession> m_probe;
    std::unique_ptr<SimulatedDeployment> m_sim;
    ProbeSettings m_settings;
    Vantage m_vantage;
    qint64 m_windowMs = DefaultWindowMs;
    QHash<QString, int> m_rowOf;
    std::vector<RowState> m_rows;
    std::shared_ptr<const LiveProbeSet> m_live;
    QTimer m_refresh;
    bool m_anyDirty = false;
    bool m_simulatedTargets = false;
    quint64 m_received = 0;
};

} // namespace ea
