// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/alarmgroups.h"

#include "engine/model/units.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace ea {

namespace {
int kindOrder(Alarm::Kind k)
{
    switch (k) {
    case Alarm::Kind::SloBreach:
        return 0;
    case Alarm::Kind::Fault:
        return 1;
    case Alarm::Kind::OutsideBand:
        return 2;
    case Alarm::Kind::Recovered:
        break;
    }
    return 3;
}

/** What makes targets share a group (only the fields their kind uses are set). */
using Key = std::tuple<int, QString, int, double, double, int, int, bool, int>;

Key keyOf(const AlarmGroup &g)
{
    return {kindOrder(g.kind), g.workloadName, int(g.slo.metric), g.slo.percentile, g.slo.budgetMs,
            int(g.tier),       int(g.cause),   g.aboveBand,       int(g.state)};
}

void add(std::map<Key, AlarmGroup> &groups, AlarmGroup key, int row, const MonitorTarget &t, double valueMs,
         qint64 sinceMs, bool higherIsWorse)
{
    auto [it, fresh] = groups.try_emplace(keyOf(key), std::move(key));
    AlarmGroup &g = it->second;
    g.rows.push_back(row);
    g.labels << t.label;
    if (valueMs >= 0 && (g.worstMs < 0 || (higherIsWorse ? valueMs > g.worstMs : valueMs < g.worstMs)))
        g.worstMs = valueMs;
    if (sinceMs > 0 && (g.sinceMs == 0 || sinceMs < g.sinceMs))
        g.sinceMs = sinceMs;
}
} // namespace

AlarmGroup::Cause AlarmGroups::sloCause(const MonitorTarget &t, const TargetStats &st)
{
    if (st.rttP50Ms < 0 || st.sloValueMs < 0 || !t.hasBudget())
        return AlarmGroup::Cause::Unknown;
    const double network = st.rttP50Ms;
    const double server = std::max(0.0, st.sloValueMs - network);
    const bool networkOver = network > t.budgetMs, serverOver = server > t.budgetMs;
    if (serverOver && !networkOver)
        return AlarmGroup::Cause::Compute;
    if (networkOver && !serverOver)
        return AlarmGroup::Cause::Network;
    return AlarmGroup::Cause::Both;
}

std::vector<AlarmGroup> AlarmGroups::group(const std::vector<MonitorTarget> &targets,
                                           const std::vector<AlarmRules::State> &states,
                                           const std::vector<TargetStats> &stats)
{
    std::map<Key, AlarmGroup> groups;
    const size_t n = std::min({targets.size(), states.size(), stats.size()});
    for (size_t i = 0; i < n; ++i) {
        const MonitorTarget &t = targets[i];
        const AlarmRules::State &s = states[i];
        const TargetStats &st = stats[i];
        const int row = int(i);
        if (s.failing()) {
            AlarmGroup g;
            g.kind = Alarm::Kind::Fault;
            g.state = s.lastState;
            add(groups, std::move(g), row, t, -1, s.faultSinceMs, true);
            continue;
        }
        if (s.sloBreach) {
            AlarmGroup g;
            g.kind = Alarm::Kind::SloBreach;
            g.workloadName = t.workloadName;
            g.slo = t.slo;
            g.tier = t.tier;
            g.cause = sloCause(t, st);
            add(groups, std::move(g), row, t, st.sloValueMs, s.sloSinceMs, true);
        }
        if (s.outsideBand) {
            const bool above = st.rttP50Ms > t.modeledRttMs;
            AlarmGroup g;
            g.kind = Alarm::Kind::OutsideBand;
            g.tier = t.tier;
            g.aboveBand = above;
            add(groups, std::move(g), row, t, st.rttP50Ms, s.bandSinceMs, above);
        }
    }
    std::vector<AlarmGroup> out;
    out.reserve(groups.size());
    for (auto &entry : groups) {
        entry.second.summary = summarise(entry.second);
        out.push_back(std::move(entry.second));
    }
    // The map's order is the key's; the largest group of a kind goes first (stable: ties keep the key order).
    std::stable_sort(out.begin(), out.end(), [](const AlarmGroup &a, const AlarmGroup &b) {
        if (a.kind != b.kind)
            return kindOrder(a.kind) < kindOrder(b.kind);
        return a.rows.size() > b.rows.size();
    });
    return out;
}

QString AlarmGroups::summarise(const AlarmGroup &g)
{
    const int n = int(g.rows.size());
    switch (g.kind) {
    case Alarm::Kind::SloBreach: {
        const QString worst = units::ms(g.worstMs);
        switch (g.cause) {
        case AlarmGroup::Cause::Compute:
            //: %n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value
            return tr("%n node(s) in the %1 tier miss %2's %3 (worst %4) — compute-bound: the server's "
                      "time alone is over the budget; see Plan → Budget",
                      nullptr, n)
                .arg(tierLabel(g.tier), g.workloadName, units::slo(g.slo), worst);
        case AlarmGroup::Cause::Network:
            //: %n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value
            return tr("%n node(s) in the %1 tier miss %2's %3 (worst %4) — network-bound: the round "
                      "trip alone is over the budget; see Plan → Budget",
                      nullptr, n)
                .arg(tierLabel(g.tier), g.workloadName, units::slo(g.slo), worst);
        case AlarmGroup::Cause::Both:
            //: %n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value
            return tr("%n node(s) in the %1 tier miss %2's %3 (worst %4) — the round trip and the "
                      "server's time together are over the budget; see Plan → Budget",
                      nullptr, n)
                .arg(tierLabel(g.tier), g.workloadName, units::slo(g.slo), worst);
        case AlarmGroup::Cause::Unknown:
            break;
        }
        //: %n nodes, %1 tier, %2 workload, %3 its SLO, %4 the worst measured value
        return tr("%n node(s) in the %1 tier miss %2's %3 (worst %4)", nullptr, n)
            .arg(tierLabel(g.tier), g.workloadName, units::slo(g.slo), worst);
    }
    case Alarm::Kind::OutsideBand:
        return (g.aboveBand
                    //: %n nodes, %1 tier, %2 the farthest measured median RTT
                    ? tr("%n node(s) in the %1 tier answer slower than the model predicts (median RTT up to "
                         "%2); Calibrate Model fits it to what was measured",
                         nullptr, n)
                    //: %n nodes, %1 tier, %2 the farthest measured median RTT
                    : tr("%n node(s) in the %1 tier answer faster than the model predicts (median RTT down "
                         "to %2); Calibrate Model fits it to what was measured",
                         nullptr, n))
            .arg(tierLabel(g.tier), units::ms(g.worstMs));
    case Alarm::Kind::Fault:
        //: %n probed endpoints, %1 how their probes fail (a probe state such as "Connection refused")
        return tr("%n target(s) failing: %1", nullptr, n).arg(probeStateLabel(g.state));
    case Alarm::Kind::Recovered:
        break;
    }
    return {};
}

} // namespace ea
