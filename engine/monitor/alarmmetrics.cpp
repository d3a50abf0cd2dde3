// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/alarmmetrics.h"

namespace ea {

namespace {
constexpr Alarm::Kind kConditions[] = {Alarm::Kind::Fault, Alarm::Kind::OutsideBand, Alarm::Kind::SloBreach};
constexpr Alarm::Kind kAllKinds[] = {Alarm::Kind::Fault, Alarm::Kind::OutsideBand, Alarm::Kind::SloBreach,
                                     Alarm::Kind::Recovered};

/** A target's labels up to the kind's value: {common,target="…",url="…",own,kind=" */
QByteArray labelPrefix(const QByteArray &common, const QByteArray &own, const MonitorTarget &t)
{
    return '{' + (common.isEmpty() ? QByteArray() : common + ',') + "target=\"" +
           ProbeMetrics::escapeLabelValue(t.probe.id) + "\",url=\"" +
           ProbeMetrics::escapeLabelValue(t.probe.url) + '"' + (own.isEmpty() ? QByteArray() : ',' + own) +
           ",kind=\"";
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
    m_prefixes.clear();
}

void AlarmMetrics::count(const Alarm &alarm)
{
    ++m_raised[alarm.targetId][int(alarm.kind)];
    m_raisedSinceUpdate = true;
}

void AlarmMetrics::update(const MonitorState &state)
{
    // Only the states are taken here (4 times a second in the agent); the text is written when scraped,
    // each target's labels escaped once.
    m_raisedSinceUpdate = false;
    std::vector<Row> rows(size_t(std::max(0, state.size())));
    for (int row = 0; row < state.size(); ++row) {
        const MonitorTarget &t = state.target(row);
        Row &r = rows[size_t(row)];
        auto cached = m_prefixes.constFind(t.probe.id);
        if (cached == m_prefixes.constEnd() || cached->first != t.probe.url)
            cached = m_prefixes.insert(
                t.probe.id, {t.probe.url, labelPrefix(m_common, m_perTarget.value(t.probe.id), t)});
        r.prefix = cached->second;
        for (size_t k = 0; k < std::size(kConditions); ++k)
            r.active[k] = holds(state.alarmState(row), kConditions[k]);
        const auto raised = m_raised.constFind(t.probe.id);
        for (size_t k = 0; k < std::size(kAllKinds); ++k)
            r.raised[k] = raised == m_raised.constEnd() ? 0 : raised->value(int(kAllKinds[k]));
    }
    std::lock_guard lock(m_mutex);
    m_rows = std::move(rows);
}

QByteArray AlarmMetrics::exposition() const
{
    std::vector<Row> rows;
    {
        std::lock_guard lock(m_mutex);
        rows = m_rows;
    }
    QByteArray text;
    text.reserve(qsizetype(rows.size()) * 7 * 160 + 400);
    text +=
        "# HELP edgeatlas_probe_alarm_active Whether the monitor's alarm condition holds for the target now\n"
        "# TYPE edgeatlas_probe_alarm_active gauge\n";
    for (const Row &r : rows)
        for (size_t k = 0; k < std::size(kConditions); ++k)
            text.append("edgeatlas_probe_alarm_active")
                .append(r.prefix)
                .append(alarmKindId(kConditions[k]))
                .append("\"} ")
                .append(r.active[k] ? '1' : '0')
                .append('\n');
    text += "# HELP edgeatlas_probe_alarms_total Alarms the monitor's rules raised (recoveries included)\n"
            "# TYPE edgeatlas_probe_alarms_total counter\n";
    for (const Row &r : rows)
        for (size_t k = 0; k < std::size(kAllKinds); ++k)
            text.append("edgeatlas_probe_alarms_total")
                .append(r.prefix)
                .append(alarmKindId(kAllKinds[k]))
                .append("\"} ")
                .append(QByteArray::number(r.raised[k]))
                .append('\n');
    return text;
}

} // namespace ea
