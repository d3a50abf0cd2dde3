// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "engine/monitor/fleetsnapshot.h"

#include <QAbstractTableModel>

#include <vector>

namespace ea {

/**
 * The fleet's routes, one per row: vantage, node, measured median and upper percentile, the model's
 * prediction from that vantage, the residual, the probes in the window and the route's state (its alarms,
 * "stale" when its agent stopped reporting). Only the routes of the picked vantage and/or node when one is
 * picked. A view over an immutable FleetSnapshot; Qt::UserRole gives a sortable value.
 */
class FleetTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        VantageColumn,
        NodeColumn,
        P50Column,
        UpperColumn,
        ModeledColumn,
        ResidualColumn,
        ProbesColumn,
        StateColumn,
        ColumnCount
    };

    explicit FleetTableModel(QObject *parent = nullptr);

    void setSnapshot(FleetSnapshotPtr fleet);
    FleetSnapshotPtr snapshot() const { return m_fleet; }
    /** Shows only the routes of a vantage (empty: any) and a node (index; -1: any). */
    void setFilter(const QString &vantage, int node);
    QString vantageFilter() const { return m_vantage; }
    int nodeFilter() const { return m_node; }
    /** The route (index in the snapshot's reading) on a row. */
    int routeAt(int row) const { return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)] : -1; }
    /** The row of a route, -1 when filtered out. */
    int rowOf(int route) const;

    /** The translated words of a route state id ("ok", "fault", "stale", ...). */
    static QString stateLabel(const QString &id);

    /** Sorts the rows (kept across refreshes and picks); fast for 10,000 routes (keys computed once). */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void applySort();
    QStringList statesOf(size_t route) const;

    FleetSnapshotPtr m_fleet;
    QString m_vantage;
    int m_node = -1;
    std::vector<int> m_rows;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace ea
