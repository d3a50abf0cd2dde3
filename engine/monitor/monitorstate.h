// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/alarmgroups.h"
#include "engine/monitor/alarmlog.h"
#include "engine/monitor/liveprobeset.h"
#include "engine/monitor/measurementstore.h"
#include "engine/monitor/monitortargets.h"

#include <QHash>
#include <QObject>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace ea {

/**
 * The live monitor's data, without views: the targets with their predictions, each target's newest result
 * and window statistics, the measurement store, the alarm rules' state and the alarm log, and the probe set
 * the map draws. The Monitor (MonitorSession) and the headless probe agent feed it the same way:
 * addResult() for each probe result as it arrives, refresh() a few times a second, which recomputes the
 * window statistics of the targets that changed (at most MaxWindowProbes newest probes of a target within
 * the window) and applies the band and SLO rules (AlarmRules). The signals let item models view it
 * (ProbeTableModel, AlarmModel over alarms()). One thread; times are ms since the Unix epoch unless named
 * otherwise.
 */
class MonitorState : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultWindowMs = 5 * 60 * 1000;
    /** Window statistics use at most this many of the newest probes of a target. */
    static constexpr int MaxWindowProbes = 300;

    explicit MonitorState(QObject *parent = nullptr);
    ~MonitorState() override;

    /** Where results go; the default keeps them in memory. Replacing it clears nothing else. */
    void setStore(std::shared_ptr<MeasurementStore> store);
    MeasurementStore *store() const { return m_store.get(); }
    AlarmLog *alarms() { return &m_alarms; }
    const AlarmLog *alarms() const { return &m_alarms; }

    /** The statistics window (at least 1 s); every target's statistics are recomputed at the next refresh. */
    void setWindowMs(qint64 windowMs);
    qint64 windowMs() const { return m_windowMs; }
    /** The probes' interval, which bounds the window to MaxWindowProbes probes of a target. */
    void setProbeIntervalMs(int intervalMs) { m_intervalMs = std::max(1, intervalMs); }
    /** The time the statistics read back: the window, at most MaxWindowProbes probe intervals. */
    qint64 windowSpanMs() const
    {
        return std::min<qint64>(m_windowMs, qint64(MaxWindowProbes) * m_intervalMs);
    }
    /** Where the probes run from (the map's routes start there). */
    void setVantage(const Vantage &vantage);
    const Vantage &vantage() const { return m_vantage; }

    /** New targets: results, statistics and alarm states start afresh (the store keeps its results). */
    void setTargets(std::vector<MonitorTarget> targets);
    /**
     * New predictions for the targets (the scenario, the plan or the vantage point changed). The same ids in
     * the same order keep their results and statistics, and their alarm states start afresh (the conditions
     * are judged again against the new predictions); other targets are a setTargets().
     */
    void updateTargets(std::vector<MonitorTarget> targets);
    const std::vector<MonitorTarget> &targets() const { return m_targets; }
    const MonitorTarget &target(int row) const { return m_targets[size_t(row)]; }
    int size() const { return int(m_targets.size()); }
    /** The row of a target id, -1 when none. */
    int rowOf(const QString &targetId) const { return m_rowOf.value(targetId, -1); }

    /**
     * Takes in a probe result: into the store, as its target's newest result (unless an older one arrives
     * late), and through the fault rules. clockMs is LiveProbeSet::clockMs() (the map's pulse). False, and
     * nothing kept, for a target that is not monitored.
     */
    bool addResult(const ProbeResult &result, qint64 nowMs, qint64 clockMs);
    /** Recomputes what changed since the last refresh (statistics, band and SLO rules, the probe set). */
    void refresh(qint64 nowMs);
    /** Every target's statistics are recomputed at the next refresh(). */
    void invalidateStats();

    const std::optional<ProbeResult> &lastResult(int row) const { return m_rows[size_t(row)].last; }
    const TargetStats &stats(int row) const { return m_rows[size_t(row)].stats; }
    /** True when the window's median request RTT lies outside the model's band (no hysteresis). */
    bool outsideBand(int row) const;
    const AlarmRules::State &alarmState(int row) const { return m_rows[size_t(row)].alarm; }
    /** What holds now, grouped and summarised (AlarmGroups::group over every target). */
    std::vector<AlarmGroup> alarmGroups() const;
    /** The probe set for the map (null without targets); made anew at each refresh(). */
    std::shared_ptr<const LiveProbeSet> liveProbes() const { return m_live; }
    /** Measured request RTT (ms) per node index, the newest where known. */
    QHash<int, double> measuredRtt() const;
    /** Results of a target from the store, fromMs to toMs, oldest first. */
    std::vector<ProbeResult> results(const QString &targetId, qint64 fromMs, qint64 toMs) const;

signals:
    void targetsAboutToBeReset();
    void targetsReset();
    /** Same targets, new predictions (every row's model columns changed). */
    void predictionsChanged();
    void resultChanged(int row);
    void statsChanged(int row);
    /** A refresh() recomputed statistics (or the targets changed): the probe set is new. */
    void refreshed();

private:
    struct Row
    {
        std::optional<ProbeResult> last;
        TargetStats stats;
        AlarmRules::State alarm;
        qint64 freshAtMs = 0;   // LiveProbeSet::clockMs() of the newest result taken in
        double measuredMs = -1; // request RTT of the newest result taken in; < 0 failed or none
        bool dirty = false;
    };
    void raise(const std::vector<Alarm> &alarms);
    void rebuildLiveProbes();

    std::shared_ptr<MeasurementStore> m_store;
    AlarmLog m_alarms;
    qint64 m_windowMs = DefaultWindowMs;
    int m_intervalMs = 1000;
    Vantage m_vantage;
    std::vector<MonitorTarget> m_targets;
    std::vector<Row> m_rows;
    QHash<QString, int> m_rowOf;
    std::shared_ptr<const LiveProbeSet> m_live;
    bool m_anyDirty = false;
};

} // namespace ea
