// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/monitorstate.h"
#include "engine/probe/prometheus.h"

#include <QByteArray>
#include <QHash>

#include <array>
#include <mutex>
#include <vector>

namespace ea {

/**
 * The alarms of a MonitorState as Prometheus metrics (text format 0.0.4), beside the probe metrics of the
 * headless probe agent, so a Prometheus alerting rule can act on the monitor's own rules. Per target,
 * labelled target="<id>",url="<url>",kind="fault|outside_band|slo_breach":
 *
 *   edgeatlas_probe_alarm_active   gauge: 1 while the alarm's condition holds (raised, not yet recovered)
 *   edgeatlas_probe_alarms_total   counter: alarms raised (kind="recovered" too)
 *
 * Labels common to every series (the agent's vantage) and a target's own (its node) come from setLabels(),
 * as ProbeMetrics has them. update() reads the state (on the state's thread) after it changed; exposition()
 * serves the text of the last update from any thread.
 */
class AlarmMetrics
{
public:
    /** Labels before target (common) and after url (per target id); used from the next update(). */
    void setLabels(const PromLabels &common, const QHash<QString, PromLabels> &perTarget);
    /** Counts alarm as raised (connect it to AlarmLog::alarmAdded). */
    void count(const Alarm &alarm);
    void update(const MonitorState &state);
    /** Whether count() saw an alarm since the last update() (the text then lags behind an alarm). */
    bool raisedSinceUpdate() const { return m_raisedSinceUpdate; }
    QByteArray exposition() const;

private:
    struct Row
    {
        QByteArray prefix; // the target's labels up to the kind's value
        std::array<bool, 3> active{};
        std::array<quint64, 4> raised{};
    };
    QHash<QString, QHash<int, quint64>> m_raised;              // target → kind → count
    QHash<QString, std::pair<QString, QByteArray>> m_prefixes; // target → (its url, its label prefix)
    mutable std::mutex m_mutex;
    std::vector<Row> m_rows; // of the last update(), under m_mutex
    QByteArray m_common;
    QHash<QString, QByteArray> m_perTarget;
    bool m_raisedSinceUpdate = false;
};

} // namespace ea
