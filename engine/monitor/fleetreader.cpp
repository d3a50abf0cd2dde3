// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/monitor/fleetreader.h"

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>
#include <future>
#include <numeric>
#include <string>
#include <string_view>
#include <unordered_map>

namespace ea {

namespace {
const QString kGroup = QStringLiteral("vantage, vantage_lat, vantage_lon, vantage_region, node");

constexpr std::array<std::string_view, 5> kGroupLabels{"vantage", "vantage_lat", "vantage_lon",
                                                       "vantage_region", "node"};

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/** Interns routes by their labels of kGroup (UTF-8 bytes, no string per series). */
class RouteKeys
{
public:
    /** The route of series i of an answer; -1 when not known. */
    int find(const PromAnswer &a, size_t i)
    {
        const auto it = m_index.find(std::string_view(key(a, i)));
        return it == m_index.end() ? -1 : it->second;
    }
    /** The route of series i, added as route next when new; whether it was new. */
    std::pair<int, bool> insert(const PromAnswer &a, size_t i, int next)
    {
        const auto [it, added] = m_index.try_emplace(key(a, i), next);
        return {it->second, added};
    }

private:
    const std::string &key(const PromAnswer &a, size_t i)
    {
        m_key.clear();
        for (std::string_view label : kGroupLabels) {
            m_key += a.label(i, label);
            m_key += '\x1f';
        }
        return m_key;
    }
    std::unordered_map<std::string, int, StringHash, std::equal_to<>> m_index;
    std::string m_key;
};

std::optional<ProbeState> stateOf(const QString &id)
{
    for (int s = 0; s < ProbeStateCount; ++s)
        if (probeStateId(static_cast<ProbeState>(s)) == id)
            return static_cast<ProbeState>(s);
    return std::nullopt;
}
} // namespace

double FleetRoute::residualMs() const
{
    return p50Ms >= 0 && target.hasModel() ? p50Ms - target.modeledRttMs : std::nan("");
}

QString FleetRoute::id() const
{
    return QStringLiteral("%1 \u2192 %2").arg(vantage.isEmpty() ? QStringLiteral("-") : vantage, nodeId);
}

QStringList FleetRoute::states() const
{
    if (target.node < 0)
        return {QStringLiteral("unknown_node")};
    QStringList out;
    if (alarm.failing())
        out << QStringLiteral("fault");
    if (alarm.outsideBand)
        out << QStringLiteral("outside_band");
    if (alarm.sloBreach)
        out << QStringLiteral("slo_breach");
    if (out.isEmpty())
        out << (std::lround(okProbes) < AlarmRules::MinBandSamples ? QStringLiteral("no_data")
                                                                   : QStringLiteral("ok"));
    return out;
}

FleetReader::FleetReader(std::shared_ptr<const Scenario> scenario, FleetQuery query,
                         std::shared_ptr<const Evaluator> evaluator)
    : m_scenario(std::move(scenario)), m_query(std::move(query)), m_evaluator(std::move(evaluator))
{
    m_query.windowS = std::max<qint64>(1, m_query.windowS);
}

qint64 FleetReader::recentSeconds() const
{
    return std::min<qint64>(m_query.windowS, 60);
}

QString FleetReader::selector() const
{
    const QString match = m_query.match.trimmed();
    return match.isEmpty() ? QStringLiteral("{node!=\"\"}") : QStringLiteral("{node!=\"\", %1}").arg(match);
}

QString FleetReader::lastSeenQuery() const
{
    return QStringLiteral("max by (%1) (timestamp(edgeatlas_probe_total%2))").arg(kGroup, selector());
}

QString FleetReader::quantileQuery(double q, const QString &metric) const
{
    return QStringLiteral("histogram_quantile(%1, sum by (%2, le) (rate(%3_bucket%4[%5s])))")
        .arg(QString::number(q, 'g', 6), kGroup, metric, selector())
        .arg(m_query.windowS);
}

std::vector<FleetRoute>
FleetReader::join(const std::vector<PromSeries> &states, const std::vector<PromSeries> &recent,
                  const std::vector<PromSeries> &p50, const std::vector<PromSeries> &upper,
                  const std::vector<PromSeries> &mean,
                  const std::vector<std::pair<double, std::vector<PromSeries>>> &slo) const
{
    std::vector<std::pair<double, PromAnswer>> sloAnswers;
    for (const auto &[q, answer] : slo)
        sloAnswers.emplace_back(q, PromAnswer::fromSeries(answer));
    return join(PromAnswer::fromSeries(states), PromAnswer::fromSeries(recent), PromAnswer::fromSeries(p50),
                PromAnswer::fromSeries(upper), PromAnswer::fromSeries(mean), sloAnswers);
}

std::vector<FleetRoute> FleetReader::join(const PromAnswer &states, const PromAnswer &recent,
                                          const PromAnswer &p50, const PromAnswer &upper,
                                          const PromAnswer &mean,
                                          const std::vector<std::pair<double, PromAnswer>> &slo,
                                          const PromAnswer *lastSeen) const
{
    const Scenario &s = *m_scenario;
    QHash<QString, int> nodeIndex, regionIndex;
    for (size_t i = 0; i < s.nodes.size(); ++i)
        nodeIndex.insert(s.nodes[i].id, int(i));
    for (size_t i = 0; i < s.regions.size(); ++i)
        regionIndex.insert(s.regions[i].id, int(i));

    RouteKeys keys;
    std::vector<FleetRoute> routes;
    std::vector<QString> order; // per route: vantage, node, then its labels (the routes' order)
    for (size_t i = 0; i < states.size(); ++i) {
        const auto [index, added] = keys.insert(states, i, int(routes.size()));
        if (added) {
            FleetRoute r;
            r.vantage = states.labelString(i, "vantage");
            r.vantageRegion = states.labelString(i, "vantage_region");
            r.nodeId = states.labelString(i, "node");
            bool latOk = false, lonOk = false;
            const QString lat = states.labelString(i, "vantage_lat"),
                          lon = states.labelString(i, "vantage_lon");
            r.vantageLat = lat.toDouble(&latOk);
            r.vantageLon = lon.toDouble(&lonOk);
            Vantage v;
            const int region = regionIndex.value(r.vantageRegion, -1);
            if (region >= 0) {
                v = regionVantage(s, region);
                r.placed = true;
            } else if (latOk && lonOk && std::fabs(r.vantageLat) <= 90 && std::fabs(r.vantageLon) <= 180) {
                v.lat = r.vantageLat;
                v.lon = r.vantageLon;
                r.placed = true;
            }
            if (r.placed) {
                r.vantageLat = v.lat;
                r.vantageLon = v.lon;
            }
            ProbeTarget probe;
            probe.id = r.id();
            const int node = nodeIndex.value(r.nodeId, -1);
            if (node >= 0) {
                probe.url = s.nodes[size_t(node)].endpoint;
                r.target = nodeTarget(s, m_evaluator.get(), v, node, probe);
                if (!r.placed) // the SLO holds wherever the agent stands; the model needs a place
                    r.target.modeledRttMs = r.target.bandLowMs = r.target.bandHighMs = -1;
            } else {
                r.target = urlTarget(probe);
            }
            const QChar sep(0x1f);
            order.push_back(r.vantage + sep + r.nodeId + sep + r.vantage + sep + lat + sep + lon + sep +
                            r.vantageRegion + sep + r.nodeId + sep);
            routes.push_back(std::move(r));
        }
        FleetRoute &r = routes[size_t(index)];
        const double n = std::max(0.0, states.newestFinite(i));
        if (states.label(i, "state") == "ok")
            r.okProbes += n;
        else
            r.failedProbes += n;
    }
    // The recent window: failures by state, successes.
    std::vector<double> worstFail(routes.size(), 0.0);
    for (size_t i = 0; i < recent.size(); ++i) {
        const int index = keys.find(recent, i);
        if (index < 0)
            continue;
        FleetRoute &r = routes[size_t(index)];
        const double n = std::max(0.0, recent.newestFinite(i));
        const std::string_view state = recent.label(i, "state");
        if (state == "ok") {
            r.recentOkProbes += n;
        } else {
            r.recentFailed += n;
            if (n > worstFail[size_t(index)]) {
                worstFail[size_t(index)] = n;
                r.recentFailState = QString::fromUtf8(state.data(), qsizetype(state.size()));
            }
        }
    }
    // A route's value in an answer: its last series there (a route named twice keeps the later one).
    const auto fill = [&](const PromAnswer &answer, double FleetRoute::*field) {
        for (size_t i = 0; i < answer.size(); ++i)
            if (const int index = keys.find(answer, i); index >= 0)
                routes[size_t(index)].*field = answer.newestFinite(i);
    };
    fill(p50, &FleetRoute::p50Ms);
    fill(upper, &FleetRoute::upperMs);
    fill(mean, &FleetRoute::meanMs);
    for (const auto &[q, answer] : slo) {
        for (size_t i = 0; i < answer.size(); ++i) {
            const int index = keys.find(answer, i);
            if (index < 0)
                continue;
            FleetRoute &r = routes[size_t(index)];
            if (r.target.hasBudget() && std::fabs(r.target.slo.percentile / 100.0 - q) < 1e-9)
                r.sloValueMs = answer.newestFinite(i);
        }
    }
    // When each (vantage, node) was last scraped.
    if (lastSeen) {
        std::unordered_map<std::string, qint64, StringHash, std::equal_to<>> seen;
        std::string id;
        for (size_t i = 0; i < lastSeen->size(); ++i) {
            const double v = lastSeen->newestFinite(i);
            if (v <= 0)
                continue;
            id.assign(lastSeen->label(i, "vantage"));
            id += '\x1f';
            id += lastSeen->label(i, "node");
            seen[id] = qint64(v * 1000.0);
        }
        for (FleetRoute &r : routes) {
            id = (r.vantage + QChar(0x1f) + r.nodeId).toStdString();
            const auto it = seen.find(std::string_view(id));
            r.lastSeenMs = it == seen.end() ? -1 : it->second;
        }
    }
    std::vector<size_t> sorted(routes.size());
    std::iota(sorted.begin(), sorted.end(), size_t(0));
    std::sort(sorted.begin(), sorted.end(), [&](size_t a, size_t b) { return order[a] < order[b]; });
    std::vector<FleetRoute> out;
    out.reserve(routes.size());
    for (size_t i : sorted)
        out.push_back(std::move(routes[i]));
    return out;
}

FleetReading FleetReader::read(qint64 nowMs, const std::atomic<bool> *cancel) const
{
    FleetReading reading;
    reading.timeMs = nowMs;
    PrometheusClient client(m_query.timeoutMs);
    client.setBearerToken(m_query.bearerToken);
    struct Answer
    {
        std::optional<PromAnswer> answer;
        QString error;
    };
    // Every query at once, each on a thread of its own: Prometheus evaluates one while this side reads
    // another's answer (one after the other, a refresh of 10,000 routes waited for each in turn).
    const auto ask = [&](const QString &promql) {
        return std::async(std::launch::async, [&client, promql, nowMs, cancel, base = m_query.baseUrl] {
            Answer a;
            if (cancel && cancel->load())
                a.error = tr("cancelled");
            else
                a.answer = client.queryAnswer(base, promql, nowMs, &a.error);
            return a;
        });
    };
    const QString sel = selector();
    const QString w = QString::number(m_query.windowS) + QLatin1Char('s');
    auto statesJob =
        ask(QStringLiteral("sum by (%1, state) (increase(edgeatlas_probe_total%2[%3]))").arg(kGroup, sel, w));
    auto recentJob = ask(QStringLiteral("sum by (%1, state) (increase(edgeatlas_probe_total%2[%3s]))")
                             .arg(kGroup, sel)
                             .arg(recentSeconds()));
    auto p50Job = ask(quantileQuery(0.5));
    auto upperJob = ask(quantileQuery(m_query.percentile));
    auto meanJob = ask(QStringLiteral("sum by (%1) (rate(edgeatlas_probe_request_rtt_ms_sum%2[%3])) / sum by "
                                      "(%1) (rate(edgeatlas_probe_request_rtt_ms_count%2[%3]))")
                           .arg(kGroup, sel, w));
    // One SLO quantile query per percentile the nodes' SLOs use.
    std::vector<double> percentiles;
    for (const Workload &wl : m_scenario->workloads)
        if (wl.slo.budgetMs > 0 && wl.slo.percentile > 0 && wl.slo.percentile < 100)
            percentiles.push_back(wl.slo.percentile / 100.0);
    std::sort(percentiles.begin(), percentiles.end());
    percentiles.erase(std::unique(percentiles.begin(), percentiles.end()), percentiles.end());
    std::vector<std::future<Answer>> sloJobs;
    for (double q : percentiles)
        sloJobs.push_back(ask(quantileQuery(q, QStringLiteral("edgeatlas_probe_slo_ms"))));
    // When each route was last scraped: an agent that stopped reporting keeps its window's counts for a
    // while, but its series get no newer sample. Optional: a failure here leaves lastSeenMs unknown.
    auto lastSeenJob = ask(lastSeenQuery());

    // Taken in order: the first failure names the error, as when they were asked one by one.
    Answer states = statesJob.get(), recent = recentJob.get(), p50 = p50Job.get(), upper = upperJob.get(),
           mean = meanJob.get();
    std::vector<Answer> sloAnswers;
    for (auto &job : sloJobs)
        sloAnswers.push_back(job.get());
    Answer lastSeen = lastSeenJob.get();
    if (!states.answer) {
        reading.error = states.error;
        return reading;
    }
    if (states.answer->empty()) {
        reading.status = FleetReading::Status::Empty;
        reading.error =
            tr("no probe agent's series matching %1 in the last %2 s at %3 (are the agents scraped, "
               "and started with --scenario?)")
                .arg(sel)
                .arg(m_query.windowS)
                .arg(m_query.baseUrl);
        return reading;
    }
    for (const Answer *a : {&recent, &p50, &upper, &mean})
        if (!a->answer) {
            reading.error = a->error;
            return reading;
        }
    std::vector<std::pair<double, PromAnswer>> slo;
    for (size_t i = 0; i < sloAnswers.size(); ++i) {
        if (!sloAnswers[i].answer) {
            reading.error = sloAnswers[i].error;
            return reading;
        }
        slo.emplace_back(percentiles[i], std::move(*sloAnswers[i].answer));
    }
    if (cancel && cancel->load()) {
        reading.error = tr("cancelled");
        return reading;
    }
    reading.routes = join(*states.answer, *recent.answer, *p50.answer, *upper.answer, *mean.answer, slo,
                          lastSeen.answer ? &*lastSeen.answer : nullptr);
    reading.status = FleetReading::Status::Ok;
    reading.error.clear();
    return reading;
}

std::vector<Alarm> FleetAlarms::update(FleetReading &reading)
{
    std::vector<Alarm> raised;
    const auto take = [&raised](std::vector<Alarm> alarms) {
        raised.insert(raised.end(), std::make_move_iterator(alarms.begin()),
                      std::make_move_iterator(alarms.end()));
    };
    for (FleetRoute &r : reading.routes) {
        const QString id = r.id();
        AlarmRules::State &state = m_states[id];
        // The fault rule sees the recent window as one probe: failed when every probe there failed.
        if (r.recentFailed > 0 && r.recentOkProbes <= 0) {
            ProbeResult failed;
            failed.targetId = id;
            failed.url = r.target.probe.url;
            failed.state = stateOf(r.recentFailState).value_or(ProbeState::OtherError);
            failed.errorText =
                QCoreApplication::translate("ea::FleetReader", "every recent probe failed (mostly %1)")
                    .arg(r.recentFailState);
            take(AlarmRules::onResult(state, r.target, failed, reading.timeMs));
        } else if (r.recentOkProbes > 0) {
            ProbeResult ok;
            ok.targetId = id;
            ok.state = ProbeState::Ok;
            take(AlarmRules::onResult(state, r.target, ok, reading.timeMs));
        }
        TargetStats st;
        st.failures = int(std::lround(r.failedProbes));
        st.samples = int(std::lround(r.okProbes)) + st.failures;
        st.rttP50Ms = r.p50Ms;
        st.rttP95Ms = r.upperMs;
        st.sloValueMs = r.sloValueMs;
        take(AlarmRules::onStats(state, r.target, st, reading.timeMs));
        r.alarm = state;
    }
    return raised;
}

std::optional<qint64> parseDurationSeconds(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,9})([smhd]?)$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 factor = unit == QLatin1String("m")   ? 60
                          : unit == QLatin1String("h") ? 3600
                          : unit == QLatin1String("d") ? 86400
                                                       : 1;
    if (n < 1)
        return std::nullopt;
    return n * factor;
}

} // namespace ea
