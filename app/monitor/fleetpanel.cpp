// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/fleetpanel.h"

#include "app/document.h"
#include "app/jobrunner.h"
#include "app/monitor/calibrationflow.h"
#include "app/monitor/fleetsession.h"
#include "app/monitor/monitortable.h"
#include "app/planselection.h"
#include "widgets/map/mapwidget.h"
#include "widgets/monitor/alarmmodel.h"
#include "widgets/monitor/fleettablemodel.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace ea {

namespace {
const QString kSeriesLane = QStringLiteral("fleet-series");

QTableView *makeTable(QWidget *parent, const QString &name, const QString &description)
{
    QTableView *t = makeMonitorTable(parent, name, description);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

FleetPanel::FleetPanel(Document *document, FleetSession *session, MapWidget *map, QWidget *parent)
    : QWidget(parent), m_document(document), m_session(session), m_map(map),
      m_model(new FleetTableModel(this)), m_alarmModel(new AlarmModel(session->alarmLog(), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *statusBar = new QHBoxLayout;
    auto *bar = new QHBoxLayout;
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("fleetNote"));
    m_note->setStyleSheet(QStringLiteral("background: #fff3cd; color: #5c4500; padding: 2px 6px;"));
    m_note->setVisible(false);
    statusBar->addWidget(m_note);
    m_status = new QLabel(this);
    m_status->setAccessibleName(tr("Fleet status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar->addWidget(m_status, 1);
    layout->addLayout(statusBar);

    auto *windowLabel = new QLabel(tr("&Window:"), this);
    m_window = new QComboBox(this);
    for (const auto &[label, seconds] : std::initializer_list<std::pair<QString, int>>{
             {tr("1 min"), 60}, {tr("5 min"), 300}, {tr("15 min"), 900}, {tr("1 h"), 3600}})
        m_window->addItem(label, seconds);
    m_window->setCurrentIndex(
        m_window->findData(int(session->windowS())) >= 0 ? m_window->findData(int(session->windowS())) : 1);
    m_window->setToolTip(tr("The window the percentiles and probe counts are taken over"));
    windowLabel->setBuddy(m_window);
    bar->addWidget(windowLabel);
    bar->addWidget(m_window);
    auto *pctLabel = new QLabel(tr("&Percentile:"), this);
    m_percentile = new QComboBox(this);
    for (double q : {0.5, 0.9, 0.95, 0.99})
        m_percentile->addItem(tr("P%1").arg(q * 100), q);
    m_percentile->setCurrentIndex(2);
    m_percentile->setToolTip(tr("The percentile of the measured request RTT that colours the routes"));
    pctLabel->setBuddy(m_percentile);
    bar->addWidget(pctLabel);
    bar->addWidget(m_percentile);
    auto *aggLabel = new QLabel(tr("&Nodes by:"), this);
    m_aggregateBox = new QComboBox(this);
    m_aggregateBox->addItem(tr("Worst route"), int(FleetAggregate::Worst));
    m_aggregateBox->addItem(tr("Median route"), int(FleetAggregate::Median));
    m_aggregateBox->setToolTip(tr("Colour each node by the worst or the median of its routes"));
    aggLabel->setBuddy(m_aggregateBox);
    bar->addWidget(aggLabel);
    bar->addWidget(m_aggregateBox);
    auto *staleLabel = new QLabel(tr("&Stale after:"), this);
    m_staleAge = new QSpinBox(this);
    m_staleAge->setRange(0, 3600);
    m_staleAge->setSingleStep(5);
    m_staleAge->setSuffix(tr(" s"));
    m_staleAge->setSpecialValueText(tr("Never"));
    m_staleAge->setValue(int(session->staleAfterMs() / 1000));
    m_staleAge->setAccessibleName(tr("Stale after"));
    m_staleAge->setToolTip(tr("How old a vantage's newest sample may be before its routes are shown as "
                              "stale (the agent stopped reporting); a few scrape intervals. Never: off"));
    staleLabel->setBuddy(m_staleAge);
    bar->addWidget(staleLabel);
    bar->addWidget(m_staleAge);
    layout->addLayout(bar);

    bar->addStretch(1);
    auto *pickBar = bar;
    m_pick = new QLabel(this);
    layout->addWidget(m_pick);
    m_clearPick = new QPushButton(tr("Show &All Routes"), this);
    m_clearPick->setToolTip(tr("Clear the vantage or node picked on the map"));
    pickBar->addWidget(m_clearPick);
    m_calibrate = new QPushButton(tr("&Calibrate From Fleet…"), this);
    m_calibrate->setToolTip(tr("Fit the latency model to every route's measured median (undoable)"));
    pickBar->addWidget(m_calibrate);
    auto *disconnect = new QPushButton(tr("&Disconnect"), this);
    disconnect->setToolTip(tr("Stop reading the fleet from Prometheus"));
    pickBar->addWidget(disconnect);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_table = makeTable(split, tr("Fleet routes"),
                        tr("Every agent's route to every node it probes: measured median and percentile, the "
                           "model from that vantage, the residual and the alarms. Click a vantage or node on "
                           "the map to see only its routes."));
    // The model sorts itself (a proxy re-sorting 10,000 rows by QVariant on every refresh costs the GUI
    // thread tens of ms).
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(FleetTableModel::VantageColumn, Qt::AscendingOrder);
    auto *seriesBox = new QWidget(split);
    auto *seriesLayout = new QVBoxLayout(seriesBox);
    seriesLayout->setContentsMargins(0, 0, 0, 0);
    m_seriesChart = new QChart;
    m_seriesChart->legend()->setAlignment(Qt::AlignRight);
    m_seriesChart->setMargins(QMargins(4, 4, 4, 4));
    m_seriesP50 = new QLineSeries(m_seriesChart);
    m_seriesP50->setName(tr("Median"));
    m_seriesUpper = new QLineSeries(m_seriesChart);
    m_seriesChart->addSeries(m_seriesP50);
    m_seriesChart->addSeries(m_seriesUpper);
    m_seriesX = new QDateTimeAxis(m_seriesChart);
    m_seriesX->setFormat(QStringLiteral("HH:mm:ss"));
    m_seriesY = new QValueAxis(m_seriesChart);
    m_seriesY->setTitleText(tr("Request RTT (ms)"));
    m_seriesY->setLabelFormat(QStringLiteral("%.0f"));
    m_seriesChart->addAxis(m_seriesX, Qt::AlignBottom);
    m_seriesChart->addAxis(m_seriesY, Qt::AlignLeft);
    for (QLineSeries *line : {m_seriesP50, m_seriesUpper}) {
        line->attachAxis(m_seriesX);
        line->attachAxis(m_seriesY);
    }
    m_seriesView = new QChartView(m_seriesChart, seriesBox);
    m_seriesView->setRenderHint(QPainter::Antialiasing);
    m_seriesView->setMinimumHeight(140);
    m_seriesView->setAccessibleName(tr("Fleet latency over time"));
    m_seriesView->setToolTip(tr("The measured request RTT of the pick over the window: the median and the "
                                "chosen percentile of its routes pooled (the whole fleet when nothing is "
                                "picked)"));
    m_seriesState = new QLabel(seriesBox);
    m_seriesState->setObjectName(QStringLiteral("fleetSeriesState"));
    m_seriesState->setWordWrap(true);
    m_seriesState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    seriesLayout->addWidget(m_seriesView, 1);
    seriesLayout->addWidget(m_seriesState);
    m_alarms =
        makeTable(split, tr("Fleet alarms"),
                  tr("Faults, SLO breaches and medians outside the model's band per route, newest first"));
    m_alarms->setModel(m_alarmModel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setStretchFactor(2, 1);
    layout->addWidget(split, 1);

    connect(m_window, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setWindowS(m_window->currentData().toInt()); });
    connect(m_percentile, &QComboBox::currentIndexChanged, this,
            [this] { m_session->setPercentile(m_percentile->currentData().toDouble()); });
    connect(m_aggregateBox, &QComboBox::currentIndexChanged, this,
            [this] { setAggregate(FleetAggregate(m_aggregateBox->currentData().toInt())); });
    connect(m_staleAge, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_session->setStaleAfterMs(qint64(seconds) * 1000); });
    connect(m_clearPick, &QPushButton::clicked, this, &FleetPanel::clearPick);
    connect(m_calibrate, &QPushButton::clicked, this, &FleetPanel::calibrate);
    connect(disconnect, &QPushButton::clicked, this, &FleetPanel::disconnectRequested);
    connect(m_session, &FleetSession::updated, this, &FleetPanel::onUpdated);
    connect(m_session, &FleetSession::statusChanged, this, &FleetPanel::updateStatus);
    connect(m_map, &MapWidget::fleetVantageClicked, this, [this](const QString &v) {
        if (m_session->isConnected())
            pickVantage(v);
    });
    connect(m_document->selection(), &PlanSelection::nodesChanged, this, [this](const QList<int> &nodes) {
        if (m_session->isConnected())
            pickNode(nodes.size() == 1 ? nodes.front() : -1);
    });
    onUpdated();
}

void FleetPanel::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void FleetPanel::pickVantage(const QString &name)
{
    m_vantage = name;
    m_model->setFilter(m_vantage, m_node);
    showOnMap();
    updateStatus();
    refreshSeries();
}

void FleetPanel::pickNode(int node)
{
    m_node = node;
    m_model->setFilter(m_vantage, m_node);
    showOnMap();
    updateStatus();
    refreshSeries();
}

void FleetPanel::clearPick()
{
    m_vantage.clear();
    m_node = -1;
    m_model->setFilter(m_vantage, m_node);
    showOnMap();
    updateStatus();
    refreshSeries();
}

void FleetPanel::setAggregate(FleetAggregate how)
{
    m_aggregate = how;
    const int i = m_aggregateBox->findData(int(how));
    if (i >= 0 && i != m_aggregateBox->currentIndex())
        m_aggregateBox->setCurrentIndex(i);
    showOnMap();
}

quint64 FleetPanel::calibrate()
{
    return runFleetCalibration(this, m_document, m_session->snapshot());
}

void FleetPanel::onUpdated()
{
    // The session's window and percentile (set elsewhere too, e.g. by the simulated fleet).
    const QSignalBlocker windowBlock(m_window), percentileBlock(m_percentile), staleBlock(m_staleAge);
    m_staleAge->setValue(int(m_session->staleAfterMs() / 1000));
    if (const int i = m_window->findData(int(m_session->windowS())); i >= 0)
        m_window->setCurrentIndex(i);
    if (const int i = m_percentile->findData(m_session->percentile()); i >= 0)
        m_percentile->setCurrentIndex(i);
    m_model->setSnapshot(m_session->snapshot());
    m_calibrate->setEnabled(m_session->snapshot() && !m_session->snapshot()->reading.routes.empty());
    showOnMap();
    updateStatus();
    // The series follows the readings (its window and percentile too), one query at a time.
    if (!m_document->jobs()->isBusy(kSeriesLane) &&
        QDateTime::currentMSecsSinceEpoch() - m_seriesAskedMs >= SeriesRefreshMs)
        refreshSeries();
}

void FleetPanel::refreshSeries()
{
    const quint64 generation = ++m_seriesGeneration;
    m_seriesAskedMs = QDateTime::currentMSecsSinceEpoch();
    m_document->jobs()->cancelLane(kSeriesLane);
    if (!m_session->isConnected()) {
        m_seriesAskedMs = 0; // the first reading after connecting asks at once
        showSeries({});
        return;
    }
    QString nodeId;
    if (m_node >= 0 && m_document->scenario() && size_t(m_node) < m_document->scenario()->nodes.size())
        nodeId = m_document->scenario()->nodes[size_t(m_node)].id;
    JobSpec spec;
    spec.lane = kSeriesLane;
    spec.label = tr("Reading the pick's latency over time from Prometheus");
    spec.visible = false;
    spec.failed = [this](const QString &message) {
        FleetSeries failed;
        failed.error = message;
        showSeries(std::move(failed));
    };
    m_document->jobs()->run(
        spec, this,
        [query = m_session->query(), vantage = m_vantage, nodeId](JobControl &control) {
            return readFleetSeries(query, vantage, nodeId, QDateTime::currentMSecsSinceEpoch(),
                                   control.cancelFlag());
        },
        [this, generation](FleetSeries series) {
            if (generation == m_seriesGeneration)
                showSeries(std::move(series));
        });
}

void FleetPanel::showSeries(FleetSeries series)
{
    m_series = std::move(series);
    ++m_seriesReadings;
    QList<QPointF> p50, upper;
    double top = 0;
    for (const auto &[t, v] : m_series.p50) {
        p50.append(QPointF(double(t), v));
        top = std::max(top, v);
    }
    for (const auto &[t, v] : m_series.upper) {
        upper.append(QPointF(double(t), v));
        top = std::max(top, v);
    }
    m_seriesP50->replace(p50);
    m_seriesUpper->replace(upper);
    m_seriesUpper->setName(tr("P%1").arg(m_series.percentile * 100, 0, 'g', 3));
    if (m_series.toMs > m_series.fromMs) {
        m_seriesX->setRange(QDateTime::fromMSecsSinceEpoch(m_series.fromMs),
                            QDateTime::fromMSecsSinceEpoch(m_series.toMs));
    }
    m_seriesY->setRange(0, top > 0 ? top * 1.15 : 10);
    QString pick;
    if (!m_series.vantage.isEmpty() && !m_series.nodeId.isEmpty())
        pick = tr("the route %1 → %2").arg(m_series.vantage, m_series.nodeId);
    else if (!m_series.vantage.isEmpty())
        pick = tr("the routes from %1").arg(m_series.vantage);
    else if (!m_series.nodeId.isEmpty())
        pick = tr("the routes to %1").arg(m_series.nodeId);
    else
        pick = tr("every route");
    m_seriesChart->setTitle(tr("Measured request RTT of %1").arg(pick));
    switch (m_series.status) {
    case FleetSeries::Status::Ok:
        m_seriesState->setText(
            tr("%n point(s) every %1 s over the last %2 s", nullptr, int(m_series.p50.size()))
                .arg(m_series.stepS)
                .arg((m_series.toMs - m_series.fromMs) / 1000));
        m_seriesState->setStyleSheet(QString());
        break;
    case FleetSeries::Status::Empty:
        m_seriesState->setText(tr("No series: %1").arg(m_series.error));
        m_seriesState->setStyleSheet(QStringLiteral("color: #b02020;"));
        break;
    case FleetSeries::Status::Failed:
        m_seriesState->setText(m_series.error.isEmpty()
                                   ? tr("Not connected")
                                   : tr("Could not read the series: %1").arg(m_series.error));
        m_seriesState->setStyleSheet(m_series.error.isEmpty() ? QString()
                                                              : QStringLiteral("color: #b02020;"));
        break;
    }
}

void FleetPanel::showOnMap()
{
    m_map->setFleet(m_session->isConnected() ? m_session->snapshot() : nullptr, m_aggregate, m_vantage,
                    m_node);
}

void FleetPanel::updateStatus()
{
    m_status->setText(m_session->statusText());
    const bool failed = m_session->status() == FleetSession::Status::Failed ||
                        m_session->status() == FleetSession::Status::Empty;
    m_status->setStyleSheet(failed ? QStringLiteral("color: #b02020;") : QString());
    QString pick;
    QString nodeName;
    if (m_node >= 0 && m_document->scenario() && size_t(m_node) < m_document->scenario()->nodes.size())
        nodeName = m_document->scenario()->nodes[size_t(m_node)].id;
    if (!m_vantage.isEmpty() && m_node >= 0)
        pick = tr("Showing the route %1 → %2 (%n row(s))", nullptr, m_model->rowCount())
                   .arg(m_vantage, nodeName);
    else if (!m_vantage.isEmpty())
        pick = tr("Showing the routes from %1 (%n row(s))", nullptr, m_model->rowCount()).arg(m_vantage);
    else if (m_node >= 0)
        pick = tr("Showing the routes to %1 (%n row(s))", nullptr, m_model->rowCount()).arg(nodeName);
    else
        pick = tr("All routes — click a vantage or node on the map to see only its routes");
    m_pick->setText(pick);
    m_clearPick->setEnabled(!m_vantage.isEmpty() || m_node >= 0);
}

} // namespace ea
