// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/fleetseries.h"
#include "engine/monitor/fleetsnapshot.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLineSeries;
class QValueAxis;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;

namespace ea {

class AlarmModel;
class Document;
class FleetSession;
class FleetTableModel;
class MapWidget;

/**
 * The Monitor's fleet mode (the chart below the table: the pick's measured median and percentile over the
 * window, read with Prometheus' query_range as a job of the lane "fleet-series"): a bar with the connection's
 * state, the window, the percentile, how nodes sum up their routes (worst or median) and how old a vantage's
 * samples may be before it shows as stale, the pick (a vantage or node clicked on the map, or a row) with a
 * way to clear it, Calibrate From Fleet and Disconnect; the routes table (only the picked vantage's or node's
 * routes while one is picked) and the fleet's alarm log. It hands each refresh and pick to the map.
 */
class FleetPanel : public QWidget
{
    Q_OBJECT
public:
    FleetPanel(Document *document, FleetSession *session, MapWidget *map, QWidget *parent = nullptr);

    FleetTableModel *table() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QTableView *alarmsView() const { return m_alarms; }
    /** How old (s) a vantage's newest sample may be before its routes show as stale; 0 off. */
    QSpinBox *staleAgeBox() const { return m_staleAge; }
    QLabel *statusLabel() const { return m_status; }
    /** The chart of the pick's measured median and percentile over the window, and its state line. */
    QChart *seriesChart() const { return m_seriesChart; }
    QLabel *seriesState() const { return m_seriesState; }
    /** The series shown (its status says whether it loaded); how many were delivered. */
    const FleetSeries &series() const { return m_series; }
    quint64 seriesReadings() const { return m_seriesReadings; }
    /** The series is read again with a reading at most this often (and at once on every pick). */
    static constexpr qint64 SeriesRefreshMs = 5000;
    /** Reads the pick's series again (off the GUI thread); it also follows every pick and the readings. */
    void refreshSeries();
    /** The vantage (name; empty none) and node (index; -1 none) picked. */
    QString pickedVantage() const { return m_vantage; }
    int pickedNode() const { return m_node; }
    void pickVantage(const QString &name);
    void pickNode(int node);
    void clearPick();
    FleetAggregate aggregate() const { return m_aggregate; }
    void setAggregate(FleetAggregate how);
    /** A line shown in front of the status (e.g. that the fleet is a simulation). */
    void setNote(const QString &note);
    /** Starts the calibration from the fleet's current routes (Calibrate From Fleet); its job id. */
    quint64 calibrate();

signals:
    void disconnectRequested();

private:
    void onUpdated();
    void updateStatus();
    void showOnMap();
    void showSeries(FleetSeries series);

    Document *m_document;
    FleetSession *m_session;
    MapWidget *m_map;
    FleetTableModel *m_model;
    AlarmModel *m_alarmModel;
    QTableView *m_table, *m_alarms;
    QLabel *m_status, *m_pick, *m_note;
    QComboBox *m_window, *m_percentile, *m_aggregateBox;
    QSpinBox *m_staleAge;
    QChartView *m_seriesView;
    QChart *m_seriesChart;
    QLineSeries *m_seriesP50, *m_seriesUpper;
    QDateTimeAxis *m_seriesX;
    QValueAxis *m_seriesY;
    QLabel *m_seriesState;
    FleetSeries m_series;
    quint64 m_seriesGeneration = 0, m_seriesReadings = 0;
    qint64 m_seriesAskedMs = 0;
    QPushButton *m_clearPick, *m_calibrate;
    QString m_vantage;
    int m_node = -1;
    FleetAggregate m_aggregate = FleetAggregate::Worst;
};

} // namespace ea
