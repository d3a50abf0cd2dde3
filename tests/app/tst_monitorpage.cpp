// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document.h"
#include "app/monitor/monitorpage.h"
#include "app/monitor/monitorsession.h"
#include "app/monitor/probesettingspanel.h"
#include "engine/latency/modeluncertainty.h"
#include "engine/model/units.h"
#include "engine/monitor/measurementstore.h"
#include "engine/monitor/monitortargets.h"
#include "widgets/map/mapwidget.h"
#include "widgets/monitor/alarmmodel.h"
#include "widgets/monitor/alarmsummarymodel.h"
#include "widgets/monitor/probestatestyle.h"
#include "widgets/monitor/probetablemodel.h"
#include "widgets/monitor/timeserieschart.h"

#include <QAbstractItemModelTester>
#include <QAreaSeries>
#include <QDir>
#include <QElapsedTimer>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "tests/common/testsupport.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

using namespace ea;

namespace {
constexpr int kFastIntervalMs = 200;

int countAlarms(const AlarmModel *m, Alarm::Kind kind, const QString &target = {})
{
    int n = 0;
    for (int i = 0; i < m->rowCount(); ++i)
        n += m->alarm(i).kind == kind && (target.isEmpty() || m->alarm(i).targetId == target);
    return n;
}

bool allAnswered(const ProbeTableModel *t)
{
    for (int i = 0; i < t->rowCount(); ++i)
        if (!t->lastResult(i))
            return false;
    return t->rowCount() > 0;
}

/** A loopback port nothing listens on (see tests/common/testsupport.h). */
quint16 closedPort()
{
    const quint16 port = ea::test::unusedLoopbackPort();
    return port ? port : 1;
}

/** Starts the simulation of the small fixture with fast probes. */
bool simulate(MonitorSession *session, double timeScale = 1.0, int intervalMs = kFastIntervalMs)
{
    ProbeSettings settings = session->probeSettings();
    settings.intervalMs = intervalMs;
    settings.timeoutMs = 3000;
    settings.stallMs = 1000;
    session->setProbeSettings(settings);
    SimulatorOptions options;
    options.count = 3;
    options.timeScale = timeScale;
    QString error;
    const bool ok = session->startSimulation(options, &error);
    if (!ok)
        qWarning("simulation: %s", qPrintable(error));
    return ok;
}
} // namespace

class tst_MonitorPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void simulatedResultsReachTableAndChart();
    void faultsShowDistinctStates();
    void outsideBandRaisesAnAlarm();
    void budgetRule();
    void sloBreachRaisesAnAlarm();
    void longRunStaysBounded();
    void stopStops();
    void alarmListIsBounded();
    void screenshot();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    std::unique_ptr<MonitorPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tableTester, m_alarmTester;
};

void tst_MonitorPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QCoreApplication::setOrganizationName(QStringLiteral("EdgeAtlasTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_MonitorPage"));
}

void tst_MonitorPage::init()
{
    m_doc = std::make_unique<Document>();
    QStringList errors;
    QVERIFY2(m_doc->load(QStringLiteral(EA_TEST_DATA_DIR "/small.json"), &errors),
             qPrintable(errors.join('\n')));
    m_page = std::make_unique<MonitorPage>(m_doc.get());
    m_page->resize(1400, 900);
    m_page->show();
    m_tableTester = std::make_unique<QAbstractItemModelTester>(
        m_page->session()->table(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_alarmTester = std::make_unique<QAbstractItemModelTester>(
        m_page->session()->alarms(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void tst_MonitorPage::cleanup()
{
    m_tableTester.reset();
    m_alarmTester.reset();
    m_page.reset();
    m_doc.reset();
}

void tst_MonitorPage::simulatedResultsReachTableAndChart()
{
    MonitorSession *session = m_page->session();
    QSignalSpy results(session, &MonitorSession::resultArrived);
    QVERIFY(!m_page->isSimulationBannerVisible());
    QVERIFY(m_page->startSimulatedDeployment(3));
    QVERIFY(m_page->isSimulationBannerVisible());
    QVERIFY(session->isRunning());
    ProbeTableModel *table = session->table();
    QCOMPARE(table->rowCount(), 3);
    // Results within seconds, one per target at least, all OK.
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(table), 8000);
    for (int row = 0; row < table->rowCount(); ++row) {
        const ProbeResult &last = *table->lastResult(row);
        QVERIFY2(last.ok(), qPrintable(last.errorText));
        QVERIFY(last.ttftMs >= last.firstByteMs && last.firstByteMs > 0);
        // The row shows the newest delivered result of its target.
        const ProbeResult *newest = nullptr;
        for (const QList<QVariant> &args : std::as_const(results)) {
            const auto &r = *static_cast<const ProbeResult *>(args.at(0).constData());
            if (r.targetId == table->target(row).probe.id &&
                (!newest || r.timestampMs >= newest->timestampMs))
                newest = &r;
        }
        QVERIFY(newest);
        QCOMPARE(last.sequence, newest->sequence);
        QCOMPARE(table->data(table->index(row, ProbeTableModel::FirstByteColumn)).toString(),
                 units::ms(newest->firstByteMs));
        QCOMPARE(table->data(table->index(row, ProbeTableModel::StateColumn)).toString(),
                 probeStateLabel(ProbeState::Ok));
        // The model's prediction is there, for the node and from the vantage point.
        QVERIFY(table->target(row).hasModel());
        QVERIFY(table->target(row).node >= 0);
    }
    // Enough samples for the chart; then its points are the delivered results.
    QTRY_VERIFY_WITH_TIMEOUT(results.count() >= 9, 8000);
    m_page->setCurrentTarget(0);
    const QString id = table->target(0).probe.id;
    QHash<qint64, const ProbeResult *> delivered;
    for (const QList<QVariant> &args : std::as_const(results)) {
        const auto &r = *static_cast<const ProbeResult *>(args.at(0).constData());
        if (r.targetId == id)
            delivered.insert(r.timestampMs, &r);
    }
    const QList<QPointF> rtt = m_page->chart()->rttPoints()->points();
    const QList<QPointF> ttft = m_page->chart()->ttftPoints()->points();
    QVERIFY(rtt.size() >= 2);
    QCOMPARE(rtt.size(), ttft.size());
    for (int i = 0; i < rtt.size(); ++i) {
        const ProbeResult *r = delivered.value(qint64(rtt[i].x()));
        QVERIFY2(r, "a chart point without a delivered result");
        QVERIFY(std::abs(rtt[i].y() - requestRttMs(*r)) < 1e-3);
        QVERIFY(std::abs(ttft[i].y() - r->ttftMs) < 1e-3);
    }
    // The bands and the model's line are drawn.
    QCOMPARE(m_page->chart()->rttBand()->upperSeries()->count(), rtt.size());
    QCOMPARE(m_page->chart()->modelLine()->count(), 2);
    QCOMPARE(m_page->chart()->modelLine()->at(0).y(), table->target(0).modeledRttMs);
    // The map shows the live probes, with measured RTT for the probed nodes.
    QVERIFY(m_page->map()->context().liveProbes);
    QCOMPARE(int(m_page->map()->context().liveProbes->probes.size()), 3);
    QCOMPARE(m_page->map()->context().measuredRttMs.size(), 3);
    // Healthy simulation at time scale 1: measured close to the model, no fault alarms; the settings panel
    // shows the 1 s interval the demo probes at. Delays are injected, never early: the lower bound is tight.
    // Above, a loaded 2-core machine adds scheduling pauses (a median 2.0x the model was seen with five
    // builds running), so the upper bound only catches a wrong scale.
    QTRY_VERIFY_WITH_TIMEOUT(table->stats(0).rttP50Ms >= 0, 3000);
    const double p50 = table->stats(0).rttP50Ms, modeled = table->target(0).modeledRttMs;
    QVERIFY2(p50 > 0.8 * modeled && p50 < 3 * modeled + 100,
             qPrintable(QStringLiteral("p50 %1 ms, model %2 ms").arg(p50).arg(modeled)));
    QCOMPARE(countAlarms(session->alarms(), Alarm::Kind::Fault), 0);
    QCOMPARE(m_page->settingsPanel()->settings().intervalMs, 1000);
}

void tst_MonitorPage::faultsShowDistinctStates()
{
    MonitorSession *session = m_page->session();
    QVERIFY(simulate(session));
    const SimulatedDeployment *sim = session->simulator();
    QVERIFY(sim);
    std::vector<MonitorTarget> targets = session->table()->targets();
    const QList<std::pair<QString, ProbeState>> faults{
        {QStringLiteral("http-503"), ProbeState::HttpError},
        {QStringLiteral("malformed"), ProbeState::MalformedStream},
        {QStringLiteral("close-early"), ProbeState::ClosedEarly},
        {QStringLiteral("stall"), ProbeState::Stalled}};
    for (const auto &[fault, state] : faults) {
        ProbeTarget p;
        p.id = QStringLiteral("fault-") + fault;
        p.url = sim->faultUrl(fault);
        p.kind = ProbeKind::ChatStream;
        targets.push_back(urlTarget(p));
    }
    ProbeTarget refused;
    refused.id = QStringLiteral("refused");
    refused.url = QStringLiteral("http://127.0.0.1:%1/v1/chat/completions").arg(closedPort());
    refused.kind = ProbeKind::ChatStream;
    targets.push_back(urlTarget(refused));
    session->setTargets(targets);
    QVERIFY(session->isRunning());
    ProbeTableModel *table = session->table();
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(table), 10000);

    QList<std::pair<QString, ProbeState>> expected = faults;
    expected.append({QStringLiteral("refused"), ProbeState::ConnectionRefused});
    QSet<QRgb> colours;
    QSet<QString> texts;
    for (const auto &[id, state] : expected) {
        const QString targetId = id == QLatin1String("refused") ? id : QStringLiteral("fault-") + id;
        const int row = table->rowOf(targetId);
        QVERIFY(row >= 0);
        const ProbeResult &last = *table->lastResult(row);
        QCOMPARE(last.state, state);
        QVERIFY(!last.errorText.isEmpty());
        const QModelIndex cell = table->index(row, ProbeTableModel::StateColumn);
        const QString text = table->data(cell).toString();
        texts.insert(text);
        colours.insert(table->data(cell, Qt::ForegroundRole).value<QColor>().rgb());
        QVERIFY(!table->data(cell, Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(table->data(cell, Qt::ToolTipRole).toString().contains(last.errorText));
        if (state == ProbeState::HttpError)
            QCOMPARE(text, QStringLiteral("HTTP 503"));
        // One fault alarm when the state began, not one per probe.
        QTRY_COMPARE_WITH_TIMEOUT(countAlarms(session->alarms(), Alarm::Kind::Fault, targetId), 1, 3000);
    }
    QCOMPARE(texts.size(), expected.size());   // every state its own text…
    QCOMPARE(colours.size(), expected.size()); // …and its own colour
    QVERIFY(ProbeStateStyle::mark(ProbeState::Stalled) != ProbeStateStyle::mark(ProbeState::ClosedEarly));
    // The healthy nodes stay OK beside them.
    for (int row = 0; row < 3; ++row)
        QCOMPARE(table->lastResult(row)->state, ProbeState::Ok);
    if (qEnvironmentVariableIsSet("EA_SCREENSHOT_DIR")) {
        m_page->setCurrentTarget(0);
        m_page->grab().save(QDir(qEnvironmentVariable("EA_SCREENSHOT_DIR"))
                                .filePath(QStringLiteral("ea-monitor-faults.png")));
    }
}

void tst_MonitorPage::outsideBandRaisesAnAlarm()
{
    MonitorSession *session = m_page->session();
    QVERIFY(simulate(session, 3.0)); // every delay three times the model's: far outside ±40 %
    QTRY_VERIFY_WITH_TIMEOUT(countAlarms(session->alarms(), Alarm::Kind::OutsideBand) == 3, 10000);
    const ProbeTableModel *table = session->table();
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY(table->outsideBand(row));
        const double ratio = table->stats(row).rttP50Ms / table->target(row).modeledRttMs;
        QVERIFY2(ratio > 2.5 && ratio < 6, qPrintable(QString::number(ratio))); // 3, plus load
    }
    const Alarm &a = session->alarms()->alarm(0);
    QVERIFY(a.message.contains(QStringLiteral("outside")));
    QVERIFY(std::abs(a.timestampMs - QDateTime::currentMSecsSinceEpoch()) < 60000);
    // The map draws those routes as outside the band.
    const auto live = session->liveProbes();
    QVERIFY(live);
    for (const LiveProbeSet::Probe &p : live->probes)
        QCOMPARE(p.standing, LiveProbeSet::Standing::OutsideBand);
}

void tst_MonitorPage::budgetRule()
{
    const Scenario &s = *m_doc->scenario();
    const Vantage v = defaultVantage(s);
    QCOMPARE(v.region, 0); // Paris, the heavier region
    QHash<QString, int> node;
    for (size_t i = 0; i < s.nodes.size(); ++i)
        node.insert(s.nodes[i].id, int(i));
    ProbeTarget p;
    p.id = QStringLiteral("par");
    // A regional node: the tightest SLO of the interactive workloads in its tier ("chat", TTFT p95 1 s).
    const MonitorTarget regional = nodeTarget(s, nullptr, v, node.value(QStringLiteral("par")), p);
    QCOMPARE(regional.budgetMs, 1000.0);
    QCOMPARE(regional.slo.metric, SloMetric::Ttft);
    // Paris to Paris: the region's access only; the band is ± the RTT model's P90 error on cities it was not
    // fitted on for paths under 500 km (0.678 for the fit of 2026-12-07 with the backbone and major-hub
    // terms), to the percent; long paths get the narrower band of theirs.
    QCOMPARE(modelBandRelative(0), std::round(100 * defaultRttBandAccuracy().front().p90AbsRelErr) / 100);
    QCOMPARE(modelBandRelative(0), 0.68);
    QCOMPARE(modelBandRelative(9000), std::round(100 * defaultRttBandAccuracy().back().p90AbsRelErr) / 100);
    QVERIFY(modelBandRelative(9000) < modelBandRelative(0));
    QCOMPARE(regional.modeledRttMs, 10.0);
    QVERIFY(std::abs(regional.bandLowMs - 3.2) < 1e-9);
    QVERIFY(std::abs(regional.bandHighMs - 16.8) < 1e-9);
    // The central tier serves no interactive workload here: no budget…
    QVERIFY(!nodeTarget(s, nullptr, v, node.value(QStringLiteral("api")), p).hasBudget());
    // …unless the endpoint is known to serve one.
    QCOMPARE(nodeTarget(s, nullptr, v, node.value(QStringLiteral("api")), p, QStringLiteral("chat")).budgetMs,
             1000.0);
}

void tst_MonitorPage::sloBreachRaisesAnAlarm()
{
    // The simulated nodes all serve "chat" (TTFT p95 budget); a 1 ms budget no real answer meets.
    Scenario s = *m_doc->scenario();
    s.workloads[0].slo.budgetMs = 1;
    QVERIFY(m_doc->applyEdit(s, QStringLiteral("tight budget")));
    MonitorSession *session = m_page->session();
    QVERIFY(simulate(session));
    const ProbeTableModel *table = session->table();
    QCOMPARE(session->simulator()->workloadId(), QStringLiteral("chat"));
    for (const MonitorTarget &t : table->targets())
        QCOMPARE(t.budgetMs, 1.0);
    QTRY_VERIFY_WITH_TIMEOUT(countAlarms(session->alarms(), Alarm::Kind::SloBreach) == table->rowCount(),
                             10000);
    const Alarm *breach = nullptr;
    for (int i = 0; i < session->alarms()->rowCount() && !breach; ++i)
        if (session->alarms()->alarm(i).kind == Alarm::Kind::SloBreach)
            breach = &session->alarms()->alarm(i);
    QVERIFY(breach->message.contains(QStringLiteral("TTFT")));
    // The table marks the value beyond the budget.
    const int row = table->rowOf(breach->targetId);
    QCOMPARE(table->data(table->index(row, ProbeTableModel::SloColumn), Qt::ForegroundRole).value<QColor>(),
             QColor(0xd7, 0x30, 0x27));
    // The Now tab: one row per tier, not one per target; every breaching target is in exactly one, and a
    // 1 ms budget is beyond both the round trip and the server's time on their own.
    const AlarmSummaryModel *summary = session->alarmSummary();
    QCOMPARE(m_page->alarmSummaryView()->model(), static_cast<const QAbstractItemModel *>(summary));
    QTRY_VERIFY_WITH_TIMEOUT(summary->rowCount() > 0, 5000);
    QSet<int> grouped;
    QSet<int> tiers;
    for (const AlarmGroup &g : summary->groups()) {
        if (g.kind != Alarm::Kind::SloBreach)
            continue;
        QVERIFY(!tiers.contains(int(g.tier)));
        tiers.insert(int(g.tier));
        QCOMPARE(g.cause, AlarmGroup::Cause::Both);
        for (int r : g.rows) {
            QVERIFY(!grouped.contains(r));
            grouped.insert(r);
            QCOMPARE(table->target(r).tier, g.tier);
        }
        QCOMPARE(
            summary
                ->data(summary->index(int(&g - summary->groups().data()), AlarmSummaryModel::SummaryColumn))
                .toString(),
            g.summary);
    }
    QCOMPARE(grouped.size(), table->rowCount());
}

void tst_MonitorPage::longRunStaysBounded()
{
    MonitorSession *session = m_page->session();
    constexpr int kCapacity = 40;
    auto store = std::make_shared<MemoryMeasurementStore>(kCapacity, 3600 * 1000);
    m_page->setMeasurementStore(store);
    QVERIFY(simulate(session, 0.05, 20));
    const SimulatedDeployment *sim = session->simulator();
    std::vector<MonitorTarget> targets;
    for (int i = 0; i < 50; ++i) {
        ProbeTarget p;
        p.id = QStringLiteral("t%1").arg(i);
        p.url = i % 10 == 9 ? sim->faultUrl(QStringLiteral("http-503"))
                            : sim->chatUrl(sim->nodes()[size_t(i % 3)].id);
        p.kind = ProbeKind::ChatStream;
        p.maxTokens = 4;
        targets.push_back(urlTarget(p));
    }
    session->setTargets(targets);
    QVERIFY(session->isRunning());
    // The longest gap between 10 ms ticks of the GUI thread is printed, not bounded: at 2,500 results a
    // second it is a figure of the machine and its load (0.5 to 6 s on a loaded 2-core machine), which
    // `edgeatlas bench monitor` reports. This test bounds what must hold anywhere: memory.
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0, longest = 0;
    QTimer tick;
    tick.setInterval(10);
    connect(&tick, &QTimer::timeout, this, [&] {
        longest = std::max(longest, clock.elapsed() - last);
        last = clock.elapsed();
    });
    tick.start();
    QTest::qWait(3000);
    tick.stop();
    const quint64 received = session->resultsReceived();
    qInfo("long run: %llu results in 3 s from 50 targets at 20 ms; longest GUI gap %lld ms", received,
          longest);
    QVERIFY(received > 50 * kCapacity / 2); // far more than the buffers keep
    for (const MonitorTarget &t : targets)
        QVERIFY(store->size(t.probe.id) <= kCapacity);
    QVERIFY(store->totalSize() <= 50 * kCapacity);
    QVERIFY(session->alarms()->rowCount() <= AlarmLog::MaxAlarms);
}

void tst_MonitorPage::stopStops()
{
    MonitorSession *session = m_page->session();
    QVERIFY(simulate(session));
    QTRY_VERIFY_WITH_TIMEOUT(session->resultsReceived() >= 3, 8000);
    QSignalSpy running(session, &MonitorSession::runningChanged);
    m_page->stopProbing();
    QVERIFY(!session->isRunning());
    QCOMPARE(running.count(), 1);
    const quint64 received = session->resultsReceived();
    QTest::qWait(1000); // five intervals
    QCOMPARE(session->resultsReceived(), received);
    // Stopping the simulation takes the banner away.
    QVERIFY(m_page->isSimulationBannerVisible());
    session->stopSimulation();
    QVERIFY(!m_page->isSimulationBannerVisible());
    // Start now probes the scenario's own endpoints, not the simulator's that are gone; the fixture has none.
    QVERIFY(session->targetsAreSimulated());
    QVERIFY(!m_page->startProbing());
    QVERIFY(!session->isRunning());
    QCOMPARE(session->table()->rowCount(), 0);
}

void tst_MonitorPage::alarmListIsBounded()
{
    // The list views the engine's alarm log (tst_AlarmLog checks the log itself), rows and all.
    AlarmLog log;
    AlarmModel model(&log);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    for (int i = 0; i < AlarmLog::MaxAlarms + 50; ++i)
        log.add({1000LL * i, QStringLiteral("t%1").arg(i), Alarm::Kind::Fault, QStringLiteral("m")});
    QCOMPARE(model.rowCount(), AlarmLog::MaxAlarms);
    QCOMPARE(model.alarm(0).targetId, QStringLiteral("t%1").arg(AlarmLog::MaxAlarms + 49)); // newest first
    QCOMPARE(model.data(model.index(0, AlarmModel::TargetColumn)).toString(),
             QStringLiteral("t%1").arg(AlarmLog::MaxAlarms + 49));
    QCOMPARE(model.data(model.index(AlarmLog::MaxAlarms - 1, AlarmModel::TargetColumn)).toString(),
             QStringLiteral("t50")); // the oldest kept
    QCOMPARE(log.totalAdded(), quint64(AlarmLog::MaxAlarms + 50));
    QCOMPARE(inserted.count(), AlarmLog::MaxAlarms + 50);
    QCOMPARE(removed.count(), 50);
    log.clear();
    QCOMPARE(model.rowCount(), 0);
}

void tst_MonitorPage::screenshot()
{
    // The default scenario with the simulated deployment, as `edgeatlas --simulate` shows it.
    cleanup();
    m_doc = std::make_unique<Document>();
    QStringList errors;
    QVERIFY(m_doc->loadDefault(&errors));
    MonitorPage page(m_doc.get());
    page.resize(1600, 1000);
    page.show();
    QVERIFY(page.startSimulatedDeployment(24));
    QCOMPARE(page.session()->table()->rowCount(), 24);
    QTRY_VERIFY_WITH_TIMEOUT(allAnswered(page.session()->table()), 15000);
    // CPU while probing 24 targets every second: the GUI thread (models, map, chart, painting), the prober
    // thread, and the whole process (which also runs the simulated deployment's server thread).
    const int waitMs = std::max(5000, qEnvironmentVariableIntValue("EA_SCREENSHOT_WAIT_MS"));
    const auto cpuSeconds = [](clockid_t clock) {
        timespec t{};
        clock_gettime(clock, &t);
        return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
    };
    const double gui0 = cpuSeconds(CLOCK_THREAD_CPUTIME_ID), process0 = cpuSeconds(CLOCK_PROCESS_CPUTIME_ID);
    const double prober0 = page.session()->stats().threadCpuSeconds;
    QElapsedTimer wall;
    wall.start();
    QTest::qWait(waitMs);
    const double seconds = double(wall.elapsed()) / 1000.0;
    const double gui = (cpuSeconds(CLOCK_THREAD_CPUTIME_ID) - gui0) / seconds * 100;
    const double process = (cpuSeconds(CLOCK_PROCESS_CPUTIME_ID) - process0) / seconds * 100;
    const double prober = (page.session()->stats().threadCpuSeconds - prober0) / seconds * 100;
    qInfo("24 targets at 1 s for %.1f s: GUI thread %.1f %%, prober thread %.1f %%, whole process %.1f %% of "
          "one core",
          seconds, gui, prober, process);
    QVERIFY(gui < 50); // the page idles between results
    page.setCurrentTarget(0);
    const QImage image = page.grab().toImage();
    QVERIFY(!image.isNull());
    const QString file = QDir(qEnvironmentVariable("EA_SCREENSHOT_DIR", QDir::tempPath()))
                             .filePath(QStringLiteral("ea-monitor.png"));
    QVERIFY(image.save(file));
    qInfo("saved %s", qPrintable(file));
}

QTEST_MAIN(tst_MonitorPage)
#include "tst_monitorpage.moc"
