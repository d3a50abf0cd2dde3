// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/monitorsession.h"

#include "app/document.h"
#include "app/settings.h"
#include "widgets/monitor/alarmmodel.h"
#include "widgets/monitor/alarmsummarymodel.h"
#include "widgets/monitor/probetablemodel.h"

#include <QDateTime>

namespace ea {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

MonitorSession::MonitorSession(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_state(new MonitorState(this)),
      m_table(new ProbeTableModel(m_state, this)), m_alarms(new AlarmModel(m_state->alarms(), this)),
      m_alarmSummary(new AlarmSummaryModel(this))
{
    const Settings *settings = Settings::instance();
    m_settings.intervalMs = settings->integer(Settings::ProbeIntervalS) * 1000;
    m_settings.timeoutMs = settings->integer(Settings::ProbeTimeoutS) * 1000;
    m_settings.concurrency = settings->integer(Settings::ProbeConcurrency);
    m_settings.verifyTls = settings->boolean(Settings::ProbeVerifyTls);
    m_state->setProbeIntervalMs(m_settings.intervalMs);
    if (m_document->scenario())
        m_vantage = defaultVantage(*m_document->scenario());
    m_state->setVantage(m_vantage);
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &MonitorSession::refresh);
    // The grouped alarms follow what holds now (the engine groups; the model only shows).
    const auto regroup = [this] { m_alarmSummary->setGroups(m_state->alarmGroups()); };
    connect(m_state, &MonitorState::refreshed, this, regroup);
    connect(m_state, &MonitorState::targetsReset, this, regroup);
    connect(m_state, &MonitorState::refreshed, this, &MonitorSession::refreshed);
    connect(m_document, &Document::scenarioChanged, this, [this] {
        // Another scenario: its nodes are others; nothing measured so far applies to it.
        stopSimulation();
        stop();
        m_vantage = m_document->scenario() ? defaultVantage(*m_document->scenario()) : Vantage();
        m_state->setVantage(m_vantage);
        setTargets({});
    });
    // The predictions and SLOs follow the plan: its content, the tiers and the evaluator.
    connect(m_document, &Document::snapshotChanged, this, [this](const PlanSnapshotPtr &snapshot) {
        const PlanSnapshot::Changes c = snapshot->changesSince(m_predictedFrom.get());
        m_predictedFrom = snapshot;
        if (c.content || !c.movedWorkloads.empty() || c.evaluator)
            onDocumentChanged();
    });
}

MonitorSession::~MonitorSession()
{
    stop();
    stopSimulation();
    // The views go before the data they show (children would go in the order they were made).
    delete m_table;
    delete m_alarms;
    delete m_alarmSummary;
}

void MonitorSession::setMeasurementStore(std::shared_ptr<MeasurementStore> store)
{
    m_state->setStore(std::move(store));
}

void MonitorSession::setProbeSettings(const ProbeSettings &settings)
{
    m_settings = settings;
    m_state->setProbeIntervalMs(m_settings.intervalMs);
    emit probeSettingsChanged(m_settings);
    if (isRunning()) {
        stop();
        start();
    }
}

void MonitorSession::setVantage(const Vantage &vantage)
{
    m_vantage = vantage;
    m_state->setVantage(m_vantage);
    onDocumentChanged();
}

void MonitorSession::setWindowMs(qint64 ms)
{
    m_state->setWindowMs(ms);
    refresh();
}

void MonitorSession::onDocumentChanged()
{
    const PlanSnapshotPtr plan = m_document->snapshot();
    if (!plan || m_state->targets().empty())
        return;
    // The snapshot's scenario and evaluator are of one content.
    m_state->updateTargets(repredict(m_state->targets(), *plan->scenario, plan->evaluator.get(), m_vantage,
                                     m_sim ? m_sim->workloadId() : QString()));
    refresh();
    emit targetsChanged();
}

void MonitorSession::setTargets(std::vector<MonitorTarget> targets)
{
    const bool wasRunning = isRunning();
    stop();
    m_simulatedTargets = false;
    m_state->setTargets(std::move(targets));
    emit targetsChanged();
    if (wasRunning && m_state->size() > 0)
        start();
}

int MonitorSession::useScenarioEndpoints()
{
    const PlanSnapshotPtr plan = m_document->snapshot();
    std::vector<MonitorTarget> targets;
    if (plan)
        targets = endpointTargets(*plan->scenario, plan->evaluator.get(), m_vantage);
    const int n = int(targets.size());
    setTargets(std::move(targets));
    return n;
}

bool MonitorSession::start(QString *error)
{
    if (isRunning())
        return true;
    std::vector<ProbeTarget> probes;
    for (const MonitorTarget &t : m_state->targets())
        probes.push_back(t.probe);
    if (probes.empty()) {
        if (error)
            *error = tr("There is nothing to probe: no target has an endpoint.");
        return false;
    }
    auto session = std::make_unique<ProbeSession>(m_settings);
    session->setTargets(std::move(probes));
    // The session is the context: deleting it at stop() drops results still queued, so none arrive after.
    connect(
        session.get(), &ProbeSession::resultReady, session.get(),
        [this](const ProbeResult &r) { onResult(r); }, Qt::QueuedConnection);
    QString why;
    if (!session->start(&why)) {
        if (error)
            *error = why;
        emit probeError(why);
        return false;
    }
    m_probe = std::move(session);
    m_refresh.start();
    emit runningChanged(true);
    return true;
}

void MonitorSession::stop()
{
    if (!m_probe)
        return;
    m_probe->stop();
    m_probe.reset();
    m_refresh.stop();
    refresh();
    emit runningChanged(false);
}

ProbeStats MonitorSession::stats() const
{
    return m_probe ? m_probe->stats() : ProbeStats();
}

bool MonitorSession::startSimulation(SimulatorOptions options, QString *error)
{
    stop();
    stopSimulation();
    const auto scenario = m_document->scenario();
    if (!scenario) {
        if (error)
            *error = tr("No scenario is open.");
        return false;
    }
    if (m_vantage.region >= 0 && size_t(m_vantage.region) < scenario->regions.size()) {
        options.regionId = scenario->regions[size_t(m_vantage.region)].id;
        options.userLon.reset();
        options.userLat.reset();
    } else {
        options.userLon = m_vantage.lon;
        options.userLat = m_vantage.lat;
    }
    auto sim = std::make_unique<SimulatedDeployment>(scenario, options);
    QStringList problems;
    QString why;
    if (!sim->configure(&problems) || !sim->start(QStringLiteral("127.0.0.1"), 0, &why)) {
        if (error)
            *error = problems.isEmpty() ? why : problems.join(QLatin1Char('\n'));
        return false;
    }
    QHash<QString, int> byId;
    for (size_t i = 0; i < scenario->nodes.size(); ++i)
        byId.insert(scenario->nodes[i].id, int(i));
    std::vector<MonitorTarget> targets;
    for (const SimulatedNode &n : sim->nodes()) {
        ProbeTarget p;
        p.id = n.id;
        p.url = sim->chatUrl(n.id);
        p.kind = ProbeKind::ChatStream;
        p.maxTokens = 16; // a short answer: a probe ends well within the interval
        // Every simulated node serves the simulator's workload: its SLO is the one to check.
        targets.push_back(nodeTarget(*scenario, m_document->evaluator().get(), m_vantage,
                                     byId.value(n.id, -1), std::move(p), sim->workloadId()));
    }
    m_sim = std::move(sim);
    setTargets(std::move(targets));
    m_simulatedTargets = true;
    emit simulationChanged(true);
    return start(error);
}

void MonitorSession::stopSimulation()
{
    if (!m_sim)
        return;
    stop();
    m_sim->stop();
    m_sim.reset();
    emit simulationChanged(false);
}

std::vector<ProbeResult> MonitorSession::recent(const QString &targetId, qint64 ms) const
{
    const qint64 now = nowMs();
    return m_state->results(targetId, now - ms, now + 60000);
}

void MonitorSession::onResult(const ProbeResult &r)
{
    if (!m_state->addResult(r, nowMs(), LiveProbeSet::clockMs()))
        return;
    ++m_received;
    emit resultArrived(r);
}

void MonitorSession::refresh()
{
    m_state->refresh(nowMs());
}

} // namespace ea
