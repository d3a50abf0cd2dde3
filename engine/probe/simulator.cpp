// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/probe/simulator.h"

#include "engine/latency/accessmodel.h"
#include "engine/latency/computemodel.h"
#include "engine/probe/chatstream.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ea {

SimulatedDeployment::SimulatedDeployment(std::shared_ptr<const Scenario> scenario, SimulatorOptions options)
    : m_scenario(std::move(scenario)), m_options(std::move(options)), m_rng(m_options.seed)
{
}

SimulatedDeployment::~SimulatedDeployment()
{
    stop();
}

std::vector<int> SimulatedDeployment::pickNodes(const Scenario &s, const RttModel &rtt, double lon,
                                                double lat, int count)
{
    const RttModel::Site user = rtt.site(lon, lat);
    std::array<std::vector<std::pair<double, int>>, TierCount> byTier;
    for (size_t i = 0; i < s.nodes.size(); ++i) {
        const Node &n = s.nodes[i];
        byTier[static_cast<int>(n.tier)].emplace_back(rtt.rttMs(user, rtt.site(n.lon, n.lat)),
                                                      static_cast<int>(i));
    }
    for (auto &v : byTier)
        std::sort(v.begin(), v.end());
    std::vector<int> picked;
    for (size_t rank = 0; static_cast<int>(picked.size()) < count; ++rank) {
        bool any = false;
        for (const auto &v : byTier) {
            if (rank < v.size() && static_cast<int>(picked.size()) < count) {
                picked.push_back(v[rank].second);
                any = true;
            }
        }
        if (!any)
            break;
    }
    return picked;
}

bool SimulatedDeployment::configure(QStringList *errors)
{
    const Scenario &s = *m_scenario;
    QStringList problems;
    const RttModel rtt = RttModel::forScenario(s); // the planner's, so the simulated delays are its

    // The user.
    double lon = 0, lat = 0, accessMs = 0;
    if (m_options.userLon && m_options.userLat) {
        lon = *m_options.userLon;
        lat = *m_options.userLat;
        accessMs = rtt.userAccessMs(rtt.site(lon, lat));
        m_userLabel = QStringLiteral("%1, %2").arg(lat, 0, 'f', 4).arg(lon, 0, 'f', 4);
    } else if (!s.regions.empty()) {
        int r = -1;
        for (size_t i = 0; i < s.regions.size(); ++i) {
            if (m_options.regionId.isEmpty() ? (r < 0 || s.regions[i].weight > s.regions[r].weight)
                                             : s.regions[i].id == m_options.regionId)
                r = static_cast<int>(i);
        }
        if (r < 0) {
            problems << tr("--from: no demand region \"%1\" in the scenario").arg(m_options.regionId);
        } else {
            const DemandRegion &reg = s.regions[r];
            lon = reg.lon;
            lat = reg.lat;
            accessMs = AccessModel(s, rtt).fixedMs(r); // as the planner's networkRttMs() has it
            m_userLabel = QStringLiteral("%1 (%2)").arg(reg.name, reg.id);
        }
    } else {
        problems << tr("the scenario has no demand regions: give --from LAT,LON");
    }

    // The workload whose model and token counts the nodes serve.
    int wi = -1;
    for (size_t i = 0; i < s.workloads.size() && wi < 0; ++i) {
        const Workload &w = s.workloads[i];
        if (m_options.workloadId.isEmpty()
                ? w.category == WorkloadCategory::Interactive && s.modelIndex(w.model) >= 0
                : w.id == m_options.workloadId)
            wi = static_cast<int>(i);
    }
    if (wi < 0 || s.modelIndex(s.workloads[wi].model) < 0)
        problems << (m_options.workloadId.isEmpty()
                         ? tr("the scenario has no interactive workload with a known model")
                         : tr("--workload: no workload \"%1\" with a known model").arg(m_options.workloadId));

    // The nodes.
    std::vector<int> indices;
    if (m_options.nodeIds.isEmpty()) {
        indices = pickNodes(s, rtt, lon, lat, std::max(1, m_options.count));
    } else {
        for (const QString &id : m_options.nodeIds) {
            const auto it =
                std::find_if(s.nodes.begin(), s.nodes.end(), [&](const Node &n) { return n.id == id; });
            if (it == s.nodes.end())
                problems << tr("--nodes: no node \"%1\" in the scenario").arg(id);
            else
                indices.push_back(static_cast<int>(it - s.nodes.begin()));
        }
    }
    if (indices.empty() && problems.isEmpty())
        problems << tr("the scenario has no nodes to serve");
    if (!(m_options.timeScale > 0) || !(m_options.jitter >= 0 && m_options.jitter <= 1))
        problems << tr("the time scale must be > 0 and the jitter within 0..1");
    if (!problems.isEmpty()) {
        if (errors)
            *errors << problems;
        return false;
    }

    const Workload &w = s.workloads[wi];
    const ModelSpec &model = s.models[s.modelIndex(w.model)];
    m_workload = w.id;
    m_model = model.id;
    const RttModel::Site user = rtt.site(lon, lat);
    m_nodes.clear();
    m_byId.clear();
    for (int i : indices) {
        const Node &n = s.nodes[i];
        SimulatedNode sn;
        sn.id = n.id;
        sn.name = n.name;
        sn.tier = n.tier;
        sn.gpu = n.gpu;
        sn.networkRttMs = accessMs + rtt.rttMs(user, rtt.site(n.lon, n.lat));
        sn.outputTokens = std::max(1, w.outputTokens);
        const int g = s.gpuIndex(n.gpu);
        const TierSettings &ts = s.tier(n.tier);
        if (g >= 0) {
            ComputeModel cm(s.gpus[g], model, w.precision, ts.computeEfficiency, ts.bandwidthEfficiency);
            if (const MeasuredProfile *mp = s.measuredProfile(s.gpus[g].id, model.id, w.precision))
                cm.setProfile(mp->profile); // as the planner does: measured numbers replace the roofline
            sn.fits = cm.fits();
            if (sn.fits) {
                const ComputePoint p = cm.at(1, w.inputTokens, w.outputTokens);
                sn.computeTtftMs = p.ttftMs;
                sn.tpotMs = p.tpotMs;
            }
        } else {
            sn.fits = false;
        }
        m_byId.insert(sn.id, static_cast<int>(m_nodes.size()));
        m_nodes.push_back(sn);
    }
    return true;
}

bool SimulatedDeployment::start(const QString &host, quint16 port, QString *error)
{
    if (m_nodes.empty()) {
        QStringList errors;
        if (!configure(&errors)) {
            if (error)
                *error = errors.join(QLatin1Char('\n'));
            return false;
        }
    }
    m_server = std::make_unique<LoopbackServer>([this](const HttpRequest &r) { return handle(r); });
    if (!m_server->listen(host, port, error)) {
        m_server.reset();
        return false;
    }
    m_host = host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host;
    return true;
}

void SimulatedDeployment::stop()
{
    if (m_server)
        m_server->stop();
    m_server.reset();
}

QString SimulatedDeployment::baseUrl() const
{
    return m_server ? QStringLiteral("http://%1:%2").arg(m_host).arg(m_server->port()) : QString();
}

QString SimulatedDeployment::chatUrl(const QString &nodeId) const
{
    return baseUrl() + QStringLiteral("/nodes/%1/v1/chat/completions").arg(nodeId);
}

QString SimulatedDeployment::healthUrl(const QString &nodeId) const
{
    return baseUrl() + QStringLiteral("/nodes/%1/health").arg(nodeId);
}

QString SimulatedDeployment::faultUrl(const QString &faultId) const
{
    return baseUrl() + QStringLiteral("/faults/%1/v1/chat/completions").arg(faultId);
}

Scenario SimulatedDeployment::scenarioWithEndpoints() const
{
    Scenario s = *m_scenario;
    for (Node &n : s.nodes)
        if (m_byId.contains(n.id))
            n.endpoint = chatUrl(n.id);
    return s;
}

double SimulatedDeployment::jittered(double ms)
{
    double f = 1.0;
    if (m_options.jitter > 0)
        f = std::clamp(1.0 + m_options.jitter * m_gauss(m_rng), 0.2, 3.0);
    return ms * f * m_options.timeScale;
}

ResponsePlan SimulatedDeployment::handle(const HttpRequest &req)
{
    const QList<QByteArray> parts = req.path.split('?').front().split('/'); // "", "nodes", id, …
    if (parts.size() >= 3 && parts[1] == "faults") {
        const auto f = simFaultFromId(QString::fromUtf8(parts[2]));
        if (f)
            return faultPlan(*f, 5 * m_options.timeScale, 5 * m_options.timeScale);
    }
    const QByteArray rest = parts.size() > 3 ? parts.mid(3).join('/') : QByteArray();
    const auto it = parts.size() > 3 && parts[1] == "nodes" ? m_byId.constFind(QString::fromUtf8(parts[2]))
                                                            : m_byId.constEnd();
    if (it == m_byId.constEnd())
        return faultPlan(SimFault::Http404, 0);
    const SimulatedNode &n = m_nodes[*it];
    const double net = jittered(n.networkRttMs);
    if (rest == "health")
        return ResponsePlan::fixed(200, "application/json",
                                   "{\"status\":\"ok\",\"node\":\"" + n.id.toUtf8() + "\"}", net);
    if (rest != "v1/chat/completions")
        return faultPlan(SimFault::Http404, net);
    if (req.method != "POST")
        return ResponsePlan::fixed(405, "application/json", R"({"error":{"message":"use POST"}})", net);
    if (!n.fits)
        return ResponsePlan::fixed(503, "application/json",
                                   R"({"error":{"message":"the model does not fit this node's GPU"}})", net);
    const QJsonObject body = QJsonDocument::fromJson(req.body).object();
    int tokens = n.outputTokens;
    if (body.value(QLatin1String("max_tokens")).isDouble())
        tokens = std::clamp(body.value(QLatin1String("max_tokens")).toInt(), 1, n.outputTokens);
    const QString model = body.value(QLatin1String("model")).toString(m_model);
    const double first = net + jittered(n.computeTtftMs);
    if (!body.value(QLatin1String("stream")).toBool()) {
        double end = first;
        for (int i = 1; i < tokens; ++i)
            end += jittered(n.tpotMs);
        return chatCompletionPlan(end, tokens, model);
    }
    ChatStreamScript script;
    script.headAtMs = net;
    script.model = model;
    script.tokenAtMs.reserve(static_cast<size_t>(tokens));
    double t = std::max(first, net);
    for (int i = 0; i < tokens; ++i) {
        if (i > 0)
            t += jittered(n.tpotMs);
        script.tokenAtMs.push_back(t);
    }
    return chatStreamPlan(script);
}

} // namespace ea
