// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTabWidget;
class QTimer;
class QToolBar;

namespace ea {

class Document;
class FleetPanel;
class FleetSession;
class MapLayerPanel;
class MapWidget;
class MeasurementStore;
class MonitorSession;
class ProbeSettingsPanel;
class TimeSeriesChart;

/**
 * The Monitor mode (DESIGN.md, "The main window"): probe settings and map layers on the left; the map
 * with the live probes layer and the targets table in the centre; the selected target's time series and
 * the alarm list on the right; a tool bar with Start/Stop and the simulated deployment; a banner while
 * the measurements come from the simulation. The work is MonitorSession's; probing runs on the prober's
 * own thread, so the page never blocks.
 */
class MonitorPage : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorPage(Document *document, QWidget *parent = nullptr);
    ~MonitorPage() override;

    MonitorSession *session() const { return m_session; }
    MapWidget *map() const { return m_map; }
    QTableView *targetsView() const { return m_targets; }
    /** The alarm log (every alarm as raised, newest first), on the "Log" tab. */
    QTableView *alarmsView() const { return m_alarms; }
    /** The standing alarms grouped and summarised, on the "Now" tab (shown first). */
    QTableView *alarmSummaryView() const { return m_alarmSummary; }
    TimeSeriesChart *chart() const { return m_chart; }
    ProbeSettingsPanel *settingsPanel() const { return m_settings; }
    /** The page's tool bar, for actions the main window adds (e.g. calibration of the model). */
    QToolBar *toolBar() const { return m_toolBar; }
    /** The fleet mode (Connect to Prometheus…): its session and its panel (shown while connected). */
    FleetSession *fleet() const { return m_fleet; }
    FleetPanel *fleetPanel() const { return m_fleetPanel; }
    /** Opens Connect to Prometheus… (non-modal). */
    void openFleetDialog();
    /**
     * Connects the fleet mode to a Prometheus server and shows it (the single-vantage table and charts step
     * aside); note, when given, is shown in front of its status (e.g. that the fleet is simulated).
     */
    bool connectFleet(const QString &url, const QString &tokenVariable, const QString &note = {},
                      QString *error = nullptr);
    void disconnectFleet();
    /** True while the simulation banner is shown. */
    bool isSimulationBannerVisible() const;

    /** Where probe results go and where the views read their history (default: in memory). */
    void setMeasurementStore(std::shared_ptr<MeasurementStore> store);

    /**
     * Starts an in-process simulated deployment of `nodes` of the scenario's nodes nearest to the vantage
     * point (a mix of tiers) on 127.0.0.1, probes them every second and shows the simulation banner.
     * The page stays where it is (the main window's mode does not change). False (with the reason shown on
     * the page) when it could not start.
     */
    bool startSimulatedDeployment(int nodes = 24);
    /** Probes the scenario's node endpoints (false when none has one). */
    bool startProbing();
    void stopProbing();
    /** The target whose time series is shown; -1 none. */
    int currentTarget() const { return m_current; }
    void setCurrentTarget(int row);

    /**
     * When on, the first time the page is shown with nothing to monitor (no targets, not probing, and no
     * node of the scenario with an endpoint of its own) it starts the simulated deployment. Off by default.
     */
    void setSimulateOnFirstShow(bool on) { m_simulateOnFirstShow = on; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildToolBar();
    void onRefreshed();
    void onTargetsChanged();
    void onRunningChanged(bool running);
    void updateChart();
    void updateStatus();
    void showError(const QString &message);
    void onFleetStatus();

    Document *m_document;
    MonitorSession *m_session = nullptr;
    QToolBar *m_toolBar = nullptr;
    QAction *m_startAction = nullptr, *m_simulateAction = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_status = nullptr;
    MapWidget *m_map = nullptr;
    MapLayerPanel *m_layers = nullptr;
    ProbeSettingsPanel *m_settings = nullptr;
    QTableView *m_targets = nullptr;
    FleetSession *m_fleet = nullptr;
    FleetPanel *m_fleetPanel = nullptr;
    QWidget *m_right = nullptr;
    QAction *m_fleetAction = nullptr;
    bool m_nodesShownBeforeFleet = true;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_alarms = nullptr;
    QTableView *m_alarmSummary = nullptr;
    QTabWidget *m_alarmTabs = nullptr;
    TimeSeriesChart *m_chart = nullptr;
    QTimer *m_pulse = nullptr;
    int m_current = -1;
    bool m_simulateOnFirstShow = false, m_shownOnce = false;
    QString m_error;
};

} // namespace ea
