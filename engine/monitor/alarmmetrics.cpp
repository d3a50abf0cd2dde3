// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/alarmmetrics.h"

namespace ea {

namespace {
constexpr Alarm::Kind kConditions[] = {Alarm::Kind::Fault, Alarm::Kind::OutsideBand, Alarm::Kind::SloBreach};
constexpr Alarm::Kind kAllKinds[] = {Alarm::Kind::Fault, Alarm::Kind::OutsideBand, Alarm::Kind::SloBreach,
                                     Alarm::Kind::Recovered};

QByteArray labels(const QByteArray &common, const QByteArray &own, const MonitorTarget &t, Alarm::Kind kind)
{
    return '{' + (common.isEmpty() ? QByteArray() : common + ',') + "target=\"" +
           ProbeMetrics::escapeLabelValue(t.probe.id) + "\",url=\"" +
           ProbeMetrics::escapeLabelValue(t.probe.url) + '"' + (own.isEmpty() ? QByteArray() : ',' + own) +
           ",kind=\"" + alarmKindId(kind) + "\"}";
}

bool holds(const AlarmRules::State &s, Alarm::Kind kind)
{
    switch (kind) {
    case Alarm::Kind::Fault:
        return s.hasState && s.lastState != ProbeState::Ok;
    case Alarm::Kind::OutsideBand:
        return s.outsideBand;
    case Alarm::Kind::SloBreach:
        return s.sloBreach;
    case Alarm::Kind::Recovered:
        break;
    }
    return false;
}
} // namespace

void AlarmMetrics::setLabels(const PromLabels &common, const QHash<QString, PromLabels> &perTarget)
{
    m_common = promLabelText(common);
    m_perTarget.clear();
    for (auto it = perTarget.begin(); it != perTarget.end(); ++it)
        m_perTarget.insert(it.key(), promLabelText(it.value()));
}

void AlarmMetrics::count(const Alarm &alarm)
{
    ++m_raised[alarm.targetId][int(alarm.kind)];
    m_raisedSinceUpdate = true;
}

void AlarmMetrics::update(const MonitorState &state)
{
    m_raisedSinceUpdate = false;
    QByteArray text;
    text +=
        "# HELP edgeatlas_probe_alarm_active Whether the monitor's alarm condition holds for the target now\n"
        "# TYPE edgeatlas_probe_alarm_active gauge\n";
    for (int row = 0; row < state.size(); ++row)
        for (Alarm::Kind kind : kConditions)
            text += "edgeatlas_probe_alarm_active" +
                    labels(m_common, m_perTarget.value(state.target(row).probe.id), state.target(row), kind) +
                    ' ' + (holds(state.alarmState(row), kind) ? '1' : '0') + '\n';
    text += "# HELP edgeatlas_probe_alarms_total Alarms the monitor's rules raised (recoveries included)\n"
            "# TYPE edgeatlas_probe_alarms_total counter\n";
    for (int row = 0; row < state.size(); ++row) {
        const MonitorTarget &t = state.target(row);
        const QHash<int, quint64> raised = m_raised.value(t.probe.id);
        for (Alarm::Kind kind : kAllKinds)
            text += "edgeatlas_probe_alarms_total" +
                    labels(m_common, m_perTarget.value(t.probe.id), t, kind) + ' ' +
                    QByteArray::number(raised.value(int(kind))) + '\n';
    }
    std::lock_guard lock(m_mutex);
    m_text = std::move(text);
}

QByteArray AlarmMetrics::exposition() const
{
    std::lock_guard lock(m_mutex);
    return m_text;
}

} // namespace ea
