// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/monitor/fleetpanel.h"

#include "app/document.h"
#include "app/monitor/calibrationflow.h"
#include "app/monitor/fleetsession.h"
#include "app/planselection.h"
#include "widgets/map/mapwidget.h"
#include "widgets/monitor/alarmmodel.h"
#include "widgets/monitor/fleettablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ea {

namespace {
QTableView *makeTable(QWidget *parent, const QString &name, const QString &description)
{
    auto *t = new QTableView(parent);
    t->setAccessibleName(name);
    t->setAccessibleDescription(description);
    t->setToolTip(description);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->setVisible(false);
    t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 8);
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
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
    m_alarms =
        makeTable(split, tr("Fleet alarms"),
                  tr("Faults, SLO breaches and medians outside the model's band per route, newest first"));
    m_alarms->setModel(m_alarmModel);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
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
}

void FleetPanel::pickNode(int node)
{
    m_node = node;
    m_model->setFilter(m_vantage, m_node);
    showOnMap();
    updateStatus();
}

void FleetPanel::clearPick()
{
    m_vantage.clear();
    m_node = -1;
    m_model->setFilter(m_vantage, m_node);
    showOnMap();
    updateStatus();
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
