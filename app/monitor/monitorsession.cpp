// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/monitorsession.h"

#include "app/document.h"
#include "app/settings.h"
#include "engine/model/units.h"
#include "widgets/monitor/alarmmodel.h"
#include "widgets/monitor/measurementstore.h"
#include "widgets/monitor/probetablemodel.h"

#include <QDateTime>

namespace ea {

MonitorSession::MonitorSession(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_table(new ProbeTableModel(this)),
      m_alarms(new AlarmModel(this)), m_store(std::make_shared<MemoryMeasurementStore>())
{
    const Settings *settings = Settings::instance();
    m_settings.intervalMs = settings->integer(Settings::ProbeIntervalS) * 1000;
    m_settings.timeoutMs = settings->integer(Settings::ProbeTimeoutS) * 1000;
    m_settings.concurrency = settings->integer(Settings::ProbeConcurrency);
    m_settings.verifyTls = settings->boolean(Settings::ProbeVerifyTls);
    if (m_document->scenario())
        m_vantage = defaultVantage(*m_document->scenario());
    m_refresh.setInterval(RefreshMs);
    connect(&m_refresh, &QTimer::timeout, this, &MonitorSession::refresh);
    connect(m_document, &Document::scenarioChanged, this, [this] {
        // Another scenario: its nodes are others; nothing measured so far applies to it.
        stopSimulation();
        stop();
        m_vantage = m_document->scenario() ? defaultVantage(*m_document->scenario()) : Vantage();
        setTargets({});
    });
    connect(m_document, &Document::contentChanged, this, &MonitorSession::onDocumentChanged);
    connect(m_document, &Document::placementChanged, this, &MonitorSession::onDocumentChanged);
    connect(m_document, &Document::evaluatorChanged, this, &MonitorSession::onDocumentChanged);
}

MonitorSession::~MonitorSession()
{
    stop();
    stopSimulation();
}

void MonitorSession::setMeasurementStore(std::shared_ptr<MeasurementStore> store)
{
    if (store)
        m_store = std::move(store);
}

void MonitorSession::setProbeSettings(const ProbeSettings &settings)
{
    m_settings = settings;
    emit probeSettingsChanged(m_settings);
    if (isRunning()) {
        stop();
        start();
    }
}

void MonitorSession::setVantage(const Vantage &vantage)
{
    m_vantage = vantage;
    onDocumentChanged();
}

void MonitorSession::setWindowMs(qint64 ms)
{
    m_windowMs = std::max<qint64>(1000, ms);
    for (RowState &r : m_rows)
        r.dirty = true;
    m_anyDirty = true;
    refresh();
}

void MonitorSession::onDocumentChanged()
{
    const auto scenario = m_document->scenario();
    if (!scenario || m_table->targets().empty())
        return;
    m_table->updateTargets(repredict(m_table->targets(), *scenario, m_document->evaluator().get(), m_vantage,
                                     m_sim ? m_sim->workloadId() : QString()));
    for (RowState &r : m_rows) {
        r.dirty = true;
        r.hasState = false;
        r.outsideBand = r.sloBreach = false;
    }
    m_anyDirty = true;
    refresh();
    emit targetsChanged();
}

void MonitorSession::setTargets(std::vector<MonitorTarget> targets)
{
    const bool wasRunning = isRunning();
    stop();
    m_simulatedTargets = false;
    m_rowOf.clear();
    for (size_t i = 0; i < targets.size(); ++i)
        m_rowOf.insert(targets[i].probe.id, int(i));
    m_rows.assign(targets.size(), RowState());
    m_table->setTargets(std::move(targets));
    m_anyDirty = true;
    rebuildLiveProbes();
    emit targetsChanged();
    if (wasRunning && !m_rows.empty())
        start();
}

int MonitorSession::useScenarioEndpoints()
{
    const auto scenario = m_document->scenario();
    std::vector<MonitorTarget> targets;
    if (scenario)
        targets = endpointTargets(*scenario, m_document->evaluator().get(), m_vantage);
    const int n = int(targets.size());
    setTargets(std::move(targets));
    return n;
}

bool MonitorSession::start(QString *error)
{
    if (isRunning())
        return true;
    std::vector<ProbeTarget> probes;
    for (const MonitorTarget &t : m_table->targets())
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
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return m_store->query(targetId, now - ms, now + 60000);
}

QHash<int, double> MonitorSession::measuredRtt() const
{
    QHash<int, double> out;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const int node = m_table->target(int(i)).node;
        if (node >= 0 && m_rows[i].measuredMs >= 0)
            out.insert(node, m_rows[i].measuredMs);
    }
    return out;
}

void MonitorSession::raise(int row, int kind, const QString &message)
{
    Alarm a;
    a.timestampMs = QDateTime::currentMSecsSinceEpoch();
    a.targetId = m_table->target(row).probe.id;
    a.kind = static_cast<Alarm::Kind>(kind);
    a.message = message;
    m_alarms->add(std::move(a));
}

void MonitorSession::onResult(const ProbeResult &r)
{
    const int row = m_rowOf.value(r.targetId, -1);
    if (row < 0)
        return;
    ++m_received;
    m_store->append(r);
    m_table->setResult(row, r);
    RowState &s = m_rows[size_t(row)];
    const bool failedBefore = s.hasState && s.lastState != ProbeState::Ok;
    if (!r.ok() && (!s.hasState || s.lastState != r.state)) {
        raise(row, int(Alarm::Kind::Fault),
              //: Alarm message: a probe state, then its error text (or the URL)
              tr("%1: %2").arg(probeStateLabel(r.state), r.errorText.isEmpty() ? r.url : r.errorText));
    } else if (r.ok() && failedBefore) {
        raise(row, int(Alarm::Kind::Recovered),
              tr("Answers again (was: %1)").arg(probeStateLabel(s.lastState)));
    }
    s.hasState = true;
    s.lastState = r.state;
    s.measuredMs = r.ok() ? requestRttMs(r) : -1;
    s.freshAtMs = LiveProbeSet::clockMs();
    s.dirty = true;
    m_anyDirty = true;
    emit resultArrived(r);
}

void MonitorSession::refresh()
{
    if (!m_anyDirty)
        return;
    m_anyDirty = false;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // At most MaxWindowProbes of the newest probes: the window stays cheap at any probe rate.
    const qint64 span =
        std::min<qint64>(m_windowMs, qint64(MaxWindowProbes) * std::max(1, m_settings.intervalMs));
    for (size_t i = 0; i < m_rows.size(); ++i) {
        RowState &s = m_rows[i];
        if (!s.dirty)
            continue;
        s.dirty = false;
        const MonitorTarget &t = m_table->target(int(i));
        const TargetStats st = computeStats(m_store->query(t.probe.id, now - span, now + 60000), t);
        m_table->setStats(int(i), st);
        const int ok = st.samples - st.failures;
        if (t.hasModel() && ok >= MinBandSamples && st.rttP50Ms >= 0) {
            // Hysteresis: once outside, back within only well inside the band, so a median on its edge
            // does not raise an alarm on every refresh.
            const double margin = s.outsideBand ? (t.bandHighMs - t.bandLowMs) * Hysteresis / 2 : 0.0;
            const bool outside = st.rttP50Ms < t.bandLowMs + margin || st.rttP50Ms > t.bandHighMs - margin;
            if (outside && !s.outsideBand)
                raise(int(i), int(Alarm::Kind::OutsideBand),
                      tr("Measured RTT p50 %1 is outside the model's band %2 – %3 (model %4)")
                          .arg(units::ms(st.rttP50Ms), units::ms(t.bandLowMs), units::ms(t.bandHighMs),
                               units::ms(t.modeledRttMs)));
            else if (!outside && s.outsideBand)
                raise(int(i), int(Alarm::Kind::Recovered),
                      tr("Measured RTT p50 %1 is back within the model's band").arg(units::ms(st.rttP50Ms)));
            s.outsideBand = outside;
        }
        if (t.hasBudget() && ok >= MinSloSamples && st.sloValueMs >= 0) {
            const bool breach = st.sloValueMs > t.budgetMs * (s.sloBreach ? 1.0 - Hysteresis : 1.0);
            if (breach && !s.sloBreach)
                raise(int(i), int(Alarm::Kind::SloBreach),
                      (t.slo.metric == SloMetric::Ttft ? tr("TTFT measured %1 misses %2 (%3)")
                                                       : tr("End-to-end estimate measured %1 misses %2 (%3)"))
                          .arg(units::ms(st.sloValueMs), units::slo(t.slo), t.workloadName));
            else if (!breach && s.sloBreach)
                raise(int(i), int(Alarm::Kind::Recovered),
                      tr("Meets %1 again (%2)").arg(units::slo(t.slo), units::ms(st.sloValueMs)));
            s.sloBreach = breach;
        }
    }
    rebuildLiveProbes();
    emit refreshed();
}

void MonitorSession::rebuildLiveProbes()
{
    if (m_rows.empty()) {
        m_live.reset();
        return;
    }
    auto set = std::make_shared<LiveProbeSet>();
    set->vantageLon = m_vantage.lon;
    set->vantageLat = m_vantage.lat;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const MonitorTarget &t = m_table->target(int(i));
        if (t.node < 0)
            continue;
        const RowState &s = m_rows[i];
        LiveProbeSet::Probe p;
        p.node = t.node;
        p.freshAtMs = s.freshAtMs;
        if (!s.hasState)
            p.standing = LiveProbeSet::Standing::Pending;
        else if (s.lastState != ProbeState::Ok)
            p.standing = LiveProbeSet::Standing::Failed;
        else {
            p.measuredMs = s.measuredMs;
            // The window's median decides when there is one, else the newest probe.
            const double m =
                m_table->stats(int(i)).rttP50Ms >= 0 ? m_table->stats(int(i)).rttP50Ms : s.measuredMs;
            p.standing = !t.hasModel() || (m >= t.bandLowMs && m <= t.bandHighMs)
                             ? LiveProbeSet::Standing::WithinBand
                             : LiveProbeSet::Standing::OutsideBand;
        }
        set->probes.push_back(p);
    }
    m_live = std::move(set);
}

} // namespace ea
