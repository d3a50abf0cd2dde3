// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/monitorpage.h"

#include "app/document.h"
#include "app/mapbinder.h"
#include "app/monitor/fleetconnectdialog.h"
#include "app/monitor/fleetpanel.h"
#include "app/monitor/fleetsession.h"
#include "app/monitor/monitorsession.h"
#include "app/monitor/monitortable.h"
#include "app/monitor/probesettingspanel.h"
#include "app/monitor/prometheusdialog.h"
#include "app/planselection.h"
#include "engine/geo/geodesy.h"
#include "widgets/map/demandlayer.h"
#include "widgets/map/liveprobeslayer.h"
#include "widgets/map/maplayerpanel.h"
#include "widgets/map/mapwidget.h"
#include "widgets/map/nodeslayer.h"
#include "widgets/map/routeslayer.h"
#include "widgets/monitor/alarmmodel.h"
#include "widgets/monitor/alarmsummarymodel.h"
#include "widgets/monitor/probetablemodel.h"
#include "widgets/monitor/timeserieschart.h"

#include <QAction>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace ea {

namespace {
constexpr int kPulseFrameMs = 40;
constexpr qint64 kMinChartSpanMs = 30000;
constexpr int kMaxNodeColumnPx = 280;
constexpr double kNeighbourhoodKm = 2500;

QTableView *makeTable(QWidget *parent, const QString &name, const QString &description)
{
    QTableView *t = makeMonitorTable(parent, name, description);
    t->horizontalHeader()->setHighlightSections(false);
    return t;
}
} // namespace

MonitorPage::MonitorPage(Document *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_session(new MonitorSession(document, this)),
      m_fleet(new FleetSession(document, this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildToolBar();
    layout->addWidget(m_toolBar);

    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("simulationBanner"));
    m_banner->setStyleSheet(
        QStringLiteral("#simulationBanner { background: #fff3cd; border-bottom: 1px solid "
                       "#e0c36a; } #simulationBanner QLabel { color: #5c4500; }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    auto *bannerText = new QLabel(
        tr("<b>Simulated deployment on this computer — not real measurements.</b> The endpoints answer "
           "with the delays the latency model predicts."),
        m_banner);
    bannerText->setWordWrap(true);
    auto *bannerStop = new QPushButton(tr("Stop Simulation"), m_banner);
    bannerStop->setToolTip(tr("Stops probing and shuts the simulated deployment down"));
    connect(bannerStop, &QPushButton::clicked, m_session, &MonitorSession::stopSimulation);
    bannerLayout->addWidget(bannerText, 1);
    bannerLayout->addWidget(bannerStop);
    m_banner->setVisible(false);
    layout->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);

    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    m_settings = new ProbeSettingsPanel(left);
    leftLayout->addWidget(m_settings);
    m_layers = new MapLayerPanel(left);
    leftLayout->addWidget(m_layers, 1);

    auto *centre = new QSplitter(Qt::Vertical, split);
    m_map = new MapWidget(centre);
    // The plan's routes and the demand discs would compete with the live routes; they stay one click
    // away in the layer list.
    m_map->setLayerVisible(QString::fromLatin1(RoutesLayer::Id), false);
    m_map->setLayerVisible(QString::fromLatin1(DemandLayer::Id), false);
    m_layers->setMap(m_map);
    m_targets = makeTable(centre, tr("Probe targets"),
                          tr("The probed endpoints, one per row: the newest probe's state and timings, the "
                             "model's RTT, the residual and the statistics over the window. Select a row to "
                             "see its time series."));
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_session->table());
    m_proxy->setSortRole(Qt::UserRole);
    m_targets->setModel(m_proxy);
    m_targets->setSortingEnabled(true);
    m_targets->sortByColumn(ProbeTableModel::TargetColumn, Qt::AscendingOrder);
    m_targets->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_targets->horizontalHeader()->setStretchLastSection(true);
    m_fleetPanel = new FleetPanel(m_document, m_fleet, m_map, centre);
    m_fleetPanel->setVisible(false);
    connect(m_fleetPanel, &FleetPanel::disconnectRequested, this, &MonitorPage::disconnectFleet);
    connect(m_fleet, &FleetSession::statusChanged, this, &MonitorPage::onFleetStatus);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    centre->setStretchFactor(2, 2);

    auto *right = new QSplitter(Qt::Vertical, split);
    m_right = right;
    m_chart = new TimeSeriesChart(right);
    // What holds now, grouped (one row per cause, not one per target), then the log of every alarm.
    m_alarmTabs = new QTabWidget(right);
    m_alarmTabs->setDocumentMode(true);
    m_alarmSummary = makeTable(m_alarmTabs, tr("Alarms now"),
                               tr("What holds now, grouped: targets that miss the same SLO for the same "
                                  "reason, fail the same way or leave the model's band the same way share a "
                                  "row. Hover a row for its targets."));
    m_alarmSummary->setModel(m_session->alarmSummary());
    m_alarmSummary->setWordWrap(true);
    m_alarmSummary->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_alarmSummary->horizontalHeader()->setStretchLastSection(true);
    m_alarmSummary->horizontalHeader()->setSectionResizeMode(AlarmSummaryModel::KindColumn,
                                                             QHeaderView::ResizeToContents);
    m_alarmSummary->horizontalHeader()->setSectionResizeMode(AlarmSummaryModel::SinceColumn,
                                                             QHeaderView::ResizeToContents);
    m_alarmTabs->addTab(m_alarmSummary, tr("Now"));
    m_alarms = makeTable(m_alarmTabs, tr("Alarm log"),
                         tr("Faults, SLO breaches and medians outside the model's band as they start and "
                            "end, newest first"));
    m_alarms->setModel(m_session->alarms());
    m_alarms->horizontalHeader()->setStretchLastSection(true);
    m_alarms->setColumnWidth(AlarmModel::TimeColumn, 70);
    m_alarms->setColumnWidth(AlarmModel::KindColumn, 170);
    m_alarmTabs->addTab(m_alarms, tr("Log"));
    const auto updateAlarmTabs = [this] {
        const int now = m_session->alarmSummary()->rowCount();
        m_alarmTabs->setTabText(0, now > 0 ? tr("Now (%1)").arg(QLocale().toString(now)) : tr("Now"));
    };
    connect(m_session->alarmSummary(), &QAbstractItemModel::modelReset, this, updateAlarmTabs);
    right->setStretchFactor(0, 3);
    right->setStretchFactor(1, 2);

    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    split->setSizes({260, 900, 560});

    m_pulse = new QTimer(this);
    m_pulse->setInterval(kPulseFrameMs);
    connect(m_pulse, &QTimer::timeout, this, [this] {
        const auto live = m_session->liveProbes();
        if (!live || !live->pulsing(LiveProbeSet::clockMs()))
            m_pulse->stop();
        m_map->update();
    });

    connect(m_session, &MonitorSession::refreshed, this, &MonitorPage::onRefreshed);
    connect(m_session, &MonitorSession::targetsChanged, this, &MonitorPage::onTargetsChanged);
    connect(m_session, &MonitorSession::runningChanged, this, &MonitorPage::onRunningChanged);
    connect(m_session, &MonitorSession::simulationChanged, this, [this](bool on) {
        m_banner->setVisible(on);
        updateStatus();
    });
    connect(m_session, &MonitorSession::probeError, this, &MonitorPage::showError);
    connect(m_settings, &ProbeSettingsPanel::settingsChanged, m_session, &MonitorSession::setProbeSettings);
    connect(m_session, &MonitorSession::probeSettingsChanged, m_settings, &ProbeSettingsPanel::setSettings);
    connect(m_settings, &ProbeSettingsPanel::windowChanged, m_session, &MonitorSession::setWindowMs);
    connect(m_settings, &ProbeSettingsPanel::vantageChanged, this, [this] {
        m_session->setVantage(m_settings->vantage());
        // A simulated user sits at the vantage point: move it along.
        if (m_session->simulator())
            startSimulatedDeployment(int(m_session->simulator()->nodes().size()));
    });
    connect(m_targets->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                setCurrentTarget(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
            });
    // The map follows the document like the Plan's, on the one selection: a target picks its node.
    new MapBinder(m_document, m_map, MapBinder::Region | MapBinder::Nodes, m_map);
    connect(m_document->selection(), &PlanSelection::nodesChanged, this, [this](const QList<int> &nodes) {
        const auto &targets = m_session->state()->targets();
        for (size_t i = 0; i < targets.size() && !nodes.isEmpty(); ++i) {
            if (targets[i].node == nodes.front()) {
                m_targets->setCurrentIndex(m_proxy->mapFromSource(m_session->table()->index(int(i), 0)));
                return;
            }
        }
    });
    const auto scenarioChanged = [this] {
        m_settings->setScenario(m_document->scenario());
        m_settings->setVantage(m_session->vantage());
    };
    connect(m_document, &Document::scenarioChanged, this, scenarioChanged);
    m_settings->setSettings(m_session->probeSettings());
    scenarioChanged();
    updateStatus();
}

MonitorPage::~MonitorPage()
{
    // Stop while this page can still take the session's last signals (not from QWidget's destructor).
    m_session->disconnect(this);
    m_fleet->disconnect(this);
    m_session->stopSimulation();
    m_session->stop();
}

void MonitorPage::buildToolBar()
{
    m_toolBar = new QToolBar(tr("Monitor"), this);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_startAction = m_toolBar->addAction(tr("&Start Probing"), this, [this] {
        if (m_session->isRunning())
            stopProbing();
        else
            startProbing();
    });
    m_startAction->setToolTip(tr("Probe the scenario's node endpoints (or the simulated deployment's)"));
    m_simulateAction = m_toolBar->addAction(tr("Simulate &Deployment"), this, [this] {
        if (m_session->simulator())
            m_session->stopSimulation();
        else
            startSimulatedDeployment();
    });
    m_simulateAction->setToolTip(tr("Serve the nearest nodes of the scenario from this computer with the "
                                    "modeled delays, and probe them"));
    QAction *prometheus = m_toolBar->addAction(tr("&Prometheus History…"), this, [this] {
        auto *dialog = new PrometheusDialog(m_document->jobs(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    prometheus->setObjectName(QStringLiteral("prometheusHistoryAction"));
    m_fleetAction = m_toolBar->addAction(tr("Connect to P&rometheus…"), this, [this] {
        if (m_fleet->isConnected())
            disconnectFleet();
        else
            openFleetDialog();
    });
    m_fleetAction->setObjectName(QStringLiteral("fleetConnectAction"));
    m_fleetAction->setToolTip(tr("Fleet mode: show every probe agent's routes, read live from the Prometheus "
                                 "server that scrapes them"));
    prometheus->setToolTip(tr("Read the probe agents' latency history back from a Prometheus server"));
    m_toolBar->addSeparator();
    m_status = new QLabel(m_toolBar);
    m_status->setAccessibleName(tr("Monitor status"));
    m_status->setContentsMargins(8, 0, 8, 0);
    m_toolBar->addWidget(m_status);
}

void MonitorPage::openFleetDialog()
{
    auto *dialog = new FleetConnectDialog(m_fleet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

bool MonitorPage::connectFleet(const QString &url, const QString &tokenVariable, const QString &note,
                               QString *error)
{
    m_fleetPanel->setNote(note);
    return m_fleet->connectTo(url, tokenVariable, error);
}

void MonitorPage::disconnectFleet()
{
    m_fleet->disconnectFrom();
}

void MonitorPage::onFleetStatus()
{
    const bool on = m_fleet->isConnected();
    if (on == !m_fleetPanel->isHidden())
        return;
    m_fleetPanel->setVisible(on);
    m_targets->setVisible(!on);
    m_right->setVisible(!on);
    m_fleetAction->setText(on ? tr("Disconnect from P&rometheus") : tr("Connect to P&rometheus…"));
    // The fleet layer draws the probed nodes itself: the scenario's thousands of others would bury the
    // routes.
    const QString nodes = QString::fromLatin1(NodesLayer::Id);
    if (on) {
        m_nodesShownBeforeFleet = m_map->isLayerVisible(nodes);
        m_map->setLayerVisible(nodes, false);
        m_map->setLayerVisible(QString::fromLatin1(LiveProbesLayer::Id), false);
        // The whole world: the agents stand on every continent.
        m_map->fitWorld();
    } else {
        m_map->setLayerVisible(nodes, m_nodesShownBeforeFleet);
        m_map->setLayerVisible(QString::fromLatin1(LiveProbesLayer::Id), true);
        m_fleetPanel->setNote({});
    }
}

bool MonitorPage::isSimulationBannerVisible() const
{
    return !m_banner->isHidden();
}

void MonitorPage::setMeasurementStore(std::shared_ptr<MeasurementStore> store)
{
    m_session->setMeasurementStore(std::move(store));
}

bool MonitorPage::startSimulatedDeployment(int nodes)
{
    ProbeSettings settings = m_session->probeSettings();
    settings.intervalMs = 1000;
    m_session->setProbeSettings(settings);
    SimulatorOptions options;
    options.count = std::max(1, nodes);
    options.jitter = 0.08;
    QString error;
    m_error.clear();
    const bool ok = m_session->startSimulation(options, &error);
    if (!ok)
        showError(tr("The simulated deployment could not start: %1").arg(error));
    updateStatus();
    return ok;
}

void MonitorPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    if (!m_simulateOnFirstShow || m_session->isRunning() || m_session->state()->size() > 0)
        return;
    const auto scenario = m_document->scenario();
    if (!scenario)
        return;
    for (const Node &n : scenario->nodes)
        if (!n.endpoint.isEmpty())
            return; // real endpoints: the user starts probing them
    // After the page is up, so the window paints first.
    QTimer::singleShot(0, this, [this] {
        if (!m_session->isRunning() && m_session->state()->size() == 0)
            startSimulatedDeployment();
    });
}

bool MonitorPage::startProbing()
{
    m_error.clear();
    // After a simulation the targets point at a server that is gone: probe the scenario's endpoints.
    const bool stale = m_session->targetsAreSimulated() && !m_session->simulator();
    if ((m_session->state()->targets().empty() || stale) && m_session->useScenarioEndpoints() == 0) {
        showError(tr("No node of this scenario has an endpoint to probe. Simulate a deployment to see the "
                     "monitor at work."));
        return false;
    }
    QString error;
    if (!m_session->start(&error)) {
        showError(error);
        return false;
    }
    return true;
}

void MonitorPage::stopProbing()
{
    m_session->stop();
}

void MonitorPage::setCurrentTarget(int row)
{
    if (row >= m_session->state()->size())
        row = -1;
    m_current = row;
    const int node = row >= 0 ? m_session->state()->target(row).node : -1;
    m_document->selection()->setNodes(node >= 0 ? QList<int>{node} : QList<int>{});
    updateChart();
}

void MonitorPage::updateChart()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = m_session->windowMs();
    if (m_current < 0) {
        m_chart->setData(nullptr, {}, now - window, now);
        return;
    }
    const MonitorTarget &t = m_session->state()->target(m_current);
    const std::vector<ProbeResult> results = m_session->recent(t.probe.id, window);
    // The axis spans what is there (at least half a minute), not an empty window.
    const qint64 from =
        results.empty()
            ? now - kMinChartSpanMs
            : std::max(now - window, std::min(results.front().timestampMs - 1000, now - kMinChartSpanMs));
    m_chart->setData(&t, results, from, now);
}

void MonitorPage::onRefreshed()
{
    m_map->setLiveProbes(m_session->liveProbes());
    m_map->setMeasuredRtt(m_session->measuredRtt());
    if (m_session->liveProbes() && m_session->liveProbes()->pulsing(LiveProbeSet::clockMs()) &&
        !m_pulse->isActive())
        m_pulse->start();
    updateChart();
    updateStatus();
}

void MonitorPage::onTargetsChanged()
{
    m_map->setLiveProbes(m_session->liveProbes());
    const auto &targets = m_session->state()->targets();
    if (m_current >= int(targets.size()))
        m_current = -1;
    if (m_current < 0 && !targets.empty())
        m_targets->setCurrentIndex(m_proxy->mapFromSource(m_session->table()->index(0, 0)));
    // Show the vantage point and the probed nodes in its part of the world (far central campuses would
    // zoom the map out to the world; their routes still lead off the view towards them).
    const auto scenario = m_document->scenario();
    const Vantage v = m_session->vantage();
    std::vector<std::pair<double, QPointF>> byDistance;
    for (const MonitorTarget &t : targets) {
        if (scenario && t.node >= 0 && size_t(t.node) < scenario->nodes.size()) {
            const Node &n = scenario->nodes[size_t(t.node)];
            byDistance.emplace_back(geo::greatCircleKm(v.lon, v.lat, n.lon, n.lat), QPointF(n.lon, n.lat));
        }
    }
    std::sort(byDistance.begin(), byDistance.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<QPointF> points{QPointF(v.lon, v.lat)};
    for (size_t i = 0; i < byDistance.size() && (i == 0 || byDistance[i].first < kNeighbourhoodKm); ++i)
        points.append(byDistance[i].second);
    if (points.size() > 1) {
        MapViewport vp = m_map->viewport();
        vp.fitLonLat(points, 48);
        m_map->setViewport(vp);
    }
    m_targets->resizeColumnsToContents();
    m_targets->setColumnWidth(
        ProbeTableModel::NodeColumn,
        std::min(m_targets->columnWidth(ProbeTableModel::NodeColumn), kMaxNodeColumnPx));
    // Numbers arrive later: room for them now, so the columns do not jump.
    const QFontMetrics fm = m_targets->fontMetrics();
    const int numberPx = fm.horizontalAdvance(QStringLiteral("+9,999.9 ms")) + 16;
    for (int c = ProbeTableModel::FirstByteColumn; c < ProbeTableModel::BudgetColumn; ++c)
        m_targets->setColumnWidth(c, std::max(m_targets->columnWidth(c), numberPx));
    m_targets->setColumnWidth(
        ProbeTableModel::StateColumn,
        std::max(m_targets->columnWidth(ProbeTableModel::StateColumn),
                 fm.horizontalAdvance(probeStateLabel(ProbeState::ConnectionRefused)) + 40));
    updateChart();
    updateStatus();
}

void MonitorPage::onRunningChanged(bool running)
{
    m_startAction->setText(running ? tr("&Stop Probing") : tr("&Start Probing"));
    updateStatus();
}

void MonitorPage::showError(const QString &message)
{
    m_error = message;
    updateStatus();
}

void MonitorPage::updateStatus()
{
    m_simulateAction->setText(m_session->simulator() ? tr("Stop &Simulation") : tr("Simulate &Deployment"));
    QString text;
    if (!m_error.isEmpty()) {
        text = m_error;
    } else if (m_session->isRunning()) {
        const ProbeStats s = m_session->stats();
        const QLocale locale;
        text = tr("Probing %n target(s) every %1 s — %2 results, %3 failed, %4 in flight", nullptr,
                  m_session->state()->size())
                   .arg(locale.toString(m_session->probeSettings().intervalMs / 1000.0),
                        locale.toString(qulonglong(m_session->resultsReceived())),
                        locale.toString(qulonglong(s.failed)), locale.toString(s.inFlight));
    } else {
        text = m_session->state()->size() > 0
                   ? tr("Stopped — %n target(s)", nullptr, m_session->state()->size())
                   : tr("No targets: start probing the scenario's endpoints or "
                        "simulate a deployment");
    }
    m_status->setText(text);
}

} // namespace ea
