// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/monitorstate.h"

#include <algorithm>

namespace ea {

namespace {
/** Results up to this far after "now" still count: a prober's clock and ours may differ a little. */
constexpr qint64 kFutureSlackMs = 60000;
} // namespace

MonitorState::MonitorState(QObject *parent)
    : QObject(parent), m_store(std::make_shared<MemoryMeasurementStore>())
{
}

MonitorState::~MonitorState() = default;

void MonitorState::setStore(std::shared_ptr<MeasurementStore> store)
{
    if (store)
        m_store = std::move(store);
}

void MonitorState::setWindowMs(qint64 windowMs)
{
    m_windowMs = std::max<qint64>(1000, windowMs);
    invalidateStats();
}

void MonitorState::setVantage(const Vantage &vantage)
{
    m_vantage = vantage;
}

void MonitorState::setTargets(std::vector<MonitorTarget> targets)
{
    emit targetsAboutToBeReset();
    m_targets = std::move(targets);
    m_rows.assign(m_targets.size(), Row());
    m_rowOf.clear();
    for (size_t i = 0; i < m_targets.size(); ++i)
        m_rowOf.insert(m_targets[i].probe.id, int(i));
    m_anyDirty = true;
    rebuildLiveProbes();
    emit targetsReset();
}

void MonitorState::updateTargets(std::vector<MonitorTarget> targets)
{
    bool same = targets.size() == m_targets.size();
    for (size_t i = 0; same && i < targets.size(); ++i)
        same = targets[i].probe.id == m_targets[i].probe.id;
    if (!same) {
        setTargets(std::move(targets));
        return;
    }
    m_targets = std::move(targets);
    for (Row &r : m_rows) {
        r.alarm = AlarmRules::State();
        r.dirty = true;
    }
    m_anyDirty = true;
    emit predictionsChanged();
}

void MonitorState::invalidateStats()
{
    for (Row &r : m_rows)
        r.dirty = true;
    m_anyDirty = true;
}

bool MonitorState::addResult(const ProbeResult &result, qint64 nowMs, qint64 clockMs)
{
    const int row = rowOf(result.targetId);
    if (row < 0)
        return false;
    m_store->append(result);
    Row &r = m_rows[size_t(row)];
    if (!r.last || r.last->timestampMs <= result.timestampMs) {
        r.last = result;
        emit resultChanged(row);
    }
    raise(AlarmRules::onResult(r.alarm, m_targets[size_t(row)], result, nowMs));
    r.measuredMs = result.ok() ? requestRttMs(result) : -1;
    r.freshAtMs = clockMs;
    r.dirty = true;
    m_anyDirty = true;
    return true;
}

void MonitorState::refresh(qint64 nowMs)
{
    if (!m_anyDirty)
        return;
    m_anyDirty = false;
    // At most MaxWindowProbes of the newest probes: the window stays cheap at any probe rate.
    const qint64 span = windowSpanMs();
    for (size_t i = 0; i < m_rows.size(); ++i) {
        Row &r = m_rows[i];
        if (!r.dirty)
            continue;
        r.dirty = false;
        const MonitorTarget &t = m_targets[i];
        r.stats = computeStats(m_store->query(t.probe.id, nowMs - span, nowMs + kFutureSlackMs), t);
        emit statsChanged(int(i));
        raise(AlarmRules::onStats(r.alarm, t, r.stats, nowMs));
    }
    rebuildLiveProbes();
    emit refreshed();
}

bool MonitorState::outsideBand(int row) const
{
    const MonitorTarget &t = m_targets[size_t(row)];
    const double m = m_rows[size_t(row)].stats.rttP50Ms;
    return t.hasModel() && m >= 0 && (m < t.bandLowMs || m > t.bandHighMs);
}

std::vector<AlarmGroup> MonitorState::alarmGroups() const
{
    std::vector<AlarmRules::State> states;
    std::vector<TargetStats> stats;
    states.reserve(m_rows.size());
    stats.reserve(m_rows.size());
    for (const Row &r : m_rows) {
        states.push_back(r.alarm);
        stats.push_back(r.stats);
    }
    return AlarmGroups::group(m_targets, states, stats);
}

QHash<int, double> MonitorState::measuredRtt() const
{
    QHash<int, double> out;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int node = m_targets[i].node;
        if (node >= 0 && m_rows[i].measuredMs >= 0)
            out.insert(node, m_rows[i].measuredMs);
    }
    return out;
}

std::vector<ProbeResult> MonitorState::results(const QString &targetId, qint64 fromMs, qint64 toMs) const
{
    return m_store->query(targetId, fromMs, toMs);
}

void MonitorState::raise(const std::vector<Alarm> &alarms)
{
    for (const Alarm &a : alarms)
        m_alarms.add(a);
}

void MonitorState::rebuildLiveProbes()
{
    if (m_rows.empty()) {
        m_live.reset();
        return;
    }
    auto set = std::make_shared<LiveProbeSet>();
    set->vantageLon = m_vantage.lon;
    set->vantageLat = m_vantage.lat;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const MonitorTarget &t = m_targets[i];
        if (t.node < 0)
            continue;
        const Row &r = m_rows[i];
        LiveProbeSet::Probe p;
        p.node = t.node;
        p.freshAtMs = r.freshAtMs;
        const bool lastOk = r.alarm.hasState && r.alarm.lastState == ProbeState::Ok;
        p.standing = liveStanding(r.alarm.hasState, lastOk, r.stats.rttP50Ms, r.measuredMs, t.hasModel(),
                                  t.bandLowMs, t.bandHighMs);
        if (p.standing != LiveProbeSet::Standing::Pending && p.standing != LiveProbeSet::Standing::Failed)
            p.measuredMs = r.measuredMs;
        set->probes.push_back(p);
    }
    m_live = std::move(set);
}

} // namespace ea
